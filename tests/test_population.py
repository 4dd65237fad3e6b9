"""Populations: exhaustive for small grids, seeded samples for large ones, always valid cases."""

import datetime as dt

import pytest

from engine import default_engine
from engine.lab.population import PopulationError, default_grid, generate, population
from engine.lab.population import axes as axes_of
from schemas.case import Case

AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def grid():
    return default_grid(default_engine().law, AS_OF, (dt.date(2027, 1, 1),))


def small_axes() -> dict[str, list]:
    """Born in CR, one date, a Nicaraguan or stateless mother, father unknown: 2 x 2 x 2 cases."""
    axes = {
        "birth_country": ["CR"],
        "birth_date": ["2001-02-14"],
        "mother.nationality": ["NI", "none"],
        "father.nationality": ["unknown"],
        "foundling": ["false"],
        "registration": ["none", "birth_country@0"],
        "mother.status": ["irregular", "refugee"],
    }
    grid = axes_of(default_engine().law)
    for axis in ("mother.acquired", "mother.naturalized", "mother.born_in", "married"):
        axes[axis] = [str(next(iter(grid[axis])))]
    for axis in ("residence",) + tuple(a for a in grid if a.startswith("father.")):
        axes.setdefault(axis, [str(next(iter(grid[axis])))])
    return axes


def small(grid):
    for axis, values in small_axes().items():
        grid = grid.restrict(axis, values)
    return grid


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
    with pytest.raises(PopulationError, match="mother.colour: no such axis") as error:
        grid.restrict("mother.colour", ["blue"])
    assert error.value.axis == "mother.colour"
    with pytest.raises(PopulationError, match="registration: 'yesterday' is not one of"):
        grid.restrict("registration", ["yesterday"])
    with pytest.raises(PopulationError, match="'ZZ' is not one of .* ISO 3166-1 alpha-2 code"):
        grid.restrict("mother.nationality", ["ZZ"])
    with pytest.raises(PopulationError, match="birth_date: 7 is not one of"):
        grid.restrict("birth_date", [7])


def test_values_as_a_request_writes_them(grid):
    """JSON's true, a lower-case code and a date not on the grid are the grid's own values."""
    restricted = grid.restrict("married", [True]).restrict("mother.nationality", ["ni", "co"])
    restricted = restricted.restrict("birth_date", ["2001-02-14"])
    assert list(restricted.axes["married"]) == [True]
    assert list(restricted.axes["mother.nationality"]) == ["NI", "CO"]
    assert list(restricted.axes["birth_date"]) == [dt.date(2001, 2, 14)]


def test_a_population_says_how_it_was_made(engine):
    cases, source = population(
        engine.law, ["CR"], 5, seed=3, as_of=AS_OF, axes={"birth_country": ["CR"]}
    )
    assert len(list(cases)) == 5
    assert source == "generated: 5 sampled cases (seed 3, as of 2026-06-01, naming CR)"
    cases, source = population(
        engine.law, ["CR"], 10**9, as_of=AS_OF, axes=small_axes(), all_states=True
    )
    assert source == "generated: all 8 cases of the grid (seed 2026, as of 2026-06-01)"
    _, spoken = population(engine.law, ["CR"], 5, seed=3, as_of=AS_OF, lang="es")
    assert (
        spoken
        == "generados: 5 casos de muestra (semilla 3, a fecha de 2026-06-01, que mencionan CR)"
    )
    assert len(list(cases)) == 8
    later = dt.date(2099, 1, 1)
    _, source = population(engine.law, [], 1, dates=(later,))
    assert "as of 2099-01-01" in source
