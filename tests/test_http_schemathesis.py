"""Schemathesis against the OpenAPI document the running service serves: every operation,
every phase (examples, coverage, fuzzing, stateful), every check enabled by default (the
exceptions, each with its reason, are in tests/schemathesis.toml); no server error, no answer
outside the document.

Run the same by hand, with more examples and a random seed:
    SCHEMATHESIS_HOOKS=tests.schemathesis_hooks schemathesis \\
        --config-file tests/schemathesis.toml run http://127.0.0.1:8000/openapi.json \\
        -H "X-API-Key: <key>" --max-examples 200
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.server import key

ROOT = Path(__file__).resolve().parent.parent
CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"


def test_schemathesis_finds_no_fault(server, tmp_path):
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.schemathesis_hooks", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run"]
    command += [f"{server.url}/openapi.json", "-H", f"X-API-Key: {key('full')}"]
    command += ["--max-examples", "10", "--seed", "20261125"]
    command += ["--report", "json", "--report-json-path", str(tmp_path / "run.json")]
    run = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=540
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "No issues found" in run.stdout
    report = json.loads((tmp_path / "run.json").read_text())
    assert report, "schemathesis wrote no report"
    faults = [line for line in server.log_lines() if '"outcome": "5' in line]
    assert not faults, faults[:5]
