"""`nationality screen` and `nationality batch`: cases from files, answers to the terminal or a
file, errors in place of the cases that cannot be screened.

Both end the same way (service/cli/output.py): 0 when every case was screened, 1 when some
could not be (their errors in place, the count on stderr), 2 when the input cannot be read or
the output written, 130 on Ctrl-C. A batch gives one output line per input record, in order.
"""

import argparse
import json
import sys
from pathlib import Path

from schemas.determination import CaseError
from service.cli.interface import command
from service.cli.output import (
    NOT_SCREENED,
    SCREENED,
    OutputError,
    failed,
    said,
    written,
)
from service.documents import DocumentError, answer_dict, load_cases

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
        "input",
        type=Path,
        help=_(
            "JSON Lines (.jsonl), a JSON array (.json), a YAML list, or a folder or glob of JSON "
            "Lines files (partitions)"
        ),
    )
    lines.add_argument(
        "-o",
        "--output",
        type=Path,
        help=_(
            "output JSON Lines (default: stdout), or a folder for one file per partition; never "
            "the input"
        ),
    )
    lines.add_argument("--explain", action="store_true", help=_("include explanations"))
    _batch_options(lines, _)
    lines.set_defaults(command=_batch)


def _batch_options(lines, _) -> None:
    """How a batch runs: worker processes, resuming, a Dask cluster."""
    lines.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help=_("worker processes (default: the cores available; 1: this process only)"),
    )
    lines.add_argument(
        "--resume",
        action="store_true",
        help=_("continue an interrupted batch from OUTPUT.partial (needs -o FILE)"),
    )
    lines.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help=_("screen on a Dask cluster: `local` (this machine) or its address (tcp://host:8786)"),
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more): {text!r}")
    return int(text)


def _batch(engine, args) -> int:
    """`nationality batch` (service/cli/batch.py), imported only to run: its workers, cluster
    and progress bar are no part of the other commands' start."""
    from service.cli.batch import batch

    return batch(engine, args)


def screen(engine, args) -> int:
    try:
        cases = load_cases(args.case)
    except DocumentError as error:
        return failed(error)
    if len(cases) > MOST_SCREENED:
        return failed(
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
        return failed(error)
    except OSError as error:
        return failed(f"cannot write {args.output or 'stdout'}: {said(error)}")
    errors = sum(isinstance(a, CaseError) for a in answers)
    if errors:
        print(f"{errors} of {len(answers)} cases could not be screened", file=sys.stderr)
    return NOT_SCREENED if errors else SCREENED


def _states(answers) -> list[str]:
    """Every state the screened cases involve: the report speaks their language."""
    return [c for a in answers if not isinstance(a, CaseError) for c in a.nationality]
