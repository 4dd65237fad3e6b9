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
    kind: str  # text | date | country | countries | choice | yesno | radio | check
    label: str
    choices: tuple[str, ...] = ()
    hint: str = ""
    required: bool = False  # a row of its section needs it
    default: str | None = None  # what the case format assumes when it is not answered


def _choices(literal) -> tuple[str, ...]:
    return get_args(literal)


UNSURE = ("yes", "no", "unknown")  # the answers of a plain question a caseworker may not know
UNKNOWN_PARENT = "unknown"  # a parent not known is `legal_parentage: unknown` in a case
LINES = ("paternal", "maternal")
# words the form shows for a choice where the report's would not fit a question
FORM_WORDS = {"unknown": N_("Don't know"), "stateless": N_("stateless (a stateless person)")}


CASE_QUESTIONS = (
    Question("id", "text", N_("Case reference (optional)")),
    Question(
        "as_of",
        "date",
        N_("On what date should the screening speak?"),
        hint=N_("Leave it empty for today."),
    ),
    Question(
        "parents_married_at_birth",
        "yesno",
        N_("Were the parents married to each other when the person was born?"),
    ),
)
PERSON_QUESTIONS = (
    Question("birth_date", "date", N_("When was the person born?"), required=True),
    Question(
        "birth_place_kind",
        "choice",
        N_("Was the person born on land, or aboard a ship or aircraft?"),
        _choices(codes.BirthPlaceKind),
        default="territory",
    ),
    Question(
        "birth_country",
        "country",
        N_("Where was the person born?"),
        hint=N_("Leave it empty when not known, or for a birth aboard outside any state."),
    ),
    Question("vessel_flag", "country", N_("What flag did the ship or aircraft fly?")),
    Question(
        "foundling",
        "check",
        N_("Found as a child, parents unknown (a foundling)"),
        hint=N_("A foundling (expósito) is a child found abandoned whose parents nobody knows."),
    ),
    Question(
        "found_in",
        "country",
        N_("Where was the child found?"),
        hint=N_("Leave it empty for the country of birth (or else of the first residence)."),
    ),
    Question("sex", "choice", N_("What is the person's sex?"), _choices(codes.Sex)),
    Question("birth_registered", "radio", N_("Was the birth registered?"), UNSURE),
    Question(
        "birth_registered_in",
        "countries",
        N_("Where was the birth registered?"),
        hint=N_("countries by name or code, separated by commas"),
    ),
)
PARENT_QUESTIONS = (
    Question("role", "choice", N_("Mother or father?"), _choices(codes.ParentRole), required=True),
    Question(
        "known",
        "radio",
        N_("Is this parent known?"),
        UNSURE,
        hint=N_(
            "Known: the law ties this parent to the child (filiación, legal parentage), by the "
            "birth record, an acknowledgement or a court."
        ),
    ),
    Question(
        "legal_parentage",
        "choice",
        N_("How was the parentage established?"),
        tuple(c for c in _choices(codes.LegalParentage) if c != UNKNOWN_PARENT),
        default="birth",
    ),
    Question("acknowledged_on", "date", N_("When was it acknowledged or established?")),
    Question("born_in", "country", N_("Where was this parent born?")),
    Question("born_on", "date", N_("When was this parent born?")),
    Question(
        "status_in_birth_country",
        "choice",
        N_("What was this parent's status in the child's country of birth, at the birth?"),
        _choices(codes.Status),
    ),
)
# a parent's own stays (presence in the state of a nationality before the birth, or domicile in
# the child's birth country), asked only where a state in play reads them
STAY_QUESTIONS = (
    Question("country", "country", N_("Where did this parent live?"), required=True),
    Question("from", "date", N_("From what date?"), required=True),
    Question("to", "date", N_("Until what date?"), hint=N_("Leave it empty if still there.")),
    Question("status", "choice", N_("With what status?"), _choices(codes.Status)),
)
NATIONALITY_QUESTIONS = (
    Question("country", "country", N_("Which nationality?"), required=True),
    Question(
        "acquired",
        "choice",
        N_("How was it acquired?"),
        _choices(codes.AcquisitionMode),
        required=True,
        hint=N_("By option (opción): by a declaration choosing it, often before an age limit."),
    ),
    Question("acquired_on", "date", N_("When was it acquired?")),
    Question("lost_on", "date", N_("When was it lost or taken away, if it was?")),
)
GRANDPARENT_QUESTIONS = (
    Question("line", "choice", N_("On the father's or the mother's side?"), LINES, required=True),
    Question(
        "role",
        "choice",
        N_("Grandmother or grandfather?"),
        ("grandmother", "grandfather"),
        required=True,
    ),
    Question("born_in", "country", N_("Where was this grandparent born?")),
    Question("born_on", "date", N_("When was this grandparent born?")),
    Question("died_on", "date", N_("When did this grandparent die, if dead?")),
    Question(
        "cukc_on_1981_09_20",
        "yesno",
        N_("Was this grandparent a citizen of the UK and Colonies on 20 September 1981?"),
    ),
    Question(
        "alive_on_1981_09_21", "yesno", N_("Was this grandparent alive on 21 September 1981?")
    ),
)
DATED_ACT_QUESTIONS = (
    Question("country", "country", N_("Which country?"), required=True),
    Question("date", "date", N_("On what date?"), required=True),
)
# person's collections: case field -> (form prefix, slots, title, a slot's legend, questions)
SLOTS = {
    "registrations": (
        "reg",
        3,
        N_("Acts before a registry"),
        N_("Act"),
        (
            Question("country", "country", N_("Before which country's registry?"), required=True),
            Question(
                "act",
                "choice",
                N_("What act?"),
                _choices(codes.Act),
                required=True,
                hint=N_(
                    "An act (acto de registro) is an entry made before a civil registry or a "
                    "consulate: a birth registration, a declaration..."
                ),
            ),
            Question("date", "date", N_("On what date?"), required=True),
            Question("by", "choice", N_("Who made it?"), _choices(codes.Actor)),
        ),
    ),
    "residence": (
        "res",
        5,
        N_("Residence"),
        N_("Residence period"),
        (
            Question("country", "country", N_("Where did the person live?"), required=True),
            Question("from", "date", N_("From what date?"), required=True),
            Question(
                "to", "date", N_("Until what date?"), hint=N_("Leave it empty if still there.")
            ),
            Question("status", "choice", N_("With what status?"), _choices(codes.Status)),
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
            Question("spouse_nationality", "country", N_("What is the spouse's nationality?")),
            Question(
                "kind",
                "choice",
                N_("A marriage or a civil union?"),
                ("marriage", "union"),
                default="marriage",
            ),
            Question("from", "date", N_("Since what date?"), required=True),
            Question(
                "to", "date", N_("Until what date?"), hint=N_("Leave it empty if still married.")
            ),
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
    "birth_registered_in": ("birth_registered", ("yes",)),
    "legal_parentage": ("known", ("yes",)),
}
# asked whatever the law: who the person is, and the places that bring states into play (where
# born, found, registered and living; the parents' and grandparents' nationalities and
# birthplaces)
ALWAYS = {"id", "as_of", "birth_date", "birth_place_kind", "birth_country", "vessel_flag"}
ALWAYS |= {"foundling", "found_in", "birth_registered", "birth_registered_in", "res_country"}
ALWAYS |= {
    "p_role",
    "p_known",
    "p_born_in",
    "p_n_country",
    "p_n_acquired",
    "g_born_in",
    "g_n_country",
}
