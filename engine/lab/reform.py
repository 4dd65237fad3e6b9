"""Apply a reform overlay (schemas/reform.py) to the packs: a second version of the law.

The packs on disk are never touched. A reform works on the packs' raw data as read
(engine/loader.read), and only the packs it touches are rebuilt, through the same validation as
any pack, so a bad reform fails with the reform file, the rule id and the field at fault.

Each operation takes effect on the reform's `effective` day. A rule it disables or changes stays
as it was for what happened before that day (its in_force now ends the day before) and the new
version, `<id>_reform` unless the reform names it, governs from that day. Other rules keep their
relations to the new version (an exception to the old text excepts the new one too), and the new
version is `alongside` the old one, so a version that reaches earlier births (judged_at: as_of)
may stand beside the old text without a declared relation.
"""

import copy
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from engine import Engine, default_engine
from engine.loader import Law, LawError, LawProblem, PackFiles, Source, build, read, rules_dir
from schemas import yaml_loader
from schemas.errors import cut, echo
from schemas.errors import problems as field_problems
from schemas.reform import Reform

RELATIONS = ("excepts", "alongside", "follows")
_STEP = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$")


class ReformError(LawError):
    """The reform file is not valid, or the law it makes does not load."""

    TITLE = "invalid reform"


class _Problems(list):
    """The problems found in one reform, each at a field of it (e.g. `operations[0].set.x`)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def add(self, field: str | None, problem: str) -> None:
        self.append(LawProblem(self.name, problem, field=field))

    def at(self, field: str, said: str = ""):
        """A function adding a problem at `field`, its words after `said`."""
        return lambda problem: self.add(field, said + problem)


@dataclass(frozen=True)
class ReformedLaw:
    """The law before and after a reform. For a proposal `before` is the packs as they are;
    for a historical reform `after` is, and `before` is the law rebuilt without it."""

    reform: Reform
    name: str  # how problems and reports name the reform: its path, or an upload's name
    before: Law
    after: Law


def read_reform(path: Path) -> tuple[Reform, str]:
    """A reform file, validated: (reform, name)."""
    name = str(path)
    try:
        data = yaml_loader.load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ReformError([LawProblem(name, f"not valid YAML: {error}")]) from None
    except OSError as error:
        raise ReformError([LawProblem(name, f"cannot read: {error.strerror or error}")]) from None
    return parse_reform(data, name), name


def shipped(rules=None) -> dict[str, Reform]:
    """The reforms shipped with the law (<rules>/reforms/*.yaml), by file name without .yaml:
    what the HTTP service offers by name. ReformError if one is not valid."""
    folder = (Path(rules) if rules else rules_dir()) / "reforms"
    return {path.stem: read_reform(path)[0] for path in sorted(folder.glob("*.yaml"))}


def parse_reform(data, name: str = "reform") -> Reform:
    """A reform from parsed YAML/JSON (a file, or a body uploaded to the service)."""
    try:
        return Reform.model_validate(data)
    except ValidationError as error:
        problems = [LawProblem(name, p.problem, field=p.field) for p in field_problems(error)]
        raise ReformError(problems) from None


def apply(reform: Reform, name: str, base: Law, root: Path) -> ReformedLaw:
    """The law before and after `reform`, on top of `base` (the law loaded from `root`)."""
    source = read(root)
    tag = re.sub(r"[^A-Za-z0-9.-]+", "-", Path(name).stem)
    if reform.kind == "historical":
        packs = _undo(source, reform, name)
        before = _rebuild(source, packs, base, f"{base.version}-{tag}", name)
        return ReformedLaw(reform, name, before, base)
    after = _rebuild(source, _overlay(source, reform, name), base, f"{base.version}+{tag}")
    return ReformedLaw(reform, name, base, after)


def engines(reformed: ReformedLaw, base: Engine) -> tuple[Engine, Engine]:
    """Engines for the law before and after; the side that is the packs as they are is `base`.
    A new Engine compiles its own rulesets, freed when it is dropped (engine/session.py)."""
    before = base if reformed.before is base.law else Engine(reformed.before)
    after = base if reformed.after is base.law else Engine(reformed.after)
    return before, after


def reform_engines(
    reform: Reform, name: str, rules=None, base: Engine | None = None
) -> tuple[ReformedLaw, Engine, Engine]:
    """The reformed law and its two engines, on top of `base` (default: the engine of the law
    in `rules`)."""
    base = base or default_engine(rules)
    reformed = apply(reform, name, base.law, Path(rules) if rules else rules_dir())
    return (reformed, *engines(reformed, base))


def _rebuild(source: Source, touched: dict[str, PackFiles], base: Law, version, undone=None) -> Law:
    """Only the touched packs are validated again; the others are the base law's. The digest
    covers the base law and the touched packs as overlaid. A problem of the law without a
    historical reform (`undone`: its name) is said as the reform's own."""
    part = Source(source.root, version, touched, [])
    overlaid = json.dumps(_files_of(touched), sort_keys=True, default=str)
    law_digest = "sha256:" + hashlib.sha256((base.digest + overlaid).encode()).hexdigest()
    try:
        built = build(part, version, law_digest)
    except LawError as error:
        found = error.problems
        if undone:
            found = [LawProblem(undone, f"without it: {p}") for p in found]
        raise ReformError(found) from None
    return Law(version, law_digest, {**base.countries, **built.countries})


def _files_of(packs: dict[str, PackFiles]) -> dict:
    return {folder: p.files for folder, p in packs.items()}


# --- proposals ----------------------------------------------------------------------------------


def _overlay(source: Source, reform: Reform, name: str) -> dict[str, PackFiles]:
    touched: dict[str, PackFiles] = {}
    problems = _Problems(name)
    for i, op in enumerate(reform.operations):
        where = f"operations[{i}]"
        pack = _pack(source, touched, op.rule_id, where, problems, name, reform)
        if pack is None:
            continue
        if op.kind == "add":
            _add(pack, name, copy.deepcopy(op.add), reform.effective, where, problems)
            continue
        found = _find(pack, op.rule_id)
        if found is None:
            problems.add(where, f"{op.kind}: no rule {op.rule_id} in the {op.rule_id[:2]} pack")
            continue
        if op.kind == "disable":
            _close(pack, found, reform.effective, where, problems)
        else:
            new = _new_version(op, found, reform.effective, where, problems)
            if new is not None:
                _succeed(pack, name, found, new, reform.effective, where, problems)
    for pack in touched.values():
        if not pack.files[name]["rules"]:
            del pack.files[name]
    if problems:
        raise ReformError(problems)
    return touched


def _pack(source, touched, rule_id, where, problems, name, reform) -> PackFiles | None:
    folder = rule_id[:2].lower()
    if folder in touched:
        return touched[folder]
    if not rule_id or folder not in source.packs:
        problems.add(where, f"no rule pack for {rule_id[:2] or '(no id)'}")
        return None
    original = source.packs[folder]
    files = copy.deepcopy(original.files)
    files[name] = {"topic": reform.title.model_dump(), "rules": []}
    touched[folder] = PackFiles(original.folder, original.pack_name, original.pack, files)
    return touched[folder]


def _find(pack: PackFiles, rule_id: str) -> tuple[list, int] | None:
    for data in pack.files.values():
        rules = data.get("rules") if isinstance(data, dict) else None
        for k, rule in enumerate(rules or []):
            if isinstance(rule, dict) and rule.get("id") == rule_id:
                return rules, k
    return None


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _close(pack, found, effective: dt.date, where: str, problems: _Problems) -> bool:
    """The rule stops applying on `effective`; removed if it never applied before. Returns
    whether it is still in the pack."""
    rules, k = found
    rule = rules[k]
    period = rule["in_force"]
    end = effective - dt.timedelta(days=1)
    if period.get("to") is not None and _day(period["to"]) <= end:
        problems.add(
            where,
            f"rule {rule['id']} already ends on {period['to']}, before the reform takes effect "
            f"on {effective}: the operation would change nothing",
        )
        return True
    if _day(period["from"]) > end:
        del rules[k]
        _drop_references(pack, rule["id"])
        return False
    rule["in_force"] = {**period, "to": end.isoformat()}
    return True


def _new_version(op, found, effective, where, problems) -> dict | None:
    rules, k = found
    old = rules[k]
    if op.kind == "replace":
        new = copy.deepcopy(op.with_)
        for relation in RELATIONS:
            new.setdefault(relation, copy.deepcopy(old.get(relation, [])))
    else:
        new = copy.deepcopy(old)
        new.pop("id")
        new.pop("in_force")
        for path, value in (op.set or {}).items():
            _edit(new, path, copy.deepcopy(value), problems.at(f"{where}.set.{cut(path)}"))
        for path in op.unset:
            say = problems.at(f"{where}.unset", said=f"{cut(path)}: ")
            _edit(new, path, None, say, remove=True)
    new.setdefault("id", f"{old['id']}_reform")
    start = max(effective, _day(old["in_force"]["from"]))
    period = {"from": start.isoformat(), "to": old["in_force"].get("to")}
    given = new.get("in_force")
    new["in_force"] = {**period, **given} if isinstance(given, dict) else period
    return new


def _succeed(pack, name, found, new: dict, effective, where, problems) -> None:
    """The new version takes the old rule's place from `effective`."""
    rules, k = found
    old_id = rules[k]["id"]
    for rule in _rules(pack):
        for relation in RELATIONS:
            if old_id in _related(rule, relation):
                rule[relation] = [*rule[relation], new["id"]]
    kept = _close(pack, found, effective, where, problems)
    alongside = new.setdefault("alongside", [])
    if kept and isinstance(alongside, list) and old_id not in alongside:
        new["alongside"] = [*alongside, old_id]
    pack.files[name]["rules"].append(new)


def _add(pack, name, rule, effective, where, problems) -> None:
    if not isinstance(rule, dict):
        problems.add(f"{where}.add", "a rule is a mapping")
        return
    rule.setdefault("in_force", {"from": effective.isoformat()})
    pack.files[name]["rules"].append(rule)


def _rules(pack: PackFiles):
    for data in pack.files.values():
        if isinstance(data, dict):
            yield from (r for r in data.get("rules") or [] if isinstance(r, dict))


def _related(rule: dict, relation: str) -> list:
    """The ids a rule names in a relation; none when the relation is not written as a list (a
    reform's mistake, which the loader then names), so the overlay never stumbles on it."""
    ids = rule.get(relation)
    return ids if isinstance(ids, list) else []


def _drop_references(pack: PackFiles, rule_id: str) -> None:
    for rule in _rules(pack):
        for relation in RELATIONS:
            if rule_id in _related(rule, relation):
                rule[relation] = [r for r in rule[relation] if r != rule_id]


def _edit(rule: dict, path: str, value, say, remove=False) -> None:
    """Set (or remove) the value at a path such as `requires[0].windows[1].before_age`; `say`
    adds a problem at the operation's field."""
    steps = []
    for part in path.split("."):
        match = _STEP.match(part)
        if not match:
            say("not a path (write e.g. requires[0].windows[1].before_age)")
            return
        steps.append(match.group(1))
        steps.extend(int(n) for n in re.findall(r"\d+", match.group(2)))
    node = rule
    for step, following in zip(steps, steps[1:], strict=False):
        node = _child(node, step, following, say)
        if node is None:
            return
    last = steps[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last >= len(node):
            size = len(node) if isinstance(node, list) else 0
            say(f"no item {last} (there are {size})")
        elif remove:
            del node[last]
        else:
            node[last] = value
    elif not isinstance(node, dict):
        say(f"{echo(last)} is not a field here")
    elif remove:
        if last not in node:
            say(f"the rule has no {echo(last)} to remove")
        node.pop(last, None)
    else:
        node[last] = value


def _child(node, step, following, say):
    if isinstance(step, int):
        if isinstance(node, list) and step < len(node):
            return node[step]
        size = len(node) if isinstance(node, list) else 0
        say(f"no item {step} (there are {size})")
        return None
    if not isinstance(node, dict):
        say(f"{echo(step)} is not a field here")
        return None
    if step not in node:
        if isinstance(following, int):
            say(f"the rule has no {echo(step)} list")
            return None
        node[step] = {}
    return node[step]


# --- historical reforms -------------------------------------------------------------------------


def _undo(source: Source, reform: Reform, name: str) -> dict[str, PackFiles]:
    """The packs without a reform they encode: the rules it enacted removed, the rules it
    closed still in force. Each is checked against the reform's date."""
    touched: dict[str, PackFiles] = {}
    problems = _Problems(name)
    end = reform.effective - dt.timedelta(days=1)
    for i, op in enumerate(reform.operations):
        where = f"operations[{i}]"
        folder = op.rule_id[:2].lower()
        if folder not in source.packs:
            problems.add(where, f"no rule pack for {op.rule_id[:2]}")
            continue
        if folder not in touched:
            original = source.packs[folder]
            touched[folder] = PackFiles(
                original.folder, original.pack_name, original.pack, copy.deepcopy(original.files)
            )
        pack = touched[folder]
        found = _find(pack, op.rule_id)
        if found is None:
            problems.add(where, f"{op.kind}: no rule {op.rule_id} in the packs")
            continue
        rules, k = found
        period = rules[k]["in_force"]
        if op.kind == "add":
            if _day(period["from"]) != reform.effective:
                problems.add(
                    where,
                    f"add: {op.rule_id} is in force from {period['from']}, not from the "
                    f"reform's effective day {reform.effective}",
                )
            del rules[k]
            _drop_references(pack, op.rule_id)
        else:
            if period.get("to") is None or _day(period["to"]) != end:
                problems.add(
                    where,
                    f"disable: {op.rule_id} ends on {period.get('to') or 'no day'}, not the day "
                    f"before the reform ({end})",
                )
            rules[k]["in_force"] = {"from": period["from"], "to": None}
    if problems:
        raise ReformError(problems)
    return touched
