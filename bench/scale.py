"""Benchmark: `nationality batch` end to end as a registry runs it, on 1, 2 and every core
(--workers) and on a LocalCluster (--dask local), and its memory over a long input.

    python -m bench.scale [--cases 4000] [--rss-cases 20000] [--no-dask]

Each run is the real command in a subprocess on the same generated JSON Lines file; the outputs
must be byte for byte the one of --workers 1. Reported: cases/s (wall), the speed-up against
--workers 1, CPU seconds per 1,000 cases (all processes), and for --workers 1 over
--rss-cases cases the resident memory of the batch and its workers, sampled as it runs: RSS
after the first tenth against the peak (flat: a ratio near 1). Written to
bench/results/scale.json. Not a test: numbers depend on the machine and its load.
"""

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import reported
from engine import default_engine
from engine.lab.population import default_grid, generate
from service.cli.parallel import available_cores

ROOT = Path(__file__).resolve().parent.parent


def cases_file(folder: Path, count: int, name: str, repeat_of: Path | None = None) -> Path:
    """`count` generated cases as JSON Lines; a long file repeats a short one (ids repeat)."""
    path = folder / name
    if repeat_of is not None:
        lines = repeat_of.read_bytes().splitlines(keepends=True)
        with path.open("wb") as out:
            for n in range(count):
                out.write(lines[n % len(lines)])
        return path
    grid = default_grid(default_engine().law, dt.date(2025, 6, 1))
    with path.open("w") as out:
        for case in generate(grid, count, seed=7):
            out.write(json.dumps(case, default=str) + "\n")
    return path


def timed(source: Path, out: Path, *options: str) -> dict:
    """One batch: wall seconds, CPU seconds of it and its workers, peak and early RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    batch = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "batch", str(source), "-o", str(out), *options],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    samples = []
    while batch.poll() is None:
        samples.append((_written(out), _tree_rss_mb(batch.pid)))
        time.sleep(0.5)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "exit": batch.returncode, "samples": samples}


def _written(out: Path) -> int:
    partial = out.with_name(out.name + ".partial")
    try:
        return partial.stat().st_size
    except OSError:
        return -1


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and every process under it, in MB."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {pid}, True
    while grew:
        more = {p for p, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for member in tree:
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=4000)
    parser.add_argument("--rss-cases", type=int, default=20_000)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    cores = available_cores()
    runs = {"workers 1": ["--workers", "1"], "workers 2": ["--workers", "2"]}
    if cores > 2:
        runs[f"workers {cores}"] = ["--workers", str(cores)]
    if not args.no_dask:
        runs["dask local"] = ["--dask", "local"]

    result: dict = {"cases": args.cases, "cores": cores, "load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = cases_file(folder, args.cases, "cases.jsonl")
        reference = None
        for name, options in runs.items():
            out = folder / f"{name.replace(' ', '-')}.jsonl"
            took = timed(source, out, *options)
            same = reference is None or out.read_bytes() == reference
            reference = reference or out.read_bytes()
            result[name] = {
                "cases_per_second": round(args.cases / took["wall"]),
                "cpu_seconds_per_1000": round(took["cpu"] / args.cases * 1000, 2),
                "byte_identical_to_workers_1": same,
                "exit": took["exit"],
            }
        base = result["workers 1"]["cases_per_second"]
        for name in runs:
            result[name]["speedup_vs_workers_1"] = round(result[name]["cases_per_second"] / base, 2)
        if args.rss_cases:
            result["rss"] = _memory(folder, source, args.rss_cases)
    reported("scale", result)


def _memory(folder: Path, source: Path, count: int) -> dict:
    """RSS of a --workers 1 batch over `count` cases: after the first tenth, and at its peak."""
    long = cases_file(folder, count, "long.jsonl", repeat_of=source)
    took = timed(long, folder / "long-out.jsonl", "--workers", "1")
    size = long.stat().st_size  # output is larger than input; a tenth of it written is early
    early = [rss for written, rss in took["samples"] if written >= size // 10]
    peak = max(rss for _, rss in took["samples"])
    return {
        "cases": count,
        "cases_per_second": round(count / took["wall"]),
        "rss_mb_after_a_tenth": round(early[0], 1) if early else None,
        "rss_mb_peak": round(peak, 1),
        "peak_vs_early": round(peak / early[0], 3) if early else None,
    }


if __name__ == "__main__":
    main()
