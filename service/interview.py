"""The caseworker's guided interview: which questions matter, and form answers <-> a case.

The form has fixed slots (two parents with two nationalities each, three acts, two residence
periods...), named flatly so a plain HTML form posts them; `case_from_form` turns them into a
case in the case format, and `form_from_case` does the reverse for an uploaded file. Which
questions are worth asking depends on the states in play: `relevance` lists, per state, the facts
its rules read, so the page asks a parent's immigration status only where some rule reads it.
"""

from engine.loader import Law
from schemas.conditions import fields_read

PARENTS, NATIONALITIES, ACTS, RESIDENCES, GRANDPARENTS = 2, 2, 3, 2, 2

PERSON_FIELDS = (
    "birth_date",
    "birth_country",
    "birth_place_kind",
    "vessel_flag",
    "found_in",
    "sex",
)
SLOTS = {  # collection -> (form prefix, slots, fields)
    "registrations": ("reg", ACTS, ("country", "act", "date", "by")),
    "residence": ("res", RESIDENCES, ("country", "from", "to", "status")),
    "naturalizations": ("nat", 1, ("country", "date")),
    "renunciations": ("ren", 1, ("country", "date")),
    "marriages": ("mar", 1, ("spouse_nationality", "kind", "from", "to")),
}
PERSON_EXTRAS = ("foundling", "birth_registered_in")  # a checkbox and a list of countries
PARENT_FIELDS = ("role", "legal_parentage", "acknowledged_on", "born_in", "status_in_birth_country")
NATIONALITY_FIELDS = ("country", "acquired", "acquired_on")
GRANDPARENT_FIELDS = ("line", "role", "born_in", "born_on", "died_on")
BELIZE_FLAGS = ("cukc_on_1981_09_20", "alive_on_1981_09_21")


class TooManyForForm(ValueError):
    """A case with more entries than the form has places for: load it through the API or CLI."""


def relevance(law: Law) -> dict[str, list[str]]:
    """Per state, the facts ('collection.field') its rules and their requirements read."""
    read = {}
    for country, country_law in law.countries.items():
        fields = set()
        for rule in country_law.rules:
            for cond in (rule.cond, *rule.met):
                fields |= {f"{coll}.{name}" for coll, name in fields_read(cond)}
        read[country] = sorted(fields)
    return read


def case_from_form(form: dict) -> dict:
    """A case (in the case format) from the form's answers; empty answers are left out, so the
    case says only what the caseworker said."""
    get = _getter(form)
    person = {name: get(name) for name in PERSON_FIELDS if get(name) is not None}
    person["foundling"] = get("foundling") == "on"
    if get("birth_registered_in") is not None:
        person["birth_registered_in"] = _country_list(get("birth_registered_in"))
    for coll, (prefix, slots, fields) in SLOTS.items():
        person[coll] = _rows(get, prefix, slots, fields)
    case = {"person": person, "parents": [], "grandparents": []}
    for key in ("id", "as_of"):
        if get(key) is not None:
            case[key] = get(key)
    if get("parents_married_at_birth") in ("yes", "no"):
        case["parents_married_at_birth"] = get("parents_married_at_birth") == "yes"
    for i in range(PARENTS):
        if get(f"p{i}_role") is None:
            continue
        parent = {f: get(f"p{i}_{f}") for f in PARENT_FIELDS if get(f"p{i}_{f}") is not None}
        parent["nationalities"] = _rows(get, f"p{i}_n", NATIONALITIES, NATIONALITY_FIELDS)
        case["parents"].append(parent)
    for k in range(GRANDPARENTS):
        if get(f"g{k}_line") is None:
            continue
        grandparent = {
            f: get(f"g{k}_{f}") for f in GRANDPARENT_FIELDS if get(f"g{k}_{f}") is not None
        }
        for flag in BELIZE_FLAGS:
            if get(f"g{k}_{flag}") in ("yes", "no"):
                grandparent[flag] = get(f"g{k}_{flag}") == "yes"
        grandparent["nationalities"] = _rows(get, f"g{k}_n", NATIONALITIES, NATIONALITY_FIELDS)
        case["grandparents"].append(grandparent)
    return case


def form_from_case(case: dict) -> dict[str, str]:
    """The form's answers for a case (an uploaded file), so it can be reviewed and changed."""
    form: dict[str, str] = {}
    person = case.get("person") or {}
    for key in ("id", "as_of"):
        _put(form, key, case.get(key))
    for name in PERSON_FIELDS:
        _put(form, name, person.get(name))
    if person.get("foundling"):
        form["foundling"] = "on"
    if person.get("birth_registered_in"):
        form["birth_registered_in"] = ", ".join(person["birth_registered_in"])
    married = case.get("parents_married_at_birth")
    if married is not None:
        form["parents_married_at_birth"] = "yes" if married else "no"
    for coll, (prefix, slots, fields) in SLOTS.items():
        _put_rows(form, prefix, _fit(person.get(coll), slots, coll), fields)
    for i, parent in enumerate(_fit(case.get("parents"), PARENTS, "parents")):
        for field in PARENT_FIELDS:
            _put(form, f"p{i}_{field}", parent.get(field))
        nationalities = _fit(parent.get("nationalities"), NATIONALITIES, "nationalities")
        _put_rows(form, f"p{i}_n", nationalities, NATIONALITY_FIELDS)
    for k, grandparent in enumerate(_fit(case.get("grandparents"), GRANDPARENTS, "grandparents")):
        for field in GRANDPARENT_FIELDS:
            _put(form, f"g{k}_{field}", grandparent.get(field))
        for flag in BELIZE_FLAGS:
            if grandparent.get(flag) is not None:
                form[f"g{k}_{flag}"] = "yes" if grandparent[flag] else "no"
        nationalities = _fit(grandparent.get("nationalities"), NATIONALITIES, "nationalities")
        _put_rows(form, f"g{k}_n", nationalities, NATIONALITY_FIELDS)
    return form


def form_field(path: str) -> str | None:
    """The form field where a problem with a case field is shown ('person.registrations[1].date'
    -> 'reg1_date'), or None when the form has no such field."""
    parts = path.replace("]", "").replace("[", ".").split(".")
    if parts[0] == "person" and len(parts) == 2:
        return parts[1] if parts[1] in (*PERSON_FIELDS, *PERSON_EXTRAS) else None
    if parts[:2] == ["person", "birth_registered_in"]:
        return "birth_registered_in"
    if parts[0] == "person" and len(parts) == 4 and parts[1] in SLOTS:
        return f"{SLOTS[parts[1]][0]}{parts[2]}_{parts[3]}"
    if parts[0] == "parents" and len(parts) == 3:
        return f"p{parts[1]}_{parts[2]}"
    if parts[0] == "parents" and len(parts) == 5 and parts[2] == "nationalities":
        return f"p{parts[1]}_n{parts[3]}_{parts[4]}"
    if parts[0] == "grandparents" and len(parts) == 5 and parts[2] == "nationalities":
        return f"g{parts[1]}_n{parts[3]}_{parts[4]}"
    if parts[0] == "grandparents" and len(parts) == 3:
        return f"g{parts[1]}_{parts[2]}"
    if parts[0] in ("as_of", "id", "parents_married_at_birth") and len(parts) == 1:
        return parts[0]
    return None


def _country_list(answer: str) -> list[str]:
    """'CR, ni' -> ['CR', 'NI']: one text box holds the registries that have the birth record."""
    return [code.strip().upper() for code in answer.replace(";", ",").split(",") if code.strip()]


def _fit(rows, slots: int, what: str) -> list:
    rows = rows or []
    if len(rows) > slots:
        raise TooManyForForm(f"the form has room for {slots} {what}; this case has {len(rows)}")
    return rows


def _getter(form: dict):
    def get(name: str):
        value = form.get(name)
        value = value.strip() if isinstance(value, str) else value
        return value or None

    return get


def _rows(get, prefix: str, slots: int, fields: tuple[str, ...]) -> list[dict]:
    rows = []
    for k in range(slots):
        row = {f: get(f"{prefix}{k}_{f}") for f in fields}
        if any(v is not None for v in row.values()):
            rows.append({f: v for f, v in row.items() if v is not None})
    return rows


def _put(form: dict, name: str, value) -> None:
    if value is not None:
        form[name] = str(value)


def _put_rows(form: dict, prefix: str, rows, fields: tuple[str, ...]) -> None:
    for k, row in enumerate(rows or []):
        for field in fields:
            _put(form, f"{prefix}{k}_{field}", row.get(field))
