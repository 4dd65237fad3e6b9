"""Where the command line's output goes, and what its exit code says.

A file is written whole or not at all: through a temporary file beside it, renamed into place
only once complete, so a failure or Ctrl-C leaves the file that was there untouched. An output
that is one of the command's inputs (by any name: a symlink, a hardlink) is refused before
anything is written.
"""

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

# exit codes, the same for every command (README: Using it)
SCREENED = 0  # everything asked was done (every case screened)
NOT_SCREENED = 1  # the run finished, but some cases could not be screened (errors in place)
USAGE = 2  # a wrong option, an unreadable input, an output that cannot be written
LAW = 3  # the rules (or the Python running them) cannot be used
INTERRUPTED = 130  # Ctrl-C


class OutputError(Exception):
    """The output cannot be written where it was asked for."""


def said(error: OSError) -> str:
    """An operating system error as a sentence naming the file, not a Python repr."""
    where = f"{error.filename}: " if error.filename else ""
    return f"{where}{error.strerror or error}"


def failed(error, code: int = USAGE) -> int:
    """A command that cannot go on: why, on stderr in one line (an OS error as a sentence
    naming the file), and its exit code."""
    print(f"nationality: {said(error) if isinstance(error, OSError) else error}", file=sys.stderr)
    return code


@contextmanager
def written(path: Path | None, *inputs: Path | None) -> Iterator[TextIO]:
    """A text stream for the output: stdout, or a temporary file that becomes `path` only if
    the block completes. OutputError if `path` is one of `inputs` or cannot be created."""
    if path is None:
        yield sys.stdout
        return
    refuse_onto_input(path, inputs)
    target = Path(os.path.realpath(path))  # through a symlink: its file is replaced, not it
    if target.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    if target.exists() and not target.is_file():  # /dev/null, /dev/stdout, a pipe: as it is
        with _opened(path) as stream:
            yield stream
        return
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
        os.chmod(temporary, kept_mode(target))
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


@contextmanager
def _opened(path: Path) -> Iterator[TextIO]:
    try:
        stream = path.open("w", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    with stream:
        yield stream


def emit(text: str, path: Path | None, *inputs: Path | None) -> None:
    """Write a whole text (a report, JSON) to `path` or stdout, ending it with a newline."""
    with written(path, *inputs) as out:
        out.write(text if text.endswith("\n") else text + "\n")


def refuse_onto_input(path: Path, inputs) -> None:
    for source in inputs:
        if source is None:
            continue
        try:
            same = os.path.samefile(path, source)
        except OSError:  # one of them does not exist (yet): not the same file
            same = False
        if same:
            raise OutputError(
                f"{path} is the input {source}: writing there would destroy it; "
                "choose another output file"
            )


def kept_mode(target: Path) -> int:
    """The permissions the output keeps: those of the file it replaces, else the usual."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
