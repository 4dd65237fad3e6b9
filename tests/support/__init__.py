"""What the tests share beyond fixtures: reading an error answer of the HTTP service, and its
log. The test service itself is tests/support/server.py."""

import json
import time

MEDIA_PROBLEM = "application/problem+json"


def problem(response, status: int, kind: str) -> dict:
    """The problem details of an error answer, checked against RFC 9457 and our conventions."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == MEDIA_PROBLEM
    body = response.json()
    assert body["type"] == f"/v1/problems/{kind}"
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert body["request_id"] == response.headers["x-request-id"]
    return body


def fields(body: dict) -> dict[str, str]:
    return {p["field"]: p["problem"] for p in body["problems"]}


def log_entry(server, request_id: str) -> dict:
    """The log line of a request (the server writes it once the answer is sent)."""
    for _ in range(100):
        for line in server.log_lines():
            if request_id in line:
                return json.loads(line)
        time.sleep(0.05)
    raise AssertionError(f"no log line for {request_id}")
