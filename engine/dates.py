"""Date arithmetic with the project's boundary semantics, decided once (docs/semantics.md).

- Ages (schemas/dates.py, which validation shares): a person reaches age N on the N-th
  anniversary of the birth; someone born on 29 February reaches it on 1 March in common years.
- "Before age N" means up to and including the day before the N-th birthday; that day is the
  `deadline` we report.
- In-force periods are inclusive at both ends: a text in force from D governs births on D.
"""

import datetime as dt

from schemas.dates import age_on, birthday

__all__ = ["age_on", "birthday", "last_day_before_age", "ONE_DAY"]

ONE_DAY = dt.timedelta(days=1)


def last_day_before_age(birth: dt.date, years: int) -> dt.date:
    return birthday(birth, years) - ONE_DAY
