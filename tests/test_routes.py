"""Entitlement or discretion (issue 12): a naturalization is a route, never a status; what a
parent lost before the birth is not transmitted; two mothers are parents like any."""

import pytest

from engine.facts import derive
from schemas.case import Case

# Born in Costa Rica in 1990 to parents with no nationality, never registered: the registration
# of art. 13 inc. 3 closed at 25; she has lived in Costa Rica since birth.
UNREGISTERED = {
    "id": "ROUTE-1",
    "as_of": "2025-06-01",
    "person": {
        "birth_date": "1990-01-01",
        "birth_country": "CR",
        "residence": [{"country": "CR", "from": "1990-01-01", "status": "permanent"}],
    },
    "parents": [
        {"role": "mother", "nationalities": [], "born_in": "CR"},
        {"role": "father", "legal_parentage": "unknown"},
    ],
}


@pytest.fixture(scope="module")
def unregistered(engine):
    return engine.screen_data(UNREGISTERED, "en", explain=True)


def test_only_a_naturalization_left_is_not_national_and_stateless(unregistered):
    costa_rica = unregistered.nationality["CR"]
    assert costa_rica.status == "not_national"
    assert costa_rica.conditions == []
    assert unregistered.stateless_risk == "stateless"


def test_the_naturalization_is_listed_as_a_discretionary_route(unregistered):
    routes = {r.rule: r for r in unregistered.nationality["CR"].routes}
    route = routes["CR.naturalization.residence"]
    assert route.discretionary and route.kind == "naturalization"
    assert "7 years of residence in Costa Rica" in route.requires
    assert str(route.from_) == "2008-01-01"  # the 18th birthday: residence met since 1997
    assert "14" in route.basis  # Constitución Política, art. 14


def test_a_route_is_not_an_action_that_would_resolve_the_risk(unregistered):
    assert all(a.rule not in {"CR.naturalization.residence"} for a in unregistered.actions)


def test_the_route_rule_is_explained_as_a_way_the_state_may_refuse(unregistered):
    why_not = {r.rule: r for r in unregistered.nationality["CR"].explanation.why_not}
    assert "may refuse" in why_not["CR.naturalization.residence"].note


def test_a_route_whose_residence_has_not_begun_says_which_residence_fails(engine):
    case = {
        **UNREGISTERED,
        "person": {
            **UNREGISTERED["person"],
            "residence": [
                {"country": "CR", "from": "1990-01-01", "to": "2000-01-01", "status": "permanent"}
            ],
        },
    }
    answer = engine.screen_data(case, "en", explain=True)
    why_not = {r.rule: r for r in answer.nationality["CR"].explanation.why_not}
    reason = why_not["CR.naturalization.residence"]
    assert reason.note == "the residence it requires has not begun"
    assert reason.checks and all(c.holds is not True for c in reason.checks), reason.checks
    assert not answer.nationality["CR"].routes


def test_an_entitlement_still_makes_the_status_conditional(engine):
    young = {**UNREGISTERED, "person": {**UNREGISTERED["person"], "birth_date": "2010-01-01"}}
    young["person"]["residence"] = [{"country": "CR", "from": "2010-01-01"}]
    answer = engine.screen_data(young, "en")
    assert answer.nationality["CR"].status == "conditional"
    assert {c.act for c in answer.nationality["CR"].conditions} == {"registration"}
    assert answer.stateless_risk == "at_risk"


def parent_nationality(lost_on: str | None) -> Case:
    nationality = {"country": "CR", "acquired": "birth"}
    if lost_on:
        nationality["lost_on"] = lost_on
    return Case.model_validate(
        {
            "as_of": "2025-06-01",
            "person": {"birth_date": "2010-01-01", "birth_country": "US"},
            "parents": [{"role": "mother", "nationalities": [nationality]}],
        }
    )


@pytest.mark.parametrize(
    "lost_on, held_at_birth",
    [(None, True), ("2009-12-31", None), ("2010-01-01", None), ("2023-02-15", True)],
)
def test_a_parent_transmits_only_what_was_held_at_the_birth(lost_on, held_at_birth):
    rows = derive(parent_nationality(lost_on)).values["parents"]
    held = [r["held_at_birth"] for r in rows if r["nationality"] == "CR"]
    assert held == ([True] if held_at_birth else []), rows


def test_lost_before_it_was_acquired_is_refused():
    case = {
        "person": {"birth_date": "2010-01-01"},
        "parents": [
            {
                "role": "mother",
                "nationalities": [
                    {
                        "country": "CR",
                        "acquired": "naturalization",
                        "acquired_on": "2005-01-01",
                        "lost_on": "2004-01-01",
                    }
                ],
            }
        ],
    }
    with pytest.raises(ValueError, match="lost_on"):
        Case.model_validate(case)


def test_two_mothers_are_parents_like_any(engine):
    case = {
        "as_of": "2012-01-01",
        "person": {"birth_date": "2011-05-01", "birth_country": "US"},
        "parents": [
            {"role": "mother", "nationalities": [{"country": "US", "acquired": "birth"}]},
            {"role": "mother", "nationalities": [{"country": "CR", "acquired": "birth"}]},
        ],
        "parents_married_at_birth": True,
    }
    answer = engine.screen_data(case, "en")
    assert answer.nationality["CR"].status == "conditional"
    assert answer.nationality["CR"].rules == ["CR.birth.abroad_parent_by_birth"]
