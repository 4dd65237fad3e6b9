"""Each ruleset keeps one durable_rules session for every case: it must end each case empty, and
a session left holding a fact must never decide another case."""

import json
from datetime import date
from types import SimpleNamespace

import durable_rules_engine as core
import pytest

from engine.compile import DAYS, compile_country
from engine.session import MATCHES_PER_ACTION, SID, RuleSessions
from schemas.conditions import AllOf, OnPerson
from schemas.conditions import Test as FieldTest
from schemas.facts import PERSON as PERSON_FIELDS

PERSON = {"id": "person0", "t": "person"}
ROW = {"id": "rows0", "t": "rows", "v": 1}

RULES = {
    "X": {
        "person": {"all": [{"m": {"t": "person"}}], "run": "person"},
        "row": {"all": [{"m": {"$and": [{"t": "rows"}, {"v": 1}]}}], "run": "row"},
    }
}


def test_each_case_leaves_the_session_empty():
    sessions = RuleSessions(RULES)
    first = sessions.fire(["X"], PERSON | {"rows": [ROW]})
    assert first == {"X": {"person", "row"}}
    assert core.get_facts(sessions._handles["X"], SID) == "[]"
    # the same facts again fire the same rules, and other facts only theirs
    assert sessions.fire(["X"], PERSON | {"rows": [ROW]}) == first
    assert sessions.fire(["X"], PERSON | {"rows": [ROW | {"v": 2}]}) == {"X": {"person"}}


def test_a_rule_matching_many_facts_fires_once_and_takes_them_all(monkeypatch):
    """A rule's matches come in one action (durable_rules' cap); past that many, in more
    actions of the same rule: either way the rule fired, once, and the session ends empty."""
    sessions = RuleSessions(RULES)
    actions = []
    complete = core.complete_and_start_action
    monkeypatch.setattr(
        core,
        "complete_and_start_action",
        lambda h, state: actions.append(1) or complete(h, state),
    )
    for count in (3, MATCHES_PER_ACTION + 1):
        rows = [ROW | {"id": f"rows{k}"} for k in range(count)]
        actions.clear()
        assert sessions.fire(["X"], PERSON | {"rows": rows}) == {"X": {"person", "row"}}
        assert len(actions) == (2 if count == 3 else 3)  # one action each, then one more
        assert core.get_facts(sessions._handles["X"], SID) == "[]"


def test_a_session_left_holding_a_fact_is_dropped_not_reused():
    sessions = RuleSessions(RULES)
    sessions.fire(["X"], PERSON)
    stale = json.dumps([ROW])
    core.assert_facts(sessions._handles["X"], stale)  # as if a case had stopped part way
    with pytest.raises(RuntimeError):
        sessions.fire(["X"], PERSON | {"rows": [ROW]})
    assert sessions.fire(["X"], PERSON) == {"X": {"person"}}


def test_a_ruleset_is_sent_only_the_kinds_of_fact_and_the_fields_its_patterns_read(monkeypatch):
    sessions = RuleSessions(RULES)
    sent = []
    assert_facts = core.assert_facts
    monkeypatch.setattr(
        core, "assert_facts", lambda h, text: sent.append(text) or assert_facts(h, text)
    )
    other = {"id": "other0", "t": "other"}
    values = PERSON | {"age": 3, "rows": [ROW | {"w": 2}], "other": [other]}
    assert sessions.fire(["X"], values) == {"X": {"person", "row"}}
    assert json.loads(sent[0]) == [PERSON, ROW]  # neither the person's age nor the row's w
    assert core.get_facts(sessions._handles["X"], SID) == "[]"


def test_a_ruleset_reading_no_kind_the_case_has_is_still_sent_the_person():
    """durable_rules crashes when asserted an empty list: the person goes to every ruleset."""
    sessions = RuleSessions({"Y": {"row": RULES["X"]["row"]}})
    assert sessions.fire(["Y"], PERSON) == {"Y": set()}
    assert sessions.fire(["Y"], PERSON | {"rows": [ROW]}) == {"Y": {"row"}}
    assert core.get_facts(sessions._handles["Y"], SID) == "[]"


def test_in_force_tests_are_asked_the_other_way_round_on_days_always_known():
    """An in-force leaf (a day on or after a date) is given to durable_rules as its negation,
    which seldom fires: the same answer only because the days are never unknown."""
    assert all(PERSON_FIELDS[day].always_known for day in DAYS)
    since_1950 = OnPerson((FieldTest("birth_date", "gte", date(1950, 1, 1).toordinal()),))
    born_in_cr = OnPerson((FieldTest("birth_country", "eq", "CR"),))
    rule = SimpleNamespace(id="CR.birth", cond=AllOf((born_in_cr, since_1950)), met=())
    compiled = compile_country([rule])
    sessions = RuleSessions({"CR": compiled.definition})

    def decided(birth: date, country: str = "CR") -> set[str]:
        person = {"id": "person0", "t": "person", "birth_country": country}
        fired = sessions.fire(["CR"], person | {"birth_date": birth.toordinal()})
        return set(compiled.decide(fired["CR"]))

    assert decided(date(2000, 1, 1)) == {"CR.birth"}
    assert decided(date(1950, 1, 1)) == {"CR.birth"}
    assert decided(date(1949, 12, 31)) == set()
    assert decided(date(2000, 1, 1), "PA") == set()
