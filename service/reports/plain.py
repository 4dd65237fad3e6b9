"""The answer in plain words, first on the page and in the HTML report: per state what it
means, what to do, where, by when and how much time is left; and the statelessness risk said
once, without jargon.

Built from the Determination alone (the view model every report reads, so the Markdown and
text reports can show the same sentences). The case's facts, when the caller has them, only
say where the person lives, and so whether an act goes to the state's civil registry or to its
consulate: no rule pack names the office that takes an act (a pack's `authority` is its
statelessness procedure's), so the office is named by the act's kind, generically.
"""

import re
from datetime import date

from babel.dates import format_date

from engine.i18n import ACTORS, FIELDS, REQUIRED_ACTS, country_name, translations
from schemas.determination import CountryResult, Determination
from schemas.errors import N_

# "<state> will recognise the person as a national <if the act is done>"
IF_DONE = {
    "registration": N_("if the birth is registered there as a national"),
    "option": N_("if the option for its nationality is declared"),
    "domicile": N_("once the person takes up domicile there"),
    "residence": N_("once the residence it requires is completed"),
    "naturalization_application": N_("if naturalization is applied for"),
    "nationality_declaration": N_("if the wish to hold its nationality is declared"),
    "recovery_application": N_("if recovery of the nationality is applied for"),
    "paternity_acknowledgement": N_("if paternity is acknowledged"),
}
LIVING = ("domicile", "residence")  # acts done by living in the state, not at an office
DATE_LOCALES = {"en": "en_GB"}
ABOUT_MONTHS = 60  # from this many days on, the time left is said in months
ABOUT_YEARS = 730  # and from two years on, in years
PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\[\d+\])?(?:\.(\w+))?$")


def answer(d: Determination, encoded, facts: dict | None, lang: str) -> dict:
    """The plain answer of a determination: a paragraph per state and the risk in words
    (`encoded`: the states with a rule pack)."""
    _ = translations(lang).gettext
    home = _lives_in(facts)
    return {
        "states": [
            _state(iso, r, d.as_of, home, lang, iso in encoded) for iso, r in d.nationality.items()
        ],
        "risk": _(RISK_WORDS[d.stateless_risk]),
    }


RISK_WORDS = {
    "none": N_(
        "No risk of statelessness: at least one state already considers the person its national."
    ),
    "at_risk": N_(
        "Risk of statelessness: yes, as long as no state recognises the person as a national. "
        "Doing what is said below in time can remove it."
    ),
    "stateless": N_(
        "Stateless: no state considers the person a national. Refer the person to a "
        "statelessness procedure (below)."
    ),
}


def _lives_in(facts: dict | None) -> str | None | bool:
    """The state the person lives in now (its residence without an end), else where born;
    False when the caller gave no facts (the office is then said both ways)."""
    if facts is None:
        return False
    person = facts.get("person") or {}
    for stay in person.get("residence") or []:
        if isinstance(stay, dict) and not stay.get("to"):
            return stay.get("country")
    return person.get("birth_country")


def _state(iso: str, result: CountryResult, as_of: date, home, lang: str, encoded: bool) -> dict:
    _ = translations(lang).gettext
    name = country_name(iso, lang)
    said = {
        "iso": iso,
        "name": name,
        "status": result.status,
        "steps": [],
        "missing": [_missing(path, _) for path in result.missing_facts],
    }
    if result.status == "national":
        said["meaning"] = _("%(country)s already considers the person a national.") % {
            "country": name
        }
        said["steps"] = [
            {
                "what": _(
                    "Document it: obtain the birth certificate or identity document of %(country)s."
                )
                % {"country": name},
                "where": _office("registration", iso, home, lang),
                "when": "",
                "left": "",
                "deadline": None,
            }
        ]
    elif result.status == "conditional":
        said["meaning"] = _conditional(name, result, lang)
        said["steps"] = [_step(iso, c, as_of, home, lang) for c in result.conditions]
    elif result.status == "not_national":
        said["meaning"] = _("%(country)s does not consider the person a national.") % {
            "country": name
        }
    elif not encoded:
        said["meaning"] = (
            _(
                "The law of %(country)s is not encoded here, so its answer is not settled; an "
                "independent coding of its law (GLOBALCIT) points to the provisions below. Check "
                "with a consulate of %(country)s."
            )
            if result.indication
            else _(
                "The law of %(country)s is not encoded here, so its answer is not settled. "
                "Check with a consulate of %(country)s."
            )
        ) % {"country": name}
        said["steps"] = [_ask_consulate(iso, name, lang)]
    else:
        said["meaning"] = _(
            "The answer for %(country)s is not settled: it depends on facts not yet known."
        ) % {"country": name}
    return said


def _ask_consulate(iso: str, name: str, lang: str) -> dict:
    _ = translations(lang).gettext
    return {
        "what": _("Ask whether the person is a national of %(country)s, and how to prove it.")
        % {"country": name},
        "where": _("a consulate of %(country)s") % {"country": name},
        "when": "",
        "left": "",
        "deadline": None,
    }


def _conditional(name: str, result: CountryResult, lang: str) -> str:
    _ = translations(lang).gettext
    if len(result.conditions) != 1:
        return _(
            "%(country)s will recognise the person as a national if what follows is done in time."
        ) % {"country": name}
    condition = result.conditions[0]
    words = _("%(country)s will recognise the person as a national %(if_done)s") % {
        "country": name,
        "if_done": _(IF_DONE[condition.act]),
    }
    if condition.deadline:
        words += _(", by %(date)s at the latest") % {"date": day(condition.deadline, lang)}
    return words + "."


def _step(iso: str, condition, as_of: date, home, lang: str) -> dict:
    _ = translations(lang).gettext
    what = _(REQUIRED_ACTS[condition.act])
    if condition.by:
        what += ", " + _(ACTORS[condition.by])
    return {
        "what": what[:1].upper() + what[1:] + ".",
        "where": _office(condition.act, iso, home, lang),
        "when": _when(condition.from_, condition.deadline, lang),
        "left": _left(condition.from_, condition.deadline, as_of, lang),
        "deadline": condition.deadline,
    }


def _office(act: str, iso: str, home, lang: str) -> str:
    """Who takes the act: living in the state is done there; naturalization goes to its
    authority; any other act to its civil registry at home, or to its consulate abroad."""
    _ = translations(lang).gettext
    country = {"country": country_name(iso, lang)}
    if act in LIVING:
        return _("in %(country)s itself") % country
    if act == "naturalization_application":
        return _("the naturalization authority of %(country)s") % country
    if home is False or home is None:
        return _("the civil registry of %(country)s, or one of its consulates abroad") % country
    if home == iso:
        return _("the civil registry of %(country)s") % country
    return _("a consulate of %(country)s (the person lives abroad)") % country


def _when(from_: date | None, deadline: date | None, lang: str) -> str:
    _ = translations(lang).gettext
    if from_ and deadline:
        return _("from %(start)s until %(end)s") % {
            "start": day(from_, lang),
            "end": day(deadline, lang),
        }
    if deadline:
        return _("until %(date)s") % {"date": day(deadline, lang)}
    if from_:
        return _("from %(date)s, with no deadline") % {"date": day(from_, lang)}
    return _("no deadline")


def _left(from_: date | None, deadline: date | None, as_of: date, lang: str) -> str:
    """How long is left on the day of the assessment, or since when the deadline has passed."""
    _ = translations(lang).gettext
    if from_ and from_ > as_of:
        return _("it opens in %(time)s") % {"time": _span((from_ - as_of).days, _)}
    if deadline is None:
        return ""
    days = (deadline - as_of).days
    if days < 0:
        return _("the deadline passed on %(date)s") % {"date": day(deadline, lang)}
    if days == 0:
        return _("today is the last day")
    return _("%(time)s left") % {"time": _span(days, _)}


def _span(days: int, _) -> str:
    if days >= ABOUT_YEARS:  # "151 months" is read more easily as "12 years"
        return _("about %(years)d years") % {"years": days // 365}
    if days >= ABOUT_MONTHS:
        return _("about %(months)d months (%(days)d days)") % {"months": days // 30, "days": days}
    return (_("1 day") if days == 1 else _("%(days)d days")) % {"days": days}


def _missing(path: str, _) -> str:
    """A case field in words: 'parents[0].born_on' -> 'parent 1: date of birth'."""
    match = PATH.match(path)
    if not match:
        return path
    coll, row, field, sub = match.groups()
    name = sub or field or ""
    known = FIELDS.get((coll, name)) or FIELD_WORDS.get(name)
    words = _(known) if known else name.replace("_", " ")
    if coll not in ROW_NAMES:
        return words
    row_name = {"row": _(ROW_NAMES[coll]), "n": int(row or 0) + 1, "field": words}
    return _("%(row)s %(n)d: %(field)s") % row_name


# case fields the rules' facts do not name alike
FIELD_WORDS = {
    "born_on": N_("date of birth"),
    "residence": N_("where they lived and when"),
    "nationalities": N_("nationalities"),
    "birth_registered_in": N_("where the birth was registered"),
}
ROW_NAMES = {
    "parents": N_("parent"),
    "registrations": N_("act"),
    "naturalizations": N_("naturalization"),
    "renunciations": N_("renunciation"),
    "residence": N_("residence period"),
    "marriages": N_("marriage"),
    "grandparents": N_("grandparent"),
}


def day(value: date, lang: str) -> str:
    """A date as a reader says it, day first in both languages: '13 de febrero de 2026',
    '13 February 2026' (never the US order, which a Spanish reader would misread)."""
    return format_date(value, format="long", locale=DATE_LOCALES.get(lang, lang))
