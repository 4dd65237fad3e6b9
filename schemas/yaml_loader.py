"""YAML as the formats read it: dates stay text, so the schemas check them and name the field;
and aliases may not blow a small document up into a huge one.

PyYAML's default resolver turns 2012-02-30 into a crash (ValueError) and 2012-03-04 into a date
before any schema sees it; leaving timestamps as strings keeps one place that judges dates.
libyaml's parser is used where PyYAML was built with it: the rule packs load several times
faster, which matters now that every reform re-reads them.

An alias (`*name`) repeats a whole value without copying it, so nine levels of nine aliases
make a few lines stand for 387 million values: cheap to parse, but validation (and any error
that shows the value) expands them. `load` refuses a document whose values, each alias counted
every time it is used, outnumber its characters by more than EXPANSION allows.
"""

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

EXPANSION = 100_000  # values a document may hold beyond one per character of its text


class Loader(_Base):
    pass


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class ExpandsTooMuch(yaml.YAMLError):
    """The document's aliases make it stand for far more values than it is long."""

    def __init__(self, budget: int):
        super().__init__(
            f"the document expands too much: its aliases (*name) make it stand for more than "
            f"{budget:,} values; write the repeated values out, or split the document"
        )


def load(text: str):
    data = yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    _within(data, EXPANSION + len(text))
    return data


def _within(data, budget: int) -> None:
    """ExpandsTooMuch once more than `budget` values are met, walking the document as it
    expands (a value reached through an alias counts each time): stops early, whatever its
    real size, and a self-referring alias cannot loop."""
    pending, seen = [data], 0
    while pending:
        value = pending.pop()
        seen += 1
        if seen > budget:
            raise ExpandsTooMuch(budget)
        if isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
