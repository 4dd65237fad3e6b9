"""A real `nationality serve` on 127.0.0.1 for the HTTP tests (service/api/local.py): started
on a free port with a config file as an operator would write it, stopped after the session.

Keys in the test config (each key is its own id followed by "-key"):
  full     every scope (screen, batch, law, lab), no practical rate limit
  screener only the `screen` scope
  off      disabled
  slow     every scope, 60 requests per minute in bursts of 2
"""

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest

from engine.lab.population import default_grid, generate
from service.api import local
from service.api.config import hash_key

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


class Server(local.Running):
    def client(self, key_name: str | None = "full", **kwargs) -> httpx.Client:
        headers = {"X-API-Key": key(key_name)} if key_name else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60, **kwargs)


def start(folder: Path, cors_origins: list[str] | None = None, limits: dict | None = None):
    keys = [{"id": name, "sha256": hash_key(key(name)), **extra} for name, extra in KEYS.items()]
    config = local.config_text(keys, {**LIMITS, **(limits or {})}, cors_origins or [])
    return local.start(folder, config, Server)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    running = start(tmp_path_factory.mktemp("service"))
    yield running
    running.stop()
