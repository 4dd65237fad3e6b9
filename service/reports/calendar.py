"""The deadlines of an answer as a calendar file (RFC 5545), so a follow-up is not forgotten:
one all-day event on the last day of each act a conditional nationality still needs, with a
reminder a month before. The file is kept by the caseworker, so it says no more about the person
than the case's id: the act, the state and the day.
"""

import hashlib
from datetime import UTC, date, datetime, timedelta

from engine.i18n import REQUIRED_ACTS, country_name, translations
from schemas.determination import Determination
from service.reports.plain import day

FOLD_AT = 75  # octets per line, CRLF excluded (RFC 5545 §3.1)
REMIND_BEFORE = "-P30D"


def deadlines(d: Determination) -> list[tuple[str, object]]:
    """(state, condition) for every condition of the answer that has a last day."""
    return [
        (iso, c) for iso, result in d.nationality.items() for c in result.conditions if c.deadline
    ]


def calendar(d: Determination, lang: str, now: datetime | None = None) -> str:
    """The VCALENDAR text, CRLF-terminated and folded."""
    _ = translations(lang).gettext
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//MIRPS nationality screening//" + lang.upper(),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for iso, condition in deadlines(d):
        act = _(REQUIRED_ACTS[condition.act])
        summary = _("Last day: %(act)s (%(country)s)") % {
            "act": act,
            "country": country_name(iso, lang),
        }
        if d.case_id:
            summary += " — " + _("case %(id)s") % {"id": d.case_id}
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(d, iso, condition)}@nationality-screening",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(condition.deadline)}",
            f"DTEND;VALUE=DATE:{_date(condition.deadline + timedelta(days=1))}",
            "SUMMARY:" + _text(summary),
            "DESCRIPTION:"
            + _text(
                _("Screened as of %(date)s; rules %(version)s.")
                % {"date": day(d.as_of, lang), "version": d.rulepack.version}
            ),
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{REMIND_BEFORE}",
            "DESCRIPTION:" + _text(summary),
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _uid(d: Determination, iso: str, condition) -> str:
    """The same event gets the same UID each time it is downloaded (a re-import updates it)."""
    c = condition
    key = "|".join(str(part) for part in (d.case_id, iso, c.rule, c.act, c.by, c.deadline))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _date(value: date) -> str:
    return value.strftime("%Y%m%d")


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 §3.3.11)."""
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def _fold(line: str) -> str:
    """Lines longer than 75 octets go on over continuation lines that begin with a space, never
    splitting a UTF-8 character."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = FOLD_AT if not parts else FOLD_AT - 1  # a continuation's space counts
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
