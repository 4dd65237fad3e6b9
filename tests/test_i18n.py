"""Every word shown exists in Spanish and English (gettext catalog, and both languages in the
rule packs); a test fails when a message lacks its translation."""

from pathlib import Path

import pytest
import yaml
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from engine import default_engine
from engine.i18n import ACTORS, FIELDS, REQUIRED_ACTS, RISK, STATUS, VALUES, translator
from schemas import codes
from schemas.facts import COLLECTIONS, PERSON
from service.reports.screening import render

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "engine" / "locale" / "es" / "LC_MESSAGES" / "messages.po"


def extracted() -> set[str]:
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    found = extract_from_dir(str(ROOT), method_map, options_map, keywords=keywords)
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def test_every_message_has_a_spanish_translation_and_nothing_is_stale():
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle)
    entries = {m.id: m for m in catalog if m.id}
    messages = extracted()
    untranslated = sorted(m for m in messages if m not in entries or not entries[m].string)
    assert not untranslated, f"messages without a Spanish translation: {untranslated}"
    fuzzy = sorted(m for m, e in entries.items() if e.fuzzy)
    assert not fuzzy, f"fuzzy translations to review: {fuzzy}"
    stale = sorted(set(entries) - messages)
    assert not stale, f"catalog entries no message uses any more: {stale}"


def test_every_fact_value_act_and_status_has_words():
    fields = {("person", f) for f in PERSON}
    fields |= {(c, f) for c, (_, row) in COLLECTIONS.items() for f in row}
    assert fields == set(FIELDS)
    closed = [
        codes.Status,
        codes.AcquisitionMode,
        codes.ParentRole,
        codes.LegalParentage,
        codes.BirthPlaceKind,
        codes.Sex,
        codes.Act,
        codes.Actor,
    ]
    values = {v for literal in closed for v in literal.__args__}
    assert values <= set(VALUES)
    assert set(codes.RequiredAct.__args__) == set(REQUIRED_ACTS)
    assert set(codes.Actor.__args__) == set(ACTORS)
    assert set(codes.NationalityStatus.__args__) == set(STATUS)
    assert set(codes.StatelessRisk.__args__) == set(RISK)


def test_rule_packs_speak_both_languages():
    for law in default_engine().law.countries.values():
        assert law.pack.name.es and law.pack.name.en
        for rule in law.rules:
            for text in (rule.rule.title, rule.rule.note, rule.rule.reason):
                if text is not None:
                    assert text.es.strip() and text.en.strip(), rule.id


@pytest.mark.parametrize("lang, foreign", [("es", ["Why", "Statelessness"]), ("en", ["Por qué"])])
def test_a_report_is_in_one_language(lang, foreign):
    engine = default_engine()
    cases = yaml.safe_load((ROOT / "tests" / "worked_cases" / "CR.yaml").read_text("utf-8"))
    answers = [engine.screen_data(case, lang, explain=True) for case in cases]
    report = render(answers, engine.law, lang)
    for word in foreign:
        assert word not in report


def test_translations_are_used():
    assert translator("es")("Why not") == "Por qué no"
    assert translator("en")("Why not") == "Why not"
