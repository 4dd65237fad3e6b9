"""Countries typed by name in a real browser (issue 15, items 1 and 9): a caseworker types
names in Spanish and English, with JavaScript and without, and the answer screens the country
named and no other ("Costa Rica" was once read as Colombia, "Belice" as Belgium, "Guatemala" as
Guam, "Estados Unidos" as Spain); a name several countries answer to comes back as a problem
beside its box; the boxes show names again after "Change the answers" and a language switch.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import browser, opened_tab, page, settled, shown_answer  # noqa: F401

pytestmark = pytest.mark.browser
SCREEN = {"es": "Evaluar", "en": "Screen"}


@pytest.fixture
def no_js(browser, request):  # noqa: F811
    """A page with JavaScript off: the form is posted and the server reads every box."""
    with opened_tab(browser, request, java_script_enabled=False) as tab:
        yield tab


def type_in(tab: Page, answers: dict[str, str]) -> None:
    """Type (or pick) each answer, as a caseworker moving from box to box."""
    for name, value in answers.items():
        control = tab.locator(f"#f-{name}")
        if control.evaluate("e => e.tagName") == "SELECT":
            control.select_option(value)
        else:
            control.fill(value)
            control.press("Tab")


def person(birth_country: str, nationality: str) -> dict[str, str]:
    return {
        "birth_date": "2015-03-02",
        "birth_country": birth_country,
        "p0_role": "mother",
        "p0_n0_country": nationality,
        "p0_n0_acquired": "birth",
    }


@pytest.mark.parametrize(
    "lang, born, read_as, nationality, screened, not_screened",
    [
        ("es", "Costa Rica", "Costa Rica (CR)", "Nicaragua", {"CR", "NI"}, {"CO"}),
        ("en", "Belize", "Belize (BZ)", "Guatemala", {"BZ", "GT"}, {"BE", "GU"}),
        ("es", "panama", "Panamá (PA)", "EEUU", {"PA", "US"}, {"ES"}),
    ],
)
def test_names_typed_with_javascript_screen_that_country(
    page,  # noqa: F811
    server,
    lang,
    born,
    read_as,
    nationality,
    screened,
    not_screened,
):
    page.goto(f"{server.url}/?lang={lang}")
    type_in(page, person(born, nationality))
    settled(page)
    expect(page.locator("#named-birth_country")).to_have_text(read_as)  # shown as typed
    page.get_by_role("button", name=SCREEN[lang]).click()
    expect(page.locator("[data-risk]")).to_be_visible()
    shown = set(shown_answer(page)[0])
    assert screened <= shown and not shown & not_screened


@pytest.mark.parametrize(
    "lang, born, nationality, screened, not_screened",
    [
        ("es", "Guatemala", "Estados Unidos", {"GT", "US"}, {"GU", "ES"}),
        ("en", "Belize", "HN", {"BZ", "HN"}, {"BE"}),
    ],
)
def test_names_typed_without_javascript_screen_that_country(
    no_js, server, lang, born, nationality, screened, not_screened
):
    no_js.goto(f"{server.url}/?lang={lang}")
    type_in(no_js, person(born, nationality))
    no_js.get_by_role("button", name=SCREEN[lang]).click()
    expect(no_js.locator("[data-risk]")).to_be_visible()
    shown = set(shown_answer(no_js)[0])
    assert screened <= shown and not shown & not_screened


def test_an_ambiguous_or_unknown_name_is_a_problem_beside_its_box_without_javascript(no_js, server):
    no_js.goto(f"{server.url}/?lang=es")
    type_in(no_js, person("Es", "Congo"))
    no_js.get_by_role("button", name="Evaluar").click()
    expect(no_js.locator("#err-birth_country")).to_contain_text("«Es» no es un nombre")
    expect(no_js.locator("#err-birth_country")).to_contain_text("España (ES)")
    expect(no_js.locator("#err-p0_n0_country")).to_contain_text(
        "¿República del Congo (CG) o República Democrática del Congo (CD)?"
    )
    expect(no_js.locator("#f-birth_country")).to_have_value("Es")  # as typed, to put right
    expect(no_js.locator("[data-risk]")).to_have_count(0)  # no answer from a guess


def test_a_problem_shows_as_the_name_is_typed_and_goes_once_it_reads(page, server):  # noqa: F811
    page.goto(f"{server.url}/?lang=en")
    type_in(page, {"birth_country": "Guate"})
    settled(page)
    expect(page.locator("#err-birth_country")).to_have_text(
        "“Guate” is not a country name or code: did you mean Guatemala (GT)?"
    )
    expect(page.locator("#f-birth_country")).to_have_attribute("aria-invalid", "true")
    type_in(page, {"birth_country": "Guatemala"})
    settled(page)
    expect(page.locator("#err-birth_country")).to_have_text("")
    expect(page.locator("#named-birth_country")).to_have_text("Guatemala (GT)")


def test_registries_by_name_and_the_round_trip_shows_names(page, server):  # noqa: F811
    page.goto(f"{server.url}/?lang=es")
    type_in(page, person("Costa Rica", "EEUU"))
    page.locator("input[name=birth_registered][value=yes]").check()  # then "where?" is asked
    type_in(page, {"birth_registered_in": "costa rica y Nicaragua"})
    settled(page)
    expect(page.locator("#named-birth_registered_in")).to_have_text(
        "Costa Rica (CR), Nicaragua (NI)"
    )
    page.get_by_role("button", name="Evaluar").click()
    expect(page.locator("[data-risk]")).to_be_visible()
    page.get_by_role("button", name="Cambiar las respuestas").click()
    expect(page.locator("#f-p0_n0_country")).to_have_value("Estados Unidos")
    expect(page.locator("#f-birth_registered_in")).to_have_value("Costa Rica, Nicaragua")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#f-p0_n0_country")).to_have_value("United States")
    expect(page.locator("#named-p0_n0_country")).to_have_text("United States (US)")
    page.get_by_role("button", name="Screen").click()
    shown = set(shown_answer(page)[0])
    assert {"CR", "US", "NI"} <= shown and not shown & {"CO", "ES"}
