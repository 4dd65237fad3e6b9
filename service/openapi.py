"""The OpenAPI document of the registry service: enough for a registry to integrate from alone.

Request bodies are read by the engine's own validation (not by FastAPI), so their schemas are
added here from the pydantic models; every error answer is documented as problem details; and
the examples are real: the example case is screened by the running engine when the document is
built, and the error examples are the answers the service gives.
"""

import json
from typing import Literal

from fastapi import FastAPI, Path, Response
from fastapi.openapi.utils import get_openapi

from engine import Engine
from engine.loader import Law
from schemas.case import Case
from schemas.determination import CaseError
from schemas.export import schema as json_schema
from schemas.lab import EXAMPLE_CASE as REFORMED_CASE
from schemas.lab import SHIPPED, AuditRequest, ImpactRequest
from service.config import Settings
from service.documents import answer_dict
from service.lab import answer
from service.lab_report import impact_csv
from service.problems import KINDS, MEDIA_TYPE, Problem, ProblemDetails, describe, field

# the formats a client sends or reads (rule packs are the service's own, not served)
SERVED_SCHEMAS = (
    "case",
    "determination",
    "case-error",
    "reform",
    "impact-request",
    "audit-request",
)
SchemaName = Literal[SERVED_SCHEMAS]  # type: ignore[valid-type]
ProblemName = Literal[tuple(KINDS)]  # type: ignore[valid-type]
EXAMPLE_RULE = "CR.birth.soli_foreign_parents"
RULE_ID_PATH = Path(
    pattern=r"^[A-Z]{2}\.[a-z0-9_]+\.[a-z0-9_]+$",
    description="<ISO>.<topic>.<name>, as listed by /v1/rules",
    examples=[EXAMPLE_RULE],
)
REF = "#/components/schemas/{model}"

# A girl born in Costa Rica to a Nicaraguan mother in an irregular situation, never registered:
# Costa Rica still lets her register herself until the day before her 25th birthday.
EXAMPLE_CASE = {
    "id": "EXAMPLE-CR-1",
    "as_of": "2025-06-01",
    "person": {
        "birth_date": "2001-02-14",
        "birth_country": "CR",
        "sex": "F",
        "residence": [{"country": "CR", "from": "2001-02-14", "status": "irregular"}],
    },
    "parents": [
        {
            "role": "mother",
            "nationalities": [{"country": "NI", "acquired": "birth"}],
            "born_in": "NI",
            "status_in_birth_country": "irregular",
        },
        {"role": "father", "legal_parentage": "unknown"},
    ],
    "parents_married_at_birth": False,
}

# A child found in Honduras, parents unknown.
FOUNDLING_CASE = {
    "id": "EXAMPLE-HN-2",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2020-05-01", "foundling": True, "found_in": "HN"},
    "parents": [{"role": "mother", "legal_parentage": "unknown"}],
}

# Two faults at once: a misspelt field and an unknown country code.
INVALID_CASE = {
    "id": "BAD-1",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2001-02-14", "birth_contry": "CR"},
    "parents": [{"role": "mother", "nationalities": [{"country": "XX", "acquired": "birth"}]}],
}


# Children born in Costa Rica whose father is unknown, after the shipped Costa Rica reform takes
# effect: a population small enough to answer at once.
IMPACT_EXAMPLE = {
    "shipped": SHIPPED,
    "population": {
        "sample": 20,
        "as_of": "2027-06-01",
        "axes": {"birth_country": ["CR"], "father.nationality": ["unknown"]},
    },
    "examples": 1,
}

# The example case with each protected fact flipped: which of Costa Rica's rules depend on one.
AUDIT_EXAMPLE = {
    "countries": ["CR"],
    "witnesses": False,
    "population": {"cases": [EXAMPLE_CASE]},
    "examples": 1,
}

# A reform with three faults: no rationale, a day that does not exist, a change that sets nothing.
INVALID_REFORM = {
    "title": {"es": "Reforma", "en": "Reform"},
    "effective": "2027-02-30",
    "operations": [{"change": "CR.birth.soli_foreign_parents"}],
}


def example_rule(law: Law):
    """The rule the examples show: CR's ius soli with registration, when the law has it."""
    try:
        return law.rule(EXAMPLE_RULE)
    except KeyError:
        return next(iter(law.countries.values())).rules[0]


class Docs:
    """The OpenAPI keyword arguments of each route: responses and examples."""

    def __init__(self, service):
        self.service = service
        self.limits = service.settings.limits
        engine: Engine = service.engine
        self.invalid: CaseError = engine.screen_data(INVALID_CASE)
        self.late = {"/v1/screen": ("application/json", _plain(engine.screen_data(EXAMPLE_CASE)))}

    def _errors(self, *statuses: int, **examples: Problem) -> dict:
        defaults = {
            400: Problem(
                "malformed-json",
                "the body is not valid JSON: Expecting ',' delimiter at line 3 column 5",
                field("(body)", "not valid JSON: Expecting ',' delimiter at line 3 column 5"),
            ),
            401: Problem("unauthenticated", "send an API key in the X-API-Key header"),
            403: Problem(
                "forbidden", "the key 'registry-a' lacks the 'batch' scope (it has: screen)"
            ),
            413: Problem(
                "body-too-large",
                f"the body is over this endpoint's limit of {self.limits.max_body_bytes} bytes",
            ),
            415: Problem("unsupported-media-type", "send application/json, not text/plain"),
            422: Problem(
                "invalid-request",
                "query.lang: Input should be 'es' or 'en'",
                field("query.lang", "Input should be 'es' or 'en'"),
            ),
            429: Problem(
                "rate-limited",
                "the key 'registry-a' is over its limit of "
                f"{self.limits.rate_per_minute} requests per minute",
            ),
            500: Problem("internal-error", "the service failed on this request"),
            503: Problem("not-ready", "the service is starting or stopping"),
        }
        out = {}
        for status in statuses:
            problem = examples.get(f"e{status}") or defaults[status]
            example = problem.details("/v1/...", "4f0c2a6e9b8d4a1f8e2b7c3d5a6f9e01")
            out[status] = {
                "description": KINDS[problem.kind].title,
                "content": {
                    MEDIA_TYPE: {
                        "schema": {"$ref": REF.format(model="ProblemDetails")},
                        "example": example.model_dump(mode="json", exclude_none=True),
                    }
                },
            }
        return out

    def screen(self) -> dict:
        invalid = Problem(
            "invalid-case",
            "the case cannot be screened: "
            + "; ".join(f"{p.field}: {p.problem}" for p in self.invalid.problems),
            self.invalid.problems,
            case_id="BAD-1",
        )
        responses = {  # the example goes in after FastAPI, which would drop its nulls (finish)
            200: {"description": "the Determination"},
            **self._errors(400, 401, 403, 413, 415, 422, 429, 500, e422=invalid),
        }
        body = {
            "required": True,
            "description": "one case (case-format.md); unknown fields are errors",
            "content": {
                "application/json": {
                    "schema": {"$ref": REF.format(model="Case")},
                    "examples": {
                        "child_of_migrants": {
                            "summary": "born in Costa Rica to a Nicaraguan mother, unregistered",
                            "value": EXAMPLE_CASE,
                        },
                        "foundling": {
                            "summary": "a child found in Honduras",
                            "value": FOUNDLING_CASE,
                        },
                    },
                }
            },
        }
        return {"responses": responses, "openapi_extra": {"requestBody": body}}

    def finish(self, doc: dict) -> None:
        """The answers' examples, which can hold nulls that FastAPI's builder would leave out."""
        for path, (media, example) in self.late.items():
            operation = next(iter(doc["paths"][path].values()))
            operation["responses"]["200"]["content"][media]["example"] = example
        if SHIPPED in self.service.lab.shipped:  # made here: the impact compiles the reform
            self._impact_examples(doc)

    def batch(self) -> dict:
        limits = self.limits
        lines = (
            self.service.screen_records([EXAMPLE_CASE, INVALID_CASE], None, False)
            .decode()
            .rstrip("\n")
        )
        too_many = Problem(
            "too-many-cases",
            f"the batch holds {limits.max_batch_cases + 1} "
            f"cases; one request may hold {limits.max_batch_cases}",
        )
        invalid = Problem(
            "invalid-request",
            "a JSON batch is an array of cases",
            field("(body)", "expected a JSON array, got an object"),
        )
        responses = {
            200: {
                "description": (
                    "NDJSON: one line per input case, in order — a Determination, or a CaseError "
                    "in its place (schemas: /v1/schemas/determination, /v1/schemas/case-error). "
                    "When a streamed NDJSON batch passes the case or byte limit after the answer "
                    "has started, its last line is a ProblemDetails (status 413) and the rest of "
                    "the input is not screened."
                ),
                "content": {
                    "application/x-ndjson": {"schema": {"type": "string"}, "example": lines + "\n"}
                },
            },
            **self._errors(400, 401, 403, 413, 415, 422, 429, 500, e413=too_many, e422=invalid),
        }
        array = {
            "type": "array",
            "items": {"$ref": REF.format(model="Case")},
            "maxItems": limits.max_batch_cases,
        }
        body = {
            "required": True,
            "description": (
                f"At most {limits.max_batch_cases} cases and {limits.max_batch_bytes} bytes. "
                "A JSON array of cases, or NDJSON (application/x-ndjson): one case per line, "
                "blank lines ignored, screened as the lines arrive."
            ),
            "content": {
                "application/json": {"schema": array, "example": [EXAMPLE_CASE, INVALID_CASE]},
                "application/x-ndjson": {
                    "schema": {"type": "string"},
                    "example": "\n".join(_compact(c) for c in (EXAMPLE_CASE, INVALID_CASE)) + "\n",
                },
            },
        }
        return {"responses": responses, "openapi_extra": {"requestBody": body}}

    def impact(self) -> dict:
        """A real impact of a shipped reform on a small population (as JSON and CSV), and the
        real refusals of an unknown name and of a reform that is not valid. The impact itself is
        computed with the document (`finish`), not as each worker starts: it compiles the
        reform."""
        lab = self.service.lab
        examples, responses = {}, {200: {"description": "the ImpactReport"}}
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
            responses[200] = {
                "description": "the ImpactReport; `?format=csv`: one row per changed case and "
                "state; `?format=html`: a self-contained page with charts, which loads nothing",
                "content": {
                    "application/json": {},
                    "text/csv": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                },
            }
        responses |= self._errors(
            400, 401, 403, 404, 413, 415, 422, 429, 500,
            e404=_refusal(lab.engines, ImpactRequest(shipped="cr-nothing-such")),
            e413=self._too_many_cases(),
            e422=_refusal(lab.engines, ImpactRequest(reform=INVALID_REFORM)),
        )  # fmt: skip
        return {"responses": responses, "openapi_extra": self._lab_body("ImpactRequest", examples)}

    def _impact_examples(self, doc: dict) -> None:
        report = self.service.lab.impact(ImpactRequest.model_validate(IMPACT_EXAMPLE), "es")
        content = doc["paths"]["/v1/reforms/impact"]["post"]["responses"]["200"]["content"]
        content["application/json"]["example"] = _plain(report)
        content["text/csv"]["example"] = impact_csv(report)

    def audit(self) -> dict:
        """A real audit of one case, and the real refusals of an unknown name and a state
        without a rule pack."""
        lab = self.service.lab
        report = lab.audit(AuditRequest.model_validate(AUDIT_EXAMPLE), "es")
        self.late["/v1/audit"] = ("application/json", _plain(report))
        examples = {
            "one_case": {"summary": "Costa Rica's rules, over one case", "value": AUDIT_EXAMPLE},
            "witnesses": {
                "summary": "Mexico's rules, over a case for each way each rule applies",
                "value": {"countries": ["MX"]},
            },
        }
        responses = {
            200: {"description": "the AuditReport"},
            **self._errors(
                400, 401, 403, 404, 413, 415, 422, 429, 500,
                e404=_refusal(lab.engines, AuditRequest(shipped="cr-nothing-such")),
                e413=self._too_many_cases(),
                e422=_refusal(lab.audit, AuditRequest(countries=["NI"]), "es"),
            ),
        }  # fmt: skip
        return {"responses": responses, "openapi_extra": self._lab_body("AuditRequest", examples)}

    def _too_many_cases(self) -> Problem:
        limit = self.limits.max_lab_cases
        return Problem(
            "too-many-cases",
            f"population.sample: {limit + 1} cases; one request may hold {limit}",
            field("population.sample", f"at most {limit} cases"),
        )

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
        self.late[path] = ("application/json", _plain(example))
        statuses = (401, 403, 404, 422, 429) if missing else (401, 403, 422, 429)
        return {"responses": self._errors(*statuses, e404=Problem("not-found", missing or ""))}

    def schema(self) -> dict:
        *first, last = (f"'{name}'" for name in SERVED_SCHEMAS)
        words = f"Input should be {', '.join(first)} or {last}"
        invalid = Problem("invalid-request", f"path.name: {words}", field("path.name", words))
        self.late["/v1/schemas/{name}"] = ("application/schema+json", json_schema("case-error"))
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


def _refusal(run, asked, *args) -> Problem:
    """The Problem the service answers a lab request with: an error example as it is."""
    try:
        answer(run, asked, *args)
    except Problem as problem:
        return problem
    raise RuntimeError("an error example was answered")


class SchemaResponse(Response):
    media_type = "application/schema+json"


def _plain(value):
    """Models (or lists of them) as the JSON they are sent as."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return answer_dict(value)


def _compact(case: dict) -> str:
    return json.dumps(case, separators=(",", ":"))


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
    for model in (Case, ProblemDetails, ImpactRequest, AuditRequest):
        _add_schema(components, model)
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    doc["info"]["x-rulepack"] = docs.service.engine.ref.model_dump()
    docs.finish(doc)
    app.openapi_schema = doc
    return doc


def _add_schema(components: dict, model) -> None:
    schema = model.model_json_schema(ref_template=REF, by_alias=True)
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
pack version and the outcome.
"""
