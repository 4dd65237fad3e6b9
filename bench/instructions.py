"""Benchmark: the batch's cost per case against the I/O floor's, in instructions.

    python -m bench.instructions [--cases 1000]

bench.batch compares CPU seconds, which swing by a fifth or more on a shared machine. This
counts instructions instead (valgrind's cachegrind: the same count on every run, give or take
half a per cent), so a change to the engine can be judged on any machine, loaded or not:
  - the batch: each worked case (tests/worked_cases, cycled) read from its JSON line, screened
    and written as its answer line, as `batch --workers 1` does (service/cli/records.py), after
    300 cases that warm the engine and its caches;
  - the floor: the same lines through json.loads and json.dumps.
Each is counted with and without the cases, so start-up and warm-up cancel out. Needs valgrind
(`apt install valgrind`); takes a minute or two. Instructions are not time: the engine's Python
runs at fewer instructions per cycle than the floor, so the CPU ratio (bench.batch) is higher
than this one (1.5 to 2 times, by machine). Results also go to bench/results/instructions.json.
"""

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench import reported
from bench.batch import worked_lines

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 300


def batch(count: int) -> None:
    """Screen `count` worked cases after the warm-up, as a batch does."""
    from engine import default_engine
    from service.cli.records import Chunk, Options, answer_chunk

    lines = [line.encode() for line in _cycled(WARM_UP + count)]
    engine = default_engine()
    answer_chunk(engine, Chunk(0, 1, lines[:WARM_UP], True), Options())
    if count:
        answer_chunk(engine, Chunk(0, WARM_UP + 1, lines[WARM_UP:], True), Options())


def floor(count: int) -> None:
    """Parse and re-serialize `count` worked case lines: what any batch pays."""
    for line in _cycled(count):
        json.dumps(json.loads(line), ensure_ascii=False)


def _cycled(count: int) -> list[str]:
    return list(itertools.islice(itertools.cycle(worked_lines()), count))


def counted(part: str, count: int) -> int:
    """Instructions of a fresh interpreter running `part` over `count` cases."""
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, "-m", "bench.instructions", "--run", part, "--cases", str(count),
    ]  # fmt: skip
    environment = os.environ | {"PYTHONHASHSEED": "0"}  # the same sets and dicts every run
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"valgrind did not count {part}: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_case(part: str, count: int) -> int:
    return (counted(part, count) - counted(part, 0)) // count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--run", choices=("batch", "floor"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:  # inside valgrind
        {"batch": batch, "floor": floor}[args.run](args.cases)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("bench.instructions needs valgrind (apt install valgrind)")
    # once outside valgrind: the law cache (engine/cache.py) is built, so no count includes it
    warm = [sys.executable, "-m", "bench.instructions", "--run", "batch", "--cases", "0"]
    subprocess.run(warm, cwd=ROOT, check=True)
    batch_each, floor_each = per_case("batch", args.cases), per_case("floor", args.cases * 5)
    reported(
        "instructions",
        {
            "cases": args.cases,
            "batch_instructions_per_case": batch_each,
            "floor_instructions_per_case": floor_each,
            "batch_vs_floor": round(batch_each / floor_each, 2),
        },
    )


if __name__ == "__main__":
    main()
