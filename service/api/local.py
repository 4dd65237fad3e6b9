"""The service as a child process on 127.0.0.1: configured as an operator would (a TOML file),
started on a free port, ready when /readyz says so, and stopped. What the end-to-end tests and
the HTTP benchmark run against, so both measure `nationality serve` as it is deployed."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class Running:
    url: str
    log: Path
    process: subprocess.Popen

    def log_lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def config_text(keys: list[dict], limits: dict, cors_origins: list[str] = ()) -> str:
    """A TOML configuration: `keys` as the config file holds them (id, sha256, scopes...),
    the limits, the browser origins allowed. Its values are written the same in JSON."""
    lines = [f"cors_origins = {json.dumps(list(cors_origins))}", "[limits]"]
    lines += [f"{name} = {value}" for name, value in limits.items()]
    for entry in keys:
        lines += ["[[keys]]"] + [f"{k} = {json.dumps(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def start(folder: Path, config: str, running=Running, timeout: float = 60) -> Running:
    """`nationality serve` with this configuration (its file and log in `folder`), ready.
    The environment's NATIONALITY_* settings are left out: the file says everything."""
    path = folder / "service.toml"
    path.write_text(config, encoding="utf-8")
    log = folder / "service.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATIONALITY_")}
    command = [sys.executable, "-m", "service.cli", "serve", "--config", str(path)]
    with log.open("w", encoding="utf-8") as stderr:  # the child keeps its own copy
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    service = running(f"http://127.0.0.1:{port}", log, process)
    _wait_until_ready(service, timeout)
    return service


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_ready(service: Running, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            raise RuntimeError(f"the service exited:\n{service.log.read_text()}")
        try:
            with urllib.request.urlopen(service.url + "/readyz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    service.stop()
    raise RuntimeError(f"the service was not ready in {timeout} s:\n{service.log.read_text()}")
