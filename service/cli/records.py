"""A batch's records, from its input files to its output lines, the same on every path: in this
process, in worker processes (service/cli/parallel.py), on a Dask cluster
(service/cli/cluster.py). The input is cut into chunks of records in input order; `answer_chunk`
turns a chunk into its output lines wherever it runs, so every path writes the same bytes.

A JSON Lines chunk carries the raw lines (bytes), parsed where they are screened; a JSON array
or a YAML list is read by the parent anyway, so its chunks carry the records as read.
"""

import glob
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from schemas.determination import CaseError
from service.documents import (
    JSON_LINES,
    DocumentError,
    answer_json,
    numbered_inputs,
    numbered_lines,
    parse_line,
)

CHUNK = 200  # records sent to a worker at once: a fraction of a second of screening


@dataclass(frozen=True)
class Options:
    """What the answers depend on besides the law: the same for every record of a batch."""

    lang: str | None = None
    explain: bool = False


@dataclass(frozen=True)
class LawChoice:
    """The law a batch is screened under, as a worker rebuilds it: the rules directory, the
    reform (if any) and the digest every worker's law must have."""

    rules: str | None
    reform: Path | None
    before: bool
    digest: str


class OtherLaw(Exception):
    """A worker's law is not the one the batch is screened under."""


@dataclass
class Chunk:
    """Records in input order: `lines` (raw JSON Lines, bytes) or records already read. `part`
    is the input file they come from; `first` the number of the first (from 1)."""

    part: int
    first: int
    records: list
    lines: bool


@dataclass
class Answered:
    """A chunk's output lines, and what the summary needs of them."""

    part: int
    text: str
    ids: list = field(default_factory=list)  # each answer's case id (None: none)
    errors: int = 0

    @property
    def cases(self) -> int:
        return len(self.ids)


_engines: dict = {}  # per process: the engine of each law asked for, built on first use


def engine_for(law: LawChoice):
    """This process's engine for `law`, built once; OtherLaw naming this host if its rules are
    not the batch's (a worker installed with another version of the law)."""
    if law not in _engines:
        from engine import default_engine

        engine = default_engine(law.rules)
        if law.reform is not None:
            from service.cli.lab import under_reform

            engine = under_reform(engine, SimpleNamespace(**vars(law)))
        if engine.law.digest != law.digest:
            raise OtherLaw(
                f"the worker on {socket.gethostname()} (process {os.getpid()}) has the law "
                f"{engine.law.version} ({engine.law.digest}), not the batch's {law.digest}: "
                "install the same version of the package on every worker"
            )
        _engines[law] = engine
    return _engines[law]


def answer(engine, number: int, record, options: Options, line: bool):
    """One input record as its answer: a raw JSON Lines `line` is parsed first; a record that
    cannot be read or screened is its CaseError, numbered."""
    found = parse_line(number, record) if line else record
    if not isinstance(found, CaseError):
        found = engine.screen_data(found, options.lang, options.explain)
    if isinstance(found, CaseError):
        found.line = number
    return found


def answer_chunk(engine, chunk: Chunk, options: Options) -> Answered:
    """A chunk's output lines, in order: one per record."""
    done = Answered(chunk.part, "")
    lines = []
    for number, record in enumerate(chunk.records, chunk.first):
        found = answer(engine, number, record, options, chunk.lines)
        lines.append(answer_json(found) + "\n")
        done.ids.append(found.case_id)
        done.errors += isinstance(found, CaseError)
    done.text = "".join(lines)
    return done


def partitions(given: Path) -> list[Path]:
    """The input files: the file given, or the JSON Lines files of a folder or a glob pattern,
    in sorted order. DocumentError if a folder or pattern holds none."""
    if given.is_dir():
        found = sorted(p for p in given.iterdir() if p.suffix.lower() in JSON_LINES)
    elif given.exists() or not glob.has_magic(str(given)):
        return [given]
    else:
        found = sorted(Path(p) for p in glob.glob(str(given)) if Path(p).is_file())
    if not found:
        raise DocumentError(f"{given} holds no JSON Lines files (.jsonl, .ndjson)")
    return found


def chunks(
    inputs: list[Path], skip: int = 0, each_numbered: bool = False, size: int | None = None
) -> Iterator[Chunk]:
    """The records of the input files in order, `size` at a time, after the first `skip`. They
    are numbered across all files, or from 1 in each file (`each_numbered`: a partition's output
    file answers its input file). A chunk never spans two files."""
    size = size or CHUNK
    seen = 0
    for part, path in enumerate(inputs):
        is_lines = path.suffix.lower() in JSON_LINES
        records = numbered_lines(path) if is_lines else numbered_inputs(path)
        offset = 0 if each_numbered else seen
        pending: list = []
        number = 0
        try:
            for number, record in records:
                seen += 1
                if seen <= skip:
                    continue
                pending.append(record)
                if len(pending) == size:
                    yield Chunk(part, offset + number - size + 1, pending, is_lines)
                    pending = []
        except DocumentError:  # a list that stops being JSON part way: what came before counts
            if pending:
                yield Chunk(part, offset + number - len(pending) + 1, pending, is_lines)
            raise
        if pending:
            yield Chunk(part, offset + number - len(pending) + 1, pending, is_lines)


def count_records(inputs: list[Path]) -> int | None:
    """How many records the input holds, counted cheaply (lines), for a progress bar's time
    remaining; None when a file is not JSON Lines (a list is counted only by reading it)."""
    total = 0
    for path in inputs:
        if path.suffix.lower() not in JSON_LINES:
            return None
        last = b"\n"
        with path.open("rb") as stream:
            while block := stream.read(1 << 20):
                total += block.count(b"\n")
                last = block[-1:]
        total += last != b"\n"  # a last line without its newline
    return total
