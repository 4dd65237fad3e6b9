"""The steps of features/compromisos.feature: the commitments scorecard, one commitment of one
state at a time (tests/support/scorecard.py computes each once). Registered, worded and
converted by tests/steps.py like every other step."""

from pytest_bdd import then, when

from tests.steps import step


@step(when)
def rate_commitment(screening, country, key):
    from tests.support.scorecard import rated

    screening.verdict = rated(country, key)


@step(when)
def rate_commitment_under(screening, country, key, reform):
    from tests.support.scorecard import rated_under

    before, screening.verdict_after, screening.change = rated_under(country, key, reform)
    screening.verdict = before


@step(then)
def verdict_is(screening, verdict):
    assert screening.verdict.verdict == verdict, screening.verdict.why


@step(then)
def verdict_cites(screening, text):
    v = screening.verdict
    said = [v.why, *v.pack, *(r.id for r in v.rules), *(c for r in v.rules for c in r.citations)]
    said += [v.convention.said] if v.convention else []
    assert any(text in s for s in said), (text, said)


@step(then)
def witness_screens(screening, status, country, risk):
    """The card's first witness, screened by the real screener, is answered as the card says
    and as the scenario says."""
    from tests.support.scorecard import screened

    witness = screening.verdict.witnesses[0]
    assert (witness.country, witness.status, witness.risk) == (country, status, risk), witness
    assert screened(witness) == (status, risk), witness.case


@step(then)
def verdict_moves(screening, was, now):
    assert (screening.verdict.verdict, screening.verdict_after.verdict) == (was, now)
    assert screening.change is not None and screening.change.after == now


@step(then)
def witness_after(screening, status):
    witnesses = screening.change.witnesses
    assert witnesses and all(w.after.status == status for w in witnesses), witnesses
