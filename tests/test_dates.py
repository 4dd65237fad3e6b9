"""The date-boundary semantics, decided once (docs/semantics.md)."""

import datetime as dt

import pytest

from engine.dates import age_on, birthday, last_day_before_age


@pytest.mark.parametrize(
    "birth, day, age",
    [
        ("2000-09-10", "2025-09-09", 24),
        ("2000-09-10", "2025-09-10", 25),
        ("2000-02-29", "2025-02-28", 24),
        ("2000-02-29", "2025-03-01", 25),
        ("2000-02-29", "2024-02-29", 24),
    ],
)
def test_age_is_reached_on_the_anniversary(birth, day, age):
    assert age_on(dt.date.fromisoformat(birth), dt.date.fromisoformat(day)) == age


def test_born_on_29_february_reaches_an_age_on_1_march_in_common_years():
    assert birthday(dt.date(2000, 2, 29), 25) == dt.date(2025, 3, 1)
    assert birthday(dt.date(2000, 2, 29), 24) == dt.date(2024, 2, 29)


def test_before_age_n_ends_the_day_before_the_birthday():
    assert last_day_before_age(dt.date(2000, 9, 10), 25) == dt.date(2025, 9, 9)
    assert last_day_before_age(dt.date(2000, 2, 29), 25) == dt.date(2025, 2, 28)
