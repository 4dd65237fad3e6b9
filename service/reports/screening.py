"""A screening report a caseworker can read and attach to a file: terminal text, Markdown or
HTML, all from the same Jinja2 templates (service/reports/templates/report.*) with gettext for
the words. The caseworker's pages render their own templates here too, beside these.
"""

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined, select_autoescape

from engine.i18n import (
    ACTORS,
    MODE_NAMES,
    REQUIRED_ACTS,
    RISK,
    STATUS,
    country_name,
    procedure_words,
    translations,
)
from engine.loader import Law
from schemas.determination import CaseError, Determination
from service.reports import plain

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = {"text": "report.txt", "markdown": "report.md", "html": "report.html"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")
MARK = {"national": "✔", "conditional": "…", "undetermined": "?", "not_national": "✘"}


REPORTS = ("service.reports",)  # the packages whose templates/ a report reads


@lru_cache(maxsize=8)
def _environment(lang: str, packages: tuple[str, ...]) -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader(package, "templates") for package in packages]),
        extensions=["jinja2.ext.i18n"],
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)
    env.filters["first_sentence"] = first_sentence
    return env


def first_sentence(text: str) -> str:
    """A note's opening sentence, where a full text would repeat what the report says below
    (a stop followed by a capital; "art. 32" does not end one)."""
    return SENTENCE_END.split(text, maxsplit=1)[0]


def render(answers: list, law: Law, lang: str, fmt: str = "text", facts=None) -> str:
    """One report for one or more cases (a CaseError stands where a case could not be read);
    `facts`, the cases as read, beside their answers, say where each person lives."""
    context = {"cases": cases(answers, law, lang, facts)}
    return page(FORMATS[fmt], lang, context).rstrip() + "\n"


def cases(answers: list, law: Law, lang: str, facts=None) -> list[dict]:
    """What the report's templates show of each answer."""
    facts = facts if facts is not None else [None] * len(answers)
    return [
        _error(a) if isinstance(a, CaseError) else _case(a, law, lang, f)
        for a, f in zip(answers, facts, strict=True)
    ]


def page(template: str, lang: str, context: dict, packages: tuple[str, ...] = REPORTS) -> str:
    """A template of `packages` (the reports', or the pages' beside them) in a language."""
    return _environment(lang, packages).get_template(template).render(lang=lang, **context)


def _case(d: Determination, law: Law, lang: str, facts: dict | None) -> dict:
    _ = translations(lang).gettext
    countries = []
    for iso, result in d.nationality.items():
        countries.append(
            {
                "iso": iso,
                "name": country_name(iso, lang),
                "mark": MARK[result.status],
                "status": result.status,
                "status_label": _(STATUS[result.status]),
                "encoded": iso in law.countries,
                "result": result,
                "conditions": [
                    {
                        "act": _(REQUIRED_ACTS[c.act]),
                        "by": _(ACTORS[c.by]) if c.by else "",
                        "from": c.from_,
                        "deadline": c.deadline,
                        "rule": c.rule,
                    }
                    for c in result.conditions
                ],
                "leads": _leads(result.indication, _),
            }
        )
    return {
        "error": None,
        "d": d,
        "risk": d.stateless_risk,
        "risk_label": _(RISK[d.stateless_risk]),
        "countries": countries,
        "steps": _steps(d, _),
        "plain": plain.answer(d, law.countries, facts if isinstance(facts, dict) else None, lang),
    }


def _steps(d: Determination, _) -> list[dict]:
    """The next steps (what would change the answer), each with what doing it would leave of
    the risk (said only while there is a risk) and the practice notes of the state that takes
    the act (once per state, under its first step): a right to register means little where its
    consulate is closed."""
    steps, noted = [], set()
    for action in d.actions or []:
        outcome = ""
        if action.resolves_risk and d.stateless_risk != "none":
            outcome = _("the risk would be none")
        elif action.resolves_risk is False:
            outcome = _("not enough alone to remove the risk")
        practice = [] if action.country in noted else d.nationality[action.country].practice
        noted.add(action.country)
        steps.append({"text": action.text, "outcome": outcome, "practice": practice})
    return steps


def _leads(indication, _) -> list[dict]:
    """An indication's provisions in words: the mode's name and the procedure translated; the
    article, specification and category as the dataset words them."""
    if indication is None:
        return []
    return [
        {
            "mode": p.mode,
            "name": _(MODE_NAMES[p.mode]) if p.mode in MODE_NAMES else p.mode,
            "procedure": procedure_words(p.procedure, _),
            "article": p.article,
            "specification": p.specification,
            "category": p.category,
        }
        for p in indication.provisions
    ]


def _error(error: CaseError) -> dict:
    return {"error": error}
