"""The service under careless and hostile clients (issue 14): text UTF-8 cannot carry, JSON
that is not standard, one case that breaks, clients that send before they read, slow clients,
spreadsheet formulas, and the documentation page's own assets."""

import csv
import io
import json
import logging
import re
import socket
from pathlib import Path

import httpx
import pytest

from schemas.determination import CaseError
from schemas.errors import FieldProblem
from service.api.app import create_app
from service.api.config import ConfigError, Settings, load_settings
from service.api.examples import EXAMPLE_CASE
from service.api.guard import problem_response
from service.api.problems import Problem
from service.api.state import Service
from service.cli import main as cli
from service.reports.lab import spreadsheet_text
from tests.support import fields, problem
from tests.support import server as serving

ROOT = Path(__file__).resolve().parent.parent
CASE = json.dumps(EXAMPLE_CASE)
JSON = {"Content-Type": "application/json"}
NDJSON = {"Content-Type": "application/x-ndjson"}
# short, for the slow clients' tests; each is waited for many times over, so none can flake
TIMEOUTS = {"header_timeout": 1, "body_timeout": 1, "keep_alive_timeout": 1}
PATIENCE = 30  # seconds a test waits for what should come in about one

# a lone surrogate as JSON writes it: in the case id, in a code, as a key
SURROGATES = [
    (CASE.replace('"EXAMPLE-CR-1"', '"\\ud800"'), "id"),
    (CASE.replace('"birth_country": "CR"', '"birth_country": "\\udfff"'), "person.birth_country"),
    (CASE[:-1] + ', "\\ud800": 1}', None),  # a key: the case validation names what it can
]


def lines(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return [json.loads(line) for line in response.text.splitlines()]


# --- text UTF-8 cannot carry ------------------------------------------------------------------


@pytest.mark.parametrize("body, where", SURROGATES)
def test_a_lone_surrogate_is_a_422_naming_the_field(server, body, where):
    with server.client() as client:
        response = client.post("/v1/screen", content=body, headers=JSON)
    found = fields(problem(response, 422, "invalid-case"))
    assert where in found or where is None, found


@pytest.mark.parametrize("body, where", SURROGATES)
def test_a_lone_surrogate_in_a_batch_is_one_error_in_place(server, body, where):
    array = f"[{CASE}, {body}, {CASE}]"
    ndjson = f"{CASE}\n{body}\n{CASE}\n"
    with server.client() as client:
        answers = [
            lines(client.post("/v1/batch", content=array, headers=JSON)),
            lines(client.post("/v1/batch", content=ndjson, headers=NDJSON)),
        ]
    for got in answers:
        assert [a.get("case_id") for a in (got[0], got[2])] == ["EXAMPLE-CR-1"] * 2
        assert got[1]["error"] == "invalid_case"
        assert where in {p["field"] for p in got[1]["problems"]} or where is None


def test_an_echoed_surrogate_is_escaped_in_the_error(engine, monkeypatch):
    """A value echoed by a problem (a case id, a date) cannot make the answer unsendable: the
    problem details of /v1/screen and a batch's error line both write it as its escape."""
    echoed = FieldProblem(field="person.birth_date", problem="'2001-\ud800' is not a date")
    refusal = Problem("invalid-case", "cannot: '\ud800'", [echoed], case_id="\udfff")
    sent = problem_response(refusal, "/v1/screen", {}).body.decode("utf-8")
    assert json.loads(sent)["problems"] == [
        {"field": "person.birth_date", "problem": "'2001-\\ud800' is not a date"}
    ]
    assert json.loads(sent)["case_id"] == "\\udfff"

    error = CaseError(case_id="\udfff", error="invalid_case", problems=[echoed])
    monkeypatch.setattr(engine, "screen_data", lambda *args: error)
    line = Service(Settings(), engine).screen_records([EXAMPLE_CASE], None, False)
    assert json.loads(line)["problems"][0]["problem"] == "'2001-\\ud800' is not a date"


def test_a_case_that_breaks_the_service_is_one_error_in_place(engine, monkeypatch, caplog):
    """Whatever fails on one case is its line: logged by where in the code, never by the case."""
    service = Service(Settings(), engine)
    real = engine.screen_data

    def breaks(case, *args):
        if case.get("id") == "SECRET-NAME":
            raise RuntimeError("a message quoting SECRET-NAME")
        return real(case, *args)

    monkeypatch.setattr(engine, "screen_data", breaks)
    broken = {**EXAMPLE_CASE, "id": "SECRET-NAME"}
    with caplog.at_level(logging.ERROR, logger="nationality.http"):
        out = service.screen_records([EXAMPLE_CASE, broken, EXAMPLE_CASE], None, False)
    answers = [json.loads(line) for line in out.decode().splitlines()]
    assert [a.get("case_id") for a in answers] == ["EXAMPLE-CR-1", None, "EXAMPLE-CR-1"]
    assert CaseError.model_validate(answers[1]).error == "internal_error"
    assert "fault of ours" in answers[1]["problems"][0]["problem"]
    assert "RuntimeError" in caplog.text and "SECRET" not in caplog.text


# --- JSON that is not standard ---------------------------------------------------------------

NOT_JSON = [
    ('{"id": NaN}', "NaN is not a JSON value"),
    ('{"id": -Infinity}', "-Infinity is not a JSON value"),
    ('{"id": 1e999}', "the number '1e999' is too large"),
    ('{"id": "A", "id": "B"}', "the key 'id' is given twice in one object"),
    ('{"person": {"sex": "F", "sex": "M"}}', "the key 'sex' is given twice"),
]


@pytest.mark.parametrize("body, words", NOT_JSON)
@pytest.mark.parametrize(
    "path, wrap",
    [
        ("/v1/screen", "{}"),
        ("/v1/batch", "[{}]"),
        (
            "/v1/reforms/impact",
            '{{"shipped": "cr-no-registration-condition", "population": {{"cases": [{}]}}}}',
        ),
        ("/v1/audit", '{{"countries": ["MX"], "population": {{"cases": [{}]}}}}'),
    ],
)
def test_json_that_is_not_standard_is_malformed(server, body, words, path, wrap):
    with server.client() as client:
        response = client.post(path, content=wrap.format(body), headers=JSON)
    assert words in fields(problem(response, 400, "malformed-json"))["(body)"]


@pytest.mark.parametrize("body, words", NOT_JSON)
def test_an_ndjson_line_that_is_not_standard_is_one_error_in_place(server, body, words):
    with server.client() as client:
        answers = lines(client.post("/v1/batch", content=f"{CASE}\n{body}\n", headers=NDJSON))
    assert answers[0]["case_id"] == "EXAMPLE-CR-1"
    assert answers[1]["error"] == "unreadable"
    assert words in answers[1]["problems"][0]["problem"]
    assert answers[1]["problems"][0]["field"] == "line 2"


def test_form_parse_errors_are_not_malformed_json():
    from tests.support.asgi import AppClient

    client = AppClient(create_app(Settings()))
    try:
        response = client.post(
            "/screen", content=b"--x\r\n", headers={"Content-Type": "multipart/form-data"}
        )
    finally:
        client.close()
    assert problem(response, 400, "malformed-form")["detail"]


# --- clients that send everything before they read ------------------------------------------


@pytest.fixture(scope="module")
def roomy(tmp_path_factory):
    """A service whose batches may hold 3,000 cases (answers megabytes larger than the socket
    buffers), with short timeouts for the slow clients' tests."""
    limits = {"max_batch_cases": 3_000, "max_batch_bytes": 2**24, **TIMEOUTS}
    running = serving.start(tmp_path_factory.mktemp("roomy"), limits=limits)
    yield running
    running.stop()


def sent_whole(client, cases: list[dict], padding: int):
    """A chunked NDJSON batch (a generator body) sent whole before the answer is read: the
    cases, then `padding` lines of a quickly refused case."""
    padded = (json.dumps({"title": "x" * 1000}) + "\n").encode()

    def chunks():
        yield "".join(json.dumps(c) + "\n" for c in cases).encode()
        for _ in range(padding // 1000):
            yield padded * 1000

    return client.post("/v1/batch", content=chunks(), headers=NDJSON)


def test_a_chunked_batch_past_the_limits_sent_whole_gets_its_answer(roomy, engine):
    """3,000 cases, then 100,000 lines past the case limit and 100 MB past the byte limit, sent
    whole before reading: the rest of the body is read and dropped while the answers wait, so
    the client can finish sending, then read every answer and the problem."""
    cases = serving.generated(engine.law, 3_000, seed=5)
    small_window = [(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)]
    transport = httpx.HTTPTransport(socket_options=small_window)
    with roomy.client(transport=transport) as client:
        response = sent_whole(client, cases, 100_000)
    answers = lines(response)
    assert len(response.content) > 5 * 2**20  # more than the kernel buffers between the two
    assert [a.get("case_id") for a in answers[:-1]] == [c["id"] for c in cases]
    assert answers[-1]["type"] in ("/v1/problems/too-many-cases", "/v1/problems/body-too-large")


# --- slow clients -----------------------------------------------------------------------------


def connection(running) -> socket.socket:
    host, port = running.url.removeprefix("http://").split(":")
    conn = socket.create_connection((host, int(port)), timeout=PATIENCE)
    return conn


def closed(conn: socket.socket, trickle: bytes = b"") -> bytes:
    """What the server sends until it closes the connection, sending `trickle` a byte at a
    time meanwhile (a slowloris). Fails if the connection is still open after PATIENCE."""
    conn.settimeout(0.2)
    received = b""
    for step in range(int(PATIENCE / 0.2)):
        try:
            if step < len(trickle):
                conn.sendall(trickle[step : step + 1])
            piece = conn.recv(65536)
        except TimeoutError:
            continue
        except (BrokenPipeError, ConnectionResetError):
            return received
        if not piece:
            return received
        received += piece
    raise AssertionError(f"the connection is still open after {PATIENCE} s: {received!r}")


def test_half_a_request_line_is_closed_at_the_header_timeout(roomy):
    with connection(roomy) as conn:
        conn.sendall(b"POST /v1/scr")
        assert closed(conn) == b""


def test_a_silent_connection_is_closed_at_the_header_timeout(roomy):
    with connection(roomy) as conn:
        assert closed(conn) == b""


def test_headers_trickled_a_byte_at_a_time_are_closed(roomy):
    """Each byte comes well within the timeout, the headers never do: the clock is not reset."""
    with connection(roomy) as conn:
        assert closed(conn, trickle=b"GET /healthz HTTP/1.1\r\nX-Padding: " + b"x" * 1000) == b""


def test_a_slow_body_is_408_and_closed(roomy):
    with connection(roomy) as conn:
        conn.sendall(
            b"POST /v1/screen HTTP/1.1\r\nHost: t\r\nX-API-Key: full-key\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        answer = closed(conn)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert b"/v1/problems/request-timeout" in answer


def test_a_slow_ndjson_body_ends_with_a_408_line(roomy):
    with connection(roomy) as conn:
        conn.sendall(
            b"POST /v1/batch HTTP/1.1\r\nHost: t\r\nX-API-Key: full-key\r\n"
            b"Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"
            + f"{len(CASE) + 1:x}\r\n{CASE}\n\r\n".encode()
        )
        answer = closed(conn)
    assert answer.startswith(b"HTTP/1.1 200"), answer
    assert b'"case_id":"EXAMPLE-CR-1"' in answer
    assert b"/v1/problems/request-timeout" in answer


def test_an_idle_keep_alive_connection_is_closed(roomy):
    with connection(roomy) as conn:
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        assert closed(conn).startswith(b"HTTP/1.1 200")


def test_one_slow_client_does_not_keep_sigterm_from_finishing(tmp_path):
    """A request whose body never ends holds the server no longer than the shutdown timeout."""
    limits = {"body_timeout": 3600, "header_timeout": 3600, "shutdown_timeout": 1}
    running = serving.start(tmp_path, limits=limits)
    try:
        with connection(running) as conn:
            conn.sendall(
                b"POST /v1/screen HTTP/1.1\r\nHost: t\r\nX-API-Key: full-key\r\n"
                b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
            )
            running.process.terminate()
            assert running.process.wait(timeout=PATIENCE) is not None
    finally:
        running.stop()


def test_timeouts_have_safe_defaults_and_are_configurable(tmp_path):
    config = tmp_path / "service.toml"
    config.write_text("[limits]\nheader_timeout = 4\nbody_timeout = 7.5\n", encoding="utf-8")
    env = {"NATIONALITY_KEEP_ALIVE_TIMEOUT": "2", "NATIONALITY_SHUTDOWN_TIMEOUT": "9"}
    limits = load_settings(config, env=env).limits
    assert (limits.header_timeout, limits.body_timeout) == (4, 7.5)
    assert (limits.keep_alive_timeout, limits.shutdown_timeout) == (2, 9)
    default = load_settings(env={}).limits
    assert 0 < default.header_timeout <= 30 and 0 < default.body_timeout <= 60
    assert 0 < default.shutdown_timeout <= 60
    with pytest.raises(ConfigError, match="NATIONALITY_HEADER_TIMEOUT"):
        load_settings(env={"NATIONALITY_HEADER_TIMEOUT": "0"})


# --- spreadsheet formulas ---------------------------------------------------------------------

FORMULA = '=HYPERLINK("http://x","y")'
# born in Costa Rica in 1990 to an Ecuadorian mother, unregistered: the CR reform changes her
CHANGED = {
    "id": FORMULA,
    "as_of": "2028-01-01",
    "person": {"birth_date": "1990-01-01", "birth_country": "CR"},
    "parents": [{"role": "mother", "nationalities": [{"country": "EC", "acquired": "birth"}]}],
}


def first_cells(text: str) -> list[str]:
    return [row[0] for row in csv.reader(io.StringIO(text))][1:]


def test_a_formula_in_the_impact_csv_is_text_over_http(server):
    body = {"shipped": "cr-no-registration-condition", "population": {"cases": [CHANGED]}}
    with server.client() as client:
        table = client.post("/v1/reforms/impact?format=csv", json=body)
    assert table.status_code == 200, table.text
    assert first_cells(table.text) == ["'" + FORMULA]


def test_a_formula_in_the_impact_csv_is_text_from_the_command_line(tmp_path):
    people, out = tmp_path / "people.jsonl", tmp_path / "impact.csv"
    people.write_text(json.dumps(CHANGED) + "\n", encoding="utf-8")
    reform = str(ROOT / "rules" / "reforms" / "cr-no-registration-condition.yaml")
    assert cli(["reform", reform, "--population", str(people), "--csv", "-o", str(out)]) == 0
    assert first_cells(out.read_text(encoding="utf-8")) == ["'" + FORMULA]


@pytest.mark.parametrize(
    "cell, shown",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("18-24", "18-24"),
        ("CR at 0", "CR at 0"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_quoted(cell, shown):
    assert spreadsheet_text(cell) == shown


# --- the documentation page --------------------------------------------------------------------


def test_docs_load_nothing_from_another_site_and_cannot_be_framed(server):
    with server.client(key_name=None) as client:
        page = client.get("/docs")
        linked = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assets = {url: client.get(url) for url in linked}
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'self';" in policy
    assert "http" not in policy and "unsafe-eval" not in policy
    assert "<script>" not in page.text  # no inline script: the policy would refuse it
    assert linked and all(url.startswith("/docs/assets/") for url in linked)
    assert all(answer.status_code == 200 for answer in assets.values())
    assert b"SwaggerUIBundle" in assets["/docs/assets/swagger-ui-bundle.js"].content
    assert client_gets_404(server, "/docs/assets/..%2Fdocs.py")


def client_gets_404(server, path: str) -> bool:
    with server.client(key_name=None) as client:
        return client.get(path).status_code == 404
