"""The only door to durable_rules: one call, safe from any thread, no growth over time.

We drive durable_rules' engine (the `durable_rules_engine` C core) directly rather than through
its Python `Host`: that layer runs background timer threads calling into the same engine, and
costs about 40 µs of bookkeeping per fired rule for features (timers, queues, state updates in
actions) that evaluating law needs none of.

What the core needs from us, as probed (DESIGN.md): it is not thread-safe, so one process-wide
lock guards every call. Each ruleset keeps one session for all cases: the case's facts are
asserted, the rules that fired collected, and the same facts retracted, which leaves the session
as empty as it was. A fresh session per case would cost more than the evaluation itself: the
core sets up (and frees) a few kilobytes of state per rule for every new session. Should a
call fail part way, the ruleset is dropped and rebuilt at its next use, so no fact of one case
can outlive it.
"""

import itertools
import json
import threading
import weakref

import durable_rules_engine as core

_LOCK = threading.Lock()
_IDS = itertools.count()
_ENCODE = json.JSONEncoder(separators=(",", ":"), check_circular=False).encode

NOT_HANDLED = 1  # some fact matched no pattern: normal for rows no rule is about
SID = "0"  # each ruleset's one session


class RuleSessions:
    """The compiled rulesets of one version of the law (or of one reform)."""

    def __init__(self, rulesets: dict[str, dict]):
        self._instance = next(_IDS)
        self._rulesets = rulesets
        self._handles: dict[str, int] = {}  # created at first use: a screen needs one or two
        self._reads = {name: _reads(definition) for name, definition in rulesets.items()}
        weakref.finalize(self, _delete_rulesets, self._handles)

    def fire(self, names: list[str], facts: list[dict]) -> dict[str, set[str]]:
        """For each ruleset in `names`, the rules that fired for the facts."""
        kinds: dict[str, list[dict]] = {}
        for fact in facts:
            kinds.setdefault(fact["t"], []).append(fact)
        sent = _Sent(kinds)
        fired = {}
        with _LOCK:
            for name in names:  # each ruleset gets only the facts and fields its patterns read
                reads = [(kind, fields) for kind, fields in self._reads[name] if kind in kinds]
                asserted = ",".join(sent.facts(kind, fields) for kind, fields in reads)
                retracted = ",".join(sent.keys(kind) for kind, _ in reads)
                fired[name] = self._fire(name, f"[{asserted}]", f"[{retracted}]")
        return fired

    def _handle(self, name: str) -> int:
        """The ruleset's handle in the core, created the first time it is fired (under _LOCK)."""
        if name not in self._handles:
            body = {
                rule: {k: v for k, v in d.items() if k != "run"}
                for rule, d in self._rulesets[name].items()
            }
            self._handles[name] = core.create_ruleset(f"{self._instance}:{name}", json.dumps(body))
        return self._handles[name]

    def _fire(self, name: str, asserted: str, retracted: str) -> set[str]:
        handle = self._handle(name)
        try:
            return _fired(handle, asserted, retracted)
        except BaseException:
            core.delete_ruleset(self._handles.pop(name))
            raise


def _fired(handle: int, asserted: str, retracted: str) -> set[str]:
    """The rules that fire for the facts, which are retracted once they are collected."""
    code, state = core.assert_facts(handle, asserted)
    if code not in (0, NOT_HANDLED):
        raise RuntimeError(f"durable_rules refused the facts (code {code})")
    names = set()
    started = core.start_action_for_state(handle, state)
    message = started[1] if started else None
    while message:  # '{"<rule name>": {...matched facts...}}'
        names.add(message[2 : message.index('"', 2)])
        message = core.complete_and_start_action(handle, state)
    code, _ = core.retract_facts(handle, retracted)
    if code not in (0, NOT_HANDLED):
        raise RuntimeError(f"durable_rules kept the facts (code {code})")
    return names


class _Sent:
    """A case's facts as JSON, each kind encoded once per set of fields read (rulesets that
    read the same fields share the text): one encoder call per kind, not one per fact."""

    def __init__(self, kinds: dict[str, list[dict]]):
        self._kinds = kinds
        self._texts: dict[tuple, str] = {}

    def facts(self, kind: str, fields: tuple[str, ...]) -> str:
        """The kind's facts with their keys in the session and only the `fields`, joined."""
        text = self._texts.get((kind, fields))
        if text is None:
            rows = [
                {"id": f"{kind}{fact.get('k', '')}", "sid": SID, **{f: fact[f] for f in fields}}
                for fact in self._kinds[kind]
            ]
            text = self._texts[kind, fields] = _ENCODE(rows)[1:-1]
        return text

    def keys(self, kind: str) -> str:
        """The kind's facts' keys, to retract them."""
        return ",".join(
            f'{{"id":"{kind}{fact.get("k", "")}","sid":"{SID}"}}' for fact in self._kinds[kind]
        )


def _reads(definition: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The kinds of fact (`t`: the person, parents, registrations...) a ruleset's patterns
    match, each with the fields they test: a fact of another kind, or another field, could
    only be parsed and stored by the core for nothing."""
    fields: dict[str, set[str]] = {}
    for rule in definition.values():
        pattern = rule["all"][0]["m"]
        fields.setdefault(_kind(pattern), set()).update(_tested(pattern))
    return tuple((kind, tuple(sorted(read))) for kind, read in fields.items())


def _tested(pattern: dict):
    """The fields a pattern tests: its keys, under `$and`/`$or` and operators (`$neq`...)."""
    for key, value in pattern.items():
        if key in ("$and", "$or"):
            for part in value:
                yield from _tested(part)
        elif key.startswith("$"):
            yield from value
        else:
            yield key


def _kind(pattern: dict) -> str:
    """engine/compile.py puts the `t` test first: alone, or first in an `$and`."""
    return pattern["t"] if "t" in pattern else pattern["$and"][0]["t"]


def _delete_rulesets(handles: dict[str, int]) -> None:
    with _LOCK:
        for handle in handles.values():
            core.delete_ruleset(handle)
