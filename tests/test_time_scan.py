"""The literal search of rule cores finds exactly what the core's regex finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keydates.time.recognize import _ascii_lower, _cores, load_rules
from keydates.time.scan import CoreScan, literal_starts

CORES = _cores()
TEXTS = [ex["text"] for r in load_rules() for ex in r.examples] + [t for r in load_rules() for t in r.negatives]


def _regex_hits(scan: CoreScan, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in scan.regex.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:jan|feb|mar)", ("feb", "jan", "mar")),       # an alternation of words
    (r"(?:every|each)", ("each", "every")),             # the parser factors out the common "e"
    (r"\bago\b", ("ago",)),                             # a boundary first: zero-width, skipped
    (r"(?:quarter|\bq[1-4])", ("q1", "q2", "q3", "q4", "quarter")),  # a small class joined on
    (r"(?<!\d)(?:1\d|20)\d\d", None),                   # digits alone are too common to search
    (r"(?:in|by)\s+\d", None),                          # short words ("in") too
    (r"between", None),                                 # fixed text: the engine searches it fast
    (r"(?:^|\n)[ \t]*\d", None),                        # a line anchor: no literal start
    (r"(?:a|b)?", None),                                # may match the empty string
    (r"(?i:may|june)", None),                           # case-insensitive: not searched as written
])
def test_time_scan_literal_starts(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert literal_starts(re.compile(pattern)) == expected


def test_time_scan_some_rule_cores_use_literal_search() -> None:
    assert sum(scan.literals is not None for scan in CORES.values()) >= 20


@pytest.mark.parametrize("key", sorted(CORES))
def test_time_scan_hits_equal_regex_on_rule_texts(key: str) -> None:
    scan = CORES[key]
    for text in TEXTS:
        low = _ascii_lower(text)
        assert scan.hits(low) == _regex_hits(scan, low), text


def test_time_scan_hits_equal_regex_on_corpora(shared_data: Path) -> None:
    from keydates.time.timeml import read_timeml

    for path in sorted((shared_data / "timeml").glob("*/*.tml"))[::6]:
        low = _ascii_lower(read_timeml(path).text)
        for key, scan in CORES.items():
            assert scan.hits(low) == _regex_hits(scan, low), (path.name, key)


_WORDS = ["jan", "may", "ago", "q3", "week", "w2", "the ", "each", "every", "quarter", "1h", "h2",
          "mid", "now", "today", "year", "years ahead", "christmas", "12.3.04", "b.c", " ", "\n", "-",
          "a", "b", "1", "9", ".", "'", "the early morning", "chicago", "summer '", "spring of '"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map("".join))
def test_time_scan_hits_equal_regex_on_random_text(text: str) -> None:
    for scan in CORES.values():
        assert scan.hits(text) == _regex_hits(scan, text)


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    (r"(?:abc){1,3}x", "abcabcx abcx", [(0, 7), (8, 12)]),   # a repeat may follow itself
    (r"(?:abc)?(?:def|ghi)", "xdef abcghi", [(1, 4), (5, 11)]),  # an optional start
    (r"\bago\b", "chicago ago", [(8, 11)]),
])
def test_time_scan_hits_of_small_patterns(pattern: str, text: str, expected: list[tuple[int, int]]) -> None:
    scan = CoreScan.of(re.compile(pattern))
    assert scan.literals is not None
    assert scan.hits(text) == expected == _regex_hits(scan, text)
