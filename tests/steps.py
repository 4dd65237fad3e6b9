"""The steps of the feature files, written once for every language they are worded in.

Each step takes the scenario's `screening` (tests/conftest.py) and the values its phrase names,
already in canonical form: ISO country codes, the case format's English values (`mother`,
`birth`, `national`, `at_risk`...), dates as ISO strings, yes/no as booleans. The wording is
each language's phrase table (tests/phrases_es.py, tests/phrases_en.py), registered at the end
of this module onto these same functions, so that the languages cannot drift apart.
"""

from collections.abc import Callable
from functools import partial
from inspect import signature
from types import ModuleType

from pytest_bdd import given, parsers, then, when

from tests import phrases_en, phrases_es

STEPS: dict[str, tuple[Callable, Callable]] = {}  # name -> (pytest-bdd's given/when/then, step)


def step(kind: Callable) -> Callable:
    """A step of that kind (given, when or then): the phrase tables word it by its name."""

    def declare(func: Callable) -> Callable:
        STEPS[func.__name__] = (kind, func)
        return func

    return declare


# --- Given: the person -------------------------------------------------------------------------


@step(given)
def born_in(screening, country, date):
    screening.person.update(birth_date=date, birth_country=country)


@step(given)
def born_somewhere_unknown(screening, date):
    screening.person.update(birth_date=date, birth_country=None)


@step(given)
def born_aboard(screening, date, craft, flag, country):
    """Aboard a ship or aircraft, within a state's territory or outside any (country None)."""
    screening.person.update(
        birth_date=date, birth_country=country, birth_place_kind=craft, vessel_flag=flag
    )


@step(given)
def foundling(screening, country, date):
    screening.foundling(country, date)


@step(given)
def parent_unknown(screening, role):
    screening.parent(role)["legal_parentage"] = "unknown"


@step(given)
def parent_national(screening, role, country, mode, date):
    nationality = {"country": country, "acquired": mode}
    if date:
        nationality["acquired_on"] = date
    screening.parent(role)["nationalities"].append(nationality)


@step(given)
def parent_without_nationality(screening, role):
    screening.parent(role)["nationalities"] = []


@step(given)
def parent_born_in(screening, role, country):
    screening.parent(role)["born_in"] = country


@step(given)
def parent_status(screening, role, immigration_status):
    screening.parent(role)["status_in_birth_country"] = immigration_status


@step(given)
def parent_born_on(screening, role, date):
    screening.parent(role)["born_on"] = date


@step(given)
def parent_lived_in(screening, role, country, date, until, immigration_status):
    """A period of the parent's own residence (or physical presence), e.g. before the birth."""
    period = {"country": country, "from": date}
    if until:
        period["to"] = until
    if immigration_status:
        period["status"] = immigration_status
    screening.parent(role).setdefault("residence", []).append(period)


@step(given)
def parent_lost(screening, role, country, date):
    """The parent lost (or was stripped of) a nationality the scenario gave, on that day."""
    held = [n for n in screening.parent(role)["nationalities"] if n["country"] == country]
    assert held, f"the {role} holds no {country} nationality to lose"
    held[0]["lost_on"] = date


@step(given)
def acknowledged(screening, date):
    screening.parent("father").update(legal_parentage="acknowledged", acknowledged_on=date)


@step(given)
def adopted(screening, role, date):
    screening.parent(role).update(legal_parentage="adopted", acknowledged_on=date)


@step(given)
def parents_married(screening, married):
    screening.case["parents_married_at_birth"] = married


@step(given)
def grandparent_national(screening, line, role, country, mode):
    nationality = {"country": country, "acquired": mode}
    screening.grandparent(line, role)["nationalities"].append(nationality)


@step(given)
def grandparent_born_in(screening, line, role, country):
    screening.grandparent(line, role)["born_in"] = country


# --- Given: acts -------------------------------------------------------------------------------


@step(given)
def birth_registered(screening, country, date):
    screening.add("registrations", country=country, act="birth_registration", date=date)


@step(given)
def consular_registration_by_parent(screening, country, date):
    screening.add(
        "registrations", country=country, act="consular_registration", date=date, by="parent"
    )


@step(given)
def registration_by_self(screening, country, date):
    """Late registration where the person was born; otherwise the record of a foreign birth."""
    born_there = screening.person.get("birth_country") == country
    act = "late_birth_registration" if born_there else "consular_registration"
    screening.add("registrations", country=country, act=act, date=date, by="self")


@step(given)
def option(screening, country, date):
    screening.add("registrations", country=country, act="option_declaration", date=date, by="self")


@step(given)
def declared_origin(screening, country, date):
    screening.add(
        "registrations", country=country, act="nationality_declaration", date=date, by="self"
    )


@step(given)
def naturalized(screening, country, date):
    screening.add("naturalizations", country=country, date=date)


@step(given)
def renounced(screening, country, date):
    screening.add("renunciations", country=country, date=date)


@step(given)
def loss_declared(screening, country, date):
    screening.add(
        "registrations", country=country, act="loss_declaration", date=date, by="authority"
    )


@step(given)
def naturalization_refused(screening, country, date):
    """Another state refused the naturalization the person applied for: recorded as that
    state's registration_refused (the format has no act of its own for it)."""
    screening.add(
        "registrations", country=country, act="registration_refused", date=date, by="authority"
    )


@step(given)
def naturalization_annulled(screening, country, date):
    screening.add(
        "registrations", country=country, act="naturalization_annulled", date=date, by="authority"
    )


@step(given)
def deprived(screening, country, date):
    """A loss the state imposes: by final judgment (El Salvador, Cn. art. 94 ord. 2), by order
    of the Minister (Belize)."""
    screening.add("registrations", country=country, act="deprivation", date=date, by="authority")


@step(given)
def recognized_stateless(screening, country, date):
    screening.add(
        "registrations",
        country=country,
        act="statelessness_recognition",
        date=date,
        by="authority",
    )


@step(given)
def recognized_refugee(screening, country, date):
    screening.add(
        "registrations", country=country, act="refugee_recognition", date=date, by="authority"
    )


@step(given)
def married_to(screening, country, date):
    screening.add("marriages", spouse_nationality=country, **{"from": date})


@step(given)
def resides(screening, country, date, immigration_status):
    period = {"country": country, "from": date}
    if immigration_status:
        period["status"] = immigration_status
    screening.add("residence", **period)


@step(given)
def worked_case(screening, case_id):
    screening.load_worked_case(case_id)


# --- Given: Belize ----------------------------------------------------------------------------
# Belize's independence provisions (Constitution s.23) turn on a grandparent and on a marriage
# existing on 20 Sep 1981; its loss and certificate rules on acts of the Minister.


@step(given)
def grandparent_cukc(screening, line, role, cukc):
    screening.grandparent(line, role)["cukc_on_1981_09_20"] = cukc


@step(given)
def grandparent_alive(screening, line, role, alive):
    screening.grandparent(line, role)["alive_on_1981_09_21"] = alive


@step(given)
def person_sex(screening, sex):
    screening.person["sex"] = sex


@step(given)
def marriage_ended(screening, date):
    screening.person["marriages"][-1]["to"] = date


@step(given)
def certified(screening, country, date):
    screening.add(
        "registrations", country=country, act="nationality_declaration", date=date, by="authority"
    )


# --- When --------------------------------------------------------------------------------------


@step(when)
def screen_on(screening, date, lang):
    screening.screen(date, lang)


@step(when)
def screen_worked_case(screening, lang):
    screening.screen(None, lang)


# --- Then --------------------------------------------------------------------------------------


@step(then)
def status_is(screening, country, status):
    screening.assert_status(country, status)


@step(then)
def rule_decides(screening, rule, decides):
    screening.assert_rule(rule, decides=decides)


@step(then)
def basis_cites(screening, text):
    screening.assert_cites(text)


@step(then)
def condition_open(screening, act, actor, start, deadline):
    screening.assert_condition(act, actor, deadline, start)


@step(then)
def nothing_open(screening):
    screening.assert_nothing_open()


@step(then)
def route_open(screening, rule, start):
    """A discretionary way in (a naturalization) is listed, from that day when one is said."""
    screening.assert_route(rule, start)


@step(then)
def no_route(screening):
    screening.assert_no_route()


@step(then)
def lead_cites(screening, country, code):
    """A state without a pack points to GLOBALCIT's coding of that mode (its code, e.g. A01b),
    and stays undetermined."""
    screening.assert_lead(country, code)


@step(then)
def practice_mentions(screening, country, shown, text):
    """A practice note beside the law is shown with that state's answer (or, said with "not",
    is not: it held at another time, or elsewhere)."""
    screening.assert_practice(country, text, shown)


@step(then)
def risk_is(screening, risk):
    screening.assert_risk(risk)


@step(then)
def missing_fact(screening, field):
    screening.assert_missing(field)


@step(then)
def reason_mentions(screening, text):
    screening.assert_reason(text)


@step(then)
def explained(screening, rule, applies, text):
    screening.assert_explained(rule, applies=applies, text=text)


@step(then)
def proposes(screening, text, deadline, clears):
    """`clears` is None when the phrase does not say whether the action clears the risk."""
    screening.assert_action(text, deadline, clears)


@step(then)
def risk_consistent(screening):
    screening.assert_risk_consistent()


# --- The reform lab: the law before and after a reform, its impact, the audit -----------------


@step(when)
def screen_before_and_after(screening, date, reform, lang):
    screening.screen_before_and_after(date, reform, lang)


@step(then)
def status_on_side(screening, side, country, status):
    screening.side(side)
    status_is(screening, country, status)


@step(then)
def rule_on_side(screening, side, rule, decides):
    screening.side(side)
    rule_decides(screening, rule, decides)


@step(then)
def risk_on_side(screening, side, risk):
    screening.side(side)
    risk_is(screening, risk)


@step(then)
def missing_on_side(screening, side, field):
    screening.side(side)
    missing_fact(screening, field)


@step(when)
def measure_impact(screening, reform, sample, axes, date):
    screening.measure_impact(reform, date, axes, int(sample))


@step(then)
def no_harm(screening):
    screening.assert_no_harm()


@step(then)
def cases_move(screening, before, after, country):
    screening.assert_moves(country, before, after)


@step(then)
def fewer_at_risk(screening, risk):
    screening.assert_fewer(risk)


@step(then)
def group_shares(screening, before, after, country, fact, value):
    screening.assert_group_shares(country, before, after, fact, value)


@step(when)
def run_audit(screening, states):
    screening.run_audit(states)


@step(then)
def distinguishes(screening, rule, depends, ground):
    screening.assert_distinguishes(rule, ground, depends=depends)


@step(then)
def nobody_distinguishes(screening, ground):
    screening.assert_nobody_distinguishes(ground)


@step(then)
def flags_agree(screening):
    screening.assert_flags_agree()


from tests import steps_scorecard  # noqa: E402,F401  (its steps, registered below)

# --- Each language's phrases, onto these steps -------------------------------------------------


def converter(words: dict | Callable) -> Callable:
    """A group's words to their canonical value: looked up in its word table, or, where a table
    will not do (a country also named by its ISO code, a list of countries), by the language's
    own function. A group the phrase left out stays None (pytest-bdd converts it too)."""
    if callable(words):
        return words
    return lambda word: None if word is None else words[word]


def register(phrases: ModuleType) -> None:
    """Register each phrase of a language onto its step, with the converters of the language's
    words and, for a step that screens, the language the answer is to be explained in.

    A phrase's groups must be exactly the step's values: pytest-bdd would silently drop a group
    the step does not take, and look a value no group gives up as a fixture.

    pytest-bdd keeps a step definition as a fixture in the module that registers it, and sees
    it only if that module is a plugin: stacklevel=2 puts it in this one, which conftest loads.
    """
    converters = {group: converter(words) for group, words in phrases.WORDS.items()}
    for name, pattern in phrases.PHRASES.items():
        kind, func = STEPS[name]
        parser, parameters = parsers.re(pattern), signature(func).parameters
        values = set(parameters) - {"screening", "lang"}
        assert set(parser.regex.groupindex) == values, f"{phrases.LANG} {name}: {pattern}"
        if "lang" in parameters:
            func = partial(func, lang=phrases.LANG)
        kind(parser, converters=converters, stacklevel=2)(func)


register(phrases_es)
register(phrases_en)
