"""Reading case documents (YAML or JSON files, JSON Lines for batches) and writing answers.

Each input yields either a raw case (a mapping, validated later by the engine) or a CaseError
saying why the input could not even be read, so a batch never loses a record. The command line
and the HTTP service both read batch lines and write answers through here.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import yaml

from schemas import yaml_loader
from schemas.determination import CaseError, Determination
from schemas.errors import FieldProblem


class DocumentError(Exception):
    """A whole file cannot be read (missing, not YAML/JSON)."""


def unreadable(where: str, problem: str) -> CaseError:
    return CaseError(error="unreadable", problems=[FieldProblem(field=where, problem=problem)])


def _unasked(answer) -> dict | None:
    """Explanations and actions are left out unless they were asked for (explain)."""
    if getattr(answer, "actions", 0) is None:
        return {"actions": True, "nationality": {"__all__": {"explanation"}}}
    return None


def answer_dict(answer) -> dict:
    """An answer (or any output model) as JSON has it, with the contract's field names."""
    return answer.model_dump(mode="json", by_alias=True, exclude=_unasked(answer))


def answer_json(answer: Determination | CaseError) -> str:
    """One answer as compact JSON: a batch output line, an HTTP answer."""
    return answer.model_dump_json(by_alias=True, exclude=_unasked(answer))


def parse_line(number: int, line: str | bytes):
    """One JSON Lines record: the raw case, a CaseError saying why it cannot be read, or None
    for a blank line (blank lines are not records)."""
    where = f"line {number}"
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            return unreadable(where, f"not UTF-8 text (byte {error.start + 1})")
    if not line.strip():
        return None
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        return unreadable(where, f"not valid JSON: {error.msg} (column {error.colno})")
    except RecursionError:
        return unreadable(where, "not valid JSON: nested too deeply")


def load_cases(path: Path) -> list:
    """The case(s) in a YAML or JSON file: one mapping, or a list of them."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"cannot read {path}: {error.strerror or error}") from None
    return read_cases(text, str(path))


def read_cases(text: str, name: str) -> list:
    """The case(s) in the text of a YAML or JSON document called `name` (a path, an upload)."""
    try:
        data = yaml_loader.load(text)
    except yaml.YAMLError as error:
        raise DocumentError(f"{name} is not valid YAML or JSON: {error}") from None
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise DocumentError(f"{name} holds no case: expected a mapping or a list of mappings")


def count_inputs(path: Path) -> int:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    return len(load_cases(path))


def iter_inputs(path: Path) -> Iterator:
    """Raw cases of a batch file, in order; an unreadable line yields a CaseError instead."""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        yield from load_cases(path)
        return
    try:
        lines = path.open("rb")  # bytes: a line that is not UTF-8 is one bad record, not all
    except OSError as error:
        raise DocumentError(f"cannot read {path}: {error.strerror or error}") from None
    with lines:
        for number, line in enumerate(lines, 1):
            record = parse_line(number, line)
            if record is not None:
                yield record
