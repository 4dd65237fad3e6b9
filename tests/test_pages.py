"""The caseworker's pages over HTTP: questions that follow the law, problems beside their field,
the same answers as the CLI for every worked case in both languages, upload and download."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from engine import default_engine
from schemas.case import Case
from service.api.app import create_app
from service.api.config import Settings
from service.pages.interview import case_from_form, form_from_case
from tests.support.asgi import AppClient

WORKED = Path(__file__).resolve().parent / "worked_cases"
CASES = [c for p in sorted(WORKED.glob("*.yaml")) for c in yaml.safe_load(p.read_text("utf-8"))]


@pytest.fixture(scope="module")
def client():
    """The service's app as `nationality serve` builds it, in process."""
    client = AppClient(create_app(Settings(), default_engine()))
    yield client
    client.close()


class Page(HTMLParser):
    """What a page shows: visible form fields, problems beside fields, the report's table."""

    def __init__(self, html: str):
        super().__init__()
        self.fields, self.hidden_fields, self.errors, self.statuses = set(), set(), {}, {}
        self.bases, self.risk, self._error, self._row = {}, None, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-field" in a:
            (self.hidden_fields if "hidden" in a else self.fields).add(a["data-field"])
        if "data-country" in a:
            self.statuses[a["data-country"]] = a["data-status"]
            self._row, self._cells = a["data-country"], []
        if tag == "td" and self._row:
            self._cells.append("")
        if "data-risk" in a:
            self.risk = a["data-risk"]
        if tag == "p" and a.get("class") == "error":
            self._error = a["id"].removeprefix("err-")

    def handle_data(self, data):
        if self._error and data.strip():
            self.errors[self._error] = data.strip()
        if self._row and self._cells:
            self._cells[-1] += data

    def handle_endtag(self, tag):
        if tag == "p":
            self._error = None
        if tag == "tr" and self._row:
            self.bases[self._row] = self._cells[3].strip()
            self._row = None


def test_the_interview_starts_with_who_the_person_is_and_asks_nothing_else(client):
    response = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"})
    page = Page(response.text)
    assert response.status_code == 200 and '<html lang="en">' in response.text
    assert {"birth_date", "birth_country", "foundling", "p0_role", "p0_n0_country"} <= page.fields
    assert "p0_status_in_birth_country" in page.hidden_fields
    assert "reg0_date" in page.hidden_fields


@pytest.mark.parametrize("birth_country, asked", [("HN", True), ("MX", False)])
def test_a_parents_status_is_asked_only_where_the_law_reads_it(client, birth_country, asked):
    """Honduras excludes children of diplomats (so a parent's status matters); Mexico's ius soli
    has no exception, and a Mexican parent's status in Mexico changes nothing."""
    answers = {
        "birth_date": "2015-01-01",
        "birth_country": birth_country,
        "p0_role": "mother",
        "p0_n0_country": birth_country,
        "p0_n0_acquired": "birth",
    }
    shown = client.post("/check", data=answers).json()["show"]
    assert ("p0_status_in_birth_country" in shown) is asked
    assert ("p0_status_in_birth_country" in Page(client.post("/", data=answers).text).fields) is (
        asked
    )


def test_a_foundlings_parents_are_not_asked_about(client):
    shown = client.post("/check", data={"foundling": "on", "birth_date": "2020-01-01"}).json()
    assert not [name for name in shown["show"] if name.startswith("p0_")]
    assert "found_in" in shown["show"]


def test_a_date_is_checked_as_typed_and_the_problem_shown_beside_it(client):
    es = client.post("/check", data={"lang": "es", "birth_date": "2012-02-30"}).json()
    assert es["errors"]["birth_date"] == (
        "'2012-02-30' no es una fecha: escríbala DD/MM/AAAA, p. ej. 31/12/2020"
    )
    en = client.post(
        "/check",
        data={
            "lang": "en",
            "p0_role": "mother",
            "p0_acknowledged_on": "1.2.2012",
            "birth_date": "2012-01-01",
        },
    ).json()
    assert en["errors"]["p0_acknowledged_on"] == (
        "'1.2.2012' is not a date: write it as DD/MM/YYYY, e.g. 31/12/2020"
    )


@pytest.mark.parametrize(
    "answers, field, problem",
    [
        (
            {"birth_date": "2012-01-01", "birth_country": "XX"},
            "birth_country",
            "“XX” is not a country name or code: type the country's name or its two-letter code",
        ),
        (
            {"birth_date": "2030-01-01", "as_of": "2025-01-01", "birth_country": "CR"},
            "birth_date",
            "The date of birth (2030-01-01) is after the date of the screening (2025-01-01).",
        ),
        (
            {"birth_date": "2012-01-01", "p0_n0_country": "NI"},
            "p0_role",
            "An answer is needed here.",
        ),
    ],
)
def test_a_case_with_problems_comes_back_with_them_beside_their_fields(
    client, answers, field, problem
):
    response = client.post("/screen", data={**answers, "lang": "en"})
    assert response.status_code == 422
    assert Page(response.text).errors[field] == problem
    for value in answers.values():  # the answers are kept, to be put right
        shown = {"CR": "Costa Rica", "NI": "Nicaragua"}.get(value, value)  # a country, by name
        assert f'value="{shown}"' in response.text


def interview(client, answers: dict[str, str], lang: str) -> dict[str, str]:
    """Answer, in the form's order, each question as soon as the page asks it (as /check says,
    after every answer); the answers it never asks are left out."""
    form = {"lang": lang}
    asked = set(client.post("/check", data=form).json()["show"])
    progress = True
    while progress:
        progress = False
        for name, value in answers.items():
            if name not in form and name in asked:
                form[name] = value
                asked = set(client.post("/check", data=form).json()["show"])
                progress = True
    return form


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_worked_case_through_the_questions_the_page_asks_gets_the_cli_answer(
    client, case, lang
):
    """Only the questions the page asks are answered, yet the answer is the CLI's for the whole
    case: a question the page does not ask could not have changed it."""
    expected = default_engine().screen(Case.model_validate(case), lang)
    answers = interview(client, form_from_case(case), lang)
    page = Page(client.post("/screen", data=answers).text)
    assert page.statuses == {c: r.status for c, r in expected.nationality.items()}
    assert page.bases == {c: "; ".join(r.basis) for c, r in expected.nationality.items()}
    assert page.risk == expected.stateless_risk


def test_the_report_offers_the_case_to_download_as_it_was_answered(client):
    case = next(c for c in CASES if c["id"] == "CR-001")
    html = client.post("/screen", data={**form_from_case(case), "lang": "es"}).text
    links = dict(re.findall(r'download="(case-CR-001\.\w+)" href="data:[^,]+,([^"]+)"', html))
    saved_yaml = yaml.safe_load(unquote(links["case-CR-001.yaml"].replace("&amp;", "&")))
    saved_json = json.loads(unquote(links["case-CR-001.json"].replace("&amp;", "&")))
    assert saved_yaml == saved_json == case_from_form(form_from_case(case))
    assert Case.model_validate(saved_json).person.birth_date == case["person"]["birth_date"]


def test_a_case_file_loads_into_the_form(client):
    case = next(c for c in CASES if c["id"] == "MX-013")
    upload = {"case": ("mx.yaml", yaml.safe_dump(case, allow_unicode=True), "application/yaml")}
    html = client.post("/upload", data={"lang": "en"}, files=upload).text
    for name, value in form_from_case(case).items():
        assert f'name="{name}"' in html and (f'value="{value}"' in html or "selected" in html)


@pytest.mark.parametrize(
    "content, words",
    [
        (
            "- {person: {birth_date: '2000-01-01'}}\n- {person: {birth_date: '2001-01-01'}}",
            "holds 2 cases",
        ),
        ("person: [unclosed", "cannot be read"),
        ("just text", "holds no case"),
        (
            "person:\n  registrations:"
            + "".join(
                f"\n  - {{country: CR, act: birth_registration, date: '2000-01-0{d}'}}"
                for d in range(2, 7)
            ),
            "more entries than the form holds",
        ),
    ],
)
def test_a_file_the_page_cannot_load_is_refused_with_the_reason(client, content, words):
    html = client.post(
        "/upload", data={"lang": "en"}, files={"case": ("c.yaml", content, "application/yaml")}
    ).text
    assert words in html.replace("&#39;", "'")


def test_nothing_about_the_person_is_kept_or_cached(client):
    case = next(c for c in CASES if c["id"] == "CR-001")
    for response in (
        client.get("/"),
        client.post("/screen", data=form_from_case(case)),
        client.post("/check", data=form_from_case(case)),
    ):
        assert response.headers["cache-control"] == "no-store"
        assert "set-cookie" not in response.headers


def test_the_page_works_without_scripts_and_its_assets_are_served(client):
    html = client.get("/?lang=es").text
    assert 'formaction="/"' in html  # "Actualizar las preguntas" re-asks them without JavaScript
    for asset in ("interview.js", "page.css", "report.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert client.get("/static/../pages.py").status_code == 404
