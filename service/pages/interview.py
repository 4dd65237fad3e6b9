"""The caseworker's guided interview: its questions, which of them matter, and form <-> case.

The form has fixed slots (two parents with two nationalities each, three acts, two residence
periods...), named flatly (`p0_n1_country`) so a plain HTML form posts them; `case_from_form`
turns the answers into a case in the case format, `form_from_case` does the reverse for an
uploaded file. A question is asked when some state in play reads a fact it feeds: the states in
play are those the answers name, the facts each reads come from its rules (`relevance`), and
which fact a question feeds comes from the fact vocabulary's sources (schemas/facts.py). So no
question about a parent's immigration status is asked unless a rule of a state in play reads it.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pydantic import ValidationError

from engine.loader import Law
from schemas.case import Case
from schemas.conditions import fields_read
from schemas.errors import N_, problems
from schemas.facts import COLLECTIONS, PERSON
from service.pages import countries as country_names
from service.pages.questions import (
    ALWAYS,
    CASE_QUESTIONS,
    GRANDPARENT_QUESTIONS,
    GRANDPARENTS,
    NATIONALITIES,
    NATIONALITY_QUESTIONS,
    ONLY_IF,
    PARENT_QUESTIONS,
    PARENTS,
    PERSON_QUESTIONS,
    SELDOM,
    SLOTS,
    STAY_QUESTIONS,
    STAYS,
    Question,
)


class TooManyForForm(ValueError):
    """A case with more entries than the form has places for: load it through the API or CLI."""


# -- which questions matter ------------------------------------------------------------------


def relevance(law: Law) -> dict[str, set[str]]:
    """Per state, the facts ('collection.field') its rules and their requirements read."""
    read = {}
    for country, country_law in law.countries.items():
        read[country] = {
            f"{coll}.{name}"
            for rule in country_law.rules
            for cond in (rule.cond, *rule.met)
            for coll, name in fields_read(cond)
        }
    return read


class Interview:
    """The questions worth asking under one body of law, and the checks of the answers so far."""

    def __init__(self, law: Law):
        self.states = set(law.countries)
        self.read = relevance(law)

    def states_in_play(self, form: dict) -> list[str]:
        """The encoded states the answers name (where born, found, registered, nationals of...)."""
        named = [c for codes in read_countries(form)[0].values() for c in codes]
        return [c for c in dict.fromkeys(named) if c in self.states]

    def shown(self, form: dict) -> set[str]:
        """The form fields to ask, given the answers so far: a section is asked when one of its
        questions feeds a fact a state in play reads, and then with the fields its rows need."""
        wanted = set().union(*(self.read[c] for c in self.states_in_play(form)))
        asked = {key for key, facts in _feeds().items() if facts & wanted} | ALWAYS
        foundling = _clean(form.get("foundling")) == "on"
        out = set()
        for section, fields in _sections():
            if re.fullmatch(r"p\d+", section) and foundling:
                continue  # a foundling's parents are unknown: nothing to ask about them
            if any(question_key(name) in asked for name, _ in fields):
                out |= {
                    name
                    for name, q in fields
                    if (question_key(name) in asked or q.required) and _applies(form, name, q)
                }
        return out

    def check(self, form: dict, gettext=None, lang: str = "en") -> dict:
        """What the page needs while the caseworker types: the fields to ask, the problems
        of the answers so far beside their field (`errors`) or, with no field to show them in,
        apart (`general`), and the countries each country box was read as (`countries`)."""
        errors, general = {}, []
        try:
            Case.model_validate(case_from_form(form))
        except ValidationError as error:
            for p in problems(error, gettext):
                name = form_field(p.field)
                if name is None:
                    general.append(f"{p.field}: {p.problem}")
                else:
                    errors.setdefault(name, p.problem)
        read, unread = read_countries(form)
        words = gettext or (lambda message: message)
        errors |= {name: problem.message(lang, words) for name, problem in unread.items()}
        # a field with a problem stays in view, so it can be put right
        show = self.shown(form) | set(errors)
        return {
            "show": sorted(show),
            "errors": errors,
            "general": general,
            "countries": {name: country_names.label(codes, lang) for name, codes in read.items()},
        }


@lru_cache(maxsize=1)
def _feeds() -> dict[str, set[str]]:
    """Question key ('p_status_in_birth_country') -> the facts derived from its answer."""
    tables = {"person": PERSON} | {coll: row for coll, (_, row) in COLLECTIONS.items()}
    feeds = defaultdict(set)
    for coll, row in tables.items():
        for fact, field in row.items():
            for source in (field.source, *field.also):
                source = source.format(i=0, j=0, coll=coll)
                if source.endswith(("nationalities", "residence")):  # a list: its rows' country
                    source += "[0].country"
                name = form_field(source)
                if name:
                    feeds[question_key(name)].add(f"{coll}.{fact}")
    return feeds


@lru_cache(maxsize=4096)
def question_key(form_name: str) -> str:
    """'p0_n1_country' -> 'p_n_country': the question, whatever its slot."""
    return re.sub(r"(?<=[a-z])\d+(?=_)", "", form_name)


def _applies(form: dict, name: str, question: Question) -> bool:
    if question.name not in ONLY_IF:
        return True
    other, values = ONLY_IF[question.name]
    return _clean(form.get(name.removesuffix(question.name) + other)) in values


# -- the form's layout -----------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """One fieldset: a slot of the form (the first parent, the second act...)."""

    id: str
    legend: str
    n: int  # the slot's number from 1; 0 for the one and only
    fields: tuple  # ((form field, Question), ...)
    parts: tuple = ()  # nested sections: a parent's nationalities
    collapsed: bool = False  # an extra slot, folded until used

    def all_fields(self) -> tuple:
        return self.fields + tuple(f for part in self.parts for f in part.fields)


def _slot(prefix: str, k: int, slots: int, legend: str, questions, **more) -> Section:
    fields = tuple((f"{prefix}{k}_{q.name}", q) for q in questions)
    return Section(f"{prefix}{k}", legend, k + 1 if slots > 1 else 0, fields, **more)


def _nationalities(prefix: str) -> tuple:
    return tuple(
        _slot(
            f"{prefix}_n",
            j,
            NATIONALITIES,
            N_("Nationality"),
            NATIONALITY_QUESTIONS,
            collapsed=j > 0,
        )
        for j in range(NATIONALITIES)
    )


def _stays(prefix: str) -> tuple:
    """A parent's own periods of residence: asked only where a state in play reads them."""
    return tuple(
        _slot(f"{prefix}_r", k, STAYS, N_("Parent's stay"), STAY_QUESTIONS, collapsed=k > 0)
        for k in range(STAYS)
    )


@lru_cache(maxsize=1)
def layout() -> tuple:
    """The page's groups in the order it asks them: (title, (Section, ...))."""
    person = tuple((q.name, q) for q in (*CASE_QUESTIONS, *PERSON_QUESTIONS))
    groups = [
        (N_("The person"), (Section("person", N_("The person"), 0, person),)),
        (
            N_("Parents"),
            tuple(
                _slot(
                    "p",
                    i,
                    PARENTS,
                    N_("Parent"),
                    PARENT_QUESTIONS,
                    parts=_nationalities(f"p{i}") + _stays(f"p{i}"),
                )
                for i in range(PARENTS)
            ),
        ),
    ]
    for coll, (prefix, slots, title, legend, questions) in SLOTS.items():
        sections = tuple(
            _slot(prefix, k, slots, legend, questions, collapsed=k > 0 or coll in SELDOM)
            for k in range(slots)
        )
        groups.append((title, sections))
    grandparents = tuple(
        _slot(
            "g",
            k,
            GRANDPARENTS,
            N_("Grandparent"),
            GRANDPARENT_QUESTIONS,
            parts=_nationalities(f"g{k}"),
            collapsed=True,  # seldom needed, but a grandparent's birthplace can bring a state in
        )
        for k in range(GRANDPARENTS)
    )
    groups.append((N_("Grandparents"), grandparents))
    return tuple(groups)


@lru_cache(maxsize=1)
def _sections() -> tuple:
    """(section id, ((form field, question), ...)) for every slot, nested ones included."""
    return tuple((s.id, s.all_fields()) for _, sections in layout() for s in sections)


@lru_cache(maxsize=1)
def _form_fields() -> frozenset[str]:
    return frozenset(name for _, fields in _sections() for name, _ in fields)


# -- answers <-> case ------------------------------------------------------------------------


def case_from_form(form: dict) -> dict:
    """A case (in the case format) from the form's answers; empty answers are left out, so the
    case says only what the caseworker said."""
    case = _answers(form, "", CASE_QUESTIONS)
    case["person"] = {"foundling": False, **_answers(form, "", PERSON_QUESTIONS)}
    for coll, (prefix, slots, _title, _legend, questions) in SLOTS.items():
        case["person"][coll] = _rows(form, prefix, slots, questions)
    case["parents"] = _people(form, "p", PARENTS, PARENT_QUESTIONS)
    case["grandparents"] = _people(form, "g", GRANDPARENTS, GRANDPARENT_QUESTIONS)
    return case


def form_from_case(case: dict) -> dict[str, str]:
    """The form's answers for a case (an uploaded file), so it can be reviewed and changed."""
    form: dict[str, str] = {}
    person = case.get("person") or {}
    _put(form, "", case, CASE_QUESTIONS)
    _put(form, "", person, PERSON_QUESTIONS)
    for coll, (prefix, slots, _title, _legend, questions) in SLOTS.items():
        for k, row in enumerate(_fit(person.get(coll), slots, coll)):
            _put(form, f"{prefix}{k}_", row, questions)
    for prefix, key, slots, questions in (
        ("p", "parents", PARENTS, PARENT_QUESTIONS),
        ("g", "grandparents", GRANDPARENTS, GRANDPARENT_QUESTIONS),
    ):
        for i, someone in enumerate(_fit(case.get(key), slots, key)):
            _put(form, f"{prefix}{i}_", someone, questions)
            nationalities = _fit(someone.get("nationalities"), NATIONALITIES, "nationalities")
            for j, held in enumerate(nationalities):
                _put(form, f"{prefix}{i}_n{j}_", held, NATIONALITY_QUESTIONS)
            for k, stay in enumerate(_fit(someone.get("residence"), STAYS, "residence")):
                _put(form, f"{prefix}{i}_r{k}_", stay, STAY_QUESTIONS)
    return form


def form_field(path: str) -> str | None:
    """The form field where a problem with a case field is shown ('person.registrations[1].date'
    -> 'reg1_date'), or None when the form has no such field."""
    parts = path.replace("]", "").replace("[", ".").split(".")
    name = None
    if parts[0] == "person" and len(parts) in (2, 3) and parts[1] in _names(PERSON_QUESTIONS):
        name = parts[1]  # a list of countries shows its problems at its one box
    elif parts[0] == "person" and len(parts) == 4 and parts[1] in SLOTS:
        name = f"{SLOTS[parts[1]][0]}{parts[2]}_{parts[3]}"
    elif parts[0] in ("parents", "grandparents") and len(parts) in (3, 5):
        name = f"{parts[0][0]}{parts[1]}_"
        nested = {"nationalities": "n", "residence": "r"}.get(parts[2])
        name += f"{nested}{parts[3]}_{parts[4]}" if len(parts) == 5 and nested else parts[2]
    elif len(parts) == 1 and parts[0] in _names(CASE_QUESTIONS):
        name = parts[0]
    return name if name in _form_fields() else None


def _names(questions) -> set[str]:
    return {q.name for q in questions}


def _answers(form: dict, prefix: str, questions) -> dict:
    row = {}
    for q in questions:
        answer = _clean(form.get(prefix + q.name))
        if q.kind == "check":
            if answer is not None:
                row[q.name] = answer == "on"
        elif answer is None or answer == q.default:
            continue  # the case format assumes the default: an untouched select says nothing
        elif q.kind == "yesno":
            if answer in ("yes", "no"):
                row[q.name] = answer == "yes"
        elif q.kind in ("country", "countries"):
            row[q.name] = _country_codes(answer, q.kind)
        else:
            row[q.name] = answer
    return row


def _rows(form: dict, prefix: str, slots: int, questions) -> list[dict]:
    rows = [_answers(form, f"{prefix}{k}_", questions) for k in range(slots)]
    return [row for row in rows if row]


def _people(form: dict, prefix: str, slots: int, questions) -> list[dict]:
    """The parents (or grandparents) answered: each with the nationalities answered and, for a
    parent whose stays were answered, those (left out otherwise: not recorded, so unknown)."""
    people = []
    for i in range(slots):
        someone = _answers(form, f"{prefix}{i}_", questions)
        held = _rows(form, f"{prefix}{i}_n", NATIONALITIES, NATIONALITY_QUESTIONS)
        stays = _rows(form, f"{prefix}{i}_r", STAYS, STAY_QUESTIONS) if prefix == "p" else []
        if stays:
            someone["residence"] = stays
        if someone or held:
            people.append({**someone, "nationalities": held})
    return people


def _put(form: dict, prefix: str, row: dict, questions) -> None:
    for q in questions:
        value = row.get(q.name)
        if value is None or value == []:
            continue
        if q.kind == "check":
            if value:
                form[prefix + q.name] = "on"
        elif q.kind == "yesno":
            form[prefix + q.name] = "yes" if value else "no"
        elif q.kind == "countries":
            form[prefix + q.name] = ", ".join(value)
        else:
            form[prefix + q.name] = str(value)


def _fit(rows, slots: int, what: str) -> list:
    rows = rows or []
    if len(rows) > slots:
        raise TooManyForForm(f"the form has room for {slots} {what}; this case has {len(rows)}")
    return rows


def _clean(value):
    value = value.strip() if isinstance(value, str) else value
    return value or None


# -- countries by name ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def country_boxes() -> dict[str, str]:
    """The form's country boxes: form field -> 'country' (one) or 'countries' (a list)."""
    return {
        name: q.kind
        for _, fields in _sections()
        for name, q in fields
        if q.kind in ("country", "countries")
    }


def read_countries(form: dict) -> tuple[dict, dict]:
    """The countries each answered country box names (field -> codes), and the boxes that name
    none, or several where one is asked (field -> NotACountry)."""
    read, unread = {}, {}
    for name, kind in country_boxes().items():
        answer = _clean(form.get(name))
        if not isinstance(answer, str):
            continue
        try:
            codes = _country_codes(answer, kind, strict=True)
            read[name] = codes if kind == "countries" else [codes]
        except country_names.NotACountry as problem:
            unread[name] = problem
    return read, unread


def _country_codes(answer: str, kind: str, strict: bool = False):
    """The code (or, for a list, the codes) an answer names. An answer read as no country is
    kept as typed, so the case format refuses it and the page says why: never a guess."""
    try:
        if kind == "countries":
            return country_names.countries(answer)
        return country_names.country(answer)
    except country_names.NotACountry:
        if strict:
            raise
        return [answer] if kind == "countries" else answer


def countries_named(form: dict, lang: str) -> dict:
    """The answers with each country box that names countries showing their names in `lang`
    (a loaded case's codes, a name typed in the other language, 'EEUU'), so a caseworker
    reads what is screened; a box not read keeps what was typed, beside its problem."""
    read, _ = read_countries(form)
    named = {
        name: ", ".join(country_names.name(c, lang) for c in codes) for name, codes in read.items()
    }
    return {**form, **named}
