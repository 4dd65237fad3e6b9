"""The reform lab's failures (engine/lab/run.py) as problems naming the request's field: what
the lab routes answer, and what the OpenAPI document shows of them."""

from engine.lab.population import PopulationError
from engine.lab.reform import ReformError
from engine.lab.run import UPLOADED, NoPack, NotShipped, TooManyCases
from schemas.errors import DOCUMENT, FieldProblem
from schemas.lab import ReformChoice
from service.api.problems import Problem, field

FAILURES = (ReformError, NotShipped, NoPack, TooManyCases, PopulationError)


def answer(run, asked, *args):
    """`run(asked, *args)`, a failure of the lab raised as the Problem that says it."""
    try:
        return run(asked, *args)
    except FAILURES as error:
        raise problem(error, asked) from None


def problem(error: Exception, asked: ReformChoice) -> Problem:
    if isinstance(error, ReformError):
        shipped = asked.shipped is not None
        return invalid_reform(
            error, asked.shipped if shipped else UPLOADED, "shipped" if shipped else "reform"
        )
    if isinstance(error, NotShipped):
        names = ", ".join(error.names) or "none"
        return Problem(
            "not-found",
            f"no shipped reform {error.name!r}; shipped: {names}",
            field("shipped", f"not a shipped reform; shipped: {names}"),
        )
    if isinstance(error, NoPack):
        encoded = ", ".join(error.encoded)
        missing = [
            FieldProblem(
                field=f"countries[{i}]", problem=f"no rule pack for {code}; encoded: {encoded}"
            )
            for i, code in error.missing
        ]
        return Problem("invalid-request", f"{missing[0].field}: {missing[0].problem}", missing)
    if isinstance(error, TooManyCases):
        return Problem(
            "too-many-cases",
            str(error),
            field(error.field, f"at most {error.limit} cases"),
        )
    where = f"population.axes.{error.axis}"
    return Problem("invalid-request", f"{where}: {error.problem}", field(where, error.problem))


def invalid_reform(error: ReformError, name: str, where: str) -> Problem:
    """The reform's problems against the request's field: a field of the reform
    (operations[0].set.x) becomes `reform.operations[0].set.x`; a problem with a rule of the law
    it makes, or with a pack it clashes with, is against the reform as a whole, and says which
    rule."""
    problems = [
        FieldProblem(field=f"{where}.{p.field}", problem=p.problem)
        if p.source == name and p.rule is None and p.field not in (None, DOCUMENT)
        else FieldProblem(field=where, problem=p.within if p.source == name else str(p))
        for p in error.problems
    ]
    shown = "; ".join(f"{p.field}: {p.problem}" for p in problems[:3])
    more = len(problems) - 3
    detail = f"the reform is not valid: {shown}" + (f" (and {more} more)" if more > 0 else "")
    return Problem("invalid-reform", detail, problems)
