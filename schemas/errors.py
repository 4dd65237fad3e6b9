"""Validation errors as (field, problem) pairs: what every interface shows for bad input."""

from pydantic import BaseModel, ValidationError


class FieldProblem(BaseModel):
    field: str
    problem: str


def field_path(loc: tuple) -> str:
    """('parents', 0, 'nationalities', 1, 'acquired') -> 'parents[0].nationalities[1].acquired'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(document)"


def problems(error: ValidationError) -> list[FieldProblem]:
    out = []
    for err in error.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if p not in ("function-after", "function-before"))
        ctx = err.get("ctx") or {}
        if err["type"] == "inconsistent":
            loc = (*loc, ctx["field"]) if loc else (ctx["field"],)
            message = ctx["problem"]
        elif err["type"] == "extra_forbidden":
            message = "unknown field (not part of the format; check its spelling)"
        elif err["type"] == "missing":
            message = "is required"
        else:
            message = err["msg"].removeprefix("Value error, ")
        out.append(FieldProblem(field=field_path(loc), problem=message))
    return out
