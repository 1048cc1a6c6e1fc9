"""Recognition runs each rule only near its core word; that must never change what is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from keydates.time.recognize import _candidates, _select, load_rules

RULES = load_rules()
TEXTS = [ex["text"] for r in RULES for ex in r.examples] + [t for r in RULES for t in r.negatives]


def _spans(text: str, use_cores: bool) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.rule) for m in _select(_candidates(text, RULES, use_cores))]


def test_time_recognize_every_rule_has_a_core() -> None:
    assert [r.name for r in RULES if r.core is None] == []


@pytest.mark.parametrize("text", TEXTS)
def test_time_recognize_cores_change_nothing_on_rule_examples(text: str) -> None:
    assert _spans(text, True) == _spans(text, False)


def test_time_recognize_cores_change_nothing_on_corpora(shared_data: Path) -> None:
    from keydates.time.timeml import read_timeml

    files = sorted((shared_data / "timeml").glob("*/*.tml"))[::4]
    for path in files:
        text = read_timeml(path).text
        assert _spans(text, True) == _spans(text, False), path.name
