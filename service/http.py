"""The registry service: the engine over HTTP, versioned under /v1.

Every screening goes through `Engine.screen_data`, the validation every interface shares, so an
answer here is the one `nationality screen --json` or `nationality batch` gives. Screening runs
in the threadpool (the engine serializes durable_rules behind its own lock), so the event loop
keeps answering while a batch is screened; the reform lab's requests (service/lab.py), which
screen whole populations, run there too. Nothing about a person is logged or kept: a request's
log line carries its id, the key id, the law version and the outcome, and nothing else.

    uvicorn --factory service.http:app_from_environment   (what `nationality serve` runs)
"""

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, Query, Request, Response, Security
from fastapi.exceptions import RequestValidationError
from fastapi.security import APIKeyHeader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import StreamingResponse

from engine import Engine, default_engine
from engine.lab.run import Lab
from engine.loader import Law
from schemas.determination import CaseError, Determination
from schemas.errors import FieldProblem, field_path, problems
from schemas.export import schema as json_schema
from schemas.lab import AuditReport, AuditRequest, ImpactReport, ImpactRequest
from service import catalog, openapi
from service import lab as lab_http
from service.access import HEADER, Access
from service.config import Scope, Settings, load_settings
from service.documents import answer_json, parse_line
from service.lab_report import impact_csv, impact_html
from service.problems import MEDIA_TYPE, STATUS_KINDS, Problem, ProblemKind, describe, field

log = logging.getLogger("nationality.http")

Lang = Literal["es", "en"]
ReportFormat = Literal["json", "csv", "html"]
NDJSON = ("application/x-ndjson", "application/jsonl", "application/jsonlines")
BATCH_PATH = "/v1/batch"
IMPACT_PATH, AUDIT_PATH = "/v1/reforms/impact", "/v1/audit"
LARGE_BODIES = (BATCH_PATH, IMPACT_PATH, AUDIT_PATH)  # may carry many cases: the batch limit
# the HTML report loads nothing and runs nothing: its charts are inline SVG, its style inline
REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
CHUNK = 100  # cases screened per trip to the threadpool in a batch


class Service:
    """What the routes share: the settings, the engine, the keys, the lab; and the screening
    itself."""

    def __init__(self, settings: Settings, engine: Engine):
        self.settings, self.engine = settings, engine
        self.access = Access(settings.keys, settings.limits)
        self.lab = Lab(engine, limit=settings.limits.max_lab_cases)
        self.ready = False

    def screen_body(self, body: bytes, lang: str | None, explain: bool) -> str:
        """One case from a request body to the Determination's JSON, or a Problem."""
        answer = self.engine.screen_data(parse_json(body), lang, explain)
        if isinstance(answer, CaseError):
            raise invalid_case(answer)
        return answer_json(answer)

    def screen_records(self, records: list, lang: str | None, explain: bool) -> bytes:
        """Batch records (raw cases, CaseErrors, or numbered NDJSON lines) to output lines."""
        out = []
        for record in records:
            if isinstance(record, tuple):
                record = parse_line(*record)
            if not isinstance(record, CaseError):
                record = self.engine.screen_data(record, lang, explain)
            out.append(answer_json(record))
        return ("\n".join(out) + "\n").encode() if out else b""

    def parse_batch(self, body: bytes) -> list:
        cases = parse_json(body)
        if not isinstance(cases, list):
            raise Problem(
                "invalid-request",
                "a JSON batch is an array of cases",
                field("(body)", f"expected a JSON array, got {_json_type(cases)}"),
            )
        limit = self.settings.limits.max_batch_cases
        if len(cases) > limit:
            raise Problem(
                "too-many-cases",
                f"the batch holds {len(cases)} cases; one request may hold {limit}",
            )
        return cases


# --- reading requests -----------------------------------------------------------------------


def parse_json(body: bytes):
    if not body.strip():
        raise Problem("malformed-json", "the body is empty", field("(body)", "expected JSON"))
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        where = f"{error.msg} at line {error.lineno} column {error.colno}"
        raise Problem(
            "malformed-json",
            f"the body is not valid JSON: {where}",
            field("(body)", f"not valid JSON: {where}"),
        ) from None
    except UnicodeDecodeError:
        raise Problem(
            "malformed-json", "the body is not UTF-8 text", field("(body)", "not UTF-8 text")
        ) from None
    except (RecursionError, ValueError) as error:  # nesting, or a number past int limits
        problem = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise Problem(
            "malformed-json",
            f"the body cannot be read as JSON: {problem}",
            field("(body)", problem),
        ) from None


def parse_request(model, body: bytes):
    """A lab request's body as `model`, or a Problem naming each field at fault."""
    try:
        return model.model_validate(parse_json(body))
    except ValidationError as error:
        found = problems(error)
        detail = "; ".join(f"{p.field}: {p.problem}" for p in found[:3])
        raise Problem("invalid-request", detail, found) from None


def invalid_case(error: CaseError) -> Problem:
    shown = "; ".join(f"{p.field}: {p.problem}" for p in error.problems[:3])
    more = len(error.problems) - 3
    detail = f"the case cannot be screened: {shown}" + (f" (and {more} more)" if more > 0 else "")
    return Problem("invalid-case", detail, error.problems, case_id=error.case_id)


def _json_type(value) -> str:
    names = {dict: "an object", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def require_json(request: Request) -> None:
    kind = media_type(request)
    if kind and kind != "application/json" and not kind.endswith("+json"):
        raise Problem("unsupported-media-type", f"send application/json, not {kind}")


def negotiate(lang: str | None, accept_language: str | None) -> str | None:
    """`lang` when given, else the best of es/en in Accept-Language, else None (the default
    of what is asked: for a screening, the language of the states involved)."""
    if lang:
        return lang
    best, best_q = None, 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if primary in ("es", "en") and q > best_q:
            best, best_q = primary, q
    return best


def language(
    lang: Annotated[
        Lang | None, Query(description="language of titles and reasons; wins over the header")
    ] = None,
    accept_language: Annotated[
        str | None, Header(description="es or en when `lang` is not given")
    ] = None,
) -> str | None:
    return negotiate(lang, accept_language)


def law_language(lang: str | None = Depends(language)) -> str:
    """The law and the lab's reports are in Spanish unless English is asked for, as
    `nationality rules` and `nationality reform` are."""
    return lang or "es"


@dataclass(frozen=True)
class Ask:
    """What a screening is asked for besides the case: the language (None: the engine's
    default, Spanish unless only Belize's law is involved) and the explanations."""

    lang: str | None
    explain: bool


def asked(
    lang: str | None = Depends(language),
    explain: Annotated[
        bool,
        Query(
            description="also explain each answer: why, why not, what would change it, and "
            "by when (`explanation` per country, `actions`)"
        ),
    ] = False,
) -> Ask:
    return Ask(lang, explain)


def _content_language(lang: str | None) -> dict[str, str]:
    return {"Content-Language": lang} if lang else {}


API_KEY = APIKeyHeader(
    name=HEADER, auto_error=False, description="a key configured for this service"
)


def require(scope: Scope):
    """The dependency admitting a request to an endpoint that needs `scope`."""

    async def admit(request: Request, presented: str | None = Security(API_KEY)) -> None:
        access: Access = request.app.state.service.access
        key = access.identify(presented)
        request.state.key_id = key.id
        access.authorize(key, scope)

    return admit


# --- the middleware: request id, body limit, privacy headers, the log line ------------------


class Guard:
    """Gives each request an id, enforces the body limit (413 before reading when the declared
    length is over it), marks answers not to be stored, and logs one line per request."""

    def __init__(self, app, service: Service):
        self.app, self.service = app, service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id = uuid.uuid4().hex
        limits = self.service.settings.limits
        large = scope["path"] in LARGE_BODIES
        limit = limits.max_batch_bytes if large else limits.max_body_bytes
        status: list[int] = []

        async def send_marked(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = request_id
                headers.setdefault("Cache-Control", "no-store")  # the pages' assets may be kept
                headers.setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        try:
            if _declared_length(scope) > limit:
                await _send_problem(scope, send_marked, _too_large(limit))
            else:
                await self.app(scope, _limited(receive, limit), send_marked)
        except ClientDisconnect:  # nobody is left to answer
            state["outcome"] = f"{state.get('outcome', '')} client gone".strip()
        except Exception as error:  # a fault of ours: say so without a traceback of the data
            if not status:
                problem = Problem("internal-error", "the service failed on this request")
                await _send_problem(scope, send_marked, problem)
            state["outcome"] = f"internal-error ({type(error).__name__} at {_where(error)})"
        finally:
            self._log(state, status[0] if status else 0)

    def _log(self, state: dict, status: int) -> None:
        line = {
            "request_id": state["request_id"],
            "key_id": state.get("key_id"),
            "rulepack": self.service.engine.law.version,
            "outcome": f"{status} {state.get('outcome', '')}".strip(),
        }
        log.info(json.dumps(line))


def _declared_length(scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


def _too_large(limit: int) -> Problem:
    return Problem("body-too-large", f"the body is over this endpoint's limit of {limit} bytes")


def _limited(receive, limit: int):
    """`receive`, raising body-too-large once more than `limit` body bytes have come in."""
    seen = 0

    async def receive_limited():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _too_large(limit)
        return message

    return receive_limited


def _where(error: Exception) -> str:
    tb = error.__traceback__
    while tb and tb.tb_next:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else "?"


async def _send_problem(scope, send, problem: Problem) -> None:
    response = problem_response(problem, scope["path"], scope["state"])
    await response(scope, None, send)


def problem_response(problem: Problem, path: str, state: dict) -> Response:
    state["outcome"] = problem.kind
    details = problem.details(instance=path, request_id=state.get("request_id"))
    body = details.model_dump_json(exclude_none=True)
    return Response(body, problem.status, headers=problem.headers, media_type=MEDIA_TYPE)


class NDJSONStream(StreamingResponse):
    """Streams without Starlette's disconnect listener: that listener reads the request, and
    this response is still reading the request's body as it writes."""

    media_type = "application/x-ndjson"

    async def __call__(self, scope, receive, send):
        try:
            await self.stream_response(send)
        except OSError:
            raise ClientDisconnect() from None


# --- the app --------------------------------------------------------------------------------


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    service = Service(settings or load_settings(), engine or default_engine())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        smoke = await run_in_threadpool(service.engine.screen_data, openapi.EXAMPLE_CASE)
        service.ready = isinstance(smoke, Determination)
        yield
        service.ready = False

    app = FastAPI(
        title="MIRPS nationality screening — registry API",
        version="1.0.0",
        description=openapi.description(service.settings, service.engine.law),
        lifespan=lifespan,
        redoc_url=None,
    )
    app.state.service = service
    app.add_middleware(Guard, service=service)
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
        from service.pages import add_pages

        add_pages(app, service.engine)
    _screening_routes(app, service, docs)
    _law_routes(app, service.engine.law, docs)
    _lab_routes(app, service, docs)
    _other_routes(app, service, docs)
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


def _screening_routes(app: FastAPI, service: Service, docs: openapi.Docs) -> None:
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
        headers = _content_language(ask.lang)
        return Response(text, media_type="application/json", headers=headers)

    @app.post(
        BATCH_PATH,
        tags=["screening"],
        summary="Screen a batch of cases",
        response_class=NDJSONStream,
        dependencies=[Depends(require("batch"))],
        **docs.batch(),
    )
    async def batch(request: Request, ask: Annotated[Ask, Depends(asked)]):
        """One NDJSON output line per input case, in order: a Determination, or in its place
        the CaseError saying why that case cannot be screened. Send a JSON array, or NDJSON
        (one case per line), which is screened as it arrives."""
        kind = media_type(request)
        if kind in NDJSON:
            lines = _stream_lines(service, request, ask)
        else:
            require_json(request)
            body = await request.body()
            cases = await run_in_threadpool(service.parse_batch, body)
            lines = _stream_cases(service, request, cases, ask)
        return NDJSONStream(lines, headers=_content_language(ask.lang))


def _law_routes(app: FastAPI, law: Law, docs: openapi.Docs) -> None:
    @app.get(
        "/v1/rulepack",
        tags=["law"],
        summary="The version of the law",
        response_model=catalog.RulePackInfo,
        dependencies=[Depends(require("law"))],
        **docs.law("/v1/rulepack", catalog.rulepack(law)),
    )
    async def rulepack(request: Request):
        """The rule pack version and the sha256 digest of its files: every Determination
        carries the same two, so an answer always names the law it came from."""
        request.state.outcome = "law"
        return catalog.rulepack(law)

    @app.get(
        "/v1/countries",
        tags=["law"],
        summary="The encoded states",
        response_model=list[catalog.CountryInfo],
        dependencies=[Depends(require("law"))],
        **docs.law("/v1/countries", catalog.countries(law, "es")[:1]),
    )
    async def countries(request: Request, response: Response, lang: str = Depends(law_language)):
        """Each encoded state: its name, the instruments its pack encodes, its statelessness
        determination procedure and its status under the 1954 and 1961 Conventions."""
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.countries(law, lang)

    @app.get(
        "/v1/rules",
        tags=["law"],
        summary="The rules, with citations and dates in force",
        response_model=list[catalog.RuleSummary],
        dependencies=[Depends(require("law"))],
        **docs.law(
            "/v1/rules",
            catalog.rules(law, "es")[:2],
            missing="no rule pack for NI; encoded: " + ", ".join(sorted(law.countries)),
        ),
    )
    async def rules(
        request: Request,
        response: Response,
        lang: str = Depends(law_language),
        country: Annotated[
            str | None,
            Query(pattern=r"^[A-Za-z]{2}$", description="only this state's rules (ISO code)"),
        ] = None,
    ):
        """Every encoded rule: id, title, citations, the days it is in force (both inclusive;
        `to` null while in force), its outcome and GLOBALCIT modes."""
        if country and country.upper() not in law.countries:
            raise Problem(
                "not-found",
                f"no rule pack for {country.upper()}; encoded: " + ", ".join(sorted(law.countries)),
            )
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.rules(law, lang, country)

    @app.get(
        "/v1/rules/{rule_id}",
        tags=["law"],
        summary="One rule",
        response_model=catalog.RuleDetail,
        dependencies=[Depends(require("law"))],
        **docs.law(
            "/v1/rules/{rule_id}",
            catalog.detail(openapi.example_rule(law), "es"),
            missing="no rule 'CR.birth.nothing_such'",
        ),
    )
    async def rule(
        request: Request,
        response: Response,
        rule_id: Annotated[str, openapi.RULE_ID_PATH],
        lang: str = Depends(law_language),
    ):
        """One rule in full: its sources with links and wording, the act a conditional rule
        still needs, the rules it defeats or replaces, and any note on its reading."""
        try:
            prepared = law.rule(rule_id)
        except KeyError:
            raise Problem("not-found", f"no rule {rule_id!r}") from None
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.detail(prepared, lang)


def _lab_routes(app: FastAPI, service: Service, docs: openapi.Docs) -> None:
    """The reform lab (docs/reforms.md): what `nationality reform` and `nationality audit` do."""
    lab = service.lab

    @app.get(
        "/v1/reforms",
        tags=["lab"],
        summary="The shipped reforms",
        response_model=list[catalog.ReformInfo],
        dependencies=[Depends(require("lab"))],
        **docs.law("/v1/reforms", catalog.reforms(lab.shipped, "es")),
    )
    async def reforms(request: Request, response: Response, lang: str = Depends(law_language)):
        """The reforms shipped with the law, to try by name (`shipped`): what each would change,
        from when, and which states' packs it touches."""
        request.state.outcome = "reforms"
        response.headers["Content-Language"] = lang
        return catalog.reforms(lab.shipped, lang)

    @app.post(
        IMPACT_PATH,
        tags=["lab"],
        summary="A reform's impact on a population",
        response_model=ImpactReport,
        dependencies=[Depends(require("lab"))],
        **docs.impact(),
    )
    async def reform_impact(
        request: Request,
        lang: str = Depends(law_language),
        format: Annotated[
            ReportFormat,
            Query(
                description="json: the ImpactReport; csv: one row per changed case and state; "
                "html: a self-contained page with charts"
            ),
        ] = "json",
    ):
        """Every case of the population screened under the law before and after the reform (a
        shipped one, or your own): how many change status and risk, in which direction, grouped
        by what they share, with examples. A reform that is not valid gets 422 naming its field
        and the problem, as `nationality reform` says it."""
        asked = await _lab_request(request, ImpactRequest)
        report = await run_in_threadpool(lab_http.answer, lab.impact, asked, lang)
        request.state.outcome = f"impact of {report.population.cases}"
        return await run_in_threadpool(_impact_answer, report, format, lang)

    @app.post(
        AUDIT_PATH,
        tags=["lab"],
        summary="The discrimination audit",
        response_model=AuditReport,
        dependencies=[Depends(require("lab"))],
        **docs.audit(),
    )
    async def discrimination_audit(request: Request, lang: str = Depends(law_language)):
        """Each protected fact (the parent's sex, the parents' marriage, immigration status, how
        a parent acquired a nationality, where a parent was born) flipped in every case: the
        rules that depend on it, held against their `distinguishes_by` flags. Of the law, or of
        the law after (or before) a reform."""
        asked = await _lab_request(request, AuditRequest)
        report = await run_in_threadpool(lab_http.answer, lab.audit, asked, lang)
        request.state.outcome = f"audit of {report.population.cases}"
        headers = {"Content-Language": lang}
        return Response(answer_json(report), media_type="application/json", headers=headers)


async def _lab_request(request: Request, model):
    require_json(request)
    body = await request.body()
    return await run_in_threadpool(parse_request, model, body)


def _impact_answer(report: ImpactReport, shape: str, lang: str) -> Response:
    headers = {"Content-Language": lang}
    if shape == "csv":
        return Response(impact_csv(report), media_type="text/csv", headers=headers)
    if shape == "html":
        headers["Content-Security-Policy"] = REPORT_POLICY
        return Response(impact_html(report, lang), media_type="text/html", headers=headers)
    return Response(answer_json(report), media_type="application/json", headers=headers)


def _other_routes(app: FastAPI, service: Service, docs: openapi.Docs) -> None:
    @app.get(
        "/v1/schemas/{name}",
        tags=["formats"],
        summary="JSON Schema of a format",
        **docs.schema(),
    )
    async def schemas(request: Request, name: openapi.SchemaName):
        """The JSON Schema (2020-12) of the case (input), the Determination (output), the
        CaseError (a batch line in place of a Determination), a reform, or a lab request."""
        request.state.outcome = "schema"
        return openapi.SchemaResponse(json.dumps(json_schema(name), ensure_ascii=False))

    @app.get(
        "/v1/problems/{kind}",
        tags=["formats"],
        summary="What a problem type means",
        response_model=ProblemKind,
        **docs.problem_kind(),
    )
    async def problem_kind(request: Request, kind: openapi.ProblemName):
        """The meaning of an error answer's `type`."""
        request.state.outcome = "problem-type"
        return describe(kind)

    @app.get("/healthz", tags=["operations"], summary="Liveness", **docs.health())
    async def healthz(request: Request):
        """200 while the process answers."""
        request.state.outcome = "health"
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], summary="Readiness", **docs.ready())
    async def readyz(request: Request):
        """200 once the law is compiled and a screening has run; 503 while starting or
        stopping."""
        if not service.ready:
            raise Problem("not-ready", "the service is starting or stopping")
        request.state.outcome = "ready"
        return {"status": "ready", "rulepack": service.engine.ref.model_dump()}


async def _stream_cases(service: Service, request: Request, cases: list, ask: Ask):
    screened = 0
    for start in range(0, len(cases), CHUNK):
        if await request.is_disconnected():
            break
        chunk = cases[start : start + CHUNK]
        yield await run_in_threadpool(service.screen_records, chunk, ask.lang, ask.explain)
        screened += len(chunk)
    request.state.outcome = f"batch of {screened}"


async def _stream_lines(service: Service, request: Request, ask: Ask) -> AsyncIterator[bytes]:
    """Screen NDJSON as it arrives: each received piece's complete lines go to the engine. Past
    a limit, the cases before it are still answered; the problem is the last line."""
    intake, count = _Intake(request), 0
    try:
        async for records in _lines(intake, service.settings.limits.max_batch_cases):
            if intake.gone:
                break
            count += len(records)
            yield await run_in_threadpool(service.screen_records, records, ask.lang, ask.explain)
    except Problem as problem:  # uvicorn reads and drops the rest, so the client can finish
        yield _problem_line(problem, request)
        return
    except ClientDisconnect:
        pass
    finally:
        intake.close()
    gone = ", client gone" if intake.gone else ""
    request.state.outcome = f"batch of {count}{gone}"


async def _lines(intake: "_Intake", limit: int) -> AsyncIterator[list[tuple[int, bytes]]]:
    """Numbered non-blank lines of the body, in groups as they arrive; past `limit` cases, the
    lines before it, then the Problem."""
    pending, number, count = bytearray(), 0, 0
    async for piece in intake.pieces():
        if piece is None:  # end of the body: a last line without a newline
            complete, pending = [bytes(pending)], bytearray()
        else:
            pending += piece
            end = pending.rfind(b"\n")
            if end < 0:
                continue
            complete = bytes(pending[:end]).split(b"\n")
            del pending[: end + 1]
        records = []
        for line in complete:
            number += 1
            if not line.strip():
                continue
            count += 1
            if count > limit:
                if records:
                    yield records
                raise Problem(
                    "too-many-cases",
                    f"one request may hold {limit} cases; "
                    f"the cases from line {number} on were not screened",
                )
            records.append((number, line))
        if records:
            yield records


class _Intake:
    """Reads a streamed body ahead into memory (at most the batch byte limit), so that it keeps
    coming in while answers wait to be read: a client that sends its whole batch before it
    reads (most do) would otherwise block on a server blocked on it. Once the body is in, it
    watches for the client going away, so a batch nobody will read stops being screened."""

    GROUP = 256 * 1024  # bytes of arrived body handed on at once, at most

    def __init__(self, request: Request):
        self.arrived: asyncio.Queue = asyncio.Queue()
        self.gone = False
        self._task = asyncio.create_task(self._read(request))

    async def _read(self, request: Request) -> None:
        try:
            async for piece in request.stream():
                if piece:
                    self.arrived.put_nowait(piece)
            self.arrived.put_nowait(None)
            while (await request.receive())["type"] != "http.disconnect":
                pass
            self.gone = True
        except Exception as error:  # over the limit, or the client gone: raised to the reader
            self.arrived.put_nowait(error)

    async def pieces(self) -> AsyncIterator[bytes | None]:
        """What has arrived, joined up to GROUP bytes; None once the body is complete; a
        failure while reading is raised after the body that came before it."""
        while True:
            items, size = [await self.arrived.get()], 0
            while isinstance(items[-1], bytes) and size < self.GROUP and not self.arrived.empty():
                size += len(items[-1])
                items.append(self.arrived.get_nowait())
            last = items[-1]  # only the last can be the end or a failure
            body = b"".join(items if isinstance(last, bytes) else items[:-1])
            if body:
                yield body
            if isinstance(last, Exception):
                raise last
            if last is None:
                yield None
                return

    def close(self) -> None:
        self._task.cancel()


def _problem_line(problem: Problem, request: Request) -> bytes:
    request.state.outcome = f"batch stopped: {problem.kind}"
    details = problem.details(instance=request.url.path, request_id=request.state.request_id)
    return (details.model_dump_json(exclude_none=True) + "\n").encode()
