"""Reform overlays (rules/reforms/*.yaml): what-if changes to the rule packs, never edits of them.

A reform has a title, a rationale and the day it takes effect, and a list of operations on the
rules of one or more packs:

    disable: CR.birth.soli_foreign_parents           # stops applying from `effective`
    change: CR.birth.abroad_parent_by_birth          # a new version of the rule from `effective`
    set: {requires[0].windows[1].before_age: 30}     #   with these fields (paths into the rule)
    unset: [distinguishes_by]                        #   and without these
    replace: MX.birth.ius_soli                       # a new version written out in full
    with: {title: ..., when: ..., outcome: ...}
    add: {id: HN.birth.safeguard_1961, ...}          # a new rule

A `historical` reform describes a change the packs already encode (they hold the law as it
is): its operations name the rules the reform enacted (`add: <id>`) and closed (`disable: <id>`),
and the lab compares the law rebuilt without it (before) with the packs as they are (after).
How each operation is applied, and checked, is engine/lab/reform.py's business.
"""

from typing import Any, Literal

from pydantic import Field, StrictStr, field_validator, model_validator

from schemas.errors import echo
from schemas.rulepack import RULE_ID, Source, Strict, Text
from schemas.types import ISODate

KINDS = ("add", "disable", "change", "replace")


class Operation(Strict):
    """One change to one rule: exactly one of add, disable, change or replace."""

    add: StrictStr | dict[str, Any] | None = Field(
        None, description="a new rule (a proposal) or the id of a rule the reform enacted"
    )
    disable: StrictStr | None = Field(None, description="a rule that stops applying")
    change: StrictStr | None = Field(None, description="a rule whose fields `set` changes")
    replace: StrictStr | None = Field(None, description="a rule `with` rewrites in full")
    set: dict[StrictStr, Any] | None = Field(
        None, description="path -> new value, e.g. 'requires[0].windows[1].before_age': 30"
    )
    unset: list[StrictStr] = Field([], description="paths to remove, e.g. 'when.parent'")
    with_: dict[str, Any] | None = Field(
        None, alias="with", description="the new version of the rule, without id or in_force"
    )
    note: Text | None = Field(None, description="why this operation")

    @field_validator("disable", "change", "replace")
    @classmethod
    def _rule_id(cls, value: str | None) -> str | None:
        if value is not None and not RULE_ID.match(value):
            raise ValueError(f"{echo(value)} is not a rule id (<ISO>.<topic>.<name>)")
        return value

    @model_validator(mode="after")
    def _one_kind(self):
        given = [k for k in KINDS if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of {', '.join(KINDS)} (found: {given or 'none'})")
        if (self.set is not None or self.unset) and self.change is None:
            raise ValueError("set/unset go with change")
        if self.change is not None and not (self.set or self.unset):
            raise ValueError("change needs `set` or `unset`: what changes")
        if (self.with_ is not None) != (self.replace is not None):
            raise ValueError("replace needs `with` (the new version), and only replace takes it")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)

    @property
    def rule_id(self) -> str:
        target = getattr(self, self.kind)
        return target if isinstance(target, str) else str(target.get("id", ""))


class Reform(Strict):
    """A reform file: metadata for the drafter and the operations the lab applies."""

    title: Text
    rationale: Text = Field(description="why: what the reform is meant to change, for whom")
    effective: ISODate = Field(description="the first day the reformed rules apply")
    kind: Literal["proposal", "historical"] = Field(
        "proposal",
        description="proposal: the operations change the packs; historical: the packs already "
        "hold the reform, the operations name what it enacted and closed",
    )
    sources: list[Source] = Field([], description="the bill, decree or convention it follows")
    operations: list[Operation] = Field(min_length=1)

    @model_validator(mode="after")
    def _historical_names_rules(self):
        for i, op in enumerate(self.operations):
            if self.kind == "historical" and op.kind not in ("add", "disable"):
                raise ValueError(
                    f"operations[{i}]: a historical reform names the rules it enacted (add: <id>) "
                    "and closed (disable: <id>); the packs hold their text"
                )
            if op.add is not None and isinstance(op.add, str) != (self.kind == "historical"):
                want = "the id of a rule in the packs" if self.kind == "historical" else "a rule"
                raise ValueError(f"operations[{i}].add: a {self.kind} reform adds {want}")
            if isinstance(op.add, str) and not RULE_ID.match(op.add):
                raise ValueError(f"operations[{i}].add: {echo(op.add)} is not a rule id")
        return self

    @property
    def countries(self) -> list[str]:
        """The packs the reform touches, by the ids its operations name."""
        return sorted({op.rule_id[:2] for op in self.operations if op.rule_id})
