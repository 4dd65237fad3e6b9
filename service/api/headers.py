"""The headers the service sends, declared in the OpenAPI document on each answer that carries
them, so a generated client can read them: every answer's X-Request-ID and Cache-Control, a
401's WWW-Authenticate, a 405's Allow, a 429's Retry-After.

Every path answers its other methods with 405 and Allow (the framework's routing, in
service/api/app.py's handler): declared here on each operation, with the header.
"""

from service.api.access import HEADER
from service.api.guard import REQUEST_ID
from service.api.problems import KINDS, MEDIA_TYPE, Problem

HEADERS = {
    "X-Request-ID": {
        "description": "The request's id, also in an error's `request_id` and the request's log "
        "line: the client's own X-Request-ID when it is a token of 1 to 64 letters, digits, "
        "dots, underscores and hyphens; otherwise (none sent, or any other value) one the "
        "service makes, 32 hex digits. Send none that says who the case is about.",
        "required": True,
        "schema": {"type": "string", "pattern": f"^{REQUEST_ID.pattern}$"},
    },
    "Cache-Control": {
        "description": "no-store: answers may be about a person, and are not to be kept.",
        "required": True,
        "schema": {"type": "string", "enum": ["no-store"]},
    },
    "WWW-Authenticate": {
        "description": f"how to authenticate: an API key in the {HEADER} header",
        "required": True,
        "schema": {"type": "string", "examples": [f'ApiKey header="{HEADER}"']},
    },
    "Allow": {
        "description": "the methods this path answers",
        "required": True,
        "schema": {"type": "string", "examples": ["POST"]},
    },
    "Retry-After": {
        "description": "seconds to wait before the key's next request is admitted",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    },
}
EVERY = ("X-Request-ID", "Cache-Control")
BY_STATUS = {"401": ("WWW-Authenticate",), "405": ("Allow",), "429": ("Retry-After",)}


def declare(doc: dict) -> None:
    """The headers as components, referenced from each answer of each operation."""
    doc["components"]["headers"] = HEADERS
    for path, methods in doc["paths"].items():
        for method, operation in methods.items():
            responses = operation["responses"]
            responses.setdefault("405", _not_allowed(path, method))
            for status, response in responses.items():
                named = response.setdefault("headers", {})
                for name in (*EVERY, *BY_STATUS.get(status, ())):
                    named[name] = {"$ref": f"#/components/headers/{name}"}


def _not_allowed(path: str, method: str) -> dict:
    """What another method of the path is answered with, as the app's handler answers it."""
    other = "GET" if method == "post" else "POST"
    problem = Problem("method-not-allowed", f"{other} is not allowed here")
    example = problem.details(path).model_dump(mode="json", exclude_none=True)
    return {
        "description": KINDS[problem.kind].title,
        "content": {
            MEDIA_TYPE: {
                "schema": {"$ref": "#/components/schemas/ProblemDetails"},
                "example": example,
            }
        },
    }
