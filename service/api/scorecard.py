"""The commitments scorecard over HTTP (scope `law`): what `nationality scorecard` prints.

GET /v1/scorecard?country=CR&lang=en&shipped=hn-1961-safeguard&format=json|html|markdown, and
POST /v1/scorecard with a ScorecardRequest body for a reform of your own (as the lab's routes
take one). The card of the law as it is depends only on the law, the states, the language and
the day, so it is kept (a few of them) and the next request is answered at once; a card under
a reform is computed for its request and dropped with the answer.
"""

import datetime as dt
from functools import lru_cache
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from engine.lab.run import NotShipped
from engine.lab.scorecard import reformed, scorecard
from schemas.errors import FieldProblem
from schemas.scorecard import Scorecard, ScorecardRequest
from service.api.lab_problems import answer, problem
from service.api.openapi import REF, Docs
from service.api.problems import Problem
from service.api.requests import law_language, parse_request, require, require_json
from service.api.state import Service
from service.documents import answer_dict, answer_json
from service.reports.scorecard import scorecard_markdown
from service.reports.scorecard_html import scorecard_html

PATH = "/v1/scorecard"
CardFormat = Literal["json", "html", "markdown"]
EXAMPLE = {"countries": ["HN"], "shipped": "hn-1961-safeguard"}
POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def routes(app: FastAPI, service: Service, docs: Docs) -> None:
    lab = service.lab

    @lru_cache(maxsize=64)
    def kept(country: str, lang: str, day: dt.date) -> Scorecard:
        """One state's card of the law as it is: the same all day, whoever asks."""
        return scorecard(service.engine, [country], lang, day, lab.rules)

    def card(asked: ScorecardRequest, lang: str, where: str) -> Scorecard:
        countries = _known(asked.countries or [], service.engine.law.countries, where)
        if asked.shipped is None and asked.reform is None:
            day = dt.date.today()
            cards = [
                kept(c, lang, day) for c in sorted(set(countries or service.engine.law.countries))
            ]
            return cards[0].model_copy(update={"states": [c.states[0] for c in cards]})
        return answer(lambda a, _lang: reformed(lab, a, _lang, countries or None), asked, lang)

    @app.get(
        PATH,
        tags=["law"],
        summary="The commitments scorecard",
        response_model=Scorecard,
        dependencies=[Depends(require("law"))],
        **_documented(docs, service),
    )
    async def get_scorecard(
        request: Request,
        lang: str = Depends(law_language),
        country: Annotated[
            list[str] | None, Query(description="ISO code of a state with a pack (repeatable)")
        ] = None,
        shipped: Annotated[
            str | None, Query(description="a shipped reform (GET /v1/reforms): before and after")
        ] = None,
        format: Annotated[CardFormat, Query(description="json, html or markdown")] = "json",
    ):
        """Each state's law held against the Belize City Declaration's nine commitments: a
        verdict per commitment (meets, partial, gap, unclear), the rules that decide it, and
        for a gap the cases the law leaves out, which anyone can screen."""
        codes = [c.upper() for c in country or []]
        asked = _request({"countries": codes or None, "shipped": shipped}, "query.country")
        found = await run_in_threadpool(card, asked, lang, "query.country")
        request.state.outcome = "scorecard"
        return _answer(found, format, lang)

    @app.post(
        PATH,
        tags=["law"],
        summary="The commitments scorecard, before and after a reform",
        response_model=Scorecard,
        dependencies=[Depends(require("law"))],
        **_documented(docs, service, post=True),
    )
    async def post_scorecard(
        request: Request,
        lang: str = Depends(law_language),
        format: Annotated[CardFormat, Query(description="json, html or markdown")] = "json",
    ):
        """The scorecard of the states asked, before and after a reform of your own (`reform`,
        the content of a reform file) or a shipped one (`shipped`)."""
        require_json(request)
        asked = await run_in_threadpool(parse_request, ScorecardRequest, await request.body())
        found = await run_in_threadpool(card, asked, lang, "countries")
        request.state.outcome = "scorecard"
        return _answer(found, format, lang)


def _documented(docs: Docs, service: Service, post: bool = False) -> dict:
    """What the OpenAPI document says of a scorecard route: its answers (JSON, HTML, Markdown)
    and its refusals (a reform not shipped, a state without a pack); POST's body."""
    text = {"schema": {"type": "string"}}
    content = {"application/json": {}, "text/html": text, "text/markdown": text}
    if not post:  # the example made when the document is built, not at every start
        docs._later(PATH, 200, "application/json", lambda: _example(service), method="get")
    statuses = (400, 401, 403, 404, 415, 422, 429, 500) if post else (401, 403, 404, 422, 429)
    asked = ScorecardRequest(shipped="cr-nothing-such")
    not_shipped = problem(NotShipped(asked.shipped, sorted(service.lab.shipped)), asked)
    try:
        _known(["AR"], service.engine.law.countries, "countries" if post else "query.country")
    except Problem as refused:
        no_pack = refused
    errors = docs._errors(*statuses, e404=not_shipped, e422=no_pack)  # the service's own words
    responses = {200: {"description": "the Scorecard", "content": content}, **errors}
    if not post:
        return {"responses": responses}
    examples = {"hn_safeguard": {"summary": "Honduras, before and after its 1961-style safeguard",
                                 "value": EXAMPLE}}  # fmt: skip

    @lru_cache(maxsize=1)
    def before_and_after() -> Scorecard:
        """The example's answer: its card before and after the reform."""
        asked = _request(EXAMPLE, "body")
        return answer(lambda a, lang: reformed(service.lab, a, lang, a.countries), asked, "es")

    docs.answered(PATH, examples, lambda _: answer_dict(before_and_after()), method="post")
    markdown = lambda _: scorecard_markdown(before_and_after(), "es")  # noqa: E731
    docs.answered(PATH, examples, markdown, "text/markdown", method="post")
    body = {"schema": {"$ref": REF.format(model="ScorecardRequest")}, "examples": examples}
    extra = {"requestBody": {"required": True, "content": {"application/json": body}}}
    return {"responses": responses, "openapi_extra": extra}


def _example(service: Service) -> dict:
    """One commitment of one state: a card small enough to read in the document."""
    return answer_dict(scorecard(service.engine, ["CR"], "es", keys=["determination_procedure"]))


def _request(data: dict, where: str) -> ScorecardRequest:
    from pydantic import ValidationError

    from schemas.errors import problems

    try:
        return ScorecardRequest.model_validate(data)
    except ValidationError as error:
        found = [
            FieldProblem(field=p.field.replace("countries", where), problem=p.problem)
            for p in problems(error)
        ]
        raise Problem("invalid-request", f"{found[0].field}: {found[0].problem}", found) from None


def _known(countries: list[str], encoded, where: str) -> list[str]:
    """The states asked for, each with a pack; else a problem naming each one that has none."""
    missing = [
        FieldProblem(
            field=f"{where}[{i}]",
            problem=f"no rule pack for {code}; encoded: {', '.join(sorted(encoded))}",
        )
        for i, code in enumerate(countries)
        if code not in encoded
    ]
    if missing:
        raise Problem("invalid-request", f"{missing[0].field}: {missing[0].problem}", missing)
    return countries


def _answer(card: Scorecard, shape: str, lang: str) -> Response:
    headers = {"Content-Language": lang}
    if shape == "html":
        headers["Content-Security-Policy"] = POLICY
        return Response(scorecard_html(card, lang), media_type="text/html", headers=headers)
    if shape == "markdown":
        return Response(scorecard_markdown(card, lang), media_type="text/markdown", headers=headers)
    return Response(answer_json(card), media_type="application/json", headers=headers)
