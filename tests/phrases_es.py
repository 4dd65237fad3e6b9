"""How the Spanish feature files word each step of tests/steps.py, and what their words mean.

PHRASES gives each step (by name) its regular expression; WORDS turns each named group's words
into the canonical value the step takes. The groups are named after the step's parameters,
the same in every language.
"""

import re

from babel import Locale

from schemas.codes import COUNTRY_CODES
from tests.conftest import ISO_DATE

LANG = "es"
DATE = rf"(?P<date>{ISO_DATE})"

COUNTRIES = {
    "Belice": "BZ",
    "Canadá": "CA",
    "Colombia": "CO",
    "Costa Rica": "CR",
    "Cuba": "CU",
    "El Salvador": "SV",
    "España": "ES",
    "Estados Unidos": "US",
    "Francia": "FR",
    "Guatemala": "GT",
    "Haití": "HT",
    "Honduras": "HN",
    "Italia": "IT",
    "Japón": "JP",
    "México": "MX",
    "Nicaragua": "NI",
    "Panamá": "PA",
    "Venezuela": "VE",
}
ROLES = {"madre": "mother", "padre": "father", "abuelo": "grandfather", "abuela": "grandmother"}
LINES = {"paterno": "paternal", "paterna": "paternal", "materno": "maternal", "materna": "maternal"}
MODES = {
    "nacimiento": "birth",
    "naturalización": "naturalization",
    "opción": "option",
    "inscripción": "registration",
}
STATUSES = {
    "nacional": "national",
    "no nacional": "not_national",
    "condicional": "conditional",
    "indeterminada": "undetermined",
}
IMMIGRATION_STATUSES = {
    "nacional": "national",
    "residente permanente": "permanent",
    "residente temporal": "temporary",
    "irregular": "irregular",
    "en tránsito": "transit",
    "diplomático": "diplomat",
    "refugiado": "refugee",
    "solicitante de asilo": "asylum_seeker",
    "apátrida": "stateless",
}
RISKS = {"ninguno": "none", "en riesgo": "at_risk", "apatridia": "stateless"}
ACTORS = {"el progenitor": "parent", "la propia persona": "self"}
GROUNDS = {
    "el sexo del progenitor": "parent_gender",
    "el estado civil de los padres": "marital_status",
    "la situación migratoria de los padres": "immigration_status",
    "el modo de adquisición del progenitor": "parent_acquisition_mode",
    "el lugar de nacimiento del progenitor": "parent_birthplace",
}
AXES = {
    "nacidos en": "birth_country",
    "de madre nacional de": "mother.nationality",
    "de padre nacional de": "father.nationality",
}


# every other state by its CLDR name in the language (as Babel ships it), the table's first
CLDR = {
    name: code
    for code, name in Locale("es").territories.items()
    if code in COUNTRY_CODES and name not in COUNTRIES
}


def country(name: str | None) -> str | None:
    """A country by its Spanish name, or by its ISO code."""
    return COUNTRIES.get(name) or CLDR.get(name, name)


def axes(filters: str) -> dict[str, str]:
    """The generated population's axes: "de padre nacional de México o Guatemala" and the like."""
    found_axes = {}
    for words, axis in AXES.items():
        found = re.search(rf"{words} (?P<names>[^,]+?)(?:,|$| y )", filters)
        if found:
            names = re.split(r" o ", found["names"].strip())
            found_axes[axis] = ",".join(country(name.strip()) for name in names)
    return found_axes


def states(names: str) -> list[str]:
    """The states to audit: "Costa Rica y México", or all of them (an empty list)."""
    return [] if names == "todos los Estados" else [country(n) for n in re.split(r", | y ", names)]


VERDICTS = {"cumple": "meets", "parcial": "partial", "brecha": "gap", "incierto": "unclear"}


WORDS = {
    "verdict": VERDICTS,
    "was": VERDICTS,
    "now": VERDICTS,
    "country": country,
    "flag": country,
    "role": ROLES,
    "line": LINES,
    "craft": {"buque": "ship", "avión": "aircraft"},
    "sex": {"una mujer": "F", "un hombre": "M"},
    "mode": MODES,
    "immigration_status": IMMIGRATION_STATUSES,
    "married": {"están": True, "no están": False},
    "status": STATUSES,
    "decides": {"decide": True, "no decide": False},
    "actor": ACTORS,
    "risk": RISKS,
    "applies": {"se aplica": True, "no se aplica": False},
    "clears": {
        "que dejaría el riesgo en ninguno": True,
        "que por sí sola no elimina el riesgo": False,
    },
    "side": {"antes": "before", "después": "after"},
    "axes": axes,
    "before": STATUSES,
    "after": STATUSES,
    "states": states,
    "depends": {"distingue": True, "no distingue": False},
    "shown": {"menciona": True, "no menciona": False},
    "ground": GROUNDS,
}

PARENT = r"(?P<role>madre|padre)"
GRANDPARENT = r"su (?P<role>abuelo|abuela) (?P<line>paterno|paterna|materno|materna)"
STATUS_IS = r'la nacionalidad de (?P<country>.+) es "(?P<status>[^"]+)"'
RULE_DECIDES = r'(?P<decides>no decide|decide) la regla "(?P<rule>[^"]+)"'
RISK_IS = r'el riesgo de apatridia es "(?P<risk>[^"]+)"'
MISSING = r'falta conocer "(?P<field>[^"]+)"'
SIDE = r"(?P<side>antes|después) de la reforma "

PHRASES = {
    # Dado: la persona
    "born_in": rf"una persona nacida en (?P<country>.+) el {DATE}",
    "born_somewhere_unknown": rf"una persona nacida el {DATE} en un lugar desconocido",
    "born_aboard": (
        rf"una persona nacida el {DATE} a bordo de un (?P<craft>buque|avión) con bandera de "
        r"(?P<flag>[^,]+), (?:en el territorio de (?P<country>.+)|fuera de todo territorio)"
    ),
    "foundling": rf"una persona expósita hallada en (?P<country>.+), nacida hacia el {DATE}",
    "parent_unknown": rf"(?:su|la) {PARENT} es desconocid[oa]",
    "parent_national": (
        rf"su {PARENT} es nacional de (?P<country>.+?) por (?P<mode>\w+)(?: desde el {DATE})?$"
    ),
    "parent_without_nationality": rf"su {PARENT} no tiene nacionalidad conocida",
    "parent_born_in": rf"su {PARENT} nació en (?P<country>.+)",
    "parent_born_on": rf"su {PARENT} nació el {DATE}",
    "parent_lived_in": (
        rf"su {PARENT} residió en (?P<country>.+?) desde el {DATE}"
        rf"(?: hasta el (?P<until>{ISO_DATE}))?(?: como (?P<immigration_status>.+))?$"
    ),
    "parent_lost": rf"su {PARENT} perdió la nacionalidad de (?P<country>.+) el {DATE}",
    "parent_status": (
        rf"la situación de su {PARENT} en el país de nacimiento es (?P<immigration_status>.+)"
    ),
    "acknowledged": rf"su padre la reconoció el {DATE}",
    "person_sex": r"la persona es (?P<sex>una mujer|un hombre)",
    "adopted": rf"su {PARENT} l[ao] adoptó el {DATE}",
    "parents_married": r"sus padres (?P<married>no están|están) casados",
    "grandparent_national": rf"{GRANDPARENT} es nacional de (?P<country>.+?) por (?P<mode>\w+)$",
    "grandparent_born_in": rf"{GRANDPARENT} nació en (?P<country>.+)",
    # Dado: actos
    "birth_registered": (
        rf"el nacimiento se inscribió en el Registro Civil de (?P<country>.+) el {DATE}"
    ),
    "consular_registration_by_parent": (
        rf"su (?:madre|padre) inscribió el nacimiento en el consulado de (?P<country>.+) el {DATE}"
    ),
    "registration_by_self": (
        rf"la persona inscribió su nacimiento en el Registro Civil de (?P<country>.+) el {DATE}"
    ),
    "option": rf"la persona declaró optar por la nacionalidad de (?P<country>.+) el {DATE}",
    "declared_origin": (
        rf"la persona declaró ante (?P<country>.+) su nacionalidad de origen el {DATE}"
    ),
    "naturalized": rf"la persona se naturalizó en (?P<country>.+) el {DATE}",
    "renounced": rf"la persona renunció a la nacionalidad de (?P<country>.+) el {DATE}",
    "loss_declared": rf"(?P<country>.+) declaró la pérdida de su nacionalidad el {DATE}",
    "naturalization_refused": rf"(?P<country>.+) negó la naturalización a la persona el {DATE}",
    "naturalization_annulled": (
        rf"(?P<country>.+) anuló la carta de naturaleza de la persona el {DATE}"
    ),
    "deprived": rf"(?P<country>.+) privó a la persona de su nacionalidad por sentencia el {DATE}",
    "recognized_stateless": rf"(?P<country>.+) reconoció a la persona como apátrida el {DATE}",
    "recognized_refugee": rf"(?P<country>.+) reconoció a la persona como refugiada el {DATE}",
    "married_to": (
        rf"la persona (?:se casó|formó unión) con (?:un|una) nacional de (?P<country>.+) "
        rf"el {DATE}"
    ),
    "resides": (
        rf"la persona reside en (?P<country>.+) desde el {DATE}"
        r"(?: como (?P<immigration_status>.+))?$"
    ),
    "worked_case": r'el caso trabajado "(?P<case_id>[A-Z]{2}-\d+)"',
    # Cuando
    "screen_on": rf"se evalúa su nacionalidad al {DATE}",
    "screen_worked_case": r"se evalúa con la línea de comandos",
    # Entonces
    "status_is": STATUS_IS,
    "rule_decides": RULE_DECIDES,
    "basis_cites": r'la base legal cita "(?P<text>[^"]+)"',
    "condition_open": (
        r'queda pendiente "(?P<act>\w+)" por (?P<actor>el progenitor|la propia persona)'
        rf"(?: desde el (?P<start>{ISO_DATE}))?(?: hasta el (?P<deadline>{ISO_DATE}))?$"
    ),
    "nothing_open": r"no queda nada pendiente",
    "route_open": (
        r'queda la vía discrecional de la regla "(?P<rule>[^"]+)"'
        rf"(?: desde el (?P<start>{ISO_DATE}))?$"
    ),
    "no_route": r"no queda ninguna vía discrecional",
    "practice_mentions": (
        r"la práctica en (?P<country>.+?) (?P<shown>menciona|no menciona)"
        r' "(?P<text>[^"]+)"'
    ),
    "lead_cites": r'la pista de GLOBALCIT para (?P<country>.+) cita el modo "(?P<code>\w+)"',
    "risk_is": RISK_IS,
    "missing_fact": MISSING,
    "reason_mentions": r'la razón menciona "(?P<text>[^"]+)"',
    "explained": (
        r'explica que la regla "(?P<rule>[^"]+)" (?P<applies>no se aplica|se aplica) porque '
        r'"(?P<text>[^"]+)"'
    ),
    "proposes": (
        rf'propone "(?P<text>[^"]+)"(?: hasta el (?P<deadline>{ISO_DATE}))?'
        r"(?:, (?P<clears>que dejaría el riesgo en ninguno"
        r"|que por sí sola no elimina el riesgo))?$"
    ),
    "risk_consistent": r"el riesgo de apatridia es coherente con los estados evaluados",
    # Reformas y auditoría
    "screen_before_and_after": (
        rf'se evalúa su nacionalidad al {DATE} antes y después de la reforma "(?P<reform>[^"]+)"'
    ),
    "status_on_side": SIDE + STATUS_IS,
    "rule_on_side": SIDE + RULE_DECIDES,
    "risk_on_side": SIDE + RISK_IS,
    "missing_on_side": SIDE + MISSING,
    "measure_impact": (
        r'se mide el impacto de la reforma "(?P<reform>[^"]+)" sobre (?P<sample>\d+) casos '
        rf"generados (?P<axes>.+) al {DATE}"
    ),
    "no_harm": r"ningún caso empeora",
    "cases_move": (
        r'hay casos que pasan de "(?P<before>[^"]+)" a "(?P<after>[^"]+)" en (?P<country>.+)'
    ),
    "fewer_at_risk": r'hay menos casos con riesgo de apatridia "(?P<risk>[^"]+)" después',
    "group_shares": (
        r'los que pasan de "(?P<before>[^"]+)" a "(?P<after>[^"]+)" en (?P<country>.+?) '
        r'comparten "(?P<fact>[^"]+)" = "(?P<value>[^"]+)"'
    ),
    "run_audit": r"se audita la discriminación en (?P<states>.+)",
    "distinguishes": (
        r'la regla "(?P<rule>[^"]+)" (?P<depends>no distingue|distingue) por (?P<ground>.+)'
    ),
    "nobody_distinguishes": r"ninguna regla distingue por (?P<ground>.+)",
    "flags_agree": r"todas las marcas distinguishes_by coinciden con la auditoría",
    # Tarjeta de compromisos
    "rate_commitment": r'se califica a (?P<country>.+) frente al compromiso "(?P<key>[^"]+)"$',
    "rate_commitment_under": (
        r'se califica a (?P<country>.+) frente al compromiso "(?P<key>[^"]+)" antes y después '
        r'de la reforma "(?P<reform>[^"]+)"'
    ),
    "verdict_is": r'el veredicto es "(?P<verdict>[^"]+)"',
    "verdict_cites": r'el veredicto cita "(?P<text>[^"]+)"',
    "witness_screens": (
        r'su caso testigo es "(?P<status>[^"]+)" en (?P<country>.+) con riesgo de apatridia '
        r'"(?P<risk>[^"]+)"'
    ),
    "verdict_moves": r'el veredicto pasa de "(?P<was>[^"]+)" a "(?P<now>[^"]+)"',
    "witness_after": r'con la reforma su caso testigo es "(?P<status>[^"]+)"',
}
