"""The commitments scorecard: each state's law held against the Belize City Declaration's
commitments (rules/commitments.yaml), with the rules that decide each verdict and, for a gap, the
cases the law leaves out.

    from engine import default_engine
    from engine.lab.scorecard import scorecard
    card = scorecard(default_engine(), ["CR"], "es")          # Scorecard (schemas/scorecard.py)
    card = reformed(lab, choice, "es")                        # ... before and after a reform

The tests (engine/lab/checks.py) are the same for every pack; what each commitment means is
data. The command line and the HTTP service both call here.
"""

import datetime as dt

from engine import Engine
from engine.i18n import RISK, STATUS, country_name, translator
from engine.lab.checks import TESTS, Context, Finding
from engine.lab.commitments import Screened, commitments, screen
from schemas.scorecard import (
    Answer,
    Change,
    CitedRule,
    Commitment,
    Commitments,
    ConventionNote,
    ReformCard,
    Scorecard,
    StateCard,
    Verdict,
    Witness,
)

MAX_RULES_SAID = 3


def scorecard(
    engine: Engine,
    countries=None,
    lang: str = "es",
    as_of: dt.date | None = None,
    rules=None,
    keys=None,
) -> Scorecard:
    """The card of each state asked (every state with a pack by default), on `as_of`: every
    commitment, or only those of `keys`."""
    data = commitments(rules)
    if keys:
        chosen = [c for c in data.commitments if c.key in keys]
        data = data.model_copy(update={"commitments": chosen})
    as_of = as_of or dt.date.today()
    states = sorted(countries or engine.law.countries)
    return Scorecard(
        law=engine.ref,
        as_of=as_of,
        lang=lang,
        commitments=[c.key for c in data.commitments],
        verdict_words={k: getattr(t, lang) for k, t in data.sentences["verdict"].items()},
        states=[state_card(engine, s, lang, as_of, data) for s in states],
    )


def state_card(engine: Engine, country: str, lang: str, as_of: dt.date, data) -> StateCard:
    ctx = Context(engine, country, lang, as_of)
    return StateCard(
        country=country,
        name=getattr(engine.law.countries[country].pack.name, lang),
        verdicts=[_verdict(ctx, c, data) for c in data.commitments],
    )


def _verdict(ctx: Context, c: Commitment, data: Commitments) -> Verdict:
    found = TESTS[c.test](ctx, c)
    rules = ctx.rules
    return Verdict(
        key=c.key,
        title=getattr(c.title, ctx.lang),
        basis=c.source.citation(),
        verdict=found.verdict,
        why=_why(ctx, c, found, data),
        rules=[_cited(rules[r], ctx.lang) for r in found.rules if r in rules],
        pack=found.pack,
        witnesses=[_witness(s, ctx.country, found) for s in found.witnesses],
        convention=_convention(ctx, c, found.verdict, data),
    )


def _cited(rule, lang: str) -> CitedRule:
    period = rule.rule.in_force
    until = period.to.isoformat() if period.to else ""
    return CitedRule(
        id=rule.id,
        title=getattr(rule.rule.title, lang),
        citations=list(rule.citations),
        in_force=f"{period.from_.isoformat()} – {until}".rstrip(),
        outcome=rule.rule.outcome,
        confidence=rule.rule.confidence,
    )


def _witness(s: Screened, country: str, found: Finding) -> Witness:
    flip, counterpart = found.flips.get(s.case["id"], (None, None))
    return Witness(
        case=s.case,
        country=country,
        status=s.status,
        risk=s.risk,
        rules=list(s.rules),
        flip=flip,
        counterpart=Answer(status=counterpart.status, risk=counterpart.risk)
        if counterpart
        else None,
    )


def _why(ctx: Context, c: Commitment, found: Finding, data: Commitments) -> str:
    said = data.sentences[c.test].get(found.verdict)
    if said is None:  # a test with no sentence for this verdict: the generic one
        said = data.sentences["probes"][found.verdict]
    shown = found.rules[:MAX_RULES_SAID] + (["…"] if len(found.rules) > MAX_RULES_SAID else [])
    return getattr(said, ctx.lang).format(
        commitment=getattr(c.says, ctx.lang),
        rules=", ".join(shown) or "—",
        n=found.n,
        pack="; ".join(found.pack) or "—",
        witness=_said_witness(ctx, found.witnesses[0], data) if found.witnesses else "—",
    )


def _said_witness(ctx: Context, s: Screened, data: Commitments) -> str:
    _ = translator(ctx.lang)
    return getattr(data.sentences["witness"]["case"], ctx.lang).format(
        id=s.case["id"],
        born=s.case["person"]["birth_date"],
        status=_(STATUS[s.status]),
        state=country_name(ctx.country, ctx.lang),
        risk=_(RISK[s.risk]),
    )


def _convention(ctx: Context, c: Commitment, verdict: str, data) -> ConventionNote | None:
    if c.convention is None:
        return None
    held = ctx.engine.law.countries[ctx.country].pack.conventions.get(c.convention)
    status = held.status if held else "unknown"
    words = data.sentences["convention"].get(status)
    since = f" ({held.date.isoformat()})" if held and held.date else ""
    said = getattr(words, ctx.lang).format(year=c.convention, since=since) if words else ""
    return ConventionNote(
        convention=c.convention,
        status=status,
        date=held.date if held else None,
        direct_application=status == "party" and verdict != "meets",
        said=said,
    )


def reformed(
    lab, choice, lang: str = "es", countries=None, name: str = "reform", keys=None
) -> Scorecard:
    """The card before a reform (of the states asked; by default those it touches) and after
    it (the states it touches), on the later of today and its effective day; the verdicts it
    changes, with the witnesses of the card before answered under the law after."""
    law, before, after = lab.engines(choice, name)
    as_of = max(dt.date.today(), law.reform.effective)
    touched = [c for c in law.reform.countries if c in after.law.countries]
    card = scorecard(before, countries or touched, lang, as_of, lab.rules, keys)
    later = scorecard(after, touched, lang, as_of, lab.rules, keys)
    card.reform = ReformCard(
        name=law.name,
        title=getattr(law.reform.title, lang),
        effective=law.reform.effective,
        law=after.ref,
        states=later.states,
        changes=_changes(card.states, later.states, after, lang),
    )
    return card


def _changes(before: list[StateCard], after: list[StateCard], engine: Engine, lang) -> list:
    was = {(s.country, v.key): v for s in before for v in s.verdicts}
    changes = []
    for state in after:
        for now in state.verdicts:
            old = was.get((state.country, now.key))
            if old is None or old.verdict == now.verdict:
                continue
            changes.append(
                Change(
                    country=state.country,
                    key=now.key,
                    before=old.verdict,
                    after=now.verdict,
                    witnesses=[_answered(w, engine, lang) for w in old.witnesses],
                )
            )
    return changes


def _answered(w: Witness, engine: Engine, lang: str) -> Witness:
    s = screen(engine, w.case, w.country, lang)
    return w.model_copy(update={"after": Answer(status=s.status, risk=s.risk)} if s else {})
