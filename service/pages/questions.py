"""The caseworker's interview, as data: every question the form can ask, grouped by what it is
about (the case, the person, a parent and each of the parent's nationalities and stays, a
grandparent, the person's acts and periods), the number of slots of each, and which questions
are asked whatever the law. service/pages/interview.py decides which of them matter."""

from dataclasses import dataclass
from typing import get_args

from schemas import codes
from schemas.errors import N_


@dataclass(frozen=True)
class Question:
    name: str  # the case field it answers; in a slot, the form field is f"{prefix}{k}_{name}"
    kind: str  # text | date | country | countries | choice | yesno | check
    label: str
    choices: tuple[str, ...] = ()
    hint: str = ""
    required: bool = False  # a row of its section needs it
    default: str | None = None  # what the case format assumes when it is not answered


def _choices(literal) -> tuple[str, ...]:
    return get_args(literal)


CASE_QUESTIONS = (
    Question("id", "text", N_("Case reference (optional)")),
    Question("as_of", "date", N_("Date the screening speaks for"), hint=N_("empty: today")),
    Question("parents_married_at_birth", "yesno", N_("Parents married to each other at the birth")),
)
PERSON_QUESTIONS = (
    Question("birth_date", "date", N_("Date of birth"), required=True),
    Question(
        "birth_place_kind",
        "choice",
        N_("Born"),
        _choices(codes.BirthPlaceKind),
        default="territory",
    ),
    Question(
        "birth_country",
        "country",
        N_("Country of birth"),
        hint=N_("empty when unknown, or when born on a ship or aircraft outside any state"),
    ),
    Question("vessel_flag", "country", N_("Flag of the ship or aircraft")),
    Question("foundling", "check", N_("Found as a child, parents unknown (a foundling)")),
    Question(
        "found_in",
        "country",
        N_("Country where the child was found"),
        hint=N_("empty: the country of birth, or else of the first residence"),
    ),
    Question("sex", "choice", N_("Sex"), _choices(codes.Sex)),
    Question(
        "birth_registered_in",
        "countries",
        N_("Birth registered in"),
        hint=N_("countries by name or code, separated by commas"),
    ),
)
PARENT_QUESTIONS = (
    Question("role", "choice", N_("Parent"), _choices(codes.ParentRole), required=True),
    Question(
        "legal_parentage",
        "choice",
        N_("Legal parentage"),
        _choices(codes.LegalParentage),
        default="birth",
    ),
    Question("acknowledged_on", "date", N_("Date parentage was acknowledged or established")),
    Question("born_in", "country", N_("Parent's country of birth")),
    Question("born_on", "date", N_("Parent's date of birth")),
    Question(
        "status_in_birth_country",
        "choice",
        N_("Parent's status in the child's country of birth, at the birth"),
        _choices(codes.Status),
    ),
)
# a parent's own stays (presence in the state of a nationality before the birth, or domicile in
# the child's birth country), asked only where a state in play reads them
STAY_QUESTIONS = (
    Question("country", "country", N_("Parent lived in"), required=True),
    Question("from", "date", N_("From"), required=True),
    Question("to", "date", N_("Until"), hint=N_("empty: still living there")),
    Question("status", "choice", N_("Status there"), _choices(codes.Status)),
)
NATIONALITY_QUESTIONS = (
    Question("country", "country", N_("Nationality"), required=True),
    Question("acquired", "choice", N_("Acquired"), _choices(codes.AcquisitionMode), required=True),
    Question("acquired_on", "date", N_("Date acquired")),
    Question("lost_on", "date", N_("Date lost or taken away, if it was")),
)
GRANDPARENT_QUESTIONS = (
    Question("line", "choice", N_("Line"), ("paternal", "maternal"), required=True),
    Question("role", "choice", N_("Grandparent"), ("grandmother", "grandfather"), required=True),
    Question("born_in", "country", N_("Grandparent's country of birth")),
    Question("born_on", "date", N_("Grandparent's date of birth")),
    Question("died_on", "date", N_("Date of death, if dead")),
    Question(
        "cukc_on_1981_09_20", "yesno", N_("A citizen of the UK and Colonies on 20 Sept. 1981")
    ),
    Question("alive_on_1981_09_21", "yesno", N_("Alive on 21 September 1981")),
)
DATED_ACT_QUESTIONS = (
    Question("country", "country", N_("Country"), required=True),
    Question("date", "date", N_("Date"), required=True),
)
# person's collections: case field -> (form prefix, slots, title, a slot's legend, questions)
SLOTS = {
    "registrations": (
        "reg",
        3,
        N_("Acts before a registry"),
        N_("Act"),
        (
            Question("country", "country", N_("Registry of"), required=True),
            Question("act", "choice", N_("Act"), _choices(codes.Act), required=True),
            Question("date", "date", N_("Date"), required=True),
            Question("by", "choice", N_("Made by"), _choices(codes.Actor)),
        ),
    ),
    "residence": (
        "res",
        5,
        N_("Residence"),
        N_("Residence period"),
        (
            Question("country", "country", N_("Country of residence"), required=True),
            Question("from", "date", N_("From"), required=True),
            Question("to", "date", N_("Until"), hint=N_("empty: still living there")),
            Question("status", "choice", N_("Status there"), _choices(codes.Status)),
        ),
    ),
    "naturalizations": ("nat", 1, N_("Naturalization"), N_("Naturalization"), DATED_ACT_QUESTIONS),
    "renunciations": (
        "ren",
        1,
        N_("Renunciation of a nationality"),
        N_("Renunciation"),
        DATED_ACT_QUESTIONS,
    ),
    "marriages": (
        "mar",
        1,
        N_("Marriage or civil union"),
        N_("Marriage or civil union"),
        (
            Question("spouse_nationality", "country", N_("Spouse's nationality")),
            Question("kind", "choice", N_("Kind"), ("marriage", "union"), default="marriage"),
            Question("from", "date", N_("Since"), required=True),
            Question("to", "date", N_("Until"), hint=N_("empty: still married")),
        ),
    ),
}
SELDOM = {"naturalizations", "renunciations", "marriages"}  # folded until used: rare in a screening
PARENTS, NATIONALITIES, STAYS, GRANDPARENTS = 2, 2, 5, 2
# questions that only make sense given another answer in the same slot
ONLY_IF = {
    "vessel_flag": ("birth_place_kind", ("ship", "aircraft")),
    "found_in": ("foundling", ("on",)),
    "acknowledged_on": ("legal_parentage", ("acknowledged", "judicially_established")),
}
# asked whatever the law: who the person is, and the places that bring states into play (where
# born, found, registered and living; the parents' and grandparents' nationalities and
# birthplaces)
ALWAYS = {"id", "as_of", "birth_date", "birth_place_kind", "birth_country", "vessel_flag"}
ALWAYS |= {"foundling", "found_in", "birth_registered_in", "res_country"}
ALWAYS |= {"p_role", "p_born_in", "p_n_country", "p_n_acquired", "g_born_in", "g_n_country"}
