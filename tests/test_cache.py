"""The compiled law kept on disk between runs (engine/cache.py): the same law and answers from
it, never a stale one, and a cache that cannot be used is rebuilt without a word."""

import pickle
import shutil
from pathlib import Path

import pytest
import yaml

from engine import Engine
from engine import loader as law_loader
from engine.loader import load
from engine.screening import compile_law
from service.documents import answer_json

ROOT = Path(__file__).resolve().parent.parent
CASE = yaml.safe_load((ROOT / "examples" / "cr-child-of-migrants.yaml").read_text("utf-8"))


@pytest.fixture
def rules(tmp_path, monkeypatch) -> Path:
    """A copy of the rules, and a cache of this test's own."""
    monkeypatch.setenv("NATIONALITY_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    return tmp_path / "rules"


def entries(rules: Path) -> list[Path]:
    return sorted((rules.parent / "cache").glob("law-*.pickle"))


def answer(law, compiled=None) -> str:
    return answer_json(Engine(law, compiled).screen_data(CASE, explain=True))


def test_a_law_read_from_the_cache_is_the_same_and_answers_the_same(rules, monkeypatch):
    built = load(rules)
    assert len(entries(rules)) == 1
    monkeypatch.setattr(law_loader, "read", lambda root: pytest.fail("read the rule files"))
    kept = load(rules)
    assert kept.digest == built.digest and kept.version == built.version
    assert kept.countries.keys() == built.countries.keys()
    assert answer(kept) == answer(built)


def test_compiled_rulesets_kept_on_disk_decide_the_same(rules):
    law = load(rules)
    compiled = compile_law(law)
    restored = pickle.loads(pickle.dumps(compiled))
    assert restored["CR"].definition == compiled["CR"].definition
    assert answer(law, restored) == answer(law, compiled)


def test_a_changed_rule_file_is_read_again(rules):
    before = load(rules)
    birth = rules / "cr" / "birth.yaml"
    birth.write_text(birth.read_text("utf-8") + "\n# an edit\n", encoding="utf-8")
    after = load(rules)
    assert after.digest != before.digest
    assert len(entries(rules)) == 2


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(rules):
    built = load(rules)
    (entry,) = entries(rules)
    entry.write_bytes(b"not a pickle")
    assert load(rules).digest == built.digest
    assert pickle.loads(entry.read_bytes()).digest == built.digest  # written again, whole


def test_a_cache_that_cannot_be_written_is_no_error(rules, monkeypatch, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("NATIONALITY_CACHE_DIR", str(blocked / "cache"))
    assert load(rules).countries
