"""The discrimination audit finds every distinction the packs encode, and nothing else."""

import textwrap

import pytest

from engine import default_engine
from engine.lab.audit import audit, dated, flips
from engine.lab.reform import apply, engines, parse_reform
from engine.lab.witness import witnesses
from schemas import yaml_loader
from schemas.case import Case
from tests.conftest import ROOT

RULES = ROOT / "rules"


def witness_cases(law, countries=None) -> list[dict]:
    return [case for _, case in witnesses(law, countries)]


@pytest.fixture(scope="module")
def full():
    engine = default_engine()
    return audit(engine, witness_cases(engine.law), source="witnesses")


def test_every_distinguishes_by_flag_agrees_with_what_the_rule_does(full):
    wrong = [(f.rule, f.fact, f.verdict, f.pairs, f.tried) for f in full.disagreements]
    assert not wrong, f"flags that disagree with the audit: {wrong}"
    assert not full.unexercised, f"rules the witnesses never reach: {full.unexercised}"


def test_every_flag_is_found_and_every_finding_is_flagged(full):
    flagged = {
        (r.id, fact)
        for law in default_engine().law.countries.values()
        for r in law.rules
        for fact in r.rule.distinguishes_by
    }
    found = {(f.rule, f.fact) for f in full.findings if f.depends}
    assert found == flagged


def test_every_rule_has_a_witness_under_which_it_applies():
    engine = default_engine()
    covered = {rule for rule, _ in witnesses(engine.law)}
    all_rules = {r.id for law in engine.law.countries.values() for r in law.rules}
    assert covered == all_rules


def reformed_engine(text: str):
    reform = parse_reform(yaml_loader.load(textwrap.dedent(text)), "rules/reforms/flags.yaml")
    base = default_engine()
    return engines(apply(reform, "rules/reforms/flags.yaml", base.law, RULES), base)[1]


def test_a_missing_flag_and_a_false_flag_are_caught():
    engine = reformed_engine(
        """
        title: {es: Marcas, en: Flags}
        rationale: {es: Prueba, en: Test}
        effective: 1949-11-08
        operations:
          - change: CR.birth.abroad_parent_by_birth
            unset: [distinguishes_by]
          - change: CR.birth.soli_cr_parent
            set: {distinguishes_by: [marital_status]}
        """
    )
    report = audit(engine, witness_cases(engine.law, ["CR"]), ["CR"])
    verdicts = {(f.rule, f.fact): f.verdict for f in report.disagreements}
    assert verdicts == {
        ("CR.birth.abroad_parent_by_birth_reform", "parent_acquisition_mode"): "missing flag",
        ("CR.birth.soli_cr_parent_reform", "marital_status"): "false flag",
    }
    missing = next(f for f in report.findings if f.verdict == "missing flag")
    pair = missing.examples[0]
    assert "].acquired: " in pair.flip and pair.applies_before != pair.applies_after


def test_a_safeguard_inherits_the_distinctions_of_other_states():
    engine = reformed_engine((RULES / "reforms" / "hn-1961-safeguard.yaml").read_text())
    child = {
        "id": "DIPLOMAT-CHILD",
        "as_of": "2028-06-01",
        "person": {"birth_date": "2010-01-01", "birth_country": "HN"},
        "parents": [
            {
                "role": "mother",
                "status_in_birth_country": "diplomat",
                "nationalities": [
                    {"country": "CR", "acquired": "naturalization", "acquired_on": "1990-01-01"}
                ],
            }
        ],
    }
    # a mother Costa Rican by birth could still register her (CR.birth.abroad_parent_by_birth):
    # then the child is not known to be otherwise stateless, and the safeguard waits
    report = audit(engine, [child], ["HN"])
    found = {(f.rule, f.fact): f.verdict for f in report.findings}
    assert found[("HN.birth.safeguard_1961", "parent_acquisition_mode")] == "inherited"
    assert all(f.rule != "HN.birth.safeguard_1961" for f in report.disagreements)


def test_each_protected_fact_is_flipped_alone():
    case = dated(
        {
            "person": {"birth_date": "2000-01-01", "birth_country": "MX"},
            "parents_married_at_birth": True,
            "parents": [
                {
                    "role": "mother",
                    "born_in": "GT",
                    "status_in_birth_country": "irregular",
                    "nationalities": [{"country": "GT", "acquired": "birth"}],
                }
            ],
        }
    )
    assert case["parents"][0]["nationalities"][0]["acquired_on"] == "1975-01-01"
    found = {}
    for fact, change, flipped in flips(case):
        found.setdefault(fact, []).append(change)
        Case.model_validate(flipped)
        assert flipped != case
    assert found["parent_gender"] == ["roles: mother -> father"]
    assert found["marital_status"] == ["parents_married_at_birth: True -> False"]
    assert len(found["immigration_status"]) == 6
    assert (
        "parents[0].status_in_birth_country: irregular -> diplomat" in found["immigration_status"]
    )
    assert found["parent_acquisition_mode"] == [
        f"parents[0].nationalities[0].acquired: birth -> {m}"
        for m in ("naturalization", "option", "registration")
    ]
    assert found["parent_birthplace"] == [
        "parents[0].born_in: GT -> MX",
        "parents[0].born_in: GT -> CO",
    ]


@pytest.mark.parametrize(
    "broken",
    [
        {"person": {"birth_date": "2001-01-01"}, "parents": [5]},
        {"person": {"birth_date": "2001-01-01"}, "parents": "mother"},
        {"person": {"birth_date": "2001-01-01"}, "parents": [{"nationalities": [3]}]},
        {"person": {"birth_date": "2001-01-01", "birth_registered_in": 5}},
        "not a case",
    ],
)
def test_an_input_that_is_not_a_case_is_counted_not_flipped(broken):
    """A file or a request may hold anything: only a valid case's parts are dated and flipped."""
    report = audit(default_engine(), [broken], ["CR"])
    assert (report.population.cases, report.population.invalid) == (0, 1)
