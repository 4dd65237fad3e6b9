"""Steps of the Spanish feature files: the wording only; the logic is tests/conftest.py's."""

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


@then(parsers.re(r'la nacionalidad de (?P<pais>.+) es "(?P<estado>[^"]+)"'))
def status_is(screening, pais, estado):
    screening.assert_status(country(pais), STATUSES[estado])


@then(parsers.re(r'(?P<no>no )?decide la regla "(?P<regla>[^"]+)"'))
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


@then(parsers.re(r'el riesgo de apatridia es "(?P<nivel>[^"]+)"'))
def risk_is(screening, nivel):
    screening.assert_risk(RISKS[nivel])


@then(parsers.re(r'falta conocer "(?P<campo>[^"]+)"'))
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
