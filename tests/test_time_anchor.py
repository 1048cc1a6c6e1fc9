"""Anchoring: which reference a careful reader uses, decided from the text (no domain switch)."""

from __future__ import annotations

from datetime import date

import pytest

from keydates.errors import PublicationDateError
from keydates.time import Reference, find, parse_published, resolve, tag


def _values(text: str, published: str | None = None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, published=published)}


def test_anchor_narrative_carries_the_year_of_the_story() -> None:
    text = ("The war began on September 1, 1939. In April, Germany invaded Denmark. "
            "On May 10, the offensive in the west opened.")
    v = _values(text, "2009-12-19")
    assert v["April"] == "1939-04" and v["May 10"] == "1939-05-10"


def test_anchor_news_reads_yearless_dates_from_publication() -> None:
    text = "The company said on Tuesday that its offer, due to expire Nov. 6, was extended."
    v = _values(text, "1989-10-30")
    assert v["Nov. 6"] == "1989-11-06"
    assert v["Tuesday"] == "1989-10-24"


def test_anchor_ascending_list_rolls_over_the_year_end() -> None:
    text = ("On December 13, 2003, the dictator was captured. On December 31, crowds gathered. "
            "On January 3, the army moved.")
    assert _values(text, "2005-06-01")["January 3"] == "2004-01-03"


def test_anchor_backtracking_within_a_year_stays_in_that_year() -> None:
    text = "On 9 September 1914 the line held. It had formed after 7 August, when troops landed."
    assert _values(text, "2009-12-19")["7 August"] == "1914-08-07"


def test_anchor_bc_era_is_carried_down_a_list() -> None:
    text = "Dates are BC.\nc. 3500-3000: writing appears.\n2600: the pyramids rise.\n1200: collapse."
    v = _values(text)
    assert v["c. 3500-3000"] == "BC3500"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The attack on Friday killed the general.", "2020-01-03", "2020-01-03"),  # same day
        ("The minister will resign on Friday.", "2020-01-01", "2020-01-03"),  # future
        ("The minister resigned on Friday.", "2020-01-01", "2019-12-27"),  # past
        ("The court said Wednesday it would rule.", "2000-01-07", "2000-01-05"),  # reporting verb
    ],
)
def test_anchor_weekday_follows_tense(text: str, published: str, value: str) -> None:
    found = [e for e in tag(text, published) if e.rule == "weekday"]
    assert found and found[0].value == value


def test_anchor_relative_to_previous_event_records_the_reference() -> None:
    text = "On December 31, 2019, crowds attacked. The next day, troops arrived."
    nxt = [e for e in tag(text, "2020-01-03") if e.text == "The next day"][0]
    assert nxt.value == "2020-01-01"
    assert nxt.anchor.kind == "narrative" and nxt.anchor.value == "2019-12-31"


def test_anchor_publication_reference_is_recorded() -> None:
    e = [e for e in tag("Talks resumed yesterday.", "1998-02-06") if e.text == "yesterday"][0]
    assert (e.value, e.anchor.kind, e.anchor.value) == ("1998-02-05", "publication", "1998-02-06")


def test_anchor_unanchorable_date_stays_underspecified() -> None:
    e = tag("On May 1, workers marched.")[0]
    assert e.value == "XXXX-05-01" and e.anchor.kind == "none"
    assert e.earliest is None and e.latest is None


def test_anchor_resolve_with_explicit_reference() -> None:
    mention = [m for m in find("In late December, a rocket attack killed a contractor.")][0]
    assert mention.needs_anchor and mention.value == "XXXX-12"
    te = resolve(mention, Reference(published=date(2020, 1, 3), previous="2019-10-01",
                                    previous_kind="previous_event"))
    assert (te.value, te.mod, te.anchor.kind) == ("2019-12", "END", "previous_event")
    assert (te.earliest, te.latest) == ("2019-12-21", "2019-12-31")


def test_anchor_resolve_header_reference_for_day_headers() -> None:
    mention = find("Thursday, October 25")[0]
    te = resolve(mention, Reference(previous="2012", previous_kind="header"))
    assert te.value == "2012-10-25" and te.anchor.kind == "header"


def test_anchor_year_earlier_keeps_the_period_under_discussion() -> None:
    text = "Profit rose 5% in the third quarter from a year earlier."
    v = _values(text, "1989-11-02")
    assert v["the third quarter"] == "1989-Q3" and v["a year earlier"] == "1988-Q3"


@pytest.mark.parametrize("bad", ["2019-02-30", "2019-13-01", "yesterday", "3/4/2019"])
def test_anchor_impossible_publication_date_raises(bad: str) -> None:
    with pytest.raises(PublicationDateError):
        parse_published(bad)


@pytest.mark.parametrize(
    "text",
    ["105 children were rescued.", "Call 555-0123 or 2882015 today at noon.", "She is in her 90s.",
     "The team won 24-7.", "It cost $1999.", "On February 30, 2019 nothing happened."],
)
def test_anchor_no_false_dates_from_numbers(text: str) -> None:
    values = [e.value for e in tag(text, "2020-01-01") if e.type == "DATE"]
    assert not any(v[:1].isdigit() and "-" not in v[4:5] and len(v) == 4 for v in values), values
    assert "2019-02-30" not in values


def test_anchor_split_ranges_gives_each_end_its_own_extent() -> None:
    text = "The siege of 1992-1996 ended; talks ran from Feb. 6-12, 2004."
    whole = [e for e in tag(text) if e.range_end]
    assert [(e.text, e.value, e.range_end) for e in whole] == [
        ("1992-1996", "1992", "1996"), ("Feb. 6-12, 2004", "2004-02-06", "2004-02-12")]
    split = [(e.text, e.value) for e in tag(text, timeml=True)]
    assert split == [("1992", "1992"), ("1996", "1996"), ("Feb. 6", "2004-02-06"),
                     ("12, 2004", "2004-02-12")]


@pytest.mark.parametrize(
    ("text", "previous", "direction", "value"),
    [
        ("-- JAN 21-22 --", "2007-09-14", 1, "2008-01-21"),  # ascending list: next year
        ("Sept. 28 — A presidential election is held.", "2020-02-29", -1, "2019-09-28"),  # descending
        ("In April, talks resumed.", "2003-12-13", 0, "2003-04"),  # prose: a step back
        ("On January 3, troops moved.", "2019-12-31", 0, "2020-01-03"),  # prose: the year wraps
    ],
)
def test_anchor_list_direction_decides_rollover(text: str, previous: str, direction: int,
                                                value: str) -> None:
    te = resolve(find(text)[0], Reference(previous=previous, direction=direction))
    assert te.value == value


def test_anchor_a_week_after_a_day_is_a_day() -> None:
    v = _values("On January 23, 2020, the city is locked down. A week later, the WHO acts.")
    assert v["A week later"] == "2020-01-30"


def test_anchor_expressions_do_not_cross_paragraph_breaks() -> None:
    assert [m.text for m in find("Newest first\n\nAug. 15 — Fighters enter the city.")] == ["Aug. 15"]


def test_anchor_descending_reference_from_publication_reports_the_past() -> None:
    # a list read downwards from the publication date: "August" published in May is last August
    te = resolve(find("In August, talks failed.")[0],
                 Reference(published=date(2024, 5, 20), direction=-1))
    assert te.value == "2023-08"
