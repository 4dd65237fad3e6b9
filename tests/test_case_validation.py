"""Bad input gets a clear error naming the field and the problem; never a guess."""

import copy

import pytest

from engine import default_engine
from schemas.case import Case, read_case
from schemas.determination import CaseError

GOOD = {
    "id": "T-1",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2012-03-04", "birth_country": "CR"},
    "parents": [
        {"role": "mother", "nationalities": [{"country": "NI", "acquired": "birth"}]},
    ],
}


def screened(change):
    case = copy.deepcopy(GOOD)
    change(case)
    return default_engine().screen_data(case)


def problems_of(change) -> dict[str, str]:
    answer = screened(change)
    assert isinstance(answer, CaseError), answer
    assert answer.error == "invalid_case"
    return {p.field: p.problem for p in answer.problems}


def test_a_good_case_screens():
    answer = screened(lambda c: None)
    assert not isinstance(answer, CaseError)
    assert answer.case_id == "T-1"


@pytest.mark.parametrize(
    "change, field, words",
    [
        (lambda c: c["person"].update(birth_contry="CR"), "person.birth_contry", "unknown field"),
        (lambda c: c["person"].pop("birth_date"), "person.birth_date", "required"),
        (lambda c: c["person"].update(birth_country="XX"), "person.birth_country", "ISO 3166"),
        (lambda c: c["person"].update(birth_country="cr"), "person.birth_country", "upper case"),
        (lambda c: c["person"].update(birth_date="2012-02-30"), "person.birth_date", "YYYY-MM-DD"),
        (lambda c: c["person"].update(birth_date=20120304), "person.birth_date", "int"),
        (lambda c: c.update(as_of="2025-06-01T10:00:00"), "as_of", "YYYY-MM-DD"),
        (lambda c: c["person"].update(foundling="yes"), "person.foundling", "boolean"),
        (
            lambda c: c["parents"][0]["nationalities"][0].update(acquired="marriage"),
            "parents[0].nationalities[0].acquired",
            "'birth', 'naturalization', 'option' or 'registration'",
        ),
        (lambda c: c["parents"][0].update(role="aunt"), "parents[0].role", "'mother' or 'father'"),
        (
            lambda c: c["person"].update(
                registrations=[{"country": "CR", "act": "baptism", "date": "2012-03-05"}]
            ),
            "person.registrations[0].act",
            "birth_registration",
        ),
        (lambda c: c.update(as_of="2010-01-01"), "person.birth_date", "after as_of 2010-01-01"),
        (
            lambda c: c["person"].update(
                registrations=[{"country": "CR", "act": "birth_registration", "date": "2011-01-01"}]
            ),
            "person.registrations[0].date",
            "before the birth date",
        ),
        (
            lambda c: c["person"].update(foundling=True),
            "parents[0].legal_parentage",
            "a foundling's parents are unknown",
        ),
        (
            lambda c: c["person"].update(vessel_flag="PA"),
            "person.vessel_flag",
            "birth_place_kind is 'territory'",
        ),
        (
            lambda c: c["person"].update(
                residence=[{"country": "CR", "from": "2015-01-01", "to": "2014-01-01"}]
            ),
            "person.residence[0].to",
            "before 'from'",
        ),
        (lambda c: c["parents"].extend([c["parents"][0]] * 2), "parents", "at most 2"),
    ],
)
def test_each_problem_names_its_field(change, field, words):
    problems = problems_of(change)
    assert field in problems, problems
    assert words.lower() in problems[field].lower(), problems[field]


def test_every_problem_is_reported_not_just_the_first():
    def two(case):
        case["person"]["birth_country"] = "XX"
        case["parents"][0]["role"] = "aunt"

    assert {"person.birth_country", "parents[0].role"} <= set(problems_of(two))


def test_worked_case_annotations_are_accepted_and_ignored():
    answer = screened(lambda c: c.update(title="t", expected={"x": 1}, confidence="low"))
    assert not isinstance(answer, CaseError)


def test_not_a_mapping_is_an_error_not_a_crash():
    answer = default_engine().screen_data(["not", "a", "case"])
    assert isinstance(answer, CaseError)
    assert answer.problems[0].field == "(document)"


def _optional_lists(schema: dict):
    """(model, field, property) for every list a case may leave out: its JSON Schema says it."""
    for name, model in [*schema["$defs"].items(), ("Case", schema)]:
        for field, prop in model["properties"].items():
            kinds = [prop, *prop.get("anyOf", [])]
            if field not in model.get("required", []) and any(
                k.get("type") == "array" for k in kinds
            ):
                yield name, field, prop


def test_every_optional_list_defaults_to_empty_and_takes_null():
    """Generators type an optional list as `list | None` and send null (issue 18): the schema
    says `default: []` and allows null, except a parent's residence, where null is 'not
    recorded' (and an empty list says there were none)."""
    schema = Case.model_json_schema(by_alias=True)
    found = {(name, field): prop for name, field, prop in _optional_lists(schema)}
    person = ("birth_registered_in", "registrations", "residence", "naturalizations",
              "renunciations", "marriages")  # fmt: skip
    assert set(found) == {("Case", "parents"), ("Case", "grandparents"),
                          ("Parent", "nationalities"), ("Parent", "residence"),
                          ("Grandparent", "nationalities"),
                          *(("Person", field) for field in person)}  # fmt: skip
    for (name, field), prop in found.items():
        assert {"type": "null"} in prop["anyOf"], (name, field)
        assert prop["default"] == ([] if (name, field) != ("Parent", "residence") else None)


def test_null_optional_lists_screen_as_empty_ones():
    empty = ("birth_registered_in", "registrations", "residence", "naturalizations",
             "renunciations", "marriages")  # fmt: skip
    case = copy.deepcopy(GOOD) | {"grandparents": None}
    case["person"] |= dict.fromkeys(empty)
    case["parents"].append({"role": "father", "nationalities": None})
    answer = default_engine().screen_data(case)
    assert not isinstance(answer, CaseError), answer
    father = {"role": "father", "nationalities": []}
    same = copy.deepcopy(GOOD) | {"grandparents": []}
    same["person"] |= {field: [] for field in empty}
    same["parents"].append(father)
    assert answer == default_engine().screen_data(same)
    assert read_case({**case, "parents": None}).parents == []
