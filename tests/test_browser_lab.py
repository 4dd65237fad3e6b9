"""The reform lab's report page in a real browser (headless Debian chromium, as
tests/test_browser.py): on a 390 px phone it does not scroll sideways, printed it shows every
example case expanded and splits no chart, and axe-core finds no accessibility violation, in
Spanish and English. Screenshots go to test-artifacts/screenshots."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page

from engine import default_engine
from engine.lab.run import Lab
from schemas.lab import ImpactRequest
from service.reports.lab import impact_html
from tests.test_browser import SHOTS, browser  # noqa: F401  (the shared headless chromium)

AXE = Path(__file__).resolve().parent / "support" / "axe.min.js"  # axe-core 4, MPL-2.0
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    """The Costa Rica proposal over generated cases, as the page `--html` writes, per language."""
    request = ImpactRequest(shipped="cr-no-registration-condition", population={"sample": 300})
    report = Lab(default_engine()).impact(request, "es")
    folder = tmp_path_factory.mktemp("lab")
    pages = {}
    for lang in ("es", "en"):
        pages[lang] = folder / f"report-{lang}.html"
        pages[lang].write_text(impact_html(report, lang), encoding="utf-8")
    return pages


def opened(browser, path: Path, width: int, name: str) -> Page:  # noqa: F811
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    page.goto(path.as_uri())
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"lab-{name}-{width}.png", full_page=True)
    return page


def test_the_report_does_not_scroll_sideways_on_a_phone(browser, reports):  # noqa: F811
    """In Spanish, the longer of the two languages."""
    page = opened(browser, reports["es"], 390, "es")
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a {widths[1]} px window"
    charts = page.locator("figure svg")
    assert charts.count() == 2  # the risk and Costa Rica: no other state's counts moved
    assert all(charts.nth(i).bounding_box()["width"] <= 390 for i in range(charts.count()))
    page.context.close()


def test_printed_the_cases_are_expanded_and_no_chart_is_split(browser, reports):  # noqa: F811
    page = opened(browser, reports["es"], 1280, "print")
    example = page.locator("details pre").first
    assert not example.is_visible()  # on screen, folded
    page.emulate_media(media="print")
    assert example.is_visible() and "POP-" in example.inner_text()
    assert page.locator("details pre").evaluate_all("ps => ps.every(p => p.offsetHeight > 0)")
    breaks = page.locator("figure").evaluate_all(
        "fs => fs.map(f => getComputedStyle(f).breakInside)"
    )
    assert breaks and set(breaks) == {"avoid"}
    page.context.close()


@pytest.mark.parametrize("width, lang", [(1280, "en"), (390, "es")])  # each language once
def test_axe_finds_no_violation(browser, reports, lang, width):  # noqa: F811
    page = opened(browser, reports[lang], width, f"axe-{lang}")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document).then(r => r.violations)")
    found = [{"rule": v["id"], "nodes": [n["target"] for n in v["nodes"][:3]]} for v in result]
    assert not found, json.dumps(found, indent=1)
    assert page.locator("main").count() == 1
    assert page.locator("section[aria-labelledby] > h2").count() == 4
    page.context.close()
