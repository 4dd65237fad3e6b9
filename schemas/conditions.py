"""The condition language of the rule packs (`when:`), parsed into a small tree.

    when:
      person: {birth_country: CR, birth_place_kind: territory}   # tests on the person
      parent: {known: true, nationality: CR, held_at_birth: true} # some parent row passes all
      no_parent: {known: true, nationality: CR}                   # no parent row passes all
      any: [{...}, {...}]        all: [...]        not: {...}

A test is `field: value` (equal), `field: [a, b]` (one of), or `field: {op: value}` with op one of
not, lt, lte, gt, gte, between [a, b] (inclusive), known (true/false). Several keys in one mapping
all have to hold. Logic is three-valued: a test on an unknown (null) fact is neither true nor
false, so a rule never decides on a fact nobody gave (engine/evaluate.py).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from schemas.errors import echo
from schemas.facts import COLLECTIONS, PERSON, SINGULAR, Field

NEGATED_OP = {
    "eq": "ne",
    "ne": "eq",
    "in": "not_in",
    "not_in": "in",
    "lt": "gte",
    "gte": "lt",
    "lte": "gt",
    "gt": "lte",
}


class ConditionError(ValueError):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem


@dataclass(frozen=True)
class Test:
    field: str
    op: str  # eq ne in not_in lt lte gt gte known
    value: Any  # dates are kept as datetime.date; `in` values as a tuple

    def negated(self) -> "Test":
        if self.op == "known":
            return Test(self.field, "known", not self.value)
        return Test(self.field, NEGATED_OP[self.op], self.value)


@dataclass(frozen=True)
class OnPerson:
    tests: tuple[Test, ...]


@dataclass(frozen=True)
class Exists:
    """Some row of a collection passes every test; with `none`, no row does."""

    coll: str
    tests: tuple[Test, ...]
    none: bool = False


@dataclass(frozen=True)
class AllOf:
    items: tuple


@dataclass(frozen=True)
class AnyOf:
    items: tuple


@dataclass(frozen=True)
class NotOf:
    item: Any


Cond = OnPerson | Exists | AllOf | AnyOf | NotOf


def parse(obj: Any, path: str = "when") -> Cond:
    if not isinstance(obj, dict) or not obj:
        raise ConditionError(path, "must be a non-empty mapping of conditions")
    parts = [_part(key, value, f"{path}.{key}") for key, value in obj.items()]
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _part(key: str, value: Any, path: str) -> Cond:
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ConditionError(path, f"'{key}' takes a non-empty list of conditions")
        items = tuple(parse(v, f"{path}[{i}]") for i, v in enumerate(value))
        return AllOf(items) if key == "all" else AnyOf(items)
    if key == "not":
        return NotOf(parse(value, path))
    if key == "person":
        return OnPerson(_tests(value, PERSON, "the person", path))
    none = key.startswith("no_")
    singular = key.removeprefix("no_")
    if singular in SINGULAR:
        coll = SINGULAR[singular]
        return Exists(coll, _tests(value, COLLECTIONS[coll][1], f"a {singular}", path), none)
    known = ["person", "all", "any", "not"] + [s for s in SINGULAR] + [f"no_{s}" for s in SINGULAR]
    raise ConditionError(path, f"unknown condition '{key}' (known: {', '.join(known)})")


def _tests(obj: Any, fields: dict[str, Field], subject: str, path: str) -> tuple[Test, ...]:
    if not isinstance(obj, dict) or not obj:
        raise ConditionError(path, f"must map fields of {subject} to tests")
    tests = []
    for name, spec in obj.items():
        if name not in fields:
            raise ConditionError(
                f"{path}.{name}", f"unknown field of {subject} (fields: {', '.join(fields)})"
            )
        tests.extend(_test(name, fields[name], spec, f"{path}.{name}"))
    return tuple(tests)


def _test(name: str, field: Field, spec: Any, path: str) -> list[Test]:
    if isinstance(spec, list):
        return [Test(name, "in", _values(field, spec, path))]
    if not isinstance(spec, dict):
        return [Test(name, "eq", _value(field, spec, path))]
    if len(spec) != 1:
        raise ConditionError(path, "a test has exactly one operator")
    ((op, arg),) = spec.items()
    opath = f"{path}.{op}"
    if op == "not":
        if isinstance(arg, list):
            return [Test(name, "not_in", _values(field, arg, opath))]
        return [Test(name, "ne", _value(field, arg, opath))]
    if op in ("lt", "lte", "gt", "gte"):
        return [Test(name, op, _ordered(field, arg, opath))]
    if op == "between":
        if not isinstance(arg, list) or len(arg) != 2:
            raise ConditionError(opath, "takes [first, last], both inclusive")
        low, high = (_ordered(field, a, opath) for a in arg)
        if low > high:
            raise ConditionError(opath, f"{low} is after {high}")
        return [Test(name, "gte", low), Test(name, "lte", high)]
    if op == "known":
        if not isinstance(arg, bool):
            raise ConditionError(opath, "takes true or false")
        return [Test(name, "known", arg)]
    raise ConditionError(path, f"unknown operator '{op}' (not, lt, lte, gt, gte, between, known)")


def _values(field: Field, items: list, path: str) -> tuple:
    if not items:
        raise ConditionError(path, "an empty list matches nothing")
    return tuple(_value(field, v, f"{path}[{i}]") for i, v in enumerate(items))


def _ordered(field: Field, value: Any, path: str):
    if field.kind not in ("date", "int"):
        raise ConditionError(path, f"order comparisons need a date or a number, not a {field.kind}")
    return _value(field, value, path)


def _value(field: Field, value: Any, path: str):
    kind = field.kind
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ConditionError(path, f"{echo(value)} is not a date written YYYY-MM-DD")
    if kind in ("country", "enum") and isinstance(value, str):
        if value in field.values or (field.allows_none and value == "none"):
            return value
        what = (
            "an ISO 3166-1 alpha-2 country code"
            if kind == "country"
            else "one of " + ", ".join(sorted(field.values))
        )
        raise ConditionError(path, f"{echo(value)} is not {what}")
    raise ConditionError(path, f"{echo(value)} is not a {kind}")


def nnf(cond: Cond, negate: bool = False) -> Cond:
    """Push every `not` down to the tests (De Morgan holds in three-valued logic too)."""
    if isinstance(cond, NotOf):
        return nnf(cond.item, not negate)
    if isinstance(cond, OnPerson):
        if not negate:
            return cond
        return _either(tuple(OnPerson((t.negated(),)) for t in cond.tests))
    if isinstance(cond, Exists):
        return Exists(cond.coll, cond.tests, cond.none != negate)
    items = tuple(nnf(i, negate) for i in cond.items)
    conjunctive = isinstance(cond, AllOf) != negate
    return AllOf(items) if conjunctive else _either(items)


def _either(items: tuple) -> Cond:
    return items[0] if len(items) == 1 else AnyOf(items)


def fields_read(cond: Cond) -> set[tuple[str, str]]:
    """(collection or 'person', field) pairs a condition reads."""
    if isinstance(cond, OnPerson):
        return {("person", t.field) for t in cond.tests}
    if isinstance(cond, Exists):
        return {(cond.coll, t.field) for t in cond.tests}
    if isinstance(cond, NotOf):
        return fields_read(cond.item)
    return set().union(*(fields_read(i) for i in cond.items))


# JSON Schema of the YAML form, for editors and integrators (the parser above is the authority).
JSON_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "description": __doc__,
    "properties": {
        "person": {"type": "object"},
        "all": {"type": "array", "items": {"$ref": "#/$defs/Condition"}},
        "any": {"type": "array", "items": {"$ref": "#/$defs/Condition"}},
        "not": {"$ref": "#/$defs/Condition"},
        **{s: {"type": "object"} for s in SINGULAR},
        **{f"no_{s}": {"type": "object"} for s in SINGULAR},
    },
    "additionalProperties": False,
}
