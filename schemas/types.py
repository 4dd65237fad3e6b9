"""Field types shared by the case, the determination and the rule packs.

Dates are ISO 8601 calendar dates only: a number, a timestamp or a datetime is refused rather
than guessed at. Countries are ISO 3166-1 alpha-2 codes.
"""

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from schemas.codes import COUNTRY_CODES
from schemas.errors import N_, echo, problem


def _iso_date(value: Any) -> dt.date:
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
    if value not in COUNTRY_CODES:
        if value.upper() in COUNTRY_CODES:
            template = N_(
                "'{value}' is not an ISO 3166-1 alpha-2 country code (codes are upper case)"
            )
        else:
            template = N_("'{value}' is not an ISO 3166-1 alpha-2 country code")
        raise problem("country_code", template, value=value)
    return value


ISODate = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date"}),
]

Country = Annotated[
    str,
    BeforeValidator(_country),
    WithJsonSchema(
        {
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code",
            "enum": sorted(COUNTRY_CODES),
        }
    ),
]
