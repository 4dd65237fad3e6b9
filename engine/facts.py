"""From a case to the facts rules read (schemas/facts.py): derived, never legal.

The same flat dictionary is asserted into durable_rules and read by the plain evaluator, so both
paths see exactly the same facts. Dates become day numbers (date.toordinal) so that durable_rules
can compare them. Events after `as_of` have not happened yet as of the assessment, so they are
left out.
"""

from dataclasses import dataclass, field

from engine.dates import age_on
from schemas.case import Case
from schemas.facts import COLLECTIONS, NONE, PERSON


@dataclass
class Facts:
    """`values` is what rules read; `origin[coll][k]` says which case entry row k came from."""

    values: dict
    origin: dict[str, list[dict]] = field(default_factory=dict)

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
    birth = p.birth_date
    values = {
        "birth_date": birth.toordinal(),
        "as_of": as_of.toordinal(),
        "age": age_on(birth, as_of),
        "birth_country": _birth_country(case),
        "birth_place_kind": p.birth_place_kind,
        "vessel_flag": p.vessel_flag,
        "foundling": p.foundling,
        "found_in": _found_in(case),
        "sex": p.sex,
        "parents_married_at_birth": case.parents_married_at_birth,
    }
    facts = Facts(values)
    _rows(facts, "parents", _parent_rows(case))
    _rows(
        facts,
        "registrations",
        (
            (
                {
                    "country": r.country,
                    "act": r.act,
                    "date": r.date.toordinal(),
                    "by": r.by,
                    "age": age_on(birth, r.date),
                },
                {"i": i},
            )
            for i, r in enumerate(p.registrations)
            if r.date <= as_of
        ),
    )
    for coll in ("naturalizations", "renunciations"):
        _rows(
            facts,
            coll,
            (
                (
                    {
                        "country": a.country,
                        "date": a.date.toordinal(),
                        "age": age_on(birth, a.date),
                    },
                    {"i": i},
                )
                for i, a in enumerate(getattr(p, coll))
                if a.date <= as_of
            ),
        )
    _rows(
        facts,
        "residence",
        (
            (
                {
                    "country": r.country,
                    "from": r.from_.toordinal(),
                    "to": min(r.to or as_of, as_of).toordinal(),
                    "status": r.status,
                },
                {"i": i},
            )
            for i, r in enumerate(p.residence)
            if r.from_ <= as_of
        ),
    )
    return facts


def _rows(facts: Facts, coll: str, rows) -> None:
    rows = list(rows)
    facts.values[coll] = [r for r, _ in rows]
    facts.origin[coll] = [o for _, o in rows]


def _parent_rows(case: Case):
    """One row per parent and nationality held by `as_of`; a parent with none gets one row."""
    birth, as_of = case.person.birth_date, case.as_of
    for i, parent in enumerate(case.parents):
        common = {
            "role": parent.role,
            "parentage": parent.legal_parentage,
            "known": parent.legal_parentage != "unknown",
            "acknowledged_on": _day(parent.acknowledged_on),
            "born_in": parent.born_in,
            "status": parent.status_in_birth_country,
        }
        held = [
            (j, n)
            for j, n in enumerate(parent.nationalities)
            if n.acquired_on is None or n.acquired_on <= as_of
        ]
        if not held:
            yield (
                {
                    **common,
                    "nationality": NONE,
                    "acquired": None,
                    "acquired_on": None,
                    "held_at_birth": None,
                },
                {"i": i, "j": 0},
            )
        for j, n in held:
            yield (
                {
                    **common,
                    "nationality": n.country,
                    "acquired": n.acquired,
                    "acquired_on": _day(n.acquired_on),
                    "held_at_birth": _held_at(n, birth),
                },
                {"i": i, "j": j},
            )


def _held_at(nationality, day) -> bool | None:
    if nationality.acquired_on is not None:
        return nationality.acquired_on <= day
    # held since the parent's own birth, which came before the child's
    return True if nationality.acquired == "birth" else None


def _birth_country(case: Case) -> str | None:
    p = case.person
    if p.birth_country is None and p.birth_place_kind != "territory":
        return NONE  # on a ship or aircraft outside any state's territory
    return p.birth_country


def _found_in(case: Case) -> str | None:
    """Where a foundling was found: as given, else where born, else where first resident."""
    p = case.person
    if not p.foundling:
        return None
    if p.found_in or p.birth_country:
        return p.found_in or p.birth_country
    first = min(p.residence, key=lambda r: r.from_, default=None)
    return first.country if first else None
