"""Events: phenomena met in the blind sets of session 5, on texts of our own (dates frozen)."""

from __future__ import annotations

import pytest

from keydates.events import extract


def _dates(text: str, published: str | None = None) -> list[tuple]:
    tl = extract(text, published=published)
    return [(e.date.value, e.date.mod, e.date.range_end) for e in tl.events]


CASES = [
    pytest.param("A village history\n\n**The nineteenth century.** The mill was built in 1820 by the Hallam "
                 "family.\n\n**The twentieth century.** The village hall opened in 1921 as a memorial.\n\n"
                 "**1960s.** The school closed in 1964.\n\n**1990s.** The firm, founded in 1907, grew fast.\n",
                 None, [("1820", None, None), ("1921", None, None), ("1964", None, None), ("199X", None, None)],
                 id="a-year-inside-a-decade-or-century-label-dates-the-entry"),
    pytest.param("A parish\n\nThe hall opened in 1921. During the Second World War (1939-45) evacuees were "
                 "billeted here.\n\nIn the Great Depression (1929-39) the mill shut.\n", None,
                 [("1921", None, None), ("1939", None, "1945"), ("1929", None, "1939")],
                 id="the-dates-of-a-named-period-the-clause-opens-with"),
    pytest.param("The plague year\n\n## Summer 1348\n\nA ship docked at Melcombe in June.\n\n## Winter 1348–49\n\n"
                 "The pestilence was in London by early November. Burial pits were dug.\n", None,
                 ["1348-06", "1348-11"], id="a-yearless-by-date-under-a-dated-heading-makes-it-finer"),
    pytest.param("The long read\n\nIn the spring, the bank had reported record profits.\n\nFew paid attention to its "
                 "loans, which had grown steadily since 2019.\n\nThursday, October 1\nA short-seller published a "
                 "report.\n", "2026-11-12", ["2026-SP", "2019", "2026-10-01"],
                 id="a-pluperfect-state-since-an-earlier-year-is-a-flashback"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_session5_values(text: str, published: str | None, want: list) -> None:
    got = _dates(text, published)
    assert (got if want and isinstance(want[0], tuple) else [v for v, _, _ in got]) == want
