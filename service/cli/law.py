"""`nationality rules` (and `--coverage`) and `nationality schemas`: the law and the formats as
the command line lists them."""

import json
import sys
from pathlib import Path

from schemas.codes import COUNTRY_CODES
from service.cli.interface import command
from service.cli.output import USAGE, said
from service.documents import answer_dict


def add(sub, _) -> None:
    """rules: every encoded rule, or GLOBALCIT's modes; schemas: the formats' JSON Schemas."""
    listing = command(sub, "rules", _("list the encoded rules with citations and dates"))
    listing.add_argument(
        "--country", help=_("only this country's rules (ISO 3166-1 alpha-2 code, e.g. CR or cr)")
    )
    listing.add_argument("--json", action="store_true", help=_("as JSON, for programs"))
    listing.add_argument(
        "--coverage",
        action="store_true",
        help=_("per state, each GLOBALCIT mode: encoded, not applicable, explained or missing"),
    )
    listing.set_defaults(command=rules)

    formats = command(sub, "schemas", _("write the JSON Schemas of the formats"))
    formats.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=_("the folder to write them in (the project keeps them in schemas/json)"),
    )
    formats.set_defaults(command=schemas)


def rules(engine, args) -> int:
    args.lang = args.lang or "es"
    if args.country:
        args.country = args.country.upper()
        unknown = _unknown_country(engine.law, args.country)
        if unknown:
            print(f"nationality: --country {unknown}", file=sys.stderr)
            return USAGE
    if args.coverage:
        return _coverage(engine, args)
    from service.catalog import rules

    rows = [answer_dict(r) for r in rules(engine.law, args.lang, args.country)]
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


def _unknown_country(law, code: str) -> str | None:
    """Why `code` names no rule pack of the law (None if it names one)."""
    if code in law.countries:
        return None
    packs = ", ".join(sorted(law.countries))
    if code not in COUNTRY_CODES:
        return f"{code}: not an ISO 3166-1 alpha-2 country code (the law has packs for {packs})"
    return f"{code}: the law has no rule pack for it (it has packs for {packs})"


def _coverage(engine, args) -> int:
    from dataclasses import asdict

    from engine.coverage import coverage

    rows = [
        r for r in coverage(engine.law, args.lang) if not args.country or r.country == args.country
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


def schemas(engine, args) -> int:
    from schemas.export import write_schemas

    try:
        for path in write_schemas(args.output):
            print(path)
    except OSError as error:
        print(f"nationality: {said(error)}", file=sys.stderr)
        return USAGE
    return 0
