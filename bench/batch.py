"""Benchmark: `nationality batch` against the I/O floor, and one-case start-up.

    python -m bench.batch [--cases 20000] [--repeat 3] [--runs 5]

In one run, on the worked cases (tests/worked_cases) cycled to `--cases` JSON Lines:
  - the CPU (user + sys) of `nationality batch IN -o OUT --workers 1` in a subprocess, all
    packs loaded;
  - the I/O floor: reading the same lines, json.loads, json.dumps and writing them, in this
    process; the ratio batch / floor (target <= 8x), and cases/s per core of CPU end to end.
    Each is taken `--repeat` times, alternating, and the least kept: a machine's noise (another
    process, a cold cache) only ever adds CPU, so the least is the closest to the cost itself;
  - the CPU of a one-case `nationality screen examples/... --json` (median of `--runs`), against
    the 0.35 s target. Measured as users run it: with bytecode (.pyc) written, whatever
    PYTHONDONTWRITEBYTECODE says here, and after one unmeasured run that writes it and the law
    cache (engine/cache.py), so the runs measured are warm starts.
Results also go to bench/results/batch.json. Not a test: numbers depend on the machine; the
ratios are what to compare.
"""

import argparse
import datetime as dt
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from bench import reported

ROOT = Path(__file__).resolve().parent.parent
WORKED = ROOT / "tests" / "worked_cases"
EXAMPLE = ROOT / "examples" / "cr-child-of-migrants.yaml"
TARGET_RATIO, TARGET_START = 8.0, 0.35


def worked_lines() -> list[str]:
    """Each worked case as one JSON line (dates as ISO text, as a registry would export)."""
    cases = [c for p in sorted(WORKED.glob("*.yaml")) for c in yaml.safe_load(p.read_text())]
    iso = lambda v: v.isoformat() if isinstance(v, dt.date) else str(v)  # noqa: E731
    return [json.dumps(c, ensure_ascii=False, default=iso) for c in cases]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cli_cpu(*args: str) -> float:
    """CPU seconds of one `nationality ...` run in a fresh interpreter, with bytecode written
    as on a user's machine (PYTHONDONTWRITEBYTECODE, set in some sandboxes, would make every
    start compile the sources again)."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = children_cpu()
    command = [sys.executable, "-m", "service.cli", *args]
    subprocess.run(command, cwd=ROOT, env=environment, check=False, stdout=subprocess.DEVNULL)
    return children_cpu() - before


def io_floor(source: Path, target: Path) -> float:
    """CPU seconds to read, parse, re-serialize and write the same lines: what any batch pays."""
    before = own_cpu()
    with source.open("rb") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    return own_cpu() - before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="batches and floors, least kept")
    parser.add_argument("--runs", type=int, default=5, help="one-case start-ups to take the median")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source, floor_out, batch_out = Path(tmp, "in.jsonl"), Path(tmp, "floor"), Path(tmp, "out")
        lines = itertools.islice(itertools.cycle(worked_lines()), args.cases)
        source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        floors, batches = [], []
        for _ in range(args.repeat):
            floors.append(io_floor(source, floor_out))
            # one process: the cost per case itself (bench.scale measures --workers and Dask)
            batches.append(cli_cpu("batch", str(source), "-o", str(batch_out), "--workers", "1"))
        floor, batch = min(floors), min(batches)
        with batch_out.open("rb") as out:
            answered = sum(1 for _ in out)
    cli_cpu("screen", str(EXAMPLE), "--json")  # writes the bytecode and the law cache
    starts = [cli_cpu("screen", str(EXAMPLE), "--json") for _ in range(args.runs)]
    start = statistics.median(starts)

    result = {
        "cases": args.cases,
        "output_lines": answered,
        "batch_cpu_seconds": round(batch, 2),
        "io_floor_cpu_seconds": round(floor, 3),
        "batch_vs_floor": round(batch / floor, 1),
        "batch_runs": [round(b, 2) for b in batches],
        "floor_runs": [round(f, 3) for f in floors],
        "ratio_vs_target": round(batch / floor / TARGET_RATIO, 2),
        "cases_per_second_per_core": round(args.cases / batch),
        "one_case_screen_cpu_seconds": round(start, 3),
        "start_vs_target": round(start / TARGET_START, 2),
        "start_runs": [round(s, 3) for s in starts],
    }
    reported("batch", result)


if __name__ == "__main__":
    main()
