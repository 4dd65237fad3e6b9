"""For every worked case, in both languages: the report names the deciding rules, the failed
condition of each rejected rule, and a dated action wherever one is open."""

from pathlib import Path

import pytest
import yaml

from engine import default_engine
from schemas.case import Case
from service.reports.screening import render

WORKED = Path(__file__).resolve().parent / "worked_cases"
CASES = [
    c for path in sorted(WORKED.glob("*.yaml")) for c in yaml.safe_load(path.read_text("utf-8"))
]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_report_explains_and_proposes(case, lang):
    engine = default_engine()
    answer = engine.screen_data(case, lang, explain=True)
    report = render([answer], engine.law, lang)
    for country, result in answer.nationality.items():
        if country not in engine.law.countries:
            continue
        why = {r.rule: r for r in result.explanation.why}
        why_not = {r.rule: r for r in result.explanation.why_not}
        assert set(why) == set(result.rules)
        for rule_id in result.rules:
            assert f"[{rule_id}]" in report
        for rule in engine.law.countries[country].rules:
            if rule.id in why:
                continue
            reason = why_not[rule.id]
            assert reason.note or any(c.holds is not True for c in reason.checks), rule.id
            assert f"[{rule.id}]" in report
        for condition in result.conditions:
            dated = [
                a
                for a in answer.actions
                if a.rule == condition.rule and a.deadline == condition.deadline
            ]
            assert dated, (country, condition)
            assert dated[0].text in report


def test_a_case_naming_no_encoded_state_is_explained_without_failing():
    # Argentina: a state without a pack (the United States has one since issue 13)
    case = Case.model_validate({"person": {"birth_date": "2015-01-01", "birth_country": "AR"}})
    answer = default_engine().screen(case, "en", explain=True)
    assert answer.nationality["AR"].status == "undetermined"
    assert answer.nationality["AR"].explanation is None and answer.actions == []
