"""The only door to durable_rules: one call, safe from any thread, no growth over time.

durable_rules 2.0.28 is not thread-safe (concurrent asserts lose results or crash), keeps every
session until it is deleted, and runs background timer threads that call into the same C
engine. So: one process-wide lock around every call, no background threads (we use no timers
or queued events; every action runs inside the assert), a fresh session per evaluation,
deleted at once. Catch-all rules make sure every fact is handled, so the session exists.
"""

import itertools
import threading

from durable import engine as durable

from engine.compile import SEEN

_LOCK = threading.Lock()
_SESSIONS = itertools.count()


class _Host(durable.Host):
    def __init__(self, rulesets: dict):
        self.fired: list[str] = []
        super().__init__(rulesets)

    def _run(self):
        """No dispatch threads: they would call the engine outside our lock."""

    def get_action(self, name):
        def record(_closure):
            self.fired.append(name)

        return record


class RuleSessions:
    """Compiled rulesets of one version of the law (or one reform), on their own host."""

    def __init__(self, rulesets: dict[str, dict]):
        with _LOCK:
            self._host = _Host(rulesets)
            for name in rulesets:  # create eagerly: lazy creation races
                self._host.get_ruleset(name)

    def fire(self, ruleset: str, facts: list[dict]) -> set[str]:
        """Names of the rules of `ruleset` that fired for the facts, in a fresh session."""
        with _LOCK:
            sid = str(next(_SESSIONS))
            self._host.fired = []
            # deleting a session the assert did not create crashes the process: delete only
            # after a successful assert (the catch-all rules make the session certain)
            self._host.assert_facts(ruleset, [{**fact, "sid": sid} for fact in facts])
            self._host.delete_state(ruleset, sid)
            fired = set(self._host.fired)
        return {name for name in fired if not name.startswith(SEEN)}
