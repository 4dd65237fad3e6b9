"""Load the law: read every pack under rules/, validate it, and say precisely what is wrong.

A bad rule file fails with the file, the rule id and the field named. Beyond each rule's own
shape, a pack must hold together: ids unique and prefixed with the pack's country, relations
pointing at rules of the same pack, and no two rules able to decide the same case unless a
relation between them is declared (engine/overlap.py).
"""

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml
from pydantic import ValidationError

from engine.cache import cached
from engine.overlap import disjoint
from engine.prepare import PreparedRule, event_clause, prepare, reads_otherwise_stateless
from schemas import yaml_loader
from schemas.conditions import AllOf, AnyOf, OnPerson
from schemas.errors import DOCUMENT, cut, field_path
from schemas.rulepack import Pack, RuleFile

# the project's rules/ in a source checkout; a wheel carries a copy inside the package
SOURCE_RULES = Path(__file__).resolve().parent.parent / "rules"
BUNDLED_RULES = Path(__file__).resolve().parent / "bundled_rules"
GRANTS = {"national", "conditional", "undetermined", "excluded"}
EVENTS = {"registration", "naturalization", "renunciation"}


@dataclass(frozen=True)
class LawProblem:
    """One thing wrong with the law: the file (or reform) at fault, the rule in it if one is
    named, the field (a path in the rule, or in the file when no rule is named), and what is
    wrong. Each interface words it its own way: the command line as one line, the HTTP service
    as the request's field."""

    source: str
    problem: str
    rule: str | None = None
    field: str | None = None

    @property
    def within(self) -> str:
        """What is wrong, as said inside the source: `rule X: field: problem`."""
        named = [f"rule {self.rule}"] if self.rule else []
        return ": ".join([*named, *([self.field] if self.field else []), self.problem])

    def __str__(self) -> str:
        return f"{self.source}: {self.within}"


class LawError(Exception):
    """The rule packs are not valid; `problems` lists each one."""

    TITLE = "invalid rule packs"

    def __init__(self, problems: list[LawProblem]):
        super().__init__(f"{self.TITLE}:\n  " + "\n  ".join(map(str, problems)))
        self.problems = problems


@dataclass(frozen=True)
class CountryLaw:
    pack: Pack
    rules: tuple[PreparedRule, ...]


@dataclass(frozen=True)
class Law:
    version: str
    digest: str
    countries: dict[str, CountryLaw]

    def rule(self, rule_id: str) -> PreparedRule:
        for law in self.countries.values():
            for rule in law.rules:
                if rule.id == rule_id:
                    return rule
        raise KeyError(rule_id)

    def birth_law_changes(self) -> dict[str, set[dt.date]]:
        """Per state, the days its law of nationality at birth changed: the first day a rule
        judged at the birth applies, and the day after its last."""
        days: dict[str, set[dt.date]] = {}
        for country, law in self.countries.items():
            days[country] = set()
            for period in (r.rule.in_force for r in law.rules if r.rule.judged_at == "birth"):
                days[country].add(period.from_)
                if period.to is not None:
                    days[country].add(period.to + dt.timedelta(days=1))
        return days


def rules_dir() -> Path:
    if os.environ.get("NATIONALITY_RULES_DIR"):
        return Path(os.environ["NATIONALITY_RULES_DIR"])
    return SOURCE_RULES if (SOURCE_RULES / "law.yaml").is_file() else BUNDLED_RULES


def load(root: Path | None = None) -> Law:
    """The law under `root` (default: rules_dir()), validated; from the cache (engine/cache.py)
    when these rule files were validated before by this code."""
    root = Path(root or rules_dir())
    law_digest = digest(root)

    def validated() -> Law:
        source = read(root)
        return build(source, source.version, law_digest)

    return cached("law", law_digest, validated, lambda law: law.digest == law_digest)


@dataclass
class PackFiles:
    """One pack as read from disk, before validation: raw data keyed by display name, so a
    reform can overlay it (engine/lab/reform.py) and the result is checked exactly like a pack."""

    folder: Path
    pack_name: str
    pack: object  # raw pack.yaml
    files: dict[str, object]  # "rules/cr/birth.yaml" -> raw rule file


@dataclass
class Source:
    root: Path
    version: str | None
    packs: dict[str, PackFiles]  # by folder name ("cr")
    problems: list[LawProblem]  # files that could not even be read


def read(root: Path) -> Source:
    """Every pack's files under `root`, parsed but not validated."""
    if not (root / "law.yaml").is_file():
        raise LawError([LawProblem(str(root), "no law.yaml here; is this the rules/ directory?")])
    problems: list[LawProblem] = []
    version = (_yaml(root / "law.yaml", problems) or {}).get("version")
    if not version:
        problems.append(LawProblem(str(root / "law.yaml"), "no version"))
    name = lambda p: str(p.relative_to(root.parent))  # noqa: E731
    packs = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "pack.yaml").exists()):
        files = {}
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "pack.yaml":
                continue
            before = len(problems)
            data = _yaml(path, problems)
            if len(problems) == before:  # not YAML: already said so
                files[name(path)] = data
        pack = _yaml(folder / "pack.yaml", problems)
        packs[folder.name] = PackFiles(folder, name(folder / "pack.yaml"), pack, files)
    return Source(root, str(version) if version else None, packs, problems)


def build(source: Source, version: str | None, law_digest: str) -> Law:
    """Validate every pack of `source` and prepare its rules, or say everything that is wrong."""
    problems = list(source.problems)
    countries = {}
    for files in source.packs.values():
        law = _load_pack(files, problems)
        if law is not None:
            countries[law.pack.country] = law
    if problems:
        raise LawError(problems)
    return Law(str(version), law_digest, countries)


def digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        if "reforms" in path.relative_to(root).parts:
            continue
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


def _yaml(path: Path, problems: list[LawProblem]):
    try:
        return yaml_loader.load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        problems.append(LawProblem(str(path), f"not valid YAML: {error}"))
    except OSError as error:
        problems.append(LawProblem(str(path), f"cannot read: {error}"))
    return None


def _load_pack(source: PackFiles, problems: list[LawProblem]) -> CountryLaw | None:
    before = len(problems)
    try:
        pack = Pack.model_validate(source.pack)
    except ValidationError as error:
        problems.extend(_problems(source.pack_name, error, None))
        return None
    if pack.country.lower() != source.folder.name:
        problems.append(
            LawProblem(source.pack_name, f"country {pack.country} in folder {source.folder}")
        )
    rules, origin = [], {}
    for name, data in source.files.items():
        try:
            file = RuleFile.model_validate(data)
        except ValidationError as error:
            problems.extend(_problems(name, error, data))
            continue
        for rule in file.rules:
            if rule.id in origin:
                problems.append(LawProblem(name, f"id already used in {origin[rule.id]}", rule.id))
            if rule.country != pack.country:
                starts = f"a rule of the {pack.country} pack starts {pack.country}."
                problems.append(LawProblem(name, starts, rule.id, "id"))
            if rule.judged_at not in ("birth", "as_of") and event_clause(rule) is None:
                needs = (
                    f"'{rule.judged_at}' needs exactly one top-level '{rule.judged_at}:' "
                    "clause in when"
                )
                problems.append(LawProblem(name, needs, rule.id, "judged_at"))
            origin[rule.id] = name
            rules.append(rule)
    _check_relations(rules, origin, problems)
    if len(problems) > before:
        return None
    prepared = tuple(prepare(rule) for rule in rules)
    _check_safeguards(prepared, origin, problems)
    _check_overlaps(prepared, origin, problems)
    return CountryLaw(pack, prepared)


def _problems(source: str, error: ValidationError, data) -> list[LawProblem]:
    """A file's validation errors, each against the rule (by its id) and the field at fault."""
    out = []
    for err in error.errors(include_url=False):
        loc, message = err["loc"], err["msg"].removeprefix("Value error, ")
        rule = None
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rule, loc = _rule_id(data, loc[1]), loc[2:]
        field = field_path(tuple(p for p in loc if not str(p).startswith("function-")))
        if rule and field == DOCUMENT:  # the whole rule
            out.append(LawProblem(source, message, rule))
        elif message.startswith((f"{field}.", f"{field}:")):  # it names a deeper field itself
            deeper, _, problem = message.partition(": ")
            out.append(
                LawProblem(source, problem, rule, deeper)
                if problem
                else LawProblem(source, message, rule)
            )
        else:
            out.append(LawProblem(source, message, rule, field))
    return out


def _rule_id(data, index: int) -> str:
    try:
        return cut(str(data["rules"][index]["id"]))
    except (KeyError, IndexError, TypeError):
        return f"#{index + 1} (no id)"


def _check_relations(rules, origin, problems) -> None:
    ids = {r.id for r in rules}
    for rule in rules:
        for kind in ("excepts", "alongside", "follows"):
            for other in getattr(rule, kind):
                group = kind == "excepts" and other.endswith(".*")
                if other == rule.id:
                    wrong = "names itself"
                elif group and not any(rule.excepts_rule(i) for i in ids):
                    wrong = f"no rule of this pack matches {cut(other)}"
                elif not group and other not in ids:
                    wrong = f"no rule {cut(other)} in this pack"
                else:
                    continue
                problems.append(LawProblem(origin[rule.id], wrong, rule.id, kind))
    _check_exception_cycles(rules, origin, problems)


def _check_exception_cycles(rules, origin, problems) -> None:
    """An exception to an exception is fine; a cycle would leave no answer."""
    defeats = {r.id: {o.id for o in rules if r.excepts_rule(o.id)} for r in rules}

    def reaches(start, target, seen=()):
        return any(
            n == target or (n not in seen and reaches(n, target, (*seen, n)))
            for n in defeats[start]
        )

    for rule in rules:
        if reaches(rule.id, rule.id):
            problems.append(LawProblem(origin[rule.id], "forms a cycle", rule.id, "excepts"))


def related(a, b) -> bool:
    return any(
        x.excepts_rule(y.id) or y.id in x.alongside + x.follows
        for x, y in ((a.rule, b.rule), (b.rule, a.rule))
    )


def _stage(rule) -> tuple:
    """Rules of one topic (the middle of the id: birth, naturalization, loss...), judged at the
    same kind of event, that both give or both take away decide the same question. Rules on
    other questions are ordered by their dates on the timeline (engine/resolve.py), so their
    overlap is not a conflict."""
    event = rule.judged_at if rule.judged_at in EVENTS else "birth or as_of"
    return rule.id.split(".")[1], event, rule.outcome in GRANTS


def _check_safeguards(rules: tuple[PreparedRule, ...], origin, problems) -> None:
    """`otherwise_stateless` is read only as true, by a rule that grants: it is settled after
    every other rule has spoken, so a rule taking anything away on it would undo its own basis."""
    for rule in (r for r in rules if reads_otherwise_stateless(r)):
        tests = [t for t in _person_tests(rule.cond) if t.field == "otherwise_stateless"]
        if rule.rule.outcome not in ("national", "conditional") or any(
            (t.op, t.value) != ("eq", True) for t in tests
        ):
            only = "only a national or conditional rule reads it, and only as `true`"
            field = "when.person.otherwise_stateless"
            problems.append(LawProblem(origin[rule.id], only, rule.id, field))


def _person_tests(cond):
    if isinstance(cond, OnPerson):
        yield from cond.tests
    elif isinstance(cond, AllOf | AnyOf):
        for item in cond.items:
            yield from _person_tests(item)


def _check_overlaps(rules: tuple[PreparedRule, ...], origin, problems) -> None:
    for a, b in combinations(rules, 2):
        same_stage = _stage(a.rule) == _stage(b.rule)
        # a rule that follows another acts only after it; a safeguard only when nothing else did
        sequenced = a.rule.follows or b.rule.follows or any(map(reads_otherwise_stateless, (a, b)))
        if same_stage and not sequenced and not related(a, b) and not disjoint(a.cond, b.cond):
            overlap = (
                f"may decide the same cases as {b.id} ({origin[b.id]}) and no relation is "
                "declared: add `excepts` or `alongside`, or make their conditions exclusive"
            )
            problems.append(LawProblem(origin[a.id], overlap, a.id))
