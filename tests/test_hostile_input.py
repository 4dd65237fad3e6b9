"""Careless and hostile input, generated (issue 14, item 12): arbitrary Unicode (lone
surrogates included), bytes and nesting through every way a case comes in. Whatever arrives:
no traceback, no 5xx, and one output per input — a batch never loses or gains a record.
"""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.determination import CaseError, Determination
from service.cli import main
from service.documents import answer_json
from tests.test_cli import CASE

FEW = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# any code point, lone surrogates too: what a JSON "\ud800" escape decodes to
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    any_text,
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(any_text, inner, max_size=4)
    ),
    max_leaves=12,
)
# where in a case a value lands: every part of the format, and parts that are not
PLACES = [
    ("id",),
    ("as_of",),
    ("person",),
    ("person", "birth_date"),
    ("person", "birth_country"),
    ("person", "birth_registered_in"),
    ("person", "residence"),
    ("person", "marriages"),
    ("parents",),
    ("parents", 0, "nationalities"),
    ("parents", 0, "nationalities", 0, "country"),
    ("parents", 0, "born_on"),
    ("grandparents",),
    ("title",),
    ("no_such_field",),
]


def planted(place: tuple, value) -> dict:
    """The CLI's example case with `value` put at `place` (a copy)."""
    case = json.loads(json.dumps(CASE))
    holder = case
    for step in place[:-1]:
        holder = holder[step]
    holder[place[-1]] = value
    return case


hostile_cases = st.builds(planted, st.sampled_from(PLACES), values)


def as_json_line(value) -> bytes:
    """JSON as a careless or hostile client writes it: lone surrogates as \\u escapes."""
    return json.dumps(value, ensure_ascii=True).encode()


json_lines = st.one_of(
    hostile_cases.map(as_json_line),
    values.map(as_json_line),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ")),
    st.sampled_from(
        [b"", b"\r", b"null", b"[", b"NaN", b'{"id": "A", "id": "B"}', b"\xef\xbb\xbf{}"]
    ),
)


def ndjson(text: str) -> list[str]:
    """JSON Lines end at "\n" only: an answer may carry U+2028 or \x1c inside a string, where
    str.splitlines() would cut it."""
    return text.split("\n")[:-1]


@FEW
@given(case=hostile_cases)
def test_the_engine_answers_any_case_with_a_determination_or_an_error(engine, case):
    answer = engine.screen_data(case, "es")
    assert isinstance(answer, Determination | CaseError)
    answer_json(answer).encode("utf-8")  # whatever came in, the answer can be sent


@FEW
@given(lines=st.lists(json_lines, min_size=1, max_size=6), crlf=st.booleans())
def test_a_batch_file_gets_one_numbered_answer_per_line(capsys, lines, crlf):
    end = b"\r\n" if crlf else b"\n"
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        source.write_bytes(end.join(lines) + end)
        code = main(["batch", str(source), "-o", str(out)])
        answers = [json.loads(line) for line in ndjson(out.read_text(encoding="utf-8"))]
    assert code in (0, 1)
    assert "Traceback" not in capsys.readouterr().err
    assert len(answers) == len(lines)
    for number, answer in enumerate(answers, 1):
        assert "nationality" in answer or answer["line"] == number


@FEW
@given(
    content=st.one_of(st.binary(max_size=200), values.map(as_json_line)),
    suffix=st.sampled_from([".yaml", ".json", ".jsonl"]),
)
def test_screening_any_file_says_what_is_wrong_without_a_traceback(capsys, content, suffix):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"case{suffix}"
        source.write_bytes(content)
        code = main(["screen", str(source), "--json"])
    err = capsys.readouterr().err
    assert code in (0, 1, 2) and "Traceback" not in err
    assert code == 0 or err.strip()  # a refusal always says why


@FEW
@given(body=st.one_of(st.binary(max_size=200), hostile_cases.map(as_json_line)))
def test_the_service_never_fails_a_case_with_a_5xx(server, body):
    with server.client() as client:
        response = client.post(
            "/v1/screen", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code < 500, response.text[:300]
    response.json()  # an answer or a problem, always JSON


@FEW
@given(lines=st.lists(json_lines, min_size=1, max_size=6))
def test_the_service_batch_answers_every_line_in_place(server, lines):
    headers = {"Content-Type": "application/x-ndjson"}
    with server.client() as client:
        response = client.post("/v1/batch", content=b"\n".join(lines) + b"\n", headers=headers)
    assert response.status_code == 200
    answers = [json.loads(line) for line in ndjson(response.text)]
    assert len(answers) == len(lines)
    for number, answer in enumerate(answers, 1):
        assert "nationality" in answer or answer["line"] == number
