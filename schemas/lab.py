"""What the reform lab answers: a reform's impact on a population, and the discrimination audit.

Both are plain data (engine/impact.py and engine/audit.py build them), so the command line, the
HTTP service and the HTML report all show the same thing.
"""

from typing import Any, Literal

from pydantic import Field

from schemas.codes import NationalityStatus, StatelessRisk
from schemas.determination import CaseError, Determination, Out, RulePackRef
from schemas.rulepack import Distinction, Text
from schemas.types import ISODate

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
    """Cases whose answer for one state changed the same way, on the same rules, born under the
    same texts of that state (between the same two days its law of birth changed)."""

    country: str
    before: NationalityStatus
    after: NationalityStatus
    rules_before: list[str]
    rules_after: list[str]
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
    risk_before: StatelessRisk
    risk_after: StatelessRisk
    direction: Direction
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
