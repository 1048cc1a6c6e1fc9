"""Events: how titles, subtitles and section headings date the entries under them.

Small texts of our own, one phenomenon each; publication dates are frozen.
"""

from __future__ import annotations

import pytest

from keydates.events import extract


def _values(text: str, published: str | None = None) -> list[str | None]:
    return [e.date.value for e in extract(text, published=published).events]


CASES = [
    pytest.param("CITY ROVERS FC\nThe 2019 season in review\n\nAUGUST\nSat 10th: Rovers win the opener 2-0.\n\n"
                 "SEPTEMBER\nOn the 21st, the new stand opens.\n", "2020-01-06",
                 ["2019-08-10", "2019-09-21"], id="subtitle-names-the-year-of-a-review"),
    pytest.param("Timeline of Ostrava\n\n19th century\n - 1828 – Ironworks founded.\n - 1847 – Railway reaches "
                 "the town.\n\n20th century\n - 6 September 1939 – German troops arrive.\n", None,
                 ["1828", "1847", "1939-09-06"], id="labelled-rows-under-a-century-heading-keep-their-labels"),
    pytest.param("Founders\n\n1921\nA weaving shed opens by the canal.\n\n1934\nThe mill adds a dye house.\n",
                 None, ["1921", "1934"], id="date-cell-still-dates-its-unlabelled-row"),
    pytest.param("Timeline\n\n - 1412 – The bridge collapses in a flood (April).\n - 1419 – Rebuilt in stone "
                 "(Sept.).\n", None, ["1412-04", "1419-09"], id="month-in-brackets-refines-the-label-year"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_sections_date_the_entries_under_them(text: str, published: str | None, want: list) -> None:
    assert _values(text, published) == want


@pytest.mark.parametrize("text,published,want", [
    pytest.param("Parish year 2021\n\nSEPTEMBER\nEarly in the month, the new hall opens.\n\nOCTOBER\nIn the last week "
                 "of the month, the bridge is repainted.\n", "2022-01-10", [("2021-09", "START"), ("2021-10", "END")],
                 id="part-of-the-month-under-a-month-heading-refines-it"),
])
def test_events_sections_parts_of_the_heading_period(text: str, published: str, want: list) -> None:
    assert [(e.date.value, e.date.mod) for e in extract(text, published=published).events] == want
