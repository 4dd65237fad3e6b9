"""What a batch has written: its cases, those that could not be screened, the case ids met more
than once, a progress bar on a terminal; the summary on stderr at the end.

Repeated ids are found exactly in bounded memory, whatever the input's size: while writing,
each id goes through a fixed-size Bloom filter (an id it may have seen before becomes a
candidate) and onto a spool file on disk; at the end the spool is read once to count the
candidates exactly, so a false alarm of the filter is never reported. The filter (16 MiB) keeps
the candidates few up to tens of millions of cases; past CANDIDATES of them the summary says
"at least".
"""

import json
import sys
import tempfile
from pathlib import Path

import orjson

from schemas.errors import echo
from service.cli.records import Answered


class Tally:
    SHOWN = 5  # repeated ids named in the summary
    CANDIDATES = 200_000  # ids kept for the exact count at the end

    def __init__(self, progress: bool, total: int | None = None):
        self.cases, self.errors = 0, 0
        self._seen = _Bloom()
        self._candidates: set[str] = set()
        self._overflow = False
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (end closes it)
        self._bar = _bar(total) if progress else None

    def add(self, answered: Answered) -> None:
        self.errors += answered.errors
        self._count(answered.ids)
        self.cases += answered.cases
        if self._bar is not None:
            self._bar.update(answered.cases)

    def add_written(self, line: str) -> None:
        """An output line written by an earlier run (--resume): the summary covers the file."""
        written = json.loads(line)
        self.cases += 1
        self.errors += "error" in written
        self._count([written.get("case_id")])
        if self._bar is not None:
            self._bar.update(1)

    def _count(self, case_ids: list[str | None]) -> None:
        """Spool the ids (None: an answer with none), and keep those the filter may have seen."""
        ids = [case_id for case_id in case_ids if case_id is not None]
        self._spool.write(b"".join(orjson.dumps(case_id) + b"\n" for case_id in ids))
        for case_id in ids:
            if self._seen.add(case_id):
                if len(self._candidates) < self.CANDIDATES:
                    self._candidates.add(case_id)
                else:
                    self._overflow = True

    def repeated(self) -> list[str]:
        """The ids met more than once, in the order first met again: the spool read once."""
        if not self._candidates:
            return []
        met: dict[str, int] = {}
        again: dict[str, None] = {}
        self._spool.seek(0)
        for line in self._spool:
            case_id = orjson.loads(line)
            if case_id in self._candidates:
                met[case_id] = met.get(case_id, 0) + 1
                if met[case_id] == 2:
                    again[case_id] = None
        return list(again)

    def end(self, failure: str | None, kept: str | None = None) -> None:
        """The summary on stderr; after a failure, what became of the output (`kept`)."""
        if self._bar is not None:
            self._bar.close()
        try:
            if failure:
                print(f"nationality: {failure}{'; ' + kept if kept else ''}", file=sys.stderr)
                return
            if self.errors:
                print(f"{self.errors} of {self.cases} cases could not be screened", file=sys.stderr)
            if repeated := self.repeated():
                many = f"at least {len(repeated)}" if self._overflow else str(len(repeated))
                first = ", ".join(echo(i) for i in repeated[: self.SHOWN])
                print(
                    f"warning: {many} case ids appear more than once (first: {first})",
                    file=sys.stderr,
                )
        finally:
            self._spool.close()


class _Bloom:
    """A fixed-size set that may answer "seen" for an id never added, never the reverse."""

    BITS = 1 << 27  # 16 MiB
    MASK = BITS - 1
    HASHES = 7

    def __init__(self):
        self._bits = bytearray(self.BITS // 8)

    def add(self, key: str) -> bool:
        """Add `key`; whether it may have been added before. Its bits come from Python's own
        hash of the string (the same for the same text all through one run, which is all a
        filter that lives for one run needs): one part of it places the first bit, another
        steps to the others; both below BITS, so the sums stay small integers, cheap to add."""
        hashed = hash(key)
        one, two = hashed & self.MASK, (hashed >> 32) & self.MASK | 1
        bits, seen = self._bits, True
        for bit in range(one, one + self.HASHES * two, two):
            bit &= self.MASK
            byte, mask = bit >> 3, 1 << (bit & 7)
            if not bits[byte] & mask:
                seen = False
                bits[byte] |= mask
        return seen


def _bar(total: int | None):
    """tqdm's bar on stderr: cases written, the rate, and the time remaining when the total is
    known."""
    from tqdm import tqdm

    return tqdm(total=total, unit=" cases", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def progress_shown(output: Path | None) -> bool:
    """A bar only on a terminal, and only when the answers go to a file (not onto the bar)."""
    return output is not None and sys.stderr.isatty()
