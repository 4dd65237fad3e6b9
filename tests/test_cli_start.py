"""How the command starts (issue 16 item 4): the garbage collector is paused only while it
starts, whatever way it ends, and a batch worker importing the command's modules never has it
paused. The start's speed itself is measured by bench/batch.py, not here."""

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cr-child-of-migrants.yaml"


def test_the_collector_runs_again_once_a_screen_is_done(capsys):
    assert main(["screen", str(EXAMPLE), "--json"]) == 0
    assert '"case_id": "EXAMPLE-CR-1"' in capsys.readouterr().out
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        main(["screen", "--format", "pdf", str(EXAMPLE)])
    assert "invalid choice" in capsys.readouterr().err
    assert gc.isenabled()


def test_the_collector_is_paused_while_the_engine_starts(monkeypatch, capsys):
    import engine

    seen = []
    real = engine.default_engine
    monkeypatch.setattr(
        engine, "default_engine", lambda rules: seen.append(gc.isenabled()) or real(rules)
    )
    assert main(["screen", str(EXAMPLE), "--json"]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_a_worker_importing_the_commands_modules_keeps_collecting():
    """Worker processes (spawned, or on a Dask cluster) import service.cli.records without
    running main: their collector must stay on, or memory grows with every case."""
    code = "import gc, service.cli.records, service.cli.parallel; print(gc.isenabled())"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "True"
