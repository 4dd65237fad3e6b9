"""The case: the facts about a person that every interface accepts (../shared/case-format.md)."""

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from schemas.codes import (
    AcquisitionMode,
    Act,
    Actor,
    BirthPlaceKind,
    LegalParentage,
    ParentRole,
    Sex,
    Status,
)
from schemas.dates import age_on
from schemas.determination import CaseError
from schemas.errors import N_, FieldProblem, problem, problems
from schemas.types import CaseDate, Country, FreeValue, Name, OptionalList, text_problem

# Younger than this, a marriage is impossible, not merely unusual (engine/plausibility.py warns
# of one under 16): no law the packs read, nor any other in force since 1900, allows it.
YOUNGEST_TO_MARRY = 10


def inconsistent(field: str, template: str, **values) -> PydanticCustomError:
    """A contradiction between fields, reported against the field (relative path) at fault."""
    return problem("inconsistent", template, field=field, **values)


class Strict(BaseModel):
    """Unknown keys are errors, so a typo such as `birth_contry` never passes silently."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Registration(Strict):
    country: Country
    act: Act
    date: CaseDate
    by: Actor | None = Field(None, description="who made the act; unknown when absent")


class Period(Strict):
    """A span of time with `from_` and an optional `to`, which may not come before it."""

    @model_validator(mode="after")
    def _ordered(self):
        if self.to is not None and self.to < self.from_:
            raise inconsistent(
                "to", N_("{to} is before 'from' {start}"), to=self.to, start=self.from_
            )
        return self


class Residence(Period):
    country: Country
    from_: CaseDate = Field(alias="from")
    to: CaseDate | None = None
    status: Status | None = None


class DatedAct(Strict):
    country: Country
    date: CaseDate


class Marriage(Period):
    """A marriage or civil union, for the routes to nationality through a spouse."""

    spouse_nationality: Country | None = Field(None, description="null when none is known")
    kind: Literal["marriage", "union"] = "marriage"
    from_: CaseDate = Field(alias="from")
    to: CaseDate | None = None


class Person(Strict):
    birth_date: CaseDate
    birth_country: Country | None = Field(
        None, description="null when unknown, or when born on a ship or aircraft outside any state"
    )
    birth_place_kind: BirthPlaceKind = "territory"
    vessel_flag: Country | None = Field(None, description="flag state of the ship or aircraft")
    foundling: StrictBool = False
    found_in: Country | None = Field(
        None,
        description="where a foundling was found; when absent, the birth country, else the "
        "country of the first residence period",
    )
    sex: Sex | None = None
    birth_registered_in: OptionalList[Country]
    registrations: OptionalList[Registration]
    residence: OptionalList[Residence]
    naturalizations: OptionalList[DatedAct]
    renunciations: OptionalList[DatedAct]
    marriages: OptionalList[Marriage]

    @model_validator(mode="after")
    def _consistent(self):
        if self.vessel_flag is not None and self.birth_place_kind == "territory":
            raise inconsistent("vessel_flag", N_("is set but birth_place_kind is 'territory'"))
        birth = self.birth_date
        for name in ("registrations", "naturalizations", "renunciations"):
            for i, act in enumerate(getattr(self, name)):
                # an acknowledgement may come before the birth (only a registration has an act)
                if act.date < birth and getattr(act, "act", None) != "paternity_acknowledgement":
                    raise inconsistent(
                        f"{name}[{i}].date",
                        N_("{date} is before the birth date {birth}"),
                        date=act.date,
                        birth=birth,
                    )
        for i, period in enumerate(self.residence):
            if period.from_ < birth:
                raise inconsistent(
                    f"residence[{i}].from",
                    N_("{date} is before the birth date"),
                    date=period.from_,
                )
        for i, marriage in enumerate(self.marriages):
            if marriage.from_ < birth:
                raise inconsistent(
                    f"marriages[{i}].from",
                    N_("{date} is before the birth date"),
                    date=marriage.from_,
                )
            if (age := age_on(birth, marriage.from_)) < YOUNGEST_TO_MARRY:
                raise inconsistent(
                    f"marriages[{i}].from",
                    N_("{date} is when the person was {age} years old: too young to marry"),
                    date=marriage.from_,
                    age=age,
                )
        return self


class Nationality(Strict):
    country: Country
    acquired: AcquisitionMode
    acquired_on: CaseDate | None = None
    lost_on: CaseDate | None = Field(
        None,
        description="the day it was lost or taken away: a parent transmits only what he or she "
        "held at the child's birth",
    )

    @model_validator(mode="after")
    def _lost_after_acquired(self):
        if self.lost_on and self.acquired_on and self.lost_on < self.acquired_on:
            raise inconsistent(
                "lost_on",
                N_("{lost} is before acquired_on {acquired}"),
                lost=self.lost_on,
                acquired=self.acquired_on,
            )
        return self


class Ancestor(Strict):
    """A parent or a grandparent: nothing in a life comes before its birth, and a nationality
    by birth is held from that day."""

    def _life(self) -> Iterator[tuple[str, dt.date]]:
        """The dated facts of the life, each with its field."""
        for i, held in enumerate(self.nationalities):
            for name in ("acquired_on", "lost_on"):
                if (day := getattr(held, name)) is not None:
                    yield f"nationalities[{i}].{name}", day

    @model_validator(mode="after")
    def _after_birth(self):
        if self.born_on is None:
            return self
        for field, day in self._life():
            if day < self.born_on:
                raise inconsistent(
                    field,
                    N_("{date} is before the birth date {birth}"),
                    date=day,
                    birth=self.born_on,
                )
        for i, held in enumerate(self.nationalities):
            if held.acquired == "birth" and held.acquired_on and held.acquired_on > self.born_on:
                raise inconsistent(
                    f"nationalities[{i}].acquired_on",
                    N_(
                        "{date} is after the birth date {birth}, but a nationality by birth is "
                        "held from birth; if it came later, say how (registration, option or "
                        "naturalization)"
                    ),
                    date=held.acquired_on,
                    birth=self.born_on,
                )
        return self


class Parent(Ancestor):
    role: ParentRole
    legal_parentage: LegalParentage = "birth"
    acknowledged_on: CaseDate | None = None
    nationalities: OptionalList[Nationality] = Field(
        description="nationalities held; empty when none is known"
    )
    born_in: Country | None = None
    born_on: CaseDate | None = Field(
        None, description="the parent's birth date (for presence counted after an age)"
    )
    status_in_birth_country: Status | None = Field(
        None, description="the parent's status in the child's country of birth at the birth"
    )
    residence: list[Residence] | None = Field(
        None,
        description="the parent's own periods of residence or physical presence, as the person's "
        "are written; absent (null) when not recorded, which leaves any presence a law reads "
        "unknown; an empty list says there were none",
    )

    def _life(self) -> Iterator[tuple[str, dt.date]]:
        yield from super()._life()
        if self.acknowledged_on is not None:
            yield "acknowledged_on", self.acknowledged_on
        for i, period in enumerate(self.residence or []):
            yield f"residence[{i}].from", period.from_


class Grandparent(Ancestor):
    line: Literal["paternal", "maternal"]
    role: Literal["grandmother", "grandfather"]
    born_in: Country | None = None
    born_on: CaseDate | None = None
    died_on: CaseDate | None = None
    nationalities: OptionalList[Nationality]
    # Belize's independence provisions (Constitution s.23) turn on these two facts
    cukc_on_1981_09_20: StrictBool | None = Field(
        None, description="a citizen of the United Kingdom and Colonies on 20 Sep 1981"
    )
    alive_on_1981_09_21: StrictBool | None = Field(
        None, description="alive on Belize's Independence Day, 21 Sep 1981"
    )

    def _life(self) -> Iterator[tuple[str, dt.date]]:
        yield from super()._life()
        if self.died_on is not None:
            yield "died_on", self.died_on


class Case(Strict):
    """One person's facts. Annotation keys of the worked cases are accepted and ignored. Every
    date lies between 1800 and 2199; every text is valid Unicode of bounded length. Impossible
    facts are refused naming the field (a parent or grandparent born after the person, an act
    or a nationality dated before its holder's birth, a nationality by birth dated later, a
    marriage under 10); unusual ones screen, with `warnings` in the determination."""

    id: Name | None = None
    as_of: CaseDate = Field(default_factory=dt.date.today, description="default: today")
    person: Person
    parents: OptionalList[Parent] = Field(max_length=2)
    parents_married_at_birth: StrictBool | None = None
    grandparents: OptionalList[Grandparent]
    # annotations carried by worked cases; a screening ignores them
    title: FreeValue = None
    expected: FreeValue = None
    basis: FreeValue = None
    reasoning: FreeValue = None
    confidence: FreeValue = None

    @model_validator(mode="after")
    def _consistent(self):
        person = self.person
        if person.birth_date > self.as_of:
            raise inconsistent(
                "person.birth_date",
                N_("{birth} is after as_of {as_of}"),
                birth=person.birth_date,
                as_of=self.as_of,
            )
        if person.foundling:
            for i, parent in enumerate(self.parents):
                if parent.legal_parentage != "unknown":
                    raise inconsistent(
                        f"parents[{i}].legal_parentage",
                        N_(
                            "is '{parentage}' but person.foundling is true: "
                            "a foundling's parents are unknown"
                        ),
                        parentage=parent.legal_parentage,
                    )
        _generations_in_order(self)
        return self


def _generations_in_order(case: Case) -> None:
    """Parents are born before the person, grandparents before the parent of their line and the
    person; and a nationality by birth of either dates from before the person's birth. (Each
    field is read once and the rarest test comes first: reading a model's field costs three
    times a plain object's.)"""
    birth, grandparents = case.person.birth_date, case.grandparents
    for name, ancestors in (("parents", case.parents), ("grandparents", grandparents)):
        for i, ancestor in enumerate(ancestors):
            if (born := ancestor.born_on) is not None and born >= birth:
                raise inconsistent(
                    f"{name}[{i}].born_on",
                    N_("{born} is not before the person's birth date {birth}"),
                    born=born,
                    birth=birth,
                )
            for j, held in enumerate(ancestor.nationalities):
                if (day := held.acquired_on) and day > birth and held.acquired == "birth":
                    raise inconsistent(
                        f"{name}[{i}].nationalities[{j}].acquired_on",
                        N_(
                            "{date} is after the person's birth date {birth}, but a nationality "
                            "by birth is held from the holder's own birth, which came first"
                        ),
                        date=held.acquired_on,
                        birth=birth,
                    )
    for i, grandparent in enumerate(grandparents):
        if (born := grandparent.born_on) is None:
            continue
        parent = _parent_of_line(case, grandparent.line)
        if parent and parent.born_on and born >= parent.born_on:
            raise inconsistent(
                f"grandparents[{i}].born_on",
                N_("{born} is not before the birth date {birth} of the parent of that line"),
                born=born,
                birth=parent.born_on,
            )


def _parent_of_line(case: Case, line: str) -> Parent | None:
    """The father for the paternal line, the mother for the maternal: only when the case has
    exactly one (two mothers or two fathers leave the line unsaid)."""
    role = "father" if line == "paternal" else "mother"
    found = [p for p in case.parents if p.role == role]
    return found[0] if len(found) == 1 else None


def read_case(data) -> Case | CaseError:
    """Raw input (a mapping from YAML or JSON) as a Case, or the CaseError naming each field at
    fault: how every interface validates a case, so they all say the same of bad input."""
    if not isinstance(data, dict):  # a `null` line, a list, a number: not a case at all
        kind = {type(None): "null", list: "a list", str: "a string"}.get(type(data), "a value")
        found = FieldProblem(field="(document)", problem=f"holds {kind}, not a case (a mapping)")
        return CaseError(error="invalid_case", problems=[found])
    try:
        return Case.model_validate(data)
    except ValidationError as error:
        case_id = data.get("id") if isinstance(data, dict) else None
        usable = isinstance(case_id, str) and text_problem(case_id) is None  # never echo junk
        return CaseError(
            case_id=case_id if usable else None,
            error="invalid_case",
            problems=problems(error),
        )
