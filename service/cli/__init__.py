"""The `nationality` command: screen a case, screen a batch, list the rules, export schemas;
the reform lab: a reform's impact on a population, and the discrimination audit; and the
registry service: serve the HTTP API, make its API keys. Each group of commands is a module
here; this one reads the command line and hands the engine to the command.

Importing this package is light (a batch's worker processes import its modules): the commands'
modules, and the engine with them, are imported by main, once it has paused the garbage
collector for the start (_started)."""

import argparse
import gc
import sys
from pathlib import Path

from service.cli.output import INTERRUPTED, LAW, USAGE


def main(argv: list[str] | None = None) -> int:
    # Starting (the imports, the law read from its cache) makes some 100,000 objects and frees
    # almost none: the cyclic garbage collector, run every 700 new ones, would walk them again
    # and again for nothing (~15 % of a one-case screen). Paused until the command runs.
    gc.disable()
    argv = sys.argv[1:] if argv is None else argv
    try:
        from service.cli.interface import interface_language, speaking

        with speaking(interface_language(argv)) as _:
            parser = _parser(_)
            args = parser.parse_args(argv)
            if args.before and not args.reform:
                parser.error(_("--before needs --reform: it asks for the law before that reform"))
        return _run(args)
    except ImportError as error:  # the engine on Python 3.13+ (engine/compat.py), a missing extra
        print(f"nationality: {error}", file=sys.stderr)
        return LAW
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:  # Ctrl-C: a batch says what it wrote; anything else just stops
        print("nationality: interrupted", file=sys.stderr)
        return INTERRUPTED
    finally:  # also after a usage error: a program calling main() goes on collecting
        gc.enable()


def _run(args) -> int:
    if not args.needs_engine:
        _started()
        return args.command(None, args)
    from engine import default_engine
    from engine.loader import LawError

    try:
        engine = default_engine(args.rules)
        if args.reform and not args.lab:  # the lab's commands take the reform as asked
            from service.cli.lab import under_reform

            engine = under_reform(engine, args)
    except LawError as error:
        print(error, file=sys.stderr)
        return USAGE if args.reform and _of_reform(error) else LAW
    finally:
        _started()
    return args.command(engine, args)


def _started() -> None:
    """The start is over: what it made (modules, the law, kept to the end) stays out of the
    collector's walks, the one at exit too (gc.freeze), and collecting resumes for what the
    command makes (a batch's cases, the lab's populations)."""
    gc.freeze()
    gc.enable()


def _of_reform(error) -> bool:
    """A fault of the --reform file (a usage error), not of the law; the lab's module is
    imported only when a reform was asked for and failed."""
    from engine.lab.reform import ReformError

    return isinstance(error, ReformError)


def _parser(_=str) -> argparse.ArgumentParser:
    """The command line's options, their help worded by `_` (a gettext function)."""
    from service.cli import lab, law, scorecard, screening, service

    parser = argparse.ArgumentParser(
        prog="nationality",
        description=_("Nationality determination and statelessness screening (MIRPS states)."),
        epilog=_(
            "Exit codes: 0 every case screened; 1 some cases could not be screened (their "
            "errors in place); 2 a wrong option, an unreadable input or an unwritable output; "
            "3 the rules cannot be used; 130 interrupted (Ctrl-C)."
        ),
    )
    parser.add_argument("--rules", help=_("rules directory (default: the project's rules/)"))
    parser.add_argument(
        "--lang",
        choices=["es", "en"],
        help=_(
            "language of the output and of this help (default for the output: English for "
            "cases only Belize's law touches, else Spanish; for the help: the environment's)"
        ),
    )
    parser.add_argument(
        "--reform",
        type=Path,
        help=_("use the law after this reform overlay (rules/reforms/*.yaml)"),
    )
    parser.add_argument(
        "--before", action="store_true", help=_("with --reform: the law before it instead")
    )
    parser.set_defaults(needs_engine=True, lab=False)
    sub = parser.add_subparsers(
        required=True, metavar="COMMAND", help=_("what to do (COMMAND --help: its options)")
    )

    for room in (screening, law, lab, scorecard, service):
        room.add(sub, _)
    return parser
