"""`nationality screen` and `nationality batch`: cases from files, answers to the terminal or a
file, errors in place of the cases that cannot be screened."""

import json
import sys
from pathlib import Path

from schemas.determination import CaseError
from service.documents import (
    DocumentError,
    answer_dict,
    answer_json,
    count_inputs,
    iter_inputs,
    load_cases,
)


def add(sub) -> None:
    """screen: the case(s) in a file; batch: one output line per input."""
    single = sub.add_parser("screen", help="screen the case(s) in a YAML or JSON file")
    single.add_argument("case", type=Path)
    single.add_argument(
        "--format",
        choices=["text", "markdown", "html", "json"],
        default="text",
        help="a report (text for the terminal, markdown or html to attach to a file) or JSON",
    )
    single.add_argument(
        "--json",
        action="store_const",
        dest="format",
        const="json",
        help="the same as --format json",
    )
    single.add_argument(
        "--explain",
        action="store_true",
        help="with JSON: include why, why not and what would change it",
    )
    single.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    single.set_defaults(command=screen)

    lines = sub.add_parser("batch", help="screen many cases: one output line per input")
    lines.add_argument("input", type=Path, help="JSON Lines (.jsonl) or a YAML/JSON list")
    lines.add_argument("-o", "--output", type=Path, help="output JSON Lines (default: stdout)")
    lines.add_argument("--explain", action="store_true", help="include explanations")
    lines.set_defaults(command=batch)


def screen(engine, args) -> int:
    from service.reports.screening import render

    try:
        cases = load_cases(args.case)
    except DocumentError as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 2
    explain = args.explain or args.format != "json"
    answers = [engine.screen_data(case, args.lang, explain) for case in cases]
    if args.format == "json":
        out = [answer_dict(a) for a in answers]
        text = json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2) + "\n"
    else:
        lang = args.lang or engine.language(_states(answers))
        text = render(answers, engine.law, lang, args.format)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 2 if any(isinstance(a, CaseError) for a in answers) else 0


def _states(answers) -> list[str]:
    """Every state the screened cases involve: the report speaks their language."""
    return [c for a in answers if not isinstance(a, CaseError) for c in a.nationality]


def batch(engine, args) -> int:
    try:
        total = count_inputs(args.input)
        inputs = iter_inputs(args.input)
        out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    except (DocumentError, OSError) as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 2
    progress = _Progress(total) if sys.stderr.isatty() and args.output else None
    errors = 0
    try:
        for raw in inputs:
            answer = (
                raw
                if isinstance(raw, CaseError)
                else engine.screen_data(raw, args.lang, args.explain)
            )
            errors += isinstance(answer, CaseError)
            out.write(answer_json(answer) + "\n")
            if progress:
                progress.step()
    except (OSError, ValueError) as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
        if progress:
            progress.done()
    if errors:
        print(f"{errors} of {total} cases could not be screened", file=sys.stderr)
    return 0


class _Progress:
    def __init__(self, total: int):
        self.total, self.count = total, 0

    def step(self) -> None:
        self.count += 1
        if self.count % 100 == 0 or self.count == self.total:
            filled = int(30 * self.count / max(self.total, 1))
            bar = "#" * filled + "-" * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {self.count}/{self.total} cases")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")
