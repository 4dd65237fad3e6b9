"""The batch's part of the OpenAPI document: its two request forms and two answer forms, each
with the schema of one record (`x-itemSchema`: a case in, a BatchLine out), and examples
answered by the service itself.

OpenAPI 3.2 says what one record of a stream is with `itemSchema`; this document is 3.1, which
has no such field, so it says it with the extension `x-itemSchema`, a reference to a component
(BatchLine, also served at /v1/schemas/batch-line).
"""

import json

from schemas.determination import BatchLine
from service.api.examples import EXAMPLE_CASE, FOUNDLING_CASE, INVALID_CASE
from service.api.openapi import REF, Docs, asking, refusal
from service.api.problems import Problem, field
from service.api.requests import BATCH_ANSWERS, JSON, NDJSON, accepted, either, require_media

PATH = "/v1/batch"
CASE, LINE = REF.format(model="Case"), REF.format(model="BatchLine")
EXAMPLES = {
    "two_cases": {
        "summary": "two cases, both screened",
        "value": [EXAMPLE_CASE, FOUNDLING_CASE],
    },
    "invalid_case_answered_in_place": {
        "summary": "an invalid case is answered in place",
        "description": "The second case is invalid on purpose (a misspelt field, a country code "
        "that does not exist), so it does not validate against the Case schema: its answer is a "
        "CaseError in its place, naming each field at fault, and the first case is still "
        "screened.",
        "value": [EXAMPLE_CASE, INVALID_CASE],
    },
}
ANSWER = (
    "One answer per input case, in order: a Determination, or in its place the CaseError saying "
    "why that case cannot be screened. Each line (NDJSON) or item (JSON array) is a BatchLine "
    "(`x-itemSchema`; /v1/schemas/batch-line), its kind told by the property only that kind "
    "has: `nationality` (a Determination), `error` (a CaseError) or `type` (a problem). A "
    "streamed NDJSON batch that passes the case or byte limit after the answer has started "
    "ends with a problem (status 413), and the input after it is not screened.\n\n"
    "NDJSON unless the Accept header prefers application/json (a generated client that "
    "reads JSON sends `Accept: application/json`): then one JSON array of the "
    "same items, in the same order, that problem (if any) its last item. A fault on one case "
    "is that case's CaseError (`internal_error`); an answer the service breaks off is ended "
    "without its last chunk (and an array without its closing bracket), so it never reads "
    "as complete."
)


def batch(docs: Docs) -> dict:
    """POST /v1/batch: the request forms, the answers of its examples, its refusals."""
    limits = docs.limits
    for name, example in EXAMPLES.items():
        cases, summary = example["value"], example["summary"]
        docs._later(PATH, 200, NDJSON[0], lambda v=cases: _lines(docs, v), name, summary)
        docs._later(PATH, 200, JSON, lambda v=cases: _items(docs, v), name, summary)
    docs.finishing.append(_batch_line)
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
            "description": ANSWER,
            "content": {
                NDJSON[0]: {"schema": {"type": "string"}, "x-itemSchema": {"$ref": LINE}},
                JSON: {"schema": {"type": "array", "items": {"$ref": LINE}}},
            },
        },
        **docs._errors(
            400, 401, 403, 406, 413, 415, 422, 429, 500,
            e406=refusal(accepted, asking(accept="text/csv"), BATCH_ANSWERS),
            e413=too_many,
            e415=refusal(require_media, asking(content_type="text/csv"), (JSON, *NDJSON)),
            e422=invalid,
        ),
    }  # fmt: skip
    return {"responses": responses, "openapi_extra": {"requestBody": _body(docs)}}


def _body(docs: Docs) -> dict:
    limits = docs.limits
    array = {"type": "array", "items": {"$ref": CASE}, "maxItems": limits.max_batch_cases}
    ndjson = {
        name: {**example, "value": "".join(_compact(case) + "\n" for case in example["value"])}
        for name, example in EXAMPLES.items()
    }
    return {
        "required": True,
        "description": (
            f"At most {limits.max_batch_cases} cases and {limits.max_batch_bytes} bytes. "
            f"A JSON array of cases, or NDJSON ({NDJSON[0]}; also sent as "
            f"{either(NDJSON[1:])}): one case per line, screened as the lines arrive; every "
            "line gets one answer line, in order (a blank line's says it holds no case, and "
            "every error names its `line`)."
        ),
        "content": {
            JSON: {"schema": array, "examples": EXAMPLES},
            NDJSON[0]: {
                "schema": {"type": "string"},
                "x-itemSchema": {"$ref": CASE},
                "examples": ndjson,
            },
        },
    }


def _lines(docs: Docs, cases: list) -> str:
    """The NDJSON answer the service gives these cases."""
    return docs.service.screen_records(list(enumerate(cases, 1)), None, False).decode()


def _items(docs: Docs, cases: list) -> list:
    """The same answer as a JSON array."""
    return [json.loads(line) for line in _lines(docs, cases).splitlines()]


def _batch_line(doc: dict) -> None:
    """The BatchLine component: a oneOf of the components of its three kinds."""
    line = BatchLine.model_json_schema(ref_template=REF, mode="serialization")
    line.pop("$defs")
    doc["components"]["schemas"]["BatchLine"] = line


def _compact(case: dict) -> str:
    return json.dumps(case, separators=(",", ":"))
