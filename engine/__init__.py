"""Turn law (rules/) and facts (a Case) into a Determination.

    from engine import default_engine
    determination = default_engine().screen(case)

Safe to call from any thread; memory stays flat over any number of cases.
"""

from engine.compat import require_supported_python

require_supported_python()

from engine.screening import Engine, default_engine  # noqa: E402

__all__ = ["Engine", "default_engine"]
