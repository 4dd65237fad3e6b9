"""Steps of the Spanish feature files: the wording only; the logic is tests/conftest.py's."""

import re

from pytest_bdd import given, parsers, then, when

from tests.conftest import ISO_DATE

DATE = rf"(?P<fecha>{ISO_DATE})"
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
ROLES = {"madre": "mother", "padre": "father"}
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
RISKS = {"ninguno": "none", "en riesgo": "at_risk", "apatridia": "stateless"}
PERSON_STATUSES = {
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
ACTORS = {"el progenitor": "parent", "la propia persona": "self"}


def country(name: str) -> str:
    """A country by its Spanish name, or by its ISO code."""
    return COUNTRIES.get(name, name)


# --- Dado: la persona --------------------------------------------------------------------------


@given(parsers.re(rf"una persona nacida en (?P<pais>.+) el {DATE}"))
def born_in(screening, pais, fecha):
    screening.person.update(birth_date=fecha, birth_country=country(pais))


@given(parsers.re(rf"una persona nacida el {DATE} en un lugar desconocido"))
def born_somewhere_unknown(screening, fecha):
    screening.person.update(birth_date=fecha, birth_country=None)


@given(
    parsers.re(
        rf"una persona nacida el {DATE} a bordo de un (?P<nave>buque|avión) con bandera de "
        r"(?P<bandera>[^,]+), (?:en el territorio de (?P<pais>.+)|fuera de todo territorio)"
    )
)
def born_aboard(screening, fecha, nave, bandera, pais):
    screening.person.update(
        birth_date=fecha,
        birth_country=country(pais) if pais else None,
        birth_place_kind="ship" if nave == "buque" else "aircraft",
        vessel_flag=country(bandera),
    )


@given(parsers.re(rf"una persona expósita hallada en (?P<pais>.+), nacida hacia el {DATE}"))
def foundling(screening, pais, fecha):
    screening.foundling(country(pais), fecha)


@given(parsers.re(r"(?:su|la) (?P<rol>madre|padre) es desconocid[oa]"))
def parent_unknown(screening, rol):
    screening.parent(ROLES[rol])["legal_parentage"] = "unknown"


@given(
    parsers.re(
        r"su (?P<rol>madre|padre) es nacional de (?P<pais>.+?) por (?P<modo>\w+)"
        rf"(?: desde el {DATE})?$"
    )
)
def parent_national(screening, rol, pais, modo, fecha):
    nationality = {"country": country(pais), "acquired": MODES[modo]}
    if fecha:
        nationality["acquired_on"] = fecha
    screening.parent(ROLES[rol])["nationalities"].append(nationality)


GRANDPARENT = r"su (?P<quien>abuelo|abuela) (?P<linea>paterno|paterna|materno|materna)"


def _grandparent(screening, quien, linea):
    line = "paternal" if linea.startswith("patern") else "maternal"
    return screening.grandparent(line, "grandfather" if quien == "abuelo" else "grandmother")


@given(parsers.re(rf"{GRANDPARENT} es nacional de (?P<pais>.+?) por (?P<modo>\w+)$"))
def grandparent_national(screening, quien, linea, pais, modo):
    nationality = {"country": country(pais), "acquired": MODES[modo]}
    _grandparent(screening, quien, linea)["nationalities"].append(nationality)


@given(parsers.re(rf"{GRANDPARENT} nació en (?P<pais>.+)"))
def grandparent_born_in(screening, quien, linea, pais):
    _grandparent(screening, quien, linea)["born_in"] = country(pais)


@given(parsers.re(r"su (?P<rol>madre|padre) no tiene nacionalidad conocida"))
def parent_without_nationality(screening, rol):
    screening.parent(ROLES[rol])["nationalities"] = []


@given(parsers.re(r"su (?P<rol>madre|padre) nació en (?P<pais>.+)"))
def parent_born_in(screening, rol, pais):
    screening.parent(ROLES[rol])["born_in"] = country(pais)


@given(
    parsers.re(r"la situación de su (?P<rol>madre|padre) en el país de nacimiento es (?P<st>.+)")
)
def parent_status(screening, rol, st):
    screening.parent(ROLES[rol])["status_in_birth_country"] = PERSON_STATUSES[st]


@given(parsers.re(rf"su padre la reconoció el {DATE}"))
def acknowledged(screening, fecha):
    screening.parent("father").update(legal_parentage="acknowledged", acknowledged_on=fecha)


@given(parsers.re(r"sus padres (?P<no>no )?están casados"))
def married(screening, no):
    screening.case["parents_married_at_birth"] = not no


# --- Dado: actos -------------------------------------------------------------------------------


@given(parsers.re(rf"el nacimiento se inscribió en el Registro Civil de (?P<pais>.+) el {DATE}"))
def birth_registered(screening, pais, fecha):
    screening.add("registrations", country=country(pais), act="birth_registration", date=fecha)


@given(
    parsers.re(
        r"su (?P<rol>madre|padre) inscribió el nacimiento en el consulado de (?P<pais>.+) "
        rf"el {DATE}"
    )
)
def consular_registration_by_parent(screening, rol, pais, fecha):
    screening.add(
        "registrations",
        country=country(pais),
        act="consular_registration",
        date=fecha,
        by="parent",
    )


@given(
    parsers.re(
        rf"la persona inscribió su nacimiento en el Registro Civil de (?P<pais>.+) el {DATE}"
    )
)
def registration_by_self(screening, pais, fecha):
    """Late registration where the person was born; otherwise the record of a foreign birth."""
    born_there = screening.person.get("birth_country") == country(pais)
    act = "late_birth_registration" if born_there else "consular_registration"
    screening.add("registrations", country=country(pais), act=act, date=fecha, by="self")


@given(parsers.re(rf"la persona declaró optar por la nacionalidad de (?P<pais>.+) el {DATE}"))
def option(screening, pais, fecha):
    screening.add(
        "registrations", country=country(pais), act="option_declaration", date=fecha, by="self"
    )


@given(parsers.re(rf"la persona se naturalizó en (?P<pais>.+) el {DATE}"))
def naturalized(screening, pais, fecha):
    screening.add("naturalizations", country=country(pais), date=fecha)


@given(parsers.re(rf"(?P<pais>.+) declaró la pérdida de su nacionalidad el {DATE}"))
def loss_declared(screening, pais, fecha):
    screening.add(
        "registrations", country=country(pais), act="loss_declaration", date=fecha, by="authority"
    )


@given(parsers.re(rf"(?P<pais>.+) reconoció a la persona como apátrida el {DATE}"))
def recognized_stateless(screening, pais, fecha):
    screening.add(
        "registrations",
        country=country(pais),
        act="statelessness_recognition",
        date=fecha,
        by="authority",
    )


@given(parsers.re(rf"(?P<pais>.+) reconoció a la persona como refugiada el {DATE}"))
def recognized_refugee(screening, pais, fecha):
    screening.add(
        "registrations",
        country=country(pais),
        act="refugee_recognition",
        date=fecha,
        by="authority",
    )


@given(parsers.re(rf"la persona renunció a la nacionalidad de (?P<pais>.+) el {DATE}"))
def renounced(screening, pais, fecha):
    screening.add("renunciations", country=country(pais), date=fecha)


@given(parsers.re(rf"la persona declaró ante (?P<pais>.+) su nacionalidad de origen el {DATE}"))
def declared_origin(screening, pais, fecha):
    screening.add(
        "registrations",
        country=country(pais),
        act="nationality_declaration",
        date=fecha,
        by="self",
    )


@given(
    parsers.re(
        rf"la persona (?:se casó|formó unión) con (?:un|una) nacional de (?P<pais>.+) el {DATE}"
    )
)
def married_to(screening, pais, fecha):
    screening.add("marriages", spouse_nationality=country(pais), **{"from": fecha})


@given(parsers.re(rf"la persona reside en (?P<pais>.+) desde el {DATE}(?: como (?P<st>.+))?$"))
def resides(screening, pais, fecha, st):
    period = {"country": country(pais), "from": fecha}
    if st:
        period["status"] = PERSON_STATUSES[st]
    screening.add("residence", **period)


@given(parsers.re(r'el caso trabajado "(?P<caso>[A-Z]{2}-\d+)"'))
def worked_case(screening, caso):
    screening.load_worked_case(caso)


# --- Cuando ------------------------------------------------------------------------------------


@when(parsers.re(rf"se evalúa su nacionalidad al {DATE}"))
def screen_on(screening, fecha):
    screening.screen(fecha, "es")


@when("se evalúa con la línea de comandos")
def screen_worked_case(screening):
    screening.screen(None, "es")


# --- Entonces ----------------------------------------------------------------------------------


STATUS_IS = r'la nacionalidad de (?P<pais>.+) es "(?P<estado>[^"]+)"'
RULE_DECIDES = r'(?P<no>no )?decide la regla "(?P<regla>[^"]+)"'
RISK_IS = r'el riesgo de apatridia es "(?P<nivel>[^"]+)"'
MISSING = r'falta conocer "(?P<campo>[^"]+)"'


@then(parsers.re(STATUS_IS))
def status_is(screening, pais, estado):
    screening.assert_status(country(pais), STATUSES[estado])


@then(parsers.re(RULE_DECIDES))
def rule_decides(screening, no, regla):
    screening.assert_rule(regla, decides=not no)


@then(parsers.re(r'la base legal cita "(?P<texto>[^"]+)"'))
def basis_cites(screening, texto):
    screening.assert_cites(texto)


@then(
    parsers.re(
        r'queda pendiente "(?P<acto>\w+)" por (?P<quien>el progenitor|la propia persona)'
        rf"(?: desde el (?P<desde>{ISO_DATE}))?(?: hasta el {DATE})?$"
    )
)
def condition_open(screening, acto, quien, desde, fecha):
    screening.assert_condition(acto, ACTORS[quien], fecha, desde)


@then("no queda nada pendiente")
def nothing_open(screening):
    screening.assert_nothing_open()


@then(parsers.re(RISK_IS))
def risk_is(screening, nivel):
    screening.assert_risk(RISKS[nivel])


@then(parsers.re(MISSING))
def missing_fact(screening, campo):
    screening.assert_missing(campo)


@then(parsers.re(r'la razón menciona "(?P<texto>[^"]+)"'))
def reason_mentions(screening, texto):
    screening.assert_reason(texto)


@then(
    parsers.re(
        r'explica que la regla "(?P<regla>[^"]+)" (?P<no>no )?se aplica porque "(?P<texto>[^"]+)"'
    )
)
def explained(screening, regla, no, texto):
    screening.assert_explained(regla, applies=not no, text=texto)


@then(
    parsers.re(
        r'propone "(?P<texto>[^"]+)"(?: hasta el (?P<fecha>\d{4}-\d{2}-\d{2}))?'
        r"(?P<riesgo>, que dejaría el riesgo en ninguno|, que por sí sola no elimina el riesgo)?$"
    )
)
def proposes(screening, texto, fecha, riesgo):
    clears = None if not riesgo else "ninguno" in riesgo
    screening.assert_action(texto, fecha, clears)


@then("el riesgo de apatridia es coherente con los estados evaluados")
def risk_consistent(screening):
    screening.assert_risk_consistent()


# --- PA ---


@given(parsers.re(rf"su (?P<rol>madre|padre) l[ao] adoptó el {DATE}"))
def adopted(screening, rol, fecha):
    screening.parent(ROLES[rol]).update(legal_parentage="adopted", acknowledged_on=fecha)


# --- SV ---


@given(parsers.re(rf"(?P<pais>.+) privó a la persona de su nacionalidad por sentencia el {DATE}"))
def deprived_by_judgment(screening, pais, fecha):
    """A loss imposed by a final judgment (El Salvador, Cn. art. 94 ord. 2)."""
    screening.add(
        "registrations", country=country(pais), act="deprivation", date=fecha, by="authority"
    )


# --- Reformas y auditoría ----------------------------------------------------------------------

SIDES = {"antes": "before", "después": "after"}
FACTS = {
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


@when(
    parsers.re(rf'se evalúa su nacionalidad al {DATE} antes y después de la reforma "(?P<r>[^"]+)"')
)
def screen_before_and_after(screening, fecha, r):
    screening.screen_before_and_after(fecha, r, "es")


SIDE = r"(?P<lado>antes|después) de la reforma "


@then(parsers.re(SIDE + STATUS_IS))
def status_on_side(screening, lado, pais, estado):
    screening.side(SIDES[lado])
    status_is(screening, pais, estado)


@then(parsers.re(SIDE + RULE_DECIDES))
def rule_on_side(screening, lado, no, regla):
    screening.side(SIDES[lado])
    rule_decides(screening, no, regla)


@then(parsers.re(SIDE + RISK_IS))
def risk_on_side(screening, lado, nivel):
    screening.side(SIDES[lado])
    risk_is(screening, nivel)


@then(parsers.re(SIDE + MISSING))
def missing_on_side(screening, lado, campo):
    screening.side(SIDES[lado])
    missing_fact(screening, campo)


@when(
    parsers.re(
        r'se mide el impacto de la reforma "(?P<r>[^"]+)" sobre (?P<n>\d+) casos generados '
        rf"(?P<filtros>.+) al {DATE}"
    )
)
def measure_impact(screening, r, n, filtros, fecha):
    axes = {}
    for words, axis in AXES.items():
        found = re.search(rf"{words} (?P<paises>[^,]+?)(?:,|$| y )", filtros)
        if found:
            names = re.split(r" o ", found["paises"].strip())
            axes[axis] = ",".join(country(n.strip()) for n in names)
    screening.measure_impact(r, fecha, axes, int(n))


@then("ningún caso empeora")
def no_harm(screening):
    screening.assert_no_harm()


@then(parsers.re(r'hay casos que pasan de "(?P<a>[^"]+)" a "(?P<b>[^"]+)" en (?P<pais>.+)'))
def cases_move(screening, a, b, pais):
    screening.assert_moves(country(pais), STATUSES[a], STATUSES[b])


@then(parsers.re(r'hay menos casos con riesgo de apatridia "(?P<nivel>[^"]+)" después'))
def fewer_at_risk(screening, nivel):
    screening.assert_fewer(RISKS[nivel])


@then(
    parsers.re(
        r'los que pasan de "(?P<a>[^"]+)" a "(?P<b>[^"]+)" en (?P<pais>.+?) comparten '
        r'"(?P<hecho>[^"]+)" = "(?P<valor>[^"]+)"'
    )
)
def group_shares(screening, a, b, pais, hecho, valor):
    screening.assert_group_shares(country(pais), STATUSES[a], STATUSES[b], hecho, valor)


@when(parsers.re(r"se audita la discriminación en (?P<paises>.+)"))
def run_audit(screening, paises):
    names = [] if paises == "todos los Estados" else re.split(r", | y ", paises)
    screening.run_audit([country(n) for n in names])


@then(parsers.re(r'la regla "(?P<regla>[^"]+)" (?P<no>no )?distingue por (?P<hecho>.+)'))
def distinguishes(screening, regla, no, hecho):
    screening.assert_distinguishes(regla, FACTS[hecho], depends=not no)


@then(parsers.re(r"ninguna regla distingue por (?P<hecho>.+)"))
def nobody_distinguishes(screening, hecho):
    screening.assert_nobody_distinguishes(FACTS[hecho])


@then("todas las marcas distinguishes_by coinciden con la auditoría")
def flags_agree(screening):
    screening.assert_flags_agree()
