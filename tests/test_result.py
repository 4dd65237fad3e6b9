"""The result page read as a caseworker reads it (issue 15, items 3 and 5): a plain answer first
(what it means, what to do, where, by when, how long is left), a heading that never reads
"Caso — —", the facts entered for the printed record, and the deadlines as a calendar file."""

import re
from datetime import date
from html import unescape
from pathlib import Path

import pytest
import yaml

from engine import default_engine
from service.api.app import create_app
from service.api.config import Settings
from service.cli import main
from service.pages.interview import form_from_case
from tests.support.asgi import AppClient

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MIGRANTS = yaml.safe_load((EXAMPLES / "cr-child-of-migrants.yaml").read_text("utf-8"))
ECUADORIAN = yaml.safe_load((EXAMPLES / "cr-child-of-ecuadorian-mother.yaml").read_text("utf-8"))
# born in Nicaragua to a Nicaraguan mother, living there: national, nothing left to do in time
AT_HOME = {
    **MIGRANTS,
    "person": {
        **MIGRANTS["person"],
        "birth_country": "NI",
        "residence": [{"country": "NI", "from": "2001-02-14", "to": None, "status": "national"}],
    },
}


@pytest.fixture(scope="module")
def client():
    client = AppClient(create_app(Settings(), default_engine()))
    yield client
    client.close()


def plain(html: str) -> str:
    """The plain answer's text, tags dropped and spaces collapsed."""
    start = html.index('<section class="plain"')
    block = html[start : html.index("</section>", start)]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", block)))


def result(client, case: dict, lang: str) -> str:
    response = client.post("/screen", data={**form_from_case(case), "lang": lang})
    assert response.status_code == 200
    return response.text


@pytest.mark.parametrize(
    "lang, said",
    [
        (
            "es",
            [
                "Costa Rica reconocerá a la persona como nacional si su nacimiento se inscribe "
                "allí como nacional, a más tardar el 13 de febrero de 2026.",
                "Dónde: el Registro Civil de Costa Rica",
                "Cuándo: desde el 14 de febrero de 2019 hasta el 13 de febrero de 2026 — "
                "quedan unos 8 meses (257 días)",
            ],
        ),
        (
            "en",
            [
                "Costa Rica will recognise the person as a national if the birth is registered "
                "there as a national, by 13 February 2026 at the latest.",
                "Where: the civil registry of Costa Rica",
                "about 8 months (257 days) left",
            ],
        ),
    ],
)
def test_a_conditional_answer_says_what_to_do_where_by_when_and_the_time_left(
    client, lang, said
):
    text = plain(result(client, MIGRANTS, lang))
    for sentence in said:
        assert sentence in text


def test_a_national_answer_still_says_to_document_it_at_a_consulate_when_living_abroad(client):
    text = plain(result(client, MIGRANTS, "es"))
    assert "Nicaragua ya considera a la persona su nacional." in text
    assert (
        "Qué hacer: Documentarlo: obtener la partida de nacimiento o el documento de identidad "
        "de Nicaragua. Dónde: un consulado de Nicaragua (la persona vive en el extranjero)"
    ) in text
    assert "No hay riesgo de apatridia" in text and "Riesgo de apatridia: en riesgo" not in text


def test_a_state_without_a_pack_points_to_globalcit_and_the_consulate(client):
    html = result(client, ECUADORIAN, "es")
    text = plain(html)
    assert "La ley de Ecuador no está codificada aquí" in text
    assert "(GLOBALCIT)" in text and "Consulte con un consulado de Ecuador." in text
    assert "Dónde: un consulado de Ecuador" in text


def test_the_technical_detail_is_folded_below_the_plain_answer(client):
    html = result(client, MIGRANTS, "es")
    assert "CR.birth.soli_foreign_parents" not in plain(html)
    technical = html.index('<details class="technical">')
    assert html.index("CR.birth.soli_foreign_parents") > technical > html.index('class="plain"')
    assert "<th scope=\"col\">Signo</th>" in html and "Signos: ✔ nacional" in html


@pytest.mark.parametrize(
    "lang, heading", [("es", "Caso sin identificador — evaluado al"), ("en", "Case without an")]
)
def test_a_case_without_an_id_is_never_headed_with_dashes(client, lang, heading):
    case = {key: value for key, value in MIGRANTS.items() if key != "id"}
    html = result(client, case, lang)
    assert heading in html and "— —" not in html


def test_the_printed_record_holds_the_facts_entered_and_a_place_to_sign(client):
    html = unescape(result(client, MIGRANTS, "es"))
    start = html.index("data-entered")
    entered = html[start : html.index("</details>", start)]
    assert "2001-02-14" in entered and "Nicaragua" in entered
    for line in ("Funcionario o funcionaria", "Oficina", "Fecha", "Firma"):
        assert f"{line}: <span class=\"blank\">" in html


def test_the_printed_record_names_a_country_as_it_was_read(client):
    """Typed as a name in either language or as a code, a country prints as name and code."""
    form = {**form_from_case(MIGRANTS), "lang": "es", "birth_country": "costa rica"}
    form["p0_n0_country"] = "Nicaragua"  # the mother's nationality, by its name
    response = client.post("/screen", data=form)
    assert response.status_code == 200
    html = unescape(response.text)
    start = html.index("data-entered")
    entered = html[start : html.index("</details>", start)]
    assert "Costa Rica (CR)" in entered and "Nicaragua (NI)" in entered
    assert "costa rica" not in entered


def events(ics: str) -> list[dict[str, str]]:
    """The VEVENTs of a calendar file, unfolded, each as {property: value}."""
    unfolded = ics.replace("\r\n ", "")
    found, current = [], None
    for line in unfolded.split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None and ":" in line and not line.startswith((" ", "BEGIN", "END")):
            name, value = line.split(":", 1)
            current.setdefault(name, value)
    return found


def test_the_deadlines_download_as_a_valid_calendar(client):
    response = client.post("/calendar", data={**form_from_case(MIGRANTS), "lang": "es"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert 'filename="case-EXAMPLE-CR-1-deadlines.ics"' in response.headers["content-disposition"]
    ics = response.text
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")  # CRLF line endings only
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    answer = default_engine().screen_data(MIGRANTS, "es", False)
    conditions = [c for r in answer.nationality.values() for c in r.conditions]
    deadlines = [c.deadline for c in conditions if c.deadline]
    found = events(ics)
    assert len(found) == len(deadlines) == 1
    event = found[0]
    assert event["DTSTART;VALUE=DATE"] == deadlines[0].strftime("%Y%m%d") == "20260213"
    assert event["DTEND;VALUE=DATE"] == "20260214"
    assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"]) and event["UID"]
    assert event["SUMMARY"] == (
        "Último día: inscribir el nacimiento como nacional (Costa Rica) — caso EXAMPLE-CR-1"
    )
    assert "2001" not in ics and "Nicaragua" not in ics  # nothing about the person beyond the id


def test_a_long_summary_folds_at_75_octets_without_splitting_a_character():
    from service.reports.calendar import _fold

    line = "SUMMARY:" + "á" * 100
    folded = _fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts) and len(parts) > 2
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_the_page_offers_the_calendar_only_when_there_is_a_deadline(client):
    assert 'formaction="/calendar"' in result(client, MIGRANTS, "es")
    html = result(client, AT_HOME, "es")
    assert 'formaction="/calendar"' not in html
    assert "Dónde: el Registro Civil de Nicaragua" in plain(html)  # living there: its registry


def test_the_html_report_opens_with_the_same_plain_answer(tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(MIGRANTS, allow_unicode=True), encoding="utf-8")
    assert main(["--lang", "en", "screen", str(path), "--format", "html"]) == 0
    html = capsys.readouterr().out
    text = plain(html)
    assert "Where: the civil registry of Costa Rica" in text
    assert "Nicaragua already considers the person a national." in text
    assert html.index('class="plain"') < html.index("<table>")
    assert date(2025, 6, 1).isoformat() in html
