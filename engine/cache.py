"""What is slow to build and the same on every run (the validated law, the reference tables)
kept on disk between runs, so a one-case `nationality screen` starts fast.

Each entry is named by a key over everything it was built from: its own inputs (the rule
files' digest, the reference data), the engine's and the schemas' source code, and the Python
and library versions that can read it. A change to any of them is a different key, so an entry
is never stale; a missing, corrupt, unreadable or unwritable cache is silently rebuilt, never an
error for the user. Files are written whole and renamed into place, so a reader never sees half
of one. The directory: NATIONALITY_CACHE_DIR, else $XDG_CACHE_HOME/mirps-nationality, else
~/.cache/mirps-nationality.
"""

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pydantic
import pydantic_core
import yaml

PACKAGE = Path(__file__).resolve().parent
SOURCES = (PACKAGE, PACKAGE.parent / "schemas")  # the code that decides what an entry holds
KEPT = 8  # entries kept per kind (older ones: rule files since edited)

T = TypeVar("T")


def directory() -> Path:
    if os.environ.get("NATIONALITY_CACHE_DIR"):
        return Path(os.environ["NATIONALITY_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mirps-nationality"


def cached(kind: str, inputs: str, build: Callable[[], T], valid: Callable[[T], bool]) -> T:
    """build()'s value, read from the cache when an entry for these `inputs` (a digest of what
    build reads) and this code is there and `valid`; else built and stored for the next run."""
    path = directory() / f"{kind}-{_key(inputs)}.pickle"
    with contextlib.suppress(Exception):  # missing, corrupt, from another version: rebuild
        value = pickle.loads(path.read_bytes())
        if valid(value):
            return value
    value = build()
    _store(path, value)
    return value


def file_digest(*paths: Path) -> str:
    """sha256 over the files' names and contents (a key's inputs)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _key(inputs: str) -> str:
    return hashlib.sha256(f"{inputs}\0{_code()}".encode()).hexdigest()[:32]


@lru_cache(maxsize=1)
def _code() -> str:
    """The engine's and schemas' source, and the versions of what builds and reads an entry."""
    sources = sorted(p for root in SOURCES for p in root.rglob("*.py"))
    versions = [sys.version, pydantic.VERSION, pydantic_core.__version__, yaml.__version__]
    return file_digest(*sources) + "\0".join(versions)


def _store(path: Path, value) -> None:
    """Write the entry whole, then rename it into place; any failure leaves no entry."""
    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as out:
            temporary = Path(out.name)
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        _prune(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _prune(path: Path) -> None:
    """Keep the newest KEPT entries of this kind: the others were built from files since
    changed."""
    kind = path.name.rsplit("-", 1)[0]
    entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=_modified, reverse=True)
    for old in entries[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
