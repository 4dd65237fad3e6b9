"""The determination: what the engine answers for a case (../shared/case-format.md, output)."""

from pydantic import ConfigDict, Field, RootModel

from schemas.codes import Confidence, NationalityStatus, RouteKind, StatelessRisk
from schemas.errors import FieldProblem, Out, ProblemDetails, empty, left_out
from schemas.types import ISODate


class RulePackRef(Out):
    version: str
    digest: str = Field(description="sha256 over every rule file, so an answer names its law")


class Condition(Out):
    """An act still needed for a conditional nationality, by whom, from when and until when."""

    act: str
    by: str | None = None
    from_: ISODate | None = Field(None, alias="from", description="earliest day the act is open")
    deadline: ISODate | None = Field(None, description="last day the act can be done (inclusive)")
    rule: str = Field(description="the rule that offers the nationality on this act")


class Check(Out):
    """One test of a rule's condition against the facts: what it asks, whether it holds, and
    the fact behind the answer."""

    text: str = Field(description="e.g. 'country of birth: Costa Rica: yes'")
    holds: bool | None = Field(description="null when the fact is unknown")
    fact: str | None = Field(None, description="e.g. 'birth_country = CR'")


class RuleReason(Out):
    """A rule, and why it decided (every test that held) or did not (the first that failed)."""

    rule: str
    title: str
    citations: list[str]
    in_force: str = Field(description="'from – to', both days inclusive; open-ended if still")
    checks: list[Check]
    note: str | None = Field(None, description="e.g. an exception defeated it")


class Explanation(Out):
    why: list[RuleReason] = Field(description="the rules that decided, with their facts")
    why_not: list[RuleReason] = Field(description="every other rule, with what failed")


class Action(Out):
    """Something the person (or a parent) can still do that would change an answer."""

    country: str
    act: str
    text: str
    by: str | None = None
    from_: ISODate | None = Field(None, alias="from")
    deadline: ISODate | None = None
    rule: str | None = None
    resolves_risk: bool | None = Field(
        None, description="doing it would leave the statelessness risk at none (null: unknown)"
    )


class Route(Out):
    """A way into the nationality the state may refuse (a naturalization): what the person may
    apply for. It is never a status and never lowers the statelessness risk."""

    kind: RouteKind = Field(
        description="naturalization; recovery of a lost nationality; or another application "
        "the state may refuse (e.g. one that gives nationality by birth once granted)"
    )
    rule: str
    from_: ISODate | None = Field(
        None, alias="from", description="the day it opens (null: open now, or no day is known)"
    )
    requires: str = Field(description="what it requires, in words")
    basis: str = Field(description="the provisions it rests on")
    discretionary: bool = Field(True, description="the state may refuse it")


class Practice(Out):
    """Practice beside the law that bears on this person now (a consulate closed, documents
    refused): a lead for the caseworker, never a status."""

    text: str
    basis: str = Field(description="where it is reported")
    from_: ISODate = Field(alias="from")
    to: ISODate | None = Field(description="the last day it held; null while it holds")


class Provision(Out):
    """One provision of an independent coding of a state's law, as the coding words it."""

    mode: str = Field(description="GLOBALCIT mode, e.g. A01b (descent, born abroad)")
    article: str
    procedure: str = Field(
        description="Attribution (automatic), Application (entitlement), Grant (discretionary)..."
    )
    specification: str
    category: str = Field(description="the restriction, e.g. a gender or generational one")


class Indication(Out):
    """For a state without a rule pack: what GLOBALCIT's 2020 coding says of the provisions the
    facts bring into play. A lead to check (with the consulate), never an answer: it changes no
    status and no risk."""

    source: str
    year: int = Field(description="the law coded is that in force on 1 January of this year")
    provisions: list[Provision]


class CountryResult(Out):
    status: NationalityStatus
    rules: list[str] = Field(
        default_factory=empty, description="ids of the rules that decided the status"
    )
    basis: list[str] = Field(default_factory=empty, description="citations of those rules")
    conditions: list[Condition] = Field(
        default_factory=empty,
        description="for conditional: the act still needed, which the state cannot refuse",
    )
    routes: list[Route] = Field(
        default_factory=empty,
        description="discretionary ways in (naturalization), open now or later: never a status",
    )
    missing_facts: list[str] = Field(
        default_factory=empty, description="unknown facts that would settle the status"
    )
    practice: list[Practice] = Field(
        default_factory=empty,
        description="practice beside the law that bears on the person on as_of: never a status",
    )
    reason: str | None = None
    indication: Indication | None = Field(
        None, description="for a state without a rule pack: GLOBALCIT's coding, as a lead"
    )
    confidence: Confidence | None = Field(
        None, description="lowest confidence among the deciding rules"
    )
    barred: list[str] = Field(
        default_factory=empty,
        description="losses that did not take effect: they would have left the person stateless",
    )
    explanation: Explanation | None = Field(
        None, exclude_if=left_out, description="when asked for (explain)"
    )


class Referral(Out):
    """Where a caseworker refers a person at risk: a state's statelessness procedure."""

    country: str
    procedure: bool = Field(description="the state has a statelessness determination procedure")
    instrument: str | None = None
    url: str | None = None
    authority: str | None = None
    conventions: dict[str, str] = Field(
        default_factory=dict, description="1954 / 1961 Convention: party since..., or not"
    )


class FactWarning(Out):
    """A fact that is possible but unusual enough to be a slip (a parent aged 9 at the birth):
    the answer takes it as given; the caseworker checks it."""

    field: str = Field(description="the field at issue, e.g. 'parents[0].born_on'")
    warning: str = Field(description="what is unusual about it, in the answer's language")


class Determination(Out):
    case_id: str | None = None
    as_of: ISODate
    rulepack: RulePackRef
    nationality: dict[str, CountryResult]
    stateless_risk: StatelessRisk
    referral: list[Referral] = Field(
        default_factory=empty,
        description="when the risk is not none: the procedures of the states the person "
        "lives in (or, if none is known, of the states considered)",
    )
    actions: list[Action] | None = Field(
        None,
        exclude_if=left_out,
        description="when asked for (explain): what would change an answer, and by when",
    )
    warnings: list[FactWarning] = Field(
        default_factory=empty,
        description="facts possible but unusual enough to check (a parent under 12 or over 70 at "
        "the birth, a person over 120, a marriage under 16, an acknowledgement after 18): the "
        "answer takes them as given. Impossible facts are refused instead (invalid_case)",
    )


class CaseError(Out):
    """Stands in place of a determination when a case cannot be screened (e.g. in a batch)."""

    case_id: str | None = None
    line: int | None = Field(
        None,
        exclude_if=left_out,
        description="in a batch: the input record it answers, from 1 (the line of JSON Lines, "
        "the position in a list); left out elsewhere",
    )
    error: str = Field(
        description="what kind of failure: invalid_case (the facts break the format or are "
        "impossible), unreadable (not JSON, not UTF-8, a blank line), or internal_error (a fault "
        "of the service's, on this case only: the others keep their answers)"
    )
    problems: list[FieldProblem]


def _one_kind(schema: dict) -> None:
    """A line is exactly one of the three kinds (each requires what the others lack), and a
    problem line is always the 413 of a limit."""
    kinds = schema.pop("anyOf")
    problem = {"$ref": kinds[2]["$ref"]}
    kinds[2] = {"allOf": [problem, {"properties": {"status": {"const": 413}}}]}
    schema["oneOf"] = kinds


class BatchLine(RootModel[Determination | CaseError | ProblemDetails]):
    """One answer line of a batch (NDJSON), or one item of its JSON array answer, in the order
    of the input. Its kind is told by a property only that kind has: `nationality`, a
    Determination; `error`, the CaseError standing in place of the case's Determination; `type`,
    the problem (status 413) that ends a batch cut short at its case or byte limit: always the
    last line, and the input after it was not screened."""

    model_config = ConfigDict(json_schema_extra=_one_kind)
