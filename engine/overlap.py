"""Which rules of a state can decide the same case: a conservative, static check.

Two rules are provably disjoint when one of them requires a value of a fact the other rules
out (e.g. birth dates in periods that do not meet, born in CR vs born abroad), or when one needs
some row that the other says does not exist. Anything we cannot prove disjoint must carry a
declared relation (`excepts` or `alongside`): overlap is then a decision, not an accident.
"""

from schemas.conditions import AllOf, AnyOf, Cond, Exists, OnPerson, Test

_UNBOUNDED = (float("-inf"), float("inf"))


def disjoint(a: Cond, b: Cond) -> bool:
    left, right = _conjuncts(a), _conjuncts(b)
    if any(_clash(x, y) for x in left for y in right):
        return True
    return any(
        isinstance(x, AnyOf) and all(disjoint(branch, other) for branch in x.items)
        for x, other in [(x, b) for x in left] + [(y, a) for y in right]
    )


def _conjuncts(cond: Cond) -> list:
    if isinstance(cond, AllOf):
        return [c for item in cond.items for c in _conjuncts(item)]
    if isinstance(cond, OnPerson):
        return list(cond.tests)
    return [cond]


def _clash(x, y) -> bool:
    if isinstance(x, Test) and isinstance(y, Test):
        return x.field == y.field and _values_disjoint(x, y)
    if isinstance(x, Exists) and isinstance(y, Exists) and x.coll == y.coll:
        some, none = (x, y) if y.none else (y, x)
        if some.none or not none.none:
            return False
        # every row passing `some` also passes `none`'s tests, which no row may pass
        return all(any(_implies(s, n) for s in some.tests) for n in none.tests)
    return False


def _kind(t: Test):
    """A test as a set of values: ('in', set), ('out', set), ('range', lo, hi, ...), known."""
    if t.op in ("eq", "in"):
        return ("in", set(t.value) if t.op == "in" else {t.value})
    if t.op in ("ne", "not_in"):
        return ("out", set(t.value) if t.op == "not_in" else {t.value})
    if t.op == "known":
        return ("known", t.value)
    lo, hi = _UNBOUNDED
    bound = _key(t.value)
    if t.op in ("lt", "lte"):
        hi = bound if t.op == "lte" else bound - 1
    else:
        lo = bound if t.op == "gte" else bound + 1
    return ("range", lo, hi)


def _key(value):
    return value.toordinal() if hasattr(value, "toordinal") else value


def _in_range(value, lo, hi) -> bool:
    return lo <= _key(value) <= hi


def _values_disjoint(x: Test, y: Test) -> bool:
    a, b = _kind(x), _kind(y)
    if a[0] == "known" or b[0] == "known":
        k, other = (a, b) if a[0] == "known" else (b, a)
        if other[0] == "known":
            return k[1] != other[1]
        return k[1] is False  # a value test needs a known value
    if a[0] == "range" and b[0] == "range":
        return max(a[1], b[1]) > min(a[2], b[2])
    if a[0] == "range" or b[0] == "range":
        r, other = (a, b) if a[0] == "range" else (b, a)
        return other[0] == "in" and not any(_in_range(v, r[1], r[2]) for v in other[1])
    if a[0] == "in" and b[0] == "in":
        return not (a[1] & b[1])
    if a[0] == "out" and b[0] == "out":
        return False
    inside, outside = (a, b) if a[0] == "in" else (b, a)
    return inside[1] <= outside[1]


def _implies(s: Test, n: Test) -> bool:
    """Every value passing s passes n (same field)."""
    if s.field != n.field:
        return False
    if s == n:
        return True
    a, b = _kind(s), _kind(n)
    if b[0] == "known":
        return b[1] is True and a[0] != "known"
    if a[0] == "in":
        if b[0] == "in":
            return a[1] <= b[1]
        if b[0] == "out":
            return not (a[1] & b[1])
        if b[0] == "range":
            return all(_in_range(v, b[1], b[2]) for v in a[1])
    if a[0] == "range" and b[0] == "range":
        return b[1] <= a[1] and a[2] <= b[2]
    return False
