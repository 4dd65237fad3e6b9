"""The service's app called in process, on one event loop kept for the client's life.

Starlette's TestClient hands every request to an event loop in another thread and waits for it:
some 8 ms a request, most of a page test's time when an interview walk sends thousands. Here the
requests run on the test's own thread, through httpx's ASGI transport, with the same answers.
"""

import asyncio

import httpx


class AppClient:
    """`get`/`post` as httpx's Client has them, answered by the app without a server."""

    def __init__(self, app, base_url: str = "http://testserver"):
        self._loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=app)
        self._client = httpx.AsyncClient(transport=transport, base_url=base_url)

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()
