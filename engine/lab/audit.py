"""The discrimination audit: flip one protected fact at a time and see which rules move.

For every case of a population, each protected fact is flipped in turn: the parents' roles
swapped (the transmitting parent's gender), the parents' marriage reversed, one parent's status
in the birth country changed to each other immigration status, one of a parent's nationalities
given each other mode of acquisition, one parent's birthplace moved. Both cases are screened,
and every rule that applies in one and not the other depends on that fact. The finding is
held against the rule's `distinguishes_by` flags: a dependence the flags do not name is a
missing flag, a flag no flip ever moved (on a rule the population did reach) a false one.

Nothing here knows which rules read what: the audit is blind, and only afterwards says which
rules read a protected fact but were never reached (the population cannot speak for them).
A pure function of its inputs, for the command line and the HTTP service alike.
"""

import copy
import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import ValidationError

from engine import Engine
from engine.dates import birthday
from engine.facts import found_in
from engine.i18n import translator
from engine.lab.witness import witnesses
from engine.loader import Law
from engine.screening import considered
from schemas.case import Case
from schemas.conditions import fields_read
from schemas.lab import AuditReport, Finding, Pair, PopulationSummary, StateEffect, Transition

FACTS = (
    "parent_gender",
    "marital_status",
    "immigration_status",
    "parent_acquisition_mode",
    "parent_birthplace",
)
READS = {
    ("parents", "role"): "parent_gender",
    ("person", "parents_married_at_birth"): "marital_status",
    ("parents", "status"): "immigration_status",
    ("parents", "acquired"): "parent_acquisition_mode",
    ("parents", "born_in"): "parent_birthplace",
}
IMMIGRATION = ("permanent", "temporary", "irregular", "transit", "diplomat", "refugee")
IMMIGRATION += ("asylum_seeker",)
MODES = ("birth", "naturalization", "option", "registration")
ELSEWHERE = "CO"


def flips(case: dict) -> Iterator[tuple[str, str, dict]]:
    """(fact, what changed, the flipped case) for each protected fact the case states."""
    parents = case.get("parents") or []
    if parents:
        yield _swap_roles(case, parents)
    married = case.get("parents_married_at_birth")
    if married is not None:
        yield (
            "marital_status",
            f"parents_married_at_birth: {married} -> {not married}",
            _set(case, ("parents_married_at_birth",), not married),
        )
    for i, parent in enumerate(parents):
        yield from _statuses(case, i, parent)
        yield from _modes(case, i, parent)
        yield from _birthplaces(case, i, parent)


def _swap_roles(case: dict, parents: list) -> tuple[str, str, dict]:
    """The parents' roles swapped: the transmitting parent's gender flipped."""
    swapped = copy.deepcopy(case)
    for parent in swapped["parents"]:
        parent["role"] = "father" if parent["role"] == "mother" else "mother"
    roles = ", ".join(
        f"{p['role']} -> {q['role']}" for p, q in zip(parents, swapped["parents"], strict=True)
    )
    return "parent_gender", f"roles: {roles}", swapped


def _statuses(case: dict, i: int, parent: dict) -> Iterator[tuple[str, str, dict]]:
    """The parent's status in the birth country changed to each other immigration status."""
    status = parent.get("status_in_birth_country")
    for other in IMMIGRATION if status in IMMIGRATION else ():
        if other != status:
            where = ("parents", i, "status_in_birth_country")
            yield (
                "immigration_status",
                f"{_path(where)}: {status} -> {other}",
                _set(case, where, other),
            )


def _modes(case: dict, i: int, parent: dict) -> Iterator[tuple[str, str, dict]]:
    """Each dated nationality of the parent given each other mode of acquisition."""
    for j, nationality in enumerate(parent.get("nationalities") or []):
        if not nationality.get("acquired_on"):
            continue  # held at the birth would change with the mode: see dated()
        for other in MODES:
            if other != nationality.get("acquired"):
                where = ("parents", i, "nationalities", j, "acquired")
                change = f"{_path(where)}: {nationality.get('acquired')} -> {other}"
                yield "parent_acquisition_mode", change, _set(case, where, other)


def _birthplaces(case: dict, i: int, parent: dict) -> Iterator[tuple[str, str, dict]]:
    """The parent's birthplace moved: to the child's birth country, to a state whose national
    the parent is, and to a state no rule names."""
    born_in = parent.get("born_in")
    if not born_in:
        return
    places = [case["person"].get("birth_country")]
    places += [n["country"] for n in parent.get("nationalities") or []] + [ELSEWHERE]
    for other in dict.fromkeys(p for p in places if p and p != born_in):
        where = ("parents", i, "born_in")
        yield "parent_birthplace", f"{_path(where)}: {born_in} -> {other}", _set(case, where, other)


def dated(case):
    """The case with a date on each parent's nationality by birth that has none: the day the
    parent was born (`born_on`, else presumably 25 years before the child). Without a date,
    whether the parent held it at the birth follows from the mode (by birth: held; otherwise:
    unknown), and flipping the mode would flip that too. A nationality acquired otherwise with
    no date is left as it is, and its mode is not flipped."""
    if not isinstance(case, dict) or not isinstance(case.get("person"), dict):
        return case
    birth = case["person"].get("birth_date")
    try:
        born = dt.date.fromisoformat(str(birth))
    except ValueError:
        return case
    out = copy.deepcopy(case)
    for parent in out.get("parents") or []:
        for nationality in parent.get("nationalities") or []:
            if nationality.get("acquired", "birth") == "birth" and not nationality.get(
                "acquired_on"
            ):
                since = parent.get("born_on") or birthday(born, -25).isoformat()
                nationality["acquired_on"] = since
    return out


def _flippable(raw) -> dict | None:
    """A valid case as the audit flips it (dated); None for an input that is not a valid case,
    whose parts cannot be relied on to be what the format says."""
    return dated(raw) if _valid(raw) else None


def _valid(raw) -> Case | None:
    try:
        return Case.model_validate(raw)
    except ValidationError:
        return None


def _in_play(cases: list[Case]) -> list[str]:
    """The states a case and its flips name between them: each side is screened under all of
    them, so a flip that names a state the other side does not (a parent's birthplace moved)
    changes answers, not which states answer."""
    return list(dict.fromkeys(c for case in cases for c in considered(case, found_in(case))))


def _set(case: dict, path: tuple, value) -> dict:
    out = copy.deepcopy(case)
    node = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return out


def _path(steps: tuple) -> str:
    return "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps).lstrip(".")


@dataclass
class _Tally:
    """How often a flip reached a rule (or a state's answer), how often it moved it, and how."""

    pairs: int = 0
    tried: int = 0
    examples: list = field(default_factory=list)
    moves: Counter = field(default_factory=Counter)

    def add(self, moved: bool, example, limit: int, move=None) -> None:
        self.tried += 1
        if moved:
            self.pairs += 1
            if move:
                self.moves[move] += 1
            if len(self.examples) < limit:
                self.examples.append(example())


@dataclass
class _Audit:
    countries: list[str]
    limit: int
    rules: dict = field(default_factory=lambda: defaultdict(_Tally))  # (rule, fact)
    states: dict = field(default_factory=lambda: defaultdict(_Tally))  # (country, fact)
    reached: set = field(default_factory=set)

    def compare(self, fact: str, change: str, base, other, raw: dict, flipped: dict) -> None:
        """Tally one flip: the rules that applied on either side, and each state's status."""

        def example(before: bool, after: bool):
            return lambda: Pair(
                flip=change, applies_before=before, applies_after=after, case=raw, flipped=flipped
            )

        for country in self.countries:
            before, after = base[1].get(country, set()), other[1].get(country, set())
            for rule in before | after:
                moved = (rule in before) != (rule in after)
                self.rules[(rule, fact)].add(
                    moved, example(rule in before, rule in after), self.limit
                )
            old, new = base[0].get(country), other[0].get(country)
            if old is not None or new is not None:
                tally = self.states[(country, fact)]
                pair = example(old == "national", new == "national")
                tally.add(old != new, pair, self.limit, (str(old), str(new)))


def with_witnesses(
    law: Law, countries, cases: Iterable = (), source: str = "", lang: str = "en"
) -> tuple[Iterable, str]:
    """The witnesses of the audited states' rules (engine/lab/witness.py), then `cases` (made as
    `source` says, if any): every rule a witness can reach is exercised, whatever the
    population. (cases, source) as audit takes, `source` in `lang`."""
    found = [case for _, case in witnesses(law, countries)]
    _ = translator(lang)
    if source:
        said = _("{n} witness cases and {source}").format(n=len(found), source=source)
    else:
        said = _("{n} witness cases").format(n=len(found))
    return itertools.chain(found, cases), said


def audit(
    engine: Engine, inputs: Iterable, countries=None, source: str = "cases", examples: int = 2
) -> AuditReport:
    """The audit of `engine`'s law over `inputs` (raw cases), for `countries` (all encoded
    states by default)."""
    countries = sorted(countries or engine.law.countries)
    rules = {r.id: r for c in countries for r in engine.law.countries[c].rules}
    tally = _Audit(countries, examples)
    screened = invalid = 0
    for raw in inputs:
        raw = _flippable(raw)
        if raw is None:
            invalid += 1
            continue
        screened += 1
        flipped = [(fact, change, f, _valid(f)) for fact, change, f in flips(raw)]
        flipped = [f for f in flipped if f[3] is not None]
        case = Case.model_validate(raw)
        in_play = _in_play([case, *(f[3] for f in flipped)])
        base = _screen(engine, case, countries, in_play)
        tally.reached.update(r for applied in base[1].values() for r in applied)
        for fact, change, other_raw, other_case in flipped:
            other = _screen(engine, other_case, countries, in_play)
            tally.reached.update(r for applied in other[1].values() for r in applied)
            tally.compare(fact, change, base, other, raw, other_raw)
    return AuditReport(
        law=engine.ref,
        countries=countries,
        population=PopulationSummary(source=source, cases=screened, invalid=invalid),
        findings=_findings(rules, tally.rules),
        unexercised=sorted(
            r.id for r in rules.values() if r.id not in tally.reached and _reads(r) | _flags(r)
        ),
        effects=[
            _effect(country, fact, t)
            for (country, fact), t in sorted(tally.states.items())
            if t.pairs
        ],
    )


def _effect(country: str, fact: str, tally: _Tally) -> StateEffect:
    return StateEffect(
        country=country,
        fact=fact,
        cases=tally.pairs,
        tried=tally.tried,
        transitions=[
            Transition(country=country, before=b, after=a, count=n)
            for (b, a), n in tally.moves.most_common()
        ],
        examples=tally.examples,
    )


def _screen(engine: Engine, case: Case, countries, in_play: list[str]):
    """(status per country, ids of the rules that applied per country), for the audited states
    among those in play."""
    determination, answers, _facts = engine.answer(case, countries=in_play)
    statuses = {c: r.status for c, r in determination.nationality.items() if c in countries}
    applied = {c: {r.id for r in a.applied} for c, a in answers.items() if c in countries}
    return statuses, applied


def _reads(rule) -> set[str]:
    return {READS[f] for f in fields_read(rule.cond) if f in READS}


def _flags(rule) -> set[str]:
    return set(rule.rule.distinguishes_by)


def _findings(rules: dict, tallies: dict) -> list[Finding]:
    findings = []
    for rule_id, rule in rules.items():
        flagged, reads = _flags(rule), _reads(rule)
        for fact in FACTS:
            tally = tallies.get((rule_id, fact), _Tally())
            if fact not in flagged and not tally.pairs:
                continue
            findings.append(
                Finding(
                    rule=rule_id,
                    fact=fact,
                    flagged=fact in flagged,
                    reads=fact in reads,
                    depends=tally.pairs > 0,
                    pairs=tally.pairs,
                    tried=tally.tried,
                    verdict=_verdict(fact in flagged, tally.pairs > 0, fact in reads, tally.tried),
                    examples=tally.examples,
                )
            )
    return findings


def _verdict(flagged: bool, depends: bool, reads: bool, tried: int) -> str:
    if flagged == depends:
        return "agrees"
    if depends:
        return "missing flag" if reads else "inherited"
    return "false flag" if tried else "not exercised"
