"""The house rules the code keeps as it grows: short files, simple functions, and no list of the
encoded states typed into the code (a new rule pack needs no code change). The layers are held
by import-linter (pyproject.toml, `lint-imports` in the README's test command), lint by ruff."""

import ast
from pathlib import Path

import pytest
from radon.complexity import cc_visit

from tests.conftest import ROOT

SOURCES = sorted(
    path for folder in ("schemas", "engine", "service", "bench", "tests")
    for path in (ROOT / folder).rglob("*.py")
)  # fmt: skip
MAX_LINES = 500
MAX_COMPLEXITY = 20
PACKS = sorted(p.parent.name.upper() for p in (ROOT / "rules").glob("*/pack.yaml"))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_no_source_file_is_over_500_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_name(path)} has {lines} lines: split it by responsibility"


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_no_function_is_over_complexity_20(path):
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    complex_ = [f"{b.fullname} ({b.complexity})" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not complex_, f"{_name(path)}: break up {', '.join(complex_)}"


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if p.relative_to(ROOT).parts[0] in ("engine", "service")],
    ids=_name,
)
def test_the_encoded_states_are_read_from_the_law_not_typed_in(path):
    """A literal (tuple, list, set or dict) naming three or more states that have a pack is a
    list of the states typed by hand: read them from the loaded law instead."""
    typed = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            items = [*node.keys, *node.values] if isinstance(node, ast.Dict) else node.elts
            named = {i.value for i in items if isinstance(i, ast.Constant) and i.value in PACKS}
            if len(named) >= 3:
                typed.append(f"line {node.lineno}: {sorted(named)}")
    assert not typed, f"{_name(path)} lists states with a pack by hand: {typed}"


def test_the_house_rules_see_the_packs_and_the_sources():
    assert len(PACKS) >= 7 and len(SOURCES) > 50, (PACKS, len(SOURCES))
