"""A reform's impact on a population: every case screened under the law before and after it.

The report counts, per state and statelessness risk, how many cases are in each status before
and after; which cases changed, in which direction; and groups the changes that happened the
same way on the same rules, with the facts every case of a group shares (rarest in the
population first: those say why) and example cases. A pure function of its inputs, for the
command line and the HTTP service alike.
"""

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from engine import Engine
from engine.dates import age_on
from engine.lab.reform import ReformedLaw
from schemas.case import Case, read_case
from schemas.determination import CaseError, Determination
from schemas.lab import (
    Change,
    Example,
    Fact,
    Group,
    ImpactReport,
    PopulationSummary,
    ReformSummary,
    Transition,
)

STATUS_RANK = {"not_national": 0, "undetermined": 1, "conditional": 2, "national": 3}
RISK_RANK = {"stateless": 0, "at_risk": 1, "none": 2}
KEPT_ERRORS = 20
YES_NO = {True: "yes", False: "no", None: "unknown"}


def impact(
    reformed: ReformedLaw,
    before: Engine,
    after: Engine,
    inputs: Iterable,
    source: str,
    examples: int = 3,
    lang: str = "en",
) -> ImpactReport:
    """Screen every input (a raw case, or a CaseError from reading it) under `before` and
    `after` (the reform's two engines, engine/lab/reform.py)."""
    screened, errors = [], []
    for raw in inputs:
        case = _case(raw)
        if isinstance(case, CaseError):
            errors.append(case)
            continue
        first, second = before.screen(case, lang), after.screen(case, lang)
        screened.append((raw, case, first, second, profile(case, reformed.reform.effective)))
    firsts = [first for _, _, first, _, _ in screened]
    seconds = [second for _, _, _, second, _ in screened]
    eras = _eras(before.law, after.law)
    changes, groups, directions = _moves(screened, eras)
    shares = _population_shares(screened, eras)
    ordered = sorted(
        (_group(key, members, shares, examples) for key, members in groups.items()),
        key=lambda g: (g.direction == "same", -g.count, g.country, g.before, g.after),
    )
    return ImpactReport(
        reform=_summary(reformed, before, after),
        population=PopulationSummary(source=source, cases=len(screened), invalid=len(errors)),
        changed=sum(n for d, n in directions.items() if d != "same"),
        directions={d: directions.get(d, 0) for d in ("helps", "harms", "mixed", "same")},
        risk_before=_risks(firsts),
        risk_after=_risks(seconds),
        status_before=_statuses(firsts),
        status_after=_statuses(seconds),
        encoded=sorted(
            {c for first in firsts for c in first.nationality} & set(after.law.countries)
        ),
        transitions=_transitions(screened),
        groups=ordered,
        changes=changes,
        invalid_cases=errors[:KEPT_ERRORS],
    )


def _population_shares(screened, eras) -> dict[tuple[str, str], float]:
    """How common each fact is in the population: of the profiles, and of each state's view."""
    shares = _shares([p for *_, p in screened])
    for country in {c for _, _, first, _, _ in screened for c in first.nationality}:
        shares |= _shares([relative(case, country, eras) for _, case, *_ in screened])
    return shares


def _moves(screened, eras) -> tuple[list[Change], dict, Counter]:
    """Every change of a state's answer; the changes grouped by state, move, rules and the
    text of the state's law the person was born under; and the changed cases by direction."""
    changes, groups = [], {}
    directions: Counter = Counter()
    for raw, case, first, second, facts in screened:
        moved = _changes(case, first, second, facts)
        if moved:
            directions[_direction(first, second)] += 1
        for change in moved:
            changes.append(change)
            facts_here = {**facts, **relative(case, change.country, eras)}
            key = (change.country, change.before, change.after)
            key += (tuple(change.rules_before), tuple(change.rules_after))
            key += (tuple(change.routes_before), tuple(change.routes_after))
            key += (facts_here.get(f"born under the {change.country} law of"),)
            groups.setdefault(key, []).append((raw, first, second, facts_here))
    return changes, groups, directions


def _case(raw) -> Case | CaseError:
    return raw if isinstance(raw, CaseError) else read_case(raw)


def _summary(reformed: ReformedLaw, before: Engine, after: Engine) -> ReformSummary:
    reform = reformed.reform
    return ReformSummary(
        name=reformed.name,
        title=reform.title,
        rationale=reform.rationale,
        effective=reform.effective,
        kind=reform.kind,
        before=before.ref,
        after=after.ref,
    )


def _changes(case: Case, first: Determination, second: Determination, facts) -> list[Change]:
    """One Change per state whose status, deciding rules or routes moved (the risk is the
    case's)."""
    out = []
    for country, old in first.nationality.items():
        new = second.nationality[country]
        if _said(old) == _said(new):
            continue
        out.append(
            Change(
                case_id=case.id,
                country=country,
                before=old.status,
                after=new.status,
                rules_before=old.rules,
                rules_after=new.rules,
                routes_before=_routes(old),
                routes_after=_routes(new),
                risk_before=first.stateless_risk,
                risk_after=second.stateless_risk,
                direction=_move(STATUS_RANK[new.status] - STATUS_RANK[old.status]),
                profile=facts,
            )
        )
    return out


def _routes(result) -> list[str]:
    return [route.rule for route in result.routes]


def _said(result) -> tuple:
    """What a change compares of a state's answer: the status, the rules behind it, the routes."""
    return result.status, result.rules, _routes(result)


def _move(delta: int) -> str:
    return "helps" if delta > 0 else "harms" if delta < 0 else "same"


def _direction(first: Determination, second: Determination) -> str:
    """Lower risk helps and higher harms; with the same risk, better statuses help, worse ones
    harm, and both is mixed; only other rules behind the same answers is `same`."""
    risk = RISK_RANK[second.stateless_risk] - RISK_RANK[first.stateless_risk]
    if risk:
        return _move(risk)
    moves = {
        _move(STATUS_RANK[second.nationality[c].status] - STATUS_RANK[r.status])
        for c, r in first.nationality.items()
    } - {"same"}
    return "mixed" if len(moves) > 1 else moves.pop() if moves else "same"


def _risks(determinations) -> dict[str, int]:
    counts = Counter(d.stateless_risk for d in determinations)
    return {level: counts.get(level, 0) for level in RISK_RANK}


def _statuses(determinations) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for d in determinations:
        for country, result in d.nationality.items():
            counts[country][result.status] += 1
    return {
        c: {s: counts[c].get(s, 0) for s in STATUS_RANK} for c in sorted(counts, key=_state_order)
    }


def _state_order(country: str) -> tuple:
    return (len(country) != 2, country)


def _transitions(screened) -> list[Transition]:
    moves: Counter = Counter()
    for _, _, first, second, _ in screened:
        if first.stateless_risk != second.stateless_risk:
            moves[(None, first.stateless_risk, second.stateless_risk)] += 1
        for country, old in first.nationality.items():
            new = second.nationality[country].status
            if new != old.status:
                moves[(country, old.status, new)] += 1
    return [
        Transition(country=c, before=b, after=a, count=n)
        for (c, b, a), n in sorted(moves.items(), key=lambda m: (-m[1], str(m[0])))
    ]


def _group(key, members, shares, examples: int) -> Group:
    country, before, after, rules_before, rules_after, routes_before, routes_after, period = key
    common = dict(members[0][3])
    for *_, facts in members[1:]:
        common = {k: v for k, v in common.items() if facts.get(k) == v}
    facts = sorted(
        (Fact(fact=k, value=v, share=shares[(k, v)]) for k, v in common.items()),
        key=lambda f: (f.share, f.fact),
    )
    return Group(
        country=country,
        before=before,
        after=after,
        rules_before=list(rules_before),
        rules_after=list(rules_after),
        routes_before=list(routes_before),
        routes_after=list(routes_after),
        period=period,
        direction=_move(STATUS_RANK[after] - STATUS_RANK[before]),
        count=len(members),
        facts=facts,
        examples=[Example(case=raw, before=b, after=a) for raw, b, a, _ in members[:examples]],
    )


def _shares(profiles: list[dict]) -> dict[tuple[str, str], float]:
    counts = Counter(item for p in profiles for item in p.items())
    total = max(len(profiles), 1)
    return {item: round(n / total, 4) for item, n in counts.items()}


def profile(case: Case, effective) -> dict[str, str]:
    """The facts of a case a drafter groups people by, as short words (the CSV's columns):
    about the person, both parents together, and each parent by role."""
    facts = _person_profile(case, effective) | _parents_profile(case)
    for role in ("mother", "father"):
        facts |= _role_profile(case, role)
    return facts


def _person_profile(case: Case, effective) -> dict[str, str]:
    p = case.person
    age = age_on(p.birth_date, case.as_of)
    registered = [
        f"{r.country} at {age_on(p.birth_date, r.date)}"
        for r in p.registrations
        if r.date <= case.as_of
    ]
    return {
        "birth_country": p.birth_country or "unknown",
        "born": f"before {effective}" if p.birth_date < effective else f"from {effective}",
        "age": "under 18" if age < 18 else "18-24" if age < 25 else "25 and over",
        "foundling": "yes" if p.foundling else "no",
        "parents_married": YES_NO[case.parents_married_at_birth],
        "registered": ", ".join(registered) or "no",
    }


def _parents_profile(case: Case) -> dict[str, str]:
    """Both parents whose parentage is established, together: what they hold, their status."""
    known = [x for x in case.parents if x.legal_parentage != "unknown"]
    held = {f"{n.country} by {n.acquired}" for x in known for n in _held(x, case)}
    statuses = {x.status_in_birth_country for x in known} - {None}
    facts = {
        "parents_nationalities": "; ".join(sorted(held)) or "none known",
        "parents_status": ", ".join(sorted(statuses)) or "unknown",
    }
    for status in statuses:  # shared by a group only when every case in it has such a parent
        facts[f"a parent's status is {status}"] = "yes"
    return facts


def _role_profile(case: Case, role: str) -> dict[str, str]:
    """The mother's (or father's) nationalities, birthplace and status, when she is known."""
    parent = next((x for x in case.parents if x.role == role), None)
    if parent is None or parent.legal_parentage == "unknown":
        return {role: "unknown"}
    held = _held(parent, case)
    return {
        role: " + ".join(f"{n.country} by {n.acquired}" for n in held) or "no nationality",
        f"{role}_born_in": _birthplace(parent, case.person.birth_country, held),
        f"{role}_status": parent.status_in_birth_country or "unknown",
    }


def relative(case: Case, country: str, eras: dict | None = None) -> dict[str, str]:
    """The same facts seen from one state: born there; under which of its texts (the period
    between two days its law of birth changed); a parent its national at the birth, and how that
    parent became one; a parent born there."""
    known = [x for x in case.parents if x.legal_parentage != "unknown"]
    birth = case.person.birth_date
    modes = sorted(
        {
            n.acquired
            for x in known
            for n in x.nationalities
            if n.country == country and (n.acquired_on is None or n.acquired_on <= birth)
        }
    )
    facts = {
        f"born in {country}": "yes" if case.person.birth_country == country else "no",
        f"a parent {country} national at the birth": "yes" if modes else "no",
        f"a parent born in {country}": "yes" if any(x.born_in == country for x in known) else "no",
    }
    if eras and eras.get(country):
        facts[f"born under the {country} law of"] = _era(eras[country], birth)
    if modes:
        facts[f"that parent {country} national"] = (
            "by birth" if "birth" in modes else f"by {modes[0]}"
        )
    return facts


def _eras(*laws) -> dict[str, list]:
    """Per state, the days its law of nationality at birth changed (both laws' rules)."""
    days: dict[str, set] = defaultdict(set)
    for law in laws:
        for country, changes in law.birth_law_changes().items():
            days[country] |= changes
    return {country: sorted(d) for country, d in days.items()}


def _era(days: list, birth) -> str:
    later = [d for d in days if d > birth]
    earlier = [d for d in days if d <= birth]
    if not earlier:
        return f"before {later[0]}"
    if not later:
        return f"from {earlier[-1]}"
    return f"{earlier[-1]} to {later[0] - dt.timedelta(days=1)}"


def _held(parent, case: Case) -> list:
    return [n for n in parent.nationalities if n.acquired_on is None or n.acquired_on <= case.as_of]


def _birthplace(parent, birth_country, held) -> str:
    if parent.born_in is None:
        return "unknown"
    if parent.born_in == birth_country:
        return "where the child was born"
    if parent.born_in in {n.country for n in held}:
        return "in a state of which the parent is a national"
    return "elsewhere"
