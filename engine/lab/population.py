"""Synthetic populations of cases, spanning the facts the rules read: for the reform lab, the
discrimination audit and the benchmark.

A grid names, for each axis (the birth country, the birth date, each parent's nationality, how
and when it was acquired, where the parent was born, the parent's status in the birth country,
the parents' marriage, the registration of the birth, the residence), the values to try and how
often to draw each. A grid no larger than the population asked for is enumerated exhaustively;
a larger one is sampled with a seed, so the same arguments always give the same cases.

The birth dates come from the law itself: the day each rule judged at the birth starts or stops
applying and the day before it, a reform's effective day, and births that put the person at the
ages deadlines turn on (18, 21, 25...) on the assessment date.
"""

import datetime as dt
import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from engine.dates import birthday
from engine.i18n import translator
from engine.loader import Law
from schemas.codes import COUNTRY_CODES

# besides the states with a pack: a neighbour most migrant parents come from, and a jus soli
# state (in the grid whether or not a pack encodes them)
OTHERS = ("NI", "US")
ELSEWHERE = "CO"  # a birthplace no other axis names
UNKNOWN = "unknown"  # no such parent in the case (legally unknown, or absent)
STATUSES = {"permanent": 2, "temporary": 1, "irregular": 2, "transit": 0.5, "diplomat": 0.5}
STATUSES |= {"refugee": 1}
AGES = (1, 5, 10, 13, 17, 18, 20, 22, 24, 25, 26, 30, 40, 50, 60, 70)  # ages on as_of


def _parent(nationality_weights: dict) -> dict[str, dict]:
    return {
        "nationality": nationality_weights,
        "acquired": {"birth": 3, "naturalization": 1},
        "naturalized": {"before_birth": 1, "during_minority": 1},
        "born_in": {"own": 3, "child": 1, "elsewhere": 1},
        "status": STATUSES,
    }


FACTS = {  # the axes that name no state
    "married": {True: 1, False: 1},
    "registration": {
        "none": 2,
        "birth_country@0": 3,
        "parent_country@1": 1,
        "birth_country@20": 1,
        "parent_country@20": 1,
        "birth_country@30": 0.5,
        "parent_country@30": 0.5,
    },
    "residence": {"birth_country": 3, "parent_country": 1, "none": 1},
    "foundling": {False: 50, True: 1},
}


def axes(law: Law) -> dict[str, dict]:
    """Every axis but the birth date. The states born in and held are those `law` has a pack
    for, then OTHERS: a new pack needs no change here."""
    states = {c: 1 for c in (*sorted(law.countries), *OTHERS)}
    nationalities = states | {"none": 0.5}
    return {
        "birth_country": states,
        **{f"mother.{k}": v for k, v in _parent(nationalities | {UNKNOWN: 0.3}).items()},
        **{f"father.{k}": v for k, v in _parent(nationalities | {UNKNOWN: 2}).items()},
        **FACTS,
    }


class PopulationError(ValueError):
    """An axis the grid does not have, or a value it cannot take; names the axis."""

    def __init__(self, axis: str, problem: str):
        super().__init__(f"{axis}: {problem}")
        self.axis, self.problem = axis, problem


@dataclass(frozen=True)
class Grid:
    """Axis -> {value: weight}. Weights matter only when sampling."""

    axes: dict[str, dict]
    as_of: dt.date

    @property
    def size(self) -> int:
        return math.prod(len(values) for values in self.axes.values())

    def restrict(self, axis: str, values: list) -> "Grid":
        """Only these values on one axis (each drawn as often as the grid drew it)."""
        if axis not in self.axes:
            raise PopulationError(axis, f"no such axis (axes: {', '.join(self.axes)})")
        known = self.axes[axis]
        parsed = [_parse(axis, v, known) for v in values]
        return replace(self, axes={**self.axes, axis: {v: known.get(v, 1) for v in parsed}})


def default_grid(law: Law, as_of: dt.date, dates: tuple[dt.date, ...] = ()) -> Grid:
    """Every axis, with birth dates at the law's boundaries (and at `dates`, e.g. a reform's
    effective day), each from 1900 up to `as_of`."""
    days = set(dates).union(*law.birth_law_changes().values())
    births = {d + dt.timedelta(days=shift) for d in days for shift in (-1, 0)}
    births.update(as_of - dt.timedelta(days=round(365.25 * age) + 40) for age in AGES)
    births = sorted(d for d in births if dt.date(1900, 1, 1) <= d <= as_of)
    return Grid({"birth_date": {d: 1 for d in births}, **axes(law)}, as_of)


def population(
    law: Law,
    states,
    sample: int,
    seed: int = 2026,
    as_of: dt.date | None = None,
    axes: dict[str, list] | None = None,
    all_states: bool = False,
    dates: tuple[dt.date, ...] = (),
    lang: str = "en",
) -> tuple[Iterator[dict], str]:
    """The generated population a lab run asks for, and the words that say how it was made
    (`source`, shown in the report). The default grid of `law`, with birth dates at `dates`
    too, only `axes`' values on those axes; `sample` cases (the whole grid if it is no larger)
    drawn with `seed`, assessed on `as_of` (default: today, or the latest of `dates` if later);
    each naming one of `states` unless `all_states`; `source` in `lang`. The command line and
    the HTTP service both ask here, so the same options give the same cases. A bad axis or
    value raises PopulationError at once; the cases themselves are made as they are read."""
    as_of = as_of or max([dt.date.today(), *dates])
    grid = default_grid(law, as_of, tuple(dates))
    for axis, values in (axes or {}).items():
        grid = grid.restrict(axis, values)
    touching = () if all_states else tuple(states)
    _ = translator(lang)
    if grid.size <= sample:
        what = _("generated: all {n} cases of the grid").format(n=grid.size)
    else:
        what = _("generated: {n} sampled cases").format(n=sample)
    how = [_("seed {seed}, as of {as_of}").format(seed=seed, as_of=as_of)]
    if touching:
        how.append(_("naming {states}").format(states=", ".join(touching)))
    return generate(grid, sample, seed, touching), f"{what} ({', '.join(how)})"


def generate(grid: Grid, size: int, seed: int = 2026, touching=()) -> Iterator[dict]:
    """`size` cases: every point of the grid if it has no more, else a seeded sample. With
    `touching`, only cases that name one of those states (the birth country or a parent's
    nationality): a reform's population, where its states are considered."""
    wanted = set(touching)
    kept = 0
    for point in points(grid, size, seed, endless=bool(wanted)):
        case = case_from(point, grid.as_of, kept)
        named = {case["person"]["birth_country"]}
        named.update(n["country"] for p in case["parents"] for n in p["nationalities"])
        if wanted and not named & wanted:
            continue
        yield case
        kept += 1
        if kept == size:
            return


def points(grid: Grid, size: int, seed: int = 2026, endless: bool = False) -> Iterator[dict]:
    """The grid's points: all of them if there are no more than `size`; else `size` drawn
    with the seed (or, when `endless`, up to a hundred times as many, for a caller that keeps
    only some)."""
    names = list(grid.axes)
    if grid.size <= size:
        for values in itertools.product(*(grid.axes[a] for a in names)):
            yield dict(zip(names, values, strict=True))
        return
    rng = random.Random(seed)
    choices = {a: (list(grid.axes[a]), list(grid.axes[a].values())) for a in names}
    drawn = range(size * 100 if endless else size)
    for _ in drawn:
        yield {a: rng.choices(*choices[a])[0] for a in names}


def case_from(point: dict, as_of: dt.date, n: int = 0) -> dict:
    """A case in the case format (shared/case-format.md) for one point of a grid."""
    birth, born_in = point["birth_date"], point["birth_country"]
    parents = [] if point["foundling"] else _parents(point, birth, as_of)
    nationalities = [x["country"] for p in parents for x in p["nationalities"]]
    person = {
        "birth_date": birth.isoformat(),
        "birth_country": born_in,
        "foundling": point["foundling"],
        "registrations": _registrations(
            point["registration"], born_in, birth, as_of, nationalities
        ),
        "residence": _residence(point["residence"], born_in, birth, as_of, nationalities),
    }
    both = len(parents) == 2
    return {
        "id": f"POP-{n + 1:06d}",
        "as_of": as_of.isoformat(),
        "person": person,
        "parents": parents,
        "parents_married_at_birth": point["married"] if both else False,
    }


def _parents(point: dict, birth: dt.date, as_of: dt.date) -> list[dict]:
    parents = []
    for role, age in (("mother", 28), ("father", 31)):
        nationality = point[f"{role}.nationality"]
        if nationality == UNKNOWN:
            continue
        acquired = point[f"{role}.acquired"]
        if acquired == "birth":
            since = birthday(birth, -age)  # held since the parent's own birth
        elif point[f"{role}.naturalized"] == "before_birth":
            since = birthday(birth, -5)
        else:
            since = birthday(birth, 5)
        held = [] if nationality == "none" or since > as_of else [nationality]
        where = point[f"{role}.born_in"]
        # a parent national by birth was born in that state; for one naturalized, or with no
        # nationality, "own" says nothing: the birthplace is left unknown
        own = nationality if acquired == "birth" and nationality != "none" else None
        parents.append(
            {
                "role": role,
                "legal_parentage": "birth",
                "nationalities": [
                    {"country": c, "acquired": acquired, "acquired_on": since.isoformat()}
                    for c in held
                ],
                "born_in": {"own": own, "child": point["birth_country"]}.get(where, ELSEWHERE),
                "status_in_birth_country": "national"
                if nationality == point["birth_country"]
                else point[f"{role}.status"],
            }
        )
    return parents


def _registrations(spec: str, born_in, birth, as_of, nationalities: list[str]) -> list[dict]:
    """The birth recorded in the birth country or a parent's state, at an age (by the parents
    of a minor, by the person after 18), if that day has come by `as_of`."""
    if spec == "none":
        return []
    where, age = spec.split("@")
    country = _where(where, born_in, nationalities)
    date = birthday(birth, int(age)) + dt.timedelta(days=30)
    if country is None or date > as_of:
        return []
    if where == "parent_country":
        act = "consular_registration"
    else:
        act = "birth_registration" if age == "0" else "late_birth_registration"
    by = "parent" if int(age) < 18 else "self"
    return [{"country": country, "act": act, "date": date.isoformat(), "by": by}]


def _residence(spec: str, born_in: str, birth, as_of, nationalities: list[str]) -> list[dict]:
    """Living where born since birth, or in a parent's state since age 5, or no record."""
    country = _where(spec, born_in, nationalities)
    start = birth if spec == "birth_country" else birthday(birth, 5)
    if country is None or start > as_of:
        return []
    return [{"country": country, "from": start.isoformat()}]


def _where(spec: str, born_in: str, nationalities: list[str]) -> str | None:
    """The birth country, or the first parent's nationality (None when no parent has one)."""
    if spec == "birth_country":
        return born_in
    if spec == "parent_country" and nationalities:
        return nationalities[0]
    return None


def _parse(axis: str, written, known: dict):
    """An axis value as a command line or a request writes it ("CR", "true", "2001-02-14", or
    JSON's true): as one of the grid's own values, a date, or a country's ISO code."""
    text = str(written)
    for value in known:
        if str(value).lower() == text.lower():
            return value
    if axis == "birth_date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    countries = axis == "birth_country" or axis.endswith(".nationality")
    if countries and text.upper() in COUNTRY_CODES:
        return text.upper()
    shown = ", ".join(str(v) for v in known) if len(known) <= 20 else "YYYY-MM-DD dates"
    shown += ", or an ISO 3166-1 alpha-2 code" if countries else ""
    raise PopulationError(axis, f"{written!r} is not one of {shown}")
