"""How the HTTP service is configured: safe embedded defaults, then a TOML file, then
environment variables, then `nationality serve` flags, each overriding the one before.

The defaults are safe to start anywhere: bound to 127.0.0.1, one worker, no cross-origin access,
and no API key, so nothing can be screened until keys are configured. Keys are stored only as
the sha256 of the key (`nationality key` makes one); the key itself is never written down.
"""

import hashlib
import os
import re
import secrets
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from schemas.errors import problem, problems

Scope = Literal["screen", "batch", "law", "lab"]
SCOPES: tuple[Scope, ...] = ("screen", "batch", "law", "lab")
KEY_PREFIX = "nat_"

# environment variable -> (section, field) of the settings
ENVIRONMENT = {
    "NATIONALITY_HOST": (None, "host"),
    "NATIONALITY_PORT": (None, "port"),
    "NATIONALITY_WORKERS": (None, "workers"),
    "NATIONALITY_API_KEYS": (None, "keys"),
    "NATIONALITY_CORS_ORIGINS": (None, "cors_origins"),
    "NATIONALITY_PAGES": (None, "pages"),
    "NATIONALITY_MAX_BODY_BYTES": ("limits", "max_body_bytes"),
    "NATIONALITY_MAX_BATCH_BYTES": ("limits", "max_batch_bytes"),
    "NATIONALITY_MAX_BATCH_CASES": ("limits", "max_batch_cases"),
    "NATIONALITY_MAX_LAB_CASES": ("limits", "max_lab_cases"),
    "NATIONALITY_RATE_PER_MINUTE": ("limits", "rate_per_minute"),
    "NATIONALITY_RATE_BURST": ("limits", "burst"),
    "NATIONALITY_HEADER_TIMEOUT": ("limits", "header_timeout"),
    "NATIONALITY_BODY_TIMEOUT": ("limits", "body_timeout"),
    "NATIONALITY_KEEP_ALIVE_TIMEOUT": ("limits", "keep_alive_timeout"),
    "NATIONALITY_SHUTDOWN_TIMEOUT": ("limits", "shutdown_timeout"),
}


class ConfigError(Exception):
    """The configuration cannot be used; the message names the setting and the problem."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ApiKey(Strict):
    id: str = Field(description="who holds it; appears in the logs")
    sha256: str = Field(description="sha256 of the key, hex")
    scopes: tuple[Scope, ...] = SCOPES
    enabled: bool = True
    rate_per_minute: int | None = Field(None, gt=0, description="overrides limits.rate_per_minute")
    burst: int | None = Field(None, gt=0, description="overrides limits.burst")

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", value):
            raise problem(
                "key_id", "{id}: use 1 to 64 letters, digits, '.', '_' or '-'", id=repr(value)
            )
        return value

    @field_validator("sha256")
    @classmethod
    def _sha256(cls, value: str) -> str:
        if not re.fullmatch(r"[0-9a-f]{64}", value):
            raise problem(
                "key_hash",
                "must be the sha256 of the key, 64 lower-case hex digits "
                "(`nationality key` prints it), never the key itself",
            )
        return value


class Limits(Strict):
    max_body_bytes: int = Field(256 * 1024, gt=0, description="any request but a batch")
    max_batch_bytes: int = Field(16 * 1024 * 1024, gt=0)
    max_batch_cases: int = Field(10_000, gt=0)
    max_lab_cases: int = Field(
        20_000,
        gt=0,
        description="cases of a lab population, generated or sent (each is "
        "screened twice for an impact, and once per flip, tens of times, for an audit)",
    )
    rate_per_minute: int = Field(600, gt=0, description="requests per minute per key")
    burst: int = Field(60, gt=0, description="requests a key may make at once")
    header_timeout: float = Field(
        10,
        gt=0,
        description="seconds for a request's headers, from the connection or the "
        "last answer on it; then the connection is closed (slow headers, silent connections)",
    )
    body_timeout: float = Field(
        30, gt=0, description="seconds the body may pause between two pieces; then 408"
    )
    keep_alive_timeout: float = Field(5, gt=0, description="seconds an idle connection is kept")
    shutdown_timeout: int = Field(
        30, gt=0, description="seconds requests in progress get to finish on SIGTERM"
    )


class Settings(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1, le=64)
    keys: tuple[ApiKey, ...] = ()
    cors_origins: tuple[str, ...] = Field((), description="origins allowed to call from a browser")
    pages: bool = Field(True, description="serve the caseworker's pages at / (not behind keys)")
    limits: Limits = Limits()

    @model_validator(mode="after")
    def _unique_keys(self):
        seen: set[str] = set()
        for key in self.keys:
            if key.id in seen or key.sha256 in seen:
                raise problem("key_twice", "key {id} is configured twice", id=repr(key.id))
            seen |= {key.id, key.sha256}
        return self


def load_settings(
    config: Path | None = None, env=os.environ, overrides: dict | None = None
) -> Settings:
    """The settings from the defaults, the TOML file (`config` or $NATIONALITY_CONFIG), the
    environment and `overrides` (flags; None values ignored)."""
    path = config or (Path(env["NATIONALITY_CONFIG"]) if env.get("NATIONALITY_CONFIG") else None)
    data = _read_toml(path) if path else {}
    origin: dict[str, str] = {}
    for name, (section, field) in ENVIRONMENT.items():
        if env.get(name) is not None:
            target = data.setdefault(section, {}) if section else data
            target[field] = _from_environment(name, env[name])
            origin[f"{section}.{field}" if section else field] = name
    for field, value in (overrides or {}).items():
        if value is not None:
            data[field] = value
            origin[field] = f"--{field}"
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_explain(error, path, origin)) from None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read config {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"config {path} is not valid TOML: {error}") from None


def _from_environment(name: str, value: str):
    if name == "NATIONALITY_API_KEYS":
        return [_key_entry(name, i, entry) for i, entry in enumerate(_items(value))]
    if name == "NATIONALITY_CORS_ORIGINS":
        return _items(value)
    return value


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _key_entry(name: str, index: int, entry: str) -> dict:
    """`id:sha256` or `id:sha256:scope+scope`."""
    parts = entry.split(":")
    if len(parts) not in (2, 3):
        raise ConfigError(f"{name}: entry {index + 1} is not id:sha256[:scope+scope]")
    key = {"id": parts[0], "sha256": parts[1]}
    if len(parts) == 3:
        key["scopes"] = [s for s in parts[2].split("+") if s]
    return key


def _explain(error: ValidationError, path: Path | None, origin: dict[str, str]) -> str:
    """Each problem against where the value came from: a flag, a variable or the file."""
    lines = []
    for fault in problems(error):
        field = fault.field
        within = (field, ".".join(field.split(".")[:2]), re.split(r"[.\[]", field)[0])
        source = next((origin[k] for k in within if k in origin), None)
        if source is None:
            where = f"{path}: {field}" if path else field
        else:
            where = source if source in (field, f"--{field}") else f"{source} ({field})"
        lines.append(f"{where}: {fault.problem}")
    return "invalid configuration:\n  " + "\n  ".join(lines)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A key with 256 random bits; the prefix lets secret scanners recognise a leaked one."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def environment(config: Path | None, overrides: dict) -> dict[str, str]:
    """What a worker process needs in its environment to load the same settings."""
    names = {field: name for name, (section, field) in ENVIRONMENT.items() if section is None}
    out = {names[field]: str(value) for field, value in overrides.items() if value is not None}
    if config:
        out["NATIONALITY_CONFIG"] = str(config.resolve())
    return out
