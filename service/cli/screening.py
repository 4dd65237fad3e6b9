"""`nationality screen` and `nationality batch`: cases from files, answers to the terminal or a
file, errors in place of the cases that cannot be screened.

Both end the same way (service/cli/output.py): 0 when every case was screened, 1 when some
could not be (their errors in place, the count on stderr), 2 when the input cannot be read or
the output written, 130 on Ctrl-C. A batch gives one output line per input record, in order.
"""

import json
import signal
import sys
import threading
from pathlib import Path

from schemas.determination import CaseError
from schemas.errors import echo
from service.cli.interface import command
from service.cli.output import (
    INTERRUPTED,
    NOT_SCREENED,
    SCREENED,
    USAGE,
    OutputError,
    said,
    written,
)
from service.documents import DocumentError, answer_dict, answer_json, load_cases, numbered_inputs

MOST_SCREENED = 1000  # cases one `screen` report may hold; more are a batch's


def add(sub, _) -> None:
    """screen: the case(s) in a file; batch: one output line per input."""
    single = command(sub, "screen", _("screen the case(s) in a YAML or JSON file"))
    single.add_argument("case", type=Path, help=_("a YAML or JSON file: one case, or a list"))
    single.add_argument(
        "--format",
        choices=["text", "markdown", "html", "json"],
        default="text",
        help=_("a report (text for the terminal, markdown or html to attach to a file) or JSON"),
    )
    single.add_argument(
        "--json",
        action="store_const",
        dest="format",
        const="json",
        help=_("the same as --format json"),
    )
    single.add_argument(
        "--explain",
        action="store_true",
        help=_("with JSON: include why, why not and what would change it"),
    )
    single.add_argument(
        "-o", "--output", type=Path, help=_("write to this file (default: stdout); never the input")
    )
    single.set_defaults(command=screen)

    lines = command(sub, "batch", _("screen many cases: one output line per input"))
    lines.add_argument(
        "input", type=Path, help=_("JSON Lines (.jsonl), a JSON array (.json) or a YAML list")
    )
    lines.add_argument(
        "-o", "--output", type=Path, help=_("output JSON Lines (default: stdout); never the input")
    )
    lines.add_argument("--explain", action="store_true", help=_("include explanations"))
    lines.set_defaults(command=batch)


def screen(engine, args) -> int:
    try:
        cases = load_cases(args.case)
    except DocumentError as error:
        return _failed(error)
    if len(cases) > MOST_SCREENED:
        return _failed(
            f"{args.case} holds {len(cases)} cases; a report holds at most {MOST_SCREENED}: "
            f"screen them with `nationality batch {args.case}`"
        )
    explain = args.explain or args.format != "json"
    answers = [engine.screen_data(case, args.lang, explain) for case in cases]
    if len(answers) > 1:  # a list: an error says which of its cases it stands for
        for number, answer in enumerate(answers, 1):
            if isinstance(answer, CaseError):
                answer.line = number
    if args.format == "json":
        out = [answer_dict(a) for a in answers]
        text = json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2) + "\n"
    else:  # the report's templates are loaded only for a report (not for --json)
        from service.reports.screening import render

        lang = args.lang or engine.language(_states(answers))
        text = render(answers, engine.law, lang, args.format, cases)
    try:
        with written(args.output, args.case) as out:
            out.write(text)
    except OutputError as error:
        return _failed(error)
    except OSError as error:
        return _failed(f"cannot write {args.output or 'stdout'}: {said(error)}")
    errors = sum(isinstance(a, CaseError) for a in answers)
    if errors:
        print(f"{errors} of {len(answers)} cases could not be screened", file=sys.stderr)
    return NOT_SCREENED if errors else SCREENED


def _states(answers) -> list[str]:
    """Every state the screened cases involve: the report speaks their language."""
    return [c for a in answers if not isinstance(a, CaseError) for c in a.nationality]


def _failed(error) -> int:
    print(f"nationality: {error}", file=sys.stderr)
    return USAGE


def batch(engine, args) -> int:
    tally = _Tally(sys.stderr.isatty() and args.output is not None)
    try:
        with written(args.output, args.input) as out, _BetweenCases() as interrupt:
            for number, raw in numbered_inputs(args.input):
                if interrupt.asked:
                    raise KeyboardInterrupt
                answer = raw
                if not isinstance(raw, CaseError):
                    answer = engine.screen_data(raw, args.lang, args.explain)
                if isinstance(answer, CaseError):
                    answer.line = number
                out.write(answer_json(answer) + "\n")
                tally.add(answer)
            out.flush()
    except KeyboardInterrupt:
        tally.end(f"interrupted after {tally.cases} cases", args.output)
        return INTERRUPTED
    except OutputError as error:
        return _failed(error)
    except DocumentError as error:
        tally.end(str(error), args.output)
        return USAGE
    except OSError as error:
        tally.end(said(error), args.output)
        return USAGE
    tally.end(None, args.output)
    return NOT_SCREENED if tally.errors else SCREENED


class _BetweenCases:
    """Ctrl-C stops a batch between two cases, not inside one: durable_rules runs the rules'
    Python actions from C, where an interrupt could surface as some other error. A second
    Ctrl-C stops at once."""

    def __enter__(self):
        self.asked = False
        self._previous = None
        if threading.current_thread() is threading.main_thread():  # where signals are handled
            self._previous = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, *_) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, self._previous)

    def __exit__(self, *_) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class _Tally:
    """What a batch has written so far: the cases, those that could not be screened, the ids
    met more than once; a progress count on a terminal while writing to a file."""

    SHOWN = 5  # repeated ids named in the summary

    def __init__(self, progress: bool):
        self.progress, self.cases, self.errors = progress, 0, 0
        self.ids: set[str] = set()
        self.repeated: dict[str, None] = {}  # in the order first met again

    def add(self, answer) -> None:
        self.cases += 1
        self.errors += isinstance(answer, CaseError)
        if answer.case_id is not None:
            if answer.case_id in self.ids:
                self.repeated.setdefault(answer.case_id)
            self.ids.add(answer.case_id)
        if self.progress and self.cases % 100 == 0:
            sys.stderr.write(f"\r{self.cases} cases")
            sys.stderr.flush()

    def end(self, failure: str | None, output: Path | None) -> None:
        """The summary on stderr; after a failure, what became of the output."""
        if self.progress and self.cases >= 100:
            sys.stderr.write("\n")
        if failure:
            kept = f"; nothing written to {output}" if output else f"; {self.cases} lines written"
            print(f"nationality: {failure}{kept}", file=sys.stderr)
            return
        if self.errors:
            print(f"{self.errors} of {self.cases} cases could not be screened", file=sys.stderr)
        if self.repeated:
            first = ", ".join(echo(i) for i in list(self.repeated)[: self.SHOWN])
            print(
                f"warning: {len(self.repeated)} case ids appear more than once (first: {first})",
                file=sys.stderr,
            )
