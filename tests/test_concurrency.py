"""The engine is safe to call from many threads at once (durable_rules alone is not)."""

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from engine import Engine, default_engine
from engine.loader import load
from schemas.case import Case

WORKED = Path(__file__).resolve().parent / "worked_cases"


def worked_cases(engine) -> list[Case]:
    cases = []
    for path in sorted(WORKED.glob("*.yaml")):
        if path.stem in engine.law.countries:
            cases += [Case.model_validate(c) for c in yaml.safe_load(path.read_text("utf-8"))]
    return cases


@pytest.fixture
def frequent_thread_switches():
    """Make threads interleave between every few bytecodes, inside one screening too."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_many_threads_get_the_single_threaded_answers(frequent_thread_switches):
    engine = default_engine()
    cases = worked_cases(engine) * 20
    alone = [engine.screen(case) for case in cases]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(engine.screen, cases))
    assert together == alone


def test_two_versions_of_the_law_side_by_side_from_many_threads(frequent_thread_switches):
    """Each engine has its own durable_rules rulesets; they never see each other's sessions."""
    first, second = default_engine(), Engine(load())
    cases = worked_cases(first) * 10
    expected = [first.screen(case) for case in cases]
    with ThreadPoolExecutor(max_workers=8) as pool:
        a = pool.map(first.screen, cases)
        b = pool.map(second.screen, cases)
        assert list(a) == expected
        assert list(b) == expected
