"""The plain evaluator: three-valued (Kleene) logic over the facts, beside durable_rules.

True and False as usual; None when a fact the test needs is unknown. It is what says why a rule
did not apply and which unknown fact kept it from deciding; a property test holds durable_rules
to firing exactly the rules this evaluator finds True.
"""

from collections.abc import Callable
from functools import cache

from schemas.conditions import AllOf, Cond, Exists, OnPerson, Test

_OPERATOR = {"eq": "==", "ne": "!=", "in": "in", "not_in": "not in"} | {
    op: sign for op, sign in (("lt", "<"), ("lte", "<="), ("gt", ">"), ("gte", ">="))
}
_COMPARE = {
    "eq": lambda v, x: v == x,
    "ne": lambda v, x: v != x,
    "in": lambda v, x: v in x,
    "not_in": lambda v, x: v not in x,
    "lt": lambda v, x: v < x,
    "lte": lambda v, x: v <= x,
    "gt": lambda v, x: v > x,
    "gte": lambda v, x: v >= x,
}


def test(t: Test, row: dict) -> bool | None:
    value = row.get(t.field)
    if t.op == "known":
        return (value is not None) == t.value
    if value is None:
        return None
    return _COMPARE[t.op](value, t.value)


def conjunction(values) -> bool | None:
    result = True
    for v in values:
        if v is False:
            return False
        if v is None:
            result = None
    return result


def disjunction(values) -> bool | None:
    result = False
    for v in values:
        if v is True:
            return True
        if v is None:
            result = None
    return result


def row_value(tests, row: dict) -> bool | None:
    return conjunction(test(t, row) for t in tests)


@cache
def passes(tests: tuple[Test, ...]) -> Callable[[dict], bool]:
    """Whether row_value(tests, row) is True, as one compiled function: the rows a route or an
    event reads are tested on every case, and the law's tests are few and fixed."""
    return _compiled_tests(tests, if_null="return False")


def evaluate(cond: Cond, facts: dict) -> bool | None:
    if isinstance(cond, OnPerson):
        return row_value(cond.tests, facts)
    if isinstance(cond, Exists):
        found = disjunction(row_value(cond.tests, row) for row in facts[cond.coll])
        return None if found is None else found != cond.none
    values = (evaluate(i, facts) for i in cond.items)
    return conjunction(values) if isinstance(cond, AllOf) else disjunction(values)


def unknowns(cond: Cond, facts: dict) -> list[tuple[str, str, int | None]]:
    """The unknown facts (collection, field, row) that leave a condition undecided."""
    if evaluate(cond, facts) is not None:
        return []
    if isinstance(cond, OnPerson):
        return [("person", t.field, None) for t in cond.tests if test(t, facts) is None]
    if isinstance(cond, Exists):
        return [
            (cond.coll, t.field, k)
            for k, row in enumerate(facts[cond.coll])
            if row_value(cond.tests, row) is None
            for t in cond.tests
            if test(t, row) is None
        ]
    found = []
    for item in cond.items:
        found.extend(unknowns(item, facts))
    return found


def compiled(cond: Cond) -> Callable[[dict], bool | None]:
    """evaluate(cond, ·) as nested functions built once, for a condition asked on every case."""
    if isinstance(cond, OnPerson):
        return _row_valuer(cond.tests)
    if isinstance(cond, Exists):
        return _exists(cond)
    items = tuple(compiled(i) for i in cond.items)
    return _combined(items, decisive=not isinstance(cond, AllOf))


def compiled_unknowns(cond: Cond) -> Callable[[dict], list[tuple[str, str, int | None]]]:
    """unknowns(cond, ·) built once: the rules read for the missing facts are fixed."""
    value = compiled(cond)
    if isinstance(cond, OnPerson | Exists):
        leaf = _person_unknowns(cond) if isinstance(cond, OnPerson) else _row_unknowns(cond)
        return lambda facts: [] if value(facts) is not None else leaf(facts)
    parts = tuple(compiled_unknowns(i) for i in cond.items)
    return lambda facts: [] if value(facts) is not None else [u for p in parts for u in p(facts)]


def _nullable(tests: tuple[Test, ...]) -> tuple[str, ...]:
    """The fields whose tests are unknown when they are null (a `known` test never is)."""
    return tuple(t.field for t in tests if t.op != "known")


def _person_unknowns(cond: OnPerson) -> Callable[[dict], list]:
    fields = _nullable(cond.tests)
    return lambda facts: [("person", f, None) for f in fields if facts.get(f) is None]


def _row_unknowns(cond: Exists) -> Callable[[dict], list]:
    fields, row_value_of, coll = _nullable(cond.tests), _row_valuer(cond.tests), cond.coll
    return lambda facts: [
        (coll, f, k)
        for k, row in enumerate(facts[coll])
        if row_value_of(row) is None
        for f in fields
        if row.get(f) is None
    ]


@cache
def _row_valuer(tests: tuple[Test, ...]) -> Callable[[dict], bool | None]:
    """row_value(tests, ·) as one compiled function: False at the first test that fails, else
    None if a field a test needs is null, else True."""
    return _compiled_tests(tests, if_null="result = None")


def _compiled_tests(tests: tuple[Test, ...], if_null: str) -> Callable[[dict], bool | None]:
    """The tests on a row as one function: False at the first that fails; `if_null` says what
    a test on a null field does; True (or what if_null left in `result`) when none failed."""
    lines = ["def value(row):", " result = True"]
    for k, t in enumerate(tests):
        if t.op == "known":
            lines.append(f" if (row.get({t.field!r}) is not None) != _v[{k}]: return False")
        else:
            lines += [
                f" v = row.get({t.field!r})",
                f" if v is None: {if_null}",
                f" elif not (v {_OPERATOR[t.op]} _v[{k}]): return False",
            ]
    lines.append(" return result")
    scope = {"_v": tuple(t.value for t in tests)}
    exec("\n".join(lines), scope)  # noqa: S102 (our names and the law's fixed values)
    return scope["value"]


def _exists(cond: Exists) -> Callable[[dict], bool | None]:
    row_value_of, coll, none = _row_valuer(cond.tests), cond.coll, cond.none

    def value(facts: dict) -> bool | None:
        found = False
        for row in facts[coll]:
            v = row_value_of(row)
            if v is True:
                return not none
            if v is None:
                found = None
        return None if found is None else none

    return value


def _combined(items: tuple, decisive: bool) -> Callable[[dict], bool | None]:
    """`all` (decisive: False) or `any` (decisive: True) in three-valued logic: decided as soon
    as one item has the decisive value; else unknown if one item is; else the other value."""

    def value(facts: dict) -> bool | None:
        result = not decisive
        for item in items:
            v = item(facts)
            if v is decisive:
                return decisive
            if v is None:
                result = None
        return result

    return value
