"""From the rules a case satisfies to one country's answer.

Order-independent by construction: exceptions defeat the rules they name, then the surviving
rules are laid on a timeline (acquisitions, losses, unclear law) and replayed up to `as_of`.
National beats an open conditional route, which beats undetermined, which beats not national.
"""

import datetime as dt
from dataclasses import dataclass

from engine.compile import act_name
from engine.dates import birthday, last_day_before_age
from engine.evaluate import row_value, unknowns
from engine.facts import Facts
from engine.prepare import PreparedRule, residence_under_way
from schemas.determination import Condition, CountryResult

_CONFIDENCE = ["low", "medium", "high"]
_STEP = {"+": 0, "?": 1, "-": 2}  # same day: acquisition, then unclear law, then loss
ACTS = {"registration", "naturalization", "renunciation"}


@dataclass
class Answer:
    """A country's result with the rules behind it (explanations are built from these)."""

    result: CountryResult
    fired: set[str]  # rule ids (and met requirements) whose conditions hold
    applied: list[PreparedRule]
    defeated: dict[str, str]  # rule id -> id of the exception that defeated it
    took: set[str]  # rules whose outcome took effect on the timeline
    expired: list[PreparedRule]  # conditional routes whose time ran out
    unopened: list[PreparedRule]  # conditional routes whose prerequisite never began


def resolve(rules, fired: set[str], facts: Facts, lang: str, barred=frozenset()) -> Answer:
    """One country's answer. `barred`: losses held not to take effect because they would
    leave the person stateless (engine/screening.py decides that across countries)."""
    applied = [r for r in rules if r.id in fired]
    defeated = _defeated(applied)
    active = [r for r in applied if r.id not in defeated and r.id not in barred]
    values = facts.values
    birth, as_of = dt.date.fromordinal(values["birth_date"]), dt.date.fromordinal(values["as_of"])
    events, routes, expired, unopened = _place(active, fired, values, birth, as_of)
    state, deciding, took = _replay(sorted(events, key=lambda e: (e[0], e[1])))
    # a route that follows a rule (e.g. recovering a loss) is open only if that rule took effect
    routes = [(r, c) for r, c in routes if not r.rule.follows or took.intersection(r.rule.follows)]
    if state == "national":
        result = _result("national", deciding, barred=[r.id for r in applied if r.id in barred])
    else:
        exceptions = [r for r in active if r.rule.excepts]
        result = _unheld(
            state,
            deciding,
            routes,
            expired,
            lang,
            lambda: _missing(rules, fired, facts, exceptions),
        )
    return Answer(result, fired, applied, defeated, took, expired, unopened)


def _place(active, fired, values, birth, as_of) -> tuple[list, list, list, list]:
    """Each rule that applies, in its place: an event on the timeline (an acquisition, a loss,
    unclear law) with its day; or, for a conditional rule whose act is not yet done, an open
    route with what is still to do, a route whose time ran out, or one not yet opened."""
    events, routes, expired, unopened = [], [], [], []
    for rule in active:
        outcome = rule.rule.outcome
        met = [act_name(rule.id, k) in fired for k in range(len(rule.met))]
        if outcome == "conditional" and not all(met):
            conditions = _open_conditions(rule, met, values, birth, as_of)
            if conditions:
                routes.append((rule, conditions))
            elif _expired(rule, met, birth, as_of):
                expired.append(rule)  # a route the person had, whose time ran out
            else:
                unopened.append(rule)
        elif outcome != "excluded":
            step = {"national": "+", "conditional": "+", "lost": "-", "undetermined": "?"}[outcome]
            events.append((_effective(rule, values, birth), _STEP[step], step, rule))
    return events, routes, expired, unopened


def _unheld(state, deciding, routes, expired, lang: str, missing) -> CountryResult:
    """The answer when the replay ends without the nationality held: an open route is what a
    caseworker can act on (unclear law is still said); then unclear law; then the facts whose
    being unknown keeps a rule from deciding (`missing()`); else not national."""
    unclear = (
        "; ".join(getattr(r.rule.reason, lang) for r in deciding) if state == "unknown" else None
    )
    if routes:
        conditions = [c for _, cs in routes for c in cs]
        return _result("conditional", [r for r, _ in routes], conditions=conditions, reason=unclear)
    if state == "unknown":
        return _result("undetermined", deciding, reason=unclear)
    unknown = missing()
    if unknown:
        return _result("undetermined", [], missing=unknown)
    return _result("not_national", deciding or expired)


def _defeated(applied: list[PreparedRule]) -> dict[str, str]:
    """Rules defeated by an applicable exception that is not itself defeated (a fixed point;
    the loader refuses cycles of exceptions)."""
    defeated: dict[str, str] = {}
    while True:
        standing = [e for e in applied if e.id not in defeated and e.rule.excepts]
        now = {r.id: e.id for e in standing for r in applied if e.rule.excepts_rule(r.id)}
        if now == defeated:
            return defeated
        defeated = now


def _effective(rule: PreparedRule, values: dict, birth: dt.date) -> dt.date:
    """The day the rule's outcome takes effect."""
    judged = rule.rule.judged_at
    if judged == "birth":
        return birth
    if judged == "as_of":
        return max(birth, rule.rule.in_force.from_)
    clause = rule.event
    days = [row["date"] for row in values[clause.coll] if row_value(clause.tests, row)]
    return dt.date.fromordinal(min(days))


def _replay(events) -> tuple[str, list[PreparedRule], set[str]]:
    """State after each event: an acquisition makes national, a loss ends a held (or
    unclear) nationality, unclear law about an acquisition clouds anything but a held one, and
    unclear law about an act (a possible loss) clouds a held one too. Also returns the ids of
    the rules that took effect."""
    state, deciding, took = "none", [], set()
    for _, _, step, rule in events:
        if rule.rule.follows and not took.intersection(rule.rule.follows):
            continue  # e.g. a rule about restoring a loss that never happened
        if step == "+":
            deciding = deciding + [rule] if state == "national" else [rule]
            state = "national"
        elif step == "-" and state in ("national", "unknown"):
            state, deciding = "none", [rule]
        elif step == "?" and (state != "national" or rule.rule.judged_at in ACTS):
            # unclear law clouds a nationality not held; at an act (was it lost?) a held one too
            deciding = deciding + [rule] if state == "unknown" else [rule]
            state = "unknown"
        else:
            continue
        took.add(rule.id)
    return state, deciding, took


def _open_conditions(rule, met: list[bool], values, birth, as_of) -> list[Condition]:
    """What is still to be done, and when, for every unmet requirement; [] when the route is
    closed because one of them can no longer be met."""
    conditions = []
    for req, done in zip(rule.rule.requires, met, strict=True):
        if done:
            continue
        if req.residence is not None:
            found = _residence_condition(rule, req, values)
        else:
            found = _act_conditions(rule, req, birth, as_of)
        if not found:
            return []
        conditions.extend(found)
    return conditions


def _expired(rule, met: list[bool], birth, as_of) -> bool:
    """Whether an unmet act requirement's last window has passed (rather than, say, the
    residence the route needs never having begun)."""
    for req, done in zip(rule.rule.requires, met, strict=True):
        if done or req.residence is not None:
            continue
        ends = [w.before_age for w in req.windows]
        if None not in ends and as_of > last_day_before_age(birth, max(ends)):
            return True
    return False


def _act_conditions(rule, req, birth, as_of) -> list[Condition]:
    found = []
    for window in req.windows:
        start = birthday(birth, window.from_age)
        end = None if window.before_age is None else last_day_before_age(birth, window.before_age)
        if end is None or as_of <= end:
            found.extend(
                Condition(act=req.act, by=who, from_=start, deadline=end, rule=rule.id)
                for who in window.by
            )
    return found


def _residence_condition(rule, req, values) -> list[Condition]:
    """An ongoing period that qualifies meets the need on the day it reaches the years; with
    none, only a bare domicile (no years) can still simply be taken up."""
    need = req.residence
    under_way = residence_under_way(need)
    starts = [row["from"] for row in values["residence"] if row_value(under_way.tests, row)]
    if starts:
        ready = birthday(dt.date.fromordinal(min(starts)), need.years)
        return [Condition(act=req.act, by="self", from_=ready, rule=rule.id)]
    if need.years == 0:
        return [Condition(act=req.act, by="self", rule=rule.id)]
    return []


def _missing(rules, fired, facts: Facts, exceptions) -> list[str]:
    """Case fields whose being unknown keeps a granting rule from deciding (unless an
    exception that applies would defeat that rule anyway)."""
    found = []
    for rule in rules:
        if rule.id in fired or rule.rule.outcome not in ("national", "conditional"):
            continue
        if not rule.may_be_unknown & facts.nulls:
            continue  # every fact it reads is known: it is true or false, not undecided
        if any(e.rule.excepts_rule(rule.id) for e in exceptions):
            continue
        for coll, field, row in unknowns(rule.cond, facts.values):
            path = facts.source(coll, field, row)
            if path not in found:
                found.append(path)
    return found


def _result(status, deciding, conditions=(), missing=(), reason=None, barred=()) -> CountryResult:
    basis = [c for r in deciding for c in r.citations]
    confidence = min((r.rule.confidence for r in deciding), key=_CONFIDENCE.index, default=None)
    return CountryResult(
        status=status,
        rules=[r.id for r in deciding],
        basis=list(dict.fromkeys(basis)),
        conditions=list(conditions),
        missing_facts=list(missing),
        reason=reason,
        confidence=confidence,
        barred=list(barred),
    )
