"""Errors of the HTTP service as RFC 9457 problem details.

Every error answer is `application/problem+json` with a `type` naming what went wrong (a path
under /v1/problems/ that describes it), the HTTP `status`, a `detail` for people, and, when the
fault is in the input, `problems`: the field and the problem, as the CLI and batch lines say it.
"""

from dataclasses import dataclass

from schemas.errors import FieldProblem, Out, ProblemDetails
from service.api.strict import escaped

MEDIA_TYPE = "application/problem+json"
BASE = "/v1/problems/"


@dataclass(frozen=True)
class Kind:
    status: int
    title: str
    description: str


KINDS = {
    "malformed-json": Kind(
        400, "Malformed JSON", "The body is not valid JSON (or not UTF-8); `problems` says where."
    ),
    "malformed-form": Kind(
        400,
        "Malformed form",
        "The caseworker's page was sent form data (application/x-www-form-urlencoded or "
        "multipart/form-data) that cannot be read as such.",
    ),
    "invalid-case": Kind(
        422,
        "Invalid case",
        "The case does not follow the case format: each entry of `problems` names a field "
        "(e.g. person.birth_date) and what is wrong with it: an unknown field, a code or date "
        "that is not valid, facts that contradict each other.",
    ),
    "invalid-request": Kind(
        422,
        "Invalid request",
        "A query or path parameter, the shape of a batch body, or a field of a lab request (a "
        "population axis, a state) is not what this endpoint accepts; `problems` names it.",
    ),
    "invalid-reform": Kind(
        422,
        "Invalid reform",
        "The reform is not valid, or the law it makes does not load: each entry of `problems` "
        "names the reform's field (e.g. reform.operations[0].set.requires[0].windows[1]"
        ".before_age), or the reform as a whole with the rule or pack at fault, and what is "
        "wrong, as `nationality reform` says it.",
    ),
    "body-too-large": Kind(
        413, "Body too large", "The body is larger than this service accepts for the endpoint."
    ),
    "request-timeout": Kind(
        408,
        "Request timeout",
        "The body paused longer than this service waits (limits.body_timeout); the connection "
        "is closed.",
    ),
    "too-many-cases": Kind(
        413,
        "Too many cases",
        "The batch, or the lab's population (sent or generated), holds more cases than one "
        "request may.",
    ),
    "unsupported-media-type": Kind(
        415,
        "Unsupported media type",
        "The Content-Type is missing, or not one the endpoint reads; `detail` names those it "
        "reads.",
    ),
    "not-acceptable": Kind(
        406,
        "Not acceptable",
        "The Accept header names no media type the endpoint can answer with; `detail` names "
        "those it can.",
    ),
    "unauthenticated": Kind(
        401,
        "API key missing or not recognised",
        "Send a key configured for this service in the X-API-Key header.",
    ),
    "forbidden": Kind(
        403,
        "Key not allowed here",
        "The key is recognised, but disabled, or not granted the scope this endpoint needs "
        "(screen, batch, law or lab).",
    ),
    "rate-limited": Kind(
        429, "Rate limit exceeded", "The key made more requests than its limit; see Retry-After."
    ),
    "not-found": Kind(404, "Not found", "No such resource (a path, a rule id, a country pack)."),
    "method-not-allowed": Kind(405, "Method not allowed", "See the Allow header."),
    "not-ready": Kind(503, "Not ready", "The service is starting or stopping; try again shortly."),
    "internal-error": Kind(
        500,
        "Internal error",
        "A fault of the service, not of the request; quote the request_id when reporting it.",
    ),
}

# the kind of an error raised by the framework, by status (the more specific kinds are ours;
# the framework's only 400 is a form it cannot parse: our JSON is read by requests.parse_json)
STATUS_KINDS = {
    kind.status: name
    for name, kind in KINDS.items()
    if name not in ("invalid-request", "invalid-reform", "malformed-json")
}


class ProblemKind(Out):
    type: str
    title: str
    status: int
    description: str


class Problem(Exception):
    """Raised anywhere in a request; the service answers it as problem details."""

    def __init__(
        self,
        kind: str,
        detail: str,
        problems: list[FieldProblem] | None = None,
        headers: dict[str, str] | None = None,
        case_id: str | None = None,
        status: int | None = None,
    ):
        super().__init__(detail)
        self.kind, self.detail = kind, detail
        self.problems = problems or []
        self.headers = headers or {}
        self.case_id = case_id
        self.status = status or KINDS[kind].status

    def details(self, instance: str | None = None, request_id: str | None = None):
        """The problem details, what they echo of the input escaped so they can be sent."""
        return ProblemDetails(
            type=BASE + self.kind,
            title=KINDS[self.kind].title,
            status=self.status,
            detail=escaped(self.detail),
            instance=escaped(instance) if instance else instance,
            request_id=request_id,
            problems=sendable(self.problems),
            case_id=escaped(self.case_id) if self.case_id else self.case_id,
        )


def sendable(found: list[FieldProblem]) -> list[FieldProblem]:
    """Problems with what they echo of the input escaped (a lone surrogate), so they encode."""
    return [FieldProblem(field=escaped(p.field), problem=escaped(p.problem)) for p in found]


def field(where: str, problem: str) -> list[FieldProblem]:
    return [FieldProblem(field=where, problem=problem)]


def describe(kind: str) -> ProblemKind:
    k = KINDS[kind]
    return ProblemKind(type=BASE + kind, title=k.title, status=k.status, description=k.description)
