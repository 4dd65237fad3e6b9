"""durable_rules and the plain evaluator must agree on every rule, for any case.

Hypothesis generates cases across the facts the rules read; for each, the rules durable_rules
fires (through the compiled single-fact patterns) must be exactly those the three-valued
evaluator finds true. A disagreement is a bug in the compiler or a durable_rules quirk. The
shipped reforms' laws are held to the same, with `otherwise_stateless` (settled by the engine's
second pass) drawn true, false or unknown.
"""

import datetime as dt
from functools import cache
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import default_engine
from engine.compile import act_name
from engine.evaluate import compiled, compiled_unknowns, evaluate, passes, row_value, unknowns
from engine.facts import derive
from engine.lab.reform import read_reform, reform_engines
from engine.screening import risk
from schemas.case import Case
from schemas.conditions import Exists, OnPerson

WORKED = Path(__file__).resolve().parent / "worked_cases"
REFORM_FILES = sorted((Path(__file__).resolve().parent.parent / "rules" / "reforms").glob("*.yaml"))


@cache
def encoded() -> list[str]:
    """The states with a pack, read when a test first draws a case (not at collection)."""
    return sorted(default_engine().law.countries)


# encoded states are drawn far more often than others: their rules are what is under test
country = st.deferred(
    lambda: st.one_of(st.sampled_from(encoded()), st.sampled_from(encoded() + ["NI", "US", "ES"]))
)
maybe_country = st.one_of(st.none(), country)
# dates cluster around the reforms so boundaries get exercised
REFORMS = [
    dt.date(1871, 12, 7),
    dt.date(1934, 1, 18),
    dt.date(1949, 11, 8),
    dt.date(1969, 12, 26),
    dt.date(1981, 9, 21),
    dt.date(1995, 6, 6),
    dt.date(1998, 3, 20),
    dt.date(1999, 1, 14),
    dt.date(2021, 5, 18),
]
near_reform = st.builds(
    lambda d, delta: d + dt.timedelta(days=delta),
    st.sampled_from(REFORMS),
    st.integers(-3, 3),
)
any_day = st.dates(dt.date(1870, 1, 1), dt.date(2025, 12, 31))
day = st.one_of(near_reform, any_day)


@st.composite
def cases(draw):
    birth = draw(day)
    as_of = birth + dt.timedelta(days=draw(st.integers(0, 365 * 80)))
    later = st.builds(
        lambda n: birth + dt.timedelta(days=n), st.integers(0, (as_of - birth).days + 365 * 5)
    )
    # a marriage from about 16 (one under 10 is refused as impossible)
    wed = st.builds(lambda n: birth + dt.timedelta(days=365 * 16 + n), st.integers(0, 365 * 20))
    # a parent's nationality by birth dates from the parent's birth, before the child's
    before = st.builds(lambda n: birth - dt.timedelta(days=n), st.integers(0, 365 * 50))
    kind = draw(st.sampled_from(["territory", "territory", "ship", "aircraft"]))
    foundling = draw(st.booleans()) if kind == "territory" else False
    person = {
        "birth_date": birth.isoformat(),
        "birth_country": draw(maybe_country),
        "birth_place_kind": kind,
        "vessel_flag": draw(maybe_country) if kind != "territory" else None,
        "foundling": foundling,
        "found_in": draw(maybe_country) if foundling else None,
        "registrations": [
            {
                "country": draw(country),
                "act": draw(
                    st.sampled_from(
                        [
                            "birth_registration",
                            "late_birth_registration",
                            "consular_registration",
                            "option_declaration",
                            "loss_declaration",
                            "statelessness_recognition",
                            "nationality_declaration",
                            "refugee_recognition",
                        ]
                    )
                ),
                "date": draw(later).isoformat(),
                "by": draw(st.sampled_from([None, "parent", "self", "authority"])),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "naturalizations": [
            {"country": draw(country), "date": draw(later).isoformat()}
            for _ in range(draw(st.integers(0, 2)))
        ],
        "renunciations": [
            {"country": draw(country), "date": draw(later).isoformat()}
            for _ in range(draw(st.integers(0, 1)))
        ],
        "residence": [
            {
                "country": draw(country),
                "from": draw(later).isoformat(),
                "status": draw(
                    st.sampled_from(
                        [None, "permanent", "temporary", "irregular", "refugee", "stateless"]
                    )
                ),
            }
            for _ in range(draw(st.integers(0, 2)))
        ],
        "marriages": [
            {"spouse_nationality": draw(maybe_country), "from": draw(wed).isoformat()}
            for _ in range(draw(st.integers(0, 1)))
        ],
    }
    parents = []
    for role in draw(st.sampled_from([[], ["mother"], ["father"], ["mother", "father"]])):
        parentage = (
            "unknown"
            if foundling
            else draw(st.sampled_from(["birth", "birth", "acknowledged", "unknown"]))
        )
        parents.append(
            {
                "role": role,
                "legal_parentage": parentage,
                "nationalities": [
                    {
                        "country": draw(country),
                        "acquired": (mode := draw(st.sampled_from(["birth", "naturalization"]))),
                        "acquired_on": draw(
                            st.one_of(st.none(), before if mode == "birth" else day)
                        ),
                    }
                    for _ in range(draw(st.integers(0, 2)))
                ],
                "born_in": draw(maybe_country),
                "status_in_birth_country": draw(
                    st.sampled_from(
                        [None, "national", "irregular", "diplomat", "transit", "stateless"]
                    )
                ),
            }
        )
    grandparents = [
        {
            "line": "paternal",
            "role": "grandfather",
            "born_in": draw(maybe_country),
            "cukc_on_1981_09_20": draw(st.sampled_from([None, True, False])),
            "alive_on_1981_09_21": draw(st.sampled_from([None, True, False])),
        }
        for _ in range(draw(st.integers(0, 1)))
    ]
    married = draw(st.sampled_from([None, True, False]))
    data = {
        "as_of": as_of.isoformat(),
        "person": person,
        "parents": parents,
        "grandparents": grandparents,
        "parents_married_at_birth": married,
    }
    return Case.model_validate(data)


def conditions(engine, countries=None) -> dict:
    """Each rule's condition, then each of its requirements', in the order of the rules."""
    return {
        country: {
            name: cond
            for r in law.rules
            for name, cond in [
                (r.id, r.cond),
                *((act_name(r.id, k), m) for k, m in enumerate(r.met)),
            ]
        }
        for country, law in engine.law.countries.items()
        if countries is None or country in countries
    }


def agree(engine, conditions, facts) -> None:
    fired = engine._sessions.fire(list(conditions), facts.values)
    for country, named in conditions.items():
        decided = engine.compiled[country].decide(fired[country])
        expected = {name for name, cond in named.items() if evaluate(cond, facts.values) is True}
        assert decided.keys() == expected, (country, sorted(decided.keys() ^ expected))
        # in the order of the rules, as resolve() reads them
        assert list(decided) == [name for name in named if name in decided]


@cache
def packs():
    """The engine of the packs, and the conditions of its rules and requirements."""
    engine = default_engine()
    return engine, conditions(engine)


def reformed_law(path):
    """The law a reform makes that is not the packs as they are: the touched countries only."""
    reform, name = read_reform(path)
    _, before, after = reform_engines(reform, name)
    engine = after if after is not default_engine() else before
    return engine, conditions(engine, reform.countries)


@cache
def reformed() -> list:
    return [reformed_law(path) for path in REFORM_FILES]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_durable_rules_fires_exactly_what_the_evaluator_finds_true(case):
    agree(*packs(), derive(case))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.sampled_from([True, False, None]))
def test_the_reformed_laws_fire_exactly_what_the_evaluator_finds_true(case, otherwise):
    facts = derive(case)
    facts.values["otherwise_stateless"] = otherwise
    for engine, named in reformed():
        agree(engine, named, facts)


@cache
def row_tests() -> list[tuple[str, tuple]]:
    """Every leaf's tests in the packs, with the rows (or the person) they are run on."""
    leaves, todo = set(), [c for named in packs()[1].values() for c in named.values()]
    while todo:
        cond = todo.pop()
        if isinstance(cond, OnPerson | Exists):
            leaves.add((getattr(cond, "coll", None), cond.tests))
        else:
            todo.extend(cond.items)
    return sorted(leaves, key=repr)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_the_compiled_row_tests_pass_exactly_the_rows_the_evaluator_finds_true(case):
    values = derive(case).values
    for coll, tests in row_tests():
        for row in values[coll] if coll else [values]:
            assert passes(tests)(row) == (row_value(tests, row) is True), (coll, tests, row)


def compiled_agrees(values: dict) -> None:
    """The compiled three-valued evaluation (resolve() asks it for the missing facts) says what
    the plain evaluator says, for every rule and requirement of the packs."""
    for named in packs()[1].values():
        for name, cond in named.items():
            assert compiled(cond)(values) == evaluate(cond, values), name
            assert compiled_unknowns(cond)(values) == unknowns(cond, values), name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_the_compiled_conditions_say_what_the_evaluator_says(case):
    compiled_agrees(derive(case).values)


def test_the_compiled_conditions_say_what_the_evaluator_says_on_the_worked_cases():
    for path in sorted(WORKED.glob("*.yaml")):
        for data in yaml.safe_load(path.read_text("utf-8")):
            compiled_agrees(derive(Case.model_validate(data)).values)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_case_gets_a_coherent_determination(case):
    answer = default_engine().screen(case)
    statuses = {c: r.status for c, r in answer.nationality.items()}
    assert answer.stateless_risk == risk(answer.nationality)
    for iso, result in answer.nationality.items():
        if result.status == "conditional":
            assert result.conditions, (iso, result)
        if result.status == "national":
            assert result.rules and result.basis, (iso, result)
        for condition in result.conditions:
            assert condition.deadline is None or condition.deadline >= case.as_of
    if case.person.birth_country:
        assert case.person.birth_country in statuses
