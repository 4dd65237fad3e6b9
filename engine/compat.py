"""The interpreters the engine runs on: durable_rules 2.0.28 builds on Python 3.13 but its C
extension calls PyEval_CallObject, which 3.13 removed, so it fails at import. Say so plainly."""

import sys

SUPPORTED = ((3, 11), (3, 12))


def require_supported_python(version=sys.version_info) -> None:
    if tuple(version[:2]) not in SUPPORTED:
        running = ".".join(str(v) for v in version[:3])
        raise ImportError(
            f"this engine needs Python 3.11 or 3.12, not {running}: durable_rules 2.0.28, its "
            "rule engine, does not import on Python 3.13 or later. Install Python 3.12 and "
            "create the virtual environment with it (python3.12 -m venv .venv)."
        )
