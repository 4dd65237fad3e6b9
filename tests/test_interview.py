"""The interview's form answers and the case format map onto each other, both ways."""

from pathlib import Path

import pytest
import yaml

from engine import default_engine
from schemas.case import Case
from service.pages.interview import (
    TooManyForForm,
    case_from_form,
    form_field,
    form_from_case,
    relevance,
)

WORKED = Path(__file__).resolve().parent / "worked_cases"
CASES = [c for p in sorted(WORKED.glob("*.yaml")) for c in yaml.safe_load(p.read_text("utf-8"))]


def normalized(case: dict) -> dict:
    return Case.model_validate(case).model_dump(
        mode="json", exclude={"title", "expected", "basis", "reasoning", "confidence"}
    )


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_worked_case_goes_through_the_form_unchanged(case):
    assert normalized(case_from_form(form_from_case(case))) == normalized(case)


def test_empty_answers_are_left_out_not_guessed():
    case = case_from_form(
        {
            "birth_date": "2012-03-04",
            "birth_country": "",
            "p0_role": "mother",
            "p0_n0_country": "NI",
            "p0_n0_acquired": "birth",
            "reg0_date": " ",
        }
    )
    assert case["person"] == {
        "birth_date": "2012-03-04",
        "foundling": False,
        "registrations": [],
        "residence": [],
        "naturalizations": [],
        "renunciations": [],
        "marriages": [],
    }
    assert case["parents"] == [
        {"role": "mother", "nationalities": [{"country": "NI", "acquired": "birth"}]}
    ]


def test_a_case_with_more_entries_than_the_form_holds_is_refused():
    case = {
        "person": {
            "birth_date": "2000-01-01",
            "registrations": [
                {"country": "CR", "act": "birth_registration", "date": f"2000-01-0{d}"}
                for d in range(2, 6)
            ],
        }
    }
    with pytest.raises(TooManyForForm, match="room for 3 registrations"):
        form_from_case(case)


@pytest.mark.parametrize(
    "path, field",
    [
        ("person.birth_date", "birth_date"),
        ("person.registrations[1].date", "reg1_date"),
        ("parents[0].nationalities[1].acquired", "p0_n1_acquired"),
        ("parents[1].legal_parentage", "p1_legal_parentage"),
        ("grandparents[0].born_in", "g0_born_in"),
        ("as_of", "as_of"),
        ("person.birth_registered_in[0]", "birth_registered_in"),
        ("grandparents[1].nationalities[0].country", "g1_n0_country"),
        ("person.unknown_field", None),
    ],
)
def test_a_problem_with_a_case_field_shows_beside_its_form_field(path, field):
    assert form_field(path) == field


def test_questions_follow_the_facts_each_state_reads():
    read = relevance(default_engine().law)
    assert "parents.status" in read["HN"]  # children of diplomats are excluded in Honduras
    assert "parents.status" not in read["MX"]  # Mexico's ius soli has no exception
    assert "registrations.age" in read["CR"]  # Costa Rica's option runs to a set age
