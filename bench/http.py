"""Benchmark: the registry service on one uvicorn worker, driven over real HTTP on 127.0.0.1.

    python -m bench.http [--single 5000] [--batch 20000] [--clients 4 16]

Starts `nationality serve --workers 1` on a free port, then measures:
  - single screens, one client after another on a keep-alive connection: requests/s, p50, p99;
  - single screens from 4 and 16 concurrent clients: requests/s, p50, p99 under load;
  - a batch of `--batch` cases, NDJSON and JSON array: cases/s from the first byte sent to the
    last answer line read;
  - the engine alone on the same cases, in this process, for what the HTTP layer costs.
Targets: batch >= 3,000 cases/s, single-screen p99 < 20 ms. The client runs on the same
machine and takes CPU from the server: on few cores the numbers are a floor. Results also go
to bench/results/http.json. Not a test: numbers depend on the machine.
"""

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench import reported
from engine import default_engine
from engine.lab.population import default_grid, generate
from service.api import local
from service.api.config import hash_key

KEY = "bench-key"
# one key, every scope, without a practical rate limit; limits no batch here reaches
KEYS = [{"id": "bench", "sha256": hash_key(KEY), "rate_per_minute": 10**9, "burst": 10**6}]
LIMITS = {"max_body_bytes": 2**20, "max_batch_bytes": 2**30, "max_batch_cases": 10**6}
TARGET_BATCH, TARGET_P99_MS = 3000, 20.0


def connect(port: int) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=600)


def request(conn, method: str, path: str, body: bytes | None = None, kind="application/json"):
    headers = {"X-API-Key": KEY, "Content-Type": kind}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def singles(port: int, bodies: list[bytes], clients: int, per_client: int) -> dict:
    """`clients` threads, each on its own keep-alive connection, `per_client` screens each."""
    latencies: list[float] = []
    lock = threading.Lock()

    def run(number: int) -> None:
        conn, mine = connect(port), []
        for j in range(per_client):
            body = bodies[(number * 7919 + j) % len(bodies)]
            t0 = time.perf_counter()
            status, _ = request(conn, "POST", "/v1/screen", body)
            mine.append((time.perf_counter() - t0) * 1000)
            assert status == 200, status
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "requests_per_second": round(len(latencies) / elapsed),
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
    }


def batch(port: int, cases: list[dict], ndjson: bool) -> dict:
    if ndjson:
        body = "".join(json.dumps(c) + "\n" for c in cases).encode()
        kind = "application/x-ndjson"
    else:
        body, kind = json.dumps(cases).encode(), "application/json"
    conn = connect(port)
    started = time.perf_counter()
    status, answer = request(conn, "POST", "/v1/batch", body, kind)
    elapsed = time.perf_counter() - started
    lines = answer.decode().splitlines()
    assert status == 200 and len(lines) == len(cases), (status, len(lines))
    return {
        "format": kind,
        "cases": len(cases),
        "bytes_in": len(body),
        "seconds": round(elapsed, 2),
        "cases_per_second": round(len(cases) / elapsed),
    }


def engine_alone(cases: list[dict]) -> dict:
    engine = default_engine()
    for case in cases[:200]:
        engine.screen_data(case)
    started = time.perf_counter()
    for case in cases:
        engine.screen_data(case).model_dump_json(by_alias=True)
    rate = len(cases) / (time.perf_counter() - started)
    return {"cases": len(cases), "cases_per_second": round(rate)}


def machine() -> dict:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = [ln for ln in cpuinfo.read_text().splitlines() if ln.startswith("model name")]
        model = lines[0].split(":", 1)[1].strip() if lines else ""
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--single", type=int, default=5000, help="sequential single screens")
    parser.add_argument("--batch", type=int, default=20_000, help="cases in the batch")
    parser.add_argument(
        "--clients", type=int, nargs="+", default=[4, 16], help="concurrent clients, per run"
    )
    args = parser.parse_args()

    grid = default_grid(default_engine().law, dt.date(2025, 6, 1))  # the lab's own generator
    cases = json.loads(json.dumps(list(generate(grid, args.batch, seed=11)), default=str))
    bodies = [json.dumps(c).encode() for c in cases[:2000]]
    with tempfile.TemporaryDirectory() as folder:
        server = local.start(Path(folder), local.config_text(KEYS, LIMITS))  # one worker
        port = int(server.url.rsplit(":", 1)[1])
        try:
            singles(port, bodies, 1, 300)  # warm-up
            result = {
                "machine": machine(),
                "single_sequential": singles(port, bodies, 1, args.single),
                "single_concurrent": [
                    singles(port, bodies, n, max(args.single // n, 1)) for n in args.clients
                ],
                "batch_ndjson": batch(port, cases, ndjson=True),
                "batch_json_array": batch(port, cases, ndjson=False),
            }
        finally:
            server.stop()
    result["engine_alone_in_process"] = engine_alone(cases)
    best_batch = max(result["batch_ndjson"]["cases_per_second"],
                     result["batch_json_array"]["cases_per_second"])  # fmt: skip
    result["targets"] = {
        "batch_cases_per_second": TARGET_BATCH,
        "batch_vs_target": round(best_batch / TARGET_BATCH, 2),
        "single_p99_ms": TARGET_P99_MS,
        "single_p99_vs_target": round(result["single_sequential"]["p99_ms"] / TARGET_P99_MS, 2),
    }
    reported("http", result)


if __name__ == "__main__":
    main()
