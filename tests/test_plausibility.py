"""Impossible facts are refused naming the field; unusual ones screen with a warning beside the
answer; every text is valid Unicode of bounded length (issue 14, items 5 and 7)."""

import copy
import json

import pytest

from engine import default_engine
from engine.loader import load
from schemas.determination import CaseError, Determination
from schemas.types import EARLIEST, NAME_LENGTH, TEXT_LENGTH
from service.reports.screening import render

GOOD = {
    "id": "P-1",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2012-03-04", "birth_country": "CR"},
    "parents": [
        {
            "role": "mother",
            "born_on": "1985-05-05",
            "nationalities": [{"country": "NI", "acquired": "birth", "acquired_on": "1985-05-05"}],
        },
        {"role": "father", "born_on": "1980-01-01", "nationalities": []},
    ],
    "grandparents": [{"line": "maternal", "role": "grandmother", "born_on": "1960-02-02"}],
}


def screened(change, lang="en"):
    case = copy.deepcopy(GOOD)
    change(case)
    return default_engine().screen_data(case, lang)


def problems_of(change) -> dict[str, str]:
    answer = screened(change)
    assert isinstance(answer, CaseError), answer
    assert answer.error == "invalid_case"
    return {p.field: p.problem for p in answer.problems}


def warnings_of(change, lang="en") -> dict[str, str]:
    answer = screened(change, lang)
    assert isinstance(answer, Determination), answer
    return {w.field: w.warning for w in answer.warnings}


def mother(case):
    return case["parents"][0]


def mother_born(day):
    """A change: the mother born on `day`, her nationality by birth from then."""

    def change(case):
        mother(case)["born_on"] = mother(case)["nationalities"][0]["acquired_on"] = day

    return change


def birth_nationality_from(day):
    """A change: the mother's birth date unknown, her nationality by birth dated `day`."""

    def change(case):
        del mother(case)["born_on"]
        mother(case)["nationalities"][0]["acquired_on"] = day

    return change


IMPOSSIBLE = [
    # the issue's own: a parent's nationality by birth from after the child's birth
    (
        birth_nationality_from("2015-01-01"),
        "parents[0].nationalities[0].acquired_on",
        "after the person's birth date 2012-03-04",
    ),
    (
        lambda c: mother(c)["nationalities"][0].update(acquired_on="1990-01-01"),
        "parents[0].nationalities[0].acquired_on",
        "held from birth",
    ),
    (
        lambda c: mother(c)["nationalities"][0].update(
            acquired="naturalization", acquired_on="1984-01-01"
        ),
        "parents[0].nationalities[0].acquired_on",
        "before the birth date 1985-05-05",
    ),
    (mother_born("2013-01-01"), "parents[0].born_on", "not before"),
    (mother_born("2012-03-04"), "parents[0].born_on", "not before"),
    (
        lambda c: mother(c).update(residence=[{"country": "NI", "from": "1980-01-01"}]),
        "parents[0].residence[0].from",
        "before the birth date",
    ),
    (
        lambda c: c["grandparents"][0].update(born_on="2014-01-01"),
        "grandparents[0].born_on",
        "not before the person's birth date",
    ),
    (
        lambda c: c["grandparents"][0].update(born_on="1990-01-01"),
        "grandparents[0].born_on",
        "of the parent of that line",
    ),
    (
        lambda c: c["grandparents"][0].update(died_on="1950-01-01"),
        "grandparents[0].died_on",
        "before the birth date 1960-02-02",
    ),
    (lambda c: c["person"].update(birth_date="0001-01-01"), "person.birth_date", "1800-01-01"),
    (lambda c: c.update(as_of="9999-12-31"), "as_of", "2199-12-31"),
    (
        lambda c: c["person"].update(marriages=[{"from": "2014-03-04"}]),
        "person.marriages[0].from",
        "2 years old: too young to marry",
    ),
    (
        lambda c: c["person"].update(marriages=[{"from": "2010-03-04"}]),
        "person.marriages[0].from",
        "before the birth date",
    ),
]


@pytest.mark.parametrize("change, field, words", IMPOSSIBLE)
def test_an_impossible_fact_is_refused_naming_its_field(change, field, words):
    problems = problems_of(change)
    assert field in problems, problems
    assert words in problems[field], problems[field]


def test_the_floor_leaves_room_below_the_oldest_law_encoded():
    """The earliest day a case may name is two generations before any provision in force."""
    law = load()
    oldest = min(r.rule.in_force.from_ for c in law.countries.values() for r in c.rules)
    assert EARLIEST.year <= oldest.year - 50, oldest
    case = copy.deepcopy(GOOD)
    case["person"]["birth_date"] = oldest.isoformat()
    case["parents"] = []
    case["grandparents"] = [{"line": "paternal", "role": "grandfather", "born_on": "1801-01-01"}]
    assert isinstance(default_engine().screen_data(case), Determination)


def test_a_plausible_case_has_no_warnings():
    assert warnings_of(lambda c: None) == {}


UNUSUAL = [
    (mother_born("2002-01-01"), "parents[0].born_on", "10 years old"),
    (lambda c: c["parents"][1].update(born_on="1930-01-01"), "parents[1].born_on", "82 years old"),
    (
        lambda c: (
            c["person"].update(birth_date="1900-01-01") or c.update(parents=[], grandparents=[])
        ),
        "person.birth_date",
        "125 years old",
    ),
    (
        lambda c: (
            c["person"].update(marriages=[{"from": "2026-03-04"}]) or c.update(as_of="2030-01-01")
        ),
        "person.marriages[0].from",
        "married at 14",
    ),
    (
        lambda c: (
            c["parents"][1].update(legal_parentage="acknowledged", acknowledged_on="2031-01-01")
            or c.update(as_of="2032-01-01")
        ),
        "parents[1].acknowledged_on",
        "acknowledged at 18",
    ),
]


@pytest.mark.parametrize("change, field, words", UNUSUAL)
def test_an_unusual_fact_screens_with_a_warning_naming_its_field(change, field, words):
    warnings = warnings_of(change)
    assert field in warnings, warnings
    assert words in warnings[field], warnings[field]


def test_an_adopters_age_at_the_birth_is_not_unusual():
    def adopted_by_a_young_parent(case):
        mother_born("2005-01-01")(case)
        mother(case)["legal_parentage"] = "adopted"

    assert warnings_of(adopted_by_a_young_parent) == {}


def test_warnings_speak_the_answers_language_and_show_in_every_report():
    young_mother = mother_born("2002-01-01")
    assert "10 años" in warnings_of(young_mother, "es")["parents[0].born_on"]
    engine = default_engine()
    for lang, heading in (
        ("en", "Unusual facts to check"),
        ("es", "Hechos inusuales que verificar"),
    ):
        answer = screened(young_mother, lang)
        wire = json.loads(answer.model_dump_json(by_alias=True))
        assert wire["warnings"] == [
            {"field": "parents[0].born_on", "warning": answer.warnings[0].warning}
        ]
        for fmt in ("text", "markdown", "html"):
            report = render([answer], engine.law, lang, fmt)
            assert heading in report and "parents[0].born_on" in report, (lang, fmt)
            # near the top: before the first country's status
            assert report.index(heading) < report.index("(CR)"), (lang, fmt)


def test_two_mothers_or_two_fathers_are_valid():
    for role in ("mother", "father"):

        def same(case, role=role):
            for parent in case["parents"]:
                parent["role"] = role
            case["grandparents"][0]["line"] = "maternal" if role == "mother" else "paternal"

        answer = screened(same)
        assert isinstance(answer, Determination), answer
        assert answer.warnings == []


HUGE = 20 * 1024 * 1024  # 20 MB: refused on its length, whatever its size


@pytest.mark.parametrize(
    "change, field, limit",
    [
        (lambda c: c.update(id="x" * HUGE), "id", NAME_LENGTH),
        (
            lambda c: c["person"].update(birth_country="C" * HUGE),
            "person.birth_country",
            NAME_LENGTH,
        ),
        (lambda c: c["person"].update(birth_date="2" * HUGE), "person.birth_date", NAME_LENGTH),
        (lambda c: c.update(title="t" * (TEXT_LENGTH + 1)), "title", TEXT_LENGTH),
        (lambda c: c.update(expected={"CR": ["t" * (TEXT_LENGTH + 1)]}), "expected", TEXT_LENGTH),
    ],
)
def test_a_text_past_its_limit_is_refused_stating_the_limit_not_the_value(change, field, limit):
    answer = screened(change)
    assert isinstance(answer, CaseError)
    assert answer.case_id in (None, "P-1")
    problems = {p.field: p.problem for p in answer.problems}
    assert problems[field] == f"is longer than {limit} characters"
    assert len(answer.model_dump_json()) < 2000


SURROGATE = json.loads('"CR\\ud800"')  # what a JSON parser makes of a lone surrogate


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda c: c.update(id=SURROGATE), "id"),
        (lambda c: c["person"].update(birth_country=SURROGATE), "person.birth_country"),
        (lambda c: c["person"].update(birth_date=SURROGATE), "person.birth_date"),
        (
            lambda c: mother(c)["nationalities"][0].update(country=SURROGATE),
            "parents[0].nationalities[0].country",
        ),
        (lambda c: c.update(title=SURROGATE), "title"),
        (lambda c: c.update(expected={SURROGATE: "national"}), "expected"),
        (lambda c: c.update(reasoning=[["ok", {"k": SURROGATE}]]), "reasoning"),
    ],
)
def test_a_lone_surrogate_is_refused_naming_the_field(change, field):
    answer = screened(change)
    assert isinstance(answer, CaseError)
    problems = {p.field: p.problem for p in answer.problems}
    assert "not valid Unicode text" in problems[field], problems
    answer.model_dump_json().encode("utf-8")  # the error itself is always valid UTF-8


def test_an_unknown_key_holding_a_lone_surrogate_is_named_in_valid_text():
    answer = screened(lambda c: c["person"].update({SURROGATE: 1}))
    assert isinstance(answer, CaseError)
    assert {p.field: p.problem for p in answer.problems} == {
        "person": "has a key that is not valid Unicode text (a lone surrogate)"
    }
    answer.model_dump_json().encode("utf-8")


def test_a_valid_pair_and_any_script_are_text():
    answer = screened(lambda c: c.update(id=json.loads('"caso-\\ud83d\\ude00-ñ-漢"')))
    assert isinstance(answer, Determination)
    assert answer.case_id == "caso-😀-ñ-漢"
