"""The caseworker's pages: a guided interview at `/`, and the screening report as its answer.

Server-rendered (Jinja2, the report's own templates) with light progressive enhancement: without
JavaScript the page works by posting the form ("Update the questions" re-asks them for the
answers so far); with it, `static/interview.js` asks `/check` as the caseworker types and shows
the questions that matter and the problems beside their field. Nothing about the person is kept:
the answers travel in the form itself (a language switch or "Change the answers" posts them
again), a download is built into the result page, and every page is sent `no-store`.
"""

import json
from pathlib import Path

import yaml
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from engine import Engine
from engine.i18n import LANGS, NO, VALUES, YES, translations
from schemas.determination import CaseError
from service.documents import DocumentError, read_cases
from service.pages import countries
from service.pages.interview import (
    Interview,
    TooManyForForm,
    case_from_form,
    countries_named,
    form_from_case,
    opened,
)
from service.pages.layout import layout, summary
from service.pages.questions import FORM_WORDS
from service.reports import screening as report
from service.reports.calendar import calendar, deadlines

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = ("service.pages", *report.REPORTS)  # a page shows the report's own templates
ASSETS = {  # the report's stylesheet is the one the HTML report inlines
    "interview.js": STATIC / "interview.js",
    "page.css": STATIC / "page.css",
    "result.js": STATIC / "result.js",
    "report.css": report.TEMPLATES / "report.css",
}
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
CHOICE_WORDS = {**VALUES, "yes": YES, "no": NO, **FORM_WORDS}


def add_pages(app: FastAPI, engine: Engine) -> None:
    """Serve the interview and its static files from `app`."""
    app.include_router(_router(engine))


def _router(engine: Engine) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    interview = Interview(engine.law)

    @router.get("/")
    async def start(request: Request):
        return _interview(interview, _language(request, {}), {})

    @router.post("/")
    async def review(request: Request):
        form = await _answers(request)
        return _interview(interview, _language(request, form), form)

    @router.post("/check")
    async def check(request: Request):
        form = await _answers(request)
        lang = _language(request, form)
        checked = interview.check(form, translations(lang).gettext, lang)
        return JSONResponse(checked, headers=HEADERS)

    async def screened(request: Request, explain: bool):
        """The answers posted, their language, the case they make and its answer: what the
        result page and its calendar file both start from."""
        form = await _answers(request)
        lang = _language(request, form)
        case = case_from_form(form)
        answer = await run_in_threadpool(engine.screen_data, case, lang, explain)
        return form, lang, case, answer

    @router.post("/screen")
    async def screen(request: Request):
        form, lang, case, answer = await screened(request, explain=True)
        if isinstance(answer, CaseError):
            return _interview(interview, lang, form, status=422, submitted=True)
        return _page("result.html", lang, _result(answer, case, form, engine, lang))

    @router.post("/calendar")
    async def deadlines_file(request: Request):
        """The answer's deadlines as a calendar file, from the answers the result page posts
        (so it works without JavaScript, and nothing is kept between the two)."""
        form, lang, case, answer = await screened(request, explain=False)
        if isinstance(answer, CaseError):
            return _interview(interview, lang, form, status=422, submitted=True)
        name = f"{_file_name(case)}-deadlines.ics"
        return Response(
            calendar(answer, lang),
            media_type="text/calendar; charset=utf-8",
            headers={**HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.post("/upload")
    async def upload(request: Request):
        data = await request.form()
        lang = _language(request, data)
        form, problem = await _uploaded(data.get("case"), lang)
        return _interview(interview, lang, form, problems=[problem] if problem else [])

    @router.get("/static/{name}")
    async def static(name: str):
        if name not in ASSETS:
            return HTMLResponse("not found", status_code=404)
        return FileResponse(ASSETS[name], headers={"Cache-Control": "max-age=3600"})

    return router


async def _answers(request: Request) -> dict[str, str]:
    data = await request.form()
    return {key: value for key, value in data.items() if isinstance(value, str)}


def _language(request: Request, form) -> str:
    """The language asked for (a switch, the form, the query), else the browser's first of
    es/en, else es."""
    asked_for = (form.get("switch_lang"), form.get("lang"), request.query_params.get("lang"))
    for asked in asked_for:
        if asked in LANGS:
            return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGS:
            return code
    return "es"


async def _uploaded(file, lang: str) -> tuple[dict, str | None]:
    """The form's answers from an uploaded case file, or why it cannot be loaded."""
    _ = translations(lang).gettext
    if not isinstance(file, UploadFile) or not file.filename:
        return {}, _("Choose a case file (YAML or JSON) to load.")
    content = await file.read()  # the service's body limit bounds it (a case file is ~2 KB)
    try:
        cases = read_cases(content.decode("utf-8"), file.filename)
    except UnicodeDecodeError:
        return {}, _("The file is not UTF-8 text.")
    except DocumentError as error:
        return {}, _("The file cannot be read: %(reason)s") % {"reason": error}
    if len(cases) != 1 or not isinstance(cases[0], dict):
        return {}, _(
            "The file holds %(n)d cases; the page screens one at a time. Screen a batch with "
            "the service's /v1/batch or `nationality batch`."
        ) % {"n": len(cases)}
    try:
        return form_from_case(cases[0]), None
    except TooManyForForm as error:
        return {}, _(
            "The case has more entries than the form holds (%(reason)s); screen it "
            "with the service or `nationality screen`."
        ) % {"reason": error}
    except (AttributeError, TypeError):  # not shaped like a case at all
        return {}, _("The file does not hold a case in the case format.")


def _interview(interview, lang, form, status=200, submitted=False, problems=()):
    """The interview page for the answers so far (and, once submitted, their problems)."""
    gettext = translations(lang).gettext
    checked = interview.check(form, gettext, lang)
    shown = set(checked["show"])
    errors = checked["errors"] if submitted else {}
    return _page(
        "interview.html",
        lang,
        {
            "form": countries_named(form, lang),  # a country box shows the name, in `lang`
            "country_labels": checked["countries"],
            "layout": layout(),
            "shown": shown,
            "shown_sections": {
                s.id
                for _, sections in layout()
                for s in sections
                if any(name in shown for name, _ in s.all_fields())
            },
            "opened": opened(form, errors),
            "required": set(checked["required"]),
            "errors": errors,
            "problems": [*problems, *(checked["general"] if submitted else [])],
            "summary": summary(errors, gettext),
            "failed": bool(submitted and (errors or checked["general"])),
        },
        status,
    )


def _result(answer, case: dict, form: dict, engine: Engine, lang: str) -> dict:
    """The report, and the case itself to download (YAML to read, JSON for the API)."""
    return {
        "cases": report.cases([answer], engine.law, lang, [case]),
        "form": form,
        "case_yaml": yaml.safe_dump(case, sort_keys=False, allow_unicode=True),
        "case_json": json.dumps(case, ensure_ascii=False, indent=2),
        "file_name": _file_name(case),
        "deadlines": len(deadlines(answer)),
        "entered": _entered(form, lang),
    }


def _entered(form: dict, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The answers given, section by section in the form's order, with their labels: the facts
    a printed record shows beside the answer."""
    _ = translations(lang).gettext
    entered = []
    for _title, sections in layout():
        for section in sections:
            rows = [
                (_(question.label), _shown(form[name], question.kind, lang))
                for name, question in section.all_fields()
                if str(form.get(name, "")).strip()
            ]
            if rows:
                heading = _(section.legend) + (f" {section.n}" if section.n else "")
                entered.append((heading, rows))
    return entered


def _shown(value: str, kind: str, lang: str) -> str:
    """An answer as read: countries by name and code, a choice's words, else as typed."""
    if value in CHOICE_WORDS:
        return translations(lang).gettext(CHOICE_WORDS[value])
    if kind in ("country", "countries"):
        try:
            return countries.label(countries.countries(value), lang)
        except countries.NotACountry:  # the answer screened, so this is not reached; as typed
            return value
    return value


def _file_name(case: dict) -> str:
    """'case-<id>' with only safe characters, or 'case'."""
    safe = "".join(c for c in case.get("id", "") if c.isalnum() or c in "-_")[:60]
    return f"case-{safe}" if safe else "case"


def _page(template: str, lang: str, context: dict, status: int = 200) -> HTMLResponse:
    html = report.page(template, lang, {**context, **_common(lang)}, TEMPLATES)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _common(lang: str) -> dict:
    return {
        "countries": countries.named(lang),
        "words": CHOICE_WORDS,
        "other_lang": "en" if lang == "es" else "es",
    }
