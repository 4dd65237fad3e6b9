"""Reform overlays: applied to the packs' data, checked like packs, never touching the packs."""

import gc
import textwrap
import weakref
from pathlib import Path

import pytest

from engine import default_engine
from engine.lab.reform import ReformError, apply, parse_reform, read_reform, reform_engines
from engine.loader import digest
from schemas import yaml_loader
from schemas.case import Case

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
REFORMS = sorted((RULES / "reforms").glob("*.yaml"))


def reformed(text: str, name: str = "rules/reforms/test.yaml"):
    reform = parse_reform(yaml_loader.load(textwrap.dedent(text)), name)
    return apply(reform, name, default_engine().law, RULES)


def problems(text: str) -> list[str]:
    with pytest.raises(ReformError) as error:
        reformed(text)
    return [str(p) for p in error.value.problems]


def shipped(stem: str):
    reform, name = read_reform(RULES / "reforms" / f"{stem}.yaml")
    return reform_engines(reform, name)


def screen(engine, **case) -> dict:
    answer = engine.screen(Case.model_validate(case))
    return {"risk": answer.stateless_risk, **{c: r for c, r in answer.nationality.items()}}


@pytest.mark.parametrize("path", REFORMS, ids=lambda p: p.stem)
def test_every_shipped_reform_loads_and_leaves_the_packs_alone(path):
    before_digest = digest(RULES)
    reform, name = read_reform(path)
    law = apply(reform, name, default_engine().law, RULES)
    assert digest(RULES) == before_digest
    assert law.before.digest != law.after.digest
    assert reform.title.es and reform.rationale.en and reform.effective


def test_mexico_2021_before_and_after_for_a_grandchild_of_the_territory():
    _, before, after = shipped("mx-2021-generational-limit")
    case = {
        "as_of": "2025-06-01",
        "person": {"birth_date": "2010-01-01", "birth_country": "US"},
        "parents": [
            {
                "role": "father",
                "born_in": "US",
                "nationalities": [{"country": "MX", "acquired": "birth"}],
            }
        ],
    }
    assert screen(before, **case)["MX"].status == "not_national"
    now = screen(after, **case)["MX"]
    assert now.status == "national"
    assert now.rules == ["MX.birth.abroad_mexican_parent_earlier_births"]
    assert after is default_engine()  # the packs already hold the reform
    rebuilt = {r.id: r.rule for r in before.law.countries["MX"].rules}
    assert rebuilt["MX.birth.abroad_parent_born_in_mexico"].in_force.to is None
    assert "MX.birth.abroad_mexican_parent" not in rebuilt


def test_costa_rica_without_registration_reaches_a_person_past_the_deadline():
    _, before, after = shipped("cr-no-registration-condition")
    case = {
        "as_of": "2028-06-01",
        "person": {"birth_date": "1990-01-01", "birth_country": "CR"},
        # a mother of a state without a pack (Nicaragua has one since issue 13)
        "parents": [{"role": "mother", "nationalities": [{"country": "EC", "acquired": "birth"}]}],
    }
    old, new = screen(before, **case), screen(after, **case)
    assert (old["CR"].status, old["risk"]) == ("not_national", "at_risk")
    assert (new["CR"].status, new["risk"]) == ("national", "none")
    assert new["CR"].rules == ["CR.birth.soli_foreign_parents_reform"]
    # before its effective day the reform changes nothing
    assert screen(after, **{**case, "as_of": "2026-06-01"})["CR"].status == "not_national"


def diplomat_child(nationality: str, as_of: str = "2028-06-01") -> dict:
    mother = {
        "role": "mother",
        "status_in_birth_country": "diplomat",
        "nationalities": [
            {"country": nationality, "acquired": "naturalization", "acquired_on": "1990-01-01"}
        ],
    }
    return {
        "as_of": as_of,
        "person": {"birth_date": "2000-01-01", "birth_country": "HN"},
        "parents": [mother],
    }


def test_honduras_safeguard_for_a_diplomats_child_no_state_claims():
    _, before, after = shipped("hn-1961-safeguard")
    case = diplomat_child("CR")  # CR: a parent naturalized does not transmit abroad
    assert screen(before, **case)["risk"] == "stateless"
    now = screen(after, **case)
    assert (now["HN"].status, now["risk"]) == ("national", "none")
    assert now["HN"].rules == ["HN.birth.safeguard_1961"]


def test_honduras_safeguard_waits_for_the_law_of_a_state_not_encoded():
    _, _, after = shipped("hn-1961-safeguard")
    result = screen(after, **diplomat_child("EC"))["HN"]
    assert result.status == "undetermined"
    assert result.missing_facts == ["whether a state left undetermined gives its nationality"]


def test_honduras_safeguard_stays_silent_when_another_state_gives_nationality():
    _, _, after = shipped("hn-1961-safeguard")
    case = diplomat_child("CR")
    case["parents"][0]["nationalities"][0]["acquired"] = "birth"  # CR transmits, by registration
    case["person"]["registrations"] = [
        {"country": "CR", "act": "consular_registration", "date": "2000-03-01", "by": "parent"}
    ]
    now = screen(after, **case)
    assert (now["CR"].status, now["HN"].status) == ("national", "not_national")


CHANGE = """
title: {es: Prueba, en: Test}
rationale: {es: Prueba, en: Test}
effective: 2027-01-01
operations:
  - change: CR.birth.abroad_parent_by_birth
    set:
      requires[0].windows[1].before_age: 30
"""


def test_a_changed_parameter_makes_a_new_version_from_the_effective_day():
    law = reformed(CHANGE).after
    rules = {r.id: r.rule for r in law.countries["CR"].rules}
    old, new = (
        rules["CR.birth.abroad_parent_by_birth"],
        rules["CR.birth.abroad_parent_by_birth_reform"],
    )
    assert str(old.in_force.to) == "2026-12-31"
    assert str(new.in_force.from_) == "2027-01-01" and new.in_force.to is None
    assert new.requires[0].windows[1].before_age == 30
    assert new.alongside == ["CR.birth.flag_vessel_unclear", "CR.birth.abroad_parent_by_birth"]


def test_disabling_a_rule_from_before_it_began_removes_it_and_references_to_it():
    law = reformed(
        CHANGE.replace(
            "- change: CR.birth.abroad_parent_by_birth\n    set:\n"
            "      requires[0].windows[1].before_age: 30",
            "- disable: CR.birth.flag_vessel_unclear",
        ).replace("2027-01-01", "1949-11-08")
    ).after
    ids = {r.id for r in law.countries["CR"].rules}
    assert "CR.birth.flag_vessel_unclear" not in ids


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "change: CR.birth.abroad_parent_by_birth",
            "change: CR.birth.nothing",
            "operations[0]: change: no rule CR.birth.nothing in the CR pack",
        ),
        (
            "change: CR.birth.abroad_parent_by_birth",
            "change: XX.birth.nothing",
            "operations[0]: no rule pack for XX",
        ),
        (
            "requires[0].windows[1]",
            "requires[0].windows[7]",
            "operations[0].set.requires[0].windows[7].before_age: no item 7 (there are 2)",
        ),
        (
            "before_age: 30",
            "before_age: -3",
            "rule CR.birth.abroad_parent_by_birth_reform: requires[0].windows[1].before_age",
        ),
        ("effective: 2027-01-01", "effective: 2027-02-30", "effective:"),
        ("    set:", "    sett:", "operations[0].sett: unknown field"),
        (
            "requires[0].windows[1].before_age: 30",
            "outcome: national",
            "rule CR.birth.abroad_parent_by_birth_reform: a conditional rule, and only one",
        ),
        (  # a relation that is not a list of ids: named, not a crash of the overlay
            "requires[0].windows[1].before_age: 30",
            "alongside: 5",
            "rule CR.birth.abroad_parent_by_birth_reform: alongside: Input should be a valid list",
        ),
    ],
)
def test_a_bad_reform_names_the_file_the_operation_or_rule_and_the_field(old, new, expected):
    found = problems(CHANGE.replace(old, new))
    assert any("rules/reforms/test.yaml" in p and expected in p for p in found), found


def test_a_safeguard_reads_otherwise_stateless_only_as_true_and_only_to_grant():
    text = """
    title: {es: t, en: t}
    rationale: {es: t, en: t}
    effective: 2027-01-01
    operations:
      - add:
          id: HN.birth.test_safeguard
          title: {es: t, en: t}
          source: {instrument: t, article: "1"}
          when: {person: {birth_country: HN, otherwise_stateless: false}}
          outcome: national
    """
    found = problems(text)
    assert any("rule HN.birth.test_safeguard: when.person.otherwise_stateless" in p for p in found)


def test_a_historical_reform_is_checked_against_the_dates_in_the_packs():
    text = """
    title: {es: t, en: t}
    rationale: {es: t, en: t}
    effective: 2021-05-19
    kind: historical
    operations:
      - disable: MX.birth.abroad_parent_born_in_mexico
      - add: MX.birth.abroad_mexican_parent
    """
    found = problems(text)
    assert any("ends on 2021-05-17, not the day before the reform (2021-05-18)" in p for p in found)
    assert any("in force from 2021-05-18, not from the reform's effective day" in p for p in found)


def test_a_historical_reform_names_rules_it_does_not_write():
    text = """
    title: {es: t, en: t}
    rationale: {es: t, en: t}
    effective: 2021-05-18
    kind: historical
    operations:
      - change: MX.birth.abroad_parent_born_in_mexico
        set: {outcome: undetermined}
    """
    assert any("a historical reform names the rules it enacted" in p for p in problems(text))


def test_a_dropped_reform_engine_frees_its_rulesets():
    reform, name = read_reform(RULES / "reforms" / "cr-no-registration-condition.yaml")
    _, _, after = reform_engines(reform, name)
    sessions = weakref.ref(after._sessions)
    del after
    gc.collect()
    assert sessions() is None
