"""A batch's output file written so that an interrupted run can be continued (`--resume`).

`-o OUT` is written as OUT.partial, renamed to OUT only once complete; beside it
OUT.partial.json says what the partial output belongs to: the input files (path, size, time
of modification, a hash of their first and last MiB), the law's digest and the options that
change the answers. A run that stops (Ctrl-C, a killed process, a power cut) keeps both;
`--resume` checks that the input, the law and the options are the same, cuts a last line left
half written, and continues after the last complete line, so the file it ends with is the one
an uninterrupted run writes. A run without --resume starts over.
"""

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from service.cli.output import OutputError, kept_mode, refuse_onto_input
from service.documents import DocumentError

SAMPLED = 1 << 20  # bytes of each end of an input file hashed into its identity


class ResumeRefused(Exception):
    """The partial output belongs to another input, law or options."""


def partial_of(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def _sidecar(output: Path) -> Path:
    return output.with_name(output.name + ".partial.json")


def identity(inputs: list[Path], digest: str, options: dict) -> dict:
    """What a partial output belongs to: each input file, the law, the options."""
    return {"inputs": [_file_identity(p) for p in inputs], "law": digest, "options": options}


def _file_identity(path: Path) -> dict:
    stat = path.stat()
    sampled = hashlib.sha256()
    with path.open("rb") as stream:
        sampled.update(stream.read(SAMPLED))
        if stat.st_size > 2 * SAMPLED:
            stream.seek(-SAMPLED, os.SEEK_END)
        sampled.update(stream.read(SAMPLED))
    return {
        "path": os.path.realpath(path),
        "size": stat.st_size,
        "modified_ns": stat.st_mtime_ns,
        "sha256_ends": sampled.hexdigest(),
    }


def resumable(output: Path) -> bool:
    """Whether `output` can be written as a partial file: a file, not a device or a pipe."""
    target = Path(os.path.realpath(output))
    return not target.exists() or target.is_file()


@contextmanager
def written_resumably(
    output: Path, inputs: list[Path], belongs: dict, resume: bool
) -> Iterator[tuple[TextIO, Iterator[str]]]:
    """The stream to append answers to and the lines an earlier run wrote (when resuming). On
    completion OUT.partial becomes OUT; when the run stops they stay for --resume, unless the
    input itself cannot be read (DocumentError)."""
    refuse_onto_input(output, inputs)
    target = Path(os.path.realpath(output))
    if target.is_dir():
        raise OutputError(f"cannot write {output}: it is a folder; give a file name")
    partial, sidecar = partial_of(target), _sidecar(target)
    done = _continued(partial, sidecar, belongs) if resume and partial.exists() else None
    try:
        stream = partial.open("a" if done is not None else "w", encoding="utf-8")
        if done is None:
            sidecar.write_text(json.dumps(belongs, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from None
    try:
        with stream:
            yield stream, done or iter(())
    except DocumentError:  # the input is at fault: resuming would meet it again
        partial.unlink(missing_ok=True)
        sidecar.unlink(missing_ok=True)
        raise
    os.chmod(partial, kept_mode(target))
    os.replace(partial, target)
    sidecar.unlink(missing_ok=True)


def _continued(partial: Path, sidecar: Path, belongs: dict) -> Iterator[str]:
    """The complete lines of an earlier run's partial output, its torn last line cut off;
    ResumeRefused if it was written for another input, law or options."""
    try:
        recorded = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ResumeRefused(
            f"cannot resume {partial}: {sidecar.name}, which says what it belongs to, is missing "
            "or damaged; run without --resume to start over"
        ) from None
    if (differs := _difference(recorded, belongs)) is not None:
        raise ResumeRefused(
            f"cannot resume {partial}: it was written for {differs}; run without --resume "
            "to start over"
        )
    _cut_torn_line(partial)
    return _lines_of(partial)


def _cut_torn_line(partial: Path) -> None:
    """Cut what follows the last newline: a line the interrupted run left half written."""
    with partial.open("rb+") as stream:
        end = stream.seek(0, os.SEEK_END)
        while end > 0:
            start = max(0, end - (1 << 16))
            stream.seek(start)
            newline = stream.read(end - start).rfind(b"\n")
            if newline >= 0:
                stream.truncate(start + newline + 1)
                return
            end = start
        stream.truncate(0)


def _lines_of(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as stream:
        yield from stream


def _difference(recorded: dict, belongs: dict) -> str | None:
    """What differs between the run that wrote a partial output and this one, in words."""
    if recorded.get("law") != belongs["law"]:
        return f"another version of the law ({recorded.get('law')})"
    if recorded.get("options") != belongs["options"]:
        return f"other options ({_options(recorded.get('options'))})"
    before, now = recorded.get("inputs", []), belongs["inputs"]
    if [f["path"] for f in before] != [f["path"] for f in now]:
        return f"other input files ({', '.join(f.get('path', '?') for f in before)})"
    for was, this in zip(before, now, strict=True):
        if was != this:
            return f"{this['path']} as it was before it changed"
    return None


def _options(options) -> str:
    return ", ".join(f"{k} {v}" for k, v in (options or {}).items())
