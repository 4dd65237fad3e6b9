"""The reform lab's words: the report's labels, and the facts a group of cases shares said in the
reader's language ("a parent CR national at the birth = no" → "un progenitor nacional de Costa
Rica al nacer: no").

The impact report (engine/lab/impact.py) keeps its facts as short English keys and values, the
same in every language (the JSON and the CSV carry them); only what a person reads is worded here,
for the text and the HTML report alike.
"""

import datetime as dt
import re

from babel.dates import format_date
from babel.numbers import format_percent

from engine.i18n import N_, VALUES, country_name, translator

STATUSES = ("national", "conditional", "undetermined", "not_national")
RISKS = ("none", "at_risk", "stateless")
WORDS = {
    "reform": N_("Reform"),
    "effective": N_("effective"),
    "proposal": N_("proposal"),
    "historical": N_("historical reform"),
    "law": N_("Law before → after"),
    "population": N_("Population"),
    "invalid": N_("invalid"),
    "changed": N_("changed"),
    "of": N_("of"),
    "cases": N_("cases"),
    "helps": N_("helps"),
    "harms": N_("harms"),
    "mixed": N_("mixed"),
    "same": N_("same answer, other rules"),
    "risk": N_("Statelessness risk"),
    "per_state": N_("Status per state"),
    "before": N_("before"),
    "after": N_("after"),
    "groups": N_("Who changes, and why"),
    "shared": N_("shared"),
    "rules": N_("rules"),
    "routes": N_("discretionary routes"),
    "examples": N_("e.g."),
    "transitions": N_("Moves"),
    "no_change": N_("No case changed."),
    "national": N_("national"),
    "conditional": N_("conditional"),
    "undetermined": N_("undetermined"),
    "not_national": N_("not national"),
    "none": N_("none"),
    "at_risk": N_("at risk"),
    "stateless": N_("stateless"),
    "rationale": N_("Why"),
    "state": N_("State"),
    "count": N_("Cases"),
    "case": N_("case"),
    "born": N_("born"),
    "status_before": N_("Status before"),
    "status_after": N_("Status after"),
    "risk_before": N_("Risk before"),
    "risk_after": N_("Risk after"),
    "status": N_("Status"),
    "level": N_("Risk level"),
    "charts": N_("Counts before and after"),
    "no_chart": N_("No count changed: no chart to draw."),
    "unchanged": N_("Unchanged, not drawn: {states}."),
    "summary": N_("Summary"),
    "examples_title": N_("Example cases"),
    "population_share": N_("of the population"),
}
# what the cases of a group have in common, by the way their answer moved
SHARED = {
    "helps": N_("What all {count} cases that gain share"),
    "harms": N_("What all {count} cases that lose share"),
    "same": N_("What all {count} cases share"),
}
SHARE_NOTE = N_(
    "In brackets, the share of the whole population ({cases} cases) that has the fact too: the "
    "rarer, the more it says why. Facts that {percent} % or more of the population has are left "
    "out: they set no group apart."
)
# a fact nearly every case of the population has tells a group apart from no one
COMMON_FACT = 0.95


def words(lang: str, table: dict = WORDS) -> dict:
    """The report's words in a language (the catalogue in engine/locale translates them)."""
    _ = translator(lang)
    return {k: words(lang, v) if isinstance(v, dict) else _(v) for k, v in table.items()}


def states_shown(report) -> list[str]:
    """The states with a rule pack: those whose answers moved first. (The others are always
    undetermined: no rule pack.)"""
    moved = {g.country for g in report.groups}
    return sorted(report.encoded, key=lambda c: (c not in moved, c))


def telling_facts(group) -> list:
    """The facts of a group worth reading: those that not nearly everyone has."""
    return [f for f in group.facts if f.share < COMMON_FACT]


# --- facts --------------------------------------------------------------------------------------

# a fact's key (engine/lab/impact.py: profile, relative) → its name; {country} is the state's name
FACT_NAMES = (
    (r"birth_country", N_("country of birth")),
    (r"born", N_("born")),
    (r"age", N_("age")),
    (r"foundling", N_("foundling")),
    (r"parents_married", N_("parents married at the birth")),
    (r"registered", N_("birth registered")),
    (r"parents_nationalities", N_("the parents' nationalities")),
    (r"parents_status", N_("the parents' status in the country of birth")),
    (r"a parent's status is (?P<status>\w+)", N_("a parent is {status}")),
    (r"mother", N_("the mother's nationality")),
    (r"father", N_("the father's nationality")),
    (r"mother_born_in", N_("the mother was born")),
    (r"father_born_in", N_("the father was born")),
    (r"mother_status", N_("the mother's status in the country of birth")),
    (r"father_status", N_("the father's status in the country of birth")),
    (r"born in (?P<country>\w+)", N_("born in {country}")),
    (
        r"a parent (?P<country>\w+) national at the birth",
        N_("a parent national of {country} at the birth"),
    ),
    (r"a parent born in (?P<country>\w+)", N_("a parent born in {country}")),
    (r"born under the (?P<country>\w+) law of", N_("born under the law of {country} in force")),
    (r"that parent (?P<country>\w+) national", N_("that parent national of {country}")),
)
VALUE_WORDS = {
    "yes": N_("yes"),
    "no": N_("no"),
    "unknown": N_("unknown"),
    "none known": N_("none known"),
    "no nationality": N_("no nationality"),
    "under 18": N_("under 18"),
    "18-24": N_("18 to 24 years old"),
    "25 and over": N_("25 and over"),
    "where the child was born": N_("where the child was born"),
    "in a state of which the parent is a national": N_(
        "in a state of which the parent is a national"
    ),
    "elsewhere": N_("elsewhere"),
}
PERIODS = (
    (r"(?P<start>\d{4}-\d\d-\d\d) to (?P<end>\d{4}-\d\d-\d\d)", N_("from {start} to {end}")),
    (r"before (?P<date>\d{4}-\d\d-\d\d)", N_("before {date}")),
    (r"from (?P<date>\d{4}-\d\d-\d\d)", N_("since {date}")),
)
CODE = re.compile(r"\b[A-Z]{2}\b")
HELD = re.compile(r"(?P<country>[A-Z]{2}) by (?P<mode>\w+)")
REGISTERED = re.compile(r"(?P<country>[A-Z]{2}) at (?P<age>\d+)")


def share_note(lang: str, cases: int) -> str:
    """What the bracketed shares of "what they share" are a share of, and what is left out."""
    return translator(lang)(SHARE_NOTE).format(cases=cases, percent=round(COMMON_FACT * 100))


def fact_words(fact: str, value: str, lang: str) -> tuple[str, str]:
    """A fact and its value in words: the state's name for its code, dates as dates."""
    _ = translator(lang)
    name = fact
    for pattern, words_ in FACT_NAMES:
        found = re.fullmatch(pattern, fact)
        if found:
            parts = found.groupdict()
            if "country" in parts:
                parts["country"] = country_name(parts["country"], lang)
            if "status" in parts:
                parts["status"] = _(VALUES.get(parts["status"], parts["status"]))
            name = _(words_).format(**parts)
            break
    return name, value_words(value, lang)


def value_words(value: str, lang: str) -> str:
    """A fact's value in words: yes / no, an age band, a period, statuses, nationalities held."""
    _ = translator(lang)
    if value in VALUE_WORDS:
        return _(VALUE_WORDS[value])
    if value in VALUES:
        return _(VALUES[value])
    period = period_words(value, lang)
    if period != value:
        return period
    value = HELD.sub(lambda m: f"{_name(m['country'], lang)} {_(VALUES[m['mode']])}", value)
    value = REGISTERED.sub(
        lambda m: _("{country} at age {age}").format(country=_name(m["country"], lang), age=m[2]),
        value,
    )
    value = ", ".join(_(VALUES.get(v, v)) for v in value.split(", "))
    return CODE.sub(lambda m: _name(m[0], lang), value)


def period_words(period: str | None, lang: str) -> str:
    """A period between two changes of a state's law ("1949-11-08 to 2026-12-31"), in words."""
    if not period:
        return "?"
    _ = translator(lang)
    for pattern, words_ in PERIODS:
        found = re.fullmatch(pattern, period)
        if found:
            days = {k: date_words(v, lang) for k, v in found.groupdict().items()}
            return _(words_).format(**days)
    return period


def percent(share: float, lang: str) -> str:
    return format_percent(share, locale=lang)


def date_words(day: str, lang: str) -> str:
    return format_date(dt.date.fromisoformat(day), "long", locale=lang)


def _name(code: str, lang: str) -> str:
    return country_name(code, lang)
