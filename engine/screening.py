"""Screen one case: which countries to consider, evaluate each, and the statelessness risk."""

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from engine.compile import CompiledCountry, compile_country
from engine.explain import Explainer
from engine.facts import derive, found_in
from engine.i18n import translator
from engine.indication import indication
from engine.loader import Law
from engine.plausibility import warnings
from engine.prepare import reads_otherwise_stateless
from engine.resolve import Answer, CountryIndex, country_index, resolve
from engine.session import RuleSessions
from schemas.case import Case
from schemas.determination import (
    CountryResult,
    Determination,
    Practice,
    Referral,
    RulePackRef,
)

UNENCODED = "undetermined"  # the status of a state no rule pack encodes


class Screener:
    """One version of the law, compiled to durable_rules rulesets (one per country)."""

    def __init__(self, law: Law, compiled: dict[str, CompiledCountry] | None = None):
        """`compiled`: compile_law(law), when it was kept from an earlier run."""
        self.law = law
        self.ref = RulePackRef(version=law.version, digest=law.digest)
        self.compiled = compiled or compile_law(law)
        self._built: dict[tuple[str, str], Referral] = {}
        self._notes: dict[tuple[str, str], list[Note]] = {}
        self._indexes: dict[str, CountryIndex] = {}
        self._sessions = RuleSessions({c: cc.definition for c, cc in self.compiled.items()})
        self._spoken = {c: cl.pack.language for c, cl in law.countries.items()}
        self._safeguarded = self._having(reads_otherwise_stateless)
        self._barring = self._having(lambda rule: rule.rule.barred_if_stateless)

    def _having(self, test) -> frozenset[str]:
        """The states with a rule that passes `test`: the others skip what such rules ask."""
        return frozenset(c for c, cl in self.law.countries.items() if any(map(test, cl.rules)))

    def screen(self, case: Case, lang: str | None = None, explain: bool = False) -> Determination:
        """The determination; with `explain`, why each answer and why not the other rules.
        `lang` defaults to the language of the states involved."""
        countries = considered(case, found_in(case))
        lang = lang or self.language(countries)
        determination, answers, facts = self.answer(case, lang, countries)
        if explain and answers:  # none when no state the case names has a rule pack
            explainer = Explainer(facts, lang)
            for country, answer in answers.items():
                explanation = explainer.country(self.law.countries[country].rules, answer)
                determination.nationality[country].explanation = explanation
        return determination

    def language(self, countries: Iterable[str]) -> str:
        """English when every state involved that has a pack speaks it (its pack's `language`:
        Belize); Spanish otherwise, and when no state involved has a pack."""
        spoken = {self._spoken[c] for c in countries if c in self._spoken}
        return "en" if spoken == {"en"} else "es"

    def answer(self, case: Case, lang: str = "es", countries: list[str] | None = None):
        """The determination, per encoded country the rules behind it, and the facts."""
        countries = countries or considered(case, found_in(case))
        encoded = [c for c in countries if c in self.law.countries]
        facts = None
        answers: dict[str, Answer] = {}
        if encoded:
            facts = derive(case)
            patterns = self._sessions.fire(encoded, facts.values)
            fired = {c: self.compiled[c].decide(patterns[c]) for c in encoded}
            for country in encoded:
                answers[country] = resolve(self._index(country), fired[country], facts, lang)
            barred = {}
            for country in encoded:  # losses the law bars when they would cause statelessness
                barred[country] = self._barred_losses(country, answers, case)
                if barred[country]:
                    index = self._index(country)
                    answers[country] = resolve(index, fired[country], facts, lang, barred[country])
            readers = [c for c in encoded if c in self._safeguarded]
            if readers:
                self._otherwise_stateless(readers, countries, facts, answers, barred, lang)
        results = _results(countries, answers, lang)
        living = living_in(case)
        for country in countries:  # beside the answers: practice, and leads where no pack is
            if country in self.law.countries:
                if practice := self._practice(country, case.as_of, living, lang):
                    results[country].practice = practice
            elif (lead := indication(case, country)) is not None:
                results[country].indication = lead
        at_risk = risk(results)
        determination = Determination(
            case_id=case.id,
            as_of=case.as_of,
            rulepack=self.ref,
            nationality=results,
            stateless_risk=at_risk,
            referral=self._referrals(living, encoded, lang) if at_risk != "none" else [],
            warnings=warnings(case, lang),
        )
        return determination, answers, facts

    def _otherwise_stateless(self, readers, countries, facts, answers, barred, lang) -> None:
        """Second pass, for safeguards that grant a nationality only to a person who would
        otherwise be stateless: the first pass (the fact false) says whether the person is:
        true when every state considered says not national, false when one says national,
        unknown while a state is undetermined or a route is open."""
        statuses = [answers[c].result.status if c in answers else UNENCODED for c in countries]
        value = {"none": False, "stateless": True}.get(_risk(statuses))
        if value is False:
            return  # the safeguards' condition stays false: the first pass stands
        facts.values["otherwise_stateless"] = value
        patterns = self._sessions.fire(readers, facts.values)
        for country in readers:
            fired = self.compiled[country].decide(patterns[country])
            answers[country] = resolve(self._index(country), fired, facts, lang, barred[country])

    def _index(self, country: str) -> CountryIndex:
        """The state's rules as resolve() reads them, worked out on its first case."""
        if country not in self._indexes:
            self._indexes[country] = country_index(self.law.countries[country].rules)
        return self._indexes[country]

    def _barred_losses(self, country: str, answers: dict, case: Case) -> frozenset[str]:
        """The losses that ended this nationality although the law bars a loss leaving the
        person stateless, when no other nationality is known: another state's `national`
        answer, or a naturalization granted elsewhere."""
        result = answers[country].result
        if country not in self._barring or result.status == "national":
            return frozenset()
        losses = {r.id for r in answers[country].applied if r.rule.barred_if_stateless}
        if not losses.intersection(result.rules):
            return frozenset()
        other = any(a.result.status == "national" for c, a in answers.items() if c != country)
        other |= any(
            n.country != country for n in case.person.naturalizations if n.date <= case.as_of
        )
        return frozenset() if other else frozenset(losses)

    def _practice(self, country: str, on, living: list[str], lang: str) -> list[Practice]:
        """The state's practice notes that bear on the person on `on` (bears_on), each built
        once per language and shared, as referrals are."""
        key = (country, lang)
        if key not in self._notes:
            pack = self.law.countries[country].pack
            self._notes[key] = [_note(note, lang) for note in pack.practice]
        return [note.practice for note in self._notes[key] if bears_on(note, on, living)]

    def _referrals(self, living: list[str], encoded: list[str], lang: str) -> list[Referral]:
        """Procedures of the encoded states the person lives in (`living`: living_in); if none
        is known, of every encoded state considered."""
        states = [c for c in living if c in self.law.countries] or encoded
        return [self._referral(c, lang) for c in states]

    def _referral(self, country: str, lang: str) -> Referral:
        """A state's referral, built once per language: the same for every case (shared, as
        no step changes an answer's parts once built)."""
        key = (country, lang)
        if key not in self._built:
            self._built[key] = referral(self.law.countries[country].pack, lang)
        return self._built[key]


def compile_law(law: Law) -> dict[str, CompiledCountry]:
    """Each state's rules as its durable_rules ruleset."""
    return {c: compile_country(cl.rules) for c, cl in law.countries.items()}


def _results(countries: list[str], answers: dict, lang: str) -> dict[str, CountryResult]:
    """Each country's result: its answer, or undetermined when no pack is encoded for it."""
    if len(answers) == len(countries):  # every country has its answer: nothing to translate
        return {country: answers[country].result for country in countries}
    _ = translator(lang)
    return {
        country: answers[country].result
        if country in answers
        else CountryResult(
            status=UNENCODED, reason=_("no rule pack for %(country)s") % {"country": country}
        )
        for country in countries
    }


def considered(case: Case, found_in: str | None = None) -> list[str]:
    """Every country the facts name, in a stable order: birth first, then the parents'. Plain
    loops: this runs for every case, and a comprehension per list costs a call each."""
    p = case.person
    named = [p.birth_country, p.vessel_flag, found_in]
    for parent in case.parents:
        for held in parent.nationalities:
            named.append(held.country)
        named.append(parent.born_in)
    named += p.birth_registered_in
    for acts in (p.registrations, p.residence, p.naturalizations, p.renunciations):
        for act in acts:
            named.append(act.country)
    for marriage in p.marriages:
        named.append(marriage.spouse_nationality)
    for grandparent in case.grandparents:
        for held in grandparent.nationalities:
            named.append(held.country)
        named.append(grandparent.born_in)
    return [c for c in dict.fromkeys(named) if c]


def living_in(case: Case) -> list[str]:
    """The states the person lives in on `as_of`, as the residence periods say."""
    periods = case.person.residence
    on = case.as_of
    return list(
        dict.fromkeys(r.country for r in periods if r.from_ <= on and (r.to is None or r.to >= on))
    )


class Note(NamedTuple):
    """A pack's practice note as every case asks it: in force from `start` to `end` (None:
    still), about the states `where` (none: any), said as `practice` in one language."""

    start: dt.date
    end: dt.date | None
    where: frozenset[str]
    practice: Practice


def bears_on(note: Note, on: dt.date, living: list[str]) -> bool:
    """Whether a practice note bears on the person on `on`: in force that day, and about a
    state the person lives in (or any, when the note names none)."""
    in_force = note.start <= on and (note.end is None or on <= note.end)
    return in_force and (not note.where or not note.where.isdisjoint(living))


def _note(note, lang: str) -> Note:
    during = note.during
    practice = Practice(
        text=getattr(note.text, lang),
        basis="; ".join(s.citation() for s in note.source),
        from_=during.from_,
        to=during.to,
    )
    return Note(during.from_, during.to, frozenset(note.where), practice)


def referral(pack, lang: str) -> Referral:
    procedure = pack.statelessness_procedure
    instrument = procedure.instrument if procedure else None
    conventions = {
        year: ("party" + (f" since {c.date}" if c.date else ""))
        if c.status == "party"
        else "not a party"
        for year, c in pack.conventions.items()
    }
    return Referral(
        country=pack.country,
        procedure=bool(procedure and procedure.exists),
        instrument=instrument.citation() if instrument else None,
        url=instrument.url if instrument else None,
        authority=getattr(procedure.authority, lang) if procedure and procedure.authority else None,
        conventions=conventions,
    )


def risk(results: dict[str, CountryResult]) -> str:
    return _risk([r.status for r in results.values()])


def _risk(statuses: list[str]) -> str:
    """none when a state says national; stateless when every state says not national."""
    if "national" in statuses:
        return "none"
    if statuses and all(s == "not_national" for s in statuses):
        return "stateless"
    return "at_risk"
