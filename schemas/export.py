"""JSON Schemas of the case, the determination, the rule and reform files, and the reform lab's
requests, for integrators and editors.

`nationality schemas` writes them to schemas/json/; a test fails when the files there are stale.
"""

import json
from pathlib import Path

from schemas.case import Case
from schemas.codes import COUNTRY_CODES
from schemas.conditions import JSON_SCHEMA as CONDITION
from schemas.determination import BatchLine, CaseError, Determination
from schemas.lab import AuditRequest, ImpactRequest
from schemas.reform import Reform
from schemas.rulepack import Pack, RuleFile
from schemas.scorecard import Scorecard, ScorecardRequest

MODELS = {
    "case": Case,
    "determination": Determination,
    "case-error": CaseError,
    "batch-line": BatchLine,
    "rule-file": RuleFile,
    "pack": Pack,
    "reform": Reform,
    "impact-request": ImpactRequest,
    "audit-request": AuditRequest,
    "scorecard": Scorecard,
    "scorecard-request": ScorecardRequest,
}
# what the engine writes, not what it reads
OUTPUTS = ("determination", "case-error", "batch-line", "scorecard")


# closed lists that many fields share: one named definition each, so a code generator makes one
# type of each (one CountryCode enum, not one per field)
COUNTRY_CODE = {
    "type": "string",
    "description": "ISO 3166-1 alpha-2 country code",
    "enum": sorted(COUNTRY_CODES),
}


def schema(name: str) -> dict:
    model = MODELS[name]
    mode = "serialization" if name in OUTPUTS else "validation"
    doc = model.model_json_schema(by_alias=True, mode=mode)
    if name == "rule-file":
        doc.setdefault("$defs", {})["Condition"] = {
            k: v for k, v in CONDITION.items() if k != "$id"
        }
    if share(doc, {"CountryCode": COUNTRY_CODE}, "#/$defs/{model}"):
        doc.setdefault("$defs", {})["CountryCode"] = COUNTRY_CODE
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **doc}


def share(doc: dict, named: dict[str, dict], ref: str) -> bool:
    """Every inline copy of a named enum in `doc` replaced by a reference to its definition
    (its own description kept); whether there was one."""
    by_values = {tuple(definition["enum"]): name for name, definition in named.items()}
    found, pending = False, [doc]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            name = by_values.get(tuple(item.get("enum", ())))
            if name is not None and item is not named[name]:
                kept = {
                    k: v
                    for k, v in item.items()
                    if k not in ("type", "enum", "title") and named[name].get(k) != v
                }
                item.clear()
                item.update({"$ref": ref.format(model=name), **kept})
                found = True
            pending.extend(item.values())
    return found


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    return written
