"""A reform's impact: both laws side by side over a population, counted, grouped and reported."""

import csv
import datetime as dt
import html
import io
import re
from pathlib import Path

import pytest

from engine.lab.impact import impact, profile, relative
from engine.lab.population import default_grid, generate
from engine.lab.reform import read_reform, reform_engines
from schemas.case import read_case
from service.reports.lab import impact_csv, impact_html, impact_text
from service.reports.lab_words import fact_words, period_words

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


def read(page: str) -> str:
    """What a reader of the page reads: its text and the charts' words, without the example
    cases (their JSON is the case format's, in English in every language) or the markup."""
    page = re.sub(r"<pre>.*?</pre>|<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


# words of the English report that a Spanish one showed before it was all Spanish
ENGLISH = [
    " to 2026",
    "national at the birth",
    "25 and over",
    "born in",
    "born under",
    "before:",
    "after:",
    " = ",
    "State",
    "Cases",
    "yes",
    "registered",
]


def test_a_spanish_report_is_all_spanish(report):
    page = impact_html(report, "es")
    text = " ".join(read(page).split())
    assert not [words for words in ENGLISH if words in text]
    assert 'aria-label="Riesgo de apatridia. ninguno: antes 4, después 8;' in page
    assert "<title>nacional, antes: 4</title>" in page  # the tooltips
    for spanish in (
        "nacidos del 8 de noviembre de 1949 al 31 de diciembre de 2026",
        "edad: 25 años o más",
        "Situación antes",
        "Riesgo después",
        "Nivel de riesgo",
    ):
        assert spanish in text, spanish
    assert "not national → national" in impact_text(report, "en")
    assert "age: 25 and over (50%)" in impact_text(report, "en")
    assert "registrado" not in impact_text(report, "es") and "25 años o más" in impact_text(
        report, "es"
    )


def test_every_fact_a_group_can_share_is_said_in_words():
    """Each kind of fact the profile and a state's view give (engine/lab/impact.py), in Spanish."""
    case = read_case(
        {
            "id": "F",
            "as_of": "2027-06-01",
            "person": {
                "birth_date": "2010-05-01",
                "birth_country": "CR",
                "registrations": [
                    {"country": "NI", "act": "birth_registration", "date": "2011-05-01"}
                ],
            },
            "parents": [
                {
                    "role": "mother",
                    "born_in": "NI",
                    "status_in_birth_country": "diplomat",
                    "nationalities": [{"country": "NI", "acquired": "birth"}],
                },
                {
                    "role": "father",
                    "born_in": "CR",
                    "status_in_birth_country": "irregular",
                    "nationalities": [{"country": "CR", "acquired": "naturalization"}],
                },
            ],
        }
    )
    facts = profile(case, dt.date(2027, 1, 1)) | relative(
        case, "CR", {"CR": [dt.date(1949, 11, 8)]}
    )
    said = dict(fact_words(fact, value, "es") for fact, value in facts.items())
    assert len(said) == len(facts) == 21
    english = re.compile(r"\b(by|at|born|parent|national|yes|from|before|and|over|under)\b")
    assert not [f"{k}: {v}" for k, v in said.items() if english.search(f"{k} {v}")]
    assert said["un progenitor nacional de Costa Rica al nacer"] == "sí"
    assert said["nacionalidad de la madre"] == "Nicaragua por nacimiento"
    assert said["nacimiento inscrito"] == "Nicaragua a los 1 años"
    assert said["algún progenitor diplomático"] == "sí"
    assert said["nacido bajo la ley de Costa Rica vigente"] == "desde el 8 de noviembre de 1949"
    assert said["edad"] == "de 18 a 24 años" or said["edad"] == "menos de 18 años"
    assert fact_words("age", "25 and over", "es") == ("edad", "25 años o más")
    assert period_words("1949-11-08 to 2026-12-31", "es") == (
        "del 8 de noviembre de 1949 al 31 de diciembre de 2026"
    )


def test_what_a_group_shares_says_its_base_and_leaves_out_what_everyone_has(report):
    text = " ".join(read(impact_html(report, "es")).split())
    closed = next(g for g in report.groups if g.before == "not_national")
    assert ("foundling", "no") in {(f.fact, f.value) for f in closed.facts}  # all 8 are not
    assert "Lo que tienen en común los 2 casos que ganan" in text
    assert "toda la población (8 casos)" in text and "el 95 % o más" in text
    assert "nacido en Costa Rica: sí (100 % de la población)" not in text  # all 8 born there
    assert "expósito" not in text
    assert "nacimiento inscrito: no (50 % de la población)" in text


def test_only_the_charts_that_change_are_drawn(report):
    same_risk = report.model_copy(update={"risk_after": report.risk_before})
    page = impact_html(same_risk, "en")
    assert page.count("<svg") == 1 and 'aria-label="Costa Rica (CR).' in page
    assert 'aria-label="Statelessness risk' not in page
    nothing = same_risk.model_copy(update={"status_after": report.status_before})
    page = impact_html(nothing, "en")
    assert "<svg" not in page and "No count changed: no chart to draw." in page
    assert "Unchanged, not drawn: Costa Rica (CR)." in page


def test_the_page_has_landmarks_and_prints_the_cases_open(report):
    page = impact_html(report, "en")
    assert page.count("<main>") == 1 and page.count("<section aria-labelledby=") == 4
    for key in ("summary", "charts", "moves", "groups"):
        assert f'aria-labelledby="h-{key}"><h2 id="h-{key}">' in page
    print_css = page[page.index("@media print") :]
    assert "details::details-content{content-visibility:visible" in print_css
    assert "figure,table,tr{break-inside:avoid}" in print_css


def test_text_summary_names_the_moves(report):
    text = impact_text(report)
    assert "changed: 4 of 8 — helps 4, harms 0, mixed 0" in text
    assert "2 × CR not national → national  [helps]" in text
