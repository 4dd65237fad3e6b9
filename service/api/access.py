"""Who may call the service: API keys, their scopes, and a per-key rate limit.

401 means the caller is not identified: no key, or a key this service does not know. 403 means
the caller is identified but not allowed here: the key is disabled, or it lacks the scope the
endpoint needs (`screen` for /v1/screen, `batch` for /v1/batch, `law` for the law endpoints,
`lab` for the reform lab's).
Keys are compared by their sha256, so the configuration never holds a usable key.
"""

import math
import time

from service.api.config import ApiKey, Limits, Scope, hash_key
from service.api.problems import Problem

HEADER = "X-API-Key"
MAX_KEY_LENGTH = 256


class Bucket:
    """A token bucket: `burst` requests at once, refilled at `per_minute`."""

    def __init__(self, per_minute: int, burst: int, now: float):
        self.rate, self.capacity = per_minute / 60, burst
        self.tokens, self.stamp = float(burst), now

    def take(self, now: float) -> float:
        """Take one token; 0 when granted, else the seconds until one is available."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class Access:
    """Identifies the caller, then admits the request or raises the Problem that says why
    not. Called on the event loop only, so the buckets need no lock."""

    def __init__(self, keys: tuple[ApiKey, ...], limits: Limits, clock=time.monotonic):
        self._keys = {key.sha256: key for key in keys}
        self._limits, self._clock = limits, clock
        self._buckets: dict[str, Bucket] = {}

    def authorize(self, key: ApiKey, scope: Scope) -> None:
        if not key.enabled:
            raise Problem("forbidden", f"the key {key.id!r} is disabled")
        if scope not in key.scopes:
            granted = ", ".join(key.scopes) or "none"
            raise Problem(
                "forbidden", f"the key {key.id!r} lacks the {scope!r} scope (it has: {granted})"
            )
        wait = self._bucket(key).take(self._clock())
        if wait:
            raise Problem(
                "rate-limited",
                f"the key {key.id!r} is over its limit of {self._rate(key)} requests per minute",
                headers={"Retry-After": str(math.ceil(wait))},
            )

    def identify(self, presented: str | None) -> ApiKey:
        challenge = {"WWW-Authenticate": f'ApiKey header="{HEADER}"'}
        if not presented:
            raise Problem(
                "unauthenticated", f"send an API key in the {HEADER} header", [], challenge
            )
        key = self._keys.get(hash_key(presented)) if len(presented) <= MAX_KEY_LENGTH else None
        if key is None:
            raise Problem("unauthenticated", "the API key is not recognised", [], challenge)
        return key

    def _rate(self, key: ApiKey) -> int:
        return key.rate_per_minute or self._limits.rate_per_minute

    def _bucket(self, key: ApiKey) -> Bucket:
        if key.id not in self._buckets:
            burst = key.burst or self._limits.burst
            self._buckets[key.id] = Bucket(self._rate(key), burst, self._clock())
        return self._buckets[key.id]
