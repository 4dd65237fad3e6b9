"""Countries as a caseworker types them: a name in Spanish or English (CLDR's, as Babel ships
them), a short name people in the region use ("EEUU", "Holanda"), or the ISO 3166-1 alpha-2 code
-> the code. Accents, case, punctuation and spaces do not matter; a name in either language is
read whatever the page's language, so the answer never depends on it.

Never a guess: a part of a name ("Guate"), a misspelling ("Guatamala") or a name several
countries answer to ("Congo", "Corea") is a problem naming what was typed and the candidates.
A two-letter entry in capitals or in lower case is a code ("CO" is Colombia, "cr" Costa Rica);
in mixed case ("Es", "Co") it reads like the start of a name as much as a code, so it is a
problem offering both.
"""

import re
import unicodedata
from difflib import get_close_matches
from functools import lru_cache

from babel import Locale

from schemas.codes import COUNTRY_CODES
from schemas.errors import N_, cut

LANGS = ("es", "en")

# short and former names people in the region type, in both languages (CLDR's names are read
# already); only names that point to one country
ALIASES = {
    "US": (
        "EEUU",
        "EE. UU.",
        "USA",
        "EUA",
        "Estados Unidos de América",
        "United States of America",
    ),
    "GB": ("UK", "Gran Bretaña", "Great Britain", "Inglaterra", "England"),
    "NL": ("Holanda", "Holland"),
    "KR": ("República de Corea", "Republic of Korea"),
    "KP": ("República Popular Democrática de Corea",),
    "DO": ("Rep. Dominicana", "Dominican Rep."),
    "CD": (
        "RD Congo",
        "RDC",
        "DR Congo",
        "DRC",
        "Congo Kinshasa",
        "Democratic Republic of the Congo",
    ),
    "CG": ("República del Congo", "Republic of the Congo", "Congo Brazzaville"),
    "CI": ("Costa de Marfil", "Ivory Coast"),
    "CZ": ("República Checa", "Czech Republic"),
    "SZ": ("Suazilandia", "Swaziland"),
    "TR": ("Turkey",),
    "MK": ("Macedonia",),
    "MM": ("Birmania", "Burma"),
    "TL": ("Timor Oriental", "East Timor"),
    "VA": ("Vaticano", "Santa Sede", "Holy See"),
    "PS": ("Palestina", "Palestine"),
    "HK": ("Hong Kong",),
    "MO": ("Macao", "Macau"),
}
# names several countries answer to: never read as one of them ("Congo" alone is, in CLDR's
# Spanish, the Republic of the Congo; but people in the region mostly mean the Democratic Republic)
AMBIGUOUS = {"congo": ("CG", "CD"), "corea": ("KR", "KP"), "korea": ("KR", "KP")}
# where CLDR's own name is one of those, the name the page shows instead
SHOWN = {("CG", "es"): "República del Congo"}
MAX_CANDIDATES = 5
LONGEST_NAME = 60  # an entry longer than any name is unknown, with no search for candidates


class NotACountry(ValueError):
    """An entry read as no country, or as several: what was typed and the countries it may mean."""

    def __init__(self, entry: str, candidates: tuple[str, ...], ambiguous: bool = False):
        super().__init__(entry)
        self.entry, self.candidates, self.ambiguous = entry, candidates, ambiguous

    def message(self, lang: str, gettext) -> str:
        """The problem in plain words, naming the entry and the candidates in `lang`."""
        entry = cut(self.entry)
        if not self.candidates:
            template = N_(
                "“{entry}” is not a country name or code: type the country's name or its "
                "two-letter code"
            )
            return gettext(template).format(entry=entry)
        names = [label((code,), lang) for code in self.candidates]
        either = (
            names[0]
            if len(names) == 1
            else gettext(N_("{some} or {last}")).format(some=", ".join(names[:-1]), last=names[-1])
        )
        if self.ambiguous:
            template = N_(
                "“{entry}” can be more than one country: {candidates}? Type the one you mean"
            )
        else:
            template = N_("“{entry}” is not a country name or code: did you mean {candidates}?")
        return gettext(template).format(entry=entry, candidates=either)


def country(entry: str) -> str:
    """The code of the country an entry names; NotACountry when it names none, or several."""
    entry = entry.strip()
    if re.fullmatch(r"[A-Z]{2}|[a-z]{2}", entry) and entry.upper() in COUNTRY_CODES:
        return entry.upper()
    key = _key(entry)
    if key in AMBIGUOUS:
        raise NotACountry(entry, AMBIGUOUS[key], ambiguous=True)
    if key in _index():
        return _index()[key]
    raise NotACountry(entry, _candidates(entry, key))


def countries(entry: str) -> list[str]:
    """The codes of a list of countries ('Costa Rica, NI', 'Panamá y Colombia'); NotACountry
    naming the first one not read. Commas and semicolons part the list; "y", "e", "and" and "&"
    part it too, but only where the whole is not itself a name ("Trinidad y Tobago")."""
    codes = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;\n]", entry))):
        try:
            codes.append(country(part))
        except NotACountry:
            pieces = re.split(r"\s+(?:y|e|and|&)\s+", part, flags=re.IGNORECASE)
            if len(pieces) == 1:
                raise
            codes += [country(piece) for piece in pieces]
    return list(dict.fromkeys(codes))


def name(code: str, lang: str) -> str:
    """The country's name as the page shows it: CLDR's in `lang`, unless that name is ambiguous."""
    return SHOWN.get((code, lang)) or Locale.parse(lang).territories.get(code, code)


@lru_cache(maxsize=len(LANGS))
def named(lang: str) -> list[tuple[str, str]]:
    """Every country (code, name in `lang`) in the order of their names: a list to pick from."""
    return sorted(((c, name(c, lang)) for c in COUNTRY_CODES), key=lambda c: _key(c[1]))


def label(codes, lang: str) -> str:
    """What the page shows beside a box, so the caseworker sees what is screened:
    'Costa Rica (CR), Nicaragua (NI)'."""
    return ", ".join(f"{name(code, lang)} ({code})" for code in codes)


def _key(text: str) -> str:
    """'EE. UU.' -> 'ee uu', 'MÉXICO' -> 'mexico', 'St. Kitts & Nevis' -> 'saint kitts and
    nevis': what two spellings of one name have in common."""
    text = unicodedata.normalize("NFKD", text.replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    words = ["saint" if w == "st" else w for w in words]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Every name read (CLDR's in both languages, and the aliases) -> its code."""
    index = {}
    for lang in LANGS:
        territories = Locale.parse(lang).territories
        index.update({_key(territories[code]): code for code in COUNTRY_CODES})
    for code, aliases in ALIASES.items():
        index.update({_key(alias): code for alias in aliases})
    index.update({_key(shown): code for (code, _), shown in SHOWN.items()})
    return index


def _candidates(entry: str, key: str) -> tuple[str, ...]:
    """The countries an entry not read may mean: the code it spells (in mixed case), those whose
    name starts with it, and those whose name is spelt much like it."""
    found = [entry.upper()] if entry.upper() in COUNTRY_CODES else []
    if key and len(key) <= LONGEST_NAME:
        names = _index()
        found += [code for k, code in sorted(names.items()) if k.startswith(key)]
        found += [names[k] for k in get_close_matches(key, names, n=MAX_CANDIDATES, cutoff=0.75)]
    return tuple(dict.fromkeys(found))[:MAX_CANDIDATES]
