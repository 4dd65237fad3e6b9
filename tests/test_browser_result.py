"""The result page in a real browser (issue 15, items 5, 6 and 9): printed for the file with
every folded detail open and the page's buttons gone; downloaded deadlines as a calendar; no
sideways scroll on a 390 px phone; and axe-core finds no violation at desk or phone width."""

from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from service.pages.interview import form_from_case
from tests.test_browser import SHOTS, browser  # noqa: F401  (the shared Chromium)

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "support" / "axe.min.js"
CASE = yaml.safe_load((ROOT / "examples" / "cr-child-of-migrants.yaml").read_text("utf-8"))
pytestmark = pytest.mark.browser

SUBMIT = """(answers) => {
  const form = document.createElement("form");
  form.method = "post"; form.action = "/screen";
  for (const [name, value] of Object.entries(answers)) {
    const input = document.createElement("input");
    input.type = "hidden"; input.name = name; input.value = value; form.appendChild(input);
  }
  document.body.appendChild(form); form.submit();
}"""


@pytest.fixture(params=[1280, 390], ids=["desk", "phone"])
def width(request):
    return request.param


@pytest.fixture
def result(browser, server, width, request):  # noqa: F811
    """The result page for the worked example, as the interview posts it, at a width."""
    context = browser.new_context(  # the page's CSP forbids inline scripts: axe is injected
        viewport={"width": width, "height": 900}, accept_downloads=True, bypass_csp=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server.url}/?lang=es")
    page.evaluate(SUBMIT, {**form_from_case(CASE), "lang": "es"})
    expect(page.locator("[data-risk]")).to_be_visible()
    yield page
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{request.node.name}.png", full_page=True)
    context.close()


def test_the_result_does_not_scroll_sideways(result: Page, width):
    assert result.evaluate("document.documentElement.scrollWidth") <= width
    assert result.locator(".plain").is_visible()


def test_axe_finds_no_violation_on_the_result(result: Page):
    result.add_script_tag(path=str(AXE))
    found = result.evaluate("async () => (await axe.run(document)).violations")
    assert found == [], [(v["id"], [n["target"] for n in v["nodes"]]) for v in found]


def test_printing_opens_every_detail_and_hides_the_buttons(result: Page, width):
    why = result.get_by_text("Nacido en Costa Rica de padre o madre costarricense").first
    expect(why).to_be_hidden()  # folded on screen
    result.emulate_media(media="print")
    expect(why).to_be_visible()
    expect(result.get_by_text("Los hechos introducidos")).to_be_visible()
    expect(result.locator(".signature")).to_be_visible()
    expect(result.get_by_role("button", name="Imprimir")).to_be_hidden()
    expect(result.get_by_role("button", name="English")).to_be_hidden()
    expect(result.get_by_text("Desk research", exact=False)).to_have_count(0)
    expect(result.locator("footer").filter(has_text="Investigación")).to_be_visible()
    if width == 1280:
        pdf = result.pdf()  # Chromium headless prints it
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_the_deadlines_download_as_a_calendar_without_scripts(browser, server, tmp_path):  # noqa: F811
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server.url}/?lang=es")
    # without scripts, the form itself carries the answers: post them as the interview does
    page.set_content(
        f'<form method="post" action="{server.url}/screen">'
        + "".join(
            f'<input type="hidden" name="{k}" value="{v}">'
            for k, v in {**form_from_case(CASE), "lang": "es"}.items()
        )
        + '<button id="go">go</button></form>'
    )
    page.click("#go")
    with page.expect_download() as download:
        page.get_by_role("button", name="Descargar los plazos (.ics)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    ics = saved.read_bytes().decode("utf-8")
    assert saved.name == "case-EXAMPLE-CR-1-deadlines.ics"
    assert ics.count("BEGIN:VEVENT") == 1 and "DTSTART;VALUE=DATE:20260213\r\n" in ics
    context.close()
