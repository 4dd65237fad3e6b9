"""The reform lab's reports as people read them: text for the terminal, CSV for spreadsheets, and
a self-contained HTML page with charts (inline SVG: no script, no network when it is opened).

Everything shown comes from the report models (schemas/lab.py); nothing is computed here that
the JSON output would not also carry.
"""

import csv
import html
import io
import json

from engine.i18n import N_, translator
from schemas.lab import AuditReport, ImpactReport

STATUSES = ("national", "conditional", "undetermined", "not_national")
RISKS = ("none", "at_risk", "stateless")
WORDS = {
    "reform": N_("Reform"),
    "effective": N_("effective"),
    "proposal": N_("proposal"),
    "historical": N_("historical reform"),
    "law": N_("Law before → after"),
    "population": N_("Population"),
    "invalid": N_("invalid"),
    "changed": N_("changed"),
    "of": N_("of"),
    "cases": N_("cases"),
    "helps": N_("helps"),
    "harms": N_("harms"),
    "mixed": N_("mixed"),
    "same": N_("same answer, other rules"),
    "risk": N_("Statelessness risk"),
    "per_state": N_("Status per state"),
    "before": N_("before"),
    "after": N_("after"),
    "groups": N_("Who changes, and why"),
    "shared": N_("shared"),
    "rules": N_("rules"),
    "routes": N_("discretionary routes"),
    "examples": N_("e.g."),
    "transitions": N_("Moves"),
    "no_change": N_("No case changed."),
    "national": N_("national"),
    "conditional": N_("conditional"),
    "undetermined": N_("undetermined"),
    "not_national": N_("not national"),
    "none": N_("none"),
    "at_risk": N_("at risk"),
    "stateless": N_("stateless"),
    "rationale": N_("Why"),
    "state": N_("State"),
    "count": N_("Cases"),
    "move": N_("Before → after"),
    "facts": N_("What they share (share of the population)"),
    "case": N_("case"),
    "born": N_("born"),
}


def _w(lang: str, words: dict = WORDS) -> dict:
    """The report's words in a language (the catalogue in engine/locale translates them)."""
    _ = translator(lang)
    return {k: _w(lang, v) if isinstance(v, dict) else _(v) for k, v in words.items()}


# --- impact: text -------------------------------------------------------------------------------


def impact_text(report: ImpactReport, lang: str = "en") -> str:
    w = _w(lang)
    lines = _summary_lines(report, w, lang) + ["", w["groups"]]
    moved = [g for g in report.groups if g.direction != "same"]
    if not moved:
        lines.append("  " + w["no_change"])
    for group in moved:
        lines += _group_lines(group, w)
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
    for country in _states_shown(report):
        cells = [
            f"{w[s]} {report.status_before[country][s]}→{report.status_after[country][s]}"
            for s in STATUSES
        ]
        lines.append(f"  {country}  " + ", ".join(cells))
    return lines


def _group_lines(group, w: dict) -> list[str]:
    """One group of cases that changed alike: the move, the rules, what they share, examples."""
    shared = ", ".join(f"{f.fact} = {f.value} ({f.share:.0%})" for f in group.facts[:6])
    ids = ", ".join(str(e.case.get("id") or "?") for e in group.examples)
    return [
        f"  {group.count:>5} × {group.country} {w[group.before]} → {w[group.after]}"
        f"  [{w[group.direction]}]  {w['born']} {group.period or '?'}",
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


def _states_shown(report: ImpactReport) -> list[str]:
    """The states with a rule pack: those whose answers moved first. (The others are always
    undetermined: no rule pack.)"""
    moved = {g.country for g in report.groups}
    return sorted(report.encoded, key=lambda c: (c not in moved, c))


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


# --- impact: HTML -------------------------------------------------------------------------------

COLORS = {"before": "#9aa5b1", "after": "#2f6f9f"}
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1100px;color:#1f2933;line-height:1.45;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:1px solid #d9e2ec;padding-bottom:.2rem}.meta{color:#52606d;font-size:.9rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{border:1px solid #d9e2ec;
border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.4rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts figure{margin:0;border:1px solid #e4e7eb;
border-radius:6px;padding:.4rem}figcaption{font-weight:600;font-size:.9rem;margin-left:.3rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}td,th{border-bottom:1px solid #e4e7eb;
padding:.35rem .4rem;text-align:left;vertical-align:top}th{background:#f5f7fa}
.helps{color:#1f7a3f}.harms{color:#b42318}.mixed{color:#9a6700}.same{color:#52606d}
code{font-size:.82rem}details pre{white-space:pre-wrap;font-size:.78rem;background:#f5f7fa;
padding:.5rem;border-radius:4px}.legend span{display:inline-block;width:.8rem;height:.8rem;
margin:0 .3rem 0 1rem;vertical-align:middle}
"""


def impact_html(report: ImpactReport, lang: str = "en") -> str:
    w, r = _w(lang), report.reform
    e = html.escape
    kind = w["historical"] if r.kind == "historical" else w["proposal"]
    d = report.directions
    cards = [
        (w["cases"], report.population.cases),
        (w["changed"], report.changed),
        (w["helps"], d["helps"]),
        (w["harms"], d["harms"]),
        (w["mixed"], d["mixed"]),
    ]
    charts = [_bars(w["risk"], [w[x] for x in RISKS], report.risk_before, report.risk_after, RISKS)]
    for country in _states_shown(report):
        charts.append(
            _bars(
                country,
                [w[s] for s in STATUSES],
                report.status_before[country],
                report.status_after[country],
                STATUSES,
            )
        )
    legend = (
        f'<p class="legend"><span style="background:{COLORS["before"]}"></span>{w["before"]}'
        f'<span style="background:{COLORS["after"]}"></span>{w["after"]}</p>'
    )
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{e(getattr(r.title, lang))}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(getattr(r.title, lang))}</h1>",
        f'<p class="meta">{e(kind)} · {w["effective"]} {r.effective} · {e(r.name)} · '
        f"{w['law']}: {e(r.before.version)} → {e(r.after.version)}</p>",
        f"<p><b>{w['rationale']}:</b> {e(getattr(r.rationale, lang))}</p>",
        f'<p class="meta">{w["population"]}: {e(report.population.source)}'
        + (f" · {report.population.invalid} {w['invalid']}" if report.population.invalid else "")
        + "</p>",
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{n}</b>{e(label)}</div>' for label, n in cards)
        + "</div>",
        f"<h2>{w['risk']} · {w['per_state']}</h2>{legend}",
        '<div class="charts">' + "".join(charts) + "</div>",
        f"<h2>{w['transitions']}</h2>",
        _transitions_table(report, w),
        f"<h2>{w['groups']}</h2>",
        _groups_table(report, w),
        "</body></html>",
    ]
    return "\n".join(parts)


def _bars(title: str, labels: list[str], before: dict, after: dict, keys) -> str:
    """A grouped bar chart (before, after) per category, as inline SVG."""
    width, height, top, bottom, left = 400, 210, 24, 40, 8
    most = max([1, *before.values(), *after.values()])
    slot = (width - 2 * left) / len(keys)
    bar = slot * 0.32
    plot = height - top - bottom
    shapes = []
    for i, key in enumerate(keys):
        x0 = left + i * slot + slot * 0.16
        for j, (side, values) in enumerate((("before", before), ("after", after))):
            value = values.get(key, 0)
            h = plot * value / most
            x, y = x0 + j * bar, top + plot - h
            shapes.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{COLORS[side]}"><title>{side}: {value}</title></rect>'
                f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" font-size="10" '
                f'text-anchor="middle">{value}</text>'
            )
        shapes.append(
            f'<text x="{left + (i + 0.5) * slot:.1f}" y="{height - bottom + 16}" font-size="11" '
            f'text-anchor="middle">{html.escape(labels[i])}</text>'
        )
    axis = (
        f'<line x1="{left}" y1="{top + plot}" x2="{width - left}" y2="{top + plot}" '
        'stroke="#9aa5b1"/>'
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{html.escape(title)}">{axis}{"".join(shapes)}</svg>'
    )
    return f"<figure><figcaption>{html.escape(title)}</figcaption>{svg}</figure>"


def _transitions_table(report: ImpactReport, w) -> str:
    if not report.transitions:
        return f"<p>{w['no_change']}</p>"
    rows = "".join(
        f"<tr><td>{t.country or w['risk']}</td><td>{w.get(t.before, t.before)} → "
        f"{w.get(t.after, t.after)}</td><td>{t.count}</td></tr>"
        for t in report.transitions
    )
    return (
        f"<table><tr><th>{w['state']}</th><th>{w['move']}</th><th>{w['count']}</th></tr>"
        f"{rows}</table>"
    )


def _groups_table(report: ImpactReport, w) -> str:
    if not report.groups:
        return f"<p>{w['no_change']}</p>"
    e = html.escape
    rows = []
    for g in report.groups:
        facts = "<br>".join(f"{e(f.fact)} = <b>{e(f.value)}</b> ({f.share:.0%})" for f in g.facts)
        examples = "".join(
            f"<details><summary>{w['case']} {e(str(x.case.get('id') or '?'))}</summary><pre>"
            + e(
                json.dumps(
                    {
                        "case": x.case,
                        w["before"]: _dump(x.before.nationality[g.country]),
                        w["after"]: _dump(x.after.nationality[g.country]),
                    },
                    ensure_ascii=False,
                    indent=1,
                    default=str,
                )
            )
            + "</pre></details>"
            for x in g.examples
        )
        rows.append(
            f"<tr><td><b>{g.count}</b></td><td>{g.country}</td>"
            f'<td class="{g.direction}">{w[g.before]} → {w[g.after]}<br>'
            f"<small>{w[g.direction]}<br>{w['born']} {e(g.period or '?')}</small></td>"
            f"<td><code>{e(', '.join(g.rules_before) or '—')}</code> →<br>"
            f"<code>{e(', '.join(g.rules_after) or '—')}</code>{_routes_cell(g, w)}</td>"
            f"<td>{facts}</td><td>{examples}</td></tr>"
        )
    head = (
        f"<tr><th>{w['count']}</th><th>{w['state']}</th><th>{w['move']}</th>"
        f"<th>{w['rules']}</th><th>{w['facts']}</th><th>{w['examples']}</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _routes_cell(group, w) -> str:
    """The discretionary routes, when they moved: a route is no status, but a drafter sees it."""
    if group.routes_before == group.routes_after:
        return ""
    e = html.escape
    before, after = ", ".join(group.routes_before) or "—", ", ".join(group.routes_after) or "—"
    return f"<br><small>{w['routes']}: <code>{e(before)}</code> → <code>{e(after)}</code></small>"


def _dump(model) -> dict:
    return model.model_dump(mode="json", by_alias=True)


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
    w, said = _w(lang, AUDIT_WORDS), _w(lang)  # said: the statuses, as the impact says them
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
