"""The interview form's layout: its groups and slots in the order the page asks them, and each
field's label as the error summary names it."""

from dataclasses import dataclass
from functools import lru_cache

from schemas.errors import N_
from service.pages.questions import (
    CASE_QUESTIONS,
    GRANDPARENT_QUESTIONS,
    GRANDPARENTS,
    NATIONALITIES,
    NATIONALITY_QUESTIONS,
    PARENT_QUESTIONS,
    PARENTS,
    PERSON_QUESTIONS,
    SELDOM,
    SLOTS,
    STAY_QUESTIONS,
    STAYS,
    Question,
)


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


@lru_cache(maxsize=1)
def _all_sections() -> tuple[Section, ...]:
    return tuple(s for _, sections in layout() for s in sections)


@lru_cache(maxsize=1)
def _page_order() -> tuple[str, ...]:
    """Every form field, in the order the page shows them."""
    return tuple(
        name
        for section in _all_sections()
        for part in (section, *section.parts)
        for name, _ in part.fields
    )


@lru_cache(maxsize=1)
def _questions() -> dict[str, Question]:
    return {name: q for _, fields in _sections() for name, q in fields}


def labels(gettext) -> dict[str, str]:
    """Each form field's label as the error summary names it, with the slot it is in when the
    page has more than one ('Parent 1, Nationality 2: Which nationality?')."""
    out = {}
    for section in _all_sections():
        for part in (section, *section.parts):
            where = [
                f"{gettext(s.legend)} {s.n}".strip()
                for s in dict.fromkeys((section, part))
                if s.id != "person"
            ]
            for name, q in part.fields:
                out[name] = (
                    ", ".join(where) + ": " + gettext(q.label) if where else gettext(q.label)
                )
    return out


def summary(errors: dict[str, str], gettext) -> list[tuple[str, str, str]]:
    """The error summary: (field, its label, the problem), in the page's order."""
    named = labels(gettext)
    return [(name, named[name], problem) for name, problem in errors.items()]
