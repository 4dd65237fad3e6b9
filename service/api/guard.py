"""The middleware every request passes: a request id, the body limits, privacy headers, and the
one log line per request, which carries nothing about a person."""

import asyncio
import json
import logging
import re
import uuid

from starlette.datastructures import MutableHeaders
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from service.api.config import Limits
from service.api.problems import MEDIA_TYPE, Problem

log = logging.getLogger("nationality.http")
# a client's X-Request-ID, kept when it is a token like this (else the service makes one)
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class Guard:
    """Gives each request an id (the client's X-Request-ID when it is a sane token), enforces
    the body limit (413 before reading when the declared length is over it; the batch limit on
    the `large` paths, which may carry many cases), marks answers not to be stored, and logs
    one line per request: its id, the key id, the law `version` and the outcome."""

    def __init__(self, app, limits: Limits, version: str, large: tuple[str, ...]):
        self.app, self.limits, self.version, self.large = app, limits, version, large

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id = _request_id(scope)
        large = scope["path"] in self.large
        limit = self.limits.max_batch_bytes if large else self.limits.max_body_bytes
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
                await _send_problem(scope, send_marked, too_large(limit))
            else:
                receive = _limited(receive, limit, self.limits.body_timeout)
                await self.app(scope, receive, send_marked)
        except ClientDisconnect:  # nobody is left to answer
            state["outcome"] = f"{state.get('outcome', '')} client gone".strip()
        except Exception as error:  # a fault of ours: say so without a traceback of the data
            if not status:
                problem = Problem("internal-error", "the service failed on this request")
                await _send_problem(scope, send_marked, problem)
            state["outcome"] = f"internal-error ({type(error).__name__} at {code_place(error)})"
        finally:
            self._log(state, status[0] if status else 0)

    def _log(self, state: dict, status: int) -> None:
        line = {
            "request_id": state["request_id"],
            "key_id": state.get("key_id"),
            "rulepack": self.version,
            "outcome": f"{status} {state.get('outcome', '')}".strip(),
        }
        log.info(json.dumps(line))


def _request_id(scope) -> str:
    """The client's X-Request-ID, when it is 1 to 64 letters, digits, dots, underscores and
    hyphens (nothing a log line could be forged with); else a new one, 32 hex digits."""
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            given = value.decode("latin-1")
            return given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
    return uuid.uuid4().hex


def _declared_length(scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


class BodyTooLarge(Problem):
    """More body than the endpoint's limit came in; `more_body`: whether more is still to come
    (a reader that drains the rest, so the client can finish sending, needs to know)."""

    def __init__(self, limit: int, more_body: bool = False):
        super().__init__(
            "body-too-large", f"the body is over this endpoint's limit of {limit} bytes"
        )
        self.more_body = more_body


def too_large(limit: int) -> Problem:
    return BodyTooLarge(limit)


def _limited(receive, limit: int, timeout: float):
    """`receive`, raising BodyTooLarge for each message once more than `limit` body bytes have
    come in, and request-timeout when the body pauses longer than `timeout` seconds."""
    seen, more = 0, True

    async def receive_limited():
        nonlocal seen, more
        try:
            message = await (asyncio.wait_for(receive(), timeout) if more else receive())
        except TimeoutError:
            raise Problem(
                "request-timeout",
                f"the body paused for more than {timeout:g} seconds",
                headers={"Connection": "close"},
            ) from None
        if message["type"] == "http.request":
            more = message.get("more_body", False)
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit, more)
        return message

    return receive_limited


def code_place(error: Exception) -> str:
    """Where in our code `error` was raised (file:line): what a log may say of a failure, whose
    message may quote the case."""
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
