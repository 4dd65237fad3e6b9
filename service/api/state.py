"""What the routes share: the settings, the engine, the keys, the lab and whether the service
is ready; and the screening of request bodies and batch records, which every screening route and
the OpenAPI document's examples go through.

Every screening goes through `Engine.screen_data`, the validation every interface shares, so an
answer here is the one `nationality screen --json` or `nationality batch` gives.
"""

from engine import Engine
from engine.lab.run import Lab
from schemas.determination import CaseError
from service.api.access import Access
from service.api.config import Settings
from service.api.problems import Problem, field
from service.api.requests import invalid_case, json_type, parse_json
from service.documents import answer_json, parse_line


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
        answer = self.engine.screen_data(parse_json(body), lang, explain)
        if isinstance(answer, CaseError):
            raise invalid_case(answer)
        return answer_json(answer)

    def screen_records(self, records: list, lang: str | None, explain: bool) -> bytes:
        """Batch records (raw cases, CaseErrors, or numbered NDJSON lines) to output lines."""
        out = []
        for record in records:
            if isinstance(record, tuple):
                record = parse_line(*record)
            if not isinstance(record, CaseError):
                record = self.engine.screen_data(record, lang, explain)
            out.append(answer_json(record))
        return ("\n".join(out) + "\n").encode() if out else b""

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
