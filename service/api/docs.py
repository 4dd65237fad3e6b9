"""/docs: Swagger UI on the OpenAPI document, from the package's own copy of its assets
(static/swagger-ui: swagger-ui-dist, with its license), never from a CDN: it works in a closed
network, and the page runs no third-party script. Its Content-Security-Policy lets it load and
run only this service's files, and no other site frame it."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {
    "swagger-ui-bundle.js": STATIC / "swagger-ui" / "swagger-ui-bundle.js",
    "swagger-ui.css": STATIC / "swagger-ui" / "swagger-ui.css",
    "favicon.png": STATIC / "swagger-ui" / "favicon-32x32.png",
    "docs.js": STATIC / "docs.js",
}
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} — API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" href="/docs/assets/favicon.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/docs.js"></script></body></html>
"""


def routes(app: FastAPI) -> None:
    """GET /docs and its assets."""
    page = PAGE.format(title=app.title.replace("&", "&amp;").replace("<", "&lt;"))

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return HTMLResponse(page, headers={"Content-Security-Policy": POLICY})

    @app.get("/docs/assets/{name}", include_in_schema=False)
    async def asset(name: str) -> Response:
        if name not in ASSETS:
            return Response("not found", status_code=404, media_type="text/plain")
        return FileResponse(ASSETS[name], headers={"Cache-Control": "max-age=86400"})
