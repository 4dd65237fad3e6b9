"""How the English feature files (Belize) word each step of tests/steps.py, and what their words
mean.

PHRASES gives each step (by name) its regular expression; WORDS turns each named group's words
into the canonical value the step takes. The groups are named after the step's parameters,
the same in every language.
"""

from babel import Locale

from schemas.codes import COUNTRY_CODES
from tests.conftest import ISO_DATE

LANG = "en"
DATE = rf"(?P<date>{ISO_DATE})"

COUNTRIES = {
    "Belize": "BZ",
    "Canada": "CA",
    "Costa Rica": "CR",
    "El Salvador": "SV",
    "Guatemala": "GT",
    "Honduras": "HN",
    "India": "IN",
    "Jamaica": "JM",
    "Mexico": "MX",
    "Nicaragua": "NI",
    "Panama": "PA",
    "the United Kingdom": "GB",
    "the United States": "US",
}
MODES = {
    "birth": "birth",
    "naturalization": "naturalization",
    "option": "option",
    "registration": "registration",
}
STATUSES = {
    "national": "national",
    "not national": "not_national",
    "conditional": "conditional",
    "undetermined": "undetermined",
}
IMMIGRATION_STATUSES = {
    "a national": "national",
    "a permanent resident": "permanent",
    "a temporary resident": "temporary",
    "irregular": "irregular",
    "in transit": "transit",
    "a diplomat": "diplomat",
    "a refugee": "refugee",
    "an asylum seeker": "asylum_seeker",
    "stateless": "stateless",
}
RISKS = {"none": "none", "at risk": "at_risk", "stateless": "stateless"}
ACTORS = {"a parent": "parent", "the person": "self"}


# every other state by its CLDR name in the language (as Babel ships it), the table's first
CLDR = {
    name: code
    for code, name in Locale("en").territories.items()
    if code in COUNTRY_CODES and name not in COUNTRIES
}


def country(name: str | None) -> str | None:
    """A country by its English name, or by its ISO code."""
    return COUNTRIES.get(name) or CLDR.get(name, name)


# Roles (mother, grandfather...), lines (paternal, maternal) and crafts (ship, aircraft) are
# worded in the case format's own English and their phrases take no other word, so they need no
# table; MODES is one only so that a mode the case format does not know is refused here.
VERDICTS = {"meets": "meets", "partial": "partial", "gap": "gap", "unclear": "unclear"}


WORDS = {
    "verdict": VERDICTS,
    "was": VERDICTS,
    "now": VERDICTS,
    "country": country,
    "flag": country,
    "mode": MODES,
    "immigration_status": IMMIGRATION_STATUSES,
    "married": {"were": True, "were not": False},
    "cukc": {"was": True, "was not": False},
    "alive": {"was alive on": True, "had died before": False},
    "sex": {"a woman": "F", "a man": "M"},
    "status": STATUSES,
    "decides": {"decides": True, "does not decide": False},
    "shown": {"mentions": True, "does not mention": False},
    "actor": ACTORS,
    "risk": RISKS,
    "applies": {"applying": True, "not applying": False},
    "clears": {
        "which would leave the risk at none": True,
        "which alone would not remove the risk": False,
    },
}

PARENT = r"(?P<role>mother|father)"
GRANDPARENT = r"the (?P<line>paternal|maternal) (?P<role>grandfather|grandmother)"

PHRASES = {
    # Given: the person
    "born_in": rf"a person born in (?P<country>.+) on {DATE}",
    "born_somewhere_unknown": rf"a person born on {DATE} at an unknown place",
    "born_aboard": (
        rf"a person born on {DATE} aboard an? (?P<craft>ship|aircraft) flying the flag of "
        r"(?P<flag>[^,]+), (?:within (?P<country>.+)|outside any state's territory)"
    ),
    "foundling": rf"a foundling found in (?P<country>.+), born around {DATE}",
    "parent_unknown": rf"(?:the|their) {PARENT} is unknown",
    "parent_national": (
        rf"the {PARENT} is a national of (?P<country>.+?) by (?P<mode>\w+)(?: since {DATE})?$"
    ),
    "parent_without_nationality": rf"the {PARENT} has no known nationality",
    "parent_born_in": rf"the {PARENT} was born in (?P<country>.+)",
    "parent_born_on": rf"the {PARENT} was born on {DATE}",
    "parent_lived_in": (
        rf"the {PARENT} lived in (?P<country>.+?) from {DATE}"
        rf"(?: to (?P<until>{ISO_DATE}))?(?: as (?P<immigration_status>.+))?$"
    ),
    "parent_lost": rf"the {PARENT} lost the nationality of (?P<country>.+) on {DATE}",
    "parent_status": rf"the {PARENT} was (?P<immigration_status>.+) in the country of birth",
    "acknowledged": rf"the father acknowledged the child on {DATE}",
    "parents_married": r"the parents (?P<married>were not|were) married",
    "grandparent_born_in": rf"{GRANDPARENT} was born in (?P<country>.+)",
    # Given: acts
    "birth_registered": rf"the birth was registered in (?P<country>.+) on {DATE}",
    "consular_registration_by_parent": (
        rf"the (?:mother|father) registered the birth at a consulate of (?P<country>.+) on {DATE}"
    ),
    "naturalized": rf"the person naturalized in (?P<country>.+) on {DATE}",
    "renounced": rf"the person renounced the nationality of (?P<country>.+) on {DATE}",
    "loss_declared": rf"(?P<country>.+) declared the person's nationality lost on {DATE}",
    "naturalization_refused": rf"(?P<country>.+) refused the person's naturalization on {DATE}",
    "naturalization_annulled": rf"(?P<country>.+) annulled the person's naturalization on {DATE}",
    "deprived": rf"(?P<country>.+) deprived the person of its citizenship on {DATE}",
    "married_to": rf"the person married a national of (?P<country>.+) on {DATE}",
    "resides": (
        rf"the person has lived in (?P<country>.+) since {DATE}"
        r"(?: as (?P<immigration_status>.+))?$"
    ),
    "worked_case": r'the worked case "(?P<case_id>[A-Z]{2}-\d+)"',
    # Given: Belize
    "grandparent_cukc": (
        rf"{GRANDPARENT} (?P<cukc>was not|was) a citizen of the United Kingdom and Colonies on "
        r"20 September 1981"
    ),
    "grandparent_alive": (
        rf"{GRANDPARENT} (?P<alive>was alive on|had died before) 21 September 1981"
    ),
    "person_sex": r"the person is (?P<sex>a woman|a man)",
    "marriage_ended": rf"the marriage ended on {DATE}",
    "certified": rf"(?P<country>.+) certified that the person is its citizen on {DATE}",
    # When
    "screen_on": rf"the nationality is assessed on {DATE}",
    "screen_worked_case": r"it is screened with the command line",
    # Then
    "status_is": r'the nationality of (?P<country>.+) is "(?P<status>[^"]+)"',
    "rule_decides": r'rule "(?P<rule>[^"]+)" (?P<decides>decides|does not decide)',
    "basis_cites": r'the legal basis cites "(?P<text>[^"]+)"',
    "condition_open": (
        r'"(?P<act>\w+)" by (?P<actor>a parent|the person) is still open'
        rf"(?: from (?P<start>{ISO_DATE}))?(?: until (?P<deadline>{ISO_DATE}))?$"
    ),
    "nothing_open": r"nothing is left to do",
    "route_open": (
        r'the discretionary route of rule "(?P<rule>[^"]+)" is open'
        rf"(?: from (?P<start>{ISO_DATE}))?$"
    ),
    "no_route": r"no discretionary route is open",
    "practice_mentions": (
        r"the practice in (?P<country>.+?) (?P<shown>mentions|does not mention)"
        r' "(?P<text>[^"]+)"'
    ),
    "lead_cites": r'the GLOBALCIT lead for (?P<country>.+) cites mode "(?P<code>\w+)"',
    "risk_is": r'the statelessness risk is "(?P<risk>[^"]+)"',
    "missing_fact": r'"(?P<field>[^"]+)" is an unknown fact to ask about',
    "reason_mentions": r'the reason mentions "(?P<text>[^"]+)"',
    "explained": (
        r'rule "(?P<rule>[^"]+)" is explained as (?P<applies>applying|not applying) because '
        r'"(?P<text>[^"]+)"'
    ),
    "proposes": (
        rf'it proposes "(?P<text>[^"]+)"(?: until (?P<deadline>{ISO_DATE}))?'
        r"(?:, (?P<clears>which would leave the risk at none"
        r"|which alone would not remove the risk))?$"
    ),
    "risk_consistent": r"the statelessness risk agrees with the states assessed",
    # The commitments scorecard
    "rate_commitment": r'(?P<country>.+) is rated on the commitment "(?P<key>[^"]+)"$',
    "rate_commitment_under": (
        r'(?P<country>.+) is rated on the commitment "(?P<key>[^"]+)" before and after the '
        r'reform "(?P<reform>[^"]+)"'
    ),
    "verdict_is": r'the verdict is "(?P<verdict>[^"]+)"',
    "verdict_cites": r'the verdict cites "(?P<text>[^"]+)"',
    "witness_screens": (
        r'its witness is "(?P<status>[^"]+)" in (?P<country>.+) with statelessness risk '
        r'"(?P<risk>[^"]+)"'
    ),
    "verdict_moves": r'the verdict moves from "(?P<was>[^"]+)" to "(?P<now>[^"]+)"',
    "witness_after": r'under the reform its witness is "(?P<status>[^"]+)"',
}
