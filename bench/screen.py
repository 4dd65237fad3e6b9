"""Benchmark: screen generated cases single-threaded, from raw input to Determination.

    python -m bench.screen [--cases 100000]

Reports cases per second, the median time per case, and peak RSS after 10k cases and at the
end, as ratios against the targets (>= 5,000 cases/s on one core; RSS growth < 10 % between 10k
and 100k cases). Results are also written to bench/results/screen.json. Not a test: numbers
depend on the machine; the ratios are what to compare.
"""

import argparse
import datetime as dt
import resource
import statistics
import time
from array import array

from bench import reported
from engine import default_engine
from engine.lab.population import default_grid, generate

TARGET_RATE = 5000
TARGET_GROWTH = 0.10


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--checkpoint", type=int, default=10_000)
    args = parser.parse_args()

    engine = default_engine()
    grid = default_grid(engine.law, dt.date(2025, 6, 1))  # the lab's own generator
    for warm in generate(grid, 200, seed=1):  # compile, caches, first sessions
        engine.screen_data(warm)

    # preallocated, so the measurement itself does not grow memory during the run
    samples = array("q", bytes(8 * args.cases))
    rss_at_checkpoint, errors = None, 0
    started = time.perf_counter()
    for n, raw in enumerate(generate(grid, args.cases), 1):
        t0 = time.perf_counter_ns()
        answer = engine.screen_data(raw)
        samples[n - 1] = time.perf_counter_ns() - t0
        errors += hasattr(answer, "problems")
        if n == args.checkpoint:
            rss_at_checkpoint = peak_rss_mb()
    elapsed = time.perf_counter() - started
    rss_end = peak_rss_mb()

    rate = args.cases / (sum(samples) / 1e9)  # screening only, not generating the cases
    growth = (rss_end - rss_at_checkpoint) / rss_at_checkpoint
    result = {
        "cases": args.cases,
        "invalid_cases": errors,
        "cases_per_second": round(rate),
        "wall_seconds_with_generation": round(elapsed, 1),
        "median_us_per_case": round(statistics.median(samples) / 1000, 1),
        "p99_us_per_case": round(sorted(samples)[int(len(samples) * 0.99)] / 1000, 1),
        f"peak_rss_mb_at_{args.checkpoint}": round(rss_at_checkpoint, 1),
        f"peak_rss_mb_at_{args.cases}": round(rss_end, 1),
        "rss_growth": round(growth, 4),
        "rate_vs_target": round(rate / TARGET_RATE, 2),
        "growth_vs_target": round(growth / TARGET_GROWTH, 2),
        "law": engine.law.version,
        "states": sorted(engine.law.countries),
    }
    reported("screen", result)


if __name__ == "__main__":
    main()
