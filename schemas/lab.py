"""What the reform lab is asked and what it answers: a reform's impact on a population, and
the discrimination audit.

The answers are plain data (engine/lab/impact.py and engine/lab/audit.py build them), so the command
line, the HTTP service and the HTML report all show the same thing. The requests are what the
HTTP service reads (POST /v1/reforms/impact, POST /v1/audit): the command line's options, as
JSON.
"""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.case import inconsistent
from schemas.codes import AUDIT_SAMPLE, IMPACT_SAMPLE, NationalityStatus, StatelessRisk
from schemas.determination import CaseError, Determination, Out, RulePackRef
from schemas.rulepack import Distinction, Text
from schemas.types import Country, ISODate

Direction = Literal["helps", "harms", "mixed", "same"]
Verdict = Literal["agrees", "missing flag", "false flag", "not exercised", "inherited"]


class ReformSummary(Out):
    name: str = Field(description="the reform file, or an upload's name")
    title: Text
    rationale: Text
    effective: ISODate
    kind: Literal["proposal", "historical"]
    before: RulePackRef = Field(description="the law without the reform")
    after: RulePackRef = Field(description="the law with it")


class PopulationSummary(Out):
    source: str = Field(description="a file, or how the cases were generated")
    cases: int = Field(description="cases screened under both laws")
    invalid: int = Field(0, description="inputs that are not valid cases (not screened)")


class Fact(Out):
    """A fact every case of a group shares, and how common it is in the whole population:
    the rarer, the more it says about why the answer changed."""

    fact: str
    value: str
    share: float = Field(description="fraction of the population with this value")


class Example(Out):
    case: dict[str, Any]
    before: Determination
    after: Determination


class Group(Out):
    """Cases whose answer for one state changed the same way, on the same rules and routes,
    born under the same texts of that state (between the same two days its law of birth
    changed)."""

    country: str
    before: NationalityStatus
    after: NationalityStatus
    rules_before: list[str]
    rules_after: list[str]
    routes_before: list[str] = Field(description="rules of the discretionary routes listed")
    routes_after: list[str]
    period: str | None = Field(
        None, description="born between these days, e.g. '1998-03-20 to 2021-05-17'"
    )
    direction: Direction
    count: int
    facts: list[Fact] = Field(description="what every case of the group shares, rarest first")
    examples: list[Example]


class Transition(Out):
    country: str | None = Field(None, description="the state; none for the statelessness risk")
    before: str
    after: str
    count: int


class Change(Out):
    """One case whose answer changed in one state (a row of the CSV output)."""

    case_id: str | None
    country: str
    before: NationalityStatus
    after: NationalityStatus
    rules_before: list[str]
    rules_after: list[str]
    routes_before: list[str] = Field(
        description="rules of the discretionary routes (naturalizations) listed before"
    )
    routes_after: list[str]
    risk_before: StatelessRisk
    risk_after: StatelessRisk
    direction: Direction = Field(
        description="by the status; a change of routes alone is `same`: a route is no status"
    )
    profile: dict[str, str]


class ImpactReport(Out):
    reform: ReformSummary
    population: PopulationSummary
    changed: int = Field(description="cases whose status in some state or whose risk changed")
    directions: dict[Direction, int] = Field(
        description="changed cases by direction: helps (risk lower, or a status better and none "
        "worse), harms, mixed, same (only the rules behind the answer changed)"
    )
    risk_before: dict[StatelessRisk, int]
    risk_after: dict[StatelessRisk, int]
    status_before: dict[str, dict[NationalityStatus, int]] = Field(
        description="per state considered: how many cases in each status"
    )
    status_after: dict[str, dict[NationalityStatus, int]]
    encoded: list[str] = Field(description="the states considered that have a rule pack")
    transitions: list[Transition] = Field(
        description="status (per state) and risk (country null) moves, largest first"
    )
    groups: list[Group]
    changes: list[Change]
    invalid_cases: list[CaseError] = Field([], description="the first inputs that failed")


class Pair(Out):
    """A case and the same case with one protected fact flipped, where a rule's answer moved."""

    flip: str = Field(description="what was changed, e.g. 'parents[0].role: mother -> father'")
    applies_before: bool
    applies_after: bool
    case: dict[str, Any]
    flipped: dict[str, Any]


class Finding(Out):
    """One rule and one protected fact: does the rule's outcome depend on it?"""

    rule: str
    fact: Distinction
    flagged: bool = Field(description="the rule's distinguishes_by names the fact")
    reads: bool = Field(description="the rule's condition reads the fact")
    depends: bool = Field(description="flipping the fact changed whether the rule applies")
    pairs: int = Field(description="flips that changed whether the rule applies")
    tried: int = Field(description="flips of this fact on cases where the rule applied either way")
    verdict: Verdict = Field(
        description="agrees; missing flag (depends, not flagged); false flag (flagged, applied, "
        "never depended); not exercised (flagged but never applied in the population); "
        "inherited (depends only through another state's answer, e.g. otherwise_stateless)"
    )
    examples: list[Pair]


class StateEffect(Out):
    """How often flipping one protected fact changes a state's answer, with examples."""

    country: str
    fact: Distinction
    cases: int = Field(description="cases whose status in the state changed with the flip")
    tried: int
    transitions: list[Transition]
    examples: list[Pair]


class AuditReport(Out):
    law: RulePackRef
    countries: list[str]
    population: PopulationSummary
    findings: list[Finding] = Field(
        description="every rule that depends on a protected fact or is flagged for one"
    )
    unexercised: list[str] = Field(
        description="rules that read a protected fact but never applied in the population: "
        "the audit cannot speak for them"
    )
    effects: list[StateEffect]

    @property
    def disagreements(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict not in ("agrees", "inherited")]


# --- requests -------------------------------------------------------------------------------

SHIPPED = "cr-no-registration-condition"
EXAMPLE_CASE = {
    "id": "CR-1990",
    "as_of": "2028-01-01",
    "person": {"birth_date": "1990-01-01", "birth_country": "CR"},
    "parents": [
        {"role": "mother", "nationalities": [{"country": "NI", "acquired": "birth"}]},
        {"role": "father", "legal_parentage": "unknown"},
    ],
}


class Request(BaseModel):
    """Strict, as the case is: a number is not a string nor "true" a boolean, and an unknown
    field is an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", strict=True)


class PopulationRequest(Request):
    """Who the lab screens: your own cases, or cases generated from a grid of the facts the
    rules read (docs/reforms.md, Populations). Generated cases are the same for the same
    fields, here and on the command line."""

    cases: list[dict[str, Any]] | None = Field(
        None,
        description="your own cases, in the case format (/v1/schemas/case); one that is not a "
        "valid case is counted in `population.invalid`, not screened. Leave out to generate.",
        examples=[[EXAMPLE_CASE]],
    )
    sample: int | None = Field(
        None,
        ge=0,
        description=f"how many cases to generate (default: {IMPACT_SAMPLE} for an impact, "
        f"{AUDIT_SAMPLE} for an audit); a grid no larger is enumerated whole",
        examples=[50],
    )
    seed: int = Field(2026, description="the seed of the sample: the same seed, the same cases")
    as_of: ISODate | None = Field(
        None,
        description="the assessment date of generated cases (default: today, or the reform's "
        "effective day if later)",
        examples=["2027-06-01"],
    )
    axes: dict[str, Annotated[list[str | bool], Field(min_length=1)]] = Field(
        {},
        description="only these values on an axis of the grid (docs/reforms.md lists the axes "
        "and their values): birth_country, birth_date, mother.nationality, father.status, "
        "married, registration, ...",
        examples=[{"birth_country": ["CR"], "father.nationality": ["unknown"]}],
    )
    all_states: bool = Field(
        False,
        description="generated cases need not name the states under study (the reform's, or "
        "the audited ones): born there, or a parent its national",
    )

    @model_validator(mode="after")
    def _cases_or_generated(self):
        generating = sorted(self.model_fields_set - {"cases"})
        if self.cases is not None and generating:
            raise inconsistent(generating[0], "is for generated cases; `cases` are given")
        return self


class ReformChoice(Request):
    """A reform: your own, or one shipped with the law."""

    reform: dict[str, Any] | None = Field(
        None,
        description="your own reform: the content of a reform file (rules/reforms/*.yaml, "
        "docs/reforms.md) as a JSON object; its JSON Schema is /v1/schemas/reform",
    )
    shipped: str | None = Field(
        None,
        pattern=r"^[a-z0-9][a-z0-9-]{0,63}$",
        description="a reform shipped with the law, by name (GET /v1/reforms lists them)",
        examples=[SHIPPED],
    )


class ImpactRequest(ReformChoice):
    """A reform's impact: the population screened under the law before and after it. Give
    exactly one of `reform` and `shipped`."""

    population: PopulationRequest = Field(
        default_factory=PopulationRequest,
        description=f"default: {IMPACT_SAMPLE} generated cases naming the reform's states",
    )
    examples: int = Field(3, ge=0, le=20, description="example cases per group, both answers")

    @model_validator(mode="after")
    def _one_reform(self):
        if (self.reform is None) == (self.shipped is None):
            raise inconsistent(
                "reform", "give exactly one of `reform` (its content) or `shipped` (a name)"
            )
        return self


class AuditRequest(ReformChoice):
    """The discrimination audit of the law, or of the law after (or before) a reform: each
    protected fact flipped in every case, the rules that move held against their flags."""

    countries: list[Country] | None = Field(
        None,
        min_length=1,
        description="the states to audit, as ISO codes (default: every encoded state)",
        examples=[["MX"]],
    )
    before: bool = Field(False, description="with a reform: audit the law before it, not after")
    population: PopulationRequest | None = Field(
        None,
        description="cases to flip besides the witnesses (default: none); generated ones name "
        "an audited state",
    )
    witnesses: bool = Field(
        True,
        description="also flip the witnesses: for each way each rule can apply, a case under "
        "which it does (engine/lab/witness.py), so that every rule is reached",
    )
    examples: int = Field(2, ge=0, le=20, description="example pairs per finding")

    @model_validator(mode="after")
    def _consistent(self):
        if self.reform is not None and self.shipped is not None:
            raise inconsistent("shipped", "give `reform` or `shipped`, not both")
        if self.before and self.reform is None and self.shipped is None:
            raise inconsistent("before", "is the law before a reform: give one")
        if not self.witnesses and self.population is None:
            raise inconsistent("witnesses", "false leaves no case to flip: give a population")
        return self
