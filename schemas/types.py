"""Field types shared by the case, the determination and the rule packs.

Dates are ISO 8601 calendar dates only: a number, a timestamp or a datetime is refused rather
than guessed at. Countries are ISO 3166-1 alpha-2 codes.
"""

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from schemas.codes import COUNTRY_CODES


def _iso_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValueError("must be a calendar date (YYYY-MM-DD), not a date and time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        except ValueError:
            return _bad_date(value)
    raise ValueError(f"must be a date written YYYY-MM-DD, got {type(value).__name__} {value!r}")


def _bad_date(value: str) -> dt.date:
    raise ValueError(f"{value!r} is not a valid date written YYYY-MM-DD")


def _country(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be an ISO 3166-1 alpha-2 country code, got {value!r}")
    if value not in COUNTRY_CODES:
        hint = " (codes are upper case)" if value.upper() in COUNTRY_CODES else ""
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code{hint}")
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
