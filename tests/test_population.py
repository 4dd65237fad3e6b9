"""Populations: exhaustive for small grids, seeded samples for large ones, always valid cases."""

import datetime as dt

import pytest

from engine import default_engine
from engine.population import default_grid, generate
from schemas.case import Case

AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def grid():
    return default_grid(default_engine().law, AS_OF, (dt.date(2027, 1, 1),))


def small(grid):
    """Born in CR, one date, a Nicaraguan or stateless mother, father unknown: 2 x 2 x 2 cases."""
    out = grid.restrict("birth_country", ["CR"]).restrict("birth_date", ["2001-02-14"])
    out = out.restrict("mother.nationality", ["NI", "none"])
    out = out.restrict("father.nationality", ["unknown"]).restrict("foundling", ["false"])
    out = out.restrict("registration", ["none", "birth_country@0"])
    out = out.restrict("mother.status", ["irregular", "refugee"])
    for axis in ("mother.acquired", "mother.naturalized", "mother.born_in", "married"):
        out = out.restrict(axis, [next(iter(out.axes[axis]))])
    for axis in ("residence",) + tuple(a for a in out.axes if a.startswith("father.")):
        out = out.restrict(axis, [next(iter(out.axes[axis]))])
    return out


def test_the_birth_dates_cross_the_laws_boundaries_and_the_reform(grid):
    births = set(grid.axes["birth_date"])
    for boundary in (dt.date(1949, 11, 8), dt.date(2021, 5, 18), dt.date(1998, 3, 20)):
        assert {boundary, boundary - dt.timedelta(days=1)} <= births
    assert all(d <= AS_OF for d in births)  # the reform's own day is after as_of here
    assert dt.date(2027, 1, 1) not in births


def test_a_small_grid_is_enumerated_whole(grid):
    g = small(grid)
    assert g.size == 8
    cases = list(generate(g, 100))
    assert len(cases) == 8
    keys = {
        (
            c["parents"][0]["nationalities"][0]["country"]
            if c["parents"][0]["nationalities"]
            else "none",
            c["parents"][0]["status_in_birth_country"],
            bool(c["person"]["registrations"]),
        )
        for c in cases
    }
    assert len(keys) == 8


def test_a_large_grid_is_sampled_with_the_seed(grid):
    first = list(generate(grid, 50, seed=7))
    assert first == list(generate(grid, 50, seed=7))
    assert first != list(generate(grid, 50, seed=8))
    assert len(first) == 50


def test_every_generated_case_is_valid_and_only_the_states_asked_for(grid):
    for case in generate(grid, 400, touching=["HN"]):
        parsed = Case.model_validate(case)
        named = {parsed.person.birth_country}
        named |= {n.country for p in parsed.parents for n in p.nationalities}
        assert "HN" in named


def test_an_unknown_axis_or_value_is_named(grid):
    with pytest.raises(ValueError, match="no axis 'mother.colour'"):
        grid.restrict("mother.colour", ["blue"])
    with pytest.raises(ValueError, match="registration: 'yesterday' is not one of"):
        grid.restrict("registration", ["yesterday"])
