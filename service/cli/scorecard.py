"""`nationality scorecard`: each state's law held against the Belize City Declaration's
commitments (engine/lab/scorecard.py), before and after a reform if one is given.

Text by default; --json (the Scorecard of schemas/scorecard.py), --markdown, or --html FILE (the
printable page with the regional matrix). Spanish unless --lang en.
"""

import json
import sys
from pathlib import Path

from service.cli.interface import command
from service.cli.output import LAW, USAGE, OutputError, emit, failed


def add(sub, _) -> None:
    card = command(
        sub,
        "scorecard",
        _("each state's law against the Belize City Declaration's commitments, with witnesses"),
    )
    card.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="STATE",
        help=_("only this state (ISO code; repeatable; default: every state with a pack)"),
    )
    card.add_argument(
        "--reform",
        dest="card_reform",
        type=Path,
        help=_("also the card after this reform (rules/reforms/*.yaml): the gaps it closes"),
    )
    card.add_argument(
        "--lang",
        dest="card_lang",
        choices=["es", "en"],
        help=_("language of the scorecard (default: Spanish)"),
    )
    shape = card.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help=_("the whole scorecard as JSON"))
    shape.add_argument("--markdown", action="store_true", help=_("the scorecard as Markdown"))
    card.add_argument("-o", "--output", type=Path, help=_("write the JSON, Markdown or text here"))
    card.add_argument(
        "--html", type=Path, help=_("also write the printable HTML page here (never an input)")
    )
    card.set_defaults(command=scorecard, lab=True)


def scorecard(engine, args) -> int:
    from engine.lab.reform import ReformError
    from engine.lab.run import Lab
    from engine.lab.scorecard import reformed
    from engine.lab.scorecard import scorecard as card_of
    from engine.loader import LawError
    from service.cli.lab import _reform_file

    lang = args.card_lang or args.lang or "es"
    countries = [c.strip().upper() for spec in args.country for c in spec.split(",") if c.strip()]
    missing = [c for c in countries if c not in engine.law.countries]
    if missing:
        encoded = ", ".join(sorted(engine.law.countries))
        return failed(f"--country {', '.join(missing)}: no rule pack (packs: {encoded})")
    path = args.card_reform or args.reform
    try:
        if path:
            choice, name = _reform_file(path)
            card = reformed(Lab(engine, args.rules), choice, lang, countries or None, name)
        else:
            card = card_of(engine, countries or None, lang, rules=args.rules)
    except ReformError as error:
        print(error, file=sys.stderr)
        return USAGE
    except LawError as error:
        print(error, file=sys.stderr)
        return LAW
    return _write(card, args, lang, path)


def _write(card, args, lang: str, reform) -> int:
    from service.documents import answer_dict
    from service.reports.scorecard import scorecard_markdown, scorecard_text
    from service.reports.scorecard_html import scorecard_html

    try:
        if args.html:
            emit(scorecard_html(card, lang), args.html, reform)
        if args.json:
            text = json.dumps(answer_dict(card), ensure_ascii=False, indent=2)
        elif args.markdown:
            text = scorecard_markdown(card, lang)
        else:
            text = scorecard_text(card, lang)
        if args.output or not args.html or args.json or args.markdown:
            emit(text, args.output, reform)
    except (OutputError, OSError) as error:
        return failed(error)
    return 0
