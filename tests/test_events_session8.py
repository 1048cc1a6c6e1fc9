"""Events: phenomena met in the blind sets of session 8, on texts of our own (dates frozen)."""

from __future__ import annotations

import pytest

from keydates.events import extract


def _dates(text: str, published: str | None = None) -> list:
    tl = extract(text, published=published)
    return [e.date.value if e.date.range_end is None else (e.date.value, e.date.range_end) for e in tl.events]


CASES = [
    pytest.param("# Timeline of the harbour strike\n\n## 1997\n\n### March\n\n- 3 March – Dockers walk out.\n\n### August\n\n"
                 "- 12 August – Talks open.\n\n## 1998\n\n### October\n\n"
                 "- 2 October – May leads a second walkout.\n\n- 20 October – May resigns as union leader.\n", "2020-01-01",
                 ["1997-03-03", "1997-08-12", "1998-10-02", "1998-10-20"],
                 id="month-headings-nested-under-year-headings-take-the-new-year"),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_events_session8_phenomena(text: str, published: str | None, want: list) -> None:
    got = _dates(text, published)
    assert got == want
