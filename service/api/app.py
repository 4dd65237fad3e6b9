"""The registry service: the engine over HTTP, versioned under /v1.

Screening runs in the threadpool (the engine serializes durable_rules behind its own lock), so
the event loop keeps answering while a batch is screened; the reform lab's requests, which
screen whole populations, run there too. Nothing about a person is logged or kept: a request's
log line carries its id, the key id, the law version and the outcome, and nothing else.

    uvicorn --factory service.api.app:app_from_environment   (what `nationality serve` runs)
"""

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from engine import Engine, default_engine
from schemas.determination import Determination
from schemas.errors import FieldProblem, field_path
from service.api import docs as swagger
from service.api import lab, law, openapi, operations, scorecard, screening
from service.api.access import HEADER
from service.api.config import Settings, load_settings
from service.api.examples import EXAMPLE_CASE
from service.api.guard import Guard, problem_response
from service.api.problems import STATUS_KINDS, Problem
from service.api.state import Service

# may carry many cases: the batch's byte limit
LARGE_BODIES = (screening.BATCH_PATH, lab.IMPACT_PATH, lab.AUDIT_PATH)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The app for these settings (default: from the environment) and this engine (default:
    the engine of the rules directory)."""
    service = Service(settings or load_settings(), engine or default_engine())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        smoke = await run_in_threadpool(service.engine.screen_data, EXAMPLE_CASE)
        service.ready = isinstance(smoke, Determination)
        yield
        service.ready = False

    app = FastAPI(
        title="MIRPS nationality screening — registry API",
        version="1.0.0",
        description=openapi.description(service.settings, service.engine.law),
        lifespan=lifespan,
        redoc_url=None,
        docs_url=None,  # served from the package's own assets (service/api/docs.py)
    )
    app.state.service = service
    version = service.engine.law.version
    app.add_middleware(Guard, limits=service.settings.limits, version=version, large=LARGE_BODIES)
    if service.settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(service.settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=[HEADER, "Content-Type", "Accept-Language"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    docs = openapi.Docs(service)
    _handlers(app)
    if service.settings.pages:  # the caseworker's interview at / (docs/interview.md)
        from service.pages.routes import add_pages

        add_pages(app, service.engine)
    screening.routes(app, service, docs)
    law.routes(app, service.engine.law, docs)
    lab.routes(app, service, docs)
    scorecard.routes(app, service, docs)
    operations.routes(app, service, docs)
    swagger.routes(app)
    app.openapi = lambda: openapi.document(app, docs)
    return app


def app_from_environment() -> FastAPI:
    """The app as `nationality serve` starts it in each worker: settings from the
    environment ($NATIONALITY_CONFIG and the NATIONALITY_* variables)."""
    return create_app()


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def problem(request: Request, error: Problem):
        return problem_response(error, request.url.path, request.scope["state"])

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError):
        problems = [
            FieldProblem(field=field_path(tuple(e["loc"])), problem=e["msg"])
            for e in error.errors()
        ]
        detail = "; ".join(f"{p.field}: {p.problem}" for p in problems)
        wrapped = Problem("invalid-request", detail, problems)
        return problem_response(wrapped, request.url.path, request.scope["state"])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException):
        status = error.status_code
        kind = STATUS_KINDS.get(status, "invalid-request" if status < 500 else "internal-error")
        detail = {
            404: f"no such path: {request.url.path}",
            405: f"{request.method} is not allowed here",
        }.get(status, str(error.detail))
        wrapped = Problem(kind, detail, headers=dict(error.headers or {}), status=status)
        return problem_response(wrapped, request.url.path, request.scope["state"])
