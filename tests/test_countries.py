"""Countries typed by name (issue 15, item 1): a caseworker's entry in a country box is read as
the one country it names, in Spanish or English, by code or a common short name, or else is a
problem beside the box naming what was typed and the candidates: never a guess."""

import pytest

from engine import default_engine
from engine.i18n import translator
from schemas.codes import COUNTRY_CODES
from service.api.app import create_app
from service.api.config import Settings
from service.pages.countries import NotACountry, countries, country, label, name
from service.pages.interview import case_from_form
from tests.support.asgi import AppClient
from tests.test_pages import Page


@pytest.mark.parametrize(
    "entry, code",
    [
        ("Costa Rica", "CR"),
        ("costa  rica", "CR"),
        ("COSTA RICA", "CR"),
        ("Belice", "BZ"),
        ("Belize", "BZ"),
        ("Guatemala", "GT"),
        ("Estados Unidos", "US"),
        ("United States", "US"),
        ("EEUU", "US"),
        ("EE. UU.", "US"),
        ("EE UU", "US"),
        ("USA", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("Reino Unido", "GB"),
        ("Holanda", "NL"),
        ("Países Bajos", "NL"),
        ("Netherlands", "NL"),
        ("Corea del Sur", "KR"),
        ("South Korea", "KR"),
        ("República Dominicana", "DO"),
        ("Rep. Dominicana", "DO"),
        ("RD Congo", "CD"),
        ("República del Congo", "CG"),
        ("mexico", "MX"),
        ("MÉXICO", "MX"),
        ("Perú", "PE"),
        ("peru", "PE"),
        ("Panamá", "PA"),
        ("Nicaragua", "NI"),
        ("Guinea", "GN"),
        ("Guinea Ecuatorial", "GQ"),
        ("Spain", "ES"),
        ("España", "ES"),
        ("St Kitts and Nevis", "KN"),
        ("Cote d'Ivoire", "CI"),
        ("Trinidad y Tobago", "TT"),
        ("cr", "CR"),
        ("CR", "CR"),
        ("CO", "CO"),
        ("co", "CO"),
        ("es", "ES"),
    ],
)
def test_a_name_in_either_language_an_alias_or_a_code_reads_as_its_country(entry, code):
    assert country(entry) == code


@pytest.mark.parametrize("entry", ["Es", "Co", "Gu", "Estados", "Guate", "Costa", "Guatamala"])
def test_a_part_of_a_name_or_a_misspelling_is_a_problem_offering_candidates(entry):
    with pytest.raises(NotACountry) as raised:
        country(entry)
    assert raised.value.candidates and not raised.value.ambiguous


def test_the_problem_names_the_entry_and_the_candidates_in_the_pages_language():
    with pytest.raises(NotACountry) as raised:
        country("Es")
    assert raised.value.candidates[0] == "ES"  # the code it spells, offered, not taken
    message = raised.value.message("es", translator("es"))
    assert message.startswith("«Es» no es un nombre ni un código de país: ¿quiso decir España (ES)")
    assert "Estados Unidos (US)" in message
    with pytest.raises(NotACountry) as raised:
        country("Guatamala")
    assert raised.value.message("en", translator("en")) == (
        "“Guatamala” is not a country name or code: did you mean Guatemala (GT)?"
    )


@pytest.mark.parametrize("entry", ["Congo", "congo", "Corea", "Korea"])
def test_a_name_several_countries_answer_to_is_never_read_as_one(entry):
    with pytest.raises(NotACountry) as raised:
        country(entry)
    assert raised.value.ambiguous and len(raised.value.candidates) == 2
    message = raised.value.message("es", translator("es"))
    if entry.lower() == "congo":
        assert message == (
            f"«{entry}» puede ser más de un país: ¿República del Congo (CG) o República "
            "Democrática del Congo (CD)? Escriba el que corresponde"
        )


@pytest.mark.parametrize("entry", ["XX", "xx", "Atlantis", "zz top", "12"])
def test_an_unknown_entry_is_a_problem_with_no_guess(entry):
    with pytest.raises(NotACountry) as raised:
        country(entry)
    assert raised.value.candidates == ()
    assert f"“{entry}”" in raised.value.message("en", translator("en"))


def test_a_huge_entry_is_echoed_only_in_part():
    with pytest.raises(NotACountry) as raised:
        country("x" * 100_000)
    assert len(raised.value.message("en", translator("en"))) < 300


@pytest.mark.parametrize(
    "entry, codes",
    [
        ("Costa Rica, NI", ["CR", "NI"]),
        ("Panamá; Colombia", ["PA", "CO"]),
        ("Costa Rica y Nicaragua", ["CR", "NI"]),
        ("Mexico and Guatemala", ["MX", "GT"]),
        ("Trinidad y Tobago, Belice", ["TT", "BZ"]),
        ("EEUU, Estados Unidos", ["US"]),
    ],
)
def test_a_list_of_countries_reads_each(entry, codes):
    assert countries(entry) == codes


def test_a_list_names_the_one_not_read():
    with pytest.raises(NotACountry) as raised:
        countries("Costa Rica, Atlantis, Panamá")
    assert raised.value.entry == "Atlantis"


def test_every_name_the_page_shows_reads_back_as_its_country():
    """A case loaded into the form shows names; screening it again must give the same codes."""
    for lang in ("es", "en"):
        for code in COUNTRY_CODES:
            assert country(name(code, lang)) == code, (code, lang, name(code, lang))
    assert label(("CR", "NI"), "es") == "Costa Rica (CR), Nicaragua (NI)"


def test_the_case_holds_the_codes_and_an_unread_entry_as_typed():
    case = case_from_form(
        {
            "birth_country": "Costa Rica",
            "birth_registered": "yes",
            "birth_registered_in": "Costa Rica, EEUU",
            "p0_n0_country": "Es",
        }
    )
    assert case["person"]["birth_country"] == "CR"
    assert case["person"]["birth_registered_in"] == ["CR", "US"]
    assert case["parents"][0]["nationalities"][0]["country"] == "Es"  # refused, never España


# -- on the page, without a browser ------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    client = AppClient(create_app(Settings(), default_engine()))
    yield client
    client.close()


BASE = {"birth_date": "2012-01-01", "p0_role": "mother", "p0_n0_acquired": "birth"}


def test_costa_rica_by_name_screens_costa_rica_not_colombia(client):
    answers = {**BASE, "birth_country": "Costa Rica", "p0_n0_country": "Nicaragua"}
    page = Page(client.post("/screen", data={**answers, "lang": "es"}).text)
    assert "CR" in page.statuses and "NI" in page.statuses
    assert "CO" not in page.statuses


def test_a_bad_country_comes_back_beside_its_box_with_what_was_typed(client):
    answers = {**BASE, "birth_country": "Es", "p0_n0_country": "Congo", "lang": "es"}
    response = client.post("/screen", data=answers)
    assert response.status_code == 422
    errors = Page(response.text).errors
    assert errors["birth_country"].startswith("«Es» no es un nombre ni un código de país")
    assert errors["p0_n0_country"].startswith("«Congo» puede ser más de un país")
    assert 'value="Es"' in response.text and 'value="Congo"' in response.text


def test_a_list_with_a_bad_country_names_it_beside_the_box(client):
    answers = {**BASE, "birth_country": "CR", "birth_registered_in": "Costa Rica, Atlantis"}
    response = client.post("/screen", data={**answers, "lang": "en"})
    assert response.status_code == 422
    assert Page(response.text).errors["birth_registered_in"].startswith("“Atlantis” is not")


def test_boxes_show_the_names_in_the_pages_language_and_what_they_were_read_as(client):
    answers = {**BASE, "birth_country": "costa rica", "birth_registered_in": "CR, EEUU"}
    spanish = client.post("/", data={**answers, "lang": "es"}).text
    assert 'value="Costa Rica"' in spanish and 'value="Costa Rica, Estados Unidos"' in spanish
    assert "Costa Rica (CR), Estados Unidos (US)</output>" in spanish
    english = client.post("/", data={**answers, "switch_lang": "en"}).text
    assert 'value="Costa Rica, United States"' in english
    assert "Costa Rica (CR), United States (US)</output>" in english


def test_check_says_what_each_box_is_read_as(client):
    answers = {**BASE, "birth_country": "Belice", "p0_n0_country": "Guatemala", "lang": "es"}
    checked = client.post("/check", data=answers).json()
    assert checked["countries"]["birth_country"] == "Belice (BZ)"
    assert checked["countries"]["p0_n0_country"] == "Guatemala (GT)"
    assert not checked["errors"]
