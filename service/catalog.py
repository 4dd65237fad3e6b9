"""The law as the interfaces list it: rule packs, countries and rules with citations and dates,
and the reforms shipped with it.

`nationality rules` and the HTTP service's /v1/rules, /v1/countries and /v1/rulepack answer from
these models, so both show the same fields with the same meaning.
"""

from typing import Literal

from pydantic import Field

from engine.loader import Law
from engine.prepare import PreparedRule
from engine.screening import referral
from schemas.codes import Confidence
from schemas.determination import Out, Referral
from schemas.reform import Reform
from schemas.rulepack import Distinction, Grant, JudgedAt, Outcome, Requirement, Source
from schemas.types import ISODate


class InForce(Out):
    """Both days inclusive; `to` null while the rule is still in force."""

    from_: ISODate = Field(alias="from")
    to: ISODate | None = None


class RuleSummary(Out):
    id: str = Field(description="<ISO>.<topic>.<name>")
    title: str
    citations: list[str] = Field(description="the provisions the rule encodes")
    in_force: InForce
    outcome: Outcome
    grant: Grant | None = Field(
        description="conditional only: entitlement (as of right once the act is done) or "
        "discretionary (a naturalization: a route, never a status)"
    )
    mode: list[str] = Field(description="GLOBALCIT modes of acquisition or loss")
    distinguishes_by: list[Distinction]
    confidence: Confidence


class RuleDetail(RuleSummary):
    """One rule in full: its sources (with links and wording), what it needs, its relations."""

    country: str
    judged_at: JudgedAt = Field(description="which day must fall within in_force")
    sources: list[Source]
    requires: list[Requirement] = Field(description="for a conditional rule: the act still needed")
    excepts: list[str] = Field(description="rules this one defeats")
    alongside: list[str] = Field(description="rules that may apply together with it")
    follows: list[str] = Field(description="rules this one replaces in time")
    barred_if_stateless: bool = Field(
        description="a loss that does not take effect if it would leave the person stateless"
    )
    reason: str | None = Field(None, description="why the law leaves this undetermined")
    note: str | None = None


class CountryInfo(Out):
    code: str = Field(description="ISO 3166-1 alpha-2")
    name: str
    language: str = Field(description="the language the law is written in")
    rules: int = Field(description="number of encoded rules")
    statelessness: Referral = Field(
        description="the statelessness determination procedure and the conventions"
    )
    sources: list[Source] = Field(description="the instruments the pack encodes")


class ReformInfo(Out):
    """A reform shipped with the law (rules/reforms/), to try by name in the lab."""

    name: str = Field(description="its name, as `shipped` in a lab request")
    title: str
    kind: Literal["proposal", "historical"] = Field(
        description="proposal: a change the packs do not hold; historical: one they already "
        "hold, compared with the law rebuilt without it"
    )
    effective: ISODate = Field(description="the first day the reformed rules apply")
    states: list[str] = Field(description="the states whose packs it touches")
    rationale: str = Field(description="what it is meant to change, for whom")


class RulePackInfo(Out):
    version: str
    digest: str = Field(description="sha256 over every rule file, so an answer names its law")
    countries: list[str]
    rules: int


def summary(prepared: PreparedRule, lang: str) -> RuleSummary:
    rule = prepared.rule
    return RuleSummary(
        id=rule.id,
        title=getattr(rule.title, lang),
        citations=rule.citations(),
        in_force=InForce(from_=rule.in_force.from_, to=rule.in_force.to),
        outcome=rule.outcome,
        grant=rule.grant,
        mode=rule.mode,
        distinguishes_by=rule.distinguishes_by,
        confidence=rule.confidence,
    )


def detail(prepared: PreparedRule, lang: str) -> RuleDetail:
    rule = prepared.rule
    text = lambda t: getattr(t, lang) if t else None  # noqa: E731
    return RuleDetail(
        **summary(prepared, lang).model_dump(),
        country=rule.country,
        judged_at=rule.judged_at,
        sources=rule.source,
        requires=rule.requires,
        excepts=rule.excepts,
        alongside=rule.alongside,
        follows=rule.follows,
        barred_if_stateless=rule.barred_if_stateless,
        reason=text(rule.reason),
        note=text(rule.note),
    )


def rules(law: Law, lang: str, country: str | None = None) -> list[RuleSummary]:
    """Every rule, by country then in pack order; only `country`'s when given."""
    return [
        summary(prepared, lang)
        for code, country_law in sorted(law.countries.items())
        if country is None or code == country.upper()
        for prepared in country_law.rules
    ]


def countries(law: Law, lang: str) -> list[CountryInfo]:
    return [
        CountryInfo(
            code=code,
            name=getattr(cl.pack.name, lang),
            language=cl.pack.language,
            rules=len(cl.rules),
            statelessness=referral(cl.pack, lang),
            sources=cl.pack.sources,
        )
        for code, cl in sorted(law.countries.items())
    ]


def rulepack(law: Law) -> RulePackInfo:
    return RulePackInfo(
        version=law.version,
        digest=law.digest,
        countries=sorted(law.countries),
        rules=sum(len(cl.rules) for cl in law.countries.values()),
    )


def reforms(shipped: dict[str, Reform], lang: str) -> list[ReformInfo]:
    return [
        ReformInfo(
            name=name,
            title=getattr(reform.title, lang),
            kind=reform.kind,
            effective=reform.effective,
            states=reform.countries,
            rationale=getattr(reform.rationale, lang),
        )
        for name, reform in shipped.items()
    ]
