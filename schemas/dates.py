"""Ages, with the project's boundary semantics (docs/semantics.md), here so that validation
(an age at marriage) and the engine count them alike.

- A person reaches age N on the N-th anniversary of the birth; someone born on 29 February
  reaches it on 1 March in common years.
"""

import datetime as dt


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years completed on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birthday(birth: dt.date, years: int) -> dt.date:
    """The day the person reaches `years` of age."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(birth.year + years, 3, 1)
