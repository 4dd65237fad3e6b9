"""The API as a registry integrates it: a Python client generated from the served /openapi.json
(openapi-python-client) screens, reads the law, runs the lab and meets every error the service
answers through its own typed calls; and pydantic models generated from the served JSON Schemas
(datamodel-code-generator) carry the worked cases and the answers without changing them. So
the document cannot drift from what generators read (issue 18)."""

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml

from schemas.case import Case
from schemas.determination import Determination
from service.api.examples import EXAMPLE_CASE, EXAMPLE_RULE
from service.documents import answer_dict
from tests.conftest import WORKED_CASES
from tests.support.server import LIMITS, key

BIN = Path(sys.executable).parent
PACKAGE, MODELS = "registry_client", "registry_models"
# the generator's settings: a package name of our choosing, and no formatting (seconds saved)
CONFIG = f"package_name_override: {PACKAGE}\npost_hooks: []\n"


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def api(server, tmp_path_factory):
    """The generated client package, imported; the calls take a client made by `connect`."""
    folder = tmp_path_factory.mktemp("generated")
    (folder / "openapi.json").write_text(served_document(server).text)
    (folder / "config.yaml").write_text(CONFIG)
    _run(
        str(BIN / "openapi-python-client"), "generate", "--meta", "none",
        "--path", str(folder / "openapi.json"), "--config", str(folder / "config.yaml"),
        "--output-path", str(folder / PACKAGE),
    )  # fmt: skip
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def document(server) -> dict:
    return served_document(server).json()


# the only fields an answer may leave out: what was not asked for (explain), a batch's line,
# and what a problem cannot say (service/documents.py, service/api/problems.py)
LEFT_OUT = {
    "Determination": {"actions"},
    "CountryResult": {"explanation"},
    "CaseError": {"line"},
    "ProblemDetails": {"instance", "request_id", "case_id"},
}


def _answer_components(document: dict) -> set[str]:
    """The components an answer is made of: those its response schemas reach."""
    found, pending = set(), [r for p in document["paths"].values() for o in p.values()
                             for r in o["responses"].values()]  # fmt: skip
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            ref = item.get("$ref", "")
            ref = ref.removeprefix("#/components/schemas/") if "/schemas/" in ref else ""
            if ref and ref not in found:
                found.add(ref)
                pending.append(document["components"]["schemas"][ref])
            pending.extend(v for k, v in item.items() if k not in ("example", "examples"))
    return found


def test_answer_schemas_require_every_field_always_sent(document, server):
    answers = _answer_components(document)
    assert {"Determination", "CountryResult", "Condition", "Referral", "Source", "InForce",
            "ProblemDetails", "RuleDetail", "Health", "Readiness"} <= answers  # fmt: skip
    schemas = document["components"]["schemas"]
    for name in answers:
        properties = set(schemas[name].get("properties", ()))
        optional = properties - set(schemas[name].get("required", ()))
        assert optional == LEFT_OUT.get(name, set()), name
    with httpx.Client(base_url=server.url, headers={"X-API-Key": key("full")}) as client:
        answer = client.post("/v1/screen", json=EXAMPLE_CASE).json()
        problem = client.get("/v1/rules/CR.birth.nothing_such").json()
    assert set(answer) == set(schemas["Determination"]["required"])
    assert set(problem) == set(schemas["ProblemDetails"]["required"]) | {"instance", "request_id"}


def test_operations_have_short_ids_and_shared_enums_one_component(document):
    ids = [op["operationId"] for path in document["paths"].values() for op in path.values()]
    assert len(set(ids)) == len(ids) == 15
    assert all(re.fullmatch("[a-z][a-zA-Z]{2,15}", i) for i in ids), ids
    assert {"screen", "batch", "listRules", "getRule"} <= set(ids)
    text = json.dumps(document)
    assert text.count('"AD"') == 1 and text.count('"enum": ["es", "en"]') == 1
    schemas = document["components"]["schemas"]
    assert schemas["CountryCode"]["enum"] == sorted(schemas["CountryCode"]["enum"])
    assert len(schemas["CountryCode"]["enum"]) > 240 and schemas["Lang"]["enum"] == ["es", "en"]
    assert text.count('"#/components/schemas/CountryCode"') >= 14
    assert text.count('"#/components/schemas/Lang"') >= 8
    for path, status in (("/healthz", "200"), ("/readyz", "200")):
        ok = document["paths"][path]["get"]["responses"][status]["content"]["application/json"]
        assert ok["schema"]["$ref"] in ("#/components/schemas/Health",
                                        "#/components/schemas/Readiness")  # fmt: skip


def served_document(server) -> httpx.Response:
    """The document as served: its first build makes every example, seconds on a busy machine."""
    with server.client(None) as client:
        return client.get("/openapi.json")


def connect(api, server, key_name: str | None = "full"):
    """A client as the README says to make one: the key in X-API-Key, no prefix; every status
    the document does not declare raises."""
    if key_name is None:
        return api.Client(base_url=server.url, raise_on_unexpected_status=True)
    return api.AuthenticatedClient(
        base_url=server.url,
        token=key(key_name),
        prefix="",
        auth_header_name="X-API-Key",
        raise_on_unexpected_status=True,
    )


def call(api, operation: str):
    """The generated module of an operation, e.g. call(api, "law.list_rules")."""
    return importlib.import_module(f"{PACKAGE}.api.{operation}")


def test_a_generated_client_screens_a_case(api, server):
    models = importlib.import_module(f"{PACKAGE}.models")
    case = models.Case.from_dict(EXAMPLE_CASE)
    case.person.registrations = None  # what generated types send for "none"
    case.grandparents = None
    with connect(api, server) as client:
        answer = call(api, "screening.screen").sync(client=client, body=case, lang=models.Lang.EN)
    assert isinstance(answer, models.Determination), answer
    with httpx.Client(base_url=server.url, headers={"X-API-Key": key("full")}) as raw:
        direct = raw.post("/v1/screen", params={"lang": "en"}, json=EXAMPLE_CASE).json()
    assert answer.to_dict() == direct
    costa_rica = answer.nationality["CR"]
    assert isinstance(costa_rica.rules, list) and isinstance(costa_rica.basis, list)
    assert answer.case_id == EXAMPLE_CASE["id"]


def test_a_generated_client_reads_the_law(api, server):
    with connect(api, server) as client:
        pack = call(api, "law.get_rule_pack").sync(client=client)
        countries = call(api, "law.list_countries").sync(client=client)
        rules = call(api, "law.list_rules").sync(client=client, country="CR")
        rule = call(api, "law.get_rule").sync(client=client, rule_id=EXAMPLE_RULE)
    assert "CR" in pack.countries and "CR" in {c.code for c in countries}
    assert rules and {r.id.split(".")[0] for r in rules} == {"CR"}
    assert rule.id == EXAMPLE_RULE and rule.sources and rule.in_force.from_


def test_a_generated_client_runs_the_lab(api, server):
    models = importlib.import_module(f"{PACKAGE}.models")
    asked = models.AuditRequest.from_dict(
        {"countries": ["CR"], "witnesses": False, "population": {"cases": [EXAMPLE_CASE]}}
    )
    with connect(api, server) as client:
        reforms = call(api, "lab.list_reforms").sync(client=client)
        audit = call(api, "lab.audit").sync(client=client, body=asked)
    assert reforms and all(r.name for r in reforms)
    assert isinstance(audit, models.AuditReport), audit
    assert audit.population.cases == 1


def _too_large_case() -> dict:
    stay = {"country": "CR", "from": "2001-02-14", "status": "irregular"}
    return EXAMPLE_CASE | {"person": EXAMPLE_CASE["person"] | {"residence": [stay] * 2000}}


def test_every_error_the_service_answers_is_typed_by_the_generated_client(api, server):
    """Each status a client can cause, met through the generated calls (a malformed body and a
    foreign media type, which a typed call cannot send, are read by its response parser)."""
    models = importlib.import_module(f"{PACKAGE}.models")
    screen = call(api, "screening.screen")
    born_later = EXAMPLE_CASE | {"as_of": "2000-01-01"}
    with connect(api, server) as client, connect(api, server, "screener") as screener:
        answers = {
            401: screen.sync(client=connect(api, server, None), body=models.Case.from_dict({
                "person": {"birth_date": "2001-02-14"}})),
            403: call(api, "law.list_rules").sync(client=screener),
            404: call(api, "law.get_rule").sync(client=client, rule_id="CR.birth.nothing_such"),
            413: screen.sync(client=client, body=models.Case.from_dict(_too_large_case())),
            422: screen.sync(client=client, body=models.Case.from_dict(born_later)),
        }  # fmt: skip
        batch = [models.Case.from_dict(EXAMPLE_CASE)] * (LIMITS["max_batch_cases"] + 1)
        answers[413.1] = call(api, "screening.batch").sync(client=client, body=batch)
        raw = client.get_httpx_client()
        for status, content, media in ((400, b"{", "application/json"), (415, b"{}", "text/plain")):
            response = raw.post("/v1/screen", content=content, headers={"Content-Type": media})
            answers[status] = screen._build_response(client=client, response=response).parsed
    with connect(api, server, "slow") as slow:
        for _ in range(3):
            answers[429] = call(api, "law.get_rule_pack").sync(client=slow)
    for status, problem in answers.items():
        assert isinstance(problem, models.ProblemDetails), (status, problem)
        assert problem.status == int(status) and problem.detail and problem.type_, problem


# --- datamodel-code-generator: the case and the determination, round trip ---------------------


@pytest.fixture(scope="module")
def generated_models(server, tmp_path_factory):
    """Pydantic models generated from the served JSON Schemas of the case and the answer (one
    generator run, one module each)."""
    folder = tmp_path_factory.mktemp("models")
    (folder / "schemas").mkdir()
    for name in ("case", "determination"):
        served = httpx.get(f"{server.url}/v1/schemas/{name}").text
        (folder / "schemas" / f"{name}.json").write_text(served)
    _run(
        str(BIN / "datamodel-codegen"), "--input", str(folder / "schemas"),
        "--output", str(folder / MODELS), "--input-file-type", "jsonschema",
        "--output-model-type", "pydantic_v2.BaseModel", "--formatters", "builtin",
    )  # fmt: skip
    sys.path.insert(0, str(folder))
    try:
        yield {
            "case": importlib.import_module(f"{MODELS}.case").Case,
            "determination": importlib.import_module(f"{MODELS}.determination").Determination,
        }
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m.split(".")[0] == MODELS]:
            del sys.modules[name]


def test_worked_cases_round_trip_through_generated_models(generated_models, engine):
    """Every worked case, through the generated Case and dumped with every field (nulls and
    defaults included, as generated clients send), screens to the same answer; each answer,
    through the generated Determination and back, is the same answer."""
    cases = []
    for path in sorted(WORKED_CASES.glob("*.yaml")):
        cases += json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
    assert len(cases) > 80
    for case in cases:
        sent = generated_models["case"].model_validate(case)
        dumped = sent.model_dump(mode="json", by_alias=True, exclude_unset=False)
        assert None in dumped["person"].values()  # the generated model sends its nulls
        answer = engine.screen_data(dumped)
        assert isinstance(answer, Determination), (case["id"], answer)
        assert answer == engine.screen(Case.model_validate(case)), case["id"]
        read = generated_models["determination"].model_validate(answer_dict(answer))
        back = read.model_dump(mode="json", by_alias=True, exclude_unset=False)
        assert Determination.model_validate(back) == answer, case["id"]
