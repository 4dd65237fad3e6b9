"""Date arithmetic with the project's boundary semantics, decided once (docs/semantics.md).

- A person reaches age N on the N-th anniversary of the birth; someone born on 29 February
  reaches it on 1 March in common years.
- "Before age N" means up to and including the day before the N-th birthday; that day is the
  `deadline` we report.
- In-force periods are inclusive at both ends: a text in force from D governs births on D.
"""

import datetime as dt

ONE_DAY = dt.timedelta(days=1)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years completed on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birthday(birth: dt.date, years: int) -> dt.date:
    """The day the person reaches `years` of age."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(birth.year + years, 3, 1)


def last_day_before_age(birth: dt.date, years: int) -> dt.date:
    return birthday(birth, years) - ONE_DAY
