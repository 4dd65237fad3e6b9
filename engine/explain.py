"""Why and why not: explanations a caseworker can check against the case.

Built with the plain three-valued evaluator over the same facts durable_rules saw: for the rules
that decided a country's answer, each condition with the facts that satisfied it; for every other
rule of that country, the first condition that failed and the fact behind it.
"""

import datetime as dt

from engine.evaluate import evaluate, row_value, test
from engine.facts import Facts
from engine.i18n import (
    FIELDS,
    NO,
    NO_ROWS,
    NO_STATE,
    ROWS,
    TESTS,
    UNKNOWN,
    VALUES,
    YES,
    country_name,
    translator,
)
from engine.prepare import PreparedRule, residence_under_way
from engine.resolve import Answer
from schemas.conditions import AllOf, Cond, Exists, OnPerson, Test
from schemas.determination import Check, Explanation, RuleReason
from schemas.facts import COLLECTIONS, NONE, PERSON


class Explainer:
    """Explanations in one language, over one case's facts."""

    def __init__(self, facts: Facts, lang: str):
        self.facts, self.values, self.lang = facts, facts.values, lang
        self._ = translator(lang)

    # --- a country ----------------------------------------------------------------------------

    def country(self, rules: tuple[PreparedRule, ...], answer: Answer) -> Explanation:
        _ = self._
        deciding = set(answer.result.rules)
        expired = {r.id for r in answer.expired}
        why = [
            self.reason(
                r,
                self.holding(r.cond),
                _("the time to do it has passed") if r.id in expired else None,
            )
            for r in rules
            if r.id in deciding
        ]
        why_not = [self.rejected(r, answer) for r in rules if r.id not in deciding]
        return Explanation(why=why, why_not=why_not)

    def rejected(self, rule: PreparedRule, answer: Answer) -> RuleReason:
        _ = self._
        if rule.id in answer.defeated:
            note = _("an exception applies: {rule}").format(rule=answer.defeated[rule.id])
            return self.reason(rule, self.holding(rule.cond), note)
        if any(r.id == rule.id for r in answer.expired):
            return self.reason(rule, self.holding(rule.cond), _("the time to do it has passed"))
        if any(r.id == rule.id for r in answer.unopened):
            note = _("the residence it requires has not begun")
            return self.reason(rule, self.residence_missing(rule), note)
        if any(route.rule == rule.id for route in answer.result.routes):
            note = _("a way in the state may refuse: listed among the discretionary routes")
            return self.reason(rule, self.holding(rule.cond), note)
        if rule.id in answer.fired:
            if rule.rule.follows and rule.id not in answer.took:
                follows = ", ".join(rule.rule.follows)
                return self.reason(
                    rule, [], _("only after {rules} takes effect").format(rules=follows)
                )
            if rule.rule.outcome == "excluded":
                defeats = ", ".join(r for r, by in answer.defeated.items() if by == rule.id)
                note = (
                    _("an exception that applies: it defeats {rules}").format(rules=defeats)
                    if defeats
                    else _("an exception that applies, to no rule that applies here")
                )
                return self.reason(rule, self.holding(rule.cond), note)
            return self.reason(rule, [], _("it applies, but other rules decide"))
        return self.reason(rule, self.first_failure(rule.cond))

    def residence_missing(self, rule: PreparedRule) -> list[Check]:
        """Why a route's residence has not begun: the residence it needs, against the periods
        the case records."""
        needs = [req.residence for req in rule.rule.requires if req.residence is not None]
        return [c for need in needs for c in self.first_failure(residence_under_way(need))]

    def reason(self, rule: PreparedRule, checks: list[Check], note: str | None = None):
        period = rule.rule.in_force
        until = period.to.isoformat() if period.to else ""
        return RuleReason(
            rule=rule.id,
            title=getattr(rule.rule.title, self.lang),
            citations=list(rule.citations),
            in_force=f"{period.from_.isoformat()} – {until}".rstrip(),
            checks=checks,
            note=note,
        )

    # --- conditions -----------------------------------------------------------------------------

    def holding(self, cond: Cond) -> list[Check]:
        """Each test of a condition that holds, with the fact that satisfies it."""
        if isinstance(cond, OnPerson):
            return [self.check(t, "person", self.values) for t in cond.tests]
        if isinstance(cond, Exists):
            if cond.none:
                return [self.none_check(cond)]
            rows = self.values[cond.coll]
            row = next((k for k, r in enumerate(rows) if row_value(cond.tests, r)), None)
            if row is None:
                return []
            label = self._(ROWS[cond.coll])
            return [self.check(t, cond.coll, rows[row], row, prefix=label) for t in cond.tests]
        if isinstance(cond, AllOf):
            return [c for item in cond.items for c in self.holding(item)]
        held = [i for i in cond.items if evaluate(i, self.values)]
        return self.holding(held[0]) if held else []

    def first_failure(self, cond: Cond) -> list[Check]:
        """The first condition that does not hold (false, or unknown), and the fact behind it."""
        if evaluate(cond, self.values) is True:
            return []
        if isinstance(cond, OnPerson):
            failing = [t for t in cond.tests if test(t, self.values) is not True]
            return [self.check(failing[0], "person", self.values)]
        if isinstance(cond, Exists):
            return [self.none_check(cond)] if cond.none else self.closest_rows(cond)
        if isinstance(cond, AllOf):
            item = next(i for i in cond.items if evaluate(i, self.values) is not True)
            return self.first_failure(item)
        return [c for item in cond.items for c in self.first_failure(item)]

    def closest_rows(self, cond: Exists) -> list[Check]:
        """Why no row passes: the rows that come closest, each with its first failing test."""
        _ = self._
        rows = self.values[cond.coll]
        label = _(ROWS[cond.coll])
        if not rows:
            tests = "; ".join(self.phrase(t, cond.coll) for t in cond.tests)
            return [Check(text=f"{label}: {tests} — {_(NO)}", holds=False, fact=_("none recorded"))]
        scores = [sum(test(t, r) is not True for t in cond.tests) for r in rows]
        closest = [k for k, score in enumerate(scores) if score == min(scores)]
        return [
            self.check(
                next(t for t in cond.tests if test(t, rows[k]) is not True),
                cond.coll,
                rows[k],
                k,
                prefix=label,
            )
            for k in closest
        ]

    def none_check(self, cond: Exists) -> Check:
        rows = self.values[cond.coll]
        tests = "; ".join(self.phrase(t, cond.coll) for t in cond.tests)
        holds = evaluate(cond, self.values)
        passing = [k for k, r in enumerate(rows) if row_value(cond.tests, r) is not False]
        fact = ", ".join(self.path(cond.coll, k) for k in passing) or None
        text = f"{self._(NO_ROWS[cond.coll])}: {tests} — {self.verdict(holds)}"
        return Check(text=text, holds=holds, fact=fact)

    def check(self, t: Test, coll: str, row: dict, k=None, prefix: str | None = None) -> Check:
        holds = test(t, row)
        shown = self.raw(coll, t.field, row.get(t.field))
        where = f"{self.path(coll, k)}: " if k is not None else ""
        text = f"{self.phrase(t, coll)} — {self.verdict(holds)}"
        return Check(
            text=f"{prefix}: {text}" if prefix else text,
            holds=holds,
            fact=f"{where}{t.field} = {shown}",
        )

    # --- words --------------------------------------------------------------------------------

    def phrase(self, t: Test, coll: str) -> str:
        _ = self._
        field = _(FIELDS[(coll, t.field)])
        kind = self.kind(coll, t.field)
        if t.op == "known":
            key = "known" if t.value else "unknown"
            return _(TESTS[key]).format(field=field)
        if kind == "bool" and t.op in ("eq", "ne"):
            key = "not"
            return field if t.value == (t.op == "eq") else _(TESTS[key]).format(field=field)
        op = f"{t.op}_int" if kind == "int" and t.op in ("lt", "lte", "gt", "gte") else t.op
        values = t.value if isinstance(t.value, tuple) else (t.value,)
        shown = ", ".join(self.value(coll, t.field, v) for v in values)
        return _(TESTS[op]).format(field=field, value=shown)

    def value(self, coll: str, field: str, value) -> str:
        _ = self._
        kind = self.kind(coll, field)
        if value is None:
            return _(UNKNOWN)
        if kind == "date":
            return dt.date.fromordinal(value).isoformat()
        if kind == "bool":
            return _(YES if value else NO)
        if kind == "country":
            return _(NO_STATE[field]) if value == NONE else country_name(value, self.lang)
        if kind == "enum":
            return _(VALUES.get(value, value))
        return str(value)

    def raw(self, coll: str, field: str, value) -> str:
        if value is None:
            return "null"
        if self.kind(coll, field) == "date":
            return dt.date.fromordinal(value).isoformat()
        return str(value).lower() if isinstance(value, bool) else str(value)

    def verdict(self, holds: bool | None) -> str:
        return self._(YES if holds else UNKNOWN if holds is None else NO)

    def path(self, coll: str, k: int) -> str:
        origin = self.facts.origin[coll][k]
        base = coll if coll in ("parents", "grandparents") else f"person.{coll}"
        path = f"{base}[{origin['i']}]"
        if coll in ("parents", "grandparents") and self.values[coll][k]["nationality"] != NONE:
            path += f".nationalities[{origin['j']}]"
        return path

    @staticmethod
    def kind(coll: str, field: str) -> str:
        return (PERSON if coll == "person" else COLLECTIONS[coll][1])[field].kind
