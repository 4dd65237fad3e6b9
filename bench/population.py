"""Synthetic cases for the benchmark: seeded, spread over the facts the rules read."""

import datetime as dt
import random

MIRPS = ["BZ", "CR", "SV", "GT", "HN", "MX", "PA"]
OTHERS = ["NI", "US", "CO", "VE", "CU", "HT", "ES", "JP"]
STATUSES = ["national", "permanent", "temporary", "irregular", "transit", "refugee", "stateless"]
ACTS = ["birth_registration", "late_birth_registration", "consular_registration"]


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max((end - start).days, 1)))


def case(rng: random.Random, n: int) -> dict:
    as_of = dt.date(2025, 6, 1)
    birth = _day(rng, dt.date(1930, 1, 1), as_of)
    born_in = rng.choice(MIRPS + OTHERS)
    parents = []
    for role in rng.sample(["mother", "father"], rng.choice([1, 2, 2, 2])):
        nationality = rng.choice(MIRPS + OTHERS)
        acquired = rng.choice(["birth", "birth", "birth", "naturalization"])
        parents.append(
            {
                "role": role,
                "legal_parentage": rng.choice(["birth", "birth", "acknowledged", "unknown"]),
                "nationalities": [
                    {
                        "country": nationality,
                        "acquired": acquired,
                        "acquired_on": None
                        if acquired == "birth"
                        else _day(
                            rng, birth - dt.timedelta(days=9000), birth + dt.timedelta(days=900)
                        ).isoformat(),
                    }
                ],
                "born_in": nationality if acquired == "birth" else rng.choice(OTHERS),
                "status_in_birth_country": rng.choice(STATUSES + ["diplomat"]),
            }
        )
    registrations = []
    if rng.random() < 0.6:
        registrations.append(
            {
                "country": rng.choice(
                    [born_in] + [p["nationalities"][0]["country"] for p in parents]
                ),
                "act": rng.choice(ACTS),
                "date": _day(
                    rng, birth, min(as_of, birth + dt.timedelta(days=365 * 30))
                ).isoformat(),
            }
        )
    return {
        "id": f"BENCH-{n}",
        "as_of": as_of.isoformat(),
        "person": {
            "birth_date": birth.isoformat(),
            "birth_country": born_in,
            "registrations": registrations,
            "residence": [
                {"country": born_in, "from": birth.isoformat(), "status": rng.choice(STATUSES)}
            ],
        },
        "parents": parents,
        "parents_married_at_birth": rng.choice([True, False, None]),
    }


def population(size: int, seed: int = 2026):
    rng = random.Random(seed)
    for n in range(size):
        yield case(rng, n)
