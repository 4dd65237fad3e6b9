"""The reform lab through the registry service, with a real HTTP client against a running
`nationality serve`: the answers are what engine.lab.impact and engine.lab.audit compute and
what the command line prints; bad input is a 4xx naming the field."""

import datetime as dt
import json
from pathlib import Path

import pytest

from engine.lab.impact import impact
from engine.lab.population import population
from engine.lab.reform import read_reform, reform_engines
from schemas import yaml_loader
from service.cli import main as cli
from service.documents import answer_dict
from tests.support import fields, log_entry, problem
from tests.support.server import LIMITS

REFORMS = Path(__file__).resolve().parent.parent / "rules" / "reforms"
CR = "cr-no-registration-condition"
# children born in Costa Rica whose father is unknown, after the Costa Rica reform takes effect
POPULATION = {
    "sample": 40,
    "as_of": "2027-06-01",
    "axes": {"birth_country": ["CR"], "father.nationality": ["unknown"]},
}
MINIMAL_REFORM = {
    "title": {"es": "Reforma", "en": "Reform"},
    "rationale": {"es": "Prueba", "en": "Test"},
    "effective": "2027-01-01",
}


def content(name: str) -> dict:
    """A shipped reform file as a client sends it: its content as JSON."""
    data = yaml_loader.load((REFORMS / f"{name}.yaml").read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))


def counts(report: dict) -> dict:
    """What an impact found, whatever the reform is called: who moved, where, how many."""
    keys = ("changed", "directions", "risk_before", "risk_after", "status_before", "status_after")
    moved = {key: report[key] for key in (*keys, "transitions", "encoded")}
    moved["groups"] = [
        (g["country"], g["before"], g["after"], g["count"]) for g in report["groups"]
    ]
    return moved


def impact_of(client, body: dict, query: str = ""):
    return client.post("/v1/reforms/impact" + query, json=body)


# --- the shipped reforms ----------------------------------------------------------------------


def test_the_shipped_reforms_are_listed_in_the_language_asked(server):
    with server.client() as client:
        english = client.get("/v1/reforms", params={"lang": "en"})
        spanish = client.get("/v1/reforms").json()
    assert english.headers["content-language"] == "en"
    listed = {r["name"]: r for r in english.json()}
    assert sorted(listed) == sorted(p.stem for p in REFORMS.glob("*.yaml"))
    assert listed[CR]["title"].startswith("Costa Rica: nationality by birth without registration")
    assert listed[CR]["rationale"].startswith("A hypothetical proposal.")
    assert (listed[CR]["kind"], listed[CR]["effective"], listed[CR]["states"]) == (
        "proposal",
        "2027-01-01",
        ["CR"],
    )
    assert listed["mx-2021-generational-limit"]["kind"] == "historical"
    assert {r["name"]: r for r in spanish}[CR]["title"].startswith("Costa Rica: nacionalidad")


# --- impact -----------------------------------------------------------------------------------


def test_impact_of_a_shipped_reform_is_what_the_engine_computes(server):
    with server.client() as client:
        response = impact_of(client, {"shipped": CR, "population": POPULATION})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-language"] == "es"
    report = response.json()
    reform, _ = read_reform(REFORMS / f"{CR}.yaml")
    reformed, before, after = reform_engines(reform, CR)
    cases, source = population(
        after.law,
        reform.countries,
        POPULATION["sample"],
        as_of=dt.date(2027, 6, 1),
        axes=POPULATION["axes"],
        dates=(reform.effective,),
        lang="es",
    )
    expected = answer_dict(impact(reformed, before, after, cases, source, 3, "es"))
    assert counts(report) == counts(expected)
    assert report["population"] == expected["population"]
    assert report["population"]["cases"] == POPULATION["sample"]
    assert report["changed"] > 0 and report["directions"]["harms"] == 0
    assert report["reform"]["after"]["version"].endswith(f"+{CR}")


def test_an_uploaded_reform_answers_as_the_shipped_one(server):
    with server.client() as client:
        uploaded = impact_of(client, {"reform": content(CR), "population": POPULATION})
        shipped = impact_of(client, {"shipped": CR, "population": POPULATION})
    assert uploaded.status_code == 200, uploaded.text
    assert counts(uploaded.json()) == counts(shipped.json())
    assert uploaded.json()["reform"]["after"]["version"].endswith("+reform")


def test_impact_over_cases_sent_with_the_request(server):
    born_1990 = {
        "id": "CR-1990",
        "as_of": "2028-01-01",
        "person": {"birth_date": "1990-01-01", "birth_country": "CR"},
        "parents": [{"role": "mother", "nationalities": [{"country": "NI", "acquired": "birth"}]}],
    }
    body = {"shipped": CR, "population": {"cases": [born_1990, {"id": "no person"}]}}
    with server.client() as client:
        report = impact_of(client, body).json()
    assert report["population"] == {
        "source": "2 casos enviados con la solicitud",  # the lab speaks Spanish unless asked
        "cases": 1,
        "invalid": 1,
    }
    assert report["transitions"][0] == {
        "country": "CR",
        "before": "not_national",
        "after": "national",
        "count": 1,
    }
    assert report["invalid_cases"][0]["problems"] == [{"field": "person", "problem": "is required"}]


def test_impact_as_csv_and_as_an_html_page(server):
    body = {"shipped": CR, "population": POPULATION}
    with server.client() as client:
        report = impact_of(client, body).json()
        table = impact_of(client, body, "?format=csv")
        page = impact_of(client, body, "?format=html&lang=en")
    assert table.headers["content-type"] == "text/csv; charset=utf-8"
    rows = table.text.splitlines()
    assert rows[0].startswith("case_id,country,before,after,direction")
    assert len(rows) == len(report["changes"]) + 1
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["content-language"] == "en"
    assert (
        page.headers["content-security-policy"]
        == "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    )
    assert page.text.startswith('<!DOCTYPE html><html lang="en">')
    assert "<svg" in page.text and "<script" not in page.text
    assert "Costa Rica: nationality by birth without registration" in page.text


def test_the_html_page_in_spanish_is_all_spanish(server):
    """The words the Spanish page once showed in English are gone; their Spanish is there."""
    body = {"shipped": CR, "population": POPULATION}
    with server.client() as client:
        page = impact_of(client, body, "?format=html&lang=es").text
    assert page.startswith('<!DOCTYPE html><html lang="es">') and "<main>" in page
    for english in (" to 2026", "national at the birth", "and over", "<title>before", "State<"):
        assert english not in page, english
    for spanish in (
        "nacidos</dt><dd>del 8 de noviembre de 1949 al 31 de diciembre de 2026",
        "Lo que tienen en común los ",
        "% de la población)",
        "<th scope=col>Riesgo antes</th>",
        "<title>nacional, antes: ",
    ):
        assert spanish in page, spanish


# --- audit ------------------------------------------------------------------------------------


def test_audit_of_one_state_agrees_with_the_command_line(server, capsys):
    with server.client() as client:
        response = client.post("/v1/audit", json={"countries": ["MX"]})
    assert response.status_code == 200, response.text
    assert cli(["audit", "MX", "--sample", "0", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    answered = response.json()
    assert answered["findings"] == printed["findings"]
    assert answered["population"] == printed["population"]
    assert answered["countries"] == ["MX"]
    assert any(f["rule"] == "MX.birth.abroad_1934" and f["depends"] for f in answered["findings"])


def test_audit_of_the_law_after_a_reform_and_before_it(server, engine):
    body = {"countries": ["HN"], "shipped": "hn-1961-safeguard", "witnesses": False}
    body["population"] = {"sample": 30, "as_of": "2027-06-01"}
    with server.client() as client:
        after = client.post("/v1/audit?lang=en", json=body).json()
        before = client.post("/v1/audit?lang=en", json={**body, "before": True}).json()
    assert after["law"]["version"] == f"{engine.law.version}+hn-1961-safeguard"
    assert before["law"] == engine.ref.model_dump()
    assert after["population"]["cases"] == before["population"]["cases"] == 30
    assert after["population"]["source"].startswith("generated: 30 sampled cases")


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reform, field, words",
    [
        ({"effective": "2027-01-01", "operations": [{"disable": "CR.birth.flag_vessel_unclear"}]},
         "reform.rationale", "is required"),
        ({**MINIMAL_REFORM, "operations": [{"change": "CR.birth.abroad_parent_by_birth",
                                            "set": {"requires[0].windows[7].before_age": 30}}]},
         "reform.operations[0].set.requires[0].windows[7].before_age", "no item 7 (there are 2)"),
        ({**MINIMAL_REFORM, "operations": [{"disable": "AR.birth.ius_soli"}]},
         "reform.operations[0]", "no rule pack for AR"),
        ({**MINIMAL_REFORM, "operations": [{"change": "CR.birth.soli_foreign_parents",
                                            "set": {"outcome": "maybe"}}]},
         "reform", "rule CR.birth.soli_foreign_parents_reform: outcome: Input should be"),
    ],
)  # fmt: skip
def test_an_invalid_reform_is_422_naming_its_field(server, reform, field, words):
    for path, body in (("/v1/reforms/impact", {}), ("/v1/audit", {"countries": ["CR"]})):
        with server.client() as client:
            response = client.post(path, json={**body, "reform": reform})
        details = problem(response, 422, "invalid-reform")
        named = [p["problem"] for p in details["problems"] if p["field"] == field]
        assert any(words in said for said in named), details
        assert details["detail"].startswith("the reform is not valid: ")


@pytest.mark.parametrize(
    "body, field, words",
    [
        ({}, "reform", "give exactly one of `reform`"),
        ({"shipped": CR, "reform": MINIMAL_REFORM}, "reform", "give exactly one of `reform`"),
        ({"shipped": "../law"}, "shipped", "should match pattern"),
        ({"shipped": CR, "reform_file": "x"}, "reform_file", "unknown field"),
        ({"shipped": CR, "examples": "3"}, "examples", "valid integer"),
        ({"shipped": CR, "population": {"cases": [], "sample": 3}}, "population.sample",
         "is for generated cases"),
        ({"shipped": CR, "population": {"axes": {"mother.colour": ["blue"]}}},
         "population.axes.mother.colour", "no such axis"),
        ({"shipped": CR, "population": {"axes": {"registration": ["yesterday"]}}},
         "population.axes.registration", "'yesterday' is not one of"),
        ({"shipped": CR, "population": {"as_of": "2027-02-30"}}, "population.as_of",
         "not a valid date"),
    ],
)  # fmt: skip
def test_a_bad_impact_request_is_422_naming_the_field(server, body, field, words):
    with server.client() as client:
        details = problem(impact_of(client, body), 422, "invalid-request")
    assert words in fields(details)[field], details


@pytest.mark.parametrize(
    "body, field, words",
    [
        ({"countries": ["CR", "AR"]}, "countries[1]", "no rule pack for AR; encoded: BZ, CO, CR"),
        ({"countries": ["mx"]}, "countries[0]", "codes are upper case"),
        ({"before": True}, "before", "is the law before a reform"),
        ({"shipped": CR, "reform": MINIMAL_REFORM}, "shipped", "not both"),
        ({"witnesses": False}, "witnesses", "leaves no case to flip"),
    ],
)  # fmt: skip
def test_a_bad_audit_request_is_422_naming_the_field(server, body, field, words):
    with server.client() as client:
        details = problem(client.post("/v1/audit", json=body), 422, "invalid-request")
    assert words in fields(details)[field], details


def test_an_unknown_shipped_reform_is_404_naming_the_shipped(server):
    with server.client() as client:
        response = impact_of(client, {"shipped": "cr-nothing-such"})
        audited = client.post("/v1/audit", json={"shipped": "cr-nothing-such"})
    for answer in (response, audited):
        details = problem(answer, 404, "not-found")
        assert "no shipped reform 'cr-nothing-such'" in details["detail"]
        assert f"shipped: {CR}, hn-1961-safeguard" in details["detail"]
        assert "shipped" in fields(details)


def test_a_population_over_the_limit_is_413(server):
    limit = LIMITS["max_lab_cases"]
    case = {"person": {"birth_date": "2001-01-01"}}
    with server.client() as client:
        generated = impact_of(client, {"shipped": CR, "population": {"sample": limit + 1}})
        sent = impact_of(client, {"shipped": CR, "population": {"cases": [case] * (limit + 1)}})
        by_default = impact_of(client, {"shipped": CR})  # 2000 generated, as the command line
        audited = client.post("/v1/audit", json={"population": {"sample": limit + 1}})
    for response, field in ((generated, "population.sample"), (sent, "population.cases")):
        details = problem(response, 413, "too-many-cases")
        assert f"one request may hold {limit}" in details["detail"]
        assert fields(details) == {field: f"at most {limit} cases"}
    assert "2000 cases" in problem(by_default, 413, "too-many-cases")["detail"]
    problem(audited, 413, "too-many-cases")


def test_a_key_without_the_lab_scope_is_403(server):
    with server.client("screener") as client:
        answers = [
            client.get("/v1/reforms"),
            impact_of(client, {"shipped": CR, "population": POPULATION}),
            client.post("/v1/audit", json={"countries": ["MX"]}),
        ]
    for response in answers:
        details = problem(response, 403, "forbidden")
        assert details["detail"] == "the key 'screener' lacks the 'lab' scope (it has: screen)"


def test_nothing_about_the_cases_is_logged(server, engine):
    person = {
        "id": "MARIA-GOMEZ-1987",
        "as_of": "2028-01-01",
        "person": {"birth_date": "1987-07-19", "birth_country": "CR"},
    }
    with server.client() as client:
        answers = [
            impact_of(client, {"shipped": CR, "population": {"cases": [person]}}),
            client.post("/v1/audit", json={"countries": ["CR"], "population": {"cases": [person]}}),
            impact_of(client, {"reform": {**MINIMAL_REFORM, "note": "MARIA-GOMEZ-1987"}}),
        ]
    entries = [log_entry(server, a.headers["x-request-id"]) for a in answers]
    assert [e["outcome"] for e in entries] == [
        "200 impact of 1",
        f"200 audit of {answers[1].json()['population']['cases']}",
        "422 invalid-reform",
    ]
    for entry in entries:
        assert set(entry) == {"request_id", "key_id", "rulepack", "outcome"}
        assert entry["rulepack"] == engine.law.version
    assert "MARIA-GOMEZ-1987" not in server.log.read_text(encoding="utf-8")
