"""The `nationality` command under careless input (issue 14): output onto input, alias bombs,
huge lists, non-UTF-8 and BOM files, blank and null lines, Ctrl-C, unwritable outputs."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
import yaml

from service import documents
from service.cli import _parser, main
from service.cli.records import Answered
from service.cli.tally import Tally
from tests.test_cli import CASE, ROOT, run, write

BOM = b"\xef\xbb\xbf"


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("command", ["screen", "batch"])
@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_an_output_that_is_the_input_is_refused(tmp_path, capsys, command, alias):
    source = write(tmp_path, "c.yaml", [CASE])
    before = source.read_bytes()
    output = {"same": source, "symlink": tmp_path / "l.yaml", "hardlink": tmp_path / "h.yaml"}
    output = output[alias]
    if alias == "symlink":
        output.symlink_to(source)
    elif alias == "hardlink":
        os.link(source, output)
    code, _, err = run(capsys, command, str(source), "-o", str(output))
    assert code == 2
    assert f"{output} is the input {source}" in err
    assert source.read_bytes() == before


def test_a_failed_batch_leaves_the_file_that_was_there(tmp_path, capsys):
    broken = tmp_path / "in.json"  # two good cases, then the array stops being JSON
    broken.write_text("[" + json.dumps(CASE) + "," + json.dumps(CASE) + ", {oops")
    out = tmp_path / "out.jsonl"
    out.write_text("the good old answers\n")
    code, _, err = run(capsys, "batch", str(broken), "-o", str(out))
    assert code == 2
    assert "stops being valid JSON after case 2" in err and f"nothing written to {out}" in err
    assert out.read_text() == "the good old answers\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "out.jsonl"]


def test_an_unwritable_output_is_said_and_nothing_is_written(tmp_path, capsys):
    source = write(tmp_path, "c.yaml", CASE)
    code, _, err = run(capsys, "screen", str(source), "-o", str(tmp_path))
    assert code == 2 and f"cannot write {tmp_path}: it is a folder" in err
    missing = tmp_path / "no" / "out.jsonl"
    code, _, err = run(capsys, "batch", str(source), "-o", str(missing))
    assert code == 2 and f"cannot write {missing}: No such file or directory" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_a_yaml_alias_bomb_is_refused_before_validation(tmp_path, capsys):
    anchors = ["a0: &b0 [CR, CR, CR, CR, CR, CR, CR, CR, CR]"] + [
        f"a{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]" for i in range(1, 9)
    ]
    case = yaml.safe_dump({**CASE, "person": {**CASE["person"], "birth_registered_in": "@"}})
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(anchors) + "\n" + case.replace("'@'", "*b8"))
    code, out, err = run(capsys, "screen", str(bomb))
    assert code == 2 and out == ""
    assert f"{bomb}: the document expands too much" in err and len(err) < 300


def test_an_error_echoes_a_huge_value_only_in_part(tmp_path, capsys):
    nested = [[["x"] * 1000] * 1000]  # a million values through shared lists
    case = {**CASE, "as_of": nested, "person": {**CASE["person"], "birth_country": "Q" * 10**6}}
    source = tmp_path / "c.json"
    source.write_text(json.dumps([case, case]))
    code, out, _ = run(capsys, "batch", str(source))
    assert code == 1
    for answer in lines_of(out):
        shown = {p["field"]: p["problem"] for p in answer["problems"]}
        assert set(shown) == {"as_of", "person.birth_country"}
        assert all(len(problem) < 200 for problem in shown.values()), shown


def test_a_yaml_list_too_large_to_read_whole_is_refused_with_advice(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(documents, "WHOLE_DOCUMENT", 1000)
    source = tmp_path / "many.yaml"
    source.write_text(json.dumps([{**CASE, "id": str(i)} for i in range(20)]))
    code, _, err = run(capsys, "batch", str(source))
    assert code == 2 and "give a batch as JSON Lines (.jsonl" in err


def test_a_60000_case_json_array_screens_in_bounded_memory(tmp_path):
    """What is bounded is the reading: every hundredth item is a case to screen, the others
    records refused at once (no person), so the test costs seconds, not a minute, and still
    holds one output per item. That screening itself keeps memory flat is bench/screen.py's."""
    cases = (
        json.dumps({**CASE, "id": f"C{i}"} if i % 100 == 0 else {"id": f"C{i}", "title": "x" * 400})
        for i in range(60_000)
    )
    source = tmp_path / "big.json"
    source.write_text("[\n" + ",\n".join(cases) + "\n]\n")
    # VmHWM is this program's own peak: ru_maxrss would count the forking test process's
    program = (
        "import re, sys\n"
        "from service.cli import main\n"
        "code = main(['batch', sys.argv[1], '-o', sys.argv[2]])\n"
        "status = open('/proc/self/status').read()\n"
        "print(code, int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)\n"
    )
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", program, str(source), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    code, peak_mb = map(int, done.stdout.split())
    assert code == 1, done.stderr  # the records without a person could not be screened
    # the file is 26 MB; read whole (twice, as before) it took several hundred MB
    assert peak_mb < 150, f"peak {peak_mb} MB"
    with out.open() as answers:
        assert sum(1 for _ in answers) == 60_000


def test_a_file_that_is_not_utf8_is_said_not_raised(tmp_path, capsys):
    binary = tmp_path / "c.yaml"
    binary.write_bytes(b"id: \xff\xfe\x00\x01 binary")
    code, _, err = run(capsys, "screen", str(binary))
    assert code == 2 and f"{binary} is not UTF-8 text (byte 5)" in err
    code, _, err = run(capsys, "batch", str(binary))
    assert code == 2 and "not UTF-8" in err
    lines = tmp_path / "in.jsonl"
    lines.write_bytes(json.dumps(CASE).encode() + b"\n\xff\xfe\n" + json.dumps(CASE).encode())
    code, out, _ = run(capsys, "batch", str(lines))
    answers = lines_of(out)
    assert code == 1 and len(answers) == 3
    assert answers[1]["line"] == 2 and answers[1]["problems"][0]["problem"].startswith("not UTF-8")


@pytest.mark.parametrize("name", ["c.yaml", "c.json", "c.jsonl"])
def test_a_byte_order_mark_does_not_break_the_first_case(tmp_path, capsys, name):
    source = tmp_path / name
    text = json.dumps(CASE) if name == "c.jsonl" else json.dumps([CASE, {**CASE, "id": "2"}])
    source.write_bytes(BOM + text.encode())
    code, out, _ = run(capsys, "batch", str(source))
    assert code == 0 and lines_of(out)[0]["case_id"] == "CLI-1"
    if name != "c.jsonl":
        code, out, _ = run(capsys, "screen", str(source), "--json")
        assert code == 0 and json.loads(out)[0]["case_id"] == "CLI-1"


def test_every_input_line_gets_one_output_line_that_names_it(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    rows = [json.dumps(CASE), "null", "", "   ", json.dumps({**CASE, "as_of": "x"}), "[]"]
    source.write_text("\r\n".join(rows) + "\r\n")  # a final newline is not a line
    code, out, err = run(capsys, "batch", str(source))
    answers = lines_of(out)
    assert code == 1 and "5 of 6 cases could not be screened" in err
    assert len(answers) == len(rows)
    assert "line" not in answers[0] and answers[0]["case_id"] == "CLI-1"
    assert [a["line"] for a in answers[1:]] == [2, 3, 4, 5, 6]
    assert [a["error"] for a in answers[2:4]] == ["unreadable", "unreadable"]
    assert "blank line" in answers[2]["problems"][0]["problem"]
    assert answers[4]["error"] == "invalid_case" and answers[4]["case_id"] == "CLI-1"


def test_a_line_cut_short_is_told_where_it_stops(tmp_path, capsys):
    """The column counts from the line's own text, not past its end: a record a spreadsheet
    cut off is placed where it stops, whatever the line ending."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "x2", "person": \r\n{"id": "x3",}\n')
    code, out, _ = run(capsys, "batch", str(source))
    problems = [a["problems"][0]["problem"] for a in lines_of(out)]
    assert code == 1
    assert problems == [
        "not valid JSON: Expecting value (column 24)",
        "not valid JSON: Expecting property name enclosed in double quotes (column 13)",
    ]


def test_errors_in_a_list_name_their_place(tmp_path, capsys):
    source = write(tmp_path, "c.yaml", [CASE, {**CASE, "as_of": "never"}])
    code, out, _ = run(capsys, "screen", str(source), "--json")
    assert code == 1
    assert json.loads(out)[1]["line"] == 2 and "line" not in json.loads(out)[0]


def test_repeated_ids_are_a_warning_in_the_summary(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    ids = ["A", "B", "A", "C", "B", "A"]
    source.write_text("\n".join(json.dumps({**CASE, "id": i}) for i in ids))
    code, out, err = run(capsys, "batch", str(source))
    assert code == 0 and len(lines_of(out)) == 6
    assert "warning: 2 case ids appear more than once (first: 'A', 'B')" in err


def test_repeated_ids_are_counted_exactly_among_many():
    """The filter may think an id seen that was not; the count at the end never does."""
    summary = Tally(progress=False)
    ids = [f"GT-{k:07d}" for k in range(60_000)] + ["GT-0000007", "Ñandú", None, "Ñandú"]
    summary.add(Answered(0, "", ids=ids, errors=1))
    assert summary.cases == len(ids) and summary.errors == 1
    assert summary.repeated() == ["GT-0000007", "Ñandú"]
    summary.end(None)


def test_ctrl_c_in_a_batch_keeps_what_was_written_for_resume(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({**CASE, "id": f"C{i}"}) for i in range(20_000)))
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    batch = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "batch", str(source), "-o", str(out)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    partial = tmp_path / "out.jsonl.partial"
    while not (partial.exists() and partial.stat().st_size):
        assert batch.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    batch.send_signal(signal.SIGINT)
    _, err = batch.communicate(timeout=120)
    assert batch.returncode == 130
    assert err.startswith("nationality: interrupted after ") and "Traceback" not in err
    assert f"answers kept in {partial}: the same command with --resume continues it" in err
    assert out.read_text() == "kept\n"  # the output is whole or not there (issue 16: resume)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "in.jsonl", "out.jsonl", "out.jsonl.partial", "out.jsonl.partial.json"
    ]


def test_rules_take_a_country_in_any_case_and_name_an_unknown_one(capsys):
    code, out, _ = run(capsys, "rules", "--country", "cr")
    assert code == 0 and "CR.birth.soli_foreign_parents" in out and "\n0 rules" not in out
    code, _, err = run(capsys, "rules", "--country", "XX")
    assert code == 2 and "--country XX: not an ISO 3166-1 alpha-2 country code" in err
    code, _, err = run(capsys, "rules", "--coverage", "--country", "ec")
    assert code == 2 and "--country EC: the law has no rule pack for it" in err


def test_before_needs_a_reform_and_schemas_needs_a_folder(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--before", "rules"])
    assert exit.value.code == 2 and "--before needs --reform" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit:
        main(["schemas"])
    assert exit.value.code == 2 and "-o/--output" in capsys.readouterr().err


def test_every_argument_says_what_it_is_for():
    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, command in [("nationality", parser), *commands.items()]:
        for action in command._actions:
            assert action.help, f"{name} {action.dest}: no help text"
