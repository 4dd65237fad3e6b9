"""Steps of the English feature files (Belize): the wording only; the logic is conftest's."""

from pytest_bdd import given, parsers, then, when

from tests.conftest import ISO_DATE

DATE = rf"(?P<day>{ISO_DATE})"
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
ROLES = {"mother": "mother", "father": "father"}
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
RISKS = {"none": "none", "at risk": "at_risk", "stateless": "stateless"}
PERSON_STATUSES = {
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
ACTORS = {"a parent": "parent", "the person": "self"}


def country(name: str) -> str:
    """A country by its English name, or by its ISO code."""
    return COUNTRIES.get(name, name)


# --- Given: the person -------------------------------------------------------------------------


@given(parsers.re(rf"a person born in (?P<place>.+) on {DATE}"))
def born_in(screening, place, day):
    screening.person.update(birth_date=day, birth_country=country(place))


@given(parsers.re(rf"a person born on {DATE} at an unknown place"))
def born_somewhere_unknown(screening, day):
    screening.person.update(birth_date=day, birth_country=None)


@given(
    parsers.re(
        rf"a person born on {DATE} aboard an? (?P<craft>ship|aircraft) flying the flag of "
        r"(?P<flag>[^,]+), (?:within (?P<place>.+)|outside any state's territory)"
    )
)
def born_aboard(screening, day, craft, flag, place):
    screening.person.update(
        birth_date=day,
        birth_country=country(place) if place else None,
        birth_place_kind=craft,
        vessel_flag=country(flag),
    )


@given(parsers.re(rf"a foundling found in (?P<place>.+), born around {DATE}"))
def foundling(screening, place, day):
    screening.foundling(country(place), day)


@given(parsers.re(r"(?:the|their) (?P<role>mother|father) is unknown"))
def parent_unknown(screening, role):
    screening.parent(ROLES[role])["legal_parentage"] = "unknown"


@given(
    parsers.re(
        r"the (?P<role>mother|father) is a national of (?P<place>.+?) by (?P<mode>\w+)"
        rf"(?: since {DATE})?$"
    )
)
def parent_national(screening, role, place, mode, day):
    nationality = {"country": country(place), "acquired": MODES[mode]}
    if day:
        nationality["acquired_on"] = day
    screening.parent(ROLES[role])["nationalities"].append(nationality)


@given(parsers.re(r"the (?P<role>mother|father) has no known nationality"))
def parent_without_nationality(screening, role):
    screening.parent(ROLES[role])["nationalities"] = []


@given(parsers.re(r"the (?P<role>mother|father) was born in (?P<place>.+)"))
def parent_born_in(screening, role, place):
    screening.parent(ROLES[role])["born_in"] = country(place)


@given(parsers.re(r"the (?P<role>mother|father) was (?P<status>.+) in the country of birth"))
def parent_status(screening, role, status):
    screening.parent(ROLES[role])["status_in_birth_country"] = PERSON_STATUSES[status]


@given(parsers.re(rf"the father acknowledged the child on {DATE}"))
def acknowledged(screening, day):
    screening.parent("father").update(legal_parentage="acknowledged", acknowledged_on=day)


@given(parsers.re(r"the parents (?P<no>were not|were) married"))
def married(screening, no):
    screening.case["parents_married_at_birth"] = no == "were"


# --- Given: acts -------------------------------------------------------------------------------


@given(parsers.re(rf"the birth was registered in (?P<place>.+) on {DATE}"))
def birth_registered(screening, place, day):
    screening.add("registrations", country=country(place), act="birth_registration", date=day)


@given(
    parsers.re(
        r"the (?P<role>mother|father) registered the birth at a consulate of (?P<place>.+) "
        rf"on {DATE}"
    )
)
def consular_registration_by_parent(screening, role, place, day):
    screening.add(
        "registrations",
        country=country(place),
        act="consular_registration",
        date=day,
        by="parent",
    )


@given(parsers.re(rf"the person naturalized in (?P<place>.+) on {DATE}"))
def naturalized(screening, place, day):
    screening.add("naturalizations", country=country(place), date=day)


@given(parsers.re(rf"the person renounced the nationality of (?P<place>.+) on {DATE}"))
def renounced(screening, place, day):
    screening.add("renunciations", country=country(place), date=day)


@given(parsers.re(rf"(?P<place>.+) declared the person's nationality lost on {DATE}"))
def loss_declared(screening, place, day):
    screening.add(
        "registrations", country=country(place), act="loss_declaration", date=day, by="authority"
    )


@given(parsers.re(rf"the person has lived in (?P<place>.+) since {DATE}(?: as (?P<status>.+))?$"))
def resides(screening, place, day, status):
    period = {"country": country(place), "from": day}
    if status:
        period["status"] = PERSON_STATUSES[status]
    screening.add("residence", **period)


@given(parsers.re(r'the worked case "(?P<case_id>[A-Z]{2}-\d+)"'))
def worked_case(screening, case_id):
    screening.load_worked_case(case_id)


# --- When --------------------------------------------------------------------------------------


@when(parsers.re(rf"the nationality is assessed on {DATE}"))
def screen_on(screening, day):
    screening.screen(day, "en")


@when("it is screened with the command line")
def screen_worked_case(screening):
    screening.screen(None, "en")


# --- Then --------------------------------------------------------------------------------------


@then(parsers.re(r'the nationality of (?P<place>.+) is "(?P<status>[^"]+)"'))
def status_is(screening, place, status):
    screening.assert_status(country(place), STATUSES[status])


@then(parsers.re(r'rule "(?P<rule>[^"]+)" (?P<verb>decides|does not decide)'))
def rule_decides(screening, rule, verb):
    screening.assert_rule(rule, decides=verb == "decides")


@then(parsers.re(r'the legal basis cites "(?P<text>[^"]+)"'))
def basis_cites(screening, text):
    screening.assert_cites(text)


@then(
    parsers.re(
        r'"(?P<act>\w+)" by (?P<who>a parent|the person) is still open'
        rf"(?: from (?P<start>{ISO_DATE}))?(?: until {DATE})?$"
    )
)
def condition_open(screening, act, who, start, day):
    screening.assert_condition(act, ACTORS[who], day, start)


@then("nothing is left to do")
def nothing_open(screening):
    screening.assert_nothing_open()


@then(parsers.re(r'the statelessness risk is "(?P<risk>[^"]+)"'))
def risk_is(screening, risk):
    screening.assert_risk(RISKS[risk])


@then(parsers.re(r'"(?P<field>[^"]+)" is an unknown fact to ask about'))
def missing_fact(screening, field):
    screening.assert_missing(field)


@then(parsers.re(r'the reason mentions "(?P<text>[^"]+)"'))
def reason_mentions(screening, text):
    screening.assert_reason(text)


@then(
    parsers.re(
        r'rule "(?P<rule>[^"]+)" is explained as (?P<verdict>applying|not applying) because '
        r'"(?P<text>[^"]+)"'
    )
)
def explained(screening, rule, verdict, text):
    screening.assert_explained(rule, applies=verdict == "applying", text=text)


@then(
    parsers.re(
        r'it proposes "(?P<text>[^"]+)"(?: until (?P<day>\d{4}-\d{2}-\d{2}))?'
        r"(?P<risk>, which would leave the risk at none|, which alone would not remove the risk)?$"
    )
)
def proposes(screening, text, day, risk):
    clears = None if not risk else "none" in risk
    screening.assert_action(text, day, clears)


@then("the statelessness risk agrees with the states assessed")
def risk_consistent(screening):
    screening.assert_risk_consistent()


# --- BZ ---
# Belize's independence provisions (Constitution s.23) turn on a grandparent and on a marriage
# existing on 20 Sep 1981; its loss and certificate rules on acts of the Minister.


GRANDPARENT = r"the (?P<line>paternal|maternal) (?P<role>grandfather|grandmother)"


@given(parsers.re(rf"{GRANDPARENT} was born in (?P<place>.+)"))
def grandparent_born_in(screening, line, role, place):
    screening.grandparent(line, role)["born_in"] = country(place)


@given(
    parsers.re(
        rf"{GRANDPARENT} was (?P<no>not )?a citizen of the United Kingdom and Colonies on "
        r"20 September 1981"
    )
)
def grandparent_cukc(screening, line, role, no):
    screening.grandparent(line, role)["cukc_on_1981_09_20"] = not no


@given(parsers.re(rf"{GRANDPARENT} (?P<state>was alive on|had died before) 21 September 1981"))
def grandparent_alive(screening, line, role, state):
    screening.grandparent(line, role)["alive_on_1981_09_21"] = state == "was alive on"


@given(parsers.re(r"the person is (?P<sex>a woman|a man)"))
def person_sex(screening, sex):
    screening.person["sex"] = "F" if sex == "a woman" else "M"


@given(parsers.re(rf"the person married a national of (?P<place>.+) on {DATE}"))
def married_to(screening, place, day):
    screening.add("marriages", spouse_nationality=country(place), **{"from": day})


@given(parsers.re(rf"the marriage ended on {DATE}"))
def marriage_ended(screening, day):
    screening.person["marriages"][-1]["to"] = day


@given(parsers.re(rf"(?P<place>.+) deprived the person of its citizenship on {DATE}"))
def deprived(screening, place, day):
    screening.add(
        "registrations", country=country(place), act="deprivation", date=day, by="authority"
    )


@given(parsers.re(rf"(?P<place>.+) certified that the person is its citizen on {DATE}"))
def certified(screening, place, day):
    screening.add(
        "registrations",
        country=country(place),
        act="nationality_declaration",
        date=day,
        by="authority",
    )
