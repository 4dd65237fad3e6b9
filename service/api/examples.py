"""The data the OpenAPI document's examples are made from: cases, lab requests, a reform with
faults. Each example answer is made from these by the running service (service/api/openapi.py),
so the document shows what the service says."""

from engine.loader import Law
from engine.prepare import PreparedRule
from schemas.codes import COUNTRY_CODES
from schemas.lab import SHIPPED

EXAMPLE_RULE = "CR.birth.soli_foreign_parents"

# A girl born in Costa Rica to a Nicaraguan mother in an irregular situation, never registered:
# Costa Rica still lets her register herself until the day before her 25th birthday.
EXAMPLE_CASE = {
    "id": "EXAMPLE-CR-1",
    "as_of": "2025-06-01",
    "person": {
        "birth_date": "2001-02-14",
        "birth_country": "CR",
        "sex": "F",
        "residence": [{"country": "CR", "from": "2001-02-14", "status": "irregular"}],
    },
    "parents": [
        {
            "role": "mother",
            "nationalities": [{"country": "NI", "acquired": "birth"}],
            "born_in": "NI",
            "status_in_birth_country": "irregular",
        },
        {"role": "father", "legal_parentage": "unknown"},
    ],
    "parents_married_at_birth": False,
}

# A child found in Honduras, parents unknown.
FOUNDLING_CASE = {
    "id": "EXAMPLE-HN-2",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2020-05-01", "foundling": True, "found_in": "HN"},
    "parents": [{"role": "mother", "legal_parentage": "unknown"}],
}

# Two faults at once: a misspelt field and an unknown country code.
INVALID_CASE = {
    "id": "BAD-1",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2001-02-14", "birth_contry": "CR"},
    "parents": [{"role": "mother", "nationalities": [{"country": "XX", "acquired": "birth"}]}],
}


# Children born in Costa Rica whose father is unknown, after the shipped Costa Rica reform takes
# effect: a population small enough to answer at once.
IMPACT_EXAMPLE = {
    "shipped": SHIPPED,
    "population": {
        "sample": 20,
        "as_of": "2027-06-01",
        "axes": {"birth_country": ["CR"], "father.nationality": ["unknown"]},
    },
    "examples": 1,
}

# The example case with each protected fact flipped: which of Costa Rica's rules depend on one.
AUDIT_EXAMPLE = {
    "countries": ["CR"],
    "witnesses": False,
    "population": {"cases": [EXAMPLE_CASE]},
    "examples": 1,
}

# A reform with three faults: no rationale, a day that does not exist, a change that sets nothing.
INVALID_REFORM = {
    "title": {"es": "Reforma", "en": "Reform"},
    "effective": "2027-02-30",
    "operations": [{"change": "CR.birth.soli_foreign_parents"}],
}


def unencoded(law: Law) -> str:
    """A state the examples name as having no rule pack: Argentina, unless it has one."""
    return next(c for c in ("AR", *sorted(COUNTRY_CODES)) if c not in law.countries)


def example_rule(law: Law) -> PreparedRule:
    """The rule the examples show: CR's ius soli with registration, when the law has it."""
    try:
        return law.rule(EXAMPLE_RULE)
    except KeyError:
        return next(iter(law.countries.values())).rules[0]
