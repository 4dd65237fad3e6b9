"""`nationality serve`: check the configuration, the law and its shipped reforms, then run
uvicorn with them.

Both are checked here, before any worker starts, so a mistake is one clear message naming the
setting (or the rule file) instead of a traceback per worker. Workers load the same settings
from the environment this process hands them.
"""

import os
import sys
from pathlib import Path

from service.api.config import ConfigError, environment, load_settings

REQUEST_LOG = "nationality.http"

# uvicorn's own messages as usual; its access log off (it would log client addresses and query
# strings); the service's one line per request (service/http.py) as it is, a JSON object.
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s"},
        "plain": {"format": "%(message)s"},
    },
    "handlers": {
        "default": {
            "class": "logging.StreamHandler",
            "formatter": "default",
            "stream": "ext://sys.stderr",
        },
        "requests": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        },
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        REQUEST_LOG: {"handlers": ["requests"], "level": "INFO", "propagate": False},
    },
}


def serve(args) -> int:
    overrides = {"host": args.host, "port": args.port, "workers": args.workers}
    try:
        settings = load_settings(args.config, overrides=overrides)
        from engine.lab.reform import shipped
        from engine.loader import LawError, load  # fails with a clear message on Python 3.13+
    except (ConfigError, ImportError) as error:
        print(f"nationality: {error}", file=sys.stderr)
        return 2
    if args.rules:
        os.environ["NATIONALITY_RULES_DIR"] = str(Path(args.rules).resolve())
    try:
        law = load()
        shipped()  # the lab offers them by name: a broken one is said now, not per worker
    except LawError as error:  # a ReformError too
        print(error, file=sys.stderr)
        return 3
    os.environ.update(environment(args.config, overrides))
    print(_banner(settings, law), file=sys.stderr)
    import uvicorn

    from service.api.protocol import PROTOCOL

    uvicorn.run(
        "service.api.app:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_config=LOG_CONFIG,
        access_log=False,
        server_header=False,
        http=PROTOCOL,  # with a header read timeout (limits.header_timeout)
        timeout_keep_alive=settings.limits.keep_alive_timeout,
        timeout_graceful_shutdown=settings.limits.shutdown_timeout,
    )
    return 0


def _banner(settings, law) -> str:
    lines = [
        f"nationality: law {law.version} ({len(law.countries)} states) on "
        f"http://{settings.host}:{settings.port}, {settings.workers} worker(s), "
        f"{len(settings.keys)} API key(s); OpenAPI at /openapi.json, /docs"
        + ("; the caseworker's pages at /" if settings.pages else "")
    ]
    if not settings.keys:
        lines.append(
            "nationality: no API keys configured: every /v1 request except the schemas will "
            "get 401 (make one with `nationality key NAME`)"
        )
    return "\n".join(lines)
