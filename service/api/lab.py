"""The reform lab's routes: the shipped reforms, a reform's impact, the discrimination audit.

Each run is engine/lab/run.py's, as for `nationality reform` and `nationality audit`, in the
threadpool (it screens whole populations); here each of its failures becomes a problem naming
the request's field. A request with a reform compiles the law the reform makes for itself, and
drops it with the answer: nothing a client sends outlives its request.
"""

from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from schemas.lab import AuditReport, AuditRequest, ImpactReport, ImpactRequest
from service import catalog
from service.api.lab_problems import answer
from service.api.openapi import Docs
from service.api.requests import law_language, parse_request, require, require_json
from service.api.state import Service
from service.documents import answer_json
from service.reports.lab import impact_csv, impact_html

ReportFormat = Literal["json", "csv", "html"]
IMPACT_PATH, AUDIT_PATH = "/v1/reforms/impact", "/v1/audit"
# the HTML report loads nothing and runs nothing: its charts are inline SVG, its style inline
REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def routes(app: FastAPI, service: Service, docs: Docs) -> None:
    """The reform lab (docs/reforms.md): what `nationality reform` and `nationality audit` do."""
    lab = service.lab

    @app.get(
        "/v1/reforms",
        tags=["lab"],
        summary="The shipped reforms",
        response_model=list[catalog.ReformInfo],
        dependencies=[Depends(require("lab"))],
        **docs.law("/v1/reforms", catalog.reforms(lab.shipped, "es")),
    )
    async def reforms(request: Request, response: Response, lang: str = Depends(law_language)):
        """The reforms shipped with the law, to try by name (`shipped`): what each would change,
        from when, and which states' packs it touches."""
        request.state.outcome = "reforms"
        response.headers["Content-Language"] = lang
        return catalog.reforms(lab.shipped, lang)

    @app.post(
        IMPACT_PATH,
        tags=["lab"],
        summary="A reform's impact on a population",
        response_model=ImpactReport,
        dependencies=[Depends(require("lab"))],
        **docs.impact(),
    )
    async def reform_impact(
        request: Request,
        lang: str = Depends(law_language),
        format: Annotated[
            ReportFormat,
            Query(
                description="json: the ImpactReport; csv: one row per changed case and state; "
                "html: a self-contained page with charts"
            ),
        ] = "json",
    ):
        """Every case of the population screened under the law before and after the reform (a
        shipped one, or your own): how many change status and risk, in which direction, grouped
        by what they share, with examples. A reform that is not valid gets 422 naming its field
        and the problem, as `nationality reform` says it."""
        asked = await _lab_request(request, ImpactRequest)
        report = await run_in_threadpool(answer, lab.impact, asked, lang)
        request.state.outcome = f"impact of {report.population.cases}"
        return await run_in_threadpool(_impact_answer, report, format, lang)

    @app.post(
        AUDIT_PATH,
        tags=["lab"],
        summary="The discrimination audit",
        response_model=AuditReport,
        dependencies=[Depends(require("lab"))],
        **docs.audit(),
    )
    async def discrimination_audit(request: Request, lang: str = Depends(law_language)):
        """Each protected fact (the parent's sex, the parents' marriage, immigration status, how
        a parent acquired a nationality, where a parent was born) flipped in every case: the
        rules that depend on it, held against their `distinguishes_by` flags. Of the law, or of
        the law after (or before) a reform."""
        asked = await _lab_request(request, AuditRequest)
        report = await run_in_threadpool(answer, lab.audit, asked, lang)
        request.state.outcome = f"audit of {report.population.cases}"
        headers = {"Content-Language": lang}
        return Response(answer_json(report), media_type="application/json", headers=headers)


async def _lab_request(request: Request, model):
    require_json(request)
    body = await request.body()
    return await run_in_threadpool(parse_request, model, body)


def _impact_answer(report: ImpactReport, shape: str, lang: str) -> Response:
    headers = {"Content-Language": lang}
    if shape == "csv":
        return Response(impact_csv(report), media_type="text/csv", headers=headers)
    if shape == "html":
        headers["Content-Security-Policy"] = REPORT_POLICY
        return Response(impact_html(report, lang), media_type="text/html", headers=headers)
    return Response(answer_json(report), media_type="application/json", headers=headers)
