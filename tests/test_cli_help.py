"""The command line's help speaks the interface language (issue 14, item 6): `--lang`, else the
environment's locale, else English; every argument's help, argparse's own headings and errors."""

import argparse
import gettext
import re

import pytest

from service.cli import _parser, main
from service.cli.interface import interface_language, speaking
from tests.test_i18n import CATALOG

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def environment(monkeypatch):
    """The locale variables as a test sets them (none unless it says)."""
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def shown(capsys, *argv) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as leaving:
        main(list(argv))
    out = capsys.readouterr()
    flat = " ".join(out.out.split())  # as read, whatever the terminal's width wraps
    return leaving.value.code, flat, out.err


def test_lang_es_gives_the_help_of_screen_in_spanish(environment, capsys):
    code, out, _ = shown(capsys, "--lang", "es", "screen", "--help")
    assert code == 0
    assert out.startswith("uso: nationality screen")
    for spanish in (
        "evaluar el caso o los casos de un archivo YAML o JSON",
        "argumentos posicionales:",
        "opciones:",
        "mostrar esta ayuda y salir",
        "lo mismo que --format json",
        "con JSON: incluir por qué, por qué no y qué lo cambiaría",
    ):
        assert spanish in out
    for english in ("usage:", "options:", "the same as", "write to this file"):
        assert english not in out


def test_a_spanish_locale_gives_the_help_of_batch_in_spanish(environment, capsys):
    environment.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = shown(capsys, "batch", "--help")
    assert code == 0
    assert out.startswith("uso: nationality batch")
    assert "evaluar un lote de casos: una línea de salida por cada entrada" in out
    assert "incluir las explicaciones" in out
    assert "include explanations" not in out


@pytest.mark.parametrize("lang_env, argv", [("es_ES.UTF-8", ["--lang", "en"]), (None, [])])
def test_lang_en_or_no_locale_gives_english(environment, capsys, lang_env, argv):
    if lang_env:
        environment.setenv("LANG", lang_env)
    code, out, _ = shown(capsys, *argv, "batch", "--help")
    assert code == 0
    assert out.startswith("usage: nationality batch")
    assert "screen many cases: one output line per input" in out
    assert "include explanations" in out


def test_usage_errors_speak_the_interface_language_too(environment, capsys):
    code, _, err = shown(capsys, "--lang", "es", "batch")
    assert code == 2
    assert "faltan estos argumentos obligatorios: input" in err
    code, _, err = shown(capsys, "--lang", "es", "--before", "rules")
    assert "--before requiere --reform" in err
    assert argparse._ is gettext.gettext  # argparse's own words are its own again afterwards


def test_the_interface_language_comes_from_lang_then_the_environment():
    assert interface_language(["--lang=es", "rules"], {}) == "es"
    assert interface_language(["--lang", "en", "rules"], {"LANG": "es_CR.UTF-8"}) == "en"
    assert interface_language(["rules"], {"LANG": "es_CR.UTF-8"}) == "es"
    assert interface_language(["rules"], {"LC_MESSAGES": "es_MX", "LANG": "en_US"}) == "es"
    assert interface_language(["rules"], {"LC_ALL": "C", "LANG": "es_ES"}) == "en"
    assert interface_language(["rules"], {"LANG": "fr_FR"}) == "en"
    assert interface_language(["--lang", "fr"], {}) == "en"  # argparse then refuses it
    assert interface_language(["key", "--", "--lang", "es"], {}) == "en"


def words(parser: argparse.ArgumentParser, path: str = "nationality"):
    """Every text of a parser's help, by where it is: descriptions, epilogs, group titles,
    each argument's help, the same for each command."""
    yield f"{path} description", parser.description
    yield f"{path} epilog", parser.epilog
    for number, group in enumerate(parser._action_groups):
        yield f"{path} group {number}", group.title
    for action in parser._actions:
        yield f"{path} {action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                yield f"{path} command {listed.dest}", listed.help
            for name, command in action.choices.items():
                yield from words(command, f"{path} {name}")


def test_no_help_of_the_spanish_parser_is_left_in_english():
    with speaking("en") as _:
        english = list(words(_parser(_)))
    with speaking("es") as _:
        spanish = list(words(_parser(_)))
    assert [where for where, _ in english] == [where for where, _ in spanish]
    untranslated = [
        where for (where, en), (_, es) in zip(english, spanish, strict=True) if en and en == es
    ]
    assert not untranslated, f"help left in English: {untranslated}"
    assert sum(bool(text) for _, text in spanish) > 60  # the walk did see the whole parser


def test_the_catalog_holds_each_message_once():
    text = CATALOG.read_text("utf-8")
    ids = []
    for entry in re.split(r"\n\s*\n", text):
        found = re.search(r'^msgid ((?:".*"\n)+)', entry + "\n", re.MULTILINE)
        if found:
            ids.append("".join(re.findall(r'"(.*)"', found.group(1))))
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert not repeated, f"msgids more than once in the catalog: {repeated}"
    assert len(ids) > 300
