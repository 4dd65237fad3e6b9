"""What code generators read in the OpenAPI document: one short name per operation, and one
component for each closed list that many fields share.

Generators turn an operationId into a function or module name and each inline enum into a type
of its own, so FastAPI's defaults (`screen_v1_screen_post`, the country codes copied into every
field) cost an integrator fourteen incompatible enums and unreadable names. The names follow one
scheme: a POST is named by what it does (`screen`, `batch`, `reformImpact`, `audit`); a GET by
what it reads, `get<Thing>` for one and `list<Things>` for many.
"""

from schemas.export import COUNTRY_CODE, share

OPERATION_IDS = {
    ("post", "/v1/screen"): "screen",
    ("post", "/v1/batch"): "batch",
    ("get", "/v1/rulepack"): "getRulePack",
    ("get", "/v1/countries"): "listCountries",
    ("get", "/v1/rules"): "listRules",
    ("get", "/v1/rules/{rule_id}"): "getRule",
    ("get", "/v1/reforms"): "listReforms",
    ("post", "/v1/reforms/impact"): "reformImpact",
    ("post", "/v1/audit"): "audit",
    ("get", "/v1/scorecard"): "getScorecard",
    ("post", "/v1/scorecard"): "scorecard",
    ("get", "/v1/schemas/{name}"): "getSchema",
    ("get", "/v1/problems/{kind}"): "getProblemType",
    ("get", "/healthz"): "getHealth",
    ("get", "/readyz"): "getReadiness",
}
LANG = {
    "type": "string",
    "description": "the language of titles, reasons and authorities",
    "enum": ["es", "en"],
}
SHARED = {"CountryCode": COUNTRY_CODE, "Lang": LANG}


def for_generators(doc: dict, ref: str) -> None:
    """Short operationIds, and the shared enums as components referenced wherever they occur."""
    for path, methods in doc["paths"].items():
        for method, operation in methods.items():
            operation["operationId"] = OPERATION_IDS[(method, path)]
    components = doc["components"]["schemas"]
    share(doc, SHARED, ref)
    components.update(SHARED)
