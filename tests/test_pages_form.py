"""The interview form as a caseworker meets it (issue 15): sections that stay shut after a
redraw, an error summary in the GOV.UK pattern, dates written day first, plain messages."""

import re

import pytest

from service.pages.interview import case_from_form
from service.pages.layout import layout
from service.pages.plain import read_date
from tests.test_pages import Page, client  # noqa: F401 (the in-process app)

EVERY_FIELD = {
    name: ""
    for _, sections in layout()
    for s in sections
    for name, q in s.all_fields()
    if q.kind not in ("check", "radio")  # an unticked box or radio is not posted
}


def opened(html: str) -> set[str]:
    return set(re.findall(r'<details class="slot" data-section="(\w+)" open', html))


def summary(html: str) -> list[tuple[str, str]]:
    """(the field linked, the label named) of each entry of the error summary, in order."""
    box = html.split('id="summary"', 1)[1].split("</div>", 1)[0]
    return re.findall(r'<a href="#f-(\w+)"><span class="summary-label">([^<]+)</span>', box)


def title(html: str) -> str:
    return re.search(r"<title>([^<]*)</title>", html).group(1)


@pytest.mark.parametrize("redraw", [{}, {"switch_lang": "es"}])
def test_a_redraw_opens_only_the_sections_that_hold_an_answer(client, redraw):  # noqa: F811
    """Every field is posted, even empty ("Update the questions", a language switch, "Change
    the answers"); only the second nationality of the first parent was answered."""
    answers = {
        **EVERY_FIELD,
        "birth_date": "2015-01-01",
        "birth_country": "CR",
        "p0_role": "mother",
        "p0_legal_parentage": "birth",  # a select's default is posted too: it says nothing
        "p0_n1_country": "NI",
        "p0_n1_acquired": "birth",
        "lang": "en",
    }
    html = client.post("/", data={**answers, **redraw}).text
    assert opened(html) == {"p0_n1"}


def test_a_section_with_a_problem_opens_so_it_can_be_put_right(client):  # noqa: F811
    html = client.post(
        "/screen", data={**EVERY_FIELD, "birth_date": "2015-01-01", "p0_n1_country": "NI"}
    ).text
    assert opened(html) == {"p0_n1"}
    assert "p0_n1_acquired" in Page(html).errors


def test_required_is_said_only_where_an_empty_answer_is_refused(client):  # noqa: F811
    html = client.post("/", data={**EVERY_FIELD, "birth_date": "2015-01-01"}).text
    marked = re.findall(r'<label for="f-(\w+)">[^<]*<span class="req">', html)
    assert marked == ["birth_date"]
    html = client.post("/", data={**EVERY_FIELD, "res1_country": "CR"}).text
    marked = re.findall(r'<label for="f-(\w+)">[^<]*<span class="req">', html)
    assert marked == ["birth_date", "res1_country", "res1_from"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "en",
            [
                ("birth_date", "When was the person born?"),
                ("p0_role", "Parent 1: Mother or father?"),
                ("p0_n0_acquired", "Parent 1, Nationality 1: How was it acquired?"),
                ("res0_from", "Residence period 1: From what date?"),
            ],
        ),
        (
            "es",
            [
                ("birth_date", "¿En qué fecha nació?"),
                ("p0_role", "Progenitor 1: ¿Madre o padre?"),
                ("p0_n0_acquired", "Progenitor 1, Nacionalidad 1: ¿Cómo la adquirió?"),
                ("res0_from", "Período de residencia 1: ¿Desde qué fecha?"),
            ],
        ),
    ],
)
def test_a_failed_submit_summarises_the_problems_by_label_in_page_order(
    client,  # noqa: F811
    lang,
    expected,
):
    answers = {
        **EVERY_FIELD,
        "lang": lang,
        "res0_country": "CR",  # a residence without its start, posted before the parent...
        "p0_n0_country": "NI",  # ...a nationality without a role or how it was acquired
        "birth_date": "30/02/2010",  # no such day
    }
    response = client.post("/screen", data=answers)
    assert response.status_code == 422
    assert title(response.text).startswith("Error: ")
    assert summary(response.text) == expected
    assert re.search(r'id="summary"[^>]*autofocus', response.text)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_birth_after_the_screening_date_is_said_in_plain_words(client, lang):  # noqa: F811
    answers = {"lang": lang, "as_of": "01/01/2025", "birth_date": "2030-01-01"}
    response = client.post("/screen", data=answers)
    assert (
        Page(response.text).errors["birth_date"]
        == {
            "en": "The date of birth (2030-01-01) is after the date of the screening (2025-01-01).",
            "es": "La fecha de nacimiento (2030-01-01) es posterior a la fecha de la evaluación "
            "(2025-01-01).",
        }[lang]
    )


def test_an_interview_without_problems_has_no_error_in_its_title(client):  # noqa: F811
    assert not title(client.get("/?lang=en").text).startswith("Error")


@pytest.mark.parametrize(
    "answers",
    [
        {"birth_date": "2030-01-01", "as_of": "2025-01-01"},
        {"birth_date": "2000-01-01", "p0_role": "father", "p0_n0_country": "NI"},
        {"birth_date": "2000-01-01", "res0_country": "CR", "res0_from": "1999-01-01"},
        {
            "birth_date": "2000-01-01",
            "res0_country": "CR",
            "res0_from": "02/01/2001",
            "res0_to": "01/01/2001",
        },
        {
            "birth_date": "2000-01-01",
            "p0_role": "father",
            "p0_n0_country": "NI",
            "p0_n0_acquired": "birth",
            "p0_n0_acquired_on": "1990-01-01",
            "p0_n0_lost_on": "1980-01-01",
        },
        {"birth_date": "2000-01-01", "foundling": "on", "p0_role": "mother", "p0_known": "yes"},
        {"birth_date": "31/02/2000"},
    ],
)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_messages_name_no_internal_field(client, answers, lang):  # noqa: F811
    response = client.post("/screen", data={**answers, "lang": lang})
    assert response.status_code == 422
    page = Page(response.text)
    shown = [*page.errors.values(), *(label for _, label in summary(response.text))]
    assert page.errors and shown
    for message in shown:
        assert not re.search(r"as_of|\[\d\]|\w_\w|birth_place_kind|foundling is", message), message


@pytest.mark.parametrize("typed", ["03/04/2020", "3/4/2020", "03-04-2020", "2020-04-03"])
def test_a_date_written_day_first_is_the_iso_date(typed):
    """The region writes the day first: 03/04/2020 is the 3rd of April."""
    assert read_date(typed) == "2020-04-03"


@pytest.mark.parametrize("typed", ["2020-4-3", "31/02/2020", "04/2020", "3.4.2020", "13/13/2020"])
def test_a_date_that_cannot_be_read_is_not_guessed(typed):
    assert read_date(typed) is None


def test_a_day_first_date_screens_as_the_iso_one(client):  # noqa: F811
    answers = {"lang": "en", "birth_country": "CR", "p0_role": "mother", "p0_known": "yes"}
    answers |= {"p0_n0_country": "NI", "p0_n0_acquired": "birth"}
    day_first = {**answers, "birth_date": "03/04/2020", "as_of": "01/02/2024"}
    iso = {**answers, "birth_date": "2020-04-03", "as_of": "2024-02-01"}
    assert case_from_form(day_first) == case_from_form(iso)
    assert case_from_form(day_first)["person"]["birth_date"] == "2020-04-03"
    screened = Page(client.post("/screen", data=day_first).text).statuses
    assert "CR" in screened
    assert screened == Page(client.post("/screen", data=iso).text).statuses


def test_a_parent_not_known_is_asked_nothing_of_how_parentage_came(client):  # noqa: F811
    answers = {"birth_date": "2015-01-01", "birth_country": "GT", "p1_role": "father"}
    known = client.post("/check", data={**answers, "p1_known": "yes"}).json()["show"]
    unknown = client.post("/check", data={**answers, "p1_known": "no"}).json()["show"]
    assert "p1_known" in known and "p1_known" in unknown
    assert "p1_n0_country" in known and "p1_n0_country" in unknown  # they pass on, once known
    assert "p1_legal_parentage" not in unknown and "p1_acknowledged_on" not in unknown
    case = case_from_form({**answers, "p1_known": "no", "p1_legal_parentage": "acknowledged"})
    assert case["parents"] == [
        {"role": "father", "legal_parentage": "unknown", "nationalities": []}
    ]


def test_where_the_birth_was_registered_is_asked_once_it_was(client):  # noqa: F811
    answers = {"birth_date": "2015-01-01", "birth_registered_in": "CR"}
    for registered, asked in (("yes", True), ("no", False), ("unknown", False), ("", False)):
        check = client.post("/check", data={**answers, "birth_registered": registered}).json()
        assert ("birth_registered_in" in check["show"]) is asked
        case = case_from_form({**answers, "birth_registered": registered})
        assert case["person"].get("birth_registered_in", []) == (["CR"] if asked else [])


def test_a_problem_lands_in_the_slot_it_is_about_when_an_earlier_one_is_empty(client):  # noqa: F811
    """The case leaves an empty slot out, so the second parent is parents[0] there."""
    answers = {"birth_date": "2015-01-01", "p1_n1_country": "NI", "res2_country": "CR"}
    errors = client.post("/check", data=answers).json()["errors"]
    assert set(errors) == {"p1_role", "p1_n1_acquired", "res2_from"}
