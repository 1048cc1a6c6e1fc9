"""Pure helpers behind the pages: epoch days for any year, spans, highlighting, facets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from keydates.model import Anchor, Event, EventDate
from keydates.web import views


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_web_views_days_from_civil_matches_the_python_calendar(day: date) -> None:
    assert views.days_from_civil(day.year, day.month, day.day) == (
        day.toordinal() - date(1970, 1, 1).toordinal())


@pytest.mark.parametrize("iso, timex, human", [
    ("2003-03-20", "2003-03-20", "20 Mar 2003"),
    ("-3499-01-01", "BC3500-01-01", "1 Jan 3500 BC"),
    ("0000-12-31", "BC0001-12-31", "31 Dec 1 BC"),
])
def test_web_views_iso_days_become_timex_and_human_text(iso: str, timex: str, human: str) -> None:
    assert views.iso_to_timex(iso) == timex
    assert views.human_span(iso, iso) == human


@pytest.mark.parametrize("iso, ms", [
    ("1970-01-01", 0), ("1970-01-02", 86_400_000), ("1969-12-31", -86_400_000),
    ("0000-01-01", -62_167_219_200_000),  # JavaScript: new Date("0000-01-01T00:00:00Z").getTime()
])
def test_web_views_iso_to_ms(iso: str, ms: int) -> None:
    assert views.iso_to_ms(iso) == ms


def _event(text: str, value: str | None, mod: str | None = None, basis: str = "explicit",
           start: int = 0, evidence: tuple[int, int] | None = None) -> Event:
    from keydates.time.values import bounds

    first, last = bounds(value, mod) if value else (None, None)
    return Event(start=start, end=start + len(text), text=text, section=None,
                 date=EventDate(value=value, mod=mod, earliest=first, latest=last, basis=basis,
                                evidence_start=evidence[0] if evidence else None,
                                evidence_end=evidence[1] if evidence else None,
                                evidence=None, anchor=Anchor()))


def test_web_views_highlight_cuts_event_and_date_in_its_paragraph() -> None:
    text = "Title\n\nIntro.\n\nIn 2004, the coalition hands over power. It leaves.\n\nNext."
    start = text.index("the coalition")
    ev = _event("the coalition hands over power.", "2004", start=start,
                evidence=(text.index("2004"), text.index("2004") + 4))
    segments, has_date = views.highlight(text, ev)
    assert has_date
    assert [(s.text, s.event, s.date) for s in segments] == [
        ("In ", False, False), ("2004", False, True), (", ", False, False),
        ("the coalition hands over power.", True, False), (" It leaves.", False, False)]


def test_web_views_highlight_survives_offsets_outside_the_text() -> None:
    segments, has_date = views.highlight("short", _event("a longer event text", "2004", start=3))
    assert [s.text for s in segments] == ["a longer event text"] and not has_date


@pytest.mark.parametrize("value, mod, basis, kind", [
    ("2003-05-01", None, "explicit", "point"),
    ("2019-12", "END", "explicit", "range"),
    ("2004", None, "context", "range"),
    ("BC3500", "APPROX", "explicit", "range"),
])
def test_web_views_band_items_draw_partial_dates_as_spans(value: str, mod: str | None,
                                                         basis: str, kind: str) -> None:
    item = views.band_items([(7, _event("x", value, mod, basis))])["items"][0]
    assert item["type"] == kind and item["href"] == "/events/7"
    assert ("ctx" in item.get("className", "")) == (basis != "explicit")


def test_web_views_undated_events_stay_off_the_band_and_say_undated() -> None:
    ev = _event("no date here", None, basis="none")
    assert views.band_items([(1, ev)])["items"] == []
    assert views.human_date(ev) == "undated"
    assert views.resolution(ev) == "No date could be found for this entry."


def test_web_views_facets_count_years_including_bc() -> None:
    events = [_event("a", "BC0586"), _event("b", "2003-03-20"), _event("c", "2003")]
    years = views.facets(events, {"year": "2003"}).years
    assert [(f.label, f.count, f.active) for f in years] == [
        ("586 BC", 1, False), ("2003", 2, True)]
