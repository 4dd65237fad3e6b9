"""The law's routes: what the service screens with, as `nationality rules` lists it."""

from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request, Response

from engine.loader import Law
from service import catalog
from service.api.examples import example_rule, unencoded
from service.api.openapi import RULE_ID_PATH, Docs
from service.api.problems import Problem
from service.api.requests import law_language, require


def routes(app: FastAPI, law: Law, docs: Docs) -> None:
    """The law's routes: the rule pack's version, the states, the rules."""

    @app.get(
        "/v1/rulepack",
        tags=["law"],
        summary="The version of the law",
        response_model=catalog.RulePackInfo,
        dependencies=[Depends(require("law"))],
        **docs.law("/v1/rulepack", catalog.rulepack(law)),
    )
    async def rulepack(request: Request):
        """The rule pack version and the sha256 digest of its files: every Determination
        carries the same two, so an answer always names the law it came from."""
        request.state.outcome = "law"
        return catalog.rulepack(law)

    @app.get(
        "/v1/countries",
        tags=["law"],
        summary="The encoded states",
        response_model=list[catalog.CountryInfo],
        dependencies=[Depends(require("law"))],
        **docs.law("/v1/countries", catalog.countries(law, "es")[:1]),
    )
    async def countries(request: Request, response: Response, lang: str = Depends(law_language)):
        """Each encoded state: its name, the instruments its pack encodes, its statelessness
        determination procedure and its status under the 1954 and 1961 Conventions."""
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.countries(law, lang)

    @app.get(
        "/v1/rules",
        tags=["law"],
        summary="The rules, with citations and dates in force",
        response_model=list[catalog.RuleSummary],
        dependencies=[Depends(require("law"))],
        **docs.law(
            "/v1/rules",
            catalog.rules(law, "es")[:2],
            missing=f"no rule pack for {unencoded(law)}; encoded: "
            + ", ".join(sorted(law.countries)),
        ),
    )
    async def rules(
        request: Request,
        response: Response,
        lang: str = Depends(law_language),
        country: Annotated[
            str | None,
            Query(pattern=r"^[A-Za-z]{2}$", description="only this state's rules (ISO code)"),
        ] = None,
    ):
        """Every encoded rule: id, title, citations, the days it is in force (both inclusive;
        `to` null while in force), its outcome and GLOBALCIT modes."""
        if country and country.upper() not in law.countries:
            raise Problem(
                "not-found",
                f"no rule pack for {country.upper()}; encoded: " + ", ".join(sorted(law.countries)),
            )
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.rules(law, lang, country)

    @app.get(
        "/v1/rules/{rule_id}",
        tags=["law"],
        summary="One rule",
        response_model=catalog.RuleDetail,
        dependencies=[Depends(require("law"))],
        **docs.law(
            "/v1/rules/{rule_id}",
            catalog.detail(example_rule(law), "es"),
            missing="no rule 'CR.birth.nothing_such'",
        ),
    )
    async def rule(
        request: Request,
        response: Response,
        rule_id: Annotated[str, RULE_ID_PATH],
        lang: str = Depends(law_language),
    ):
        """One rule in full: its sources with links and wording, the act a conditional rule
        still needs, the rules it defeats or replaces, and any note on its reading."""
        try:
            prepared = law.rule(rule_id)
        except KeyError:
            raise Problem("not-found", f"no rule {rule_id!r}") from None
        request.state.outcome = "law"
        response.headers["Content-Language"] = lang
        return catalog.detail(prepared, lang)
