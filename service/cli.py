"""The `nationality` command: screen a case, screen a batch, list the rules, export schemas;
the reform lab: a reform's impact on a population, and the discrimination audit; and the
registry service: serve the HTTP API, make its API keys."""

import argparse
import json
import sys
from pathlib import Path

from schemas.determination import CaseError
from schemas.lab import AUDIT_SAMPLE, IMPACT_SAMPLE


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error
        sys.stderr.close()
        return 0


def _run(args) -> int:
    if not args.needs_engine:
        return args.command(None, args)
    try:
        from engine import default_engine  # fails with a clear message on Python 3.13+
        from engine.lab.reform import ReformError
        from engine.loader import LawError

        try:
            engine = default_engine(args.rules)
            if args.reform and not args.lab:  # the lab's commands take the reform as asked
                engine = _under_reform(engine, args)
        except ReformError as error:
            print(error, file=sys.stderr)
            return 2
        except LawError as error:
            print(error, file=sys.stderr)
            return 3
        return args.command(engine, args)
    except ImportError as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nationality",
        description="Nationality determination and statelessness screening (MIRPS states).",
    )
    parser.add_argument("--rules", help="rules directory (default: the project's rules/)")
    parser.add_argument(
        "--lang",
        choices=["es", "en"],
        help="output language (default: English for cases only Belize's law touches, else Spanish)",
    )
    parser.add_argument(
        "--reform", type=Path, help="use the law after this reform overlay (rules/reforms/*.yaml)"
    )
    parser.add_argument(
        "--before", action="store_true", help="with --reform: the law before it instead"
    )
    parser.set_defaults(needs_engine=True, lab=False)
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    screen = sub.add_parser("screen", help="screen the case(s) in a YAML or JSON file")
    screen.add_argument("case", type=Path)
    screen.add_argument(
        "--format",
        choices=["text", "markdown", "html", "json"],
        default="text",
        help="a report (text for the terminal, markdown or html to attach to a file) or JSON",
    )
    screen.add_argument(
        "--json",
        action="store_const",
        dest="format",
        const="json",
        help="the same as --format json",
    )
    screen.add_argument(
        "--explain",
        action="store_true",
        help="with JSON: include why, why not and what would change it",
    )
    screen.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    screen.set_defaults(command=_screen)

    batch = sub.add_parser("batch", help="screen many cases: one output line per input")
    batch.add_argument("input", type=Path, help="JSON Lines (.jsonl) or a YAML/JSON list")
    batch.add_argument("-o", "--output", type=Path, help="output JSON Lines (default: stdout)")
    batch.add_argument("--explain", action="store_true", help="include explanations")
    batch.set_defaults(command=_batch)

    rules = sub.add_parser("rules", help="list the encoded rules with citations and dates")
    rules.add_argument("--country", help="only this country (ISO code)")
    rules.add_argument("--json", action="store_true")
    rules.add_argument(
        "--coverage",
        action="store_true",
        help="per state, each GLOBALCIT mode: encoded, not applicable, explained or missing",
    )
    rules.set_defaults(command=_rules)

    reform = sub.add_parser(
        "reform", help="a reform's impact on a population: the law before and after it"
    )
    reform.add_argument("reform_file", type=Path, help="a reform overlay (rules/reforms/*.yaml)")
    _population_options(reform, sample=IMPACT_SAMPLE)
    reform.add_argument("--examples", type=int, default=3, help="example cases per group")
    shape = reform.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="the whole report as JSON")
    shape.add_argument("--csv", action="store_true", help="one row per changed case and state")
    reform.add_argument("-o", "--output", type=Path, help="write the JSON or CSV here")
    reform.add_argument("--html", type=Path, help="also write an HTML report with charts")
    reform.set_defaults(command=_reform, lab=True)

    audit = sub.add_parser(
        "audit",
        help="flip each protected fact; list the rules that depend on it, against their flags",
    )
    audit.add_argument("states", nargs="*", metavar="STATE", help="ISO codes (default: all)")
    _population_options(audit, sample=AUDIT_SAMPLE)
    audit.add_argument(
        "--no-witnesses",
        action="store_true",
        help="leave out the witness cases (one for each way each rule applies)",
    )
    audit.add_argument("--examples", type=int, default=2, help="example pairs per finding")
    audit.add_argument("--json", action="store_true")
    audit.add_argument("-o", "--output", type=Path, help="write the JSON here")
    audit.set_defaults(command=_audit, lab=True)

    schemas = sub.add_parser("schemas", help="write the JSON Schemas of the formats")
    schemas.add_argument("-o", "--output", type=Path, default=Path("schemas/json"))
    schemas.set_defaults(command=_schemas)

    serve = sub.add_parser("serve", help="run the HTTP service for registries (README: Service)")
    serve.add_argument("--config", type=Path, help="TOML file (default: $NATIONALITY_CONFIG)")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8000)")
    serve.add_argument("--workers", type=int, help="worker processes (default 1)")
    serve.set_defaults(command=_serve, needs_engine=False)

    key = sub.add_parser("key", help="make an API key for a registry client")
    key.add_argument("id", help="who will hold it, e.g. registry-cr (appears in the logs)")
    key.add_argument(
        "--scopes", default="screen,batch,law,lab", help="comma-separated (default: all four)"
    )
    key.set_defaults(command=_key, needs_engine=False)
    return parser


def _under_reform(engine, args):
    """The engine of the law after the --reform file (before it, with --before)."""
    from engine.lab.run import Lab

    reform, name = _reform_file(args.reform)
    _, before, after = Lab(engine, args.rules).engines(reform, name)
    return before if args.before else after


def _reform_file(path: Path):
    """A reform file as the lab asks for it (the content of a request's `reform`), and its
    name; ReformError naming the file if it is not one."""
    from engine.lab.reform import read_reform
    from schemas.lab import ReformChoice

    reform, name = read_reform(path)
    content = reform.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return ReformChoice(reform=content), name


def _population_options(command, sample: int) -> None:
    group = command.add_argument_group("population")
    group.add_argument(
        "--population", type=Path, help="cases to use: JSON Lines, or a YAML/JSON list"
    )
    group.add_argument(
        "--sample",
        type=int,
        default=sample,
        help=f"generated cases (default {sample}); a grid no larger is enumerated whole",
    )
    group.add_argument("--seed", type=int, default=2026)
    group.add_argument("--as-of", type=_date, help="assessment date of generated cases")
    group.add_argument(
        "--axis",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help="only these values on one axis of the grid, e.g. birth_country=CR,NI or "
        "mother.status=irregular (repeatable)",
    )
    group.add_argument(
        "--all-states",
        action="store_true",
        help="generated cases need not name the states under study",
    )


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _population(args):
    """The population the options ask for: cases read from a file (Population), or the request
    for cases generated (PopulationRequest)."""
    from engine.lab.run import Population
    from schemas.lab import PopulationRequest
    from service.documents import iter_inputs

    if args.population:
        return Population(iter_inputs(args.population), str(args.population))
    axes = {}
    for spec in args.axis:
        name, _, values = spec.partition("=")
        axes[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
    return PopulationRequest(
        sample=args.sample,
        seed=args.seed,
        as_of=args.as_of,
        axes=axes,
        all_states=args.all_states,
    )


def _lab_run(run, model, asked: dict, args, name: str, population=None):
    """`run` (a method of engine/lab/run.py's Lab) on the request the options make, with the
    population given, if any; its failures said on stderr: (report or None, exit code)."""
    from pydantic import ValidationError

    from engine.lab.population import PopulationError
    from engine.lab.reform import ReformError
    from engine.lab.run import NoPack, Population
    from schemas.errors import problems
    from service.documents import DocumentError

    sent = population if isinstance(population, Population) else None
    if population is not None and sent is None:
        asked["population"] = population
    try:
        return run(model.model_validate(asked), args.lang, name, sent), 0
    except ReformError as error:
        print(error, file=sys.stderr)
    except ValidationError as error:  # an option the request does not take
        for p in problems(error):
            print(f"nationality: {p.field}: {p.problem}", file=sys.stderr)
    except (NoPack, PopulationError, DocumentError, ValueError, OSError) as error:
        print(f"nationality: {error}", file=sys.stderr)
    return None, 2


def _reform(engine, args) -> int:
    from engine.lab.reform import ReformError
    from engine.lab.run import Lab
    from schemas.lab import ImpactRequest
    from service.lab_report import impact_csv, impact_html, impact_text

    args.lang = args.lang or "es"
    lab = Lab(engine, args.rules)
    try:
        choice, name = _reform_file(args.reform_file)
    except ReformError as error:
        print(error, file=sys.stderr)
        return 2
    asked = {"reform": choice.reform, "examples": args.examples}
    report, code = _lab_run(lab.impact, ImpactRequest, asked, args, name, _population(args))
    if report is None:
        return code
    if args.html:
        args.html.write_text(impact_html(report, args.lang), encoding="utf-8")
    if args.json:
        _emit(json.dumps(_dump(report), ensure_ascii=False, indent=2), args.output)
    elif args.csv:
        _emit(impact_csv(report), args.output)
    else:
        print(impact_text(report, args.lang))
    return 0


def _audit(engine, args) -> int:
    from engine.lab.reform import ReformError
    from engine.lab.run import Lab
    from schemas.lab import AuditRequest
    from service.lab_report import audit_text

    args.lang = args.lang or "es"
    if args.no_witnesses and not (args.population or args.sample):
        print(
            "nationality: --no-witnesses leaves no case to flip: give --population or --sample N",
            file=sys.stderr,
        )
        return 2
    lab = Lab(engine, args.rules)
    asked = {"witnesses": not args.no_witnesses, "examples": args.examples}
    if args.states:
        asked["countries"] = [s.upper() for s in args.states]
    name = "reform"
    if args.reform:
        try:
            choice, name = _reform_file(args.reform)
        except ReformError as error:
            print(error, file=sys.stderr)
            return 2
        asked.update(reform=choice.reform, before=args.before)
    population = _population(args) if args.population or args.sample else None
    report, code = _lab_run(lab.audit, AuditRequest, asked, args, name, population)
    if report is None:
        return code
    if args.json:
        _emit(json.dumps(_dump(report), ensure_ascii=False, indent=2), args.output)
    else:
        print(audit_text(report, args.lang))
    return 1 if report.disagreements else 0


def _emit(text: str, path: Path | None) -> None:
    if path:
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        print(text, end="" if text.endswith("\n") else "\n")


def _dump(model) -> dict:
    from service.documents import answer_dict

    return answer_dict(model)


def _screen(engine, args) -> int:
    from service.documents import DocumentError, load_cases
    from service.report import render

    try:
        cases = load_cases(args.case)
    except DocumentError as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 2
    explain = args.explain or args.format != "json"
    answers = [engine.screen_data(case, args.lang, explain) for case in cases]
    if args.format == "json":
        out = [_dump(a) for a in answers]
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


def _batch(engine, args) -> int:
    from service.documents import DocumentError, answer_json, count_inputs, iter_inputs

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


def _rules(engine, args) -> int:
    args.lang = args.lang or "es"
    if args.coverage:
        return _coverage(engine, args)
    from service.catalog import rules

    rows = [_dump(r) for r in rules(engine.law, args.lang, args.country)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        period = f"{row['in_force']['from']} – {row['in_force']['to'] or 'today'}"
        print(f"{row['id']}  [{row['outcome']}, {period}]")
        print(f"    {row['title']}")
        print(f"    {'; '.join(row['citations'])}")
    print(f"\n{len(rows)} rules — law {engine.law.version} ({engine.law.digest})")
    return 0


def _coverage(engine, args) -> int:
    from dataclasses import asdict

    from engine.coverage import coverage

    rows = [
        r
        for r in coverage(engine.law, args.lang)
        if not args.country or r.country == args.country.upper()
    ]
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        detail = ", ".join(r.rules) if r.rules else (r.note or "")
        print(f"{r.country} {r.mode:<5} {r.status:<15} GLOBALCIT: {r.globalcit[:40]:<40} {detail}")
    missing = sum(r.status == "missing" for r in rows)
    print(f"\n{len(rows)} modes, {missing} missing")
    return 0


def _schemas(engine, args) -> int:
    from schemas.export import write_schemas

    for path in write_schemas(args.output):
        print(path)
    return 0


def _serve(_, args) -> int:
    from service.serve import serve

    return serve(args)


def _key(_, args) -> int:
    from pydantic import ValidationError

    from schemas.errors import problems
    from service.config import ApiKey, hash_key, new_key

    key = new_key()
    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    entry = {"id": args.id, "sha256": hash_key(key), "scopes": scopes}
    try:  # the service's own validation, so the printed lines are accepted as they are
        ApiKey.model_validate(entry)
    except ValidationError as error:
        for p in problems(error):
            print(f"nationality key: {p.field}: {p.problem}", file=sys.stderr)
        return 2
    print(f"API key for {args.id} (give it to the client; it is not kept anywhere):\n  {key}\n")
    print("In the config file:")
    print(f'  [[keys]]\n  id = "{args.id}"\n  sha256 = "{entry["sha256"]}"')
    print(f"  scopes = {json.dumps(scopes)}\n")
    print(f"Or in NATIONALITY_API_KEYS:\n  {args.id}:{entry['sha256']}:{'+'.join(scopes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
