"""`nationality batch` on worker processes and after an interruption (issue 16, item 1): the
same bytes as one process, in input order, bad records in place; --resume ends with the file an
uninterrupted run writes, and refuses a partial output of another input or other options."""

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
import yaml

from service.cli import main, records

ROOT = Path(__file__).resolve().parent.parent
WORKED = ROOT / "tests" / "worked_cases"


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def worked_cases() -> list[dict]:
    cases = []
    for path in sorted(WORKED.glob("*.yaml")):
        cases += [
            {k: v for k, v in case.items() if k not in ("title", "expected", "reasoning")}
            for case in yaml.safe_load(path.read_text(encoding="utf-8"))
        ]
    return cases


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """The worked cases as JSON Lines with bad lines among them, as a JSON array, as YAML."""
    folder = tmp_path_factory.mktemp("inputs")
    cases = worked_cases()
    lines = [json.dumps(c, default=str).encode() for c in cases]
    lines[3:3] = [b"{not json", b"", b'{"id": "BAD-1", "person": {"birth_date": "bad"}}']
    lines.insert(40, b"\xff\xfe not UTF-8")
    jsonl = folder / "cases.jsonl"
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    array = folder / "cases.json"
    array.write_text(json.dumps(cases[:60], default=str), encoding="utf-8")
    listed = folder / "cases.yaml"
    listed.write_text(yaml.safe_dump(cases[:60], allow_unicode=True), encoding="utf-8")
    return {"jsonl": jsonl, "json": array, "yaml": listed}


@pytest.mark.parametrize("kind", ["jsonl", "json", "yaml"])
def test_two_workers_write_the_bytes_of_one_process(inputs, kind, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(records, "CHUNK", 7)  # many chunks from a small input: workers are used
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    code_one, err_one = run(capsys, "batch", inputs[kind], "-o", one, "--workers", 1)
    code_two, err_two = run(capsys, "batch", inputs[kind], "-o", two, "--workers", 2)
    assert (code_one, err_one) == (code_two, err_two)
    assert one.read_bytes() == two.read_bytes()
    answers = [json.loads(line) for line in one.read_text().splitlines()]
    assert len(answers) == len(list(records.numbered_inputs(inputs[kind])))
    if kind == "jsonl":
        assert code_one == 1 and "4 of" in err_one  # the bad lines, answered in place
        assert [answers[i]["line"] for i in (3, 4, 5, 40)] == [4, 5, 6, 41]
        assert answers[40]["problems"][0]["problem"].startswith("not UTF-8 text")
        assert answers[5]["case_id"] == "BAD-1" and answers[5]["error"] == "invalid_case"


def test_resume_needs_an_output_file(inputs, capsys):
    code, err = run(capsys, "batch", inputs["jsonl"], "--resume")
    assert code == 2 and "--resume continues an output file: give it with -o FILE" in err


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _gone(pids: list[int], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not [p for p in pids if Path(f"/proc/{p}").exists() and _alive(p)]:
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_killed_batch_resumes_into_the_file_an_uninterrupted_run_writes(
    inputs, tmp_path, capsys
):
    source = tmp_path / "many.jsonl"
    source.write_bytes(inputs["jsonl"].read_bytes() * 6)  # ~ 850 records: several chunks
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    batch = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "batch", source, "-o", out, "--workers", "2"],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not (partial.exists() and partial.stat().st_size):
        assert batch.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    workers = _children(batch.pid)
    batch.kill()
    batch.wait()
    assert workers and _gone(workers)  # the workers do not outlive their batch
    assert not out.exists()
    with partial.open("a") as torn:  # a power cut may leave a line half written
        torn.write('{"case_id": "half')

    code, err = run(capsys, "batch", source, "-o", out, "--resume", "--workers", "1")
    whole = tmp_path / "whole.jsonl"
    code_whole, err_whole = run(capsys, "batch", source, "-o", whole, "--workers", "1")
    assert (code, err) == (code_whole, err_whole)  # the summary covers the whole file
    assert "24 of" in err and "case ids appear more than once" in err
    assert out.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl", "out.jsonl", "whole.jsonl"]


def test_resume_refuses_a_partial_output_of_other_options_or_input(
    inputs, tmp_path, capsys, monkeypatch
):
    source = tmp_path / "in.jsonl"
    source.write_bytes(inputs["jsonl"].read_bytes())
    out = tmp_path / "out.jsonl"
    sidecar = tmp_path / "out.jsonl.partial.json"
    _interrupt_after(10, monkeypatch)
    code, err = run(capsys, "batch", source, "-o", out)
    assert code == 130 and f"kept in {out}.partial: the same command with --resume" in err
    monkeypatch.undo()

    code, err = run(capsys, "batch", source, "-o", out, "--resume", "--explain")
    assert code == 2 and "it was written for other options (explain False, lang None)" in err
    assert (tmp_path / "out.jsonl.partial").exists() and not out.exists()

    recorded = sidecar.read_text()
    sidecar.write_text(json.dumps(json.loads(recorded) | {"law": "sha256:another"}))
    code, err = run(capsys, "batch", source, "-o", out, "--resume")
    assert code == 2 and "another version of the law (sha256:another)" in err

    sidecar.write_text(recorded)
    with source.open("a") as more:
        more.write(json.dumps({"id": "LATE"}) + "\n")
    code, err = run(capsys, "batch", source, "-o", out, "--resume")
    assert code == 2 and f"{os.path.realpath(source)} as it was before it changed" in err


def test_resume_after_ctrl_c_continues_where_it_stopped(inputs, tmp_path, capsys, monkeypatch):
    out, whole = tmp_path / "out.jsonl", tmp_path / "whole.jsonl"
    _interrupt_after(20, monkeypatch)
    assert run(capsys, "batch", inputs["yaml"], "-o", out)[0] == 130
    monkeypatch.undo()
    assert len((tmp_path / "out.jsonl.partial").read_text().splitlines()) == 21
    code, err = run(capsys, "batch", inputs["yaml"], "-o", out, "--resume")
    assert (code, err) == run(capsys, "batch", inputs["yaml"], "-o", whole)
    assert out.read_bytes() == whole.read_bytes()


def _interrupt_after(cases: int, monkeypatch) -> None:
    """Ctrl-C once `cases` answers are written (chunks of 7)."""
    from service.cli import tally

    monkeypatch.setattr(records, "CHUNK", 7)
    add = tally.Tally.add

    def add_then_stop(self, answered):
        add(self, answered)
        if self.cases >= cases:
            raise KeyboardInterrupt

    monkeypatch.setattr(tally.Tally, "add", add_then_stop)


def test_progress_bar_on_a_terminal_only(inputs, tmp_path, capsys):
    code, err = run(capsys, "batch", inputs["jsonl"], "-o", tmp_path / "quiet.jsonl")
    assert code == 1 and "cases/s" not in err  # stderr is not a terminal here
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal
    batch = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "batch", inputs["jsonl"], "-o", tmp_path / "o.jsonl"],
        cwd=ROOT,
        stderr=follower,
        stdout=subprocess.DEVNULL,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            piece = os.read(leader, 4096)
        except OSError:  # the terminal is gone with the batch
            break
        if not piece:
            break
        shown += piece
    os.close(leader)
    assert batch.wait() == 1
    text = shown.decode()
    total = inputs["jsonl"].read_bytes().count(b"\n")
    assert "100%" in text and f"{total}/{total}" in text and "cases/s" in text
    assert "4 of" in text  # the summary after the bar
