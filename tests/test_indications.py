"""Indications (issue 13): for a state without a rule pack, what GLOBALCIT's 2020 coding says of
the provisions the facts bring into play — a lead, never an answer."""

import pytest

from engine.coverage import globalcit
from schemas.codes import COUNTRY_CODES


def born_in_costa_rica_to_a_mother_of(country: str) -> dict:
    return {
        "as_of": "2025-06-01",
        "person": {"birth_date": "2020-01-01", "birth_country": "CR"},
        "parents": [
            {"role": "mother", "nationalities": [{"country": country, "acquired": "birth"}]},
            {"role": "father", "legal_parentage": "unknown"},
        ],
    }


def test_every_coded_state_without_a_pack_points_to_its_descent_abroad(engine):
    """The product owner's bar: at least 95 % of GLOBALCIT's states without a pack give a child
    born in Costa Rica to a mother of theirs an indication with provisions, and stay
    undetermined (every state a case can name does)."""
    coded = sorted({c for c, _ in globalcit()} - set(engine.law.countries))
    assert len(coded) > 170, len(coded)
    pointed = 0
    for country in coded:
        answer = engine.screen_data(born_in_costa_rica_to_a_mother_of(country), "en")
        result = answer.nationality[country]
        assert result.status == "undetermined", (country, result.status)
        if result.indication and result.indication.provisions:
            assert [p.mode for p in result.indication.provisions] == ["A01b"], country
            assert "CC BY 4.0" in result.indication.source and result.indication.year == 2020
            pointed += 1
    assert pointed == len([c for c in coded if c in COUNTRY_CODES])


def test_an_indication_changes_no_status_and_no_risk(engine):
    case = born_in_costa_rica_to_a_mother_of("AR")
    answer = engine.screen_data(case, "en")
    assert answer.nationality["AR"].indication is not None
    assert answer.stateless_risk == "at_risk"  # as without it: Costa Rica still wants registration
    assert answer.nationality["CR"].indication is None  # a state with a pack has its answer


@pytest.mark.parametrize(
    "person, modes",
    [
        ({"birth_date": "2020-01-01", "birth_country": "AR"}, ["A02a", "A02b", "A03b"]),
        (
            {"birth_date": "2020-01-01", "foundling": True, "found_in": "AR"},
            ["A03a"],
        ),
        (
            {
                "birth_date": "1990-01-01",
                "birth_country": "AR",
                "residence": [{"country": "CR", "from": "2010-01-01"}],
                "naturalizations": [{"country": "CR", "date": "2020-01-01"}],
            },
            ["A02a", "A02b", "A03b", "L05"],
        ),
    ],
)
def test_the_facts_choose_the_provisions(engine, person, modes):
    case = {"as_of": "2025-06-01", "person": person}
    if person.get("foundling"):
        case["parents"] = [{"role": "mother", "legal_parentage": "unknown"}]
    answer = engine.screen_data(case, "en")
    provisions = answer.nationality["AR"].indication.provisions
    assert [p.mode for p in provisions] == modes
    assert all(p.article and p.procedure and p.category for p in provisions)


def test_the_report_shows_the_lead_in_the_caseworkers_language(engine):
    from service.reports.screening import render

    answer = engine.screen_data(born_in_costa_rica_to_a_mother_of("NE"), "es", explain=True)
    report = render([answer], engine.law, "es")
    assert "Pista que confirmar con el consulado (GLOBALCIT, ley de 2020" in report
    assert "A01b (filiación, nacido en el extranjero)" in report
    assert "CC BY 4.0" in report
