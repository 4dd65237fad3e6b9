"""A real `nationality serve` on 127.0.0.1 for the HTTP tests: started on a free port with a
config file as an operator would write it, stopped after the session.

Keys in the test config (each key is its own id followed by "-key"):
  full     every scope (screen, batch, law, lab), no practical rate limit
  screener only the `screen` scope
  off      disabled
  slow     every scope, 60 requests per minute in bursts of 2
"""

import datetime as dt
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from engine.lab.population import default_grid, generate

ROOT = Path(__file__).resolve().parent.parent
LIMITS = {
    "max_body_bytes": 64 * 1024,
    "max_batch_bytes": 512 * 1024,
    "max_batch_cases": 50,
    "max_lab_cases": 300,
}
KEYS = {
    "full": {"rate_per_minute": 10_000_000, "burst": 100_000},
    "screener": {"scopes": ["screen"]},
    "off": {"enabled": False},
    "slow": {"rate_per_minute": 60, "burst": 2},
}


def key(name: str) -> str:
    return f"{name}-key"


def generated(law, size: int, seed: int) -> list[dict]:
    """`size` cases from the lab's population generator, as JSON carries them."""
    grid = default_grid(law, dt.date(2025, 6, 1))
    return json.loads(json.dumps(list(generate(grid, size, seed=seed)), default=str))


@dataclass
class Server:
    url: str
    log: Path
    process: subprocess.Popen

    def client(self, key_name: str | None = "full", **kwargs) -> httpx.Client:
        headers = {"X-API-Key": key(key_name)} if key_name else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60, **kwargs)

    def log_lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def config_text(cors_origins: list[str] | None = None, limits: dict | None = None) -> str:
    """The TOML config (its values here are written the same in JSON)."""
    lines = [f"cors_origins = {json.dumps(cors_origins or [])}", "[limits]"]
    lines += [f"{name} = {value}" for name, value in {**LIMITS, **(limits or {})}.items()]
    for name, extra in KEYS.items():
        entry = {"id": name, "sha256": hashlib.sha256(key(name).encode()).hexdigest(), **extra}
        lines += ["[[keys]]"] + [f"{k} = {json.dumps(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def start(folder: Path, cors_origins: list[str] | None = None, limits: dict | None = None):
    config = folder / "service.toml"
    config.write_text(config_text(cors_origins, limits), encoding="utf-8")
    log = folder / "service.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATIONALITY_")}
    command = [sys.executable, "-m", "service.cli", "serve", "--config", str(config)]
    with log.open("w", encoding="utf-8") as stderr:  # the child keeps its own copy
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    server = Server(f"http://127.0.0.1:{port}", log, process)
    _wait_until_ready(server)
    return server


def stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def _wait_until_ready(server: Server, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the service exited:\n{server.log.read_text()}")
        try:
            if httpx.get(server.url + "/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    stop(server)
    raise RuntimeError(f"the service was not ready in {timeout} s:\n{server.log.read_text()}")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    running = start(tmp_path_factory.mktemp("service"))
    yield running
    stop(running)
