"""Facts possible but unusual enough to be a slip: warnings beside the answer, never a change to
it. Impossible facts never get here: validation refuses them (schemas/case.py)."""

from collections.abc import Iterator

from engine.dates import age_on
from engine.i18n import translator
from schemas.case import Case
from schemas.determination import FactWarning
from schemas.errors import N_

# a parent by birth younger than this at the birth is rare enough to be a mistyped date
YOUNGEST_PARENT = 12
# and older than this (an adopter's age at the birth says nothing: adoption comes later)
OLDEST_PARENT = 70
# no one is known to have lived past 122: an older person is likely a wrong birth date
OLDEST_PERSON = 120
# the age of marriage in the region's laws is 16 to 18; younger is rare (10 is refused)
YOUNGEST_MARRIED = 16
# an acknowledgement of a child who is already an adult is rare, and laws often bar its effect
LATEST_ACKNOWLEDGEMENT = 18


def warnings(case: Case, lang: str) -> list[FactWarning]:
    """The case's unusual facts, worded in `lang` (the usual case has none: nothing to word)."""
    found = list(_found(case))
    if not found:
        return []
    _ = translator(lang)
    return [FactWarning(field=field, warning=_(text) % values) for field, text, values in found]


def _found(case: Case) -> Iterator[tuple[str, str, dict]]:
    """(field, message, values) for each unusual fact."""
    person = case.person
    birth = person.birth_date
    if (age := age_on(birth, case.as_of)) > OLDEST_PERSON:
        yield (
            "person.birth_date",
            N_("the person would be %(age)s years old on as_of"),
            {"age": age},
        )
    for i, parent in enumerate(case.parents):
        if parent.born_on and parent.legal_parentage != "adopted":
            age = age_on(parent.born_on, birth)
            if not YOUNGEST_PARENT <= age <= OLDEST_PARENT:
                yield (
                    f"parents[{i}].born_on",
                    N_("the parent was %(age)s years old at the person's birth"),
                    {"age": age},
                )
        if (
            parent.acknowledged_on
            and age_on(birth, parent.acknowledged_on) >= LATEST_ACKNOWLEDGEMENT
        ):
            yield f"parents[{i}].acknowledged_on", *_acknowledged_at(birth, parent.acknowledged_on)
    for i, act in enumerate(person.registrations):
        acknowledged = act.act == "paternity_acknowledgement"
        if acknowledged and age_on(birth, act.date) >= LATEST_ACKNOWLEDGEMENT:
            yield f"person.registrations[{i}].date", *_acknowledged_at(birth, act.date)
    for i, marriage in enumerate(person.marriages):
        if (age := age_on(birth, marriage.from_)) < YOUNGEST_MARRIED:
            yield (
                f"person.marriages[{i}].from",
                N_("the person married at %(age)s years old"),
                {"age": age},
            )


def _acknowledged_at(birth, day) -> tuple[str, dict]:
    return N_("the person was acknowledged at %(age)s years old"), {"age": age_on(birth, day)}
