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
    """Whether row_value(tests, row) is True, as one compiled expression: the rows a route or
    an event reads are tested on every case, and the law's tests are few and fixed."""
    parts = []
    for k, t in enumerate(tests):
        field = f"row.get({t.field!r})"
        if t.op == "known":
            parts.append(f"(({field} is not None) == _v[{k}])")
        else:
            parts.append(f"({field} is not None and {field} {_OPERATOR[t.op]} _v[{k}])")
    source = " and ".join(parts) or "True"
    values = tuple(t.value for t in tests)
    return eval(f"lambda row, _v=_v: bool({source})", {"_v": values})  # noqa: S307 (our names)


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
