"""What would change the answer: each act still open, and acknowledging a parent the law does
not yet count, tried on a copy of the case and screened again.

A step above screening: it re-screens through the Screener it is given, and the Engine
(engine/__init__.py) composes it after the explanations.
"""

from engine.i18n import ACTORS, REQUIRED_ACTS, VALUES, country_name, translator
from engine.screening import Screener
from schemas.case import Case
from schemas.determination import Action, Condition, Determination


def actions(
    screener: Screener, case: Case, determination: Determination, lang: str
) -> list[Action]:
    """What the person, or a parent, can still do that would change an answer: each open act
    with its dates, and acknowledging a parent the law does not yet count. Each is tried on a
    copy of the case, as if done on its first possible day, to say whether it would leave the
    statelessness risk at none."""
    _ = translator(lang)
    found = []
    for country, result in determination.nationality.items():
        for c in result.conditions:
            text = _(REQUIRED_ACTS[c.act]) + f" ({country_name(country, lang)}), " + _(ACTORS[c.by])
            if c.from_:
                text += ", " + _("from %(date)s") % {"date": c.from_.isoformat()}
            if c.deadline:
                text += ", " + _("until %(date)s") % {"date": c.deadline.isoformat()}
            found.append(
                Action(
                    country=country,
                    act=c.act,
                    text=text,
                    by=c.by,
                    from_=c.from_,
                    deadline=c.deadline,
                    rule=c.rule,
                    resolves_risk=_try_act(screener, case, c),
                )
            )
    found.extend(_acknowledgements(screener, case, determination, lang))
    return found


def _try_act(screener: Screener, case: Case, condition: Condition) -> bool | None:
    """Screen a copy of the case where the act was done on its first possible day."""
    requirement = next(
        r for r in screener.law.rule(condition.rule).rule.requires if r.act == condition.act
    )
    day = max(case.as_of, condition.from_ or case.as_of)
    data = case.model_dump(by_alias=True)
    if requirement.satisfied_by:
        act = {
            "country": requirement.registry,
            "act": requirement.satisfied_by[0],
            "date": day,
            "by": condition.by,
        }
        data["person"]["registrations"].append(act)
    elif requirement.residence is not None and requirement.residence.years == 0:
        data["person"]["residence"].append({"country": requirement.residence.country, "from": day})
    else:
        return None  # an application, or years of residence: no record would show it done
    data["as_of"] = day
    return screener.screen(Case.model_validate(data)).stateless_risk == "none"


def _acknowledgements(
    screener: Screener, case: Case, determination: Determination, lang: str
) -> list[Action]:
    """A parent named with a nationality but whose parentage is not established: would
    acknowledging (or establishing) it change an answer?"""
    _ = translator(lang)
    found = []
    for i, parent in enumerate(case.parents):
        if parent.legal_parentage != "unknown" or not parent.nationalities:
            continue
        data = case.model_dump(by_alias=True)
        data["parents"][i].update(legal_parentage="acknowledged", acknowledged_on=case.as_of)
        changed = screener.screen(Case.model_validate(data))
        for country, result in changed.nationality.items():
            before = determination.nationality[country].status
            if result.status != before and result.status in ("national", "conditional"):
                text = _("have the {role}'s parentage acknowledged ({country})").format(
                    role=_(VALUES[parent.role]), country=country_name(country, lang)
                )
                found.append(
                    Action(
                        country=country,
                        act="paternity_acknowledgement",
                        text=text,
                        by="parent",
                        from_=case.as_of,
                        rule=result.rules[0] if result.rules else None,
                        resolves_risk=changed.stateless_risk == "none",
                    )
                )
    return found
