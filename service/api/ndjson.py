"""Batches as NDJSON: cases screened as their lines arrive, answers streamed as they are made.

The screening itself is the caller's (`screen`: records in, output lines out), run in the
threadpool a chunk at a time, so the event loop keeps answering while a batch is screened.
"""

import asyncio
from collections.abc import AsyncIterator, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import StreamingResponse

from service.api.guard import BodyTooLarge
from service.api.problems import Problem
from service.api.requests import Ask

CHUNK = 100  # cases screened per trip to the threadpool in a batch
Screen = Callable[[list, str | None, bool], bytes]  # records, lang, explain -> output lines


class NDJSONStream(StreamingResponse):
    """Streams without Starlette's disconnect listener: that listener reads the request, and
    this response is still reading the request's body as it writes."""

    media_type = "application/x-ndjson"

    async def __call__(self, scope, receive, send):
        try:
            await self.stream_response(send)
        except OSError:
            raise ClientDisconnect() from None


class JSONArrayStream(NDJSONStream):
    """A batch's answer lines as one JSON array, for a client that asks for JSON."""

    media_type = "application/json"


async def json_array(lines: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The answer lines as the items of a JSON array, one item a line, streamed as they are
    made. The problem that ends a batch cut at a limit is the last item, as it is the last
    line; an answer broken off by a fault lacks its closing bracket, so no JSON reader takes
    it for a complete one."""
    before = b"["
    async for chunk in lines:
        if items := [line for line in chunk.split(b"\n") if line]:
            yield before + b"\n" + b",\n".join(items)
            before = b","
    yield b"[]\n" if before == b"[" else b"\n]\n"


async def stream_cases(screen: Screen, request: Request, cases: list, ask: Ask):
    """A JSON array's cases, screened a chunk at a time while the client is there; a client
    that leaves is logged as gone, as on the NDJSON path."""
    screened, gone = 0, ""
    for start in range(0, len(cases), CHUNK):
        if await request.is_disconnected():
            gone = ", client gone"
            break
        chunk = list(enumerate(cases[start : start + CHUNK], start + 1))  # errors say which
        yield await run_in_threadpool(screen, chunk, ask.lang, ask.explain)
        screened += len(chunk)
    request.state.outcome = f"batch of {screened}{gone}"


async def stream_lines(
    screen: Screen, request: Request, ask: Ask, limit: int
) -> AsyncIterator[bytes]:
    """Screen NDJSON as it arrives: each received piece's complete lines go to the engine. Past
    a limit, the cases before it are still answered; the problem is the last line."""
    intake, count = _Intake(request), 0
    try:
        async for records in _lines(intake, limit):
            if intake.gone:
                break
            count += len(records)
            yield await run_in_threadpool(screen, records, ask.lang, ask.explain)
    except Problem as problem:  # the rest is read and dropped, so the client can finish
        intake.drop()
        yield _problem_line(problem, request)
        await intake.ended.wait()
        return
    except ClientDisconnect:
        pass
    finally:
        intake.close()
    gone = ", client gone" if intake.gone else ""
    request.state.outcome = f"batch of {count}{gone}"


async def _lines(intake: "_Intake", limit: int) -> AsyncIterator[list[tuple[int, bytes]]]:
    """Numbered lines of the body, in groups as they arrive; past `limit` lines, the lines
    before it, then the Problem. A blank line is a record too (its answer says it holds no
    case), as in `nationality batch`: answers line up with the lines sent."""
    pending, number, count = bytearray(), 0, 0
    async for piece in intake.pieces():
        if piece is None:  # end of the body: a last line without a newline, if any
            complete = [bytes(pending)] if pending else []
            pending = bytearray()
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
    reads (most do) would otherwise block on a server blocked on it. Past a limit (cases or
    bytes) the rest of the body is still read, and dropped, for the same reason: the client
    finishes sending, then reads the answers and the problem. Once the body is in, it watches
    for the client going away, so a batch nobody will read stops being screened."""

    GROUP = 256 * 1024  # bytes of arrived body handed on at once, at most
    DRAINED = 1 << 30  # bytes dropped past a limit, at most: then the connection is closed

    def __init__(self, request: Request):
        self.arrived: asyncio.Queue = asyncio.Queue()
        self.gone = self.dropping = False
        self.ended = asyncio.Event()  # the whole body has come in, been dropped, or failed
        self._task = asyncio.create_task(self._read(request.receive))

    async def _read(self, receive) -> None:
        try:
            await self._body(receive)
            self.arrived.put_nowait(None)
            self.ended.set()
            while (await receive())["type"] != "http.disconnect":
                pass
            self.gone = True
        except Exception as error:  # the client gone: raised to the reader
            self.arrived.put_nowait(error)
            self.ended.set()

    async def _body(self, receive) -> None:
        """Each piece of the body onto `arrived` (the byte limit's problem in its place), or,
        once dropping, nowhere."""
        dropped, more = 0, True
        while more and dropped <= self.DRAINED:
            try:
                message = await receive()
            except BodyTooLarge as problem:  # said once; the rest is dropped
                if not self.dropping:
                    self.drop(problem)
                more = problem.more_body
                continue
            if message["type"] == "http.disconnect":
                raise ClientDisconnect()
            body, more = message.get("body", b""), message.get("more_body", False)
            if self.dropping:
                dropped += len(body)
            elif body:
                self.arrived.put_nowait(body)

    def drop(self, problem: Exception | None = None) -> None:
        """Past a limit, what is still to come is dropped. The byte limit (`problem`) is the
        intake's: the reader gets it after the body before it; the case limit is the reader's,
        which wants nothing more."""
        self.dropping = True
        if problem:
            self.arrived.put_nowait(problem)
            return
        while not self.arrived.empty():
            self.arrived.get_nowait()

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
