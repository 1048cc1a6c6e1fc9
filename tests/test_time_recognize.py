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


def _blocks(text: str) -> list[tuple[int, int]]:
    """Line spans of `text`, as the reader's blocks are."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


@pytest.mark.parametrize("text", [
    "On May 1, troops entered.\nThe next day, at 6 a.m., talks began.\n\nIn late December 2003 a vote",
    "1992: first\nMay 3 — second\n12/03/2021 third, Christmas week 2004, Q3 2010",
])
def test_time_recognize_find_in_spans_equals_find_per_span(text: str) -> None:
    from keydates.time.recognize import find, find_in_spans

    spans = _blocks(text)
    assert find_in_spans(text, spans) == [find(text[s:e]) for s, e in spans]


def test_time_recognize_find_in_spans_equals_find_per_span_on_corpora(shared_data: Path) -> None:
    from keydates.time.recognize import find, find_in_spans
    from keydates.time.timeml import read_timeml

    for path in sorted((shared_data / "timeml").glob("*/*.tml"))[1::12]:
        text = read_timeml(path).text
        spans = _blocks(text)
        assert find_in_spans(text, spans) == [find(text[s:e]) for s, e in spans], path.name
