"""An unsupported interpreter fails with a clear message, not a crash."""

import pytest

from engine.compat import require_supported_python


@pytest.mark.parametrize("version", [(3, 11, 7), (3, 12, 1)])
def test_supported_versions_pass(version):
    require_supported_python(version)


@pytest.mark.parametrize("version", [(3, 13, 0), (3, 10, 13)])
def test_other_versions_are_refused_with_the_reason(version):
    with pytest.raises(ImportError, match=r"needs Python 3.11 or 3.12.*durable_rules 2.0.28"):
        require_supported_python(version)


def test_pyproject_declares_the_same_range():
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert pyproject["project"]["requires-python"] == ">=3.11,<3.13"
