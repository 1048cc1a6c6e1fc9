"""Every example and negative of every temporal rule runs as a test (rules are data)."""

from __future__ import annotations

import pytest

from keydates.time import find, tag
from keydates.time.recognize import load_rules

RULES = load_rules()
EXAMPLES = [(r.name, ex) for r in RULES for ex in r.examples]
NEGATIVES = [(r.name, text) for r in RULES for text in r.negatives]


def test_time_rules_every_rule_has_phenomenon_and_examples() -> None:
    for rule in RULES:
        assert rule.phenomenon.strip(), rule.name
        assert rule.examples, f"rule {rule.name} has no examples"


@pytest.mark.parametrize(("rule", "example"), EXAMPLES,
                         ids=[f"{n}:{e['extent']}" for n, e in EXAMPLES])
def test_time_rules_example(rule: str, example: dict) -> None:
    found = tag(example["text"], published=example.get("published"))
    by_extent = {e.text: e for e in found}
    assert example["extent"] in by_extent, f"{rule}: extents found {[e.text for e in found]}"
    expr = by_extent[example["extent"]]
    assert expr.value == example["value"], f"{rule}: {expr}"
    if "mod" in example:
        assert expr.mod == example["mod"], f"{rule}: {expr}"
    if "range_end" in example:
        assert expr.range_end == example["range_end"], f"{rule}: {expr}"


@pytest.mark.parametrize(("rule", "text"), NEGATIVES, ids=[f"{n}:{t}" for n, t in NEGATIVES])
def test_time_rules_negative(rule: str, text: str) -> None:
    assert [m.text for m in find(text) if m.rule == rule] == []
