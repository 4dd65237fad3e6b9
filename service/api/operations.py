"""The routes that need no key: the formats' JSON Schemas, what a problem type means, liveness
and readiness."""

import json
from typing import Literal

from fastapi import FastAPI, Request
from pydantic import Field

from schemas.determination import Out, RulePackRef
from schemas.export import schema as json_schema
from service.api.openapi import Docs, ProblemName, SchemaName, SchemaResponse
from service.api.problems import Problem, ProblemKind, describe
from service.api.state import Service


class Health(Out):
    status: Literal["ok"]


class Readiness(Out):
    status: Literal["ready"]
    rulepack: RulePackRef = Field(description="the law this service screens with")


def routes(app: FastAPI, service: Service, docs: Docs) -> None:
    """The formats' JSON Schemas, the problem types, liveness and readiness: no key needed."""

    @app.get(
        "/v1/schemas/{name}",
        tags=["formats"],
        summary="JSON Schema of a format",
        **docs.schema(),
    )
    async def schemas(request: Request, name: SchemaName):
        """The JSON Schema (2020-12) of the case (input), the Determination (output), the
        CaseError (a batch line in place of a Determination), a reform, or a lab request."""
        request.state.outcome = "schema"
        return SchemaResponse(json.dumps(json_schema(name), ensure_ascii=False))

    @app.get(
        "/v1/problems/{kind}",
        tags=["formats"],
        summary="What a problem type means",
        response_model=ProblemKind,
        **docs.problem_kind(),
    )
    async def problem_kind(request: Request, kind: ProblemName):
        """The meaning of an error answer's `type`."""
        request.state.outcome = "problem-type"
        return describe(kind)

    @app.get(
        "/healthz",
        tags=["operations"],
        summary="Liveness",
        response_model=Health,
        **docs.health(),
    )
    async def healthz(request: Request):
        """200 while the process answers."""
        request.state.outcome = "health"
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["operations"],
        summary="Readiness",
        response_model=Readiness,
        **docs.ready(),
    )
    async def readyz(request: Request):
        """200 once the law is compiled and a screening has run; 503 while starting or
        stopping."""
        if not service.ready:
            raise Problem("not-ready", "the service is starting or stopping")
        request.state.outcome = "ready"
        return {"status": "ready", "rulepack": service.engine.ref.model_dump()}
