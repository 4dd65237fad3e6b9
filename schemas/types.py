"""Field types shared by the case, the determination and the rule packs.

Dates are ISO 8601 calendar dates only: a number, a timestamp or a datetime is refused rather
than guessed at. Countries are ISO 3166-1 alpha-2 codes. Every string a case holds is plain
text of a bounded length: too long, or holding a lone surrogate (JSON "\\ud800", which no UTF-8
output can carry), it is refused naming the field, and never echoed.
"""

import datetime as dt
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StrictStr,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, core_schema

from schemas.codes import COUNTRY_CODES
from schemas.errors import N_, echo, empty, problem

NAME_LENGTH = 200  # an id or a code: a reference, not a document
TEXT_LENGTH = 5000  # a free text (a worked case's title or reasoning): a few pages at most


def text_problem(value: str, limit: int = NAME_LENGTH) -> PydanticCustomError | None:
    """What makes a string unusable as text (too long, not valid Unicode), without echoing it:
    a 200 MB value is refused on its length before anything reads it through. Most text is
    ASCII, which holds no surrogate: CPython knows that of a string without reading it. Other
    text is encoded as UTF-8, which refuses a surrogate (a valid pair is one code point once
    decoded): several times faster than a regex search."""
    if len(value) > limit:
        return problem("text_too_long", N_("is longer than {limit} characters"), limit=limit)
    if not value.isascii():
        try:
            value.encode()
        except UnicodeEncodeError:
            return problem(
                "text_unicode",
                N_("is not valid Unicode text (it holds a lone surrogate code point)"),
            )
    return None


def plain_text(value: str, limit: int = NAME_LENGTH) -> str:
    if len(value) <= limit and value.isascii():  # short ASCII: nothing to look for
        return value
    if (error := text_problem(value, limit)) is not None:
        raise error
    return value


def _free_text(value: Any) -> Any:
    """Every string in a free value (an annotation: nested mappings and lists), keys included,
    walked without recursion so no nesting depth can overflow the stack."""
    if type(value) is str and len(value) <= TEXT_LENGTH and value.isascii():  # a usual title
        return value
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if len(item) > TEXT_LENGTH or not item.isascii():
                plain_text(item, TEXT_LENGTH)
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, (list, tuple)):
            pending.extend(item)
    return value


def _iso_date(value: Any) -> dt.date:
    if type(value) is str and len(value) == 10 and value.isascii():  # the usual YYYY-MM-DD
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return _bad_date(value)
    if isinstance(value, str):
        plain_text(value)
    if isinstance(value, dt.datetime):
        raise problem("date_type", N_("must be a calendar date (YYYY-MM-DD), not a date and time"))
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        except ValueError:
            return _bad_date(value)
    raise problem(
        "date_type",
        N_("must be a date written YYYY-MM-DD, got {type} {value}"),
        type=type(value).__name__,
        value=echo(value),
    )


def _bad_date(value: str) -> dt.date:
    raise problem(
        "date_format", N_("'{value}' is not a valid date written YYYY-MM-DD"), value=value
    )


def _country(value: Any) -> str:
    if not isinstance(value, str):
        raise problem(
            "country_type",
            N_("must be an ISO 3166-1 alpha-2 country code, got {value}"),
            value=echo(value),
        )
    if value in COUNTRY_CODES:  # a code is plain text
        return value
    plain_text(value)
    if value.upper() in COUNTRY_CODES:
        template = N_("'{value}' is not an ISO 3166-1 alpha-2 country code (codes are upper case)")
    else:
        template = N_("'{value}' is not an ISO 3166-1 alpha-2 country code")
    raise problem("country_code", template, value=value)


class _ReadBy:
    """A value read by one function of ours that checks its type too: nothing of pydantic's
    runs before or after it (each layer costs a call per field of every case), and the value
    it returns is serialized as what it is (a str, a date)."""

    def __init__(self, read):
        self.read = read

    def __get_pydantic_core_schema__(self, source, handler):
        return core_schema.no_info_plain_validator_function(self.read)


# pydantic writes a date as YYYY-MM-DD in JSON (and keeps it a date in Python) by itself
ISODate = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]

# The days a case can speak of. The oldest provision encoded is in force from 1855 (rules/):
# 1800 leaves room for the parents and grandparents of a person born then, and refuses a birth
# in year 0001. A case's ages and deadlines run a century or so past its dates: 2199 keeps them
# inside the calendar (year 9999) and is later than any assessment will be.
EARLIEST = dt.date(1800, 1, 1)
LATEST = dt.date(2199, 12, 31)


def _case_date(value: Any) -> dt.date:
    """An ISO date within the days a case can speak of: one call of ours for both checks."""
    day = _iso_date(value)
    if not EARLIEST <= day <= LATEST:
        raise problem(
            "date_range",
            N_("{date} is outside the days a case can speak of ({earliest} to {latest})"),
            date=day,
            earliest=EARLIEST,
            latest=LATEST,
        )
    return day


CaseDate = Annotated[
    dt.date,
    _ReadBy(_case_date),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "description": f"a day from {EARLIEST} to {LATEST}",
        }
    ),
]

Country = Annotated[
    str,
    _ReadBy(_country),
    WithJsonSchema(
        {
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code",
            "enum": sorted(COUNTRY_CODES),
        }
    ),
]

Name = Annotated[
    StrictStr,
    AfterValidator(plain_text),
    WithJsonSchema(
        {"type": "string", "maxLength": NAME_LENGTH, "description": "valid Unicode text"}
    ),
]

FreeValue = Annotated[
    Any,
    _ReadBy(_free_text),
    WithJsonSchema(
        {
            "description": f"any value; each text in it valid Unicode, at most {TEXT_LENGTH} "
            "characters"
        }
    ),
]


class _NullIsEmpty:
    """`null` read as an empty list: code generators type an optional list as `list | None` and
    send `null` for "none", which means the same as leaving it out. The input schema says so
    (array or null); an answer never holds null there."""

    def __get_pydantic_core_schema__(self, source, handler):
        return core_schema.no_info_before_validator_function(_empty_if_null, handler(source))

    def __get_pydantic_json_schema__(self, schema, handler):
        listed = handler(schema)
        return {"anyOf": [listed, {"type": "null"}]} if handler.mode == "validation" else listed


def _empty_if_null(value: Any) -> Any:
    return [] if value is None else value


Item = TypeVar("Item")
# A list a case may leave out (or send as null): empty then, and `default: []` in its schema.
OptionalList = Annotated[
    list[Item],
    _NullIsEmpty(),
    Field(default_factory=empty, json_schema_extra={"default": []}),
]
