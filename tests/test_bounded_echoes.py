"""A reform or rule pack holding a huge value where a short one belongs (issue 14, item 2): the
problem names the field and shows only the start of the value, never the whole of it."""

import pytest

from schemas.errors import ECHO
from tests.test_reforms import CHANGE, problems

HUGE = "Z" * 1_000_000
SHORT = 300  # a problem: the file, the rule or operation, the field, the start of the value

RULE = """
title: {es: Prueba, en: Test}
rationale: {es: Prueba, en: Test}
effective: 2027-01-01
operations:
  - add:
      id: CR.birth.test_rule
      title: {es: Prueba, en: Test}
      source: {instrument: Ley de prueba, article: "1"}
      outcome: national
      mode: [A02a]
      when: {person: {birth_country: CR}}
"""


@pytest.mark.parametrize(
    "text, field",
    [
        (CHANGE.replace("2027-01-01", HUGE), "effective"),
        (CHANGE.replace("change: CR.birth.abroad_parent_by_birth", f"change: {HUGE}"), "change"),
        (  # a key past YAML's 1024 characters of a plain key: written as an explicit key
            CHANGE.replace(
                "requires[0].windows[1].before_age: 30", f"? requires[0].{HUGE}\n      : 30"
            ),
            "requires[0].ZZZ",  # the reformed rule's field, named as far as it can be shown
        ),
        (RULE.replace("birth_country: CR", f"birth_country: {HUGE}"), "when"),
        (RULE.replace("birth_country: CR", f"birth_date: {{gte: {HUGE}}}"), "when"),
        (RULE.replace("mode: [A02a]", f"mode: [{HUGE}]"), "mode"),
        (RULE.replace("id: CR.birth.test_rule", f"id: CR.birth.{HUGE}"), "id"),
    ],
    ids=["effective", "change", "set-path", "country", "date", "mode", "rule-id"],
)
def test_a_huge_value_in_a_reform_is_echoed_only_in_part(text, field):
    found = problems(text)
    assert found
    assert all(len(p) < SHORT for p in found), [p[:SHORT] for p in found]
    assert any(field in p for p in found), found
    assert all("Z" * (ECHO + 1) not in p for p in found)
