"""What the routes share: the settings, the engine, the keys, the lab and whether the service
is ready; and the screening of request bodies and batch records, which every screening route and
the OpenAPI document's examples go through.

Every screening goes through `Engine.screen_data`, the validation every interface shares, so an
answer here is the one `nationality screen --json` or `nationality batch` gives.
"""

import json

from engine import Engine
from engine.lab.run import Lab
from schemas.determination import CaseError
from schemas.errors import DOCUMENT, FieldProblem
from service.api import strict
from service.api.access import Access
from service.api.config import Settings
from service.api.guard import code_place, log
from service.api.problems import Problem, field, sendable
from service.api.requests import invalid_case, json_type, parse_json
from service.documents import answer_json, parse_line, unreadable

SURROGATE = (
    "holds a lone surrogate (an escape such as \\ud800 that stands for no character), which "
    "UTF-8 text cannot carry"
)
FAILED = "the service failed on this case (a fault of ours, not of the case); the other cases "
FAILED += "are answered"


class Service:
    """What the routes share: the settings, the engine, the keys, the lab; and the screening
    itself."""

    def __init__(self, settings: Settings, engine: Engine):
        self.settings, self.engine = settings, engine
        self.access = Access(settings.keys, settings.limits)
        self.lab = Lab(engine, limit=settings.limits.max_lab_cases)
        self.ready = False

    def screen_body(self, body: bytes, lang: str | None, explain: bool) -> str:
        """One case from a request body to the Determination's JSON, or a Problem."""
        answer = self._screened(parse_json(body), lang, explain)
        if isinstance(answer, CaseError):
            raise invalid_case(answer)
        return answer

    def screen_records(self, records: list, lang: str | None, explain: bool) -> bytes:
        """Batch records (raw cases, or numbered: (place, NDJSON line or case)) to output
        lines."""
        out = [self._line(record, lang, explain) for record in records]
        return ("\n".join(out) + "\n").encode() if out else b""

    def _line(self, record, lang: str | None, explain: bool) -> str:
        """One batch output line, whatever happens to its case: whatever fails while screening
        or writing it is that case's CaseError, and the other cases keep their answers."""
        where, number = DOCUMENT, None
        if isinstance(record, tuple):  # (its place in the batch, an NDJSON line or a case)
            number, record = record
            where = f"item {number}"
            if isinstance(record, bytes):
                where, record = f"line {number}", read_line(number, record)
        try:
            answer = (
                record if isinstance(record, CaseError) else self._screened(record, lang, explain)
            )
            if isinstance(answer, str):
                return answer
            answer.line = number  # every error names its input line, as the CLI's do
            return answer_json(_sendable(answer))
        except Exception as error:  # ours: logged by where in the code, never by the case
            log.error(
                json.dumps(
                    {
                        "event": "case failed",
                        "error": f"{type(error).__name__} at {code_place(error)}",
                        "where": where,
                    }
                )
            )
            problem = FieldProblem(field=where, problem=FAILED)
            failed = CaseError(error="internal_error", problems=[problem], line=number)
            return answer_json(failed)

    def _screened(self, case, lang: str | None, explain: bool) -> str | CaseError:
        """The Determination's JSON, or the CaseError saying why the case has none. A case
        carrying text that UTF-8 cannot encode is refused by the field holding it, whatever
        failed on it; any other failure is raised."""
        try:
            answer = self.engine.screen_data(case, lang, explain)
            return answer if isinstance(answer, CaseError) else answer_json(answer)
        except Exception:
            where = strict.unencodable(case)
            if where is None:
                raise
            problems = [FieldProblem(field=where, problem=SURROGATE)]
            return CaseError(case_id=_case_id(case), error="invalid_case", problems=problems)

    def parse_batch(self, body: bytes) -> list:
        cases = parse_json(body)
        if not isinstance(cases, list):
            raise Problem(
                "invalid-request",
                "a JSON batch is an array of cases",
                field("(body)", f"expected a JSON array, got {json_type(cases)}"),
            )
        limit = self.settings.limits.max_batch_cases
        if len(cases) > limit:
            raise Problem(
                "too-many-cases",
                f"the batch holds {len(cases)} cases; one request may hold {limit}",
            )
        return cases


def read_line(number: int, line: bytes):
    """One NDJSON record as the service reads it: standard JSON only (no NaN, no key given
    twice), else as `nationality batch` reads a line (documents.parse_line)."""
    try:
        return strict.loads(line.decode("utf-8"))
    except strict.NonStandardJSON as error:
        return unreadable(f"line {number}", f"not valid JSON: {error}")
    except (ValueError, RecursionError):  # not UTF-8, not JSON, blank: worded as the CLI does
        return parse_line(number, line)


def _case_id(case) -> str | None:
    found = case.get("id") if isinstance(case, dict) else None
    return strict.escaped(found) if isinstance(found, str) else None


def _sendable(error: CaseError) -> CaseError:
    """`error` with what it echoes of the case escaped (a lone surrogate), so it encodes."""
    case_id = strict.escaped(error.case_id) if error.case_id else error.case_id
    return error.model_copy(update={"case_id": case_id, "problems": sendable(error.problems)})
