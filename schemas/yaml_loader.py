"""YAML as the formats read it: dates stay text, so the schemas check them and name the field.

PyYAML's default resolver turns 2012-02-30 into a crash (ValueError) and 2012-03-04 into a date
before any schema sees it; leaving timestamps as strings keeps one place that judges dates.
libyaml's parser is used where PyYAML was built with it: the rule packs load several times
faster, which matters now that every reform re-reads them.
"""

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_Base):
    pass


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str):
    return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
