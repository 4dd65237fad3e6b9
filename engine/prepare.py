"""A rule ready to evaluate: its full condition (with the in-force period) in negation normal
form, dates as day numbers, and the condition under which its required act has been done.

Both evaluators (durable_rules and the plain one) read only these prepared conditions, so
they cannot drift apart on what a rule means.
"""

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache

from schemas.conditions import AllOf, AnyOf, Cond, Exists, OnPerson, Test, fields_read, nnf
from schemas.facts import COLLECTIONS, PERSON
from schemas.rulepack import Requirement, Rule

NEVER = AnyOf(())  # an empty disjunction: false whatever the facts

OTHERWISE_STATELESS = ("person", "otherwise_stateless")

EVENT_COLLECTIONS = {
    "registration": "registrations",
    "naturalization": "naturalizations",
    "renunciation": "renunciations",
}


@dataclass(frozen=True)
class PreparedRule:
    id: str
    rule: Rule
    cond: Cond  # when + in force, NNF, ordinals
    met: tuple[Cond, ...]  # per requirement: the act has been done in time
    event: Exists | None  # for event-judged rules: the clause whose row dates the outcome
    citations: tuple[str, ...]
    may_be_unknown: frozenset  # (collection, field) it reads that a case can leave null
    # what a result decided by this rule alone says of it (engine/resolve.py _result): worked
    # out once, not on every case
    alone: dict = field(compare=False, repr=False)


def prepare(rule: Rule) -> PreparedRule:
    cond = _simplify(_ordinals(nnf(_in_force(rule))))
    met = tuple(_simplify(_ordinals(satisfied(req))) for req in rule.requires)
    event = None
    if rule.judged_at in EVENT_COLLECTIONS:
        clause = event_clause(rule)
        event = _ordinals(Exists(clause.coll, clause.tests + _period("date", rule)))
    nullable = frozenset(
        (coll, field) for coll, field in fields_read(cond) if not _field(coll, field).always_known
    )
    citations = tuple(rule.citations())
    alone = {
        "rules": [rule.id],
        "basis": list(dict.fromkeys(citations)),
        "confidence": rule.confidence,
    }
    return PreparedRule(rule.id, rule, cond, met, event, citations, nullable, alone)


def reads_otherwise_stateless(rule: PreparedRule) -> bool:
    """A safeguard: it can apply only once the first pass left the person with no nationality."""
    return OTHERWISE_STATELESS in fields_read(rule.cond)


def _field(coll: str, name: str):
    return PERSON[name] if coll == "person" else COLLECTIONS[coll][1][name]


def _period(field: str, rule: Rule) -> tuple[Test, ...]:
    period = rule.in_force
    tests = [Test(field, "gte", period.from_)]
    if period.to is not None:
        tests.append(Test(field, "lte", period.to))
    return tuple(tests)


def _in_force(rule: Rule) -> Cond:
    """The rule's condition with "the judged day falls within in_force" added."""
    if rule.judged_at in ("birth", "as_of"):
        field = "birth_date" if rule.judged_at == "birth" else "as_of"
        return AllOf((rule.when, OnPerson(_period(field, rule))))
    coll = EVENT_COLLECTIONS[rule.judged_at]
    clause = event_clause(rule)
    dated = Exists(coll, clause.tests + _period("date", rule))
    parts = rule.when.items if isinstance(rule.when, AllOf) else (rule.when,)
    return AllOf(tuple(dated if p is clause else p for p in parts))


def event_clause(rule: Rule) -> Exists | None:
    """The single top-level `<event>: {...}` clause whose date an event-judged rule is about."""
    coll = EVENT_COLLECTIONS.get(rule.judged_at)
    parts = rule.when.items if isinstance(rule.when, AllOf) else (rule.when,)
    found = [p for p in parts if isinstance(p, Exists) and p.coll == coll and not p.none]
    return found[0] if len(found) == 1 else None


def satisfied(req: Requirement) -> Cond:
    """Some act of the required kinds, recorded in the registry, inside one of the windows, or
    the residence period required. An act whose author is not recorded counts for whichever
    window its date falls in. An act a case cannot record is never satisfied."""
    if req.residence is not None:
        return Exists("residence", _residence_tests(req.residence))
    if not req.satisfied_by:
        return NEVER
    base = (
        Test("country", "eq", req.registry),
        Test("act", "in", tuple(req.satisfied_by)),
    )
    options = []
    for window in req.windows:
        ages = [Test("age", "gte", window.from_age)]
        if window.before_age is not None:
            ages.append(Test("age", "lt", window.before_age))
        for author in (Test("by", "in", tuple(window.by)), Test("by", "known", False)):
            options.append(Exists("registrations", (*base, author, *ages)))
    return options[0] if len(options) == 1 else AnyOf(tuple(options))


def _residence_tests(need) -> tuple[Test, ...]:
    tests = [Test("country", "eq", need.country), Test("years", "gte", need.years)]
    if need.statuses:
        tests.append(Test("status", "in", tuple(need.statuses)))
    if need.ongoing:
        tests.append(Test("ongoing", "eq", True))
    return tuple(tests)


def residence_under_way(need) -> Exists:
    """A period that will meet the need if it goes on: same country and status, still running."""
    return _under_way(need.country, tuple(need.statuses))


@cache  # asked for each case a route is open: built once per country and statuses
def _under_way(country: str, statuses: tuple[str, ...]) -> Exists:
    tests = [Test("country", "eq", country), Test("ongoing", "eq", True)]
    if statuses:
        tests.append(Test("status", "in", statuses))
    return Exists("residence", tuple(tests))


def _simplify(cond: Cond) -> Cond:
    """Flatten nested all/any and merge the tests on the person under one `all`: fewer,
    larger leaves mean fewer patterns for durable_rules to fire."""
    if isinstance(cond, OnPerson | Exists):
        return cond
    kind = type(cond)
    items = []
    for item in (_simplify(i) for i in cond.items):
        items.extend(item.items if isinstance(item, kind) else [item])
    if not items:
        return cond
    if kind is AllOf:
        person = [t for i in items if isinstance(i, OnPerson) for t in i.tests]
        others = [i for i in items if not isinstance(i, OnPerson)]
        items = ([OnPerson(tuple(dict.fromkeys(person)))] if person else []) + others
    return items[0] if len(items) == 1 else kind(tuple(items))


def _ordinals(cond: Cond) -> Cond:
    if isinstance(cond, OnPerson | Exists):
        return replace(cond, tests=tuple(_test(t) for t in cond.tests))
    return type(cond)(tuple(_ordinals(i) for i in cond.items))


def _test(t: Test) -> Test:
    def day(v):
        return v.toordinal() if isinstance(v, dt.date) else v

    value = tuple(day(v) for v in t.value) if isinstance(t.value, tuple) else day(t.value)
    return Test(t.field, t.op, value)
