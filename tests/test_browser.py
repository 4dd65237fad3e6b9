"""The caseworker's page in a real browser: headless Chromium (Debian's `chromium`, driven by
Playwright with its executable path set) goes through whole interviews the way a caseworker
would, and the answers shown must be the engine's. Screenshots go to test-artifacts/screenshots.

The pages are those of a real `nationality serve` (the `server` fixture of tests/support/server.py).
Each interview types a worked case's answers into whatever the page shows, opening folded
slots as needed; an answer the page never asks for is left out, and the answer must still be the
CLI's for the whole case, so a question the page hides cannot have mattered.
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect, sync_playwright

from engine import default_engine
from schemas.case import Case
from service.pages.interview import case_from_form, form_from_case

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-artifacts" / "screenshots"
WORKED = {
    c["id"]: c
    for p in sorted((ROOT / "tests" / "worked_cases").glob("*.yaml"))
    for c in yaml.safe_load(p.read_text("utf-8"))
}
pytestmark = pytest.mark.browser


def chromium_path() -> str:
    path = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not path:
        pytest.fail(
            "browser tests need Debian's chromium (apt-get install chromium) or CHROMIUM=<path>; "
            "`.ci/run` installs it"
        )
    return path


@pytest.fixture(scope="module")
def browser():
    args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=args)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    with opened_tab(browser, request, accept_downloads=True) as tab:
        yield tab


@contextmanager
def opened_tab(browser, request, **options):
    """A tab at desk width in a context of its own (JavaScript, CSP, downloads as `options`
    say), screenshotted under the test's name when it ends."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, **options)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    try:
        yield tab
    finally:
        SHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=SHOTS / f"{request.node.name}.png", full_page=True)
        context.close()


def settled(page: Page) -> None:
    """Wait until the page's last check of the answers has come back."""
    expect(page.locator("#interview:not([data-checking])")).to_be_attached()


def answer(page: Page, name: str, value: str) -> None:
    control = page.locator(f"#f-{name}")
    if control.get_attribute("type") == "radio":  # a plain yes / no / don't know question
        page.locator(f'input[name="{name}"][value="{value}"]').check()
    elif control.get_attribute("type") == "checkbox":
        control.check()
    elif control.evaluate("e => e.tagName") == "SELECT":
        control.select_option(value)
    else:
        control.fill(value)
        control.press("Tab")  # leaving the field checks it at once, as a caseworker moving on


def interview(page: Page, answers: dict[str, str]) -> dict[str, str]:
    """Type the answers the page asks for, as they come into view; return those it never did.
    Without JavaScript the page asks nothing new until "Update the questions" posts it."""
    scripted = page.evaluate("document.documentElement.classList.contains('js')")
    left = dict(answers)
    while True:
        progress = False
        for name, value in list(left.items()):
            field = page.locator(f'[data-field="{name}"]')
            folded = field.locator("xpath=ancestor::details[not(@open)][1]")
            if folded.count() and folded.is_visible():
                folded.locator("summary").first.click()
            if field.is_visible():
                answer(page, name, value)
                settled(page)
                del left[name]
                progress = True
        if not (progress and left):
            return left
        if not scripted:
            with page.expect_navigation():  # counting fields mid-load would miss some
                page.locator("button.update").click()


def shown_answer(page: Page) -> tuple[dict[str, tuple[str, str]], str]:
    """Per country the status and the legal basis the report shows; and the risk."""
    rows = page.locator("tr[data-country]")
    shown = {}
    for i in range(rows.count()):
        row = rows.nth(i)
        basis = row.locator("td").nth(3).inner_text().strip()
        shown[row.get_attribute("data-country")] = (row.get_attribute("data-status"), basis)
    return shown, page.locator("[data-risk]").get_attribute("data-risk")


def screen_worked_case(page: Page, server, case_id: str, lang: str) -> dict[str, str]:
    """Go through the interview for a worked case; check the report against the CLI's answer."""
    case = WORKED[case_id]
    page.goto(f"{server.url}/?lang={lang}")
    never_asked = interview(page, form_from_case(case))
    page.get_by_role("button", name={"es": "Evaluar", "en": "Screen"}[lang]).click()
    expect(page.locator("[data-risk]")).to_be_visible()
    expected = default_engine().screen(Case.model_validate(case), lang)
    shown, risk = shown_answer(page)
    assert shown == {c: (r.status, "; ".join(r.basis)) for c, r in expected.nationality.items()}
    assert risk == expected.stateless_risk
    return never_asked


@pytest.mark.parametrize(
    "case_id, lang",
    [("BZ-011", "en"), ("GT-010", "es"), ("HN-007", "en"), ("PA-007", "es"), ("SV-016", "en")],
)
def test_a_worked_case_of_each_other_state_through_the_page(page, server, case_id, lang):
    """The rest of the states, in both languages, through the browser (every worked case goes
    through the same questions in tests/test_pages.py, without a browser)."""
    screen_worked_case(page, server, case_id, lang)


def test_child_of_foreign_parents_born_in_costa_rica(page, server):
    """CR-008: born in Costa Rica to undocumented Nicaraguan workers, never registered: Costa
    Rican on registration before 25, with the deadline; and, since Nicaragua has a pack (issue
    13), Nicaraguan by descent, so not at risk."""
    never_asked = screen_worked_case(page, server, "CR-008", "es")
    assert page.locator('tr[data-country="CR"]').get_attribute("data-status") == "conditional"
    assert page.locator('tr[data-country="NI"]').get_attribute("data-status") == "national"
    assert page.locator("[data-risk]").get_attribute("data-risk") == "none"
    step = page.locator('[data-plain="CR"] ul.next li').first  # the plain answer's next step
    expect(step).to_contain_text("Inscribir el nacimiento")
    expect(step).to_contain_text("hasta")
    # Nicaragua's law reads the parent's status (diplomats), so it is asked now; neither state
    # reads the parents' marriage, which is not
    assert never_asked == {"parents_married_at_birth": "no"}


def test_foundling(page, server):
    """MX-011: a foundling found in Mexico is presumed born there, so Mexican by birth."""
    screen_worked_case(page, server, "MX-011", "es")
    assert page.locator('tr[data-country="MX"]').get_attribute("data-status") == "national"
    assert shown_answer(page)[0]["MX"][1] == "Ley de Nacionalidad, art. 7"


def test_born_abroad_to_a_naturalized_parent(page, server):
    """MX-004: born abroad in 2012 to a mother Mexican by naturalization: Mexican by birth."""
    screen_worked_case(page, server, "MX-004", "en")
    assert page.locator('tr[data-country="MX"]').get_attribute("data-status") == "national"
    expect(page.locator('[data-risk="none"]')).to_contain_text("No risk of statelessness")


def test_dates_are_checked_as_typed_and_problems_shown_beside_the_field(page, server):
    page.goto(f"{server.url}/?lang=en")
    page.locator("#f-birth_date").press_sequentially("2012-02-30")
    settled(page)
    expect(page.locator("#err-birth_date")).to_have_text(
        "'2012-02-30' is not a date: write it as DD/MM/YYYY, e.g. 31/12/2020"
    )
    expect(page.locator("#f-birth_date")).to_have_attribute("aria-invalid", "true")
    page.locator("#f-birth_date").fill("2012-02-29")
    settled(page)
    expect(page.locator("#err-birth_date")).to_be_empty()
    expect(page.locator("#err-p0_role")).to_be_empty()  # untouched questions are not nagged


def test_questions_follow_the_answers(page, server):
    page.goto(f"{server.url}/?lang=en")
    status = page.locator('[data-field="p0_status_in_birth_country"]')
    expect(status).to_be_hidden()
    for name, value in (("p0_role", "father"), ("p0_n0_country", "HN"), ("birth_country", "HN")):
        answer(page, name, value)
        settled(page)
    expect(status).to_be_visible()  # Honduras excludes children of diplomats
    answer(page, "birth_country", "MX")
    answer(page, "p0_n0_country", "MX")
    settled(page)
    expect(status).to_be_hidden()  # Mexico's ius soli has no exception


def test_the_language_switch_and_the_case_file_keep_the_answers(page, server, tmp_path):
    never_asked = screen_worked_case(page, server, "CR-001", "es")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert shown_answer(page)[0]["CR"][0] == "national"
    with page.expect_download() as download:
        page.get_by_role("link", name="Save the case (YAML)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    case = WORKED["CR-001"]
    typed = {k: v for k, v in form_from_case(case).items() if k not in never_asked}
    assert yaml.safe_load(saved.read_text("utf-8")) == case_from_form(typed)
    page.goto(f"{server.url}/?lang=en")
    page.locator("#f-case-file").set_input_files(saved)
    page.get_by_role("button", name="Load", exact=True).click()
    expect(page.locator("#f-birth_date")).to_have_value(str(case["person"]["birth_date"]))
    page.get_by_role("button", name="Screen").click()
    assert shown_answer(page)[0]["CR"][0] == "national"


def test_the_page_is_usable_on_a_phone_and_by_keyboard(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server.url}/?lang=es")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    unlabelled = page.evaluate(
        """[...document.querySelectorAll('input, select')]
             .filter(e => e.type !== 'hidden' && e.offsetParent !== null && !e.labels.length)
             .map(e => e.name)"""
    )
    assert unlabelled == []
    page.keyboard.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    focused = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.add(page.evaluate("document.activeElement.id || document.activeElement.name"))
    assert {"f-birth_date", "f-birth_country", "f-p0_role"} <= focused
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "phone-interview.png", full_page=True)
    context.close()
