"""50 concurrent clients x 40 requests against a real uvicorn on 127.0.0.1: every answer is
the one the engine gives the same case alone, single-threaded."""

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from schemas.determination import CaseError
from service.documents import answer_dict
from tests.support.server import generated

WORKED = Path(__file__).resolve().parent / "worked_cases"
CLIENTS, REQUESTS = 50, 40


def cases(law) -> list[dict]:
    """Worked cases of every state, generated ones, and invalid ones, as JSON would carry them."""
    worked = [c for path in sorted(WORKED.glob("*.yaml")) for c in yaml.safe_load(path.read_text())]
    invalid = [
        {"id": "BAD-DATE", "person": {"birth_date": "2001-02-30"}},
        {"id": "BAD-FIELD", "person": {"birth_date": "2001-02-03", "birth_contry": "CR"}},
        {"id": "BAD-ORDER", "as_of": "2000-01-01", "person": {"birth_date": "2001-02-03"}},
    ]
    return json.loads(json.dumps(worked + invalid, default=str)) + generated(law, 150, seed=5)


def alone(engine, case: dict, lang: str):
    """What the service must answer: status and body (problems only, for an invalid case)."""
    answer = engine.screen_data(case, lang)
    if isinstance(answer, CaseError):
        return 422, {"case_id": answer.case_id, "problems": answer.model_dump()["problems"]}
    return 200, answer_dict(answer)


def test_concurrent_clients_get_the_single_threaded_answers(server, engine):
    every = cases(engine.law)
    langs = ("en", "es")
    expected = {
        (i, lang): alone(engine, case, lang) for i, case in enumerate(every) for lang in langs
    }

    def client(number: int) -> list[str]:
        lang = langs[number % 2]
        wrong = []
        with server.client() as http:
            for j in range(REQUESTS):
                index = (number * 37 + j * 11) % len(every)
                response = http.post(f"/v1/screen?lang={lang}", json=every[index])
                body = response.json()
                if response.status_code == 422:
                    body = {"case_id": body.get("case_id"), "problems": body["problems"]}
                if (response.status_code, body) != expected[(index, lang)]:
                    wrong.append(f"client {number} request {j}: case {index} ({lang})")
        return wrong

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        wrong = [w for answers in pool.map(client, range(CLIENTS)) for w in answers]
    assert not wrong, f"{len(wrong)} answers differ, first: {wrong[:5]}"
    assert any(status == 422 for status, _ in expected.values())
