"""From a case to the facts rules read (schemas/facts.py): derived, never legal.

The same flat dictionary is asserted into durable_rules and read by the plain evaluator, so both
paths see exactly the same facts. Dates become day numbers (date.toordinal) so that durable_rules
can compare them. Events after `as_of` have not happened yet as of the assessment, so they are
left out.
"""

import datetime as dt
from dataclasses import dataclass, field

from engine.dates import age_on, birthday
from schemas.case import Case
from schemas.facts import COLLECTIONS, NONE, PERSON

PRESENCE = ("presence_years", "presence_years_after_14", "longest_presence_years")
UNKNOWN_PRESENCE = dict.fromkeys(PRESENCE)  # merged into a row, never changed


@dataclass
class Facts:
    """`values` is what rules read; `origin[coll][k]` says which case entry row k came from."""

    values: dict
    origin: dict[str, list[dict]] = field(default_factory=dict)

    def nulls(self, among: frozenset[tuple[str, str]]) -> set[tuple[str, str]]:
        """Those of the facts `among`, (collection, field), that are unknown somewhere in the
        case: only those a caller can ask about are looked for, not every field of every row."""
        found = set()
        for coll, name in among:
            for row in (self.values,) if coll == "person" else self.values[coll]:
                if row[name] is None:
                    found.add((coll, name))
                    break
        return found

    def source(self, coll: str, name: str, row: int | None = None) -> str:
        """The case field a fact comes from, to ask for it when it is unknown."""
        if coll == "person":
            return PERSON[name].source
        template = COLLECTIONS[coll][1][name].source
        return template.format(coll=coll, **self.origin[coll][row])


def _day(d):
    return None if d is None else d.toordinal()


def derive(case: Case) -> Facts:
    p, as_of = case.person, case.as_of
    birth, birth_country, place = p.birth_date, p.birth_country, p.birth_place_kind
    values = {
        "birth_date": birth.toordinal(),
        "as_of": as_of.toordinal(),
        "age": age_on(birth, as_of),
        "birth_country": _birth_country(birth_country, place),
        "birth_place_kind": place,
        "vessel_flag": p.vessel_flag,
        "foundling": p.foundling,
        "found_in": found_in(case),
        "sex": p.sex,
        "parents_married_at_birth": case.parents_married_at_birth,
        # false until the engine's second pass: the first asks what every other ground gives
        "otherwise_stateless": False,
    }
    facts = Facts(values)
    collections = {
        "parents": _parent_rows(case.parents, birth, as_of, birth_country),
        "registrations": _act_rows(p.registrations, birth, as_of, with_act=True),
        "naturalizations": _act_rows(p.naturalizations, birth, as_of),
        "renunciations": _act_rows(p.renunciations, birth, as_of),
        "residence": _residence_rows(p.residence, as_of),
        "marriages": _marriage_rows(p.marriages, as_of),
        "grandparents": _grandparent_rows(case),
    }
    for coll, (rows, origin) in collections.items():
        values[coll] = rows
        facts.origin[coll] = origin
    return facts


# Each *_rows function returns a collection's rows and, beside them, the case entry each row
# comes from (Facts.origin): two lists built in one pass.


def _act_rows(acts, birth, as_of, with_act=False) -> tuple[list[dict], list[dict]]:
    rows, origin = [], []
    for i, a in enumerate(acts):
        if a.date > as_of:
            continue
        row = {"country": a.country, "date": a.date.toordinal(), "age": age_on(birth, a.date)}
        if with_act:
            row["act"], row["by"] = a.act, a.by
        rows.append(row)
        origin.append({"i": i})
    return rows, origin


def _residence_rows(periods, as_of) -> tuple[list[dict], list[dict]]:
    rows, origin = [], []
    for i, period in enumerate(periods):
        if period.from_ > as_of:
            continue
        end = min(period.to or as_of, as_of)
        rows.append(
            {
                "country": period.country,
                "from": period.from_.toordinal(),
                "to": end.toordinal(),
                "status": period.status,
                "years": age_on(period.from_, end),
                "ongoing": period.to is None or period.to >= as_of,
            }
        )
        origin.append({"i": i})
    return rows, origin


def _marriage_rows(marriages, as_of) -> tuple[list[dict], list[dict]]:
    rows, origin = [], []
    for i, m in enumerate(marriages):
        if m.from_ > as_of:
            continue
        rows.append(
            {
                "spouse_nationality": m.spouse_nationality,
                "kind": m.kind,
                "from": m.from_.toordinal(),
                "years": age_on(m.from_, min(m.to or as_of, as_of)),
                "ongoing": m.to is None or m.to >= as_of,
            }
        )
        origin.append({"i": i})
    return rows, origin


def _grandparent_rows(case: Case) -> tuple[list[dict], list[dict]]:
    """Like the parents: one row per grandparent and nationality, or one with 'none'. A
    nationality lost by the person's birth does not count (the parent's birth date, which
    would say what the grandparent transmitted, is not in the case)."""
    birth = case.person.birth_date
    rows, origin = [], []
    for i, g in enumerate(case.grandparents):
        common = {
            "line": g.line,
            "role": g.role,
            "born_in": g.born_in,
            "born_on": _day(g.born_on),
            "died_on": _day(g.died_on),
            "cukc_on_1981_09_20": g.cukc_on_1981_09_20,
            "alive_on_1981_09_21": g.alive_on_1981_09_21,
        }
        held = [(j, n) for j, n in enumerate(g.nationalities) if not _lost_by(n.lost_on, birth)]
        if not held:
            rows.append({**common, "nationality": NONE, "acquired": None})
            origin.append({"i": i, "j": 0})
        for j, n in held:
            rows.append({**common, "nationality": n.country, "acquired": n.acquired})
            origin.append({"i": i, "j": j})
    return rows, origin


# the row of a parent with no nationality known: nothing acquired, no presence counted
NO_NATIONALITY = {
    "nationality": NONE,
    "acquired": None,
    "acquired_on": None,
    "held_at_birth": None,
    "child_age_when_acquired": None,
    **dict.fromkeys(PRESENCE),
}


def _parent_rows(parents, birth, as_of, birth_country) -> tuple[list[dict], list[dict]]:
    """One row per parent and nationality held at the birth or on `as_of` (one lost before the
    birth and not held since transmits nothing); a parent with none gets one row. Each field
    of a parent and of a nationality is read once: a pydantic model's costs ~150 instructions
    more than a plain object's."""
    rows, origin = [], []
    for i, parent in enumerate(parents):
        acknowledged, parentage = parent.acknowledged_on, parent.legal_parentage
        common = {
            "role": parent.role,
            "parentage": parentage,
            "known": _established(parentage, acknowledged, as_of),
            "acknowledged_on": _day(acknowledged),
            "born_in": parent.born_in,
            "status": parent.status_in_birth_country,
            "years_in_birth_country": _domicile_years(parent, birth_country, birth),
        }
        count = len(rows)
        for j, n in enumerate(parent.nationalities):
            acquired, acquired_on, lost_on = n.acquired, n.acquired_on, n.lost_on
            at_birth = _held_at(acquired, acquired_on, lost_on, birth)
            if not at_birth and _held_at(acquired, acquired_on, lost_on, as_of) is False:
                continue
            country = n.country
            row = {
                **common,
                "nationality": country,
                "acquired": acquired,
                "acquired_on": _day(acquired_on),
                "held_at_birth": at_birth,
                "child_age_when_acquired": None
                if acquired_on is None
                else age_on(birth, acquired_on),
                **_presence(parent, country, birth),
            }
            rows.append(row)
            origin.append({"i": i, "j": j})
        if len(rows) == count:  # none held at the birth or since
            rows.append({**common, **NO_NATIONALITY})
            origin.append({"i": i, "j": 0})
    return rows, origin


def _presence(parent, country: str, birth: dt.date) -> dict:
    """How long the parent had been present in `country` (the state of the row's nationality)
    before the child's birth: in all, after the parent's 14th birthday, and in the longest
    single period. Unknown when the parent's residence is not recorded (or, after 14, the
    parent's birth date)."""
    if parent.residence is None:
        return UNKNOWN_PRESENCE
    spans = [_clip(r, birth) for r in parent.residence if r.country == country]
    spans = [s for s in spans if s]
    after_14 = None
    born = _born_on(parent)
    if born is not None:
        fourteen = birthday(born, 14)
        later = [(max(a, fourteen), b) for a, b in spans if b > fourteen]
        after_14 = _years(sum((b - a).days for a, b in later))
    return {
        "presence_years": _years(sum((b - a).days for a, b in spans)),
        "presence_years_after_14": after_14,
        "longest_presence_years": _years(max(((b - a).days for a, b in spans), default=0)),
    }


def _born_on(parent) -> dt.date | None:
    """The parent's birth date: as given, or the day a nationality by birth was acquired (which
    is the parent's birth)."""
    by_birth = [n.acquired_on for n in parent.nationalities if n.acquired == "birth"]
    return parent.born_on or next((day for day in by_birth if day is not None), None)


def _clip(period, birth: dt.date) -> tuple[dt.date, dt.date] | None:
    """The part of a period before the birth (its last day counted), or None."""
    end = min(period.to or birth, birth)
    return (period.from_, end) if period.from_ < end else None


def _years(days: int) -> int:
    """Whole years in a number of days, a year being 365 days: two calendar years (730 or 731
    days) are two, as a reader counts them."""
    return days // 365


def _domicile_years(parent, birth_country: str | None, birth: dt.date) -> int | None:
    """Whole years the parent had lived in the child's birth country by the birth, in the
    period that covers it; 0 when none does; unknown when the residence is not recorded."""
    if parent.residence is None:
        return None
    covering = [
        r
        for r in parent.residence
        if r.country == birth_country and r.from_ <= birth and (r.to is None or r.to >= birth)
    ]
    return max((age_on(r.from_, birth) for r in covering), default=0)


def _established(parentage: str, acknowledged: dt.date | None, as_of: dt.date) -> bool:
    """Parentage is established on `as_of`: not unknown, and any acknowledgement already made."""
    return parentage != "unknown" and (acknowledged is None or acknowledged <= as_of)


def _lost_by(lost_on: dt.date | None, day: dt.date) -> bool:
    """Lost by `day` (lost on the day: not held that day)."""
    return lost_on is not None and lost_on <= day


def _held_at(acquired: str, acquired_on, lost_on, day) -> bool | None:
    """A nationality `acquired` (on `acquired_on`, lost on `lost_on`) held on `day`: acquired
    by then and not lost by then."""
    if _lost_by(lost_on, day):
        return False
    if acquired_on is not None:
        return acquired_on <= day
    # held since the parent's own birth, which came before the child's
    return True if acquired == "birth" else None


def _birth_country(country: str | None, place: str) -> str | None:
    if country is None and place != "territory":
        return NONE  # on a ship or aircraft outside any state's territory
    return country


def found_in(case: Case) -> str | None:
    """Where a foundling was found: as given, else where born, else where first resident."""
    p = case.person
    if not p.foundling:
        return None
    if p.found_in or p.birth_country:
        return p.found_in or p.birth_country
    first = min(p.residence, key=lambda r: r.from_, default=None)
    return first.country if first else None
