"""How a commitment is tested against one state's law: one function per `test` of
rules/commitments.yaml, each the same for every pack.

Each returns a Finding: the verdict, the rules that decide it, the cases that show it
(witnesses: for a gap or partial, those the law leaves out), and what the sentence needs. A
verdict is `meets` only on evidence (cases screened, a provision cited), never for want of it;
`unclear` where the deciding rules are undetermined or of low confidence.
"""

import datetime as dt
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from engine import Engine
from engine.lab.audit import READS, dated, flips
from engine.lab.commitments import Screened, in_force, probe_cases, rule_witnesses, screen
from engine.lab.witness import witnesses
from engine.screening import considered
from schemas.case import Case
from schemas.conditions import fields_read
from schemas.scorecard import Commitment

MAX_WITNESSES = 2


@dataclass
class Finding:
    verdict: str
    rules: list[str] = field(default_factory=list)
    witnesses: list[Screened] = field(default_factory=list)
    n: int = 0
    pack: list[str] = field(default_factory=list)
    flips: dict = field(default_factory=dict)  # witness case id -> (change, counterpart)


@dataclass(frozen=True)
class Context:
    engine: Engine
    country: str
    lang: str
    as_of: dt.date

    @property
    def rules(self) -> dict:
        return {r.id: r for r in self.engine.law.countries[self.country].rules}

    def low(self, ids) -> bool:
        rules = self.rules
        return any(rules[i].rule.confidence == "low" for i in ids if i in rules)

    def with_modes(self, modes) -> list[str]:
        """The state's rules in force on as_of carrying one of `modes` (GLOBALCIT)."""
        return [
            r.id
            for r in self.rules.values()
            if set(r.rule.mode) & set(modes) and in_force(r, self.as_of)
        ]


def _decide(bad: list, pending: list, unknown: list, provided: bool) -> str:
    """gap: a minor left out; partial: only adults (born under earlier law), or a nationality
    that still waits on an act; unclear: a minor's answer undetermined where a provision
    exists (where none does, that is the gap)."""
    if any(s.minor for s in bad):
        return "gap"
    if bad or pending:
        return "partial"
    if any(s.minor for s in unknown):
        return "unclear" if provided else "gap"
    return "meets"


def _order(*groups) -> list[Screened]:
    """Witnesses, minors first: the law in force today speaks for them."""
    out = [s for group in groups for s in sorted(group, key=lambda s: not s.minor)]
    return out[:MAX_WITNESSES]


def _rules_of(screened) -> list[str]:
    return list(dict.fromkeys(r for s in screened for r in s.rules))


def probes(ctx: Context, c: Commitment) -> Finding:
    """Every probe case should be national in the state (conditional too, if the commitment
    allows it); with stateless_only, one another state gives a nationality does not count."""
    cases = probe_cases(ctx.engine.law, ctx.country, c, ctx.as_of)
    screened = [s for s in (screen(ctx.engine, k, ctx.country, ctx.lang) for k in cases) if s]
    bad, pending, unknown, ok = _sort(screened, c)
    provided = ctx.with_modes(c.modes)
    verdict = _decide(bad, pending, unknown, bool(provided))
    minors = [s for s in unknown if s.minor]
    shown = _order(bad, pending) or _order(minors) if verdict != "meets" else []
    deciding = _rules_of(shown or [s for s in ok if s.minor]) or provided
    if verdict in ("meets", "partial") and ctx.low([*deciding, *provided]):
        verdict = "unclear"
    return Finding(verdict, list(dict.fromkeys([*deciding, *provided])), shown, len(screened))


def _sort(screened: list[Screened], c: Commitment) -> tuple[list, list, list, list]:
    """(left out, waiting on an act, undetermined, as the commitment wants)."""
    bad, pending, unknown, ok = [], [], [], []
    for s in screened:
        if (
            s.status == "national"
            or (s.status == "conditional" and c.conditional_meets)
            or c.stateless_only
            and s.risk == "none"
        ):
            ok.append(s)
        elif s.status == "not_national":
            bad.append(s)
        elif s.status == "conditional":
            pending.append(s)
        else:
            unknown.append(s)
    return bad, pending, unknown, ok


def _reads(rule, fact: str) -> bool:
    return fact in rule.rule.distinguishes_by or any(
        READS.get(f) == fact for f in fields_read(rule.cond)
    )


def flipped(ctx: Context, c: Commitment) -> Finding:
    """The protected fact flipped in the probes and in the witnesses of the state's rules (of
    the commitment's topics) that read it: the state's answer should not move."""
    readers = _readers(ctx, c)
    cases = probe_cases(ctx.engine.law, ctx.country, c, ctx.as_of)
    cases += rule_witnesses(ctx.engine.law, ctx.country, readers)
    moved, tried = _moves(ctx, c, cases)
    bad = [m for m in moved if m[0].status == "not_national"]
    pending = [m for m in moved if m[0].status == "conditional"]
    unknown = [m for m in moved if m[0].status == "undetermined"]
    verdict = _decide([m[0] for m in bad], [m[0] for m in pending], [m[0] for m in unknown], True)
    if not tried:
        verdict = "unclear"
    minors = [m for m in unknown if m[0].minor]
    if verdict == "meets" and (untested := _still_distinguishing(ctx, c, unknown)):
        verdict, minors = "unclear", untested
    chosen = _pick(bad, pending) if verdict in ("gap", "partial") else minors[:MAX_WITNESSES]
    found = Finding(verdict, _rules_of(m[0] for m in chosen) or readers, n=tried)
    found.witnesses = [m[0] for m in chosen]
    found.flips = {m[0].case["id"]: (m[2], m[1]) for m in chosen}
    return found


def _still_distinguishing(ctx: Context, c: Commitment, unknown: list) -> list:
    """The flips that moved the answer between national and undetermined for a person born
    under a rule of today's law (in force, no end) that says it distinguishes by the fact: the
    distinction stands for children born today too, though no drawn child's case could decide
    it (the grid does not draw every fact such a rule reads: a parent's years of presence), so
    the card cannot say the law meets. Open questions about cohorts born before the rule (its
    reach back) are not this: they leave today's children alone."""
    rules = ctx.rules

    def under(rule_id: str, screened: Screened) -> bool:
        rule = rules[rule_id].rule if rule_id in rules else None
        born = dt.date.fromisoformat(str(screened.case["person"]["birth_date"]))
        return bool(
            rule
            and c.fact in rule.distinguishes_by
            and rule.in_force.to is None
            and rule.in_force.from_ <= born
        )

    return [m for m in unknown if any(under(r, m[0]) for r in m[0].rules)]


def _readers(ctx: Context, c: Commitment) -> list[str]:
    """The state's rules of the commitment's topics that read (or are flagged for) the fact."""
    topical = [r for r in ctx.rules.values() if r.id.split(".")[1] in c.topics]
    return [r.id for r in topical if _reads(r, c.fact)]


def _moves(ctx: Context, c: Commitment, cases: list[dict]) -> tuple[list, int]:
    """(the side not national, the side national, what changed) for each flip that moved the
    state's answer to or from national; and how many flips were tried."""
    moved, tried = [], 0
    for case in cases:
        for change, base, other in _pairs(ctx, c, dated(case)):
            tried += 1
            if base.status != other.status and "national" in (base.status, other.status):
                worse, better = (other, base) if base.status == "national" else (base, other)
                moved.append((worse, better, change))
    return moved, tried


def _pick(bad, pending) -> list:
    chosen = sorted(bad, key=lambda m: not m[0].minor) + pending
    return chosen[:MAX_WITNESSES]


def _pairs(ctx: Context, c: Commitment, case: dict):
    """(what changed, the case screened, the flipped case screened) for each flip of the
    fact; both sides screened with every state either names, as the audit does."""
    chosen = [
        (change, {**other, "id": f"{case.get('id', 'case')}~"})
        for fact, change, other in flips(case)
        if fact == c.fact and not _ignored(change, c.ignore)
    ]
    valid = [(change, other) for change, other in chosen if _valid(other)]
    if not valid or not _valid(case):
        return
    in_play = [x for k in (case, *(o for _, o in valid)) for x in _named(k)]
    base = screen(ctx.engine, case, ctx.country, ctx.lang, in_play)
    for change, other in valid:
        yield change, base, screen(ctx.engine, other, ctx.country, ctx.lang, in_play)


def _valid(case: dict) -> bool:
    try:
        Case.model_validate(case)
    except ValidationError:
        return False
    return True


def _named(case: dict) -> list[str]:
    return considered(Case.model_validate(case))


def _ignored(change: str, ignore: list[str]) -> bool:
    """A flip to or from a value the commitment does not cover (a diplomat's status)."""
    values = change.partition(": ")[2].split(" -> ")
    return any(v.strip() in ignore for v in values)


def losses(ctx: Context, c: Commitment) -> Finding:
    """The witnesses of the state's loss rules in force that the law does not bar when they
    would leave the person stateless, and whose modes are not all `safe` (a loss on acquiring
    another nationality): none should leave its witness without the nationality and at risk."""
    current = [r for r in ctx.rules.values() if r.rule.outcome == "lost" and in_force(r, ctx.as_of)]
    unsafe = {
        r.id: r
        for r in current
        if not r.rule.barred_if_stateless and not (r.rule.mode and set(r.rule.mode) <= set(c.safe))
    }
    bad, reached = [], set()
    for rule_id, case in witnesses(ctx.engine.law, [ctx.country], only=set(unsafe)):
        s = screen(ctx.engine, case, ctx.country, ctx.lang)
        if s is None:
            continue
        reached.add(rule_id)
        if s.status == "not_national" and s.risk != "none":
            bad.append(replace(s, rules=s.rules or (rule_id,)))
    ids = [r.id for r in current]
    if bad:
        return Finding("gap", _rules_of(bad[:MAX_WITNESSES]), bad[:MAX_WITNESSES], len(ids))
    # no loss rule in force is a reading of the law (its loss rules all ended) only if the pack
    # has loss rules at all
    read = any(r.rule.outcome == "lost" for r in ctx.rules.values())
    unread = set(unsafe) - reached or not read
    verdict = "unclear" if unread or ctx.low(ids) else "meets"
    return Finding(verdict, ids, [], len(ids))


def procedure(ctx: Context, c: Commitment) -> Finding:
    """The pack's statelessness procedure: cited and read (meets), cited but its provisions
    not read (unclear), or none (gap, with a stateless resident for whom there is none)."""
    pack = ctx.engine.law.countries[ctx.country].pack
    found = pack.statelessness_procedure
    if found is None:
        return Finding("unclear")
    cited = [found.instrument.citation()] if found.instrument else []
    if found.authority:
        cited.append(getattr(found.authority, ctx.lang))
    if not found.exists:
        return Finding("gap", [], _residents(ctx, c), pack=cited)
    article = found.instrument.article if found.instrument else ""
    unread = not found.instrument or any(m in article.lower() for m in c.unread)
    return Finding("unclear" if unread else "meets", pack=cited)


def _residents(ctx: Context, c: Commitment) -> list[Screened]:
    cases = probe_cases(ctx.engine.law, ctx.country, c, ctx.as_of)
    screened = (screen(ctx.engine, k, ctx.country, ctx.lang) for k in cases)
    return [s for s in screened if s][:MAX_WITNESSES]


def routes(ctx: Context, c: Commitment) -> Finding:
    """A rule with the commitment's modes in force, and the probes' routes reaching it."""
    provided = ctx.with_modes(c.modes)
    residents = _residents(ctx, c)
    if not provided:
        return Finding("gap", _rules_of(residents), residents, pack=[])
    reached = [s for s in residents if set(s.routes) & set(provided)]
    if len(reached) < len(residents):
        shown = [s for s in residents if s not in reached]
        return Finding("partial", provided, shown[:MAX_WITNESSES], len(residents))
    verdict = "unclear" if ctx.low(provided) else "meets"
    return Finding(verdict, provided, [], len(residents))


TESTS = {
    "probes": probes,
    "flips": flipped,
    "losses": losses,
    "procedure": procedure,
    "routes": routes,
}
