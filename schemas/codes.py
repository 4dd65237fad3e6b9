"""Closed vocabularies of the case format: every value outside them is a validation error."""

from typing import Literal, get_args

# ISO 3166-1 alpha-2, officially assigned codes (249).
COUNTRY_CODES = frozenset(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()
)

BirthPlaceKind = Literal["territory", "ship", "aircraft"]
Sex = Literal["F", "M", "X"]
Act = Literal[
    "birth_registration",
    "late_birth_registration",
    "consular_registration",
    "registration_refused",
    "paternity_acknowledgement",
    "option_declaration",
    "nationality_declaration",
    "loss_declaration",
    "deprivation",
    "naturalization_annulled",
    "refugee_recognition",
    "statelessness_recognition",
]
Actor = Literal["parent", "self", "authority"]
ParentRole = Literal["mother", "father"]
LegalParentage = Literal["birth", "acknowledged", "adopted", "judicially_established", "unknown"]
AcquisitionMode = Literal["birth", "naturalization", "option", "registration"]
Status = Literal[
    "national",
    "permanent",
    "temporary",
    "irregular",
    "transit",
    "diplomat",
    "refugee",
    "asylum_seeker",
    "stateless",
]
# What a caseworker is told is still to be done for a conditional nationality.
RequiredAct = Literal[
    "registration",
    "option",
    "domicile",
    "residence",
    "naturalization_application",
    "nationality_declaration",
    "recovery_application",
    "paternity_acknowledgement",
]
RouteKind = Literal["naturalization", "recovery", "application"]
NationalityStatus = Literal["national", "not_national", "conditional", "undetermined"]
StatelessRisk = Literal["none", "at_risk", "stateless"]
Confidence = Literal["high", "medium", "low"]

ACTS = frozenset(get_args(Act))

# sizes of the reform lab's generated populations, here (not in schemas/lab.py) so the command
# line can show them in its help without importing the lab's models
IMPACT_SAMPLE = 2000  # generated cases of an impact unless asked otherwise (`nationality reform`)
AUDIT_SAMPLE = 200  # generated cases of an audit's population when none is said (`... audit`)
