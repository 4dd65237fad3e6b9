"""Shared fixtures, and the case a feature scenario builds (its steps: tests/steps.py, worded
by tests/phrases_es.py and tests/phrases_en.py).

Steps read like a lawyer's description of a case; every screening goes through the command
line's own code path (`nationality screen --json`), the way a caseworker would run it. What
each step checks lives here, once; the phrase tables only word it.
"""

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml

from engine import default_engine
from schemas.rulepack import RULE_ID
from service.cli import main as cli

pytest_plugins = ["tests.steps", "tests.support.server"]

ROOT = Path(__file__).resolve().parent.parent
REFORMS = ROOT / "rules" / "reforms"
WORKED_CASES = Path(__file__).resolve().parent / "worked_cases"
ISO_DATE = r"\d{4}-\d{2}-\d{2}"


@pytest.fixture(scope="session")
def engine():
    return default_engine()


def pytest_configure(config):
    """The suite reads English where the CLI speaks the environment's language (its --help and
    usage errors follow LC_ALL / LC_MESSAGES / LANG): a Spanish desktop must not fail it."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    # the compiled law's cache (engine/cache.py) in a directory of the run's, never in home;
    # xdist's workers inherit it from the controller, and share it as users' processes do
    if "NATIONALITY_CACHE_DIR" not in os.environ:
        os.environ["NATIONALITY_CACHE_DIR"] = tempfile.mkdtemp(prefix="nationality-cache-")
        config.add_cleanup(lambda: shutil.rmtree(os.environ["NATIONALITY_CACHE_DIR"], True))
    _register_tags(config)


def _register_tags(config):
    """Feature tags become markers: register each tag the feature files use, so --strict-markers
    passes without loading the law (a bad rule pack fails its tests, not the collection).
    test_features.py holds every rule-id tag to a rule of the packs."""
    for tag in sorted(feature_tags()):
        config.addinivalue_line("markers", f"{tag}: a tag of the feature files")


def pytest_bdd_after_scenario(request, feature, scenario):
    """A scenario tagged with a rule id must say something about that rule."""
    tagged = {t for t in scenario.tags if RULE_ID.match(t)}
    asserted = request.getfixturevalue("screening").asserted
    missing = tagged - asserted
    assert not missing, f"scenario tagged {sorted(missing)} asserts nothing about them"


def feature_tags() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "features").glob("*.feature"))
    return set(re.findall(r"@([\w.\-]+)", text))


class Screening:
    """The case a scenario builds, its determination, and the rules its steps asserted."""

    def __init__(self, tmp_path: Path, capsys):
        self.case: dict = {"parents": []}
        self.result: dict | None = None
        self.sides: dict[str, dict] = {}  # before / after a reform
        self.report: dict | None = None  # an impact or audit report
        self.asserted: set[str] = set()
        self.worked: dict | None = None
        self._tmp, self._capsys = tmp_path, capsys

    # --- building the case ------------------------------------------------------------------

    @property
    def person(self) -> dict:
        return self.case.setdefault("person", {})

    def parent(self, role: str) -> dict:
        for parent in self.case["parents"]:
            if parent["role"] == role:
                return parent
        parent = {"role": role, "legal_parentage": "birth", "nationalities": []}
        self.case["parents"].append(parent)
        return parent

    def grandparent(self, line: str, role: str) -> dict:
        for grandparent in self.case.setdefault("grandparents", []):
            if grandparent["line"] == line and grandparent["role"] == role:
                return grandparent
        grandparent = {"line": line, "role": role, "nationalities": []}
        self.case["grandparents"].append(grandparent)
        return grandparent

    def add(self, collection: str, **entry) -> None:
        """Append to person.registrations, naturalizations, residence..."""
        self.person.setdefault(collection, []).append(entry)

    def foundling(self, found_in: str, around: str) -> None:
        self.person.update(birth_date=around, foundling=True, found_in=found_in)
        for role in ("mother", "father"):
            self.parent(role)["legal_parentage"] = "unknown"

    def load_worked_case(self, case_id: str) -> None:
        cases = yaml.safe_load((WORKED_CASES / f"{case_id[:2]}.yaml").read_text("utf-8"))
        found = [c for c in cases if c["id"] == case_id]
        assert found, f"no worked case {case_id}"
        self.worked = found[0]

    # --- screening through the CLI -----------------------------------------------------------

    def screen(self, as_of: str | None, lang: str, law: tuple[str, ...] = ()) -> None:
        case = self.worked if self.worked is not None else {**self.case, "as_of": as_of}
        path = self._tmp / "case.yaml"
        path.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False))
        self.result = self._cli("--lang", lang, *law, "screen", str(path), "--json", "--explain")

    def _cli(self, *args: str, expect: tuple[int, ...] = (0,)) -> dict:
        self._capsys.readouterr()
        code = cli(list(args))
        out = self._capsys.readouterr().out
        assert code in expect, f"nationality {args[0]} exited {code}: {out}"
        return json.loads(out)

    # --- the reform lab ----------------------------------------------------------------------

    @staticmethod
    def reform_file(name: str) -> str:
        path = REFORMS / f"{name}.yaml"
        assert path.is_file(), f"no reform {name} in rules/reforms/"
        return str(path)

    def screen_before_and_after(self, as_of: str, reform: str, lang: str) -> None:
        """The case under the law before the reform and after it."""
        law = ("--reform", self.reform_file(reform))
        for side, extra in (("before", ("--before",)), ("after", ())):
            self.screen(as_of, lang, law + extra)
            self.sides[side] = self.result

    def side(self, side: str) -> None:
        """Later checks read the answer under the law before or after the reform."""
        assert side in self.sides, "not screened before and after a reform"
        self.result = self.sides[side]

    def measure_impact(self, reform: str, as_of: str, axes: dict[str, str], sample: int) -> None:
        args = ["reform", self.reform_file(reform), "--json", "--as-of", as_of]
        args += ["--sample", str(sample)]
        for axis, values in axes.items():
            args += ["--axis", f"{axis}={values}"]
        self.report = self._cli(*args)

    def assert_no_harm(self) -> None:
        directions = self.report["directions"]
        assert directions["harms"] == directions["mixed"] == 0, directions

    def assert_moves(self, iso: str, before: str, after: str) -> None:
        moves = [
            t
            for t in self.report["transitions"]
            if (t["country"], t["before"], t["after"]) == (iso, before, after)
        ]
        assert moves and moves[0]["count"] > 0, self.report["transitions"]

    def assert_fewer(self, risk: str) -> None:
        before, after = self.report["risk_before"][risk], self.report["risk_after"][risk]
        assert after < before, (risk, before, after)

    def assert_group_shares(self, iso: str, before: str, after: str, fact: str, value: str):
        groups = [
            g
            for g in self.report["groups"]
            if (g["country"], g["before"], g["after"]) == (iso, before, after)
        ]
        assert groups, [(g["country"], g["before"], g["after"]) for g in self.report["groups"]]
        shared = {(f["fact"], f["value"]) for f in groups[0]["facts"]}
        assert (fact, value) in shared, shared
        self.asserted.update(groups[0]["rules_before"] + groups[0]["rules_after"])

    def run_audit(self, states: list[str]) -> None:
        self.report = self._cli("audit", *states, "--sample", "0", "--json", expect=(0, 1))

    def assert_distinguishes(self, rule: str, fact: str, depends: bool) -> None:
        self.asserted.add(rule)
        found = [f for f in self.report["findings"] if (f["rule"], f["fact"]) == (rule, fact)]
        assert bool(found and found[0]["depends"]) == depends, found
        if found:
            assert found[0]["verdict"] == "agrees", found[0]

    def assert_nobody_distinguishes(self, fact: str) -> None:
        found = [f["rule"] for f in self.report["findings"] if f["fact"] == fact and f["depends"]]
        assert not found, found

    def assert_flags_agree(self) -> None:
        assert all(f["verdict"] == "agrees" for f in self.report["findings"]), [
            (f["rule"], f["fact"], f["verdict"])
            for f in self.report["findings"]
            if f["verdict"] != "agrees"
        ]
        assert not self.report["unexercised"], self.report["unexercised"]

    # --- checking the answer -----------------------------------------------------------------

    def country(self, iso: str) -> dict:
        assert self.result is not None, "no screening yet"
        nationality = self.result["nationality"]
        assert iso in nationality, f"{iso} not considered: {sorted(nationality)}"
        return nationality[iso]

    def _all(self, key: str) -> list:
        return [x for r in self.result["nationality"].values() for x in (r.get(key) or [])]

    def assert_status(self, iso: str, status: str) -> None:
        result = self.country(iso)
        assert result["status"] == status, result

    def assert_rule(self, rule: str, decides: bool) -> None:
        assert RULE_ID.match(rule), rule
        self.asserted.add(rule)
        result = self.country(rule[:2])
        assert (rule in result["rules"]) == decides, result

    def assert_cites(self, text: str) -> None:
        basis = self._all("basis")
        assert any(text in b for b in basis), basis

    def assert_condition(self, act: str, by: str, deadline: str | None, start: str | None):
        wanted = {"act": act, "by": by}
        if deadline:
            wanted["deadline"] = deadline
        if start:
            wanted["from"] = start
        matching = [c for c in self._all("conditions") if wanted.items() <= c.items()]
        assert matching, self._all("conditions")
        self.asserted.update(c["rule"] for c in matching)

    def assert_nothing_open(self) -> None:
        assert self._all("conditions") == []

    def assert_route(self, rule: str, start: str | None) -> None:
        """The rule is listed as a discretionary route of its state (opening on `start`), and
        it decides no status: a naturalization is never one."""
        self.asserted.add(rule)
        result = self.country(rule[:2])
        routes = [r for r in result.get("routes") or [] if r["rule"] == rule]
        assert routes, result.get("routes")
        assert all(r["discretionary"] for r in routes), routes
        if start:
            assert routes[0]["from"] == start, routes
        assert rule not in result["rules"], result

    def assert_no_route(self) -> None:
        assert self._all("routes") == [], self._all("routes")

    def assert_lead(self, iso: str, mode: str) -> None:
        result = self.country(iso)
        assert result["status"] == "undetermined", result
        provisions = (result.get("indication") or {}).get("provisions") or []
        assert mode in [p["mode"] for p in provisions], provisions

    def assert_practice(self, iso: str, text: str, shown: bool) -> None:
        notes = self.country(iso).get("practice") or []
        assert any(text in n["text"] for n in notes) == shown, notes

    def assert_risk(self, risk: str) -> None:
        assert self.result["stateless_risk"] == risk, self.result

    def assert_missing(self, field: str) -> None:
        assert field in self._all("missing_facts"), self._all("missing_facts")

    def assert_reason(self, text: str) -> None:
        reasons = [r.get("reason") or "" for r in self.result["nationality"].values()]
        assert any(text.lower() in r.lower() for r in reasons), reasons

    def explanation(self, rule: str, part: str) -> dict:
        result = self.country(rule[:2])
        found = [r for r in result["explanation"][part] if r["rule"] == rule]
        assert found, f"{rule} is not in {part}: {[r['rule'] for r in result['explanation'][part]]}"
        return found[0]

    def assert_explained(self, rule: str, applies: bool, text: str) -> None:
        """The rule is among the why (or why-not) reasons, with a check (or note) saying so."""
        self.asserted.add(rule)
        reason = self.explanation(rule, "why" if applies else "why_not")
        said = [c["text"] for c in reason["checks"] if bool(c["holds"]) == applies]
        said += [reason["note"]] if reason["note"] else []
        assert any(text in s for s in said), said

    def assert_action(self, text: str, deadline: str | None, clears_risk: bool | None) -> None:
        actions = self.result["actions"]
        matching = [a for a in actions if text in a["text"]]
        assert matching, [a["text"] for a in actions]
        if deadline:
            assert any(a["deadline"] == deadline for a in matching), matching
        if clears_risk is not None:
            assert any(a["resolves_risk"] is clears_risk for a in matching), matching
        self.asserted.update(a["rule"] for a in matching if a["rule"])

    def assert_risk_consistent(self) -> None:
        """As shared/legal/README.md reads a worked case's risk: it follows from the states the
        case lists (none exactly when one says national), unless another encoded state, which
        the research did not evaluate, gives its nationality (then none as well)."""
        listed = self.worked["expected"]["nationality"]
        statuses = {c: r["status"] for c, r in self.result["nationality"].items()}
        national_listed = any(statuses[c] == "national" for c in listed)
        encoded = default_engine().law.countries
        national_elsewhere = any(
            s == "national" for c, s in statuses.items() if c not in listed and c in encoded
        )
        expected_none = national_listed or national_elsewhere
        assert (self.result["stateless_risk"] == "none") == expected_none, self.result


@pytest.fixture
def screening(tmp_path, capsys):
    return Screening(tmp_path, capsys)
