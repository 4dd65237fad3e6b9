"""The facts derived from a case are exactly the vocabulary rules are written in."""

from engine.facts import derive
from schemas.case import Case
from schemas.facts import COLLECTIONS, PERSON

FULL = {
    "as_of": "2025-06-01",
    "person": {
        "birth_date": "2000-01-01",
        "birth_country": "CR",
        "registrations": [{"country": "CR", "act": "birth_registration", "date": "2000-01-05"}],
        "naturalizations": [{"country": "MX", "date": "2020-01-01"}],
        "renunciations": [{"country": "CR", "date": "2021-01-01"}],
        "residence": [{"country": "MX", "from": "2015-01-01", "status": "permanent"}],
        "marriages": [{"spouse_nationality": "MX", "from": "2019-01-01"}],
    },
    "parents": [
        {"role": "mother", "nationalities": [{"country": "CR", "acquired": "birth"}]},
        {"role": "father"},
    ],
    "grandparents": [{"line": "paternal", "role": "grandfather", "born_in": "CR"}],
}


def test_every_row_carries_exactly_the_fields_of_its_collection():
    values = derive(Case.model_validate(FULL)).values
    assert set(PERSON) <= set(values)
    for coll, (_, fields) in COLLECTIONS.items():
        assert values[coll], f"no {coll} rows to check"
        for row in values[coll]:
            assert set(row) == set(fields), (coll, set(row) ^ set(fields))


def test_derived_facts_say_what_they_mean():
    case = Case.model_validate(
        {
            **FULL,
            "parents": [
                {
                    "role": "mother",
                    "nationalities": [
                        {"country": "CR", "acquired": "naturalization", "acquired_on": "2005-06-01"}
                    ],
                }
            ],
        }
    )
    values = derive(case).values
    mother = values["parents"][0]
    assert mother["held_at_birth"] is False
    assert mother["child_age_when_acquired"] == 5
    assert values["age"] == 25
    assert values["residence"][0]["years"] == 10 and values["residence"][0]["ongoing"] is True
    assert values["registrations"][0]["age"] == 0
