"""The scorecard as the features ask for it: one commitment of one state, computed once per
test session (a card screens a few hundred cases), and its witnesses screened again."""

from functools import lru_cache

from engine import default_engine
from engine.lab.run import Lab
from engine.lab.scorecard import reformed, scorecard
from schemas.case import Case
from schemas.lab import ReformChoice
from schemas.scorecard import Change, Verdict, Witness


@lru_cache(maxsize=64)
def rated(country: str, key: str) -> Verdict:
    card = scorecard(default_engine(), [country], "es", keys=[key])
    return card.states[0].verdicts[0]


@lru_cache(maxsize=8)
def rated_under(country: str, key: str, reform: str) -> tuple[Verdict, Verdict, Change | None]:
    """(the verdict before, after, the change with its witnesses answered after)."""
    lab = Lab(default_engine())
    card = reformed(lab, ReformChoice(shipped=reform), "es", [country], reform, [key])
    after = next(s for s in card.reform.states if s.country == country).verdicts[0]
    change = next((c for c in card.reform.changes if c.country == country), None)
    return card.states[0].verdicts[0], after, change


def screened(witness: Witness, engine=None):
    """The witness's case through the real screener: (status in its state, risk)."""
    determination = (engine or default_engine()).screen(Case.model_validate(witness.case))
    return determination.nationality[witness.country].status, determination.stateless_risk
