"""The OpenAPI document of the registry service: enough for a registry to integrate from alone.

Request bodies are read by the engine's own validation (not by FastAPI), so their schemas are
added here from the pydantic models; every error answer is documented as problem details; and
the examples are real: made by the same code that answers (the engine, the lab, the key checks,
the body limit) from the data in service/api/examples.py. The examples that screen or run the
lab are made when the document is first asked for, not when the app is built.
"""

import functools
from collections.abc import Callable
from typing import Literal, Protocol

from fastapi import FastAPI, Path, Request, Response
from fastapi.openapi.utils import get_openapi

from engine import Engine
from engine.lab.run import Lab, TooManyCases
from engine.loader import Law
from schemas.case import Case, read_case
from schemas.export import schema as json_schema
from schemas.lab import EXAMPLE_CASE as REFORMED_CASE
from schemas.lab import SHIPPED, AuditRequest, ImpactRequest
from schemas.scorecard import ScorecardRequest
from service.api import headers
from service.api.access import Access
from service.api.config import ApiKey, Limits, Settings
from service.api.contract import for_generators
from service.api.examples import (
    AUDIT_EXAMPLE,
    EXAMPLE_CASE,
    EXAMPLE_RULE,
    FOUNDLING_CASE,
    IMPACT_EXAMPLE,
    INVALID_CASE,
    INVALID_REFORM,
    unencoded,
)
from service.api.guard import too_large
from service.api.lab_problems import answer, problem
from service.api.problems import KINDS, MEDIA_TYPE, Problem, ProblemDetails, describe, field
from service.api.requests import invalid_case, parse_json, require_json
from service.documents import answer_dict
from service.reports.lab import impact_csv

# the formats a client sends or reads (rule packs are the service's own, not served)
SERVED_SCHEMAS = (
    "case",
    "determination",
    "case-error",
    "batch-line",
    "reform",
    "impact-request",
    "audit-request",
    "scorecard",
    "scorecard-request",
)
SchemaName = Literal[SERVED_SCHEMAS]  # type: ignore[valid-type]
ProblemName = Literal[tuple(KINDS)]  # type: ignore[valid-type]
RULE_ID_PATH = Path(
    pattern=r"^[A-Z]{2}\.[a-z0-9_]+\.[a-z0-9_]+$",
    description="<ISO>.<topic>.<name>, as listed by /v1/rules",
    examples=[EXAMPLE_RULE],
)
REF = "#/components/schemas/{model}"
REQUEST_ID = "4f0c2a6e9b8d4a1f8e2b7c3d5a6f9e01"
# a key holding one scope, with a burst of one: the example key of the refusals
EXAMPLE_KEY = ApiKey(id="registry-a", sha256="0" * 64, scopes=["screen"], burst=1)
MALFORMED = b'{"id": "CASE-1",\n "as_of": "2025-06-01"\n    "person": {}}'  # a comma missing


class Documented(Protocol):
    """What the examples are made with: the service's settings, engine and lab, and its
    screening of batch records (service/api/state.py's Service)."""

    settings: Settings
    engine: Engine
    lab: Lab

    def screen_records(self, records: list, lang: str | None, explain: bool) -> bytes: ...


class Docs:
    """The OpenAPI keyword arguments of each route (responses, examples), and the examples
    that are made only when the document is built (`finish`)."""

    def __init__(self, service: Documented):
        self.service, self.limits = service, service.settings.limits
        # (path, status, media type, example name) -> what makes the example, and its summary
        self.late: dict[tuple, tuple[Callable[[], object], str]] = {}
        self.finishing: list[Callable[[dict], None]] = []  # what else completes the document

    def _later(
        self, path: str, status: int, media: str, make, name=None, summary="", method=None
    ) -> None:
        """An example made when the document is built; `name`: the request example it answers
        (None: the only one); `method`: where a path has several operations."""
        self.late[(path, method, status, media, name)] = (make, summary)

    def _errors(self, *statuses: int, **examples: Problem) -> dict:
        defaults = {
            400: refusal(parse_json, MALFORMED),
            401: refusal(Access((), self.limits).identify, None),
            403: refusal(_access(self.limits).authorize, EXAMPLE_KEY, "batch"),
            413: too_large(self.limits.max_body_bytes),
            406: Problem("not-acceptable", "this endpoint answers application/json, not text/csv"),
            415: refusal(require_json, asking(content_type="text/plain")),
            422: Problem(
                "invalid-request",
                "query.lang: Input should be 'es' or 'en'",
                field("query.lang", "Input should be 'es' or 'en'"),
            ),
            429: _rate_limited(self.limits),
            500: Problem("internal-error", "the service failed on this request"),
            503: Problem("not-ready", "the service is starting or stopping"),
        }
        return {
            status: _problem_response(examples.get(f"e{status}") or defaults[status])
            for status in statuses
        }

    def screen(self) -> dict:
        """The Determination of each example case; the problem of an invalid one (the case is
        read as the engine reads it: nothing is screened)."""
        engine = self.service.engine
        invalid = invalid_case(read_case(INVALID_CASE))
        responses = {
            200: {"description": "the Determination"},
            **self._errors(400, 401, 403, 413, 415, 422, 429, 500, e422=invalid),
        }
        body = {
            "required": True,
            "description": "one case (case-format.md); unknown fields are errors",
            "content": {
                "application/json": {
                    "schema": {"$ref": REF.format(model="Case")},
                    "examples": self.answered(
                        "/v1/screen",
                        {
                            "child_of_migrants": {
                                "summary": "born in Costa Rica to a Nicaraguan mother, "
                                "unregistered",
                                "value": EXAMPLE_CASE,
                            },
                            "foundling": {
                                "summary": "a child found in Honduras",
                                "value": FOUNDLING_CASE,
                            },
                        },
                        lambda case: _plain(engine.screen_data(case)),
                    ),
                }
            },
        }
        return {"responses": responses, "openapi_extra": {"requestBody": body}}

    def answered(
        self, path: str, examples: dict, answer, media: str = "application/json", method=None
    ):
        """The request `examples`, each answered by the response example of the same name:
        `answer` of its value, made when the document is built."""
        for name, example in examples.items():
            value, summary = example["value"], example["summary"]
            self._later(path, 200, media, lambda v=value: answer(v), name, summary, method)
        return examples

    def finish(self, doc: dict) -> None:
        """The examples made now: the answers (which can hold nulls that FastAPI's builder
        would leave out), and those that screen or run the lab."""
        for (path, method, status, media, name), (make, summary) in self.late.items():
            operations = doc["paths"][path]
            operation = operations[method] if method else next(iter(operations.values()))
            content = operation["responses"][str(status)].setdefault("content", {})
            if name is None:
                content.setdefault(media, {})["example"] = make()
            else:
                named = content.setdefault(media, {}).setdefault("examples", {})
                named[name] = {"summary": summary, "value": make()}
        for finish in self.finishing:
            finish(doc)

    def impact(self) -> dict:
        """A real impact of a shipped reform on a small population (as JSON and CSV), and the
        real refusals of an unknown name and of a reform that is not valid."""
        lab = self.service.lab
        examples = {}
        responses = {
            200: {
                "description": "the ImpactReport; `?format=csv`: one row per changed case and "
                "state; `?format=html`: a self-contained page with charts, which loads nothing "
                "(each is text of its media type, never JSON)",
                "content": {
                    "application/json": {},
                    "text/csv": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                },
            }
        }
        if SHIPPED in lab.shipped:  # the law's own reform, when the rules directory has it
            reform = lab.shipped[SHIPPED].model_dump(mode="json", by_alias=True, exclude_unset=True)
            uploaded = {"reform": reform, "population": {"cases": [REFORMED_CASE]}, "examples": 1}
            examples = {
                "shipped": {
                    "summary": "a shipped reform, over children born in Costa Rica",
                    "value": IMPACT_EXAMPLE,
                },
                "uploaded": {"summary": "your own reform, over your own case", "value": uploaded},
            }
            self._impact_examples(examples)
        responses |= self._errors(
            400, 401, 403, 404, 413, 415, 422, 429, 500,
            e404=_lab_refusal(lab.engines, ImpactRequest(shipped="cr-nothing-such")),
            e413=self._too_many_cases(),
            e422=_lab_refusal(lab.engines, ImpactRequest(reform=INVALID_REFORM)),
        )  # fmt: skip
        return {"responses": responses, "openapi_extra": self._lab_body("ImpactRequest", examples)}

    def _impact_examples(self, examples: dict) -> None:
        """Each example's impact is made once, for its JSON and its CSV: it compiles the
        reform."""
        lab, path = self.service.lab, "/v1/reforms/impact"
        for name, example in examples.items():
            asked = ImpactRequest.model_validate(example["value"])
            report = functools.cache(lambda asked=asked: lab.impact(asked, "es"))
            summary = example["summary"]
            self._later(path, 200, "application/json", lambda r=report: _plain(r()), name, summary)
            self._later(path, 200, "text/csv", lambda r=report: impact_csv(r()), name, summary)

    def audit(self) -> dict:
        """A real audit of one case, and the real refusals of an unknown name and a state
        without a rule pack."""
        lab, law = self.service.lab, self.service.engine.law
        examples = {
            "one_case": {"summary": "Costa Rica's rules, over one case", "value": AUDIT_EXAMPLE},
            "witnesses": {
                "summary": "Mexico's rules, over a case for each way each rule applies",
                "value": {"countries": ["MX"]},
            },
        }
        self.answered(
            "/v1/audit",
            examples,
            lambda asked: _plain(lab.audit(AuditRequest.model_validate(asked), "es")),
        )
        responses = {
            200: {"description": "the AuditReport"},
            **self._errors(
                400, 401, 403, 404, 413, 415, 422, 429, 500,
                e404=_lab_refusal(lab.engines, AuditRequest(shipped="cr-nothing-such")),
                e413=self._too_many_cases(),
                e422=_lab_refusal(lab.audit, AuditRequest(countries=[unencoded(law)]), "es"),
            ),
        }  # fmt: skip
        return {"responses": responses, "openapi_extra": self._lab_body("AuditRequest", examples)}

    def _too_many_cases(self) -> Problem:
        limit = self.limits.max_lab_cases
        asked = ImpactRequest(shipped=SHIPPED)
        return problem(TooManyCases("population.sample", limit + 1, limit), asked)

    def _lab_body(self, model: str, examples: dict) -> dict:
        limits = self.limits
        body = {
            "required": True,
            "description": f"At most {limits.max_lab_cases} cases, sent or generated, and "
            f"{limits.max_batch_bytes} bytes; unknown fields are errors.",
            "content": {
                "application/json": {
                    "schema": {"$ref": REF.format(model=model)},
                    "examples": examples,
                }
            },
        }
        return {"requestBody": body}

    def law(self, path: str, example, missing: str | None = None) -> dict:
        """A law endpoint: its answer, taken from the law the service runs, as the example."""
        self._later(path, 200, "application/json", lambda: _plain(example))
        statuses = (401, 403, 404, 422, 429) if missing else (401, 403, 422, 429)
        return {"responses": self._errors(*statuses, e404=Problem("not-found", missing or ""))}

    def schema(self) -> dict:
        *first, last = (f"'{name}'" for name in SERVED_SCHEMAS)
        words = f"Input should be {', '.join(first)} or {last}"
        invalid = Problem("invalid-request", f"path.name: {words}", field("path.name", words))
        self._later(
            "/v1/schemas/{name}", 200, "application/schema+json", lambda: json_schema("case-error")
        )
        return {
            "response_class": SchemaResponse,
            "responses": {
                200: {
                    "description": "a JSON Schema, draft 2020-12 (the example: case-error)",
                    "content": {"application/schema+json": {"schema": {"type": "object"}}},
                },
                **self._errors(422, e422=invalid),
            },
        }

    def problem_kind(self) -> dict:
        example = describe("invalid-case").model_dump()
        return {
            "responses": {
                200: {"content": {"application/json": {"example": example}}},
                **self._errors(422),
            }
        }

    def health(self) -> dict:
        return {
            "responses": {200: {"content": {"application/json": {"example": {"status": "ok"}}}}}
        }

    def ready(self) -> dict:
        example = {"status": "ready", "rulepack": self.service.engine.ref.model_dump()}
        return {
            "responses": {
                200: {"content": {"application/json": {"example": example}}},
                **self._errors(503),
            }
        }


def _problem_response(problem: Problem) -> dict:
    return {
        "description": KINDS[problem.kind].title,
        "content": {
            MEDIA_TYPE: {
                "schema": {"$ref": REF.format(model="ProblemDetails")},
                "example": _details(problem),
            }
        },
    }


def _details(problem: Problem) -> dict:
    example = problem.details("/v1/...", REQUEST_ID)
    return example.model_dump(mode="json", exclude_none=True)


def asking(**headers: str) -> Request:
    """A request with these headers (content_type: Content-Type), for an example refusal."""
    sent = [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "headers": sent})


def refusal(answer, *args) -> Problem:
    """The Problem the service's own code answers with: an error example as it is."""
    try:
        answer(*args)
    except Problem as problem:
        return problem
    raise RuntimeError("an error example was answered")


def _lab_refusal(run, asked, *args) -> Problem:
    """The Problem the service answers a lab request with (service/api/lab_problems.py)."""
    return refusal(answer, run, asked, *args)


def _access(limits: Limits) -> Access:
    """The key checks as the service makes them, knowing only the example key, at a fixed
    time."""
    return Access((EXAMPLE_KEY,), limits, clock=lambda: 0.0)


def _rate_limited(limits: Limits) -> Problem:
    """The example key's second request in the same instant: over its burst of one."""
    access = _access(limits)
    access.authorize(EXAMPLE_KEY, "screen")
    return refusal(access.authorize, EXAMPLE_KEY, "screen")


class SchemaResponse(Response):
    media_type = "application/schema+json"


def _plain(value):
    """Models (or lists of them) as the JSON they are sent as."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return answer_dict(value)


def document(app: FastAPI, docs: Docs) -> dict:
    """The OpenAPI document, built once: FastAPI's, plus the request schemas it cannot see."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=TAGS,
    )
    components = doc.setdefault("components", {}).setdefault("schemas", {})
    for model in (Case, ImpactRequest, AuditRequest, ScorecardRequest):
        _add_schema(components, model)
    _add_schema(components, ProblemDetails, "serialization")
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    doc["info"]["x-rulepack"] = docs.service.engine.ref.model_dump()
    docs.finish(doc)
    headers.declare(doc)
    for_generators(doc, REF)
    app.openapi_schema = doc
    return doc


def _add_schema(components: dict, model, mode: str = "validation") -> None:
    schema = model.model_json_schema(ref_template=REF, by_alias=True, mode=mode)
    for name, definition in {**schema.pop("$defs", {}), model.__name__: schema}.items():
        if components.get(name, definition) != definition:
            raise RuntimeError(f"two different schemas named {name} in the OpenAPI document")
        components[name] = definition


TAGS = [
    {"name": "screening", "description": "Screen cases: the engine's Determination."},
    {"name": "law", "description": "The rule packs: states, rules, citations, dates in force."},
    {
        "name": "lab",
        "description": "The reform lab, for legal drafters: what a reform would change, and to "
        "whom; which rules distinguish by a protected fact (docs/reforms.md).",
    },
    {"name": "formats", "description": "JSON Schemas of the formats; meanings of error types."},
    {"name": "operations", "description": "Liveness and readiness, without a key."},
]


def description(settings: Settings, law: Law) -> str:
    limits = settings.limits
    kinds = "\n".join(f"- `{name}` ({k.status}): {k.description}" for name, k in KINDS.items())
    return f"""
Nationality determination and statelessness screening for the seven MIRPS states
({", ".join(sorted(law.countries))}), law version {law.version}. The case and the Determination are
those of `case-format.md`; their JSON Schemas are at `/v1/schemas/case` and
`/v1/schemas/determination`. Every Determination names the rule pack version and digest that
produced it. Desk research, not legal advice.

**Keys.** Send `X-API-Key`. A key has scopes: `screen` (/v1/screen), `batch` (/v1/batch), `law`
(/v1/rulepack, /v1/countries, /v1/rules), `lab` (/v1/reforms, /v1/reforms/impact, /v1/audit).
**401**: no key, or a key this service does not know. **403**: a known key that is disabled, or
lacks the endpoint's scope. **429**: over the key's rate limit ({limits.rate_per_minute} requests
per minute by default, bursts of {limits.burst}); wait `Retry-After` seconds.

**Language** of titles, reasons and authorities: `?lang=es|en`, else `Accept-Language`; else, for
a screening, the language of the states involved (Spanish, or English when only Belize's law is)
and, for the law and the lab's reports, Spanish, as the command line does. `?explain=true` adds
to each answer why, why not, what would change it and by when.

**Limits.** {limits.max_body_bytes} bytes for a request body, {limits.max_batch_bytes} bytes and
{limits.max_batch_cases} cases for a batch; {limits.max_batch_bytes} bytes and
{limits.max_lab_cases} cases, sent or generated, for a lab request; over them: **413**.

**Errors** are RFC 9457 problem details (`application/problem+json`): `type`, `title`, `status`,
`detail`, `request_id`, and `problems`, a list of `{{field, problem}}` naming each field at fault
as `person.birth_date` or `parents[0].nationalities[1].country`. Bad input is never a 500. Types:

{kinds}

**Privacy.** Cases and Determinations are neither stored nor logged; answers carry
`Cache-Control: no-store`. A request's log line holds its `X-Request-ID`, the key id, the rule
pack version and the outcome. The `X-Request-ID` of the answer is the client's own when it sends
one of 1 to 64 letters, digits, dots, underscores and hyphens; otherwise the service makes one.

**Media types.** Bodies are `application/json` (a batch: also NDJSON, `application/x-ndjson`,
or its other names `application/jsonl`, `application/ndjson`); a missing or other Content-Type
is **415**, naming those read. A batch is answered in NDJSON, or as a JSON array when the
Accept header prefers `application/json`; an Accept neither meets is **406**.
"""
