"""The `nationality` command as a user runs it: screen, batch, rules, schemas."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from engine.lab.witness import witnesses
from schemas.export import MODELS, schema
from service.cli import main

ROOT = Path(__file__).resolve().parent.parent
# born in Costa Rica to a mother of a state without a rule pack (Ecuador; Nicaragua, the research's
# example, has a pack since issue 13 and would make her Nicaraguan)
CASE = {
    "id": "CLI-1",
    "as_of": "2025-06-01",
    "person": {"birth_date": "2001-02-14", "birth_country": "CR"},
    "parents": [{"role": "mother", "nationalities": [{"country": "EC", "acquired": "birth"}]}],
}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_screen_prints_a_readable_report_in_spanish_by_default(tmp_path, capsys):
    code, out, _ = run(capsys, "screen", str(write(tmp_path, "c.yaml", CASE)))
    assert code == 0
    assert "Riesgo de apatridia: en riesgo" in out
    assert "… Costa Rica (CR): condicional" in out
    assert (
        "Pendiente: inscribir el nacimiento como nacional, por la propia persona, "
        "desde el 2019-02-14, hasta el 2026-02-13" in out
    )
    assert "Constitución Política, art. 13 inc. 3 · en vigor 1949-11-08" in out
    assert "✘ un progenitor: nacionalidad: Costa Rica — no" in out  # why not inc. 1
    assert "Derivar a:" in out


def test_screen_in_english(tmp_path, capsys):
    code, out, _ = run(capsys, "--lang", "en", "screen", str(write(tmp_path, "c.yaml", CASE)))
    assert code == 0
    assert "Statelessness risk: at risk" in out
    assert "Still to do: register the birth as a national, by the person" in out
    assert "What would change the answer:" in out
    assert "the risk would be none" in out  # registering makes her Costa Rican


# a Venezuelan single mother's daughter born in Panama while Venezuela's consulates there were shut
CONSULATE_SHUT = {
    "id": "CLI-VE",
    "as_of": "2025-03-01",
    "parents_married_at_birth": False,
    "person": {
        "birth_date": "2024-11-20",
        "birth_country": "PA",
        "residence": [{"country": "PA", "from": "2024-11-20", "status": "irregular"}],
    },
    "parents": [
        {"role": "mother", "nationalities": [{"country": "VE", "acquired": "birth"}]},
        {"role": "father", "legal_parentage": "unknown"},
    ],
}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_next_steps_carry_the_practice_of_the_state_that_takes_the_act(tmp_path, capsys, fmt):
    """Issue 13: a practice note is shown in the next steps, under the first act of its state,
    once; and a step says nothing of the risk when there is none to remove (Panama's jus soli)."""
    path = write(tmp_path, "c.yaml", CONSULATE_SHUT)
    code, out, _ = run(capsys, "--lang", "en", "screen", str(path), "--format", fmt)
    assert code == 0
    steps = out[out.index("What would change the answer") :].split("declare the wish")
    closed = "Venezuelan consular services in Panama suspended from 29 Jul 2024"
    assert closed in steps[1]  # under the first step
    assert closed not in steps[2].split("take up domicile")[0]  # not again under the second
    assert out.count(closed) == 2  # and once more, in full, under Venezuela
    assert "the risk would be none" not in out


@pytest.mark.parametrize(
    "fmt, marks",
    [
        (
            "markdown",
            ["# Caso CLI-1", "| … | Costa Rica (CR) |", "## Costa Rica (CR): condicional"],
        ),
        ("html", ["<!doctype html>", '<html lang="es">', "Riesgo de apatridia"]),
    ],
)
def test_screen_writes_a_report_to_attach(tmp_path, capsys, fmt, marks):
    out_file = tmp_path / f"report.{fmt}"
    code, _, _ = run(
        capsys,
        "screen",
        str(write(tmp_path, "c.yaml", {**CASE, "id": "CLI-1"})),
        "--format",
        fmt,
        "-o",
        str(out_file),
    )
    assert code == 0
    report = out_file.read_text(encoding="utf-8")
    for mark in marks:
        assert mark in report, mark


def test_screen_json_prints_the_determination(tmp_path, capsys):
    code, out, _ = run(capsys, "screen", str(write(tmp_path, "c.yaml", CASE)), "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["case_id"] == "CLI-1"
    assert answer["nationality"]["CR"]["conditions"][0]["deadline"] == "2026-02-13"
    ecuador = answer["nationality"]["EC"]
    indication = ecuador.pop("indication")  # issue 13: GLOBALCIT's coding as a lead
    assert ecuador == {
        "status": "undetermined",
        "rules": [],
        "basis": [],
        "conditions": [],
        "routes": [],  # issue 12: discretionary routes, listed apart from the status
        "missing_facts": [],
        "practice": [],  # issue 13: practice beside the law, for the states with a pack
        "reason": "no hay paquete de reglas para EC",
        "confidence": None,
        "barred": [],
    }
    assert indication["year"] == 2020 and "CC BY 4.0" in indication["source"]
    assert [p["mode"] for p in indication["provisions"]] == ["A01b"]
    assert "explanation" not in answer["nationality"]["CR"] and "actions" not in answer
    assert answer["referral"][0]["country"] == "CR"
    assert answer["referral"][0]["procedure"] is True
    assert answer["rulepack"]["digest"].startswith("sha256:")


def test_screen_json_with_explanations(tmp_path, capsys):
    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "screen",
        str(write(tmp_path, "c.yaml", CASE)),
        "--json",
        "--explain",
    )
    assert code == 0
    answer = json.loads(out)
    why = answer["nationality"]["CR"]["explanation"]["why"][0]
    assert why["rule"] == "CR.birth.soli_foreign_parents"
    assert {
        "text": "country of birth: Costa Rica — yes",
        "holds": True,
        "fact": "birth_country = CR",
    } in why["checks"]
    action = answer["actions"][0]
    assert action["act"] == "registration" and action["deadline"] == "2026-02-13"


def test_screen_an_invalid_case_names_the_field(tmp_path, capsys):
    bad = {**CASE, "person": {"birth_date": "2001-02-30", "birth_country": "CR"}}
    code, out, err = run(capsys, "screen", str(write(tmp_path, "c.yaml", bad)))
    assert code == 1  # screened what it could: the case's error in place (README: exit codes)
    assert "person.birth_date: '2001-02-30' is not a valid date" in out
    assert "1 of 1 cases could not be screened" in err


@pytest.mark.parametrize(
    "content, words", [("[unclosed", "is not valid YAML"), ("42", "holds no case")]
)
def test_screen_an_unreadable_file(tmp_path, capsys, content, words):
    path = tmp_path / "c.yaml"
    path.write_text(content)
    code, _, err = run(capsys, "screen", str(path))
    assert code == 2
    assert words in err


def test_screen_a_missing_file(capsys):
    code, _, err = run(capsys, "screen", "/nonexistent/case.yaml")
    assert code == 2
    assert "cannot read /nonexistent/case.yaml" in err


def test_batch_gives_one_line_per_input_in_order_with_errors_in_place(tmp_path, capsys):
    lines = [
        json.dumps({**CASE, "id": "A"}),
        "{not json",
        "",
        json.dumps({**CASE, "id": "B", "person": {"birth_date": "bad"}}),
        json.dumps({**CASE, "id": "C"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out_path = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "batch", str(source), "-o", str(out_path))
    assert code == 1  # some cases could not be screened
    results = [json.loads(line) for line in out_path.read_text().splitlines()]
    assert [r.get("case_id") for r in results] == ["A", None, None, "B", "C"]
    assert results[0]["stateless_risk"] == "at_risk"
    assert results[1]["error"] == "unreadable" and results[1]["line"] == 2
    assert results[1]["problems"][0]["field"] == "line 2"
    assert results[2]["line"] == 3 and "blank line" in results[2]["problems"][0]["problem"]
    assert results[3]["error"] == "invalid_case" and results[3]["line"] == 4
    assert results[3]["problems"][0]["field"] == "person.birth_date"
    assert "line" not in results[4]
    assert "3 of 5 cases could not be screened" in err


def test_batch_reads_a_yaml_list_and_writes_to_stdout(tmp_path, capsys):
    source = write(tmp_path, "in.yaml", [CASE, {**CASE, "id": "CLI-2"}])
    code, out, _ = run(capsys, "batch", str(source))
    assert code == 0
    assert [json.loads(line)["case_id"] for line in out.splitlines()] == ["CLI-1", "CLI-2"]


def test_rules_lists_citations_and_dates(capsys):
    code, out, _ = run(capsys, "rules", "--country", "MX", "--json")
    assert code == 0
    rules = {r["id"]: r for r in json.loads(out)}
    rule = rules["MX.birth.abroad_parent_born_in_mexico"]
    assert rule["in_force"] == {"from": "1998-03-20", "to": "2021-05-17"}
    assert "art. 30 apartado A, fr. II" in rule["citations"][0]
    code, out, _ = run(capsys, "rules")
    assert "CR.birth.soli_foreign_parents  [conditional, 1949-11-08 – today]" in out


def test_schemas_are_exported_and_the_committed_copies_are_current(tmp_path, capsys):
    code, out, _ = run(capsys, "schemas", "-o", str(tmp_path))
    assert code == 0
    for name in MODELS:
        written = json.loads((tmp_path / f"{name}.schema.json").read_text())
        committed = json.loads((ROOT / "schemas" / "json" / f"{name}.schema.json").read_text())
        assert written == committed == schema(name), f"run `nationality schemas` ({name})"


def test_screen_under_a_reform_and_before_it(tmp_path, capsys):
    reform = str(ROOT / "rules" / "reforms" / "cr-no-registration-condition.yaml")
    late = {**CASE, "as_of": "2028-06-01", "person": {**CASE["person"], "birth_date": "1990-01-01"}}
    path = str(write(tmp_path, "c.yaml", late))
    code, out, _ = run(capsys, "--reform", reform, "screen", path, "--json")
    answer = json.loads(out)
    assert code == 0 and answer["nationality"]["CR"]["status"] == "national"
    assert answer["rulepack"]["version"].endswith("+cr-no-registration-condition")
    code, out, _ = run(capsys, "--reform", reform, "--before", "screen", path, "--json")
    assert json.loads(out)["nationality"]["CR"]["status"] == "not_national"


def test_a_bad_reform_file_is_named(tmp_path, capsys):
    bad = write(tmp_path, "r.yaml", {"title": {"es": "t", "en": "t"}, "effective": "2027-01-01"})
    code, _, err = run(capsys, "--reform", str(bad), "rules")
    assert code == 2
    assert f"{bad}: rationale: is required" in err
    assert f"{bad}: operations: is required" in err


CR_REFORM = str(ROOT / "rules" / "reforms" / "cr-no-registration-condition.yaml")
SMALL = ["--axis", "birth_country=CR", "--axis", "father.nationality=unknown", "--sample", "60"]


def test_reform_reports_the_impact_as_text_json_csv_and_html(tmp_path, capsys):
    code, out, _ = run(capsys, "--lang", "en", "reform", CR_REFORM, *SMALL, "--as-of", "2027-06-01")
    assert code == 0
    assert "Reform: Costa Rica: nationality by birth without registration" in out
    assert "CR not national → national  [helps]" in out
    html_path, csv_path = tmp_path / "r.html", tmp_path / "r.csv"
    args = ["reform", CR_REFORM, *SMALL, "--as-of", "2027-06-01", "--html", str(html_path)]
    code, out, _ = run(capsys, *args, "--json")
    report = json.loads(out)
    assert report["population"]["cases"] == 60 and report["directions"]["harms"] == 0
    assert report["changed"] == sum(report["directions"][d] for d in ("helps", "harms", "mixed"))
    assert "<svg" in html_path.read_text(encoding="utf-8")
    code, _, _ = run(capsys, *args, "--csv", "-o", str(csv_path))
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("case_id,country,before,after,direction")
    assert len(lines) == len(report["changes"]) + 1


def test_reform_over_a_jsonl_population_counts_bad_lines(tmp_path, capsys):
    late = {**CASE, "person": {**CASE["person"], "birth_date": "1990-01-01"}, "as_of": "2028-01-01"}
    path = tmp_path / "people.jsonl"
    path.write_text(json.dumps(late) + "\n{not json\n" + json.dumps(CASE) + "\n")
    code, out, _ = run(capsys, "reform", CR_REFORM, "--population", str(path), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["population"] == {"source": str(path), "cases": 2, "invalid": 1}
    moves = {(t["country"], t["before"], t["after"]): t["count"] for t in report["transitions"]}
    assert moves == {("CR", "not_national", "national"): 1, (None, "at_risk", "none"): 1}


def test_audit_of_one_state_agrees_with_its_flags(capsys):
    code, out, _ = run(capsys, "--lang", "en", "audit", "MX", "--sample", "0")
    assert code == 0
    assert "MX.birth.abroad_1934" in out and "depends on parent_gender" in out
    assert "Every flag agrees with what the rules do." in out


def test_audit_speaks_spanish_by_default(capsys, engine):
    code, out, _ = run(capsys, "audit", "MX", "--sample", "0")
    assert code == 0
    n = len(list(witnesses(engine.law, ["MX"])))  # a case per way each MX rule applies
    assert n > 50
    assert out.splitlines()[1].startswith(f"{n} casos testigo: {n} casos")
    assert "indeterminada → nacional" in out and "undetermined" not in out


def test_audit_under_a_reform_that_drops_a_flag_fails(tmp_path, capsys):
    reform = write(
        tmp_path,
        "drop.yaml",
        {
            "title": {"es": "t", "en": "t"},
            "rationale": {"es": "t", "en": "t"},
            "effective": "1949-11-08",
            "operations": [
                {"change": "CR.birth.abroad_parent_by_birth", "unset": ["distinguishes_by"]}
            ],
        },
    )
    code, out, _ = run(capsys, "--reform", str(reform), "audit", "CR", "--sample", "0", "--json")
    assert code == 1
    report = json.loads(out)
    assert any(
        f["rule"] == "CR.birth.abroad_parent_by_birth_reform" and f["verdict"] == "missing flag"
        for f in report["findings"]
    )


def test_an_audit_of_no_case_is_refused(capsys):
    code, _, err = run(capsys, "audit", "MX", "--no-witnesses", "--sample", "0")
    assert code == 2 and "--no-witnesses leaves no case to flip" in err


def test_audit_of_an_unknown_state_is_refused(capsys):
    code, _, err = run(capsys, "audit", "AR")
    assert code == 2 and "no rule pack for AR" in err


def test_the_console_script_runs(tmp_path):
    path = write(tmp_path, "c.yaml", CASE)
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "screen", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stateless_risk"] == "at_risk"


def test_rules_dir_errors_are_reported_not_raised(tmp_path, capsys):
    code, _, err = run(capsys, "--rules", str(tmp_path), "screen", "x.yaml")
    assert code == 3
    assert "no law.yaml here" in err


def test_rules_coverage_shows_each_globalcit_mode(capsys):
    code, out, _ = run(capsys, "rules", "--coverage", "--country", "CR", "--json")
    assert code == 0
    rows = {r["mode"]: r for r in json.loads(out)}
    assert rows["A02a"]["status"] == "encoded"
    assert "CR.birth.soli_foreign_parents" in rows["A02a"]["rules"]
    assert rows["A24"]["status"] == "explained" and "Asamblea" in rows["A24"]["note"]
    assert rows["A10"]["status"] == "not applicable"
    code, out, _ = run(capsys, "rules", "--coverage")
    assert out.rstrip().endswith("0 missing")


@pytest.mark.parametrize(
    "example, answers",
    [
        (
            "cr-child-of-migrants.yaml",
            {"EXAMPLE-CR-1": ("none", {"CR": "conditional", "NI": "national"})},
        ),
        (
            "cr-child-of-ecuadorian-mother.yaml",
            {"EXAMPLE-CR-2": ("at_risk", {"EC": "undetermined"})},
        ),
        (
            "mx-generational-gap.yaml",
            {
                "EXAMPLE-MX-2020": ("at_risk", {"MX": "not_national"}),
                "EXAMPLE-MX-2025": ("none", {"MX": "national"}),
            },
        ),
    ],
)
def test_the_examples_screen_as_their_comments_say(capsys, example, answers):
    code, out, _ = run(capsys, "screen", str(ROOT / "examples" / example), "--json")
    assert code == 0
    found = json.loads(out)
    found = found if isinstance(found, list) else [found]
    assert {a["case_id"] for a in found} == set(answers)
    for answer in found:
        risk, statuses = answers[answer["case_id"]]
        assert answer["stateless_risk"] == risk
        assert {c: answer["nationality"][c]["status"] for c in statuses} == statuses
