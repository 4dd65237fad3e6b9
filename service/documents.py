"""Reading case documents (YAML or JSON files, JSON Lines for batches) and writing answers.

Each input yields either a raw case (a mapping, validated later by the engine) or a CaseError
saying why the input could not even be read, so a batch never loses a record: every line of a
JSON Lines file is one record (a blank one too), every item of a list is one. The command line
and the HTTP service both read batch lines and write answers through here.

A JSON array is read an item at a time, so a batch of any length screens in bounded memory.
A YAML document (or a JSON object) is read whole, so it may be at most WHOLE_DOCUMENT bytes:
a larger batch is given as JSON Lines or a JSON array.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import orjson
import yaml

from schemas import yaml_loader
from schemas.determination import CaseError, Determination
from schemas.errors import FieldProblem

JSON_LINES = (".jsonl", ".ndjson")
WHOLE_DOCUMENT = 8 * 1024 * 1024  # bytes of a document read whole (YAML, a JSON object)
_BOM = b"\xef\xbb\xbf"  # what spreadsheets put before the UTF-8 text they export


class DocumentError(Exception):
    """A whole file cannot be read (missing, not YAML/JSON)."""


def unreadable(where: str, problem: str) -> CaseError:
    return CaseError(error="unreadable", problems=[FieldProblem(field=where, problem=problem)])


def _unasked(answer) -> dict | None:
    """Explanations are left out unless they were asked for through the Engine (explain, which
    also gives the actions). What holds nothing (no actions, an error's line when it answers no
    numbered record) its model leaves out by itself (exclude_if): most answers need no
    `exclude`, which pydantic would otherwise walk at every answer."""
    explained = getattr(answer, "actions", 0) is None and any(
        r.explanation is not None for r in answer.nationality.values()
    )
    return {"nationality": {"__all__": {"explanation"}}} if explained else None


def answer_dict(answer) -> dict:
    """An answer (or any output model) as JSON has it, with the contract's field names."""
    return answer.model_dump(mode="json", by_alias=True, exclude=_unasked(answer))


def answer_json(answer: Determination | CaseError) -> str:
    """One answer as compact JSON: a batch output line, an HTTP answer."""
    return answer.model_dump_json(by_alias=True, exclude=_unasked(answer))


def parse_line(number: int, line: str | bytes):
    """One JSON Lines record: the raw case, or a CaseError saying why it cannot be read (a
    blank line is a record holding no case)."""
    if isinstance(line, bytes):
        try:  # the usual line, read several times faster than by json (as a number, an
            return orjson.loads(line)  # integer beyond 64 bits is read as the float it is near)
        except orjson.JSONDecodeError:
            pass  # read again below, to say why it cannot be read
    where = f"line {number}"
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            return _numbered(unreadable(where, f"not UTF-8 text (byte {error.start + 1})"), number)
    # a spreadsheet's byte order mark; the line's end, so that a line cut short is told where
    line = line.removeprefix("\ufeff").rstrip("\r\n")
    if not line.strip():
        return _numbered(unreadable(where, "blank line: it holds no case"), number)
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON: {error.msg} (column {error.colno})"
        return _numbered(unreadable(where, problem), number)
    except RecursionError:
        return _numbered(unreadable(where, "not valid JSON: nested too deeply"), number)


def _numbered(error: CaseError, number: int) -> CaseError:
    error.line = number
    return error


def load_cases(path: Path) -> list:
    """The case(s) in a YAML or JSON file: one mapping, or a list of them."""
    with _open(path) as stream:
        data = stream.read(WHOLE_DOCUMENT + 1)
    if len(data) > WHOLE_DOCUMENT:
        raise DocumentError(
            f"{path} is larger than {WHOLE_DOCUMENT // 2**20} MB, the most a YAML document may "
            "be: give a batch as JSON Lines (.jsonl, one case per line) or a JSON array (.json)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{path} is not UTF-8 text (byte {error.start + 1}): save it as UTF-8"
        ) from None
    return read_cases(text, str(path))


def read_cases(text: str, name: str) -> list:
    """The case(s) in the text of a YAML or JSON document called `name` (a path, an upload)."""
    try:
        data = yaml_loader.load(text.removeprefix("\ufeff"))
    except yaml_loader.ExpandsTooMuch as error:
        raise DocumentError(f"{name}: {error}") from None
    except yaml.YAMLError as error:
        raise DocumentError(f"{name} is not valid YAML or JSON: {error}") from None
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise DocumentError(f"{name} holds no case: expected a mapping or a list of mappings")


def iter_inputs(path: Path) -> Iterator:
    """Raw cases of a batch file, in order; an unreadable line yields a CaseError instead."""
    return (record for _, record in numbered_inputs(path))


def numbered_inputs(path: Path) -> Iterator[tuple[int, object]]:
    """(number, raw case or CaseError) for each record of a batch file, numbered from 1: each
    line of JSON Lines, each item of a list. DocumentError if the file cannot be read at all,
    or (a JSON array) stops being JSON part way."""
    suffix = path.suffix.lower()
    if suffix in JSON_LINES:
        yield from _lines(path)
    elif suffix == ".json" and _starts_array(path):
        yield from _array_items(path)
    else:
        yield from enumerate(load_cases(path), 1)


def _lines(path: Path) -> Iterator[tuple[int, object]]:
    for number, line in numbered_lines(path):
        yield number, parse_line(number, line)


def numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(number, bytes) for each line of a JSON Lines file, unparsed: a batch run on several
    processes parses each line where it is screened (parse_line)."""
    with _open(path) as lines:  # bytes: a line that is not UTF-8 is one bad record, not all
        yield from enumerate(lines, 1)


def _array_items(path: Path) -> Iterator[tuple[int, object]]:
    import ijson  # only a JSON array needs it: imported here, not at every start

    number = 0
    with _open(path) as stream:
        try:
            for number, item in enumerate(ijson.items(stream, "item", use_float=True), 1):
                yield number, item
        except ijson.JSONError as error:
            raise DocumentError(
                f"{path} stops being valid JSON after case {number}: {_first_line(error)}"
            ) from None


def _starts_array(path: Path) -> bool:
    """Whether a JSON file holds a list (read an item at a time) rather than one case."""
    with _open(path) as stream:
        start = stream.read(4096).lstrip()
    return start.startswith(b"[")


def _open(path: Path) -> BinaryIO:
    """The file's bytes after any byte order mark; DocumentError naming it if unreadable."""
    try:
        stream = path.open("rb")
        if stream.peek(len(_BOM)).startswith(_BOM):
            stream.read(len(_BOM))
    except OSError as error:
        raise DocumentError(f"cannot read {path}: {error.strerror or error}") from None
    return stream


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
