"""The reform lab's impact report as one self-contained HTML page for drafters: inline SVG charts
(no script, no network when opened), every word in the reader's language, readable on a phone
and printable (no chart split across pages, the example cases printed expanded).

Everything shown comes from the report model (schemas/lab.py); nothing is computed here that the
JSON output would not also carry.
"""

import html
import json

from engine.i18n import country_name
from schemas.lab import ImpactReport
from service.reports.lab_words import (
    RISKS,
    SHARED,
    STATUSES,
    fact_words,
    percent,
    period_words,
    share_note,
    states_shown,
    telling_facts,
    words,
)
from service.reports.page_style import BASE_CSS

e = html.escape
COLORS = {"before": "#7b8794", "after": "#2f6f9f"}
CSS = BASE_CSS + """
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0;padding:0;list-style:none}
.cards li{border:1px solid #d9e2ec;border-radius:6px;padding:.6rem 1rem;min-width:7rem}
.cards b{display:block;font-size:1.4rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts figure{margin:0;border:1px solid #e4e7eb;
border-radius:6px;padding:.4rem;flex:1 1 340px;max-width:480px;break-inside:avoid}
figure svg{width:100%;height:auto;display:block}figcaption{font-weight:600;font-size:.95rem}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;
vertical-align:middle}.legend span:first-child{margin-left:0}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
td,th{border-bottom:1px solid #e4e7eb;padding:.35rem .4rem;text-align:left;vertical-align:top}
th{background:#f5f7fa}td.n{text-align:right}
.group{border:1px solid #e4e7eb;border-radius:6px;padding:.6rem .8rem;margin:1rem 0}
.group dl{margin:0}.group dt{font-weight:600;margin-top:.4rem}
.group dd{margin:0 0 0 1rem}.group ul{margin:.2rem 0;padding-left:1.2rem}
.helps{color:#1a6b37}.harms{color:#a61b12}.mixed{color:#7a5200}.same{color:#52606d}
code{font-size:.82rem;overflow-wrap:anywhere}details{margin:.3rem 0}
details pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.78rem;background:#f5f7fa;
padding:.5rem;border-radius:4px;margin:.3rem 0}
@media print{
body{font-size:10pt}header,main{max-width:none;padding:0}
h2,h3{break-after:avoid}figure,table,tr{break-inside:avoid}
.charts{display:block}.charts figure{max-width:none;width:70%;margin:0 0 .6rem}
details::details-content{content-visibility:visible;display:block}
details summary{list-style:none;font-weight:600}
details summary::-webkit-details-marker{display:none}
details pre{background:none;border:1px solid #d9e2ec}
}
"""


def impact_html(report: ImpactReport, lang: str = "en") -> str:
    w, r = words(lang), report.reform
    title = e(getattr(r.title, lang))
    kind = w["historical"] if r.kind == "historical" else w["proposal"]
    invalid = report.population.invalid
    return "\n".join(
        [
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{title}</title><style>{CSS}</style></head><body>",
            f"<header><h1>{title}</h1>",
            f'<p class="meta">{e(kind)} · {w["effective"]} {r.effective} · {e(r.name)} · '
            f"{w['law']}: {e(r.before.version)} → {e(r.after.version)}</p></header>",
            "<main>",
            _section(
                "summary",
                w["summary"],
                f"<p><b>{w['rationale']}:</b> {e(getattr(r.rationale, lang))}</p>"
                f'<p class="meta">{w["population"]}: {e(report.population.source)}'
                + (f" · {invalid} {w['invalid']}" if invalid else "")
                + "</p>"
                + _cards(report, w),
            ),
            _section("charts", w["charts"], _charts(report, w, lang)),
            _section("moves", w["transitions"], _transitions(report, w, lang)),
            _section("groups", w["groups"], _groups(report, w, lang)),
            "</main></body></html>",
        ]
    )


def _section(key: str, heading: str, body: str) -> str:
    """A region of the page, named by its heading (a landmark a screen reader lists)."""
    return f'<section aria-labelledby="h-{key}"><h2 id="h-{key}">{e(heading)}</h2>{body}</section>'


def _cards(report: ImpactReport, w: dict) -> str:
    d = report.directions
    cards = [
        (w["cases"], report.population.cases),
        (w["changed"], report.changed),
        (w["helps"], d["helps"]),
        (w["harms"], d["harms"]),
        (w["mixed"], d["mixed"]),
    ]
    return '<ul class="cards">' + "".join(f"<li><b>{n}</b>{e(k)}</li>" for k, n in cards) + "</ul>"


# --- charts -------------------------------------------------------------------------------------


def _charts(report: ImpactReport, w: dict, lang: str) -> str:
    """A chart per count that moved (the risk, each state's statuses); the unchanged are named."""
    charts, unchanged = [], []
    if report.risk_before != report.risk_after:
        charts.append(_bars(w["risk"], w["level"], RISKS, report.risk_before, report.risk_after, w))
    for country in states_shown(report):
        before, after = report.status_before[country], report.status_after[country]
        name = f"{country_name(country, lang)} ({country})"
        if before == after:
            unchanged.append(name)
        else:
            charts.append(_bars(name, w["status"], STATUSES, before, after, w))
    note = f'<p class="meta">{w["unchanged"].format(states=", ".join(unchanged))}</p>'
    note = note if unchanged else ""
    if not charts:
        return f"<p>{w['no_chart']}</p>{note}"
    legend = "".join(f'<span style="background:{COLORS[side]}"></span>{w[side]}' for side in COLORS)
    return (
        f'<p class="legend" aria-hidden="true">{legend}</p>'
        f'<div class="charts">{"".join(charts)}</div>{note}'
    )


def _bars(title: str, axis: str, keys, before: dict, after: dict, w: dict) -> str:
    """A grouped bar chart, before and after per category, as inline SVG: each bar shows its
    value, the axes are named, and a table-like description is the image's accessible name."""
    width, height, top, bottom, left = 420, 250, 26, 62, 44
    most = max([1, *before.values(), *after.values()])
    slot = (width - left - 8) / len(keys)
    bar, plot = slot * 0.34, height - top - bottom
    shapes = []
    for i, key in enumerate(keys):
        x0 = left + i * slot + slot * 0.16
        for j, (side, values) in enumerate((("before", before), ("after", after))):
            value = values.get(key, 0)
            h = plot * value / most
            x, y = x0 + j * bar, top + plot - h
            shapes.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{COLORS[side]}"><title>{e(w[key])}, {w[side]}: {value}</title></rect>'
                f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" font-size="11" '
                f'text-anchor="middle">{value}</text>'
            )
        shapes.append(
            f'<text x="{left + (i + 0.5) * slot:.1f}" y="{top + plot + 16}" font-size="12" '
            f'text-anchor="middle">{e(w[key])}</text>'
        )
    axes = (
        f'<line x1="{left}" y1="{top + plot}" x2="{width - 8}" y2="{top + plot}" stroke="#52606d"/>'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot}" stroke="#52606d"/>'
        f'<text x="{left - 4}" y="{top + plot}" font-size="11" text-anchor="end">0</text>'
        f'<text x="{left - 4}" y="{top + 4}" font-size="11" text-anchor="end">{most}</text>'
        f'<text transform="translate(14 {top + plot / 2}) rotate(-90)" font-size="12" '
        f'text-anchor="middle">{w["count"]}</text>'
        f'<text x="{left + (width - left) / 2}" y="{height - 8}" font-size="12" '
        f'text-anchor="middle">{e(axis)}</text>'
    )
    said = "; ".join(
        f"{w[k]}: {w['before']} {before.get(k, 0)}, {w['after']} {after.get(k, 0)}" for k in keys
    )
    return (
        f"<figure><figcaption>{e(title)}</figcaption>"
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{e(title)}. {e(said)}">{axes}{"".join(shapes)}</svg></figure>'
    )


# --- tables -------------------------------------------------------------------------------------


def _transitions(report: ImpactReport, w: dict, lang: str) -> str:
    """The moves: each state's status in its own columns, the risk in a table of its own."""
    if not report.transitions:
        return f"<p>{w['no_change']}</p>"
    states = [t for t in report.transitions if t.country]
    risks = [t for t in report.transitions if not t.country]
    out = ""
    if states:
        rows = "".join(
            f"<tr><td>{e(country_name(t.country, lang))} ({t.country})</td>"
            f"<td>{w[t.before]}</td><td>{w[t.after]}</td><td class=n>{t.count}</td></tr>"
            for t in states
        )
        out += (
            f"<table><caption>{w['per_state']}</caption><tr><th scope=col>{w['state']}</th>"
            f"<th scope=col>{w['status_before']}</th><th scope=col>{w['status_after']}</th>"
            f"<th scope=col>{w['count']}</th></tr>{rows}</table>"
        )
    if risks:
        rows = "".join(
            f"<tr><td>{w[t.before]}</td><td>{w[t.after]}</td><td class=n>{t.count}</td></tr>"
            for t in risks
        )
        out += (
            f"<table><caption>{w['risk']}</caption><tr><th scope=col>{w['risk_before']}</th>"
            f"<th scope=col>{w['risk_after']}</th><th scope=col>{w['count']}</th></tr>"
            f"{rows}</table>"
        )
    return out


def _groups(report: ImpactReport, w: dict, lang: str) -> str:
    if not report.groups:
        return f"<p>{w['no_change']}</p>"
    note = share_note(lang, report.population.cases)
    return f'<p class="meta">{e(note)}</p>' + "".join(
        _group(g, i, w, lang) for i, g in enumerate(report.groups)
    )


def _group(g, index: int, w: dict, lang: str) -> str:
    """One group of cases that changed alike: the move, the rules, what they share, examples."""
    state = f"{country_name(g.country, lang)} ({g.country})"
    heading = (
        f"{g.count} × {e(state)}: {w[g.before]} → {w[g.after]} "
        f'<span class="{g.direction}">({w[g.direction]})</span>'
    )
    facts = "".join(
        "<li>{}: <b>{}</b> ({} {})</li>".format(
            *map(e, fact_words(f.fact, f.value, lang)),
            percent(f.share, lang),
            w["population_share"],
        )
        for f in telling_facts(g)
    )
    shared = words(lang, SHARED)[g.direction if g.direction in SHARED else "same"]
    rules = (
        f"<code>{e(', '.join(g.rules_before) or '—')}</code> → "
        f"<code>{e(', '.join(g.rules_after) or '—')}</code>"
    )
    parts = [
        f'<article class="group" aria-labelledby="g-{index}"><h3 id="g-{index}">{heading}</h3><dl>',
        f"<dt>{w['born']}</dt><dd>{e(period_words(g.period, lang))}</dd>",
        f"<dt>{w['rules']}</dt><dd>{rules}</dd>",
    ]
    if g.routes_before != g.routes_after:
        routes = (
            f"<code>{e(', '.join(g.routes_before) or '—')}</code> → "
            f"<code>{e(', '.join(g.routes_after) or '—')}</code>"
        )
        parts.append(f"<dt>{w['routes']}</dt><dd>{routes}</dd>")
    parts.append(
        f"<dt>{e(shared.format(count=g.count))}</dt><dd><ul>{facts or '<li>—</li>'}</ul></dd>"
    )
    parts.append(f"<dt>{w['examples_title']}</dt><dd>{_examples(g, w)}</dd></dl></article>")
    return "".join(parts)


def _examples(g, w: dict) -> str:
    return "".join(
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


def _dump(model) -> dict:
    return model.model_dump(mode="json", by_alias=True)
