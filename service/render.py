"""A determination as text a caseworker reads in a terminal."""

from engine.loader import Law
from schemas.determination import Determination

MARK = {"national": "✔", "conditional": "…", "undetermined": "?", "not_national": "✘"}


def text(d: Determination, law: Law, lang: str) -> str:
    lines = [
        f"Case {d.case_id or '(no id)'} — as of {d.as_of}",
        f"Statelessness risk: {d.stateless_risk}",
        "",
    ]
    for country, result in d.nationality.items():
        pack = law.countries.get(country)
        name = getattr(pack.pack.name, lang) if pack else country
        lines.append(f"{MARK[result.status]} {country} {name}: {result.status}")
        for rule_id in result.rules:
            rule = law.rule(rule_id).rule
            lines.append(f"    {getattr(rule.title, lang)}")
            lines.append(f"      {'; '.join(rule.citations())} [{rule_id}]")
        for c in result.conditions:
            window = f"from {c.from_} " if c.from_ else ""
            until = f"until {c.deadline}" if c.deadline else "(no deadline)"
            lines.append(f"    still needed: {c.act} by {c.by}, {window}{until}")
        if result.missing_facts:
            lines.append(
                f"    unknown facts that would settle it: {', '.join(result.missing_facts)}"
            )
        if result.reason:
            lines.append(f"    {result.reason}")
        for rule_id in result.barred:
            lines.append(
                f"    loss under {rule_id} did not take effect: it would leave no nationality"
            )
    for r in d.referral:
        where = f"{r.authority} — {r.instrument}" if r.procedure else "no statelessness procedure"
        lines.append(f"Refer ({r.country}): {where}")
    lines += ["", f"Rules {d.rulepack.version} ({d.rulepack.digest[:19]}…)"]
    return "\n".join(lines)
