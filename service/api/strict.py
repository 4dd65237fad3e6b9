"""JSON as the service accepts it, and text as it can send it back.

Python's `json` reads more than JSON: `NaN`, `Infinity`, numbers past a float's range (`1e999`
becomes infinity) and an object's key given twice (the last silently wins). Each is refused
here as not JSON, on every JSON endpoint and every NDJSON line, naming the problem.

JSON may also carry a lone surrogate (`"\\ud800"`): a string Python holds but UTF-8 cannot
encode. What the service echoes of a value is escaped, so an error answer is always sendable,
and a case that carries one is named by the field that holds it.
"""

import json
import math

SHOWN = 40  # characters of a value an error message echoes, at most


class NonStandardJSON(ValueError):
    """Parses under Python's rules, but is not JSON (RFC 8259) or says a key twice."""


def loads(text: str | bytes):
    """`json.loads`, refusing what is not standard JSON with a NonStandardJSON naming it."""
    return json.loads(text, parse_constant=_constant, parse_float=_float, object_pairs_hook=_object)


def _constant(name: str):
    raise NonStandardJSON(f"{name} is not a JSON value")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise NonStandardJSON(f"the number {shown(text)} is too large")
    return value


def _object(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) < len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise NonStandardJSON(f"the key {shown(twice)} is given twice in one object")
    return found


def escaped(text: str) -> str:
    """`text` with each lone surrogate written as its escape (\\ud800), so it can be sent."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def shown(value: str) -> str:
    """A value as an error message quotes it: escaped, and cut short when long."""
    text = escaped(value)
    return repr(text if len(text) <= SHOWN else text[:SHOWN] + "…")


def unencodable(data) -> str | None:
    """The field path of the first key or string in `data` that UTF-8 cannot encode (a lone
    surrogate), or None. Walked without recursion: the data may be nested deeply."""
    pending = [("", data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str) and not _encodable(value):
            return path or "(document)"
        items = value.items() if isinstance(value, dict) else ()
        items = enumerate(value) if isinstance(value, list) else items
        inner = []
        for key, item in items:
            if isinstance(key, str) and not _encodable(key):
                return escaped(f"{path}.{key}" if path else key)
            where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key
            inner.append((where, item))
        pending.extend(reversed(inner))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
