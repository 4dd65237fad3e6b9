"""Prepared conditions to durable_rules rulesets, and back from fired patterns to rules.

Probing durable_rules 2.0.28 showed what it does reliably and what it does not:
- reliable: single-fact patterns with `$and`/`$or`/comparisons at the top level of a fact;
- unreliable: `$not` (wrong answers, then a crash on delete), boolean structure inside array
  items (`$iany`/`$iall` drop matches when a literal repeats), deleting a session no fact
  created (crash), more than 32 `$and`/`$or` steps in one pattern (refused).
So the case is asserted as flat facts, one for the person and one per row of each collection
(a parent's nationality, a registration...), and every leaf of a rule's condition becomes one
single-fact pattern: tests on the person, or "a row of this collection passes these tests".
The `all`/`any` above the leaves, and "no row" (no row possibly passes), are combined here from
the patterns that fired.
"""

import json
import marshal
from collections.abc import Callable
from dataclasses import dataclass
from types import FunctionType

from schemas.conditions import AllOf, Cond, Exists, OnPerson, Test
from schemas.facts import COLLECTIONS

DAYS = ("as_of", "birth_date")  # the person's days: always known


@dataclass(frozen=True)
class CompiledCountry:
    definition: dict  # the durable_rules ruleset
    # fired patterns -> the conditions that hold, in the order of the rules (see _decider)
    decide: Callable[[set[str]], dict[str, None]]

    def __reduce__(self):
        """Pickled with its test's compiled code (engine/cache.py keeps it between runs)."""
        return _restored, (self.definition, marshal.dumps(self.decide.__code__))


def _restored(definition, code) -> CompiledCountry:
    return CompiledCountry(definition, FunctionType(marshal.loads(code), {}))


def act_name(rule_id: str, k: int) -> str:
    """Name under which requirement k of a conditional rule counts as met."""
    return f"{rule_id}#act{k}"


def compile_country(rules) -> CompiledCountry:
    """One durable_rules pattern per distinct leaf (rules share many), and a test of every
    rule's condition (and of each of its requirements) on the set of patterns that fired."""
    definition = {}
    names: dict[str, str] = {}  # pattern JSON -> its name
    tests = []
    for rule in rules:
        named = [(rule.id, rule.cond)] + [(act_name(rule.id, k), m) for k, m in enumerate(rule.met)]
        for name, cond in named:
            leaves = {}
            for leaf in _leaves(cond):
                m = _asked(leaf)
                key = json.dumps(m, sort_keys=True)
                if key not in names:
                    names[key] = f"p{len(names)}"
                    definition[names[key]] = _rule(names[key], m)
                leaves[leaf] = names[key]
            tests.append((name, _expression(cond, leaves)))
    return CompiledCountry(definition, _decider(tests))


def _decider(tests: list[tuple[str, str]]) -> Callable[[set[str]], dict[str, None]]:
    """Rule ids (and met requirements) whose conditions hold, from the fired patterns: every
    condition as a Python expression over pattern names (ours, `p<n>`), all in one function
    compiled once, as a call per condition (or per node) would cost more on every case. The
    ids are the keys of a dict, in the order of `tests`: resolve() reads the rules that apply
    in that order without sorting them."""
    body = "".join(f"\n    if {test}:\n        held[{name!r}] = None" for name, test in tests)
    namespace: dict = {}
    exec(f"def decide(fired):\n    held = {{}}{body}\n    return held", namespace)  # noqa: S102
    return namespace["decide"]


def pattern(leaf: OnPerson | Exists) -> dict:
    """A leaf as one single-fact pattern; for "no row", the rows that *possibly* pass."""
    if isinstance(leaf, OnPerson):
        return _and([{"t": "person"}, *(_test(t) for t in leaf.tests)])
    fields = COLLECTIONS[leaf.coll][1]
    tests = [_possibly(t, fields) if leaf.none else _test(t) for t in leaf.tests]
    return _and([{"t": leaf.coll}, *tests])


def _asked(leaf: OnPerson | Exists) -> dict:
    """The pattern durable_rules is given for a leaf: the leaf's own, or its negation when the
    leaf is `_reversed`."""
    if _reversed(leaf):
        return _and([{"t": "person"}, _or([_test(t.negated()) for t in leaf.tests])])
    return pattern(leaf)


def _reversed(leaf: OnPerson | Exists) -> bool:
    """A leaf asked the other way round: the person's day on or after a date (the in-force
    test of most rules: born, or assessed, since the text took effect) holds for nearly every
    case, and every pattern that fires costs durable_rules a match; its negation seldom fires.
    The days are always known, so the leaf holds exactly when its negation does not fire."""
    return isinstance(leaf, OnPerson) and all(
        t.field in DAYS and t.op in ("gte", "gt") for t in leaf.tests
    )


def _expression(cond: Cond, leaves: dict) -> str:
    if isinstance(cond, OnPerson | Exists):
        negated = cond.none if isinstance(cond, Exists) else _reversed(cond)
        return f"{leaves[cond]!r} {'not in' if negated else 'in'} fired"
    if not cond.items:  # all of nothing holds; any of nothing does not
        return str(isinstance(cond, AllOf))
    joiner = " and " if isinstance(cond, AllOf) else " or "
    return "(" + joiner.join(_expression(i, leaves) for i in cond.items) + ")"


def _leaves(cond: Cond):
    if isinstance(cond, OnPerson | Exists):
        yield cond
    else:
        for item in cond.items:
            yield from _leaves(item)


def _rule(name: str, m: dict) -> dict:
    return {"all": [{"m": m}], "run": name}


def _test(t: Test) -> dict:
    """Matches only a known value that passes (durable_rules never matches null in a
    comparison, `$neq` included)."""
    f = t.field
    if t.op == "eq":
        return {f: t.value}
    if t.op == "in":
        return _or([{f: v} for v in t.value])
    if t.op in ("ne", "not_in"):
        values = t.value if t.op == "not_in" else (t.value,)
        return _and([{"$neq": {f: v}} for v in values])
    if t.op == "known":
        return {"$neq": {f: None}} if t.value else {f: None}
    return {f"${t.op}": {t.field: t.value}}


def _possibly(t: Test, fields) -> dict:
    """Passes, or cannot be told because the value is unknown."""
    if t.op == "known" or fields[t.field].always_known:
        return _test(t)
    return _or([_test(t), {t.field: None}])


def _and(parts: list) -> dict:
    return _join("$and", parts)


def _or(parts: list) -> dict:
    return _join("$or", parts)


def _join(op: str, parts: list) -> dict:
    flat = []
    for part in parts:
        flat.extend(part[op] if list(part) == [op] else [part])
    return flat[0] if len(flat) == 1 else {op: flat}
