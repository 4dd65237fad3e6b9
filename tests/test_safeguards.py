"""A loss the law bars when it would leave the person stateless, and referrals when at risk."""

import shutil
import textwrap
from pathlib import Path

import pytest

from engine import Engine
from engine.loader import load
from schemas.case import Case

ROOT = Path(__file__).resolve().parent.parent

RENUNCIATION = """
topic: {es: Renuncia (prueba), en: Renunciation (test)}
rules:
  - id: CR.loss.test_renunciation
    title: {es: Renuncia, en: Renunciation}
    source: {instrument: Test, article: "1"}
    in_force: {from: 1995-06-06}
    judged_at: renunciation
    when:
      renunciation: {country: CR}
    outcome: lost
    barred_if_stateless: true
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    rules = tmp_path_factory.mktemp("law") / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "cr" / "test.yaml").write_text(textwrap.dedent(RENUNCIATION), encoding="utf-8")
    return Engine(load(rules))


def costa_rican(**person) -> Case:
    return Case.model_validate(
        {
            "as_of": "2025-06-01",
            "person": {"birth_date": "1970-01-01", "birth_country": "CR", **person},
            "parents": [
                {"role": "father", "nationalities": [{"country": "CR", "acquired": "birth"}]}
            ],
        }
    )


def test_a_loss_that_would_leave_no_nationality_does_not_take_effect(engine):
    case = costa_rican(renunciations=[{"country": "CR", "date": "2001-01-01"}])
    result = engine.screen(case).nationality["CR"]
    assert result.status == "national"
    assert result.barred == ["CR.loss.test_renunciation"]


def test_the_same_loss_takes_effect_when_another_nationality_is_held(engine):
    case = costa_rican(
        renunciations=[{"country": "CR", "date": "2001-01-01"}],
        naturalizations=[{"country": "US", "date": "2000-05-01"}],
    )
    answer = engine.screen(case)
    assert answer.nationality["CR"].status == "not_national"
    assert answer.nationality["CR"].rules == ["CR.loss.test_renunciation"]
    assert answer.nationality["CR"].barred == []


def test_a_person_at_risk_is_referred_where_they_live(engine):
    case = Case.model_validate(
        {
            "as_of": "2025-06-01",
            "person": {
                "birth_date": "1996-05-10",
                "birth_country": "CR",
                "residence": [{"country": "MX", "from": "2015-01-01"}],
            },
        }
    )
    answer = engine.screen(case)
    assert answer.stateless_risk == "stateless"  # CR's route closed at 25; MX gives nothing
    assert [r.country for r in answer.referral] == ["MX"]
    assert answer.referral[0].procedure is True
    assert answer.referral[0].conventions["1954"] == "party since 2000-06-07"


def test_no_referral_when_a_nationality_is_held(engine):
    assert engine.screen(costa_rican()).referral == []
