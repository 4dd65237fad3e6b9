"""Turn law (rules/) and facts (a Case) into a Determination.

    from engine import default_engine
    determination = default_engine().screen(case)

Safe to call from any thread; memory stays flat over any number of cases.
"""

import sys

if not ((3, 11) <= sys.version_info[:2] <= (3, 12)):  # pragma: no cover - depends on interpreter
    raise ImportError(
        f"this engine needs Python 3.11 or 3.12, not {sys.version.split()[0]}: durable_rules "
        "2.0.28, its rule engine, does not import on Python 3.13 or later"
    )

from engine.screening import Engine, default_engine  # noqa: E402

__all__ = ["Engine", "default_engine"]
