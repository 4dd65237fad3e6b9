"""Rule packs: a state's nationality law as cited, dated data (rules/<iso>/*.yaml).

A pack is a folder: `pack.yaml` describes the state, every other YAML file holds rules on one
legal topic. Each rule names its source, its period in force, the facts it reads (`when`), and its
outcome. Relations between rules are declared, never left to the order of the file.
"""

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from schemas.codes import Act, Actor, Confidence, RequiredAct, Status
from schemas.conditions import Cond, ConditionError, parse
from schemas.errors import echo
from schemas.types import Country, ISODate

RULE_ID = re.compile(r"^[A-Z]{2}\.[a-z0-9_]+\.[a-z0-9_]+$")

GLOBALCIT_MODES = frozenset(
    """
A01a A01b A02a A02b A03a A03b A04 A05 A06 A06a A06b A06c A06d A06e A06f A07 A08 A09 A10 A11
A12a A12b A13 A14 A16 A18 A19 A20 A21 A22 A23 A24 A25 A26
L01 L02 L03 L04 L05 L06 L07 L08 L09 L10 L11 L12 L13a L13b L14
""".split()
)

Distinction = Literal[
    "parent_gender",
    "marital_status",
    "immigration_status",
    "parent_acquisition_mode",
    "parent_birthplace",
]

Outcome = Literal["national", "conditional", "undetermined", "excluded", "lost"]
JudgedAt = Literal["birth", "as_of", "registration", "naturalization", "renunciation"]


class Strict(BaseModel):
    """Read strictly from the rule files; as served (GET /v1/rules/{rule_id}), every field is
    sent, so the answer's schema requires each one. Built at first use (defer_build), not at
    import: a start that finds the law in the cache (engine/cache.py) never validates it."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        frozen=True,
        json_schema_serialization_defaults_required=True,
        defer_build=True,
    )


class Text(Strict):
    """The same words in both working languages."""

    es: StrictStr = Field(min_length=1)
    en: StrictStr = Field(min_length=1)


class Source(Strict):
    instrument: StrictStr = Field(min_length=1, description="e.g. Constitución Política")
    label: Literal["art.", "arts.", "s.", "ss."] = Field(
        "art.", description="how the instrument numbers its provisions: articles or sections"
    )
    article: StrictStr = Field(min_length=1)
    clause: StrictStr | None = Field(None, description="as the instrument labels it: 'inc. 3'")
    url: StrictStr | None = Field(None, pattern=r"^https?://")
    text: StrictStr | None = Field(None, description="the provision's own words")

    def citation(self) -> str:
        clause = (
            ""
            if not self.clause
            else (self.clause if self.clause.startswith("(") else f" {self.clause}")
        )
        return f"{self.instrument}, {self.label} {self.article}{clause}"


class InForce(Strict):
    """Both days inclusive: `from` is the first day in force, `to` the last (null: still)."""

    from_: ISODate = Field(alias="from")
    to: ISODate | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"'to' {self.to} is before 'from' {self.from_}")
        return self


class Window(Strict):
    """Who may make the act and between which ages: from the `from_age` birthday (inclusive) to
    the day before the `before_age` birthday (null: no age limit)."""

    by: list[Actor] = Field(min_length=1)
    from_age: StrictInt = Field(0, ge=0)
    before_age: StrictInt | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _ordered(self):
        if self.before_age is not None and self.before_age <= self.from_age:
            raise ValueError("before_age must be greater than from_age")
        return self


class ResidenceNeeded(Strict):
    """A residence period in `country`: uninterrupted for `years`, with one of `statuses`
    (any when empty), and if `ongoing`, still running on the assessment date."""

    country: Country
    years: StrictInt = Field(0, ge=0)
    statuses: list[Status] = []
    ongoing: bool = False


Grant = Literal["entitlement", "discretionary"]


class Requirement(Strict):
    """What the law needs before the nationality is held: an act recorded in `registry`
    within one of the `windows`, or a period of `residence`. With `satisfied_by` empty, the act
    is one a case cannot record (an application): it stays to be done while a window is open."""

    act: RequiredAct = Field(description="what the caseworker is told is still to be done")
    satisfied_by: list[Act] = Field([], description="case acts that count as it")
    registry: Country | None = None
    windows: list[Window] = []
    residence: ResidenceNeeded | None = None

    @model_validator(mode="after")
    def _one_kind(self):
        if self.residence is not None:
            if self.satisfied_by or self.registry or self.windows:
                raise ValueError("a residence requirement has no satisfied_by/registry/windows")
        elif not self.windows or (self.satisfied_by and self.registry is None):
            raise ValueError("an act requirement needs windows, and a registry for its acts")
        return self


def _condition(value: Any) -> Cond:
    try:
        return parse(value)
    except ConditionError as error:
        raise ValueError(str(error)) from None


Condition = Annotated[
    Any,
    BeforeValidator(_condition),
    WithJsonSchema({"type": "object", "description": "a condition (schemas/conditions.py)"}),
]


def _listed(value: Any) -> Any:
    return [value] if isinstance(value, dict) else value


def _listed_str(value: Any) -> Any:
    return [value] if isinstance(value, str) else ([] if value is None else value)


class Rule(Strict):
    id: StrictStr = Field(description="<ISO>.<topic>.<name>")
    title: Text
    source: Annotated[list[Source], BeforeValidator(_listed)] = Field(min_length=1)
    in_force: InForce
    judged_at: JudgedAt = Field(
        "birth",
        description="which day must fall within in_force: the birth, the as_of day, or the "
        "date of the act the rule's (single) clause on that collection matches",
    )
    mode: Annotated[list[StrictStr], BeforeValidator(_listed_str)] = Field(
        [], description="GLOBALCIT mode code(s) of the provision"
    )
    distinguishes_by: list[Distinction] = []
    when: Condition
    outcome: Outcome
    requires: list[Requirement] = []
    grant: Grant | None = Field(
        None,
        description="for a conditional rule: how the nationality comes once the act is done. "
        "entitlement: as of right, the state cannot refuse (a registration, an option, a "
        "declaration, a domicile); discretionary: a grant the state may refuse (every "
        "naturalization), listed as a route, never a status",
    )
    excepts: list[StrictStr] = Field(
        [], description="rules this one defeats when it applies; 'MX.birth.*' names a group"
    )
    alongside: list[StrictStr] = Field([], description="rules that may apply together with it")
    follows: list[StrictStr] = Field(
        [], description="takes effect only after one of these rules has (e.g. a loss)"
    )
    confidence: Confidence = "high"
    reason: Text | None = Field(None, description="why the law leaves this undetermined")
    barred_if_stateless: bool = Field(
        False, description="a loss that does not take effect if it would leave no nationality"
    )
    note: Text | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError(f"{echo(value)} is not <ISO>.<topic>.<name> in lower_snake_case")
        return value

    @field_validator("mode")
    @classmethod
    def _mode(cls, value: list[str]) -> list[str]:
        for code in value:
            if code not in GLOBALCIT_MODES:
                raise ValueError(f"{echo(code)} is not a GLOBALCIT mode code")
        return value

    @model_validator(mode="after")
    def _outcome_fields(self):
        if (self.outcome == "conditional") != bool(self.requires):
            raise ValueError("a conditional rule, and only one, lists what it `requires`")
        if (self.outcome == "conditional") != (self.grant is not None):
            raise ValueError(
                "a conditional rule, and only one, says its `grant`: entitlement or discretionary"
            )
        if self.outcome == "excluded" and not self.excepts:
            raise ValueError("an excluded outcome names the rules it `excepts`")
        if (self.outcome == "undetermined") != (self.reason is not None):
            raise ValueError("an undetermined rule, and only one, gives the `reason`")
        return self

    def excepts_rule(self, rule_id: str) -> bool:
        return rule_id != self.id and any(
            rule_id == e or (e.endswith(".*") and rule_id.startswith(e[:-1])) for e in self.excepts
        )

    @property
    def country(self) -> str:
        return self.id[:2]

    @property
    def discretionary(self) -> bool:
        """A way in the state may refuse: a route, never a status."""
        return self.grant == "discretionary"

    def citations(self) -> list[str]:
        return [s.citation() for s in self.source]


class Convention(Strict):
    status: Literal["party", "not_party"]
    date: ISODate | None = Field(None, description="accession or ratification")
    note: StrictStr | None = None


class StatelessnessProcedure(Strict):
    """Where a caseworker refers a person at risk: the state's determination procedure."""

    exists: bool
    instrument: Source | None = None
    authority: Text | None = Field(None, description="the body that receives applications")
    note: Text | None = None


class Report(Strict):
    """Where a practice note is reported: a press article, a court ruling, a circular. Unlike a
    rule's source it need not have an article."""

    title: StrictStr = Field(
        min_length=1, description="who published what: 'CIDH, comunicado 217/24'"
    )
    part: StrictStr | None = Field(None, description="the part of it the note rests on: 'medida 3'")
    published: StrictStr | None = Field(
        None, description="as the report dates itself: '18 mar 2017'"
    )
    url: StrictStr | None = Field(None, pattern=r"^https?://")
    text: StrictStr | None = Field(None, description="the report's own words")

    def citation(self) -> str:
        part = f", {self.part}" if self.part else ""
        published = f" ({self.published})" if self.published else ""
        return f"{self.title}{part}{published}"


class PracticeNote(Strict):
    """Practice beside the law (consular services suspended, documents refused to a group):
    dated and cited, shown beside the answer and among the next steps. It never changes a
    status or the risk."""

    text: Text = Field(description="what happens, and what the caseworker can do about it")
    source: Annotated[list[Report], BeforeValidator(_listed)] = Field(min_length=1)
    during: InForce = Field(description="when the practice held, both days inclusive (to: null)")
    where: list[Country] = Field(
        [], description="the states of residence it concerns (empty: wherever the person lives)"
    )


class Pack(Strict):
    """pack.yaml: the state a folder of rules belongs to."""

    country: Country
    name: Text
    language: Literal["es", "en"]
    conventions: dict[Literal["1954", "1961"], Convention] = {}
    statelessness_procedure: StatelessnessProcedure | None = None
    sources: list[Source] = []
    coverage_notes: dict[str, Text] = Field(
        {}, description="GLOBALCIT mode -> why it is not encoded (or encoded differently)"
    )
    practice: list[PracticeNote] = Field(
        [], description="practice beside the law, shown with the answer; never a status"
    )


class RuleFile(Strict):
    """One YAML file of rules on one legal topic."""

    topic: Text
    rules: list[Rule] = Field(min_length=1)
