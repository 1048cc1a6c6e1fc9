"""Events: phenomena of session 9 (asides to the reader, habits, same-time phrases), on texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("# Our story\n\n**1998** – Tomas opens a coffee cart on the quay.\n\n"
                 "Honestly, I nearly gave up after that first winter.\n\n"
                 "**2004** – The first shop opens on Mill Lane.\n\nVisiting?\n\n"
                 "**2019** – A second roastery opens in Leeds.\n\nWe still roast every bean by hand.\n",
                 "2024-05-01", ["1998", "2004", "2019"],
                 id="asides-in-the-writers-voice-or-to-the-reader-are-not-entries"),
    pytest.param("Key dates of the port dispute\n\nOn 4 March 2024, dockers walk out over pay.\n\n"
                 "Disputes like this tend to end in a compromise that neither side admits to wanting.\n\n"
                 "On 9 April, the two sides sign a deal.\n", "2024-05-01",
                 ["2024-03-04", None, "2024-04-09"],
                 id="a-habit-or-tendency-belongs-to-no-time"),
    pytest.param("The flood\n\nOn 12 March 2022, the river bursts its banks at Wendle.\n\n"
                 "In the afternoon the rain eased, but the water kept rising.\n\n"
                 "Three people were pulled from the water within minutes.\n\n"
                 "On 20 March, the clean-up begins.\n", "2022-06-01",
                 ["2022-03-12", "2022-03-12", "2022-03-12", "2022-03-20"],
                 id="same-time-phrases-continue-the-day-above"),
    pytest.param("Timeline\n\nIn January 2014, rebels take the city.\n\n"
                 "A new government is formed to replace the old one.\n", "2020-01-01",
                 ["2014-01", "2014"],
                 id="an-unlinked-new-event-keeps-only-the-year-the-context-supports"),
    pytest.param("History of the mill\n\n- 1850: The mill opens.\n- 1901: A fire destroys the roof.\n\n"
                 "The mill has always been shaped by the river that drives it.\n", "2020-01-01",
                 ["1850", "1901"],
                 id="a-closing-statement-of-a-lasting-state-is-left-out"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_events_session9(event_dates: Any, text: str, published: str | None, expected: list) -> None:
    assert event_dates(text, published) == expected
