"""A reform's impact: both laws side by side over a population, counted, grouped and reported."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from engine.lab.impact import impact
from engine.lab.population import default_grid, generate
from engine.lab.reform import read_reform, reform_engines
from service.reports.lab import impact_csv, impact_html, impact_text

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2027, 6, 1)


def grid_for(law):
    """Born in Costa Rica in 1990 or 2015 to an Ecuadorian or a stateless mother, father unknown,
    registered at birth or never: eight cases, enumerated. (Ecuador has no pack; a Nicaraguan
    mother, since Nicaragua's pack of issue 13, would make the child Nicaraguan.)"""
    grid = default_grid(law, AS_OF)
    fixed = {
        "birth_country": ["CR"],
        "birth_date": ["1990-01-01", "2015-01-01"],
        "mother.nationality": ["EC", "none"],
        "father.nationality": ["unknown"],
        "registration": ["none", "birth_country@0"],
        "foundling": ["false"],
    }
    for axis, values in fixed.items():
        grid = grid.restrict(axis, values)
    for axis in grid.axes:
        if axis not in fixed:
            grid = grid.restrict(axis, [next(iter(grid.axes[axis]))])
    return grid


@pytest.fixture(scope="module")
def report():
    reform, name = read_reform(ROOT / "rules" / "reforms" / "cr-no-registration-condition.yaml")
    reformed, before, after = reform_engines(reform, name)
    cases = list(generate(grid_for(after.law), 100)) + [{"id": "BAD", "person": {}}]
    return impact(reformed, before, after, cases, "test grid")


def test_counts_before_and_after(report):
    assert report.population.cases == 8 and report.population.invalid == 1
    assert report.invalid_cases[0].case_id == "BAD"
    assert report.changed == 4
    assert report.directions == {"helps": 4, "harms": 0, "mixed": 0, "same": 4}
    assert report.risk_before == {"stateless": 1, "at_risk": 3, "none": 4}
    assert report.risk_after == {"stateless": 0, "at_risk": 0, "none": 8}
    assert report.status_before["CR"] == {
        "not_national": 2,
        "undetermined": 0,
        "conditional": 2,
        "national": 4,
    }
    assert report.status_after["CR"]["national"] == 8
    for country, counts in report.status_before.items():
        assert sum(counts.values()) == sum(report.status_after[country].values())
    assert report.encoded == ["CR"]


def test_changes_are_grouped_by_what_drives_them(report):
    closed = next(g for g in report.groups if g.before == "not_national")
    assert (closed.country, closed.after, closed.count, closed.direction) == (
        "CR",
        "national",
        2,
        "helps",
    )
    assert closed.rules_before == ["CR.birth.soli_foreign_parents"]
    assert closed.rules_after == ["CR.birth.soli_foreign_parents_reform"]
    assert closed.period == "1949-11-08 to 2026-12-31"  # under the 1949 text, before the reform
    shared = {(f.fact, f.value) for f in closed.facts}
    assert {("born in CR", "yes"), ("registered", "no"), ("age", "25 and over")} <= shared
    assert closed.facts[0].share <= closed.facts[-1].share  # rarest first
    assert len(closed.examples) == 2
    assert closed.examples[0].after.nationality["CR"].status == "national"
    assert [g.direction for g in report.groups][-1] == "same"


def test_transitions_count_each_move_once(report):
    moves = {(t.country, t.before, t.after): t.count for t in report.transitions}
    assert moves[("CR", "not_national", "national")] == 2
    assert moves[("CR", "conditional", "national")] == 2
    assert moves[(None, "at_risk", "none")] == 3
    assert moves[(None, "stateless", "none")] == 1


def test_csv_has_a_row_per_change_with_the_profile(report):
    rows = list(csv.DictReader(io.StringIO(impact_csv(report))))
    assert len(rows) == len(report.changes) == 8
    assert {r["direction"] for r in rows} == {"helps", "same"}
    assert all(r["birth_country"] == "CR" for r in rows)


def test_html_is_self_contained_with_charts(report):
    page = impact_html(report, "es")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 2  # risk, and CR
    assert "<script" not in page and "src=" not in page and "href=" not in page
    assert "Riesgo de apatridia" in page and "CR.birth.soli_foreign_parents_reform" in page


def test_text_summary_names_the_moves(report):
    text = impact_text(report)
    assert "changed: 4 of 8 — helps 4, harms 0, mixed 0" in text
    assert "2 × CR not national → national  [helps]" in text
