"""Reading case documents: YAML or JSON files, and JSON Lines for batches.

Each input yields either a raw case (a mapping, validated later by the engine) or a CaseError
saying why the input could not even be read, so a batch never loses a record.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import yaml

from schemas import yaml_loader
from schemas.determination import CaseError
from schemas.errors import FieldProblem


class DocumentError(Exception):
    """A whole file cannot be read (missing, not YAML/JSON)."""


def unreadable(where: str, problem: str) -> CaseError:
    return CaseError(error="unreadable", problems=[FieldProblem(field=where, problem=problem)])


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
        with path.open(encoding="utf-8") as lines:
            return sum(1 for line in lines if line.strip())
    return len(load_cases(path))


def iter_inputs(path: Path) -> Iterator:
    """Raw cases of a batch file, in order; an unreadable line yields a CaseError instead."""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        yield from load_cases(path)
        return
    try:
        lines = path.open(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"cannot read {path}: {error.strerror or error}") from None
    with lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                yield unreadable(f"line {number}", f"not valid JSON: {error.msg}")
