"""The reform lab's reports as people read them: text for the terminal, CSV for spreadsheets, and
a self-contained HTML page with charts (inline SVG: no script, no network when it is opened).

Everything shown comes from the report models (schemas/lab.py); nothing is computed here that
the JSON output would not also carry.
"""

import csv
import io

from engine.i18n import N_
from schemas.lab import AuditReport, ImpactReport
from service.reports.lab_html import impact_html  # noqa: F401  (the HTML page, beside the others)
from service.reports.lab_words import (
    RISKS,
    STATUSES,
    fact_words,
    percent,
    period_words,
    share_note,
    states_shown,
    telling_facts,
    words,
)

# --- impact: text -------------------------------------------------------------------------------


def impact_text(report: ImpactReport, lang: str = "en") -> str:
    w = words(lang)
    lines = _summary_lines(report, w, lang) + ["", w["groups"]]
    moved = [g for g in report.groups if g.direction != "same"]
    if not moved:
        lines.append("  " + w["no_change"])
    else:
        lines.append("  " + share_note(lang, report.population.cases))
    for group in moved:
        lines += _group_lines(group, w, lang)
    same = [g for g in report.groups if g.direction == "same"]
    if same:
        count = sum(g.count for g in same)
        lines.append(f"  + {len(same)} × {w['same']}: {count} (--json, --html)")
    return "\n".join(lines)


def _summary_lines(report: ImpactReport, w: dict, lang: str) -> list[str]:
    """The reform, the population, how many changed, and the counts before and after."""
    r, d = report.reform, report.directions
    kind = w["historical"] if r.kind == "historical" else w["proposal"]
    invalid = report.population.invalid
    lines = [
        f"{w['reform']}: {getattr(r.title, lang)} ({kind}, {w['effective']} {r.effective})",
        f"{w['law']}: {r.before.version} → {r.after.version}",
        f"{w['population']}: {report.population.source} — {report.population.cases} {w['cases']}"
        + (f", {invalid} {w['invalid']}" if invalid else ""),
        "",
        f"{w['changed']}: {report.changed} {w['of']} {report.population.cases} — "
        f"{w['helps']} {d['helps']}, {w['harms']} {d['harms']}, {w['mixed']} {d['mixed']}"
        f" ({w['same']}: {d['same']})",
        "",
        f"{w['risk']}  ({w['before']} → {w['after']})",
    ]
    for level in RISKS:
        before, after = report.risk_before[level], report.risk_after[level]
        lines.append(f"  {w[level]:<14} {before:>7} → {after:<7}{_delta(after - before)}")
    lines += ["", f"{w['per_state']}  ({w['before']} → {w['after']})"]
    for country in states_shown(report):
        cells = [
            f"{w[s]} {report.status_before[country][s]}→{report.status_after[country][s]}"
            for s in STATUSES
        ]
        lines.append(f"  {country}  " + ", ".join(cells))
    return lines


def _group_lines(group, w: dict, lang: str) -> list[str]:
    """One group of cases that changed alike: the move, the rules, what they share (the facts
    nearly everyone has left out), examples."""
    shared = "; ".join(
        "{}: {} ({})".format(*fact_words(f.fact, f.value, lang), percent(f.share, lang))
        for f in telling_facts(group)[:6]
    )
    ids = ", ".join(str(e.case.get("id") or "?") for e in group.examples)
    return [
        f"  {group.count:>5} × {group.country} {w[group.before]} → {w[group.after]}"
        f"  [{w[group.direction]}]  {w['born']} {period_words(group.period, lang)}",
        f"        {w['rules']}: {', '.join(group.rules_before) or '—'} → "
        f"{', '.join(group.rules_after) or '—'}",
        *(
            [
                f"        {w['routes']}: {', '.join(group.routes_before) or '—'} → "
                f"{', '.join(group.routes_after) or '—'}"
            ]
            if group.routes_before != group.routes_after
            else []
        ),
        f"        {w['shared']}: {shared or '—'}",
        f"        {w['examples']} {ids}",
    ]


def _delta(n: int) -> str:
    return f"  ({n:+d})" if n else ""


# --- impact: CSV --------------------------------------------------------------------------------


# a spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(cell: str) -> str:
    """A cell as text a spreadsheet shows and never runs: one that would start a formula gets a
    leading single quote, as OWASP recommends. Every column of the impact CSV is text (its
    counts are words such as "18-24"), so every cell goes through here."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def impact_csv(report: ImpactReport) -> str:
    """One row per case and state whose answer changed, with the case's profile; any cell that
    a spreadsheet would run as a formula (a case id `=HYPERLINK(...)`) is made text."""
    fixed = [
        "case_id",
        "country",
        "before",
        "after",
        "direction",
        "risk_before",
        "risk_after",
        "rules_before",
        "rules_after",
        "routes_before",
        "routes_after",
    ]
    extra = list(dict.fromkeys(k for c in report.changes for k in c.profile))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([spreadsheet_text(name) for name in fixed + extra])
    for c in report.changes:
        row = [c.case_id, c.country, c.before, c.after, c.direction, c.risk_before, c.risk_after]
        row += [" ".join(c.rules_before), " ".join(c.rules_after)]
        row += [" ".join(c.routes_before), " ".join(c.routes_after)]
        row += [c.profile.get(k, "") for k in extra]
        writer.writerow([spreadsheet_text(str(cell or "")) for cell in row])
    return out.getvalue()


# --- audit: text --------------------------------------------------------------------------------

AUDIT_WORDS = {
    "title": N_("Discrimination audit"),
    "verdicts": {
        "agrees": N_("agrees with its flags"),
        "missing flag": N_("MISSING FLAG"),
        "false flag": N_("FALSE FLAG"),
        "not exercised": N_("flagged, never reached"),
        "inherited": N_("depends through another state's answer"),
    },
    "depends": N_("depends on"),
    "not": N_("does not depend on"),
    "pairs": N_("flips moved it"),
    "unexercised": N_("Rules that read a protected fact but were never reached"),
    "effects": N_("Answers that change when one fact is flipped"),
    "ok": N_("Every flag agrees with what the rules do."),
    "bad": N_("flags disagree with what the rules do"),
    "applies": N_("applies"),
    "does not apply": N_("does not apply"),
    "law": N_("law"),
    "cases": N_("cases"),
}


def audit_text(report: AuditReport, lang: str = "en") -> str:
    w, said = words(lang, AUDIT_WORDS), words(lang)  # said: the statuses, as the impact says them
    invalid = report.population.invalid
    lines = [
        f"{w['title']}: {', '.join(report.countries)} — {w['law']} {report.law.version}",
        f"{report.population.source}: {report.population.cases} {w['cases']}"
        + (f", {invalid} {said['invalid']}" if invalid else ""),
        "",
    ]
    for f in report.findings:
        verb = w["depends"] if f.depends else w["not"]
        lines.append(
            f"{f.rule:<50} {verb} {f.fact:<24} {f.pairs:>5}/{f.tried:<5} {w['verdicts'][f.verdict]}"
        )
        for pair in f.examples[:1]:
            applies = [
                w["applies" if a else "does not apply"]
                for a in (pair.applies_before, pair.applies_after)
            ]
            lines.append(
                f"    {pair.flip}: {applies[0]} → {applies[1]} ({pair.case.get('id') or '?'})"
            )
    if report.unexercised:
        lines += ["", f"{w['unexercised']}: {', '.join(report.unexercised)}"]
    if report.effects:
        lines += ["", w["effects"]]
        for effect in report.effects:
            moves = ", ".join(
                f"{said.get(t.before, t.before)} → {said.get(t.after, t.after)} {t.count}"
                for t in effect.transitions[:4]
            )
            lines.append(
                f"  {effect.country} {effect.fact:<24} {effect.cases:>5}/{effect.tried:<6} {moves}"
            )
    bad = report.disagreements
    lines += ["", w["ok"] if not bad else f"{len(bad)} {w['bad']}"]
    return "\n".join(lines)
