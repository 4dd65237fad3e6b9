"""The commitments scorecard as one self-contained, printable HTML page: the regional matrix
(states × commitments) and one section per state, each beginning a printed page. A verdict is
shown by its colour, its symbol, its word and its border (solid, dashed, double, dotted), so it
reads the same in black and white. Nothing is loaded and nothing runs; every word is in the
reader's language.
"""

import html
import json

from engine.i18n import country_name
from schemas.scorecard import Scorecard, StateCard, Verdict, Witness
from service.reports.page_style import BASE_CSS
from service.reports.scorecard import MARK, answer_words, words

e = html.escape
CSS = BASE_CSS + """
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.88rem;margin:.5rem 0 1rem}
td,th{border:1px solid #d9e2ec;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f5f7fa}
.v{display:inline-block;padding:.05rem .4rem;border-radius:4px;
font-weight:600}
.meets{background:#e3f4e8;color:#145a2c;border:2px solid #145a2c}
.partial{background:#fff3d6;color:#6b4700;border:2px dashed #6b4700}
.gap{background:#fde4e1;color:#8c1a10;border:4px double #8c1a10}
.unclear{background:#eceff3;color:#3e4c59;border:2px dotted #3e4c59}
.legend .v{margin-right:.6rem}
.matrix{font-size:.78rem}.matrix td,.matrix th{padding:.2rem}.matrix .v{padding:0 .2rem}
.matrix th[scope=row]{min-width:8rem}
.card{border:1px solid #e4e7eb;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0;
break-inside:avoid-page}
.card ul{margin:.2rem 0;padding-left:1.2rem;font-size:.88rem}
.basis{color:#52606d;font-size:.85rem;margin:0}
details pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.75rem;background:#f5f7fa;
padding:.5rem;border-radius:4px;margin:.3rem 0}
code{font-size:.82rem;overflow-wrap:anywhere}
@page{size:A4 landscape;margin:12mm}
@media print{
body{font-size:9.5pt}header,main{max-width:none;padding:0}
section.state{break-before:page}h2,h3{break-after:avoid}
details::details-content{content-visibility:visible;display:block}
details pre{background:none;border:1px solid #d9e2ec}
.scroll{overflow:visible}.matrix{font-size:7pt}.matrix .v{border-width:1px}
.matrix .gap{border-width:3px}
}
"""


def scorecard_html(card: Scorecard, lang: str = "es") -> str:
    w = words(card)
    title = e(w["title"])
    return "\n".join(
        [
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{title}</title><style>{CSS}</style></head><body>",
            f"<header><h1>{title}</h1><p>{e(w['subtitle'])}.</p>",
            f'<p class="meta">{e(w["law"])} {e(card.law.version)} · {e(w["as_of"])} '
            f"{card.as_of}</p></header><main>",
            _matrix(card, lang, w),
            *(_state(s, lang, w) for s in card.states),
            _reform(card, lang, w) if card.reform else "",
            "</main></body></html>",
        ]
    )


def _badge(verdict: str, w: dict) -> str:
    return f'<span class="v {verdict}">{MARK[verdict]} {e(w[verdict])}</span>'


def _matrix(card: Scorecard, lang: str, w: dict) -> str:
    heads = "".join(
        f'<th scope="col"><abbr title="{e(s.name)}">{s.country}</abbr></th>' for s in card.states
    )
    rows = []
    for key in card.commitments:
        verdicts = [_of(s, key) for s in card.states]
        title = verdicts[0].title if verdicts else key
        cells = "".join(
            f'<td><a href="#{s.country}-{key}">{_badge(v.verdict, w)}</a></td>'
            for s, v in zip(card.states, verdicts, strict=True)
        )
        rows.append(f'<tr><th scope="row">{e(title)}</th>{cells}</tr>')
    legend = " ".join(_badge(v, w) for v in MARK)
    return (
        f'<section aria-labelledby="matrix"><h2 id="matrix">{e(w["matrix"])}</h2>'
        f'<p class="legend">{e(w["legend"])}: {legend}</p>'
        '<div class="scroll"><table class="matrix">'
        f'<tr><th scope="col">{e(w["commitment"])}</th>{heads}</tr>{"".join(rows)}'
        "</table></div></section>"
    )


def _of(state: StateCard, key: str) -> Verdict:
    return next(v for v in state.verdicts if v.key == key)


def _state(state: StateCard, lang: str, w: dict, suffix: str = "") -> str:
    anchor = f"{state.country}{suffix}"
    cards = "".join(_verdict(v, state.country + suffix, lang, w) for v in state.verdicts)
    return (
        f'<section class="state" aria-labelledby="{anchor}">'
        f'<h2 id="{anchor}">{e(state.name)} ({state.country})</h2>{cards}</section>'
    )


def _verdict(v: Verdict, anchor: str, lang: str, w: dict) -> str:
    parts = [
        f'<div class="card" id="{anchor}-{v.key}"><h3>{_badge(v.verdict, w)} {e(v.title)}</h3>',
        f'<p class="basis">{e(v.basis)}</p><p>{e(v.why)}</p>',
    ]
    if v.convention:
        direct = f" <em>({e(w['direct'])})</em>" if v.convention.direct_application else ""
        parts.append(f"<p>{e(v.convention.said)}{direct}</p>")
    if v.rules:
        items = "".join(
            f"<li><code>{e(r.id)}</code> — {e('; '.join(r.citations))} "
            f"({e(w['in_force'])} {e(r.in_force)}; {e(w['confidence'])} {r.confidence})</li>"
            for r in v.rules
        )
        parts.append(f"<p>{e(w['rules'])}:</p><ul>{items}</ul>")
    if v.pack:
        parts.append(f"<p>{e(w['pack'])}: {e('; '.join(v.pack))}</p>")
    parts += [_witness(x, lang, w) for x in v.witnesses]
    return "".join(parts) + "</div>"


def _witness(witness: Witness, lang: str, w: dict) -> str:
    said = (
        f"{country_name(witness.country, lang)}: {answer_words(witness.status, witness.risk, lang)}"
    )
    if witness.flip:
        said += f" — {w['flip']}: {witness.flip}"
        if witness.counterpart:
            c = witness.counterpart
            said += f"; {w['counterpart']}: {answer_words(c.status, c.risk, lang)}"
    if witness.after:
        said += f" — {w['after']}: {answer_words(witness.after.status, witness.after.risk, lang)}"
    case = json.dumps(witness.case, ensure_ascii=False, indent=1, default=str)
    return (
        f"<details><summary>{e(w['witnesses'])}: <code>{e(str(witness.case.get('id')))}</code>"
        f" — {e(said)}</summary><pre>{e(case)}</pre>"
        f"<p>{e(w['screen'])} <code>nationality screen case.json</code></p></details>"
    )


def _reform(card: Scorecard, lang: str, w: dict) -> str:
    reform = card.reform
    rows = "".join(
        f"<tr><td>{c.country}</td><td>{e(_of(_find(card, c.country), c.key).title)}</td>"
        f"<td>{_badge(c.before, w)}</td><td>{_badge(c.after, w)}</td></tr>"
        for c in reform.changes
    )
    table = (
        f"<div class=\"scroll\"><table><tr><th>{e(w['state'])}</th><th>{e(w['commitment'])}</th>"
        f"<th>{e(w['was'])}</th><th>{e(w['now'])}</th></tr>{rows}</table></div>"
        if rows
        else f"<p>{e(w['no_changes'])}</p>"
    )
    witnesses = "".join(_witness(x, lang, w) for c in reform.changes for x in c.witnesses)
    after = "".join(_state(s, lang, w, "-after") for s in reform.states)
    return (
        f'<section aria-labelledby="reform"><h2 id="reform">{e(w["reform"])}: {e(reform.title)}'
        f'</h2><p class="meta">{e(w["effective"])} {reform.effective} · {e(reform.name)}</p>'
        f"<h3>{e(w['changes'])}</h3>{table}{witnesses}</section>{after}"
    )


def _find(card: Scorecard, country: str) -> StateCard:
    return next(s for s in card.states if s.country == country)
