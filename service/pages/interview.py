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
from functools import lru_cache

from pydantic import ValidationError

from engine.loader import Law
from schemas.case import Case
from schemas.conditions import fields_read
from schemas.errors import cut, problems
from schemas.facts import COLLECTIONS, PERSON
from service.pages import countries as country_names
from service.pages.layout import (
    _all_sections,
    _form_fields,
    _page_order,
    _questions,
    _sections,
)
from service.pages.plain import plain, read_date
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
    SLOTS,
    STAY_QUESTIONS,
    STAYS,
    UNKNOWN_PARENT,
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
            if re.fullmatch(r"p\d+", section) and not _known(form, section):
                fields = tuple(f for f in fields if not _PARENTAGE.fullmatch(f[0]))
            if any(question_key(name) in asked for name, _ in fields):
                out |= {
                    name
                    for name, q in fields
                    if (question_key(name) in asked or q.required) and _applies(form, name, q)
                }
        return out

    def check(self, form: dict, gettext=None, lang: str = "en") -> dict:
        """What the page needs while the caseworker types: the fields to ask, those that may not
        be left empty, the problems of the answers so far beside their field (`errors`, in the
        page's order) or, with no field to show them in, apart (`general`), and the countries
        each country box was read as (`countries`)."""
        errors, general = _form_problems(form, gettext or str), []
        try:
            Case.model_validate(case_from_form(form))
        except ValidationError as error:
            for p in problems(error, plain(gettext or str)):
                name = problem_field(p.field, form)
                if name is None:
                    general.append(p.problem)
                else:
                    errors.setdefault(name, p.problem)
        read, unread = read_countries(form)
        words = gettext or (lambda message: message)
        errors |= {name: problem.message(lang, words) for name, problem in unread.items()}
        errors = {name: errors[name] for name in sorted(errors, key=_page_order().index)}
        # a field with a problem stays in view, so it can be put right
        show = self.shown(form) | set(errors)
        return {
            "show": sorted(show),
            "required": sorted(_required(form)),
            "errors": errors,
            "general": general,
            "countries": {name: country_names.label(codes, lang) for name, codes in read.items()},
        }


def opened(form: dict, errors) -> set[str]:
    """The folded sections (and parts) to show open: those holding an answer or a problem, never
    one whose fields were merely posted empty (a redraw posts them all)."""
    return {
        part.id
        for section in _all_sections()
        for part in (section, *section.parts)
        if any(_given(form, name, q) or name in errors for name, q in part.all_fields())
    }


def _required(form: dict) -> set[str]:
    """The fields that may not be left empty now: the date of birth, and the required fields of
    each section or part that holds an answer (an empty slot is simply left out)."""
    out = {"birth_date"}
    for section in _all_sections():
        for part in (section, *section.parts):
            if any(_given(form, name, q) for name, q in part.all_fields()):
                out |= {name for name, q in part.fields if q.required}
    return out


def _given(form: dict, name: str, question: Question) -> bool:
    """Whether the caseworker answered: an empty box or an untouched default says nothing."""
    answer = _clean(form.get(name))
    return answer is not None and answer != question.default


# how a parent not known came to be a parent is not asked, nor counts; the rest is asked as of
# any parent, where a state in play reads it (the nationalities pass on once it is established)
_PARENTAGE = re.compile(r"p\d+_(legal_parentage|acknowledged_on)")


def _known(form: dict, section: str) -> bool:
    """False for a parent the caseworker says is not known (or not known to be)."""
    return _clean(form.get(f"{section}_known")) not in ("no", "unknown")


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
    if person.get("birth_registered_in"):
        form["birth_registered"] = "yes"
    for coll, (prefix, slots, _title, _legend, questions) in SLOTS.items():
        for k, row in enumerate(_fit(person.get(coll), slots, coll)):
            _put(form, f"{prefix}{k}_", row, questions)
    for prefix, key, slots, questions in (
        ("p", "parents", PARENTS, PARENT_QUESTIONS),
        ("g", "grandparents", GRANDPARENTS, GRANDPARENT_QUESTIONS),
    ):
        for i, someone in enumerate(_fit(case.get(key), slots, key)):
            _put(form, f"{prefix}{i}_", someone, questions)
            if prefix == "p":  # the form asks first whether the parent is known at all
                unknown = someone.get("legal_parentage") == UNKNOWN_PARENT
                form[f"p{i}_known"] = "no" if unknown else "yes"
                if unknown:
                    form.pop(f"p{i}_legal_parentage")
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


def problem_field(path: str, form: dict) -> str | None:
    """The form field beside which a problem with a case field is shown, in the slot the
    caseworker answered; a parent's parentage is asked first as "is this parent known?"."""
    name = form_field(_in_slots(path, form))
    if name and name.endswith("_legal_parentage"):
        name = name.removesuffix("legal_parentage") + "known"
    return name


def _names(questions) -> set[str]:
    return {q.name for q in questions}


def _answers(form: dict, prefix: str, questions) -> dict:
    row = {}
    for q in questions:
        answer = _clean(form.get(prefix + q.name))
        if q.kind == "radio" or not _applies(form, prefix + q.name, q):
            continue  # a question of the form's own (its answer says which others apply)
        if q.kind == "check":
            if answer is not None:
                row[q.name] = answer == "on"
        elif answer is None or answer == q.default:
            continue  # the case format assumes the default: an untouched select says nothing
        elif q.kind == "date":
            row[q.name] = read_date(answer) or answer  # unreadable: the form says so
        elif q.kind == "yesno":
            if answer in ("yes", "no"):
                row[q.name] = answer == "yes"
        elif q.kind in ("country", "countries"):
            row[q.name] = _country_codes(answer, q.kind)
        else:
            row[q.name] = answer
    return row


def _rows(form: dict, prefix: str, slots: int, questions) -> list[dict]:
    return [row for _, row in _slotted(form, prefix, slots, questions)]


def _slotted(form: dict, prefix: str, slots: int, questions) -> list[tuple[int, dict]]:
    """The rows answered, each with its slot's number (an empty slot is left out)."""
    rows = [(k, _answers(form, f"{prefix}{k}_", questions)) for k in range(slots)]
    return [(k, row) for k, row in rows if row]


def _people(form: dict, prefix: str, slots: int, questions) -> list[dict]:
    return [someone for _, someone in _people_slotted(form, prefix, slots, questions)]


def _people_slotted(form: dict, prefix: str, slots: int, questions) -> list[tuple[int, dict]]:
    """The parents (or grandparents) answered, with their slot's number: each with the
    nationalities answered and, for a parent whose stays were answered, those (left out
    otherwise: not recorded, so unknown)."""
    people = []
    for i in range(slots):
        someone = _answers(form, f"{prefix}{i}_", questions)
        held = _rows(form, f"{prefix}{i}_n", NATIONALITIES, NATIONALITY_QUESTIONS)
        if prefix == "p" and not _known(form, f"p{i}"):  # only what the law reads of him counts
            said = {k: v for k, v in someone.items() if not _PARENTAGE.fullmatch(f"p{i}_{k}")}
            people.append((i, {**said, "legal_parentage": UNKNOWN_PARENT, "nationalities": held}))
            continue
        stays = _rows(form, f"{prefix}{i}_r", STAYS, STAY_QUESTIONS) if prefix == "p" else []
        if stays:
            someone["residence"] = stays
        if someone or held:
            people.append((i, {**someone, "nationalities": held}))
    return people


def _in_slots(path: str, form: dict) -> str:
    """A case field's path with the form's slot numbers: an empty slot is left out of the case,
    so 'parents[0]' is the second parent's slot when the first was left empty."""
    if m := re.fullmatch(r"(parents|grandparents)\[(\d+)\](.*)", path):
        prefix, slots, questions = {
            "parents": ("p", PARENTS, PARENT_QUESTIONS),
            "grandparents": ("g", GRANDPARENTS, GRANDPARENT_QUESTIONS),
        }[m[1]]
        i = _slot_of(_people_slotted(form, prefix, slots, questions), m[2])
        rest = m[3]
        if n := re.fullmatch(r"\.(nationalities|residence)\[(\d+)\](.*)", rest):
            sub, count, asked = {
                "nationalities": ("n", NATIONALITIES, NATIONALITY_QUESTIONS),
                "residence": ("r", STAYS, STAY_QUESTIONS),
            }[n[1]]
            rest = f".{n[1]}[{_slot_of(_slotted(form, f'{prefix}{i}_{sub}', count, asked), n[2])}]"
            rest += n[3]
        return f"{m[1]}[{i}]{rest}"
    if (m := re.fullmatch(r"person\.(\w+)\[(\d+)\](.*)", path)) and m[1] in SLOTS:
        prefix, slots, _title, _legend, questions = SLOTS[m[1]]
        return f"person.{m[1]}[{_slot_of(_slotted(form, prefix, slots, questions), m[2])}]{m[3]}"
    return path


def _slot_of(rows: list[tuple[int, dict]], index: str) -> int:
    k = int(index)
    return rows[k][0] if k < len(rows) else k


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


# -- dates as caseworkers write them, and problems in plain words -----------------------------


def _form_problems(form: dict, gettext) -> dict[str, str]:
    """Problems the form finds before the case is read: a date it cannot read."""
    return {
        name: gettext("'%(value)s' is not a date: write it as DD/MM/YYYY, e.g. 31/12/2020")
        % {"value": cut(answer)}
        for name, q in _questions().items()
        if q.kind == "date"
        and (answer := _clean(form.get(name))) is not None
        and read_date(answer) is None
    }
