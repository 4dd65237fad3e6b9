"""Run every feature file, and hold the features and the rule packs to each other."""

import re

import yaml
from pytest_bdd import scenarios

from schemas.rulepack import RULE_ID
from tests.conftest import ROOT, WORKED_CASES, feature_tags

scenarios(str(ROOT / "features"))


def test_every_rule_has_a_scenario(engine):
    rule_ids = {r.id for law in engine.law.countries.values() for r in law.rules}
    missing = sorted(rule_ids - feature_tags())
    assert not missing, f"rules without a scenario tagged with their id: {missing}"


def test_every_rule_tag_names_a_rule(engine):
    rule_ids = {r.id for law in engine.law.countries.values() for r in law.rules}
    unknown = sorted(t for t in feature_tags() if RULE_ID.match(t) and t not in rule_ids)
    assert not unknown, f"tags that name no rule: {unknown}"


def test_every_worked_case_runs_and_each_disagreement_is_explained(engine):
    """Each encoded state's worked cases are in its feature's regression table; a row whose
    answer differs from the research's is explained in a comment naming the case."""
    for iso in engine.law.countries:
        text = (ROOT / "features" / f"{iso.lower()}.feature").read_text(encoding="utf-8")
        rows = dict(re.findall(r"^\s*\|\s*([A-Z]{2}-\d+)\s*\|\s*([^|]+?)\s*\|", text, re.M))
        cases = yaml.safe_load((WORKED_CASES / f"{iso}.yaml").read_text(encoding="utf-8"))
        for case in cases:
            assert case["id"] in rows, f"worked case {case['id']} missing from {iso} feature"
            ours = STATUS[rows[case["id"]]]
            theirs = case["expected"]["nationality"][iso]
            if ours != theirs:
                explained = re.search(rf"^\s*#.*{case['id']}.*", text, re.M)
                assert explained, f"{case['id']}: we answer {ours}, research {theirs}, unexplained"


STATUS = {
    "nacional": "national",
    "no nacional": "not_national",
    "condicional": "conditional",
    "indeterminada": "undetermined",
    "national": "national",
    "not national": "not_national",
    "conditional": "conditional",
    "undetermined": "undetermined",
}
