"""For a state the facts name but no rule pack encodes: what GLOBALCIT's 2020 coding of its law
says of the provisions the facts bring into play. A lead for the caseworker to check, never an
answer: the state stays `undetermined` and the risk does not move.

Which provisions a case brings into play: a parent of that nationality and a birth elsewhere
(descent abroad, A01b) or there (A01a); a birth there (A02a, A02b, A03b); a foundling found there
(A03a); residence there (A06); a renunciation of it (L01); a deprivation recorded there (L07,
L08, L09); a naturalization elsewhere by someone who may hold it (L05).
"""

from functools import cache

from engine.coverage import globalcit
from engine.facts import found_in
from schemas.case import Case
from schemas.determination import Indication, Provision

SOURCE = (
    "GLOBALCIT Citizenship Law Dataset v1.0 (Vink, van der Baaren, Bauböck, Honohan, Manby, "
    "2021), Country-Year-Mode Data, https://hdl.handle.net/1814/73190, CC BY 4.0"
)
YEAR = 2020
BORN_THERE = ("A02a", "A02b", "A03b")
DEPRIVED = ("L07", "L08", "L09")


def indication(case: Case, country: str) -> Indication | None:
    """The coded provisions of `country` the facts bring into play; None when the dataset does
    not code the state or the facts bring none into play."""
    coded = globalcit()
    provisions = [
        _provision(country, mode) for mode in in_play(case, country) if (country, mode) in coded
    ]
    if not provisions:
        return None
    return Indication(source=SOURCE, year=YEAR, provisions=provisions)


def in_play(case: Case, country: str) -> list[str]:
    """The GLOBALCIT modes the facts bring into play for `country`, in the order a caseworker
    reads them: by birth first, then after birth, then loss."""
    person = case.person
    born_there = person.birth_country == country
    parent_holds = any(
        n.country == country
        for p in case.parents
        if p.legal_parentage != "unknown"
        for n in p.nationalities
    )
    modes = []
    if parent_holds:
        modes.append("A01a" if born_there else "A01b")
    if born_there:
        modes.extend(BORN_THERE)
    if person.foundling and found_in(case) == country:
        modes.append("A03a")
    if any(r.country == country for r in person.residence):
        modes.append("A06")
    if any(r.country == country for r in person.renunciations):
        modes.append("L01")
    if any(r.country == country and r.act == "deprivation" for r in person.registrations):
        modes.extend(DEPRIVED)
    if (born_there or parent_holds) and any(n.country != country for n in person.naturalizations):
        modes.append("L05")
    return list(dict.fromkeys(modes))


@cache
def _provision(country: str, mode: str) -> Provision:
    """A coded provision, its cells cleaned: built once per process, not at every case that
    brings it into play (one entry per provision the dataset codes), and shared, as no step
    changes an answer's parts once built."""
    row = globalcit()[(country, mode)]
    return Provision(
        mode=row["mode_id"],
        article=_clean(row["article"]),
        procedure=_clean(row["procedure"]),
        specification=_clean(row["specification"]),
        category=_clean(row["category"]),
    )


def _clean(text: str) -> str:
    """The dataset's cell on one line: several provisions are separated by ';' and blank
    lines."""
    return " ".join(text.split())
