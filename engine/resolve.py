"""From the rules a case satisfies to one country's answer.

Order-independent by construction: exceptions defeat the rules they name, then the surviving
rules are laid on a timeline (acquisitions, losses, unclear law) and replayed up to `as_of`.
National beats an open entitlement (conditional), which beats undetermined, which beats not
national. A discretionary way in (a naturalization the state may refuse) is never a status: it
is listed among the result's routes, beside whatever status the rest of the law gives.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial
from operator import itemgetter
from typing import NamedTuple

from engine.compile import act_name
from engine.dates import birthday, last_day_before_age
from engine.evaluate import compiled_unknowns, passes
from engine.facts import Facts
from engine.i18n import N_, REQUIRED_ACTS, VALUES, country_name, translations
from engine.prepare import PreparedRule, residence_under_way
from schemas.conditions import AllOf, Cond, Exists
from schemas.determination import Condition, CountryResult, Route
from schemas.rulepack import Requirement

_RANK = {"low": 0, "medium": 1, "high": 2}  # confidence, lowest first
YEARS_OF_RESIDENCE = {
    True: N_("%(n)d year of residence in %(country)s"),
    False: N_("%(n)d years of residence in %(country)s"),
}
_STEP = {"+": 0, "?": 1, "-": 2}  # same day: acquisition, then unclear law, then loss
_DAY_AND_STEP = itemgetter(0, 1)  # the order of events
STEPS = {"national": "+", "conditional": "+", "lost": "-", "undetermined": "?"}  # by outcome
ACTS = {"registration", "naturalization", "renunciation"}
PERIODS = ("marriages", "residence")  # collections of periods, each with its `from` day
# a route's kind by its rule's topic; any other is an application the state may refuse (e.g.
# Cuba's for children born abroad, which gives nationality by birth if granted)
ROUTE_KINDS = {"naturalization": "naturalization", "loss": "recovery"}


class Need(NamedTuple):
    """What is still to be done for a route (a Condition of the result, once one is said)."""

    act: str
    by: str | None
    from_: dt.date | None
    deadline: dt.date | None
    rule: str


class Placing(NamedTuple):
    """How a rule that applies is placed on a case (see _place), read once per rules."""

    required: tuple  # a conditional rule's requirements (Required); none for any other
    step: tuple[int, str] | None  # its order on a day, and its step; None: not on the timeline
    day: Callable[[dict], int]  # the day number its outcome takes effect, from the facts


class Required(NamedTuple):
    """A requirement of a conditional rule, as resolve() reads it on every case."""

    req: Requirement
    met_as: str  # the name under which it counts as met among the fired rules
    under_way: Callable | None  # for residence: whether a period under way will meet it


@dataclass(frozen=True)
class CountryIndex:
    """A country's rules, with what resolve() asks of them on every case worked out once (the
    screener keeps one per state: engine/screening.py)."""

    by_id: dict[str, PreparedRule]  # the rules, by id
    excepts: dict[str, tuple[str, ...]]  # exception id -> ids of the rules it excepts
    required: dict[str, tuple[Required, ...]]  # rule id -> its requirements
    placing: dict[str, Placing]  # rule id -> how it is placed
    # discretionary rule id -> the periods its condition reads: (collection, the test of a
    # period it accepts, the years that period must last)
    periods: dict[str, tuple[tuple[str, Callable, int], ...]]
    # (discretionary rule id, language) -> its route's kind, requirements and basis in words,
    # worked out on the first case that asks
    words: dict[tuple[str, str], tuple[str, str, str]]
    # rules that give the nationality of right: (id, what they read that can be unknown, their
    # condition); by id, the unknown facts that leave one undecided (compiled_unknowns), compiled
    # the first time a case leaves a fact it reads unknown: few rules ever are, and compiling
    # them all cost each run ~25 ms before its first answer
    of_right: tuple[tuple[str, frozenset, Cond], ...]
    unknowns: dict[str, Callable[[dict], list]]
    nullable: frozenset  # what any rule of right reads that a case can leave unknown


def country_index(rules: tuple[PreparedRule, ...]) -> CountryIndex:
    """A country's rules, indexed for resolve()."""
    ids = [r.id for r in rules]
    of_right = tuple(
        (r.id, r.may_be_unknown, r.cond)
        for r in rules
        if r.rule.outcome in ("national", "conditional") and not r.rule.discretionary
    )
    return CountryIndex(
        by_id={r.id: r for r in rules},
        excepts={
            e.id: tuple(i for i in ids if e.rule.excepts_rule(i)) for e in rules if e.rule.excepts
        },
        required={r.id: _required(r) for r in rules},
        placing={r.id: _placing(r) for r in rules},
        periods={r.id: _periods(r) for r in rules if r.rule.discretionary},
        words={},
        of_right=of_right,
        nullable=frozenset().union(*(read for _, read, _ in of_right)),
        unknowns={},
    )


def _placing(rule: PreparedRule) -> Placing:
    outcome = rule.rule.outcome
    step = STEPS.get(outcome)  # none for an excluded rule
    return Placing(
        _required(rule) if outcome == "conditional" else (),
        None if step is None else (_STEP[step], step),
        _effective(rule),
    )


def _required(rule: PreparedRule) -> tuple[Required, ...]:
    return tuple(
        Required(
            req,
            act_name(rule.id, k),
            None if req.residence is None else passes(residence_under_way(req.residence).tests),
        )
        for k, req in enumerate(rule.rule.requires)
    )


@dataclass
class Answer:
    """A country's result with the rules behind it (explanations are built from these)."""

    result: CountryResult
    fired: dict[str, None]  # rule ids (and met requirements) whose conditions hold, in order
    applied: list[PreparedRule]
    defeated: dict[str, str]  # rule id -> id of the exception that defeated it
    took: set[str]  # rules whose outcome took effect on the timeline
    # the conditional rules with an act not yet done, as (open routes, expired, unopened): when
    # the nationality is held only explanations ask, so it is worked out only then
    routes_of: Callable[[], tuple[list, list, list]]

    @cached_property
    def _placed(self) -> tuple[list, list, list]:
        return self.routes_of()

    @property
    def expired(self) -> list[PreparedRule]:
        """Conditional routes whose time ran out."""
        return self._placed[1]

    @property
    def unopened(self) -> list[PreparedRule]:
        """Conditional routes whose prerequisite never began."""
        return self._placed[2]


def resolve(
    index: CountryIndex, fired: dict[str, None], facts: Facts, lang: str, barred=frozenset()
) -> Answer:
    """One country's answer from the rules that hold (`fired`: CompiledCountry.decide's, in
    the order of the rules). `barred`: losses held not to take effect because they would
    leave the person stateless (engine/screening.py decides that across countries)."""
    by_id = index.by_id
    applied = [by_id[i] for i in fired if i in by_id]  # not the met requirements' names
    defeated = _defeated(applied, index.excepts, fired)
    active = _standing(applied, defeated, barred)
    values = facts.values
    events, pending = _place(active, fired, index.placing, values)
    state, deciding, took = _replay(sorted(events, key=_DAY_AND_STEP))
    routes_of = partial(_open_routes, pending, values)
    if state == "national":
        barred_here = [r.id for r in applied if r.id in barred] if barred else None
        result = _result("national", deciding, barred=barred_here)
    else:
        routes, expired, _ = routes_of()
        # a route that follows a rule (e.g. recovering a loss) is open only if it took effect
        routes = [
            (r, c) for r, c in routes if not r.rule.follows or took.intersection(r.rule.follows)
        ]
        entitled = [(r, c) for r, c in routes if not r.rule.discretionary]
        exceptions = [r for r in active if r.rule.excepts]
        result = _unheld(
            state,
            deciding,
            entitled,
            expired,
            lang,
            lambda: _missing(index, fired, facts, exceptions),
        )
        if any(r.rule.discretionary for r, _ in routes):
            result.routes = _routes(routes, events, took, index, values, lang)
    return Answer(result, fired, applied, defeated, took, routes_of)


def _place(active, fired, placing, values) -> tuple[list, list]:
    """Each rule that applies, in its place: an event on the timeline (an acquisition, a loss,
    unclear law) with its day number; or, for a conditional rule whose act is not yet done,
    pending with its unmet requirements (see _open_routes)."""
    events, pending = [], []
    for rule in active:
        required, step, day = placing[rule.id]
        if required:
            unmet = [r for r in required if r.met_as not in fired]
            if unmet:
                pending.append((rule, unmet))
                continue
        if step is not None:
            events.append((day(values), *step, rule))
    return events, pending


def _open_routes(pending, values) -> tuple[list, list, list]:
    """For each conditional rule whose act is not yet done: an open route with what is still
    to do, a route whose time ran out, or one not yet opened."""
    routes, expired, unopened = [], [], []
    birth, as_of = dt.date.fromordinal(values["birth_date"]), dt.date.fromordinal(values["as_of"])
    for rule, unmet in pending:
        conditions = _open_conditions(rule, unmet, values, birth, as_of)
        if conditions:
            routes.append((rule, conditions))
        elif _expired(unmet, birth, as_of):
            expired.append(rule)  # a route the person had, whose time ran out
        else:
            unopened.append(rule)
    return routes, expired, unopened


def _unheld(state, deciding, routes, expired, lang: str, missing) -> CountryResult:
    """The answer when the replay ends without the nationality held: an open route is what a
    caseworker can act on (unclear law is still said); then unclear law; then the facts whose
    being unknown keeps a rule from deciding (`missing()`); else not national."""
    unclear = (
        "; ".join(getattr(r.rule.reason, lang) for r in deciding) if state == "unknown" else None
    )
    if routes:
        needs = {_said(c): c for _, cs in routes for c in cs}.values()
        conditions = [
            Condition(act=n.act, by=n.by, from_=n.from_, deadline=n.deadline, rule=n.rule)
            for n in needs
        ]
        return _result("conditional", [r for r, _ in routes], conditions=conditions, reason=unclear)
    unknown = missing()
    if state == "unknown":  # unclear law; the facts that would let a clear rule decide, too
        return _result("undetermined", deciding, reason=unclear, missing_facts=unknown)
    if unknown:
        return _result("undetermined", [], missing_facts=unknown)
    return _result("not_national", deciding or [r for r in expired if not r.rule.discretionary])


def _standing(applied: list[PreparedRule], defeated: dict, barred) -> list[PreparedRule]:
    """The rules that apply and are neither defeated nor barred."""
    if not defeated and not barred:
        return applied
    return [r for r in applied if r.id not in defeated and r.id not in barred]


def _defeated(applied: list[PreparedRule], excepts: dict, fired) -> dict[str, str]:
    """Rules defeated by an applicable exception that is not itself defeated (a fixed point;
    the loader refuses cycles of exceptions)."""
    if excepts.keys().isdisjoint(fired):
        return {}  # no exception applies (the usual case, told without a loop)
    exceptions = [e for e in applied if e.rule.excepts]
    ids = {r.id for r in applied}
    defeated: dict[str, str] = {}
    while True:
        standing = [e for e in exceptions if e.id not in defeated]
        now = {r: e.id for e in standing for r in excepts[e.id] if r in ids}
        if now == defeated:
            return defeated
        defeated = now


def _effective(rule: PreparedRule) -> Callable[[dict], int]:
    """How the day number the rule's outcome takes effect is read from the facts: birth, the
    day the text came into force if later, or the first row of its event."""
    judged = rule.rule.judged_at
    if judged == "birth":
        return itemgetter("birth_date")
    if judged == "as_of":
        in_force = rule.rule.in_force.from_.toordinal()
        return lambda values: max(values["birth_date"], in_force)
    coll, dated_by = rule.event.coll, passes(rule.event.tests)
    return lambda values: min(row["date"] for row in values[coll] if dated_by(row))


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


def _open_conditions(rule, unmet: list[Required], values, birth, as_of) -> list[Need]:
    """What is still to be done, and when, for every unmet requirement; [] when the route is
    closed because one of them can no longer be met."""
    conditions = []
    for req, _, under_way in unmet:
        if under_way is not None:
            found = _residence_condition(rule, req, under_way, values)
        else:
            found = _act_conditions(rule, req, birth, as_of)
        if not found:
            return []
        conditions.extend(found)
    return conditions


def _expired(unmet: list[Required], birth, as_of) -> bool:
    """Whether an unmet act requirement's last window has passed (rather than, say, the
    residence the route needs never having begun)."""
    for req, _, under_way in unmet:
        if under_way is not None:
            continue
        ends = [w.before_age for w in req.windows]
        if None not in ends and as_of > last_day_before_age(birth, max(ends)):
            return True
    return False


def _act_conditions(rule, req, birth, as_of) -> list[Need]:
    found = []
    for window in req.windows:
        start = birthday(birth, window.from_age)
        end = None if window.before_age is None else last_day_before_age(birth, window.before_age)
        if end is None or as_of <= end:
            found.extend(Need(req.act, who, start, end, rule.id) for who in window.by)
    return found


def _residence_condition(rule, req, under_way, values) -> list[Need]:
    """An ongoing period that qualifies (is `under_way`) meets the need on the day it reaches
    the years; with none, only a bare domicile (no years) can still simply be taken up."""
    need = req.residence
    starts = [row["from"] for row in values["residence"] if under_way(row)]
    if starts:
        ready = birthday(dt.date.fromordinal(min(starts)), need.years)
        return [Need(req.act, "self", ready, None, rule.id)]
    if need.years == 0:
        return [Need(req.act, "self", None, None, rule.id)]
    return []


def _opening(rule, required, periods, conditions: list[Need], values, after) -> dt.date | None:
    """The day a route opens: when the last of its requirements is (or will be) met, and no
    earlier than the text that opens it, the periods its own condition reads (a marriage, a
    residence) or the rule it follows (`after`: e.g. the loss a recovery undoes). A requirement
    already met is dated to the day it was."""
    met = [
        c
        for req, _, under_way in required
        if under_way is not None
        for c in _residence_condition(rule, req, under_way, values)
        if c.from_
    ]
    windows: dict[str, list] = {}  # per act, its alternative windows (a parent's, one's own)
    for c in conditions + met:
        windows.setdefault(c.act, []).append(c.from_)
    # an act opens with its first window (one with no day is open now); the route with its last
    days = [min(starts) for starts in windows.values() if None not in starts]
    if rule.rule.judged_at == "as_of":  # not before the text that opens it
        days.append(rule.rule.in_force.from_)
    return max(days + _periods_counted(periods, values) + list(after), default=None)


def _periods(rule: PreparedRule) -> tuple[tuple[str, Callable, int], ...]:
    """The periods the rule's condition reads (a marriage, a residence): for each, its
    collection, the test of a period it accepts, and the years it must have lasted."""
    parts = rule.cond.items if isinstance(rule.cond, AllOf) else (rule.cond,)
    return tuple(
        (
            clause.coll,
            passes(clause.tests),
            max((t.value for t in clause.tests if t.field == "years" and t.op == "gte"), default=0),
        )
        for clause in parts
        if isinstance(clause, Exists) and clause.coll in PERIODS and not clause.none
    )


def _periods_counted(periods, values) -> list[dt.date]:
    """For each period the rule's condition reads, the day the first one it accepts has
    lasted the years the condition asks for."""
    days = []
    for coll, accepted, years in periods:
        starts = [r["from"] for r in values[coll] if accepted(r)]
        if starts:
            days.append(birthday(dt.date.fromordinal(min(starts)), years))
    return days


def _said(condition: Need) -> tuple:
    """What a caseworker reads of a condition: two rules asking the same act are one line."""
    return condition.act, condition.by, condition.from_, condition.deadline


def _routes(routes, events, took: set[str], index, values, lang: str) -> list[Route]:
    """The discretionary ways in among the open routes; one that follows a rule (a recovery
    after a loss) opens no earlier than the day that rule took effect."""
    taken = {rule.id: dt.date.fromordinal(day) for day, _, _, rule in events if rule.id in took}
    return [
        _route(r, index, c, values, lang, [taken[f] for f in r.rule.follows if f in taken])
        for r, c in routes
        if r.rule.discretionary
    ]


def _route(rule: PreparedRule, index, conditions: list[Need], values, lang, after) -> Route:
    """A discretionary way in: its kind, the day it opens, what it requires in words, and the
    provisions it rests on (the words are the same on every case: worked out once)."""
    words = index.words.get((rule.id, lang))
    if words is None:
        words = index.words[rule.id, lang] = _route_words(rule, lang)
    kind, requires, basis = words
    required, periods = index.required[rule.id], index.periods[rule.id]
    opens = _opening(rule, required, periods, conditions, values, after)
    return Route(kind=kind, rule=rule.id, from_=opens, requires=requires, basis=basis)


def _route_words(rule: PreparedRule, lang: str) -> tuple[str, str, str]:
    """A route's kind (by its rule's topic), its requirements in words, and its basis."""
    return (
        ROUTE_KINDS.get(rule.id.split(".")[1], "application"),
        "; ".join(_requirement(req, lang) for req in rule.rule.requires),
        "; ".join(rule.citations),
    )


def _requirement(req, lang: str) -> str:
    _ = translations(lang).gettext
    need = req.residence
    if need is None or need.years == 0:
        act = _(REQUIRED_ACTS[req.act])
        return act if need is None else f"{act} ({country_name(need.country, lang)})"
    years = YEARS_OF_RESIDENCE[need.years == 1]  # Spanish and English: one, or any other number
    words = _(years) % {"n": need.years, "country": country_name(need.country, lang)}
    if need.statuses:  # as which kinds of resident the years count
        names = [_(VALUES[s]) for s in need.statuses]
        listed = ", ".join(names[:-1]) + _(" or ") + names[-1] if len(names) > 1 else names[0]
        words += " " + _("as %(statuses)s") % {"statuses": listed}
    return words


def _missing(index: CountryIndex, fired, facts: Facts, exceptions) -> list[str]:
    """Case fields whose being unknown keeps a rule that gives the nationality (at birth, or as
    of right) from deciding, unless an exception that applies would defeat that rule anyway. A
    discretionary way in settles nothing: its unknown facts are not missing."""
    found = []
    nulls, values = facts.nulls(index.nullable), facts.values
    excepted = {i for e in exceptions for i in index.excepts[e.id]} if exceptions else ()
    for rule_id, may_be_unknown, cond in index.of_right:
        if rule_id in fired or nulls.isdisjoint(may_be_unknown) or rule_id in excepted:
            continue  # it holds, every fact it reads is known, or an exception defeats it
        if rule_id not in index.unknowns:
            index.unknowns[rule_id] = compiled_unknowns(cond)
        for coll, field, row in index.unknowns[rule_id](values):
            path = facts.source(coll, field, row)
            if path not in found:
                found.append(path)
    return found


def _result(status, deciding, **said) -> CountryResult:
    """The result; only what is said is passed (a field left out costs pydantic nothing to
    validate, and defaults to the same empty list or null)."""
    said = {k: v for k, v in said.items() if v is not None and v != []}
    if len(deciding) == 1:  # the usual case, said without building and ranking a list
        said.update(deciding[0].alone)
    elif deciding:
        basis = [c for r in deciding for c in r.citations]
        said.update(
            rules=[r.id for r in deciding],
            basis=list(dict.fromkeys(basis)),
            confidence=min((r.rule.confidence for r in deciding), key=_RANK.__getitem__),
        )
    return CountryResult(status=status, **said)
