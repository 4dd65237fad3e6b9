"""Shared fixtures, and the steps of the feature files (features/*.feature).

Steps read like a lawyer's description of a case; every screening goes through the command
line's own code path (`nationality screen --json`), the way a caseworker would run it.
"""

import json
import re
from pathlib import Path

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from engine import default_engine
from schemas.rulepack import RULE_ID
from service.cli import main as cli

ROOT = Path(__file__).resolve().parent.parent
WORKED_CASES = Path(__file__).resolve().parent / "worked_cases"
DATE = r"(?P<fecha>\d{4}-\d{2}-\d{2})"

COUNTRIES = {
    "Belice": "BZ",
    "Belize": "BZ",
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
PARENT_STATUSES = {
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
    return COUNTRIES.get(name, name)


@pytest.fixture(scope="session")
def engine():
    return default_engine()


def pytest_configure(config):
    """Feature tags become markers: register them so --strict-markers passes."""
    config.addinivalue_line("markers", "caso_trabajado: a worked case of the legal research")
    config.addinivalue_line("markers", "fechas: date-boundary semantics")
    for iso in ("CR", "MX", "BZ", "SV", "GT", "HN", "PA"):
        config.addinivalue_line("markers", f"{iso}: rules of one state")
    for law in default_engine().law.countries.values():
        for rule in law.rules:
            config.addinivalue_line("markers", f"{rule.id}: scenario about rule {rule.id}")


class Screening:
    """The case a scenario builds, its determination, and the rules its steps asserted."""

    def __init__(self):
        self.case: dict = {"parents": []}
        self.result: dict | None = None
        self.asserted: set[str] = set()
        self.worked: dict | None = None

    @property
    def person(self) -> dict:
        return self.case.setdefault("person", {})

    def parent(self, role: str) -> dict:
        for parent in self.case["parents"]:
            if parent["role"] == role:
                return parent
        parent = {"role": role, "legal_parentage": "birth", "nationalities": []}
        self.case["parents"].append(parent)
        return parent

    def registration(self, **act) -> None:
        self.person.setdefault("registrations", []).append(act)

    def country(self, iso: str) -> dict:
        assert self.result is not None, "no screening yet"
        nationality = self.result["nationality"]
        assert iso in nationality, f"{iso} not considered: {sorted(nationality)}"
        return nationality[iso]


@pytest.fixture
def screening():
    return Screening()


def pytest_bdd_after_scenario(request, feature, scenario):
    """A scenario tagged with a rule id must say something about that rule."""
    tagged = {t for t in scenario.tags if RULE_ID.match(t)}
    asserted = request.getfixturevalue("screening").asserted
    missing = tagged - asserted
    assert not missing, f"scenario tagged {sorted(missing)} asserts nothing about them"


def screen_with_cli(cases, tmp_path: Path, capsys, lang: str) -> dict | list:
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(cases, allow_unicode=True, sort_keys=False))
    capsys.readouterr()
    code = cli(["--lang", lang, "screen", str(path), "--json"])
    out = capsys.readouterr().out
    assert code == 0, f"nationality screen exited {code}: {out}"
    return json.loads(out)


# --- Given: the person ------------------------------------------------------------------------


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
    screening.person.update(birth_date=fecha, foundling=True, found_in=country(pais))
    for role in ROLES.values():
        screening.parent(role)["legal_parentage"] = "unknown"


@given(parsers.re(r"(?:su|la) (?P<rol>madre|padre) es desconocid[oa]"))
def parent_unknown(screening, rol):
    parent = screening.parent(ROLES[rol])
    parent["legal_parentage"] = "unknown"


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
    screening.parent(ROLES[rol])["status_in_birth_country"] = PARENT_STATUSES[st]


@given(parsers.re(rf"su padre la reconoció el {DATE}"))
def acknowledged(screening, fecha):
    father = screening.parent("father")
    father.update(legal_parentage="acknowledged", acknowledged_on=fecha)


@given(parsers.re(r"sus padres (?P<no>no )?están casados"))
def married(screening, no):
    screening.case["parents_married_at_birth"] = not no


# --- Given: acts ------------------------------------------------------------------------------


@given(parsers.re(rf"el nacimiento se inscribió en el Registro Civil de (?P<pais>.+) el {DATE}"))
def birth_registered(screening, pais, fecha):
    screening.registration(country=country(pais), act="birth_registration", date=fecha)


@given(
    parsers.re(
        r"su (?P<rol>madre|padre) inscribió el nacimiento en el consulado de (?P<pais>.+) "
        rf"el {DATE}"
    )
)
def consular_registration_by_parent(screening, rol, pais, fecha):
    screening.registration(
        country=country(pais), act="consular_registration", date=fecha, by="parent"
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
    screening.registration(country=country(pais), act=act, date=fecha, by="self")


@given(parsers.re(rf"la persona declaró optar por la nacionalidad de (?P<pais>.+) el {DATE}"))
def option(screening, pais, fecha):
    screening.registration(country=country(pais), act="option_declaration", date=fecha, by="self")


@given(parsers.re(rf"la persona se naturalizó en (?P<pais>.+) el {DATE}"))
def naturalized(screening, pais, fecha):
    screening.person.setdefault("naturalizations", []).append(
        {"country": country(pais), "date": fecha}
    )


@given(parsers.re(rf"(?P<pais>.+) declaró la pérdida de su nacionalidad el {DATE}"))
def loss_declared(screening, pais, fecha):
    screening.registration(
        country=country(pais), act="loss_declaration", date=fecha, by="authority"
    )


@given(parsers.re(rf"(?P<pais>.+) reconoció a la persona como apátrida el {DATE}"))
def recognized_stateless(screening, pais, fecha):
    screening.registration(
        country=country(pais), act="statelessness_recognition", date=fecha, by="authority"
    )


@given(parsers.re(rf"la persona reside en (?P<pais>.+) desde el {DATE}(?: como (?P<st>.+))?$"))
def resides(screening, pais, fecha, st):
    period = {"country": country(pais), "from": fecha}
    if st:
        period["status"] = PARENT_STATUSES[st]
    screening.person.setdefault("residence", []).append(period)


@given(parsers.re(r'el caso trabajado "(?P<caso>[A-Z]{2}-\d+)"'))
def worked_case(screening, caso):
    cases = yaml.safe_load((WORKED_CASES / f"{caso[:2]}.yaml").read_text(encoding="utf-8"))
    found = [c for c in cases if c["id"] == caso]
    assert found, f"no worked case {caso}"
    screening.worked = found[0]


# --- When ----------------------------------------------------------------------------------


@when(parsers.re(rf"se evalúa su nacionalidad al {DATE}"))
def screen_on(screening, fecha, tmp_path, capsys):
    screening.case["as_of"] = fecha
    screening.result = screen_with_cli(screening.case, tmp_path, capsys, "es")


@when("se evalúa con la línea de comandos")
def screen_worked_case(screening, tmp_path, capsys):
    screening.result = screen_with_cli(screening.worked, tmp_path, capsys, "es")


# --- Then ----------------------------------------------------------------------------------


@then(parsers.re(r'la nacionalidad de (?P<pais>.+) es "(?P<estado>[^"]+)"'))
def status_is(screening, pais, estado):
    result = screening.country(country(pais))
    assert result["status"] == STATUSES[estado], result


@then(parsers.re(r'(?P<no>no )?decide la regla "(?P<rule>[^"]+)"'))
def rule_decides(screening, no, rule):
    assert RULE_ID.match(rule), rule
    screening.asserted.add(rule)
    result = screening.country(rule[:2])
    if no:
        assert rule not in result["rules"], result
    else:
        assert rule in result["rules"], result


@then(parsers.re(r'la base legal cita "(?P<texto>[^"]+)"'))
def basis_cites(screening, texto):
    basis = [b for r in screening.result["nationality"].values() for b in r["basis"]]
    assert any(texto in b for b in basis), basis


@then(
    parsers.re(
        r'queda pendiente "(?P<acto>\w+)" por (?P<quien>el progenitor|la propia persona)'
        rf"(?: desde el (?P<desde>\d{{4}}-\d{{2}}-\d{{2}}))? hasta el {DATE}"
    )
)
def condition_open(screening, acto, quien, desde, fecha):
    conditions = [c for r in screening.result["nationality"].values() for c in r["conditions"]]
    wanted = {"act": acto, "by": ACTORS[quien], "deadline": fecha}
    if desde:
        wanted["from"] = desde
    matching = [c for c in conditions if wanted.items() <= c.items()]
    assert matching, conditions
    screening.asserted.update(c["rule"] for c in matching)


@then(parsers.re(r"no queda nada pendiente"))
def nothing_open(screening):
    conditions = [c for r in screening.result["nationality"].values() for c in r["conditions"]]
    assert conditions == [], conditions


@then(parsers.re(r'el riesgo de apatridia es "(?P<nivel>[^"]+)"'))
def risk_is(screening, nivel):
    assert screening.result["stateless_risk"] == RISKS[nivel], screening.result


@then(parsers.re(r'falta conocer "(?P<campo>[^"]+)"'))
def missing_fact(screening, campo):
    missing = [m for r in screening.result["nationality"].values() for m in r["missing_facts"]]
    assert campo in missing, missing


@then(parsers.re(r'la razón menciona "(?P<texto>[^"]+)"'))
def reason_mentions(screening, texto):
    reasons = [r.get("reason") or "" for r in screening.result["nationality"].values()]
    assert any(texto.lower() in r.lower() for r in reasons), reasons


@then("el riesgo de apatridia es coherente con los estados evaluados")
def risk_consistent(screening):
    """As shared/legal/README.md reads a worked case's risk: it is none exactly when one of the
    states the case lists says national (other states have no pack, hence undetermined)."""
    listed = screening.worked["expected"]["nationality"]
    national = any(screening.country(c)["status"] == "national" for c in listed)
    assert (screening.result["stateless_risk"] == "none") == national, screening.result


def feature_tags() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "features").glob("*.feature"))
    return set(re.findall(r"@([\w.\-]+)", text))
