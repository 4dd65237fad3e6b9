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
from collections.abc import Callable
from functools import cache

import durable_rules_engine as core
import orjson

_LOCK = threading.Lock()
_IDS = itertools.count()

NOT_HANDLED = 1  # some fact matched no pattern: normal for rows no rule is about
# A rule's matches handed over in one action, not one action each (durable_rules' `cap`): a
# pattern on rows (a known parent, a nationality) often matches several facts of one case, and
# each action is a round trip into the core. More matches than this would take another action.
MATCHES_PER_ACTION = 100
SID = "0"  # each ruleset's one session: durable_rules' default, for facts that name none


class RuleSessions:
    """The compiled rulesets of one version of the law (or of one reform)."""

    def __init__(self, rulesets: dict[str, dict]):
        self._instance = next(_IDS)
        self._rulesets = rulesets
        self._handles: dict[str, int] = {}  # created at first use: a screen needs one or two
        self._senders = {name: _sender(_reads(definition)) for name, definition in rulesets.items()}
        weakref.finalize(self, _delete_rulesets, self._handles)

    def fire(self, names: list[str], values: dict) -> dict[str, set[str]]:
        """For each ruleset in `names`, the rules that fired for the case's facts (`values`:
        engine/facts.py's, the person's with the rows of each collection). Each ruleset is sent
        only the kinds of fact, and the fields of each, that its patterns read: the core parses
        (and copies into every match) each field it is sent, so a field no pattern reads costs
        it for nothing."""
        sent = {name: self._senders[name](values) for name in names}
        with _LOCK:
            return {name: self._fire(name, *sent[name]) for name in names}

    def _handle(self, name: str) -> int:
        """The ruleset's handle in the core, created the first time it is fired (under _LOCK)."""
        if name not in self._handles:
            body = {
                rule: {"all": d["all"], "cap": MATCHES_PER_ACTION}
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
    named, complete = names.add, core.complete_and_start_action  # looked up once, not per rule
    while message:  # '{"<rule name>": [...its matches...]}'
        named(message[2 : message.index('"', 2)])
        message = complete(handle, state)
    code, _ = core.retract_facts(handle, retracted)
    if code not in (0, NOT_HANDLED):
        raise RuntimeError(f"durable_rules kept the facts (code {code})")
    return names


@cache
def _keys(kind: str, count: int) -> str:
    """The keys in the session of `count` facts of a kind, to retract them (the session is
    durable_rules' default one, "0")."""
    return ",".join(f'{{"id":"{kind}{k}"}}' for k in range(count))


def _sender(reads: dict[str, tuple[str, ...]]) -> Callable[[dict], tuple[str, str]]:
    """How a ruleset is sent a case: the facts to assert, as JSON (orjson: a fraction of
    json's cost), and the keys to retract them by. Each fact has its kind (`t`), its key in the
    session (`id`) and only the fields its kind's patterns read: the person's from the top of
    `values`, each other kind's from its rows there. One generated function, for it runs on
    every case; the kind and fields are names the law's patterns test."""
    person = _fact("person", "'person0'", "values", reads["person"])
    lines = [f"asserted = [{person}]", "keys = [PERSON]"]
    for kind, fields in reads.items():
        if kind != "person":
            row = _fact(kind, f"{kind!r} + str(k)", "row", fields)
            lines += [
                f"if rows := values.get({kind!r}):",
                f"    asserted += [{row} for k, row in enumerate(rows)]",
                f"    keys.append(_keys({kind!r}, len(rows)))",
            ]
    lines.append("return dumps(asserted).decode(), f\"[{','.join(keys)}]\"")
    scope = {"dumps": orjson.dumps, "_keys": _keys, "PERSON": _keys("person", 1)}
    exec("def sent(values):\n    " + "\n    ".join(lines), scope)  # noqa: S102
    return scope["sent"]


def _fact(kind: str, key: str, source: str, fields: tuple[str, ...]) -> str:
    """The expression of a fact of `kind`, keyed `key`, with `fields` read from `source`."""
    items = "".join(f", {f!r}: {source}[{f!r}]" for f in fields)
    return f"{{'id': {key}, 't': {kind!r}{items}}}"


def _reads(definition: dict) -> dict[str, tuple[str, ...]]:
    """The kinds of fact (`t`: the person, parents, registrations...) a ruleset's patterns
    match, each with the fields they read: a fact of any other kind could only match nothing,
    at a cost. The person's always, so that no ruleset is ever sent nothing (durable_rules
    crashes on that)."""
    reads: dict[str, set[str]] = {"person": set()}
    for rule in definition.values():
        pattern = rule["all"][0]["m"]
        reads.setdefault(_kind(pattern), set()).update(_fields(pattern))
    return {kind: tuple(sorted(reads[kind] - {"t"})) for kind in sorted(reads)}


def _kind(pattern: dict) -> str:
    """engine/compile.py puts the `t` test first: alone, or first in an `$and`."""
    return pattern["t"] if "t" in pattern else pattern["$and"][0]["t"]


def _fields(pattern: dict):
    """The fields a pattern tests: its keys, and those of its operators' operands."""
    for key, operand in pattern.items():
        if key in ("$and", "$or"):
            for part in operand:
                yield from _fields(part)
        elif key.startswith("$"):  # a comparison: {"$gte": {field: value}}
            yield from operand
        else:
            yield key


def _delete_rulesets(handles: dict[str, int]) -> None:
    with _LOCK:
        for handle in handles.values():
            core.delete_ruleset(handle)
