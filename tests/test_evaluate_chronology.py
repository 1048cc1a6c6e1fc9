"""Evaluate: locating a gold quote in the reader's text as a reader sees it."""

from __future__ import annotations

import pytest

from keydates.evaluate.chronology import locate

TEXT = "Intro.\n\n- **1951** The first full-length production, *Giselle*, tours 14 towns\nby bus.\n"


@pytest.mark.parametrize(("quote", "found"), [
    ("The first full-length production, *Giselle*, tours", "The first full-length production, *Giselle*, tours"),
    ("The first full-length production, Giselle, tours 14 towns by bus.",
     "The first full-length production, *Giselle*, tours 14 towns\nby bus."),
    ("the FIRST full-length production", "The first full-length production"),
])
def test_evaluate_locate_ignores_whitespace_case_and_emphasis(quote: str, found: str) -> None:
    span = locate(TEXT, quote)
    assert span is not None and TEXT[span[0]:span[1]] == found


def test_evaluate_locate_reports_a_missing_quote() -> None:
    assert locate(TEXT, "The ballet closes for good") is None
