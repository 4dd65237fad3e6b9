"""Validation errors as (field, problem) pairs: what every interface shows for bad input.

Each problem is an English template with named values, so an interface can show it in the
caseworker's language: `problems(error, gettext)` translates the template, then fills it in.
"""

import reprlib

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

ECHO = 60  # characters of a bad value a problem shows: enough to find it, never a flood


def N_(message: str) -> str:
    """Mark a message for translation where it is written (engine/i18n.py translates it)."""
    return message


class FieldProblem(BaseModel):
    field: str
    problem: str


class Out(BaseModel):
    """An answer: its schema requires every field an answer always holds (null where it can be
    null), so generated clients need no guard for what is never missing."""

    model_config = ConfigDict(
        populate_by_name=True, json_schema_serialization_defaults_required=True
    )


def empty() -> list:
    """A new empty list: the default of a list field. A function of ours rather than `list`:
    pydantic reads a default factory's signature, and a builtin's costs ~0.3 ms to parse, at
    every list field of every model built (~50 ms of each start)."""
    return []


def left_out(value) -> bool:
    """A field sent only when it holds something (what was not asked for is left out)."""
    return value is None


class ProblemDetails(Out):
    """RFC 9457 problem details, with the fields at fault when the input is: every error answer
    of the HTTP service, and the last line of a batch cut short at a limit."""

    type: str = Field(description="what went wrong: /v1/problems/<name> describes it")
    title: str
    status: int
    detail: str
    instance: str | None = Field(None, exclude_if=left_out, description="the path of the request")
    request_id: str | None = Field(
        None, exclude_if=left_out, description="also in the X-Request-ID header"
    )
    problems: list[FieldProblem] = Field(
        default_factory=empty, description="each field at fault and what is wrong with it"
    )
    case_id: str | None = Field(
        None, exclude_if=left_out, description="the case's id, when it could be read"
    )


def problem(kind: str, template: str, **values) -> PydanticCustomError:
    """A validation error of our own, its template kept so it can be translated; the values it
    shows are cut to ECHO characters, so a huge value is never copied into the message."""
    shown = {k: cut(v) if isinstance(v, str) else v for k, v in values.items()}
    return PydanticCustomError(kind, template, {"template": template, **shown})


def echo(value) -> str:
    """A short repr of a bad value for a message: a few items of a few levels, ECHO characters
    at most, whatever the value's size (a list may stand for millions through YAML aliases)."""
    return cut(_ECHO_REPR.repr(value))


def cut(text: str) -> str:
    """A text (a name or path the input chose) at most ECHO characters long."""
    return text if len(text) <= ECHO else text[: ECHO - 1] + "…"


_ECHO_REPR = reprlib.Repr()
_ECHO_REPR.maxlevel, _ECHO_REPR.maxlist, _ECHO_REPR.maxdict = 2, 4, 4
_ECHO_REPR.maxstring = _ECHO_REPR.maxother = _ECHO_REPR.maxlong = ECHO


# pydantic's own errors that bad input commonly meets, as templates over their context
PYDANTIC = {
    "missing": N_("is required"),
    "extra_forbidden": N_("unknown field (not part of the format; check its spelling)"),
    "literal_error": N_("Input should be {expected}"),
    "bool_type": N_("Input should be a valid boolean"),
    "string_type": N_("Input should be a valid string"),
    "list_type": N_("Input should be a valid list"),
    "model_type": N_("Input should be an object"),
    "too_long": N_("has {actual_length} entries; at most {max_length} are allowed"),
    "string_unicode": N_("has a key that is not valid Unicode text (a lone surrogate)"),
}


DOCUMENT = "(document)"  # the field of a problem with the whole input


def field_path(loc: tuple) -> str:
    """('parents', 0, 'nationalities', 1, 'acquired') -> 'parents[0].nationalities[1].acquired'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{cut(part)}" if path else cut(str(part))
    return path or DOCUMENT


def problems(error: ValidationError, gettext=None) -> list[FieldProblem]:
    """The problems of a failed validation, worded in English or through `gettext`."""
    translate = gettext or str
    out = []
    for err in error.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if p not in ("function-after", "function-before"))
        values = err.get("ctx") or {}
        if err["type"] == "inconsistent":
            loc = (*loc, values["field"]) if loc else (values["field"],)
        template = values.get("template") or PYDANTIC.get(err["type"])
        try:
            message = translate(template).format(**values) if template else err["msg"]
        except (KeyError, IndexError):  # a context pydantic words differently in this version
            message = err["msg"]
        out.append(FieldProblem(field=field_path(loc), problem=message))
    return out
