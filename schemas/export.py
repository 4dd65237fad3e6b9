"""JSON Schemas of the case, the determination, the rule and reform files, and the reform lab's
requests, for integrators and editors.

`nationality schemas` writes them to schemas/json/; a test fails when the files there are stale.
"""

import json
from pathlib import Path

from schemas.case import Case
from schemas.conditions import JSON_SCHEMA as CONDITION
from schemas.determination import CaseError, Determination
from schemas.lab import AuditRequest, ImpactRequest
from schemas.reform import Reform
from schemas.rulepack import Pack, RuleFile
from schemas.scorecard import Scorecard, ScorecardRequest

MODELS = {
    "case": Case,
    "determination": Determination,
    "case-error": CaseError,
    "rule-file": RuleFile,
    "pack": Pack,
    "reform": Reform,
    "impact-request": ImpactRequest,
    "audit-request": AuditRequest,
    "scorecard": Scorecard,
    "scorecard-request": ScorecardRequest,
}


def schema(name: str) -> dict:
    model = MODELS[name]
    mode = "serialization" if name in ("determination", "case-error", "scorecard") else "validation"
    doc = model.model_json_schema(by_alias=True, mode=mode)
    if name == "rule-file":
        doc.setdefault("$defs", {})["Condition"] = {
            k: v for k, v in CONDITION.items() if k != "$id"
        }
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **doc}


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    return written
