"""The commitments scorecard: every witness it cites screens as it says; the command line and
the HTTP service give it (features/compromisos.feature holds the verdicts to the research)."""

import json

import pytest

from engine import default_engine
from engine.lab.scorecard import scorecard
from schemas.scorecard import VERDICTS
from service.cli import main as cli
from tests.support.scorecard import screened

KEYS = 9
MIRPS = ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"]  # the seven states of the Declaration


@pytest.fixture(scope="module")
def card():
    return scorecard(default_engine(), MIRPS, "es")


def test_every_state_is_rated_on_all_nine_commitments(card):
    assert [s.country for s in card.states] == MIRPS
    for state in card.states:
        assert len({v.key for v in state.verdicts}) == KEYS
        assert all(v.verdict in VERDICTS and v.why for v in state.verdicts)


def test_every_gap_has_a_witness_and_every_witness_screens_as_the_card_says(card):
    cited = 0
    for state in card.states:
        for v in state.verdicts:
            if v.verdict in ("gap", "partial"):
                assert v.witnesses, (state.country, v.key)
            for witness in v.witnesses:
                assert screened(witness) == (witness.status, witness.risk), witness.case["id"]
                cited += 1
    assert cited >= 2 * len(MIRPS)


def test_scorecard_command_json_markdown_and_html(tmp_path, capsys):
    page = tmp_path / "card.html"
    code = cli(["scorecard", "--country", "HN", "--lang", "en", "--json", "--html", str(page)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["lang"] == "en" and data["states"][0]["country"] == "HN"
    html = page.read_text()
    assert "Regional matrix" in html and "✘ gap" in html and "<script" not in html
    assert cli(["scorecard", "--country", "HN", "--markdown"]) == 0
    assert "| Nacido en el territorio que de otro modo sería apátrida |" in capsys.readouterr().out


def test_scorecard_command_refuses_a_state_without_a_pack(capsys):
    assert cli(["scorecard", "--country", "AR"]) == 2
    assert "--country AR: no rule pack" in capsys.readouterr().err


def test_scorecard_over_http_with_a_shipped_reform_and_a_bad_country(server):
    with server.client() as client:
        answer = client.get("/v1/scorecard?country=HN&shipped=hn-1961-safeguard&lang=en")
        wrong = client.get("/v1/scorecard?country=AR")
    with server.client("screener") as client:
        refused = client.get("/v1/scorecard?country=HN")
    assert answer.status_code == 200, answer.text
    changes = answer.json()["reform"]["changes"]
    closed = [c for c in changes if c["key"] == "otherwise_stateless_birth"]
    assert closed and closed[0]["before"] == "gap" and closed[0]["after"] == "meets"
    assert all(w["after"]["status"] == "national" for w in closed[0]["witnesses"])
    assert refused.status_code == 403
    assert wrong.status_code == 422 and wrong.json()["problems"][0]["field"] == "query.country[0]"
