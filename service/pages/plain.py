"""The caseworker's words: dates written as the region writes them (the day first), and the case
format's problems reworded for the form, which names no case field."""

import datetime as dt
import re

from schemas.errors import N_

_DAY_FIRST = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_date(text: str) -> str | None:
    """'3/4/2020', '03-04-2020' or '2020-04-03' -> '2020-04-03' (the day first, as the region
    writes it), or None for anything else, an impossible day included."""
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


# the case format's problems reworded for the form, which names no case field: what a message
# names is the question it stands beside
PLAIN = {
    "is required": N_("An answer is needed here."),
    "Input should be {expected}": N_("Choose one of the answers offered."),
    "{birth} is after as_of {as_of}": N_(
        "The date of birth ({birth}) is after the date of the screening ({as_of})."
    ),
    "{to} is before 'from' {start}": N_("{to} is before the start date, {start}."),
    "{lost} is before acquired_on {acquired}": N_(
        "{lost} is before the date it was acquired, {acquired}."
    ),
    "is set but birth_place_kind is 'territory'": N_(
        "Answer this only for a birth aboard a ship or aircraft."
    ),
    "is '{parentage}' but person.foundling is true: a foundling's parents are unknown": N_(
        "A foundling's parents are not known: answer No here, or untick the foundling box."
    ),
}


def plain(gettext):
    """gettext for the case format's problems, in the form's words where they differ."""
    return lambda template: gettext(PLAIN.get(template, template))
