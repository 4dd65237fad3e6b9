"""uvicorn's HTTP protocol with a header read timeout, which uvicorn lacks.

A connection must complete a request's headers within `limits.header_timeout` seconds of
opening, and of each answer sent; else it is closed. The clock is not reset by each byte (as
uvicorn's keep-alive timer is), so a client trickling its request line a byte at a time
(slowloris), or opening a connection and saying nothing, holds it no longer than that. Slow
bodies are the Guard's (body_timeout); idle keep-alive and shutdown are uvicorn's own timeouts.
"""

import functools

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from service.api.config import load_settings

PROTOCOL = "service.api.protocol:TimedHttpToolsProtocol"  # as `nationality serve` names it


@functools.cache
def header_timeout() -> float:
    """The worker's setting, from the environment `nationality serve` hands it (the app of
    the same worker reads the same)."""
    return load_settings().limits.header_timeout


class TimedHttpToolsProtocol(HttpToolsProtocol):
    """Closes a connection whose next request's headers are not complete in time."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._await_headers()

    def _await_headers(self) -> None:
        """From now, the headers of a request after the current one must be in in time."""
        if getattr(self, "_headers_timer", None):
            self._headers_timer.cancel()
        self._headers_timer = self.loop.call_later(header_timeout(), self._headers_late, self.cycle)

    def _headers_late(self, waited_on) -> None:
        """No request has begun since: the one waited on is still the last, and answered."""
        idle = waited_on is None or waited_on.response_complete
        if self.cycle is waited_on and idle and not self.transport.is_closing():
            self.transport.close()
