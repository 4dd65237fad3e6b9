"""The commitments (rules/commitments.yaml) read, and the cases they are tested on, screened.

What a commitment means is law and lives in the data file; this module only reads it, makes its
probe cases from the population grid (engine/lab/population.py) and the witnesses of a state's
rules (engine/lab/witness.py), and screens a case for one state, keeping what a card cites:
the state's status, the risk and the rules behind them.
"""

import copy
import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from engine import Engine
from engine.dates import age_on
from engine.lab.population import UNKNOWN, default_grid, generate
from engine.lab.witness import witnesses
from engine.loader import Law, LawError, LawProblem, rules_dir
from engine.screening import considered
from schemas import yaml_loader
from schemas.case import Case
from schemas.errors import problems
from schemas.scorecard import Commitment, Commitments, Probe

FILE = "commitments.yaml"
SEED = 2026
ADULT = 18


@lru_cache(maxsize=4)
def _read(path: Path, stamp: float) -> Commitments:
    name = str(path)
    try:
        data = yaml_loader.load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LawError([LawProblem(name, f"cannot read: {error.strerror or error}")]) from None
    try:
        return Commitments.model_validate(data)
    except ValidationError as error:
        found = [LawProblem(name, p.problem, field=p.field) for p in problems(error)]
        raise LawError(found) from None


def commitments(rules: Path | None = None) -> Commitments:
    """The commitments file of the rules directory, validated (LawError naming the field)."""
    path = Path(rules or rules_dir()) / FILE
    stamp = path.stat().st_mtime if path.exists() else 0.0
    return _read(path, stamp)


@dataclass(frozen=True)
class Screened:
    """One case screened, as a card cites it: the state's answer, the risk, the rules."""

    case: dict
    status: str
    risk: str
    rules: tuple[str, ...]
    barred: tuple[str, ...]
    routes: tuple[str, ...]

    @property
    def minor(self) -> bool:
        person = self.case["person"]
        born = dt.date.fromisoformat(person["birth_date"])
        return age_on(born, dt.date.fromisoformat(self.case["as_of"])) < ADULT


def screen(engine: Engine, case: dict, country: str, lang: str, also=()) -> Screened | None:
    """`case` screened for `country` (said to be recorded there too if nothing else names it,
    which no rule reads), with the states of `also` considered; None if it is not a valid
    case."""
    try:
        parsed = Case.model_validate(case)
    except ValidationError:
        return None
    named = considered(parsed)
    if country not in named:
        case = copy.deepcopy(case)
        case["person"].setdefault("birth_registered_in", []).append(country)
        parsed = Case.model_validate(case)
        named = considered(parsed)
    in_play = list(dict.fromkeys([*named, *also]))
    determination, answers, _ = engine.answer(parsed, lang, countries=in_play)
    result = determination.nationality[country]
    # a refusal names no deciding rule: the rules that applied say why (an exception...)
    applied = [r.id for r in answers[country].applied if not r.rule.discretionary]
    return Screened(
        case=case,
        status=result.status,
        risk=determination.stateless_risk,
        rules=tuple(result.rules or applied),
        barred=tuple(result.barred),
        routes=tuple(r.rule for r in result.routes),
    )


def probe_cases(law: Law, country: str, commitment: Commitment, as_of: dt.date) -> list[dict]:
    """The cases of the commitment's probes for `country`: from the grid, as each asks."""
    cases = []
    for k, probe in enumerate(commitment.probes):
        for n, case in enumerate(_probe(law, country, probe, as_of)):
            case["id"] = f"SC-{country}-{commitment.key}-{k + 1}.{n + 1}"
            cases.append(case)
    return cases


def _probe(law: Law, country: str, probe: Probe, as_of: dt.date):
    grid = default_grid(law, as_of)
    for axis, values in probe.axes.items():
        grid = grid.restrict(axis, [_for(v, country) for v in values])
    if probe.minors:
        young = [d for d in grid.axes["birth_date"] if age_on(d, as_of) < ADULT]
        grid = grid.restrict("birth_date", [d.isoformat() for d in young])
    for axis, values in probe.exclude.items():
        dropped = {_for(v, country) for v in values}
        grid = grid.restrict(axis, [v for v in grid.axes[axis] if str(v) not in dropped])
    grid = _collapsed(grid)
    seen = set()
    for case in generate(grid, probe.sample, SEED):
        for path, value in probe.set.items():
            _set(case, path.split("."), _for(value, country))
        facts = json.dumps({**case, "id": None}, sort_keys=True, default=str)
        if facts not in seen:  # points that differ only on facts the case does not carry
            seen.add(facts)
            yield case


def _collapsed(grid):
    """The grid without the axes that make no difference: the facts of a parent who is
    unknown, and a naturalization's timing for a parent national by birth only."""
    for role in ("mother", "father"):
        if set(grid.axes[f"{role}.nationality"]) == {UNKNOWN}:
            for axis in [
                a for a in grid.axes if a.startswith(f"{role}.") and "nationality" not in a
            ]:
                grid = grid.restrict(axis, [str(next(iter(grid.axes[axis])))])
        elif set(grid.axes[f"{role}.acquired"]) == {"birth"}:
            naturalized = f"{role}.naturalized"
            grid = grid.restrict(naturalized, [str(next(iter(grid.axes[naturalized])))])
    return grid


def _for(value, country: str):
    """A value of the data file with {state} made the state carded."""
    if isinstance(value, str):
        return value.replace("{state}", country)
    if isinstance(value, list):
        return [_for(v, country) for v in value]
    if isinstance(value, dict):
        return {k: _for(v, country) for k, v in value.items()}
    return value


def _set(case: dict, steps: list[str], value) -> None:
    node = case
    for step in steps[:-1]:
        node = node.setdefault(step, {})
    node[steps[-1]] = copy.deepcopy(value)


def rule_witnesses(law: Law, country: str, rule_ids) -> list[dict]:
    """The witnesses of these rules of `country` (engine/lab/witness.py)."""
    ids = set(rule_ids)
    return [case for _, case in witnesses(law, [country], only=ids)] if ids else []


def in_force(rule, on: dt.date) -> bool:
    period = rule.rule.in_force
    return period.from_ <= on and (period.to is None or on <= period.to)
