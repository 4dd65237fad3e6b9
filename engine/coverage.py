"""How each pack covers the GLOBALCIT modes of acquisition and loss, so gaps are visible.

For every state and every mode of the GLOBALCIT 2020 coding: `encoded` when a rule carries the
mode; `not applicable` when GLOBALCIT finds no such provision and no rule carries it; `explained`
when GLOBALCIT codes a provision the pack does not encode and the pack's coverage_notes say why;
`missing` when it is neither encoded nor explained.
"""

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from engine.cache import cached, file_digest
from engine.loader import Law

REFERENCE = Path(__file__).resolve().parent / "reference"
DATASET = ("world_2020_acq.csv", "world_2020_loss.csv")  # GLOBALCIT 2020, 190 states
NO_PROVISION = ("No provision", "No requirement", "not coded")
# the cells read of a row (engine/indication.py's Provision, and `category` here): only these are
# kept, which makes the cached table a third as slow to load on a batch's first such case
CELLS = ("mode_id", "article", "procedure", "specification", "category")
# GLOBALCIT's A06b-f are conditions of ordinary naturalization (renouncing the old nationality,
# language, civic knowledge, conduct, means) that the authority assesses: no case records them.
ASSESSED = {"A06b", "A06c", "A06d", "A06e", "A06f"}
ASSESSED_NOTE = (
    "a condition of naturalization the authority assesses, not a fact of the case: said in the "
    "notes of the naturalization rules"
)


@dataclass(frozen=True)
class Row:
    country: str
    mode: str
    globalcit: str  # the dataset's category, e.g. "No provision"
    status: str  # encoded | not applicable | explained | missing
    rules: tuple[str, ...]
    note: str | None


def alpha2(iso3: str) -> str | None:
    """GLOBALCIT's ISO 3166-1 alpha-3 code as the alpha-2 code the packs use (CLDR's territory
    aliases, which Babel ships); None for a code CLDR does not know (Kosovo's XKX, which no
    case can name either). Babel is imported here: only building the table needs it, and a
    start that finds the table in the cache does not."""
    from babel.core import get_global

    codes = get_global("territory_aliases").get(iso3)
    return codes[0] if codes else None


@lru_cache(maxsize=1)
def globalcit() -> dict[tuple[str, str], dict]:
    """(country, mode) -> the dataset's row, for the 190 states it codes (engine/cache.py keeps
    it between runs)."""
    files = [REFERENCE / name for name in DATASET]
    return cached("globalcit", file_digest(*files), _read_globalcit, lambda rows: bool(rows))


def _read_globalcit() -> dict[tuple[str, str], dict]:
    rows = {}
    for name in DATASET:
        with (REFERENCE / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                country = alpha2(row["iso3"])
                if country:
                    rows[(country, row["mode_id"])] = {cell: row[cell] for cell in CELLS}
    return rows


def coverage(law: Law, lang: str = "en") -> list[Row]:
    coded = globalcit()
    rows = []
    for country, country_law in sorted(law.countries.items()):
        carried: dict[str, list[str]] = {}
        for rule in country_law.rules:
            for mode in rule.rule.mode:
                carried.setdefault(mode, []).append(rule.id)
        notes = country_law.pack.coverage_notes
        modes = sorted({m for c, m in coded if c == country} | set(carried))
        for mode in modes:
            category = coded.get((country, mode), {}).get("category", "not coded")
            provision = not category.startswith(NO_PROVISION)
            note = getattr(notes[mode], lang) if mode in notes else None
            if note is None and mode in ASSESSED:
                note = ASSESSED_NOTE
            if mode in carried:
                status = "encoded"
            elif not provision:
                status = "not applicable"
            else:
                status = "explained" if note else "missing"
            rows.append(Row(country, mode, category, status, tuple(carried.get(mode, ())), note))
    return rows
