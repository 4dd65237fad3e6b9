"""The law, the formats, the operations endpoints and the OpenAPI document of the registry
service, through a real HTTP client against a running `nationality serve`."""

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from schemas.export import schema
from service.api.app import create_app
from service.api.config import load_settings
from service.api.problems import KINDS
from tests.support import problem

ROOT = Path(__file__).resolve().parent.parent
# the seven MIRPS states and, since issue 13, the six countries of origin
STATES = ["BZ", "CO", "CR", "CU", "GT", "HN", "HT", "MX", "NI", "PA", "SV", "US", "VE"]


def test_rulepack_names_the_law_every_answer_carries(server, engine):
    with server.client() as client:
        body = client.get("/v1/rulepack").json()
    assert body == {
        "version": engine.law.version,
        "digest": engine.law.digest,
        "countries": STATES,
        "rules": sum(len(c.rules) for c in engine.law.countries.values()),
    }


def test_countries_with_their_procedures_and_sources(server):
    with server.client() as client:
        english = client.get("/v1/countries", params={"lang": "en"}).json()
        spanish = client.get("/v1/countries").json()  # as `nationality rules`: Spanish
    assert [c["code"] for c in english] == STATES
    assert {c["code"]: c["name"] for c in spanish}["BZ"] == "Belice"
    costa_rica = english[STATES.index("CR")]
    assert costa_rica["rules"] > 0
    assert costa_rica["statelessness"]["procedure"] is True
    assert costa_rica["statelessness"]["conventions"]["1954"] == "party since 1977-11-02"
    assert costa_rica["sources"][0]["instrument"].startswith("Constitución Política")


def test_rules_with_citations_and_dates_in_force(server, engine):
    with server.client() as client:
        every = client.get("/v1/rules").json()
        mexico = client.get("/v1/rules", params={"country": "mx", "lang": "es"}).json()
    assert len(every) == sum(len(c.rules) for c in engine.law.countries.values())
    assert all(rule["citations"] and rule["in_force"]["from"] for rule in every)
    assert mexico and all(rule["id"].startswith("MX.") for rule in mexico)
    by_id = {rule["id"]: rule for rule in every}
    cr = by_id["CR.birth.soli_foreign_parents"]
    assert cr["citations"] == ["Constitución Política, art. 13 inc. 3"]
    assert cr["in_force"] == {"from": "1949-11-08", "to": None}


def test_rules_of_a_state_without_a_pack_or_a_malformed_code(server):
    with server.client() as client:
        missing = problem(client.get("/v1/rules", params={"country": "AR"}), 404, "not-found")
        malformed = client.get("/v1/rules", params={"country": "NIC"})
    assert "no rule pack for AR" in missing["detail"]
    assert "query.country" in problem(malformed, 422, "invalid-request")["detail"]


def test_one_rule_in_full(server):
    with server.client() as client:
        rule = client.get("/v1/rules/CR.birth.soli_foreign_parents").json()
        spanish = client.get("/v1/rules/CR.birth.soli_foreign_parents?lang=es").json()
    assert rule["country"] == "CR"
    assert rule["outcome"] == "conditional"
    assert rule["sources"][0]["url"].startswith("https://")
    assert rule["sources"][0]["text"].startswith("3) El hijo de padres extranjeros")
    assert rule["requires"][0]["act"] == "registration"
    assert spanish["title"].startswith("Nacido en Costa Rica")


def test_an_unknown_or_malformed_rule_id(server):
    with server.client() as client:
        unknown = client.get("/v1/rules/CR.birth.nothing_such")
        malformed = client.get("/v1/rules/not-a-rule")
    assert "CR.birth.nothing_such" in problem(unknown, 404, "not-found")["detail"]
    assert "path.rule_id" in problem(malformed, 422, "invalid-request")["detail"]


@pytest.mark.parametrize(
    "name",
    [
        "case",
        "determination",
        "case-error",
        "batch-line",
        "reform",
        "impact-request",
        "audit-request",
    ],
)
def test_json_schemas_are_served_as_exported(server, name):
    with server.client(None) as client:  # no key needed: they are the contract
        response = client.get(f"/v1/schemas/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/schema+json"
    assert response.json() == schema(name)
    committed = ROOT / "schemas" / "json" / f"{name}.schema.json"
    assert response.json() == json.loads(committed.read_text(encoding="utf-8"))


def test_an_unknown_schema(server):
    with server.client(None) as client:
        problem(client.get("/v1/schemas/rule-file"), 422, "invalid-request")


def test_every_problem_type_is_described_where_it_points(server):
    with server.client(None) as client:
        for kind, meaning in KINDS.items():
            described = client.get(f"/v1/problems/{kind}").json()
            assert described["type"] == f"/v1/problems/{kind}"
            assert described["status"] == meaning.status
            assert described["description"] == meaning.description
        problem(client.get("/v1/problems/nothing"), 422, "invalid-request")


def test_health_and_readiness_need_no_key(server, engine):
    with server.client(None) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz").json()
    assert ready == {"status": "ready", "rulepack": engine.ref.model_dump()}


def test_unknown_paths_and_methods_are_problems(server):
    with server.client() as client:
        missing = problem(client.get("/v2/screen"), 404, "not-found")
        wrong = client.delete("/v1/screen")
    assert missing["instance"] == "/v2/screen"
    assert problem(wrong, 405, "method-not-allowed")["detail"] == "DELETE is not allowed here"
    assert wrong.headers["allow"] == "POST"


# --- the OpenAPI document ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def document(server):
    with server.client(None) as client:
        return client.get("/openapi.json").json()


def operations(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_openapi_documents_every_endpoint(document):
    documented = {(path, method) for path, method, _ in operations(document)}
    assert documented == {
        ("/v1/screen", "post"),
        ("/v1/batch", "post"),
        ("/v1/rulepack", "get"),
        ("/v1/countries", "get"),
        ("/v1/rules", "get"),
        ("/v1/rules/{rule_id}", "get"),
        ("/v1/reforms", "get"),
        ("/v1/reforms/impact", "post"),
        ("/v1/audit", "post"),
        ("/v1/scorecard", "get"),
        ("/v1/scorecard", "post"),
        ("/v1/schemas/{name}", "get"),
        ("/v1/problems/{kind}", "get"),
        ("/healthz", "get"),
        ("/readyz", "get"),
    }
    for path, method, operation in operations(document):
        assert operation["summary"] and operation["description"], (path, method)


def test_openapi_has_examples_and_problem_details_everywhere(document):
    for path, method, operation in operations(document):
        examples = [
            media
            for part in [operation.get("requestBody", {})] + list(operation["responses"].values())
            for media in part.get("content", {}).values()
            if "example" in media or "examples" in media
        ]
        assert examples, f"{method} {path} has no example"
        ok = next(iter(operation["responses"]["200"]["content"].values()))
        assert "example" in ok or "examples" in ok, f"{method} {path} shows no answer"
        for status, response in operation["responses"].items():
            if int(status) >= 400:
                content = response["content"]
                assert list(content) == ["application/problem+json"], (path, status)
                ref = content["application/problem+json"]["schema"]["$ref"]
                assert ref == "#/components/schemas/ProblemDetails"
                assert content["application/problem+json"]["example"]["status"] == int(status)


def test_openapi_law_examples_are_the_answers(server, document):
    """The examples are what the service answers (the document is built from the same law)."""
    with server.client() as client:
        for path in ("/v1/rulepack", "/v1/rules/{rule_id}", "/v1/rules", "/v1/countries"):
            operation = document["paths"][path]["get"]
            example = operation["responses"]["200"]["content"]["application/json"]["example"]
            answer = client.get(path.replace("{rule_id}", "CR.birth.soli_foreign_parents"))
            got = answer.json()
            assert example == (got[: len(example)] if isinstance(got, list) else got), path
    schema_example = document["paths"]["/v1/schemas/{name}"]["get"]["responses"]["200"]
    assert schema_example["content"]["application/schema+json"]["example"]["title"] == "CaseError"


def test_openapi_screen_examples_are_real_answers(server, document):
    """Each request example has the answer of the same name, and it is what the service says."""
    screen = document["paths"]["/v1/screen"]["post"]
    requests = screen["requestBody"]["content"]["application/json"]
    assert requests["schema"] == {"$ref": "#/components/schemas/Case"}
    answers = screen["responses"]["200"]["content"]["application/json"]
    assert answers["schema"] == {"$ref": "#/components/schemas/Determination"}
    assert (
        list(answers["examples"])
        == list(requests["examples"])
        == ["child_of_migrants", "foundling"]
    )
    with server.client() as client:
        for name, example in requests["examples"].items():
            answer = client.post("/v1/screen", json=example["value"])
            assert answer.status_code == 200
            assert answer.json() == answers["examples"][name]["value"], name


def test_openapi_says_which_endpoints_need_a_key(document):
    schemes = document["components"]["securitySchemes"]
    assert schemes == {
        "APIKeyHeader": {
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
            "description": "a key configured for this service",
        }
    }
    keyed = {path for path, _, op in operations(document) if op.get("security")}
    assert keyed == {"/v1/screen", "/v1/batch", "/v1/rulepack", "/v1/countries", "/v1/rules",
                     "/v1/rules/{rule_id}", "/v1/reforms", "/v1/reforms/impact",
                     "/v1/audit", "/v1/scorecard"}  # fmt: skip
    assert document["info"]["x-rulepack"]["digest"].startswith("sha256:")


# --- the caseworker's pages, served beside the API --------------------------------------------


def test_the_caseworker_pages_are_served_at_the_root(server):
    with server.client(None) as client:
        page = client.get("/?lang=es")
        asset = client.get("/static/page.css")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<form" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert asset.status_code == 200
    assert asset.headers["cache-control"] == "max-age=3600"  # kept: not about a person


def test_the_pages_can_be_left_out(engine):
    settings = load_settings(env={"NATIONALITY_PAGES": "false"})
    app = create_app(settings, engine)

    async def get(path):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(path)

    assert settings.pages is False
    problem(asyncio.run(get("/")), 404, "not-found")
    assert asyncio.run(get("/healthz")).status_code == 200
