"""The commitments scorecard (schemas/scorecard.py) as text and as Markdown, in the reader's
language: a regional matrix (states × commitments: a symbol and a word), then each state's
verdicts with why, the deciding rules and the witnesses. The HTML page is scorecard_html.py's.
"""

import json

from engine.i18n import N_, RISK, STATUS, country_name, translator
from schemas.scorecard import Scorecard, StateCard, Verdict, Witness

MARK = {"meets": "✔", "partial": "◐", "gap": "✘", "unclear": "?"}
WORDS = {
    "title": N_("Commitments scorecard"),
    "subtitle": N_("Each state's law held against the Belize City Declaration (MIRPS, 2024)"),
    "law": N_("Law"),
    "as_of": N_("as of"),
    "matrix": N_("Regional matrix"),
    "state": N_("State"),
    "commitment": N_("Commitment"),
    "verdict": N_("Verdict"),
    "why": N_("Why"),
    "rules": N_("Deciding rules"),
    "pack": N_("From the pack"),
    "witnesses": N_("Witnesses"),
    "in_force": N_("in force"),
    "confidence": N_("confidence"),
    "flip": N_("flipped"),
    "counterpart": N_("before the flip"),
    "after": N_("after the reform"),
    "was": N_("before"),
    "now": N_("after"),
    "reform": N_("Reform"),
    "effective": N_("effective"),
    "changes": N_("What the reform changes"),
    "no_changes": N_("The reform changes no verdict."),
    "legend": N_("Legend"),
    "screen": N_("Screen a witness: save its case as case.json and run"),
    "direct": N_("depends on the convention's direct application"),
}


def words(card: Scorecard) -> dict[str, str]:
    """Every label of the reports, in the card's language; the verdicts' words are the card's
    own (rules/commitments.yaml)."""
    _ = translator(card.lang)
    return {**{k: _(v) for k, v in WORDS.items()}, **card.verdict_words}


def verdict_label(verdict: str, w: dict) -> str:
    """A verdict as it reads in black and white: its symbol and its word."""
    return f"{MARK[verdict]} {w[verdict]}"


def answer_words(status: str, risk: str, lang: str) -> str:
    _ = translator(lang)
    return f"{_(STATUS[status])} · {_(RISK[risk])}"


def scorecard_text(card: Scorecard, lang: str) -> str:
    """The matrix, then one line per verdict: for a terminal."""
    w = words(card)
    lines = [f"{w['title']} — {w['law']} {card.law.version}, {w['as_of']} {card.as_of}", ""]
    lines += _matrix_text(card.states, card.commitments)
    for state in card.states:
        lines += ["", f"{state.name} ({state.country})"]
        for v in state.verdicts:
            lines.append(f"  {verdict_label(v.verdict, w)}  {v.key}: {v.why}")
    if card.reform:
        lines += ["", *_reform_lines(card, lang, w)]
    return "\n".join(lines)


def _matrix_text(states: list[StateCard], keys: list[str]) -> list[str]:
    width = max(len(k) for k in keys)
    head = " " * width + "  " + " ".join(s.country for s in states)
    rows = [head]
    for k in keys:
        marks = [MARK[_verdict(s, k).verdict] for s in states]
        rows.append(f"{k:<{width}}  " + " ".join(f"{m} " for m in marks))
    return rows


def _verdict(state: StateCard, key: str) -> Verdict:
    return next(v for v in state.verdicts if v.key == key)


def _reform_lines(card: Scorecard, lang: str, w: dict) -> list[str]:
    reform = card.reform
    lines = [f"{w['reform']}: {reform.title} ({w['effective']} {reform.effective})"]
    if not reform.changes:
        return [*lines, w["no_changes"]]
    for change in reform.changes:
        lines.append(
            f"  {change.country} {change.key}: {verdict_label(change.before, w)} → "
            f"{verdict_label(change.after, w)}"
        )
        for witness in change.witnesses:
            if witness.after:
                lines.append(
                    f"    {witness.case.get('id')}: "
                    f"{answer_words(witness.status, witness.risk, lang)} → "
                    f"{answer_words(witness.after.status, witness.after.risk, lang)}"
                )
    return lines


def scorecard_markdown(card: Scorecard, lang: str) -> str:
    """The matrix as a table, then each state's card with its rules and witnesses."""
    w = words(card)
    out = [f"# {w['title']}", "", w["subtitle"] + ".", ""]
    out.append(f"{w['law']} {card.law.version}, {w['as_of']} {card.as_of}.")
    out += ["", f"## {w['matrix']}", ""]
    out.append(f"| {w['commitment']} | " + " | ".join(s.country for s in card.states) + " |")
    out.append("|---|" + "---|" * len(card.states))
    for key in card.commitments:
        first = _verdict(card.states[0], key).title if card.states else key
        cells = [verdict_label(_verdict(s, key).verdict, w) for s in card.states]
        out.append(f"| {first} | " + " | ".join(cells) + " |")
    for state in card.states:
        out += ["", *_state_markdown(state, lang, w)]
    if card.reform:
        out += ["", f"## {w['reform']}", "", *_reform_lines(card, lang, w)]
    return "\n".join(out) + "\n"


def _state_markdown(state: StateCard, lang: str, w: dict) -> list[str]:
    out = [f"## {state.name} ({state.country})", ""]
    for v in state.verdicts:
        out += [f"### {verdict_label(v.verdict, w)} — {v.title}", "", f"*{v.basis}*", ""]
        out.append(v.why)
        if v.convention:
            direct = f" ({w['direct']})" if v.convention.direct_application else ""
            out += ["", f"{v.convention.said}{direct}"]
        if v.rules:
            out += ["", f"{w['rules']}:", ""]
            out += [
                f"- `{r.id}` — {'; '.join(r.citations)} ({w['in_force']} {r.in_force}; "
                f"{w['confidence']} {r.confidence})"
                for r in v.rules
            ]
        if v.pack:
            out += ["", f"{w['pack']}: " + "; ".join(v.pack)]
        for witness in v.witnesses:
            out += ["", *_witness_markdown(witness, lang, w)]
        out.append("")
    return out


def _witness_markdown(witness: Witness, lang: str, w: dict) -> list[str]:
    said = f"{w['witnesses']}: `{witness.case.get('id')}` — "
    said += (
        f"{country_name(witness.country, lang)}: {answer_words(witness.status, witness.risk, lang)}"
    )
    if witness.flip:
        said += f" ({w['flip']}: {witness.flip}"
        if witness.counterpart:
            counterpart = answer_words(witness.counterpart.status, witness.counterpart.risk, lang)
            said += f"; {w['counterpart']}: {counterpart}"
        said += ")"
    case = json.dumps(witness.case, ensure_ascii=False, indent=1, default=str)
    return [said, "", "```json", case, "```"]
