"""The contract as integrators' tools read it (issue 18): the batch's line schema and its JSON
array answer, the media types each endpoint reads and answers, and examples that validate
against their schemas and are each answered by the example of the same name."""

import json
import re

import jsonschema_rs
import pytest

from service.api.examples import EXAMPLE_CASE, INVALID_CASE
from tests.support import log_entry, problem
from tests.support.server import LIMITS

NDJSON = "application/x-ndjson"
INVALID = "invalid_case_answered_in_place"  # the one example that is invalid, on purpose


@pytest.fixture(scope="module")
def document(server):
    with server.client(None) as client:
        return client.get("/openapi.json").json()


def valid(document: dict, schema: dict, value) -> bool:
    """Whether `value` validates against `schema`, whose references are the document's."""
    return jsonschema_rs.validator_for({**schema, "components": document["components"]}).is_valid(
        value
    )


def examples(media: dict) -> dict:
    """A media type's examples by name (the only one, unnamed, as None)."""
    if "example" in media:
        return {None: media["example"]}
    return {name: example["value"] for name, example in media.get("examples", {}).items()}


def records(document: dict, media: dict, value) -> list[tuple[dict, object]]:
    """(schema, value) to validate: the whole value, or each line of NDJSON text against the
    schema of one line (x-itemSchema)."""
    if "x-itemSchema" in media:
        return [(media["x-itemSchema"], json.loads(line)) for line in value.splitlines()]
    return [(media["schema"], value)]


def requests(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            for kind, media in operation.get("requestBody", {}).get("content", {}).items():
                yield f"{method} {path} {kind}", operation, media


def test_every_request_example_validates_against_its_schema(document):
    """All but the batch's invalid case, which says it is invalid and indeed is not valid."""
    checked = 0
    for where, _, media in requests(document):
        for name, value in examples(media).items():
            results = [valid(document, s, v) for s, v in records(document, media, value)]
            if name == INVALID:
                assert "invalid" in media["examples"][name]["summary"]
                assert not all(results), where
            else:
                assert all(results), f"{where}: example {name} is not valid"
            checked += 1
    assert checked >= 8


def test_every_request_example_has_its_answer_and_answers_validate(document):
    """The 200 of each operation with request examples answers each of them, by name, in each
    media type it answers with (the HTML report aside: a page, not data); and every answer
    example validates against its schema."""
    for where, operation, media in requests(document):
        asked = set(examples(media))
        for kind, answer in operation["responses"]["200"]["content"].items():
            if kind == "text/html":
                continue
            assert set(examples(answer)) == asked, f"{where}: answers in {kind}"
            if kind == "text/csv":
                continue
            for value in examples(answer).values():
                for schema, record in records(document, answer, value):
                    assert valid(document, schema, record), f"{where}: answer in {kind}"


def test_the_batch_line_schema_is_published(server, document):
    """One schema, served and in the document, that each kind of line meets alone."""
    with server.client(None) as client:
        served = client.get("/v1/schemas/batch-line").json()
    line = document["components"]["schemas"]["BatchLine"]
    assert len(line["oneOf"]) == len(served["oneOf"]) == 3
    answer = document["paths"]["/v1/batch"]["post"]["responses"]["200"]["content"]
    assert answer[NDJSON]["x-itemSchema"] == {"$ref": "#/components/schemas/BatchLine"}
    assert answer["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/BatchLine"
    }
    over = LIMITS["max_batch_cases"] + 1
    body = "".join(json.dumps(case) + "\n" for case in [EXAMPLE_CASE, INVALID_CASE] * over)
    with server.client() as client:
        sent = client.post("/v1/batch", content=body, headers={"Content-Type": NDJSON})
    lines = [json.loads(text) for text in sent.text.splitlines()]
    kinds = [("nationality" in x, "error" in x, "type" in x) for x in lines]
    assert kinds[:2] == [(True, False, False), (False, True, False)]
    assert kinds[-1] == (False, False, True) and lines[-1]["status"] == 413
    checks = jsonschema_rs.validator_for(served)
    assert all(checks.is_valid(x) for x in lines)
    branches = [jsonschema_rs.validator_for({**served, "oneOf": [b]}) for b in served["oneOf"]]
    assert [[b.is_valid(x) for b in branches] for x in lines[-2:]] == [
        [False, True, False],
        [False, False, True],
    ]


# --- the batch's answer: NDJSON, or a JSON array when asked for --------------------------------


def test_a_batch_answers_a_json_array_when_asked(server):
    """The same answers as the NDJSON lines, as one array; a batch cut at its case limit ends
    with the problem, as its last item, after the answers of the cases before it."""
    cases = [EXAMPLE_CASE, INVALID_CASE]
    limit = LIMITS["max_batch_cases"]
    over = "".join(json.dumps({**EXAMPLE_CASE, "id": str(i)}) + "\n" for i in range(limit + 1))
    as_json = {"Accept": "application/json"}
    with server.client() as client:
        lines = client.post("/v1/batch", json=cases)
        array = client.post("/v1/batch", json=cases, headers=as_json)
        cut = client.post("/v1/batch", content=over, headers={**as_json, "Content-Type": NDJSON})
    assert array.status_code == 200
    assert array.headers["content-type"] == "application/json"
    assert array.json() == [json.loads(line) for line in lines.text.splitlines()]
    assert [x.get("error") for x in array.json()] == [None, "invalid_case"]
    items = cut.json()
    assert [x["case_id"] for x in items[:-1]] == [str(i) for i in range(limit)]
    assert items[-1]["type"] == "/v1/problems/too-many-cases" and items[-1]["status"] == 413


@pytest.mark.parametrize(
    "accept, answered",
    [
        (None, NDJSON),
        ("*/*", NDJSON),
        (NDJSON, NDJSON),
        ("application/jsonl", NDJSON),
        ("application/*", NDJSON),  # NDJSON first, on a tie
        ("application/json", "application/json"),
        ("application/x-ndjson;q=0.5, application/json", "application/json"),
        ("text/html, */*;q=0.1", NDJSON),
    ],
)
def test_a_batch_answers_in_the_type_the_client_prefers(server, accept, answered):
    headers = {"Accept": accept} if accept else {}
    with server.client() as client:
        response = client.post("/v1/batch", json=[EXAMPLE_CASE], headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == answered


@pytest.mark.parametrize("accept", ["text/csv", "application/json;q=0, application/x-ndjson;q=0"])
def test_a_batch_asked_for_a_type_it_cannot_give_is_406_naming_those_it_can(server, accept):
    with server.client() as client:
        response = client.post("/v1/batch", json=[EXAMPLE_CASE], headers={"Accept": accept})
    detail = problem(response, 406, "not-acceptable")["detail"]
    assert f"{NDJSON} or application/json" in detail


# --- the media types each endpoint reads -------------------------------------------------------


@pytest.mark.parametrize("kind", [NDJSON, "application/jsonl", "application/ndjson"])
def test_a_batch_reads_ndjson_by_each_of_its_names(server, kind):
    body = "".join(json.dumps(case) + "\n" for case in [EXAMPLE_CASE, INVALID_CASE])
    with server.client() as client:
        response = client.post("/v1/batch", content=body, headers={"Content-Type": kind})
    assert response.status_code == 200
    assert [json.loads(x).get("line") for x in response.text.splitlines()] == [None, 2]


@pytest.mark.parametrize(
    "path, kind, named",
    [
        ("/v1/screen", None, "the Content-Type header is missing"),
        ("/v1/screen", "application/problem+json", "not application/problem+json"),
        ("/v1/screen", "text/plain", "not text/plain"),
        ("/v1/audit", None, "the Content-Type header is missing"),
        ("/v1/batch", "text/csv", "not text/csv"),
    ],
)
def test_a_missing_or_foreign_content_type_is_415_naming_every_type_read(server, path, kind, named):
    headers = {"Content-Type": kind} if kind else {}
    with server.client() as client:
        response = client.post(path, content=json.dumps([EXAMPLE_CASE]), headers=headers)
    detail = problem(response, 415, "unsupported-media-type")["detail"]
    assert named in detail
    read = ["application/json"]
    if path == "/v1/batch":
        read += [NDJSON, "application/jsonl", "application/ndjson"]
    assert all(kind in detail for kind in read), detail


# --- the headers sent, as declared ---------------------------------------------------------------


def declared(document: dict, path: str, method: str, status: int) -> dict[str, dict]:
    """The headers the document declares on an answer, by name, with their schemas."""
    answer = document["paths"][path][method]["responses"][str(status)]
    named = document["components"]["headers"]
    return {name: named[ref["$ref"].rsplit("/", 1)[-1]] for name, ref in answer["headers"].items()}


def test_the_headers_each_answer_carries_are_declared(server, document):
    with server.client() as client, server.client(None) as anonymous:
        sent = {
            ("/v1/screen", "post", 200): client.post("/v1/screen", json=EXAMPLE_CASE),
            ("/v1/screen", "post", 401): anonymous.post("/v1/screen", json=EXAMPLE_CASE),
            ("/v1/screen", "post", 405): client.get("/v1/screen"),
            ("/healthz", "get", 200): anonymous.get("/healthz"),
        }
    with server.client("slow") as slow:  # a burst of 2, so one of 5 at once is over it
        limited = next(
            r for r in (slow.get("/v1/rulepack") for _ in range(5)) if r.status_code == 429
        )
    sent[("/v1/rulepack", "get", 429)] = limited
    for (path, method, status), response in sent.items():
        assert response.status_code == status, (path, status)
        headers = declared(document, path, method, status)
        assert {"X-Request-ID", "Cache-Control"} <= set(headers)
        for name, header in headers.items():
            value = response.headers[name]
            typed = int(value) if header["schema"]["type"] == "integer" else value
            assert valid(document, header["schema"], typed), (path, status, name, value)
    assert set(declared(document, "/v1/rulepack", "get", 429)) > {"Retry-After"}
    assert "WWW-Authenticate" in declared(document, "/v1/screen", "post", 401)
    assert sent[("/v1/screen", "post", 405)].headers["Allow"] == "POST"


@pytest.mark.parametrize(
    "given, kept",
    [
        ("trace-2026.12_03-abc", True),
        ("A" * 64, True),
        ("A" * 65, False),
        ("two words", False),
        (b"x\xe9", False),  # not ASCII
        ('id"}', False),
        ("", False),
    ],
)
def test_a_clients_request_id_is_kept_when_it_is_a_sane_token(server, given, kept):
    with server.client() as client:
        answer = client.post("/v1/screen", json=EXAMPLE_CASE, headers={"X-Request-ID": given})
        refused = client.post("/v1/screen", json={}, headers={"X-Request-ID": given})
    ids = {answer.headers["x-request-id"], refused.headers["x-request-id"]}
    assert refused.json()["request_id"] in ids
    if kept:
        assert ids == {given}
    else:
        assert len(ids) == 2 and all(re.fullmatch("[0-9a-f]{32}", i) for i in ids)
    assert log_entry(server, answer.headers["x-request-id"])["outcome"] == "200 screened"


def test_the_lab_reports_are_declared_as_text_of_their_types(document):
    answers = document["paths"]["/v1/reforms/impact"]["post"]["responses"]["200"]["content"]
    assert list(answers) == ["application/json", "text/csv", "text/html"]
    assert answers["text/csv"]["schema"] == answers["text/html"]["schema"] == {"type": "string"}
