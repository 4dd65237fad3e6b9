"""Benchmarks: not tests; each writes its numbers to bench/results/<name>.json and prints them."""

import json
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def reported(name: str, result: dict) -> None:
    """Write a benchmark's result to bench/results/<name>.json and print it."""
    RESULTS.mkdir(exist_ok=True)
    text = json.dumps(result, indent=2)
    (RESULTS / f"{name}.json").write_text(text + "\n")
    print(text)
