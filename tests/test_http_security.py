"""Who may call the registry service, what it keeps (nothing about a person), and how it is
configured: keys, 401 and 403, the rate limit, CORS, the log line, settings and their sources."""

import asyncio
import hashlib
import json

import httpx
import pytest

from service.api.access import Access, Bucket
from service.api.app import create_app
from service.api.config import ApiKey, ConfigError, Limits, environment, hash_key, load_settings
from service.api.examples import EXAMPLE_CASE
from service.api.problems import Problem
from service.api.requests import negotiate
from service.cli import main as cli
from tests.support import log_entry, problem
from tests.support import server as serving

KEYED = [
    ("post", "/v1/screen", "screen"),
    ("post", "/v1/batch", "batch"),
    ("get", "/v1/rulepack", "law"),
    ("get", "/v1/countries", "law"),
    ("get", "/v1/rules", "law"),
    ("get", "/v1/rules/CR.birth.soli_foreign_parents", "law"),
    ("get", "/v1/reforms", "lab"),
    ("post", "/v1/reforms/impact", "lab"),
    ("post", "/v1/audit", "lab"),
]
BODIES = {
    "/v1/screen": EXAMPLE_CASE,
    "/v1/batch": [EXAMPLE_CASE],
    "/v1/reforms/impact": {"shipped": "cr-no-registration-condition"},
    "/v1/audit": {"countries": ["MX"]},
}


def call(client: httpx.Client, method: str, path: str) -> httpx.Response:
    if method == "post":
        return client.post(path, json=BODIES[path])
    return client.get(path)


@pytest.mark.parametrize("method, path, scope", KEYED)
def test_no_key_or_an_unknown_key_is_401(server, method, path, scope):
    with server.client(None) as anonymous, server.client("nobody") as unknown:
        missing = call(anonymous, method, path)
        wrong = call(unknown, method, path)
    assert "X-API-Key" in problem(missing, 401, "unauthenticated")["detail"]
    assert problem(wrong, 401, "unauthenticated")["detail"] == "the API key is not recognised"
    for response in (missing, wrong):
        assert response.headers["www-authenticate"] == 'ApiKey header="X-API-Key"'


@pytest.mark.parametrize("method, path, scope", KEYED)
def test_a_disabled_key_or_one_without_the_scope_is_403(server, method, path, scope):
    with server.client("off") as disabled, server.client("screener") as screener:
        off = call(disabled, method, path)
        scoped = call(screener, method, path)
    assert "disabled" in problem(off, 403, "forbidden")["detail"]
    if scope == "screen":
        assert scoped.status_code == 200
    else:
        detail = problem(scoped, 403, "forbidden")["detail"]
        assert detail == f"the key 'screener' lacks the '{scope}' scope (it has: screen)"


def test_each_key_has_its_own_rate_limit(server):
    with server.client("slow") as slow, server.client() as other:
        answers = [slow.get("/v1/rulepack") for _ in range(3)]
        unaffected = other.get("/v1/rulepack")
    assert [a.status_code for a in answers[:2]] == [200, 200]  # the burst of 2
    limited = problem(answers[2], 429, "rate-limited")
    assert "60 requests per minute" in limited["detail"]
    assert int(answers[2].headers["retry-after"]) >= 1
    assert unaffected.status_code == 200


def test_the_bucket_refills_at_the_rate():
    clock = [0.0]
    bucket = Bucket(per_minute=60, burst=2, now=clock[0])
    assert [bucket.take(clock[0]) for _ in range(3)] == [0.0, 0.0, 1.0]
    clock[0] = 0.5
    assert bucket.take(clock[0]) == pytest.approx(0.5)
    clock[0] = 1.0
    assert bucket.take(clock[0]) == 0.0
    clock[0] = 100.0  # a long pause refills only up to the burst
    assert [bucket.take(clock[0]) for _ in range(3)][:2] == [0.0, 0.0]


def test_keys_are_compared_by_hash_only():
    key = ApiKey(id="a", sha256=hash_key("secret-key"))
    access = Access((key,), Limits())
    assert access.identify("secret-key") is key
    assert "secret-key" not in key.model_dump_json()
    with pytest.raises(Problem):
        access.identify(key.sha256)  # the stored hash is not itself a key


def test_cors_is_closed_by_default(server):
    headers = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    with server.client() as client:
        preflight = client.options("/v1/screen", headers=headers)
        simple = client.get("/v1/rulepack", headers={"Origin": "https://elsewhere.example"})
    assert preflight.status_code == 405
    for response in (preflight, simple):
        assert "access-control-allow-origin" not in response.headers


def test_cors_opens_to_configured_origins_only(tmp_path):
    allowed = "https://registry.example"
    server = serving.start(tmp_path, cors_origins=[allowed])
    try:
        with server.client() as client:
            answers = {
                origin: client.options(
                    "/v1/screen",
                    headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
                )
                for origin in (allowed, "https://elsewhere.example")
            }
    finally:
        server.stop()
    assert answers[allowed].headers["access-control-allow-origin"] == allowed
    assert "X-API-Key" in answers[allowed].headers["access-control-allow-headers"]
    assert "access-control-allow-origin" not in answers["https://elsewhere.example"].headers


def test_logs_carry_request_key_law_and_outcome_only(server, engine):
    person = {
        **EXAMPLE_CASE,
        "id": "MARIA-GOMEZ-1987",
        "person": {**EXAMPLE_CASE["person"], "birth_date": "1987-07-19"},
    }
    bad = {**person, "person": {**person["person"], "birth_contry": "Nicaragua"}}
    with server.client() as client:
        answers = [
            client.post("/v1/screen", json=person),
            client.post("/v1/screen", json=bad),
            client.post("/v1/batch", json=[person, bad]),
            client.post(
                "/v1/screen?lang=es",
                content=b'{"id": "MARIA-GOMEZ-1987", oops',
                headers={"Content-Type": "application/json"},
            ),
        ]
    entries = [log_entry(server, a.headers["x-request-id"]) for a in answers]
    for entry in entries:
        assert set(entry) == {"request_id", "key_id", "rulepack", "outcome"}
        assert entry["key_id"] == "full"
        assert entry["rulepack"] == engine.law.version
    outcomes = [e["outcome"] for e in entries]
    assert outcomes == ["200 screened", "422 invalid-case", "200 batch of 2", "400 malformed-json"]
    written = server.log.read_text(encoding="utf-8")
    for secret in ("MARIA-GOMEZ-1987", "1987-07-19", "Nicaragua", "full-key", "birth_contry"):
        assert secret not in written
    assert all(a.headers["cache-control"] == "no-store" for a in answers)


def test_a_fault_of_the_service_is_a_500_problem_without_the_case(monkeypatch, caplog, engine):
    """Bad input never gets here; a bug would: the answer says nothing of the case, and
    neither does the log."""
    key = "k"
    settings = load_settings(env={}, overrides={"keys": [{"id": "k", "sha256": hash_key(key)}]})
    app = create_app(settings, engine)
    service = app.state.service

    def broken(raw, lang=None, explain=False):
        raise RuntimeError(f"failed on {raw['id']}")

    monkeypatch.setattr(service.engine, "screen_data", broken)

    async def post(case):  # in process, so that the engine can be broken
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post("/v1/screen", json=case, headers={"X-API-Key": key})

    with caplog.at_level("INFO", logger="nationality.http"):
        response = asyncio.run(post({**EXAMPLE_CASE, "id": "PERSON-42"}))
    body = problem(response, 500, "internal-error")
    assert "PERSON-42" not in response.text
    assert body["detail"] == "the service failed on this request"
    entry = json.loads(caplog.records[-1].getMessage())
    assert entry["outcome"].startswith("500 internal-error (RuntimeError at test_http_security.py:")
    assert "PERSON-42" not in caplog.text


# --- negotiation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, header, chosen",
    [
        (None, None, None),
        ("es", "en", "es"),
        (None, "es-MX", "es"),
        (None, "de, fr;q=0.9", None),
        (None, "en;q=0.2, es;q=0.4", "es"),
        (None, "es;q=0, en;q=0.1", "en"),
        (None, "es;q=abc", None),
        (None, ";;;,,,", None),
    ],
)
def test_language_negotiation(lang, header, chosen):
    assert negotiate(lang, header) == chosen


# --- configuration ----------------------------------------------------------------------------

DIGEST = hashlib.sha256(b"k").hexdigest()


def test_defaults_are_safe():
    settings = load_settings(env={})
    assert settings.host == "127.0.0.1"
    assert settings.workers == 1
    assert settings.keys == ()
    assert settings.cors_origins == ()


def test_file_then_environment_then_flags(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text(
        'host = "0.0.0.0"\nport = 9000\nworkers = 2\n[limits]\nmax_batch_cases = 7\n'
        f'[[keys]]\nid = "file"\nsha256 = "{DIGEST}"\nscopes = ["law"]\n'
    )
    env = {
        "NATIONALITY_PORT": "9100",
        "NATIONALITY_RATE_PER_MINUTE": "5",
        "NATIONALITY_MAX_LAB_CASES": "40",
    }
    settings = load_settings(config, env=env, overrides={"workers": 3, "host": None})
    assert (settings.host, settings.port, settings.workers) == ("0.0.0.0", 9100, 3)
    assert settings.limits.max_batch_cases == 7
    assert settings.limits.rate_per_minute == 5
    assert settings.limits.max_lab_cases == 40
    assert settings.keys[0].scopes == ("law",)
    assert load_settings(env={}).limits.max_lab_cases == 20_000
    from_env = load_settings(config, env={"NATIONALITY_API_KEYS": f"a:{DIGEST}:screen+batch"})
    assert [(k.id, k.scopes) for k in from_env.keys] == [("a", ("screen", "batch"))]


def test_the_config_file_can_be_named_in_the_environment(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("port = 9200\n")
    assert load_settings(env={"NATIONALITY_CONFIG": str(config)}).port == 9200


@pytest.mark.parametrize(
    "text, env, words",
    [
        ("port = 'x'", {}, "c.toml: port: Input should be a valid integer"),
        ("[limits]\nmax_body_bytes = 0", {}, "c.toml: limits.max_body_bytes: Input should be"),
        ("prot = 1", {}, "c.toml: prot: unknown field"),
        ("port = ", {}, "is not valid TOML"),
        ("", {"NATIONALITY_WORKERS": "0"}, "NATIONALITY_WORKERS (workers): Input should be"),
        ("", {"NATIONALITY_API_KEYS": "a"}, "NATIONALITY_API_KEYS: entry 1 is not id:sha256"),
        ("", {"NATIONALITY_API_KEYS": "a:secret"}, "must be the sha256 of the key"),
        ("", {"NATIONALITY_API_KEYS": f"a:{DIGEST},a:{DIGEST}"}, "key 'a' is configured twice"),
        ("[[keys]]\nid = 'x y'\nsha256 = '" + DIGEST + "'", {}, "keys[0].id: 'x y': use 1 to 64"),
    ],
)
def test_a_bad_setting_is_named(tmp_path, text, env, words):
    config = tmp_path / "c.toml"
    config.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_settings(config, env=env)
    assert words in str(error.value)


def test_workers_get_the_settings_through_the_environment(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text(f'[[keys]]\nid = "a"\nsha256 = "{DIGEST}"\n')
    flags = {"host": "0.0.0.0", "port": 9300, "workers": None}
    env = environment(config, flags)
    assert load_settings(env=env) == load_settings(config, env={}, overrides=flags)


def test_serve_refuses_a_bad_configuration(tmp_path, capsys):
    config = tmp_path / "c.toml"
    config.write_text("[limits]\nburst = -1\n")
    assert cli(["serve", "--config", str(config)]) == 2
    assert "limits.burst: Input should be greater than 0" in capsys.readouterr().err


def test_key_prints_a_key_and_the_hash_to_configure(capsys):
    assert cli(["key", "registry-cr", "--scopes", "screen,batch"]) == 0
    out = capsys.readouterr().out
    key = out.splitlines()[1].strip()
    assert key.startswith("nat_") and len(key) > 40
    digest = hash_key(key)
    assert f'sha256 = "{digest}"' in out
    assert f"registry-cr:{digest}:screen+batch" in out
    settings = load_settings(env={"NATIONALITY_API_KEYS": f"registry-cr:{digest}:screen+batch"})
    assert Access(settings.keys, settings.limits).identify(key).id == "registry-cr"


def test_key_refuses_a_bad_id_or_scope(capsys):
    assert cli(["key", "bad id"]) == 2
    assert cli(["key", "ok", "--scopes", "screen,admin"]) == 2
    err = capsys.readouterr().err
    assert "id: 'bad id'" in err
    assert "scopes[1]: Input should be 'screen', 'batch', 'law' or 'lab'" in err
