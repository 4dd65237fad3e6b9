"""`nationality serve` and `nationality key`: run the HTTP service, make its API keys."""

import json
import sys
from pathlib import Path

from service.cli.interface import command


def add(sub, _) -> None:
    """serve: the HTTP service for registries; key: an API key for one of them."""
    service = command(sub, "serve", _("run the HTTP service for registries (README: Service)"))
    service.add_argument("--config", type=Path, help=_("TOML file (default: $NATIONALITY_CONFIG)"))
    service.add_argument("--host", help=_("address to bind (default 127.0.0.1)"))
    service.add_argument("--port", type=int, help=_("port (default 8000)"))
    service.add_argument("--workers", type=int, help=_("worker processes (default 1)"))
    service.set_defaults(command=serve, needs_engine=False)

    keys = command(sub, "key", _("make an API key for a registry client"))
    keys.add_argument("id", help=_("who will hold it, e.g. registry-cr (appears in the logs)"))
    keys.add_argument(
        "--scopes", default="screen,batch,law,lab", help=_("comma-separated (default: all four)")
    )
    keys.set_defaults(command=key, needs_engine=False)


def serve(_, args) -> int:
    from service.api.serve import serve as run

    return run(args)


def key(_, args) -> int:
    from pydantic import ValidationError

    from schemas.errors import problems
    from service.api.config import ApiKey, hash_key, new_key

    key = new_key()
    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    entry = {"id": args.id, "sha256": hash_key(key), "scopes": scopes}
    try:  # the service's own validation, so the printed lines are accepted as they are
        ApiKey.model_validate(entry)
    except ValidationError as error:
        for p in problems(error):
            print(f"nationality key: {p.field}: {p.problem}", file=sys.stderr)
        return 2
    print(f"API key for {args.id} (give it to the client; it is not kept anywhere):\n  {key}\n")
    print("In the config file:")
    print(f'  [[keys]]\n  id = "{args.id}"\n  sha256 = "{entry["sha256"]}"')
    print(f"  scopes = {json.dumps(scopes)}\n")
    print(f"Or in NATIONALITY_API_KEYS:\n  {args.id}:{entry['sha256']}:{'+'.join(scopes)}")
    return 0
