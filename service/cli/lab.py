"""`nationality reform` and `nationality audit`: the reform lab from the command line.

Both make the request the HTTP service reads (schemas/lab.py) from their options and give it to
the lab (engine/lab/run.py); here only the options and the words of a failure are the command
line's own. `--reform R.yaml` before any other command screens under the reformed law.
"""

import argparse
import json
import sys
from pathlib import Path

from schemas.codes import AUDIT_SAMPLE, IMPACT_SAMPLE
from schemas.errors import echo
from service.cli.interface import command
from service.cli.output import OutputError, emit, failed
from service.documents import DocumentError, answer_dict, iter_inputs


def add(sub, _) -> None:
    """reform: a reform's impact on a population; audit: the discrimination audit."""
    impact = command(
        sub, "reform", _("a reform's impact on a population: the law before and after it")
    )
    impact.add_argument("reform_file", type=Path, help=_("a reform overlay (rules/reforms/*.yaml)"))
    _population_options(impact, IMPACT_SAMPLE, _)
    impact.add_argument("--examples", type=int, default=3, help=_("example cases per group"))
    shape = impact.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help=_("the whole report as JSON"))
    shape.add_argument("--csv", action="store_true", help=_("one row per changed case and state"))
    impact.add_argument(
        "-o", "--output", type=Path, help=_("write the JSON or CSV here (never an input)")
    )
    impact.add_argument(
        "--html", type=Path, help=_("also write an HTML report with charts (never an input)")
    )
    impact.set_defaults(command=reform, lab=True)

    flips = command(
        sub,
        "audit",
        _("flip each protected fact; list the rules that depend on it, against their flags"),
    )
    flips.add_argument("states", nargs="*", metavar="STATE", help=_("ISO codes (default: all)"))
    _population_options(flips, AUDIT_SAMPLE, _)
    flips.add_argument(
        "--no-witnesses",
        action="store_true",
        help=_("leave out the witness cases (one for each way each rule applies)"),
    )
    flips.add_argument("--examples", type=int, default=2, help=_("example pairs per finding"))
    flips.add_argument("--json", action="store_true", help=_("the whole report as JSON"))
    flips.add_argument("-o", "--output", type=Path, help=_("write the JSON here (never an input)"))
    flips.set_defaults(command=audit, lab=True)


def under_reform(engine, args):
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


def _population_options(parser, sample: int, _) -> None:
    group = parser.add_argument_group(_("population"))
    group.add_argument(
        "--population", type=Path, help=_("cases to use: JSON Lines, or a YAML/JSON list")
    )
    group.add_argument(
        "--sample",
        type=int,
        default=sample,
        help=_("generated cases (default %(default)s); a grid no larger is enumerated whole"),
    )
    group.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=_("seed of the generated cases (default %(default)s)"),
    )
    group.add_argument("--as-of", type=_date, help=_("assessment date of generated cases"))
    group.add_argument(
        "--axis",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help=_(
            "only these values on one axis of the grid, e.g. birth_country=CR,NI or "
            "mother.status=irregular (repeatable)"
        ),
    )
    group.add_argument(
        "--all-states",
        action="store_true",
        help=_("generated cases need not name the states under study"),
    )


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{echo(text)} is not a date written YYYY-MM-DD") from None


def _population(args):
    """The population the options ask for: cases read from a file (Population), or the request
    for cases generated (PopulationRequest)."""
    from engine.lab.run import Population
    from schemas.lab import PopulationRequest

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


def reform(engine, args) -> int:
    from engine.lab.reform import ReformError
    from engine.lab.run import Lab
    from schemas.lab import ImpactRequest
    from service.reports.lab import impact_csv, impact_html, impact_text

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
    inputs = (args.reform_file, args.population)
    try:
        if args.html:
            emit(impact_html(report, args.lang), args.html, *inputs)
        if args.json:
            emit(
                json.dumps(answer_dict(report), ensure_ascii=False, indent=2), args.output, *inputs
            )
        elif args.csv:
            emit(impact_csv(report), args.output, *inputs)
        else:
            print(impact_text(report, args.lang))
    except (OutputError, OSError) as error:
        return failed(error)
    return 0


def audit(engine, args) -> int:
    from engine.lab.reform import ReformError
    from engine.lab.run import Lab
    from schemas.lab import AuditRequest
    from service.reports.lab import audit_text

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
    try:
        if args.json:
            text = json.dumps(answer_dict(report), ensure_ascii=False, indent=2)
            emit(text, args.output, args.population, args.reform)
        else:
            print(audit_text(report, args.lang))
    except (OutputError, OSError) as error:
        return failed(error)
    return 1 if report.disagreements else 0
