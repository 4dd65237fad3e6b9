"""The language the command line speaks in its help and its usage errors: `--lang` when given,
else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. The reports' own language is
chosen elsewhere (by `--lang` or the states a case involves); only the interface's is here.

The help texts are written in English where the options are defined, translated through
`_` as the parser is built; argparse's own words ("usage:", "options", its errors) go through
its module's gettext function, which `speaking` points at the project's catalog meanwhile.
"""

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from engine.i18n import LANGS, N_, translator

# argparse's own words, so the catalog holds their Spanish (argparse looks them up itself)
ARGPARSE = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set decides


def interface_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """'es' or 'en': `--lang` read ahead of the parser (its help must already speak it), else
    the locale of the environment, else English."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGS:
            return value
    for name in LOCALE_VARIABLES:
        if environ.get(name):
            return "es" if environ[name].lower().startswith("es") else "en"
    return "en"


@contextmanager
def speaking(lang: str) -> Iterator:
    """argparse's words in `lang` while the parser is built and reads the command line (it
    looks them up then); yields the gettext function for the project's own help texts."""
    gettext = translator(lang)
    own = argparse._
    argparse._ = gettext
    try:
        yield gettext
    finally:
        argparse._ = own


def command(sub, name: str, purpose: str) -> argparse.ArgumentParser:
    """A command of `nationality`: its purpose heads its own help and the list of commands."""
    return sub.add_parser(name, help=purpose, description=purpose)
