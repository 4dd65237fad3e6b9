"""A bad rule file fails loading with the file, the rule id and the field named."""

import shutil
import textwrap
from pathlib import Path

import pytest

from engine.loader import LawError, load

ROOT = Path(__file__).resolve().parent.parent

RULE = """
  - id: CR.birth.test_rule
    title: {es: Prueba, en: Test}
    source: {instrument: Constitución Política, article: "13"}
    in_force: {from: 1949-11-08}
    when:
      person: {birth_country: CR, birth_place_kind: territory}
      parent: {known: true}
    outcome: national
"""


def law_with(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "cr" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return rules


def problems(tmp_path, text) -> list[str]:
    with pytest.raises(LawError) as error:
        load(law_with(tmp_path, text))
    return [str(p) for p in error.value.problems]


def test_the_project_law_loads():
    law = load(ROOT / "rules")
    assert {"CR", "MX"} <= set(law.countries)
    assert law.digest.startswith("sha256:")


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("birth_country: CR", "birth_contry: CR"), "when.person.birth_contry: unknown field"),
        (("birth_country: CR", "birth_country: XX"), "'XX' is not an ISO 3166-1 alpha-2"),
        (("birth_country: CR", "birth_date: {lt: 1949-13-01}"), "is not a date"),
        (("birth_country: CR", "age: {after: 3}"), "unknown operator 'after'"),
        (("person:", "sibling:"), "unknown condition 'sibling'"),
        (("outcome: national", "outcome: maybe"), "outcome:"),
        (("outcome: national", "outcome: conditional"), "lists what it `requires`"),
        (("outcome: national", "outcome: undetermined"), "gives the `reason`"),
        (('article: "13"', 'article: ""'), "source[0].article"),
        (("{from: 1949-11-08}", "{from: 1949-11-08, to: 1940-01-01}"), "is before 'from'"),
        (("id: CR.birth.test_rule", "id: CR.Birth"), "is not <ISO>.<topic>.<name>"),
        (("id: CR.birth.test_rule", "id: MX.birth.test_rule"), "a rule of the CR pack"),
        (("outcome: national", "outcome: national\n    mode: Z99"), "'Z99' is not a GLOBALCIT"),
    ],
)
def test_a_bad_rule_names_file_rule_and_field(tmp_path, replace, expected):
    text = "topic: {es: t, en: t}\nrules:" + RULE.replace(*replace)
    found = problems(tmp_path, text)
    assert any("rules/cr/extra.yaml" in p and expected in p for p in found), found
    assert any(
        "rule CR.birth.test_rule" in p or "rule MX.birth.test_rule" in p or "rule CR.Birth" in p
        for p in found
    ), found


def test_two_rules_that_can_decide_the_same_case_need_a_declared_relation(tmp_path):
    text = "topic: {es: t, en: t}\nrules:" + RULE
    found = problems(tmp_path, text)
    assert any("CR.birth.test_rule" in p and "may decide the same cases as" in p for p in found)


def test_a_declared_relation_settles_the_overlap(tmp_path):
    relation = "alongside: [CR.birth.soli_cr_parent, CR.birth.soli_foreign_parents]"
    related = RULE.replace("outcome: national", f"outcome: national\n    {relation}")
    law = load(law_with(tmp_path, "topic: {es: t, en: t}\nrules:" + related))
    assert law.rule("CR.birth.test_rule")


def test_rules_in_periods_that_do_not_meet_are_independent(tmp_path):
    earlier = RULE.replace("{from: 1949-11-08}", "{from: 1800-01-01, to: 1871-12-06}")
    law = load(law_with(tmp_path, "topic: {es: t, en: t}\nrules:" + earlier))
    assert law.rule("CR.birth.test_rule")


def test_a_relation_to_a_missing_rule_is_an_error(tmp_path):
    text = "topic: {es: t, en: t}\nrules:" + RULE.replace(
        "outcome: national", "outcome: national\n    excepts: [CR.birth.nothing]"
    )
    found = problems(tmp_path, text)
    assert any("excepts: no rule CR.birth.nothing in this pack" in p for p in found), found


def test_an_exception_cycle_is_an_error(tmp_path):
    text = """
    topic: {es: t, en: t}
    rules:
      - id: CR.birth.cycle_a
        title: {es: a, en: a}
        source: {instrument: X, article: "1"}
        in_force: {from: 1800-01-01, to: 1800-12-31}
        when: {person: {foundling: true}}
        outcome: excluded
        excepts: [CR.birth.cycle_b]
      - id: CR.birth.cycle_b
        title: {es: b, en: b}
        source: {instrument: X, article: "1"}
        in_force: {from: 1800-01-01, to: 1800-12-31}
        when: {person: {foundling: true}}
        outcome: excluded
        excepts: [CR.birth.cycle_a]
    """
    found = problems(tmp_path, text)
    assert any("forms a cycle" in p for p in found), found


def test_a_file_that_is_not_yaml_is_named(tmp_path):
    found = problems(tmp_path, "rules: [unclosed")
    assert any("rules/cr/extra.yaml: not valid YAML" in p for p in found), found


def test_an_event_judged_rule_needs_its_event_clause(tmp_path):
    text = "topic: {es: t, en: t}\nrules:" + RULE.replace(
        "outcome: national", "outcome: lost\n    judged_at: naturalization"
    )
    found = problems(tmp_path, text)
    assert any("needs exactly one top-level 'naturalization:' clause" in p for p in found), found


def test_no_rules_directory_is_a_clear_error(tmp_path):
    with pytest.raises(LawError, match="no law.yaml here"):
        load(tmp_path)


def test_every_globalcit_mode_is_encoded_not_applicable_or_explained():
    from engine.coverage import coverage

    law = load(ROOT / "rules")
    rows = coverage(law)
    assert {r.country for r in rows} == set(law.countries)  # every pack (issue 13 adds six)
    assert {"BZ", "CR", "GT", "HN", "MX", "PA", "SV"} <= set(law.countries)
    missing = [f"{r.country} {r.mode}" for r in rows if r.status == "missing"]
    assert not missing, f"GLOBALCIT modes neither encoded nor explained: {missing}"
