"""The facts a rule can read: the vocabulary of the condition language.

The engine derives these from a case (engine/facts.py) without any law in them: ages in whole
years, whether a parent held a nationality on the child's birth date, where a foundling was found.
Each field names the case field(s) it comes from, so an unknown fact can be asked for by name.
"""

from dataclasses import dataclass
from typing import get_args

from schemas.codes import (
    COUNTRY_CODES,
    AcquisitionMode,
    Act,
    Actor,
    BirthPlaceKind,
    LegalParentage,
    ParentRole,
    Sex,
    Status,
)

NONE = "none"  # "no state": born outside any state's territory, or a parent with no nationality


@dataclass(frozen=True)
class Field:
    kind: str  # country | date | int | bool | enum
    source: str  # the case field it comes from ({i} = the row's index, {j} = nationality index)
    meaning: str
    values: frozenset = frozenset()  # for enum and country fields
    allows_none: bool = False  # the value "none" is meaningful
    always_known: bool = False  # derived or required: never null
    also: tuple[str, ...] = ()  # other case fields it is derived from


def _enum(literal) -> frozenset:
    return frozenset(get_args(literal))


def _country(source: str, meaning: str, allows_none=False, always_known=False) -> Field:
    return Field("country", source, meaning, COUNTRY_CODES, allows_none, always_known)


PERSON = {
    "birth_date": Field("date", "person.birth_date", "date of birth", always_known=True),
    "as_of": Field("date", "as_of", "the date the assessment speaks for", always_known=True),
    "age": Field("int", "person.birth_date", "age in whole years on as_of", always_known=True),
    "birth_country": _country(
        "person.birth_country",
        "state in whose territory (land, waters, airspace) the person was born; 'none' when born "
        "on a ship or aircraft outside any state",
        allows_none=True,
    ),
    "birth_place_kind": Field(
        "enum",
        "person.birth_place_kind",
        "territory, ship or aircraft",
        _enum(BirthPlaceKind),
        always_known=True,
    ),
    "vessel_flag": _country("person.vessel_flag", "flag state of the ship or aircraft of birth"),
    "foundling": Field("bool", "person.foundling", "found, parents unknown", always_known=True),
    "found_in": _country("person.found_in", "where a foundling was found"),
    "sex": Field("enum", "person.sex", "sex of the person", _enum(Sex)),
    "parents_married_at_birth": Field(
        "bool", "parents_married_at_birth", "parents married to each other at the birth"
    ),
    "otherwise_stateless": Field(
        "bool",
        "whether a state left undetermined gives its nationality",
        "no state considered gives the person its nationality on any other ground: settled by a "
        "second pass over the answers of the first (engine/screening.py); unknown while a state "
        "is undetermined or a route is still open",
    ),
}

# the parts of a parent's stay every presence fact is read from
STAYS = tuple(f"parents[{{i}}].residence[{{j}}].{part}" for part in ("from", "to"))

PARENT = {
    "role": Field(
        "enum", "parents[{i}].role", "mother or father", _enum(ParentRole), always_known=True
    ),
    "parentage": Field(
        "enum",
        "parents[{i}].legal_parentage",
        "how parentage is established",
        _enum(LegalParentage),
        always_known=True,
    ),
    "known": Field(
        "bool", "parents[{i}].legal_parentage", "legal parentage is established", always_known=True
    ),
    "acknowledged_on": Field("date", "parents[{i}].acknowledged_on", "when parentage was set"),
    "born_in": _country("parents[{i}].born_in", "where the parent was born"),
    "status": Field(
        "enum",
        "parents[{i}].status_in_birth_country",
        "the parent's status in the child's birth country at the birth",
        _enum(Status),
    ),
    "nationality": _country(
        "parents[{i}].nationalities",
        "one nationality of the parent ('none' when the parent has none known)",
        allows_none=True,
        always_known=True,
    ),
    "acquired": Field(
        "enum",
        "parents[{i}].nationalities[{j}].acquired",
        "how the parent acquired that nationality",
        _enum(AcquisitionMode),
    ),
    "acquired_on": Field(
        "date", "parents[{i}].nationalities[{j}].acquired_on", "when the parent acquired it"
    ),
    "held_at_birth": Field(
        "bool",
        "parents[{i}].nationalities[{j}].acquired_on",
        "the parent held that nationality on the child's birth date",
        also=("parents[{i}].nationalities[{j}].lost_on",),
    ),
    "child_age_when_acquired": Field(
        "int",
        "parents[{i}].nationalities[{j}].acquired_on",
        "the person's age when the parent acquired it (negative: before the birth)",
    ),
    "presence_years": Field(
        "int",
        "parents[{i}].residence",
        "whole years the parent resided (was present) in the state of that nationality before "
        "the child's birth, all periods added up",
        also=STAYS,
    ),
    "presence_years_after_14": Field(
        "int",
        "parents[{i}].born_on",
        "of those, the whole years after the parent's 14th birthday",
        also=("parents[{i}].residence", *STAYS),
    ),
    "longest_presence_years": Field(
        "int",
        "parents[{i}].residence",
        "the whole years of the parent's longest single period in that state before the birth",
        also=STAYS,
    ),
    "years_in_birth_country": Field(
        "int",
        "parents[{i}].residence",
        "whole years the parent had lived in the child's birth country, in the period that "
        "covers the birth (0 when none covers it): the parent's domicile there at the birth",
        also=STAYS,
    ),
}

REGISTRATION = {
    "country": _country(
        "person.registrations[{i}].country", "state whose registry recorded it", always_known=True
    ),
    "act": Field("enum", "person.registrations[{i}].act", "the act", _enum(Act), always_known=True),
    "date": Field("date", "person.registrations[{i}].date", "date of the act", always_known=True),
    "by": Field("enum", "person.registrations[{i}].by", "who made the act", _enum(Actor)),
    "age": Field(
        "int", "person.registrations[{i}].date", "the person's age at the act", always_known=True
    ),
}

DATED_ACT = {
    "country": _country("person.{coll}[{i}].country", "the state", always_known=True),
    "date": Field("date", "person.{coll}[{i}].date", "date of the act", always_known=True),
    "age": Field(
        "int", "person.{coll}[{i}].date", "the person's age at the act", always_known=True
    ),
}

RESIDENCE = {
    "country": _country("person.residence[{i}].country", "state of residence", always_known=True),
    "from": Field("date", "person.residence[{i}].from", "start of the period", always_known=True),
    "to": Field(
        "date",
        "person.residence[{i}].to",
        "end of the period (as_of when ongoing)",
        always_known=True,
    ),
    "status": Field("enum", "person.residence[{i}].status", "residence status", _enum(Status)),
    "years": Field(
        "int", "person.residence[{i}].from", "whole years the period lasted", always_known=True
    ),
    "ongoing": Field(
        "bool", "person.residence[{i}].to", "still running on as_of", always_known=True
    ),
}

MARRIAGE = {
    "spouse_nationality": _country(
        "person.marriages[{i}].spouse_nationality",
        "the spouse's nationality ('none' when the spouse has none)",
        allows_none=True,
    ),
    "kind": Field(
        "enum",
        "person.marriages[{i}].kind",
        "marriage or civil union",
        frozenset({"marriage", "union"}),
        always_known=True,
    ),
    "from": Field("date", "person.marriages[{i}].from", "date of the marriage", always_known=True),
    "years": Field(
        "int", "person.marriages[{i}].from", "whole years it has lasted", always_known=True
    ),
    "ongoing": Field(
        "bool", "person.marriages[{i}].to", "still married on as_of", always_known=True
    ),
}

GRANDPARENT = {
    "line": Field(
        "enum",
        "grandparents[{i}].line",
        "paternal or maternal",
        frozenset({"paternal", "maternal"}),
        always_known=True,
    ),
    "role": Field(
        "enum",
        "grandparents[{i}].role",
        "grandmother or grandfather",
        frozenset({"grandmother", "grandfather"}),
        always_known=True,
    ),
    "born_in": _country("grandparents[{i}].born_in", "where the grandparent was born"),
    "born_on": Field("date", "grandparents[{i}].born_on", "the grandparent's birth date"),
    "died_on": Field("date", "grandparents[{i}].died_on", "the grandparent's death, if any"),
    "nationality": _country(
        "grandparents[{i}].nationalities",
        "one nationality of the grandparent ('none' when none is known)",
        allows_none=True,
        always_known=True,
    ),
    "acquired": Field(
        "enum",
        "grandparents[{i}].nationalities[{j}].acquired",
        "how the grandparent acquired that nationality",
        _enum(AcquisitionMode),
    ),
    "cukc_on_1981_09_20": Field(
        "bool", "grandparents[{i}].cukc_on_1981_09_20", "a CUKC on the eve of Belize's independence"
    ),
    "alive_on_1981_09_21": Field(
        "bool", "grandparents[{i}].alive_on_1981_09_21", "alive on Belize's Independence Day"
    ),
}

# collection name -> (singular keyword used in rules, fields of one row)
COLLECTIONS = {
    "parents": ("parent", PARENT),
    "registrations": ("registration", REGISTRATION),
    "naturalizations": ("naturalization", DATED_ACT),
    "renunciations": ("renunciation", DATED_ACT),
    "residence": ("residence", RESIDENCE),
    "marriages": ("marriage", MARRIAGE),
    "grandparents": ("grandparent", GRANDPARENT),
}
SINGULAR = {singular: coll for coll, (singular, _) in COLLECTIONS.items()}
