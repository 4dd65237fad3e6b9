"""Reading a request: its JSON body, its media type, the language asked for, and the key that
admits it to an endpoint's scope."""

import json
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Header, Query, Request, Security
from fastapi.security import APIKeyHeader
from pydantic import ValidationError

from schemas.determination import CaseError
from schemas.errors import problems
from service.api import strict
from service.api.access import HEADER, Access
from service.api.config import Scope
from service.api.problems import Problem, field

Lang = Literal["es", "en"]


def parse_json(body: bytes):
    if not body.strip():
        raise Problem("malformed-json", "the body is empty", field("(body)", "expected JSON"))
    try:
        return strict.loads(body)
    except strict.NonStandardJSON as error:
        raise Problem(
            "malformed-json",
            f"the body is not valid JSON: {error}",
            field("(body)", f"not valid JSON: {error}"),
        ) from None
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


def json_type(value) -> str:
    names = {dict: "an object", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


JSON = "application/json"
# a batch in JSON Lines: application/x-ndjson, and the names other tools give it
NDJSON = (
    "application/x-ndjson",
    "application/jsonl",
    "application/ndjson",
    "application/jsonlines",
)
# what a batch is answered as: NDJSON (by any of its names), or a JSON array when asked for
BATCH_ANSWERS = {NDJSON[0]: NDJSON, JSON: (JSON,)}


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def require_media(request: Request, accepted: tuple[str, ...] = (JSON,)) -> str:
    """The body's media type, when it is one the endpoint reads; else the 415 naming them all."""
    kind = media_type(request)
    if kind in accepted:
        return kind
    found = f"not {kind}" if kind else "the Content-Type header is missing"
    raise Problem("unsupported-media-type", f"send {either(accepted)}; {found}")


def require_json(request: Request) -> None:
    require_media(request)


def either(types: tuple[str, ...]) -> str:
    """('a', 'b', 'c') -> 'a, b or c'."""
    return " or ".join(filter(None, (", ".join(types[:-1]), types[-1])))


def accepted(request: Request, offered: dict[str, tuple[str, ...]]) -> str:
    """The media type to answer with: of `offered` (each with the names the Accept header may
    give it), the one the client prefers most (q), the first on a tie or without an Accept
    header; 406 naming them when the client accepts none."""
    ranges = weighted(request.headers.get("accept") or "*/*")
    best, best_q = None, 0.0
    for answer, names in offered.items():
        q = _quality(ranges, names)
        if q > best_q:
            best, best_q = answer, q
    if best is None:
        asked = request.headers.get("accept", "")
        detail = f"this endpoint answers {either(tuple(offered))}, not {asked[:100]}"
        raise Problem("not-acceptable", detail)
    return best


def weighted(header: str) -> list[tuple[str, float]]:
    """An Accept or Accept-Language header's values, lower case, with their q (1 when not
    given, 0 when not a number)."""
    ranges = []
    for part in header.split(","):
        name, *params = part.split(";")
        q = 1.0
        for param in params:
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                q = _number(value)
        if name.strip():
            ranges.append((name.strip().lower(), q))
    return ranges


def _quality(ranges: list[tuple[str, float]], names: tuple[str, ...]) -> float:
    """The q the client gives a media type known by `names`: that of its most specific range
    (one of the names, then type/*, then */*)."""
    for candidates in (names, (names[0].split("/")[0] + "/*",), ("*/*",)):
        found = [q for given, q in ranges if given in candidates]
        if found:
            return max(found)
    return 0.0


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def negotiate(lang: str | None, accept_language: str | None) -> str | None:
    """`lang` when given, else the best of es/en in Accept-Language, else None (the default
    of what is asked: for a screening, the language of the states involved)."""
    if lang:
        return lang
    best, best_q = None, 0.0
    for tag, q in weighted(accept_language or ""):
        primary = tag.split("-")[0]
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


def content_language(lang: str | None) -> dict[str, str]:
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
