"""The commitments scorecard: each state's law held against the Belize City Declaration.

Two halves: what a commitment is (rules/commitments.yaml: law, read and validated here), and
what the scorecard answers (engine/lab/scorecard.py builds it; the command line, the HTTP
service and the reports show it). A verdict names the rules that decide it and, for a gap, the
cases (witnesses) the law leaves out, each with the answer the law gives it.
"""

from typing import Any, Literal

from pydantic import Field

from schemas.codes import Confidence, NationalityStatus, StatelessRisk
from schemas.determination import Out, RulePackRef
from schemas.lab import ReformChoice
from schemas.rulepack import Distinction, Outcome, Source, Strict, Text
from schemas.types import Country, ISODate

CommitmentKey = Literal[
    "foundlings",
    "otherwise_stateless_birth",
    "gender_equal_transmission",
    "wedlock_equal_transmission",
    "immigration_status_neutral_birth",
    "abroad_transmission_safeguard",
    "loss_safeguard",
    "determination_procedure",
    "stateless_naturalization",
]
Test = Literal["probes", "flips", "losses", "procedure", "routes"]
VerdictName = Literal["meets", "partial", "gap", "unclear"]
VERDICTS: tuple[VerdictName, ...] = ("meets", "partial", "gap", "unclear")


# --- rules/commitments.yaml ---------------------------------------------------------------------


class Probe(Strict):
    """Cases from the population grid: only these values on these axes ({state}: the state
    carded), none with the `exclude`d values, then `set` fields written into each. A grid no
    larger than `sample` is enumerated whole."""

    axes: dict[str, list[str]] = {}
    exclude: dict[str, list[str]] = {}
    set: dict[str, Any] = {}
    minors: bool = Field(False, description="only births that leave the person under 18")
    sample: int = Field(20, gt=0, le=500)


class Commitment(Strict):
    key: CommitmentKey
    title: Text
    says: Text = Field(description="what meeting it means, as a clause")
    source: Source
    convention: Literal["1954", "1961"] | None = None
    test: Test
    modes: list[str] = []
    probes: list[Probe] = []
    fact: Distinction | None = None
    ignore: list[str] = []
    topics: list[str] = []
    conditional_meets: bool = False
    stateless_only: bool = False
    unread: list[str] = []
    safe: list[str] = Field([], description="loss modes the convention allows (GLOBALCIT)")


class Commitments(Strict):
    commitments: list[Commitment] = Field(min_length=1)
    sentences: dict[str, dict[str, Text]]


# --- the scorecard ------------------------------------------------------------------------------


class CitedRule(Out):
    id: str
    title: str
    citations: list[str]
    in_force: str = Field(description="'from – to', both days inclusive")
    outcome: Outcome
    confidence: Confidence


class Answer(Out):
    status: NationalityStatus
    risk: StatelessRisk


class Witness(Out):
    """A case the card cites: screen it and the law answers as the card says."""

    case: dict[str, Any] = Field(description="in the case format")
    country: Country = Field(description="the state carded")
    status: NationalityStatus = Field(description="the state's answer")
    risk: StatelessRisk
    rules: list[str] = Field(description="the rules that decided the state's answer")
    flip: str | None = Field(None, description="for a distinction: what was flipped")
    counterpart: Answer | None = Field(None, description="the answer with the fact flipped back")
    after: Answer | None = Field(None, description="under the reformed law")


class ConventionNote(Out):
    convention: Literal["1954", "1961"]
    status: Literal["party", "not_party", "unknown"]
    date: ISODate | None = None
    direct_application: bool = Field(
        description="a state party whose own rules fall short: only the convention's direct "
        "application could meet the commitment"
    )
    said: str


class Verdict(Out):
    key: CommitmentKey
    title: str
    basis: str = Field(description="the instrument the commitment comes from")
    verdict: VerdictName
    why: str
    rules: list[CitedRule] = Field(description="the rules that decide it")
    pack: list[str] = Field([], description="pack data that decides it (procedure, routes)")
    witnesses: list[Witness] = Field([], description="for a gap or partial: cases left out")
    convention: ConventionNote | None = None


class StateCard(Out):
    country: Country
    name: str
    verdicts: list[Verdict]


class Change(Out):
    country: Country
    key: CommitmentKey
    before: VerdictName
    after: VerdictName
    witnesses: list[Witness] = Field(description="the card's witnesses before, answered after")


class ReformCard(Out):
    name: str
    title: str
    effective: ISODate
    law: RulePackRef = Field(description="the law with the reform")
    states: list[StateCard] = Field(description="the cards of the states it touches, after")
    changes: list[Change] = Field(description="verdicts the reform changes")


class Scorecard(Out):
    law: RulePackRef
    as_of: ISODate
    lang: Literal["es", "en"]
    commitments: list[CommitmentKey]
    verdict_words: dict[VerdictName, str] = Field(description="each verdict in the card's language")
    states: list[StateCard]
    reform: ReformCard | None = None


class ScorecardRequest(ReformChoice):
    """The scorecard asked for over HTTP (POST /v1/scorecard), as `nationality scorecard`'s
    options: the states (default: every state with a pack) and, optionally, a reform (your own
    or a shipped one): then the card before and after it."""

    countries: list[Country] | None = Field(
        None, description="ISO codes of states with a rule pack (default: all of them)"
    )
