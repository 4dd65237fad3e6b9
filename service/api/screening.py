"""The screening routes: one case, and a batch (a JSON array, or NDJSON streamed)."""

from typing import Annotated

from fastapi import Depends, FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from schemas.determination import Determination
from service.api import batch_docs
from service.api.ndjson import JSONArrayStream, NDJSONStream, json_array, stream_cases, stream_lines
from service.api.openapi import Docs
from service.api.requests import (
    BATCH_ANSWERS,
    JSON,
    NDJSON,
    Ask,
    accepted,
    asked,
    content_language,
    require,
    require_json,
    require_media,
)
from service.api.state import Service

BATCH_PATH = "/v1/batch"


def routes(app: FastAPI, service: Service, docs: Docs) -> None:
    """POST /v1/screen and POST /v1/batch."""

    @app.post(
        "/v1/screen",
        tags=["screening"],
        summary="Screen one case",
        response_model=Determination,
        dependencies=[Depends(require("screen"))],
        **docs.screen(),
    )
    async def screen(request: Request, ask: Annotated[Ask, Depends(asked)]):
        """The Determination for one case (case-format.md): per country the status, the rules
        and citations behind it, what act is still needed and by when; and the statelessness
        risk. An invalid case gets 422 with each field at fault."""
        require_json(request)
        body = await request.body()
        text = await run_in_threadpool(service.screen_body, body, ask.lang, ask.explain)
        request.state.outcome = "screened"
        headers = content_language(ask.lang)
        return Response(text, media_type="application/json", headers=headers)

    @app.post(
        BATCH_PATH,
        tags=["screening"],
        summary="Screen a batch of cases",
        response_class=NDJSONStream,
        dependencies=[Depends(require("batch"))],
        **batch_docs.batch(docs),
    )
    async def batch(request: Request, ask: Annotated[Ask, Depends(asked)]):
        """One output line per input case, in order: a Determination, or in its place the
        CaseError saying why that case cannot be screened. Send a JSON array, or NDJSON (one
        case per line), which is screened as it arrives. The answer is NDJSON, or with
        `Accept: application/json` a JSON array of the same lines."""
        answer = accepted(request, BATCH_ANSWERS)
        if require_media(request, (JSON, *NDJSON)) in NDJSON:
            limit = service.settings.limits.max_batch_cases
            lines = stream_lines(service.screen_records, request, ask, limit)
        else:
            body = await request.body()
            cases = await run_in_threadpool(service.parse_batch, body)
            lines = stream_cases(service.screen_records, request, cases, ask)
        headers = content_language(ask.lang)
        if answer == JSON:
            return JSONArrayStream(json_array(lines), headers=headers)
        return NDJSONStream(lines, headers=headers)
