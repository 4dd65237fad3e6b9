"""Words the engine and its reports use, in Spanish and English, through gettext catalogs.

Messages are written in English in the code (marked with `N_` where they are looked up later)
and translated in `engine/locale/<lang>/LC_MESSAGES/messages.po`, which Babel compiles in memory
at first use (no binary catalogs in the repository). Country names come from Babel's CLDR data.
The law's own words (titles, notes, reasons) are data in both languages in the rule packs.
`tests/test_i18n.py` fails when a message has no Spanish translation.
"""

import gettext
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from engine.cache import cached, file_digest
from schemas.errors import N_  # noqa: F401  (marks messages: one definition for every package)

LANGS = ("es", "en")
LOCALE = Path(__file__).resolve().parent / "locale"


@lru_cache(maxsize=len(LANGS))
def translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()  # the messages are English
    po = LOCALE / lang / "LC_MESSAGES" / "messages.po"
    mo = cached(f"catalog-{lang}", file_digest(po), lambda: _compiled(po, lang), _is_bytes)
    return gettext.GNUTranslations(BytesIO(mo))


def _compiled(po: Path, lang: str) -> bytes:
    """The catalog compiled (engine/cache.py keeps it between runs)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    return compiled.getvalue()


def _is_bytes(value) -> bool:
    return isinstance(value, bytes)


def translator(lang: str):
    """The gettext function for a language."""
    return translations(lang).gettext


def country_name(code: str, lang: str) -> str:
    return _territories(lang).get(code, code)


@lru_cache(maxsize=8)
def _territories(lang: str):
    """The language's names of territories: parsing the locale costs more than the lookup,
    and a route's requirement names a country on every case it is open."""
    from babel import Locale  # its locale data only when a name is asked, not at every start

    return Locale.parse(lang).territories


# GLOBALCIT's modes and procedures, for the indications of states without a pack (the dataset's
# own article, specification and category stay in its English)
MODE_NAMES = {
    "A01a": N_("descent, born in the country"),
    "A01b": N_("descent, born abroad"),
    "A02a": N_("birth in the country"),
    "A02b": N_("birth in the country, second generation"),
    "A03a": N_("foundling"),
    "A03b": N_("born in the country, otherwise stateless"),
    "A06": N_("naturalization after residence"),
    "L01": N_("renunciation"),
    "L05": N_("loss on acquiring another citizenship"),
    "L07": N_("loss for disloyalty or treason"),
    "L08": N_("loss for other offences"),
    "L09": N_("loss for fraud"),
}
PROCEDURES = {
    "Attribution (automatic)": N_("automatic"),
    "Attribution (non-automatic)": N_("attributed, not automatically"),
    "Application (entitlement)": N_("on application, as of right"),
    "Application (discretionary)": N_("on application, at the state's discretion"),
    "Grant (discretionary)": N_("granted at the state's discretion"),
    "n.a.": N_("no such provision"),
    "Withdrawal": N_("withdrawn by the authority"),
    "Renunciation": N_("by renunciation"),
    "Release": N_("release on request"),
    "Lapse": N_("lapses by itself"),
    "Nullification": N_("annulled"),
    "Unclear": N_("unclear"),
}


def procedure_words(procedure: str, gettext) -> str:
    """A coded procedure in words: 'Attribution (automatic);Application (entitlement)' ->
    'automatic / on application, as of right'."""
    parts = [p.strip().rstrip(".") for p in procedure.split(";") if p.strip()]
    return " / ".join(gettext(PROCEDURES[p]) if p in PROCEDURES else p for p in parts)


STATUS = {
    "national": N_("national"),
    "not_national": N_("not national"),
    "conditional": N_("conditional"),
    "undetermined": N_("undetermined"),
}
RISK = {"none": N_("none"), "at_risk": N_("at risk"), "stateless": N_("stateless")}

# what a conditional nationality can still require (schemas.codes.RequiredAct)
REQUIRED_ACTS = {
    "registration": N_("register the birth as a national"),
    "option": N_("declare the option for the nationality"),
    "domicile": N_("take up domicile in the country"),
    "residence": N_("complete the residence required"),
    "naturalization_application": N_("apply for naturalization"),
    "nationality_declaration": N_("declare the wish to hold the nationality"),
    "recovery_application": N_("apply to recover the nationality"),
    "paternity_acknowledgement": N_("have paternity acknowledged"),
}
ACTORS = {
    "parent": N_("by a parent"),
    "self": N_("by the person"),
    "authority": N_("by the authority"),
}

# values of the facts' closed lists, as shown in explanations
VALUES = {
    "national": N_("a national"),
    "permanent": N_("a permanent resident"),
    "temporary": N_("a temporary resident"),
    "irregular": N_("in an irregular situation"),
    "transit": N_("in transit"),
    "diplomat": N_("a diplomat"),
    "refugee": N_("a refugee"),
    "asylum_seeker": N_("an asylum seeker"),
    "stateless": N_("stateless"),
    "birth": N_("by birth"),
    "naturalization": N_("by naturalization"),
    "option": N_("by option"),
    "registration": N_("by registration"),
    "mother": N_("mother"),
    "father": N_("father"),
    "acknowledged": N_("acknowledged"),
    "adopted": N_("adopted"),
    "judicially_established": N_("established by a court"),
    "unknown": N_("unknown"),
    "territory": N_("on land"),
    "ship": N_("aboard a ship"),
    "aircraft": N_("aboard an aircraft"),
    "F": N_("female"),
    "M": N_("male"),
    "X": N_("another sex"),
    "parent": N_("a parent"),
    "self": N_("the person"),
    "authority": N_("the authority"),
    "paternal": N_("paternal"),
    "maternal": N_("maternal"),
    "grandmother": N_("grandmother"),
    "grandfather": N_("grandfather"),
    "marriage": N_("marriage"),
    "union": N_("civil union"),
    "birth_registration": N_("birth registration"),
    "late_birth_registration": N_("late birth registration"),
    "consular_registration": N_("consular registration"),
    "registration_refused": N_("registration refused"),
    "paternity_acknowledgement": N_("paternity acknowledgement"),
    "option_declaration": N_("option declaration"),
    "nationality_declaration": N_("nationality declaration"),
    "loss_declaration": N_("loss declaration"),
    "deprivation": N_("deprivation"),
    "naturalization_annulled": N_("naturalization annulled"),
    "refugee_recognition": N_("refugee recognition"),
    "statelessness_recognition": N_("statelessness recognition"),
}
NO_STATE = {
    "birth_country": N_("outside any state's territory"),
    "nationality": N_("no known nationality"),
    "spouse_nationality": N_("no known nationality"),
}

# the facts rules read (schemas/facts.py), as a caseworker calls them
FIELDS = {
    ("person", "birth_date"): N_("date of birth"),
    ("person", "as_of"): N_("date of the assessment"),
    ("person", "age"): N_("age"),
    ("person", "birth_country"): N_("country of birth"),
    ("person", "birth_place_kind"): N_("place of birth"),
    ("person", "vessel_flag"): N_("flag of the ship or aircraft"),
    ("person", "foundling"): N_("foundling"),
    ("person", "found_in"): N_("country where found"),
    ("person", "sex"): N_("sex"),
    ("person", "parents_married_at_birth"): N_("parents married at the birth"),
    ("person", "otherwise_stateless"): N_("otherwise stateless"),
    ("parents", "role"): N_("role"),
    ("parents", "parentage"): N_("legal parentage"),
    ("parents", "known"): N_("parentage established"),
    ("parents", "acknowledged_on"): N_("date of acknowledgement"),
    ("parents", "born_in"): N_("country of birth"),
    ("parents", "status"): N_("status in the country of birth"),
    ("parents", "nationality"): N_("nationality"),
    ("parents", "acquired"): N_("how it was acquired"),
    ("parents", "acquired_on"): N_("date acquired"),
    ("parents", "held_at_birth"): N_("held on the child's birth date"),
    ("parents", "child_age_when_acquired"): N_("the child's age when acquired"),
    ("parents", "presence_years"): N_("years the parent lived in that state before the birth"),
    ("parents", "presence_years_after_14"): N_("of them, years after the parent turned 14"),
    ("parents", "longest_presence_years"): N_("the parent's longest stay there before the birth"),
    ("parents", "years_in_birth_country"): N_(
        "years the parent had lived where the child was born"
    ),
    ("registrations", "country"): N_("registry"),
    ("registrations", "act"): N_("act"),
    ("registrations", "date"): N_("date"),
    ("registrations", "by"): N_("made"),
    ("registrations", "age"): N_("age at the act"),
    ("naturalizations", "country"): N_("country"),
    ("naturalizations", "date"): N_("date"),
    ("naturalizations", "age"): N_("age at the act"),
    ("renunciations", "country"): N_("country"),
    ("renunciations", "date"): N_("date"),
    ("renunciations", "age"): N_("age at the act"),
    ("residence", "country"): N_("country"),
    ("residence", "from"): N_("start"),
    ("residence", "to"): N_("end"),
    ("residence", "status"): N_("status"),
    ("residence", "years"): N_("years"),
    ("residence", "ongoing"): N_("still running"),
    ("marriages", "spouse_nationality"): N_("spouse's nationality"),
    ("marriages", "kind"): N_("kind"),
    ("marriages", "from"): N_("date"),
    ("marriages", "years"): N_("years"),
    ("marriages", "ongoing"): N_("still married"),
    ("grandparents", "line"): N_("line"),
    ("grandparents", "role"): N_("role"),
    ("grandparents", "born_in"): N_("country of birth"),
    ("grandparents", "born_on"): N_("date of birth"),
    ("grandparents", "died_on"): N_("date of death"),
    ("grandparents", "nationality"): N_("nationality"),
    ("grandparents", "acquired"): N_("how it was acquired"),
    ("grandparents", "cukc_on_1981_09_20"): N_("a CUKC on 20 September 1981"),
    ("grandparents", "alive_on_1981_09_21"): N_("alive on 21 September 1981"),
}
ROWS = {
    "parents": N_("a parent"),
    "registrations": N_("an act"),
    "naturalizations": N_("a naturalization"),
    "renunciations": N_("a renunciation"),
    "residence": N_("a residence period"),
    "marriages": N_("a marriage"),
    "grandparents": N_("a grandparent"),
}
NO_ROWS = {
    "parents": N_("no parent"),
    "registrations": N_("no act"),
    "naturalizations": N_("no naturalization"),
    "renunciations": N_("no renunciation"),
    "residence": N_("no residence period"),
    "marriages": N_("no marriage"),
    "grandparents": N_("no grandparent"),
}
# how a test reads: {field} and {value} are filled in
TESTS = {
    "eq": N_("{field}: {value}"),
    "ne": N_("{field}: not {value}"),
    "in": N_("{field}: one of {value}"),
    "not_in": N_("{field}: none of {value}"),
    "lt": N_("{field}: before {value}"),
    "lte": N_("{field}: on or before {value}"),
    "gt": N_("{field}: after {value}"),
    "gte": N_("{field}: on or after {value}"),
    "lt_int": N_("{field}: under {value}"),
    "lte_int": N_("{field}: at most {value}"),
    "gt_int": N_("{field}: over {value}"),
    "gte_int": N_("{field}: at least {value}"),
    "not": N_("not {field}"),
    "known": N_("{field}: known"),
    "unknown": N_("{field}: unknown"),
}
YES, NO, UNKNOWN = N_("yes"), N_("no"), N_("unknown")
