"""One way to run the lab for every way in: a request (schemas/lab.py) read, its reform applied,
its population made, and the impact or the audit computed.

`nationality reform` / `nationality audit` and POST /v1/reforms/impact / POST /v1/audit all call
here; they differ only in how they say a failure: an exit code and a line, or a problem naming
the request's field. So each failure is raised with what both need to say it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from engine import Engine
from engine.i18n import translator
from engine.lab.audit import audit, with_witnesses
from engine.lab.impact import impact
from engine.lab.population import population
from engine.lab.reform import ReformedLaw, parse_reform, reform_engines, shipped
from engine.loader import rules_dir
from schemas.lab import (
    AUDIT_SAMPLE,
    IMPACT_SAMPLE,
    AuditReport,
    AuditRequest,
    ImpactReport,
    ImpactRequest,
    PopulationRequest,
    ReformChoice,
)
from schemas.reform import Reform

UPLOADED = "reform"  # the name of a reform sent as content: its problems are the request's field


class NotShipped(LookupError):
    """`shipped` names no reform shipped with the law."""

    def __init__(self, name: str, names: list[str]):
        super().__init__(f"no shipped reform {name!r}")
        self.name, self.names = name, names


class NoPack(ValueError):
    """States asked for that have no rule pack: (index in the request, code)."""

    def __init__(self, missing: list[tuple[int, str]], encoded: list[str]):
        super().__init__("no rule pack for " + ", ".join(code for _, code in missing))
        self.missing, self.encoded = missing, encoded


class TooManyCases(ValueError):
    """The population, sent or to generate, is over the limit of one run."""

    def __init__(self, field: str, cases: int, limit: int):
        super().__init__(f"{field}: {cases} cases; one request may hold {limit}")
        self.field, self.cases, self.limit = field, cases, limit


@dataclass(frozen=True)
class Population:
    """Cases the caller read itself (the command line's --population file), and how the report
    names them: in place of the request's own population."""

    cases: Iterable
    source: str


class Lab:
    """The lab over one law: the engine of the packs as they are, the reforms shipped with them,
    and the most cases one run may screen (None: no limit)."""

    def __init__(self, engine: Engine, rules: str | Path | None = None, limit: int | None = None):
        self.engine, self.limit = engine, limit
        self.rules = Path(rules) if rules else rules_dir()

    @cached_property
    def shipped(self) -> dict[str, Reform]:
        """Read when first asked for: a run with a reform of its own does not depend on them."""
        return shipped(self.rules)

    def engines(
        self, choice: ReformChoice, name: str = UPLOADED
    ) -> tuple[ReformedLaw, Engine, Engine]:
        """The law before and after the reform chosen, and its engines: a shipped reform (by
        its name), or one sent (named `name` in its problems and its report)."""
        if choice.shipped is not None:
            if choice.shipped not in self.shipped:
                raise NotShipped(choice.shipped, list(self.shipped))
            reform, name = self.shipped[choice.shipped], choice.shipped
        else:
            reform = parse_reform(choice.reform, name)
        return reform_engines(reform, name, self.rules, self.engine)

    def impact(
        self,
        asked: ImpactRequest,
        lang: str,
        name: str = UPLOADED,
        sent: Population | None = None,
    ) -> ImpactReport:
        """The reform's impact on the population asked for (or `sent`)."""
        reformed, before, after = self.engines(asked, name)
        reform = reformed.reform
        cases, source = (
            (sent.cases, sent.source)
            if sent
            else self._population(
                asked.population,
                after.law,
                reform.countries,
                (reform.effective,),
                IMPACT_SAMPLE,
                lang,
            )
        )
        return impact(reformed, before, after, cases, source, asked.examples, lang)

    def audit(
        self,
        asked: AuditRequest,
        lang: str,
        name: str = UPLOADED,
        sent: Population | None = None,
    ) -> AuditReport:
        """The discrimination audit of the law, or of the law after (or before) a reform."""
        states = self._states(asked.countries)
        engine = self.engine
        if asked.reform is not None or asked.shipped is not None:
            _, before, after = self.engines(asked, name)
            engine = before if asked.before else after
        cases, source = [], ""
        if sent:
            cases, source = sent.cases, sent.source
        elif asked.population is not None:
            cases, source = self._population(
                asked.population, engine.law, states, (), AUDIT_SAMPLE, lang
            )
        if asked.witnesses:
            cases, source = with_witnesses(engine.law, states, cases, source, lang)
        return audit(engine, cases, states, source, asked.examples)

    def _population(self, asked: PopulationRequest, law, states, dates, default: int, lang):
        """(cases, source): the cases sent, or generated from the grid. A bad axis or value
        raises PopulationError at once; no case is made before the run reads them."""
        if asked.cases is not None:
            self._bound(len(asked.cases), "population.cases")
            _ = translator(lang)
            return asked.cases, _("{n} cases sent with the request").format(n=len(asked.cases))
        sample = default if asked.sample is None else asked.sample
        generated = population(
            law,
            states,
            sample,
            asked.seed,
            asked.as_of,
            asked.axes,
            asked.all_states,
            dates,
            lang,
        )
        self._bound(sample, "population.sample")
        return generated

    def _bound(self, cases: int, field: str) -> None:
        if self.limit is not None and cases > self.limit:
            raise TooManyCases(field, cases, self.limit)

    def _states(self, countries: list[str] | None) -> list[str]:
        encoded = sorted(self.engine.law.countries)
        missing = [(i, code) for i, code in enumerate(countries or []) if code not in encoded]
        if missing:
            raise NoPack(missing, encoded)
        return sorted(set(countries or encoded))
