"""Witnesses: for each rule, a case under which it applies, built from the rule's own condition.

A random population reaches the common rules; a rule about, say, a recovery declaration after a
naturalization abroad between 1982 and 2003 it almost never reaches. The discrimination audit
must exercise every rule that reads a protected fact, so it also screens these witnesses.

A witness is built, not searched for: the condition (prepared: negation normal form, dates as
day numbers) is read branch by branch; each branch's tests on the person and its "some row"
clauses give the values to write into a case (a date inside the ranges the tests allow, a
country the tests accept...), the facts that are derived from others (ages, years of
residence, a parent's nationality held at the birth) are produced through the dates they come
from, and the assessment date is put after everything the case records. "No row" clauses are
left to the check: every candidate is validated as a Case and evaluated with the plain
evaluator, and only one under which the rule applies is kept.
"""

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from engine.dates import age_on, birthday
from engine.evaluate import evaluate, test
from engine.facts import derive
from engine.loader import Law
from engine.prepare import PreparedRule
from engine.screening import considered
from schemas.case import Case
from schemas.conditions import AllOf, AnyOf, Exists, OnPerson
from schemas.facts import COLLECTIONS, NONE, PERSON

# the states a witness may name, before those with a pack: states without one (one far away,
# which no rule's list of states names, a jus soli state of the region, another of the region),
# so a witness names an encoded state only where a rule asks for it
OTHERS = ("FR", "AR", "EC")
BIRTHS = [dt.date(y, 6, 15).toordinal() for y in (1995, 2010, 2020, 1975, 1950, 1925, 1900)]
AS_OF = dt.date(2026, 6, 1).toordinal()
MAX_BRANCHES = 48
OTHER_PARENTS = ("US", None)  # a foreign parent, and one of the rule's own state (None)
# days (or the years of a birthday) a written value is put at, from the person's birth `b`
PARENT_BORN = -20000  # a grandparent, some 55 years before the birth
LONG_BEFORE = -11000  # a nationality held since long before the birth (some 30 years)
YEAR_BEFORE = -400  # a nationality acquired about a year before the birth
AFTER_BIRTH = 30  # an act, or the start of a residence, a month after the birth (or a birthday)
ACKNOWLEDGED = 400  # a parent's acknowledgement, about a year after the birth
DIED = 3650  # a grandparent's death, ten years after the birth
AT_FIVE, AT_SEVENTEEN, AT_TWENTY = 5, 17, 20  # birthdays a nationality or an act may fall on
PARENT_AGE = -30  # a parent whose presence is read was born 30 years before the child
PRESENT_YEARS, DOMICILE_YEARS = 10, 3  # years a parent lived there, unless a test asks others
MARGIN = 5  # days past the whole years, so the years count whole
PRESENCE = ("presence_years", "presence_years_after_14", "longest_presence_years")
LIVED = (*PRESENCE, "years_in_birth_country")


@dataclass(frozen=True)
class _Variant:
    """Which of the values that would do a candidate takes: `n` rotates each list of choices,
    so three variants try three different values; `countries` are the states it may name."""

    n: int
    countries: tuple[str, ...]

    def rotate(self, items) -> list:
        return _rotate(items, self.n)

    @property
    def states(self) -> list[str]:
        return self.rotate(self.countries)


class _Fail(Exception):
    """This branch cannot be written with these choices."""


def witnesses(law: Law, countries=None, only=None) -> Iterator[tuple[str, dict]]:
    """(rule id, case) for every way (branch of its condition) each rule of the given states
    (only the rules whose ids are in `only`, if given) can apply, where a witness is found; a
    witness with one parent comes again with the other parent added, a foreign national by
    birth and then a national of the rule's state: a flip between the parents, or of one
    parent's facts against the other's, needs both."""
    named = tuple(dict.fromkeys((*OTHERS, *sorted(law.countries))))
    for country, country_law in sorted(law.countries.items()):
        if countries and country not in countries:
            continue
        for rule in country_law.rules:
            if only is not None and rule.id not in only:
                continue
            for k, branch in enumerate(itertools.islice(_branches(rule.cond), MAX_BRANCHES)):
                case = _witness(rule, branch, named)
                if case is None:
                    continue
                yield rule.id, {**case, "id": f"W-{rule.id}-{k + 1}"}
                for other in OTHER_PARENTS:
                    completed = _with_other_parent(case, other or country)
                    if completed is not None:
                        yield (
                            rule.id,
                            {**completed, "id": f"W-{rule.id}-{k + 1}+{other or country}"},
                        )


def _witness(rule: PreparedRule, branch: list, countries: tuple[str, ...]) -> dict | None:
    for n in range(3):
        for case in _candidates(branch, _Variant(n, countries)):
            if _holds(rule, case):
                return case
    return None


def _holds(rule: PreparedRule, case: dict) -> bool:
    """The rule applies, and its state is considered: when nothing else in the case names the
    state, the birth record is said to be held there too, which no rule reads."""
    try:
        parsed = Case.model_validate(case)
    except ValidationError:
        return False
    if evaluate(rule.cond, derive(parsed).values) is not True:
        return False
    if rule.id[:2] not in considered(parsed):
        case["person"]["birth_registered_in"] = [rule.id[:2]]
    return True


def _with_other_parent(case: dict, country: str) -> dict | None:
    parents = case.get("parents", [])
    if len(parents) != 1 or case["person"].get("foundling"):
        return None
    role = "father" if parents[0]["role"] == "mother" else "mother"
    other = {
        "role": role,
        "legal_parentage": "birth",
        "nationalities": [{"country": country, "acquired": "birth"}],
        "born_in": country,
    }
    return {**case, "parents": [*parents, other], "parents_married_at_birth": False}


def _branches(cond) -> Iterator[list]:
    """The condition's conjunctions of leaves (its disjunctive normal form, lazily)."""
    if isinstance(cond, OnPerson | Exists):
        yield [cond]
    elif isinstance(cond, AnyOf):
        for item in cond.items:
            yield from _branches(item)
    elif isinstance(cond, AllOf):
        parts = [list(itertools.islice(_branches(i), MAX_BRANCHES)) for i in cond.items]
        for combination in itertools.islice(itertools.product(*parts), MAX_BRANCHES):
            yield [leaf for part in combination for leaf in part]


def _candidates(branch: list, variant: _Variant) -> Iterator[dict]:
    person = [t for leaf in branch if isinstance(leaf, OnPerson) for t in leaf.tests]
    some = [leaf for leaf in branch if isinstance(leaf, Exists) and not leaf.none]
    births = variant.rotate(BIRTHS)
    for preferred in births[:4]:
        try:
            birth = _number(_on(person, "birth_date"), [preferred])
            yield _case(person, some, birth, variant)
        except _Fail:
            continue


def _case(person: list, some: list, birth: int, variant: _Variant) -> dict:
    lows = [birth]  # the assessment date comes after everything the case records
    highs = []
    born = dt.date.fromordinal(birth)
    values = _person(person, variant)
    married = values.pop("married")
    case: dict = {"person": {"birth_date": born.isoformat(), **values}, "parents": []}
    case["parents_married_at_birth"] = married
    by_coll: dict[str, list] = {}
    for clause in some:
        by_coll.setdefault(clause.coll, []).append(clause.tests)
    case["parents"] = _parents(
        by_coll.pop("parents", []), born, lows, variant, values["birth_country"]
    )
    if values.get("foundling"):
        for parent in case["parents"]:
            parent["legal_parentage"] = "unknown"
    for coll, clauses in by_coll.items():
        rows = [_row(coll, tests, born, lows, highs, variant) for tests in clauses]
        _place(case, coll, rows)
    age = _on(person, "age")
    if age:
        low, high = _interval(age)
        lows.append(birthday(born, max(low, 0)).toordinal())
        if high is not None:
            highs.append(birthday(born, high + 1).toordinal() - 1)
    as_of = _number(_on(person, "as_of"), [AS_OF, max(lows)], max(lows), min(highs, default=None))
    case["as_of"] = dt.date.fromordinal(as_of).isoformat()
    return case


def _person(tests: list, variant: _Variant) -> dict:
    kind = _choice("birth_place_kind", _on(tests, "birth_place_kind"), ["territory"], variant.n)
    countries = variant.states
    born = _on(tests, "birth_country")
    country = _choice("birth_country", born, countries, variant.n, kind == "territory")
    foundling = _choice("foundling", _on(tests, "foundling"), [False, True], 0)
    values = {
        "birth_place_kind": kind,
        "birth_country": None if country == NONE else country,
        "foundling": foundling,
        "sex": _choice("sex", _on(tests, "sex"), [None], 0),
    }
    if kind != "territory":
        values["vessel_flag"] = _choice("vessel_flag", _on(tests, "vessel_flag"), countries, 0)
    elif _on(tests, "vessel_flag"):
        raise _Fail
    found = _on(tests, "found_in")
    if found:
        values["found_in"] = _choice("found_in", found, countries, 0)
    married = _on(tests, "parents_married_at_birth")
    values["married"] = _choice("parents_married_at_birth", married, [None, True, False], 0)
    if _on(tests, "otherwise_stateless"):
        raise _Fail  # settled by the engine's second pass, not written in a case
    return values


def _parents(clauses: list, born: dt.date, lows: list, variant: _Variant, where) -> list[dict]:
    """Rows of parents (one per parent and nationality) grouped into at most two parents: each
    clause goes to the role its tests allow; the variant decides between two free ones."""
    parents: dict[str, list] = {}
    free = 0
    for tests in clauses:
        roles = [r for r in ("mother", "father") if _accepts(tests, "role", r)]
        if not roles:
            raise _Fail
        role = roles[0] if len(roles) == 1 else roles[(free + variant.n) % 2]
        free += len(roles) > 1
        parents.setdefault(role, []).append(tests)
    return [_parent(role, rows, born, lows, variant, where) for role, rows in parents.items()]


def _parent(role: str, rows: list, born: dt.date, lows: list, variant: _Variant, where) -> dict:
    tests = [t for row in rows for t in row]
    known = _choice("known", _on(tests, "known"), [True], 0)
    parentages = ["birth", "acknowledged"] if known else ["unknown"]
    parentage = _choice("parentage", _on(tests, "parentage"), parentages, 0)
    parent = {
        "role": role,
        "legal_parentage": parentage,
        "born_in": _choice("born_in", _on(tests, "born_in"), [None, *variant.countries], variant.n),
        "status_in_birth_country": _choice("status", _on(tests, "status"), [None], variant.n),
        "nationalities": [],
    }
    acknowledged = _on(tests, "acknowledged_on")
    if acknowledged:
        day = _number(acknowledged, [born.toordinal() + ACKNOWLEDGED])
        parent["acknowledged_on"] = dt.date.fromordinal(day).isoformat()
    for row in rows:
        nationality = _nationality(row, born, variant)
        if nationality is not None:
            parent["nationalities"].append(nationality)
            if nationality.get("acquired_on"):
                lows.append(dt.date.fromisoformat(nationality["acquired_on"]).toordinal())
    if any(t.field in LIVED for t in tests):
        _lived(parent, rows, born, where)
    return parent


def _lived(parent: dict, rows: list, born: dt.date, where: str | None) -> None:
    """The parent's birth date and residence, for a rule that reads how long the parent lived in
    the state of a nationality before the birth, or in the child's birth country at the birth:
    one period per such nationality, ending on the birth, and one in the birth country covering
    the birth, each a little longer than the whole years chosen."""
    parent["born_on"] = birthday(born, PARENT_AGE).isoformat()
    parent["residence"] = []
    for row, nationality in zip(rows, parent["nationalities"], strict=False):
        wanted = [t for t in row if t.field in PRESENCE]
        if wanted:
            years = _number(_on(wanted, "presence_years"), [PRESENT_YEARS], 0)
            start = birthday(born, -years) - dt.timedelta(days=MARGIN)
            period = {"country": nationality["country"], "from": start.isoformat()}
            parent["residence"].append({**period, "to": born.isoformat()})
    years = _on([t for row in rows for t in row], "years_in_birth_country")
    if years and where not in (None, NONE):
        settled = _number(years, [DOMICILE_YEARS], 0)
        if settled:
            start = birthday(born, -settled) - dt.timedelta(days=MARGIN)
            parent["residence"].append({"country": where, "from": start.isoformat()})


def _nationality(tests: list, born: dt.date, variant: _Variant) -> dict | None:
    """One nationality of a parent; None for the row of a parent with none."""
    country = _choice("nationality", _on(tests, "nationality"), variant.states, 0)
    if country == NONE:
        return None
    acquired = _choice("acquired", _on(tests, "acquired"), ["birth", "naturalization"], variant.n)
    b = born.toordinal()
    wanted = [t for t in tests if t.field in ("acquired_on", "held_at_birth")]
    wanted += [t for t in tests if t.field == "child_age_when_acquired"]
    # a nationality acquired otherwise than by birth has a date (the audit flips its mode then)
    undated = [None] if acquired == "birth" else []
    options = [*undated, b + LONG_BEFORE, b + YEAR_BEFORE, b, birthday(born, AT_FIVE).toordinal()]
    options += [birthday(born, AT_SEVENTEEN).toordinal()] + [v for t in wanted for v in _values(t)]
    for day in options:
        if not isinstance(day, int) and day is not None:
            continue
        derived = {
            "acquired_on": day,
            "held_at_birth": (day <= b) if day is not None else (acquired == "birth" or None),
            "child_age_when_acquired": None
            if day is None
            else age_on(born, dt.date.fromordinal(day)),
        }
        if all(test(t, derived) is True for t in wanted):
            on = None if day is None else dt.date.fromordinal(day).isoformat()
            return {"country": country, "acquired": acquired, "acquired_on": on}
    raise _Fail


def _row(coll: str, tests: list, born: dt.date, lows: list, highs: list, variant: _Variant) -> dict:
    """A row of an act, residence, marriage or grandparent that passes `tests`."""
    fields = COLLECTIONS[coll][1]
    row = {}
    for name, field in fields.items():
        mine = _on(tests, name)
        if field.kind in ("country", "enum", "bool"):
            defaults = variant.states if field.kind == "country" else [None]
            if coll == "registrations" and name == "act":
                defaults = ["birth_registration"]
            row[name] = _choice(name, mine, defaults, variant.n, field=field)
    b = born.toordinal()
    if coll in ("registrations", "naturalizations", "renunciations"):
        preferred = [b + AFTER_BIRTH, birthday(born, AT_TWENTY).toordinal()]
        day = _dated(tests, "date", "age", born, preferred)
        lows.append(day)
        return {**row, "date": dt.date.fromordinal(day).isoformat()}
    if coll in ("residence", "marriages"):
        # a marriage at 20 (one under 10 is refused as impossible); a residence from a month old
        first = birthday(born, AT_TWENTY).toordinal() if coll == "marriages" else b + AFTER_BIRTH
        return _period(tests, row, born, lows, highs, first)
    day = _number(_on(tests, "born_on"), [b + PARENT_BORN]) if _on(tests, "born_on") else None
    died = _number(_on(tests, "died_on"), [b + DIED]) if _on(tests, "died_on") else None
    return {
        **row,
        "born_on": None if day is None else dt.date.fromordinal(day).isoformat(),
        "died_on": None if died is None else dt.date.fromordinal(died).isoformat(),
    }


def _dated(tests, date_field, age_field, born, preferred) -> int:
    """A date passing the tests on it and on the person's age then."""
    ages = _on(tests, age_field)
    options = list(preferred)
    for low in (v for t in ages for v in _values(t)):
        options.append(birthday(born, low).toordinal() + AFTER_BIRTH)
    if not ages:
        return _number(_on(tests, date_field), options, born.toordinal())
    for day in options + [v for t in _on(tests, date_field) for v in _values(t)]:
        if day < born.toordinal():
            continue
        age = age_on(born, dt.date.fromordinal(day))
        if all(test(t, {date_field: day}) is True for t in _on(tests, date_field)) and all(
            test(t, {age_field: age}) is True for t in ages
        ):
            return day
    raise _Fail


def _period(tests, row, born, lows, highs, first: int) -> dict:
    """A residence or marriage: its start, and whether it still runs, with the years it lasted
    turned into bounds on the assessment date."""
    start = _number(_on(tests, "from"), [first], born.toordinal())
    began = dt.date.fromordinal(start)
    ongoing = _choice("ongoing", _on(tests, "ongoing"), [True], 0)
    low, high = _interval(_on(tests, "years")) if _on(tests, "years") else (0, None)
    out = {k: v for k, v in row.items() if k not in ("ongoing", "years")}
    out["from"] = began.isoformat()
    if ongoing:
        lows.append(birthday(began, max(low, 0)).toordinal())
        if high is not None:
            highs.append(birthday(began, high + 1).toordinal() - 1)
        out["to"] = None
    else:
        end = birthday(began, max(low, 0)).toordinal() + AFTER_BIRTH
        out["to"] = dt.date.fromordinal(end).isoformat()
        lows.append(end + 1)
    return out


def _place(case: dict, coll: str, rows: list[dict]) -> None:
    person = case["person"]
    if coll == "grandparents":
        case["grandparents"] = [_grandparent(r) for r in rows]
    elif coll == "registrations":
        person["registrations"] = [{k: v for k, v in r.items() if k != "age"} for r in rows]
    elif coll in ("naturalizations", "renunciations"):
        person[coll] = [{"country": r["country"], "date": r["date"]} for r in rows]
    elif coll == "residence":
        person["residence"] = rows
    else:
        person["marriages"] = rows


def _grandparent(row: dict) -> dict:
    nationality = row.pop("nationality")
    acquired = row.pop("acquired") or "birth"
    nationalities = [] if nationality in (None, NONE) else [{"country": nationality}]
    for n in nationalities:
        n["acquired"] = acquired
    return {**{k: v for k, v in row.items() if v is not None}, "nationalities": nationalities}


# --- choosing values ----------------------------------------------------------------------------


def _on(tests, field: str) -> list:
    return [t for t in tests if t.field == field]


def _accepts(tests, field: str, value) -> bool:
    return all(test(t, {field: value}) is not False for t in _on(tests, field))


def _rotate(items, n: int) -> list:
    items = list(items)
    n %= max(len(items), 1)
    return items[n:] + items[:n]


def _values(t) -> list:
    return list(t.value) if isinstance(t.value, tuple) else [t.value]


def _choice(name, tests, defaults, n, territory=False, field=None):
    """The first value the tests accept: those they name (rotated by `n`), then the defaults,
    then any value of the field's vocabulary, and unknown (None) last. No state at all is a
    birth country only for a birth aboard outside any `territory`."""
    field = field or PERSON.get(name) or COLLECTIONS["parents"][1].get(name)
    named = [v for t in tests if t.op in ("eq", "in") for v in _values(t)]
    options = _rotate(named, n) + list(defaults) + _rotate(_vocabulary(field), n) + [None]
    options = _as_field_allows(options, field)
    if name == "birth_country" and territory:
        options = [v for v in options if v != NONE]
    for value in options:
        if all(test(t, {name: value}) is True for t in tests):
            return value
    raise _Fail


def _vocabulary(field) -> list:
    if field is None:
        return []
    if field.kind == "bool":
        return [True, False]
    return sorted(field.values) if field.values else []


def _as_field_allows(options: list, field) -> list:
    """Unknown (None) dropped for a field always known; `none` added for one that allows it."""
    if field is not None and field.always_known:
        options = [v for v in options if v is not None]
    if field is not None and field.allows_none:
        options = [*options, NONE]
    return options


def _interval(tests) -> tuple[int, int | None]:
    low, high = -(10**9), None
    for t in tests:
        if t.op in ("gte", "gt"):
            low = max(low, t.value + (t.op == "gt"))
        elif t.op in ("lte", "lt"):
            bound = t.value - (t.op == "lt")
            high = bound if high is None else min(high, bound)
        elif t.op == "eq":
            low, high = t.value, t.value
    return low, high


def _number(tests, preferred, low=None, high=None) -> int:
    """A day number (or count) passing the tests: a preferred value pulled into the range the
    tests allow, else a value they name."""
    t_low, t_high = _interval(tests)
    low = t_low if low is None else max(low, t_low)
    high = t_high if high is None else (high if t_high is None else min(high, t_high))
    options = []
    for p in preferred:
        p = max(p, low)
        options.append(p if high is None else min(p, high))
    options += [low] + ([high] if high is not None else [])
    options += [v for t in tests if t.op in ("eq", "in") for v in _values(t)]
    for value in options:
        if value is None or (high is not None and not low <= value <= high) or value < low:
            continue
        if all(test(t, {t.field: value}) is True for t in tests):
            return value
    raise _Fail
