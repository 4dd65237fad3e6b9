"""Turn law (rules/) and facts (a Case) into a Determination.

    from engine import default_engine
    determination = default_engine().screen(case)

The Engine composes the steps: screening (engine/screening.py: the answer per state, and the
explanations) and, when explanations are asked for, what would change the answer
(engine/whatif.py), which screens changed copies of the case again. Safe to call from any
thread; memory stays flat over any number of cases.
"""

from engine.compat import require_supported_python

require_supported_python()

from functools import lru_cache  # noqa: E402
from pathlib import Path  # noqa: E402

from engine.cache import cached  # noqa: E402
from engine.facts import found_in  # noqa: E402
from engine.loader import load  # noqa: E402
from engine.screening import Screener, compile_law, considered  # noqa: E402
from engine.whatif import actions  # noqa: E402
from schemas.case import Case, read_case  # noqa: E402
from schemas.determination import CaseError, Determination  # noqa: E402


class Engine(Screener):
    """One version of the law, compiled: screening, explanations, and what would change them."""

    def screen(self, case: Case, lang: str | None = None, explain: bool = False) -> Determination:
        """The determination; with `explain`, why each answer, why not the other rules, and
        what would change them. `lang` defaults to the language of the states involved."""
        if not explain:
            return super().screen(case, lang)
        lang = lang or self.language(considered(case, found_in(case)))
        determination = super().screen(case, lang, explain=True)
        determination.actions = actions(self, case, determination, lang)
        return determination

    def screen_data(self, data, lang=None, explain: bool = False) -> Determination | CaseError:
        """Validate raw input and screen it; bad input gives a CaseError, never an exception."""
        case = read_case(data)
        return case if isinstance(case, CaseError) else self.screen(case, lang, explain)


@lru_cache(maxsize=4)
def _engine_for(root: str | None) -> Engine:
    law = load(Path(root) if root else None)
    same = lambda compiled: compiled.keys() == law.countries.keys()  # noqa: E731
    return Engine(law, cached("compiled", law.digest, lambda: compile_law(law), same))


def default_engine(rules: str | Path | None = None) -> Engine:
    """The engine for the rules directory (default: rules/ of this project), built once."""
    return _engine_for(str(rules) if rules else None)


__all__ = ["Engine", "default_engine"]
