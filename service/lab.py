"""The reform lab over HTTP: the reform and the population a request names, within the
service's limit, given to the same functions `nationality reform` and `nationality audit` call.

A request with a reform compiles the law the reform makes (engine/lab/reform.py) for itself, and
drops it with the answer: nothing a client sends outlives its request. Bad input is a Problem
naming the request's field, never a fault: a reform as `nationality reform` reports it, an
axis of the population, a state without a rule pack, a population over the limit.
"""

import re

from engine import Engine
from engine.i18n import translator
from engine.lab.audit import audit, with_witnesses
from engine.lab.impact import impact
from engine.lab.population import PopulationError, population
from engine.lab.reform import ReformError, parse_reform, reform_engines, shipped
from schemas.errors import FieldProblem
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
from service.problems import Problem, field

UPLOADED = "reform"  # an uploaded reform's name: its problems then read as the request's field
PATH = re.compile(r"[A-Za-z_]\w*(\[\d+\])*(\.[A-Za-z_]\w*(\[\d+\])*)*")


class Lab:
    """The shipped reforms, read once, and the lab's computations for the service's routes.
    Its methods are called in the threadpool: they screen thousands of cases."""

    def __init__(self, engine: Engine, limit: int):
        self.engine, self.limit = engine, limit
        self.shipped = shipped()

    def impact(self, asked: ImpactRequest, lang: str) -> ImpactReport:
        reformed, before, after = self.engines(asked)
        reform = reformed.reform
        cases, source = self._population(
            asked.population, after.law, reform.countries, (reform.effective,), IMPACT_SAMPLE, lang
        )
        return impact(reformed, before, after, cases, source, asked.examples, lang)

    def audit(self, asked: AuditRequest, lang: str) -> AuditReport:
        states = self._states(asked.countries)
        engine = self.engine
        if asked.reform is not None or asked.shipped is not None:
            _, before, after = self.engines(asked)
            engine = before if asked.before else after
        cases, source = [], ""
        if asked.population is not None:
            cases, source = self._population(
                asked.population, engine.law, states, (), AUDIT_SAMPLE, lang
            )
        if asked.witnesses:
            cases, source = with_witnesses(engine.law, states, cases, source, lang)
        return audit(engine, cases, states, source, asked.examples)

    def engines(self, asked: ReformChoice):
        """The reformed law and its engines before and after, for the reform asked for."""
        if asked.shipped is None:
            name, where = UPLOADED, "reform"
        elif asked.shipped in self.shipped:
            name, where = asked.shipped, "shipped"
        else:
            names = ", ".join(self.shipped) or "none"
            raise Problem(
                "not-found",
                f"no shipped reform {asked.shipped!r}; shipped: {names}",
                field("shipped", f"not a shipped reform; shipped: {names}"),
            )
        try:
            reform = self.shipped[name] if asked.shipped else parse_reform(asked.reform, name)
            return reform_engines(reform, name)
        except ReformError as error:
            raise invalid_reform(error, name, where) from None

    def _population(self, asked: PopulationRequest, law, states, dates, default: int, lang):
        """(cases, source): the cases sent, or generated as the command line would."""
        if asked.cases is not None:
            self._bound(len(asked.cases), "population.cases")
            _ = translator(lang)
            return asked.cases, _("{n} cases sent with the request").format(n=len(asked.cases))
        sample = default if asked.sample is None else asked.sample
        try:  # the axes are checked at once; no case is made before the answer reads them
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
        except PopulationError as error:
            where = f"population.axes.{error.axis}"
            raise Problem(
                "invalid-request", f"{where}: {error.problem}", field(where, error.problem)
            ) from None
        self._bound(sample, "population.sample")
        return generated

    def _bound(self, cases: int, where: str) -> None:
        if cases > self.limit:
            raise Problem(
                "too-many-cases",
                f"{where}: {cases} cases; one request may hold {self.limit}",
                field(where, f"at most {self.limit} cases"),
            )

    def _states(self, countries: list[str] | None) -> list[str]:
        encoded = self.engine.law.countries
        missing = [
            FieldProblem(
                field=f"countries[{i}]",
                problem=f"no rule pack for {code}; encoded: {', '.join(sorted(encoded))}",
            )
            for i, code in enumerate(countries or [])
            if code not in encoded
        ]
        if missing:
            raise Problem("invalid-request", f"{missing[0].field}: {missing[0].problem}", missing)
        return sorted(set(countries or encoded))


def invalid_reform(error: ReformError, name: str, where: str) -> Problem:
    """The reform's problems ("<name>: <field>: <problem>") against the request's field: a path
    into the reform (operations[0].set.x) becomes `reform.operations[0].set.x`; a problem with a
    rule of the law it makes, or with a pack it clashes with, is against the reform as a whole,
    and says which rule."""
    problems = []
    for line in error.problems:
        text = line.removeprefix(f"{name}: ")
        path, _, problem = text.partition(": ")
        if text != line and problem and PATH.fullmatch(path):
            problems.append(FieldProblem(field=f"{where}.{path}", problem=problem))
        else:
            problems.append(FieldProblem(field=where, problem=text))
    shown = "; ".join(f"{p.field}: {p.problem}" for p in problems[:3])
    more = len(problems) - 3
    detail = f"the reform is not valid: {shown}" + (f" (and {more} more)" if more > 0 else "")
    return Problem("invalid-reform", detail, problems)
