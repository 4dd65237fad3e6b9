"""The interview form in a real browser (issue 15, items 2, 4, 6 and 9; headless Debian chromium,
as tests/test_browser.py): a failed submit puts the caseworker on a summary that names each
problem by its question, in page order, with links to the fields, and an "Error: " title; the
optional sections stay shut after a redraw unless they hold an answer, with JavaScript and
without; a date typed DD/MM/YYYY screens as the same date written YYYY-MM-DD; on a 390 px phone
the form never scrolls sideways and the foundling checkbox sits beside its label; and axe-core
finds no accessibility violation on the form, at desk width in English and phone width in
Spanish, with and without the error summary. Screenshots go to test-artifacts/screenshots."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import (  # noqa: F401  (the shared headless chromium and its page)
    SHOTS,
    browser,
    interview,
    opened_tab,
    page,
    shown_answer,
)

AXE = SHOTS.parent.parent / "tests" / "support" / "axe.min.js"  # axe-core 4, MPL-2.0
pytestmark = pytest.mark.browser
SCREEN = {"es": "Evaluar", "en": "Screen"}
UPDATE = {"es": "Actualizar las preguntas", "en": "Update the questions"}
BASIC = {  # the few questions a caseworker answers first: no optional section among them
    "birth_date": "02/03/2015",
    "birth_country": "Costa Rica",
    "p0_role": "mother",
    "p0_n0_country": "Nicaragua",
    "p0_n0_acquired": "birth",
}
MISTAKES = {  # problems in two parents' answers
    "p0_n0_country": "Narnia",  # no such country
    "p1_role": "father",  # and his nationality left unanswered
    "p1_n0_acquired_on": "31/02/1990",  # no such day
}


@pytest.fixture(params=[("es", True), ("en", False)], ids=["es-js", "en-no-js"])
def mode(request):
    """Each language once, with JavaScript in one and without it in the other: the pages are
    the same templates either way, and a browser test is costly."""
    return request.param


@pytest.fixture
def lang(mode):
    return mode[0]


@pytest.fixture
def tab(browser, request, mode):  # noqa: F811
    """A page at desk width, with JavaScript on or off; axe may be injected past the CSP."""
    with opened_tab(browser, request, java_script_enabled=mode[1], bypass_csp=True) as tab:
        yield tab


def open_sections(tab: Page) -> list[str]:
    return tab.eval_on_selector_all("details[open]", "ds => ds.map(d => d.dataset.section)")


def answered_sections(tab: Page) -> list[str]:
    """The folded sections that hold an answer (a filled box, a chosen option, a ticked box)."""
    return tab.eval_on_selector_all(
        "details",
        """ds => ds.filter(d => [...d.querySelectorAll('input, select')].some(c =>
               c.tagName === 'SELECT' ? c.selectedIndex > 0  // the first: not known, or the default
               : (c.type === 'checkbox' || c.type === 'radio') ? c.checked : c.value !== ''))
             .map(d => d.dataset.section)""",
    )


def axe_violations(tab: Page) -> list:
    tab.add_script_tag(path=str(AXE))
    found = tab.evaluate("async () => (await axe.run(document)).violations")
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in found]


def scroll_width(tab: Page) -> int:
    return tab.evaluate("document.documentElement.scrollWidth")


def failed_submit(tab: Page, url: str, lang: str, answers: dict[str, str]) -> None:
    tab.goto(f"{url}/?lang={lang}")
    assert interview(tab, answers) == {}, "never asked"
    tab.get_by_role("button", name=SCREEN[lang]).click()
    expect(tab.locator("#summary")).to_be_visible()


# -- the error summary ----------------------------------------------------------------------


def test_a_failed_submit_focuses_a_summary_naming_each_question_in_page_order(tab, server, lang):
    failed_submit(tab, server.url, lang, {**BASIC, **MISTAKES})
    assert tab.title().startswith("Error: ")
    inside = tab.evaluate("document.getElementById('summary').contains(document.activeElement)")
    assert inside, "the summary is not where the caseworker lands"
    links = tab.locator("#summary a")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    beside = tab.eval_on_selector_all(  # the problems shown beside the fields, down the page
        "p.error", "ps => ps.filter(p => p.textContent.trim()).map(p => '#f-' + p.id.slice(4))"
    )
    assert targets == beside
    assert {"#f-p0_n0_country", "#f-p1_n0_acquired_on"} <= set(targets)
    for i in range(links.count()):
        text = links.nth(i).inner_text()
        label = tab.locator(f"label[for='{targets[i][1:]}']").first.inner_text()
        assert label.replace("(obligatorio)", "").replace("(required)", "").strip() in text
        assert not re.search(r"\b(as_of|p\d_|n\d_)|\[\d\]|_\w", text), text  # no internal name
        links.nth(i).click()
        assert tab.evaluate("document.activeElement.id") == targets[i][1:]


def test_a_birth_after_the_screening_date_is_named_in_plain_words(tab, server, lang):
    failed_submit(tab, server.url, lang, {**BASIC, "as_of": "01/01/2015"})
    assert tab.title().startswith("Error: ")
    summary = tab.locator("#summary").inner_text()
    assert "as_of" not in summary and "birth_date" not in summary and "_" not in summary
    assert {"es": "posterior", "en": "after"}[lang] in summary
    link = tab.locator("#summary a").first
    link.click()
    assert tab.evaluate("document.activeElement.id") in {"f-birth_date", "f-as_of"}


# -- sections stay shut ---------------------------------------------------------------------


def redraw(tab: Page, lang: str) -> None:
    """Redraw the form as the server writes it: "Update the questions" without JavaScript (the
    button is hidden with it), the language switch with it."""
    if tab.locator(".update").is_visible():
        tab.get_by_role("button", name=UPDATE[lang]).click()
    else:
        tab.locator("button.lang").click()
    expect(tab.locator("#interview")).to_be_visible()


def test_after_a_redraw_only_the_sections_holding_an_answer_are_open(tab, server):
    tab.goto(f"{server.url}/?lang=es")
    assert interview(tab, BASIC) == {}
    redraw(tab, "es")
    assert open_sections(tab) == []
    second = {"p0_n1_country": "Panamá"}  # a second nationality: a folded section
    assert interview(tab, second) == {}
    redraw(tab, "es")  # with JavaScript: back to Spanish
    assert open_sections(tab) == answered_sections(tab) == ["p0_n1"]


def test_after_a_failed_submit_only_the_sections_holding_an_answer_are_open(tab, server):
    failed_submit(tab, server.url, "es", {**BASIC, "birth_date": "31/02/2015"})
    assert open_sections(tab) == answered_sections(tab) == []


# -- dates as DD/MM/YYYY --------------------------------------------------------------------


def test_a_date_typed_day_first_screens_as_the_same_date_written_year_first(page, server):  # noqa: F811
    """10/03/2021 is the 10th of March: read month first it would be the 3rd of October, after
    the screening date, and refused."""
    answers = {**BASIC, "as_of": "15/03/2021", "birth_date": "10/03/2021"}
    shown = []
    for typed in ("10/03/2021", "2021-03-10"):
        page.goto(f"{server.url}/?lang=en")
        interview(page, {**answers, "birth_date": typed})
        page.get_by_role("button", name="Screen").click()
        expect(page.locator("[data-risk]")).to_be_visible()
        shown.append(shown_answer(page))
    assert shown[0] == shown[1]
    assert "CR" in shown[0][0]


# -- phone width and axe --------------------------------------------------------------------


@pytest.fixture(params=[(1280, "en"), (390, "es")], ids=["desk-en", "phone-es"])
def sized(browser, server, request):  # noqa: F811
    """A tab at a width, in a language: Spanish, the longer, on the phone."""
    width, lang = request.param
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab, width, lang, server.url
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SHOTS / f"{request.node.name}.png", full_page=True)
    context.close()


def test_the_form_has_no_sideways_scroll_and_no_axe_violation(sized):
    tab, width, lang, url = sized
    tab.goto(f"{url}/?lang={lang}")
    assert scroll_width(tab) <= width
    assert axe_violations(tab) == []
    tab.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert scroll_width(tab) <= width, "with every section open"
    assert axe_violations(tab) == []


def test_the_form_with_its_error_summary_has_no_sideways_scroll_and_no_axe_violation(sized):
    tab, width, lang, url = sized
    failed_submit(tab, url, lang, {**BASIC, **MISTAKES, "as_of": "01/01/2015"})
    assert scroll_width(tab) <= width
    assert axe_violations(tab) == []
    tab.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert scroll_width(tab) <= width, "with every section open"


def test_the_foundling_checkbox_sits_beside_its_label_on_a_phone(browser, server):  # noqa: F811
    tab = browser.new_page(viewport={"width": 390, "height": 900})
    tab.goto(f"{server.url}/?lang=es")  # the longest label of the two languages
    box = tab.locator("#f-foundling").bounding_box()
    label = tab.locator("label[for=f-foundling]").bounding_box()
    assert label["x"] > box["x"] + box["width"], "the label is not beside its box"
    assert label["y"] <= box["y"] + box["height"] and box["y"] <= label["y"] + label["height"]
    assert scroll_width(tab) <= 390
    tab.close()
