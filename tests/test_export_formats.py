"""Exporters: the registry, and each format checked with the tool or parser that reads it."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from icalendar import Calendar

from keydates.export import UnknownFormatError, exporters, get_exporter
from keydates.export.formats import CSV_COLUMNS
from keydates.store import StoredTimeline

BAGHDAD = ("Baghdad", 33.34, 44.4, "IQ")
CAIRO = ("Cairo", 30.04, 31.24, "EG")
ENTRIES = [
    {"text": "c. 586 BC: Babylon takes Jerusalem.", "value": "BC0586", "mod": "APPROX",
     "evidence": "c. 586 BC", "section": "Antiquity", "kind": "war"},
    {"text": "On March 20, 2003, US forces invade Iraq & <Baghdad> falls.",
     "value": "2003-03-20", "evidence": "March 20, 2003", "section": "The war",
     "kind": "attack", "actors": ["United States"], "places": [BAGHDAD],
     "headline": "Invasion <of> Iraq"},
    {"text": "In May 2003, *talks* begin in Cairo.", "value": "2003-05", "evidence": "May 2003",
     "section": "The war", "kind": "talks", "places": [BAGHDAD, CAIRO]},
    {"text": "From 2003 to 2011, the war goes on.", "value": "2003", "range_end": "2011",
     "evidence": "From 2003 to 2011", "section": "The war"},
    {"text": "In late December 2019, protests.", "value": "2019-12", "mod": "END",
     "evidence": "late December 2019", "kind": "protest"},
    {"text": "In winter 2005, snow.", "value": "2005-WI", "evidence": "winter 2005"},
    {"text": "Since 2011, calm.", "value": "2011", "mod": "AFTER", "evidence": "2011"},
    {"text": "Some day, something.", "value": None},
]


@pytest.fixture()
def timeline(make_timeline) -> StoredTimeline:
    tl = make_timeline(ENTRIES, title="Iraq: key dates", source="iraq.txt",
                       published="2020-01-03", prefix="Iraq: key dates\n\n")
    tl.document.lead = "Main dates since the 2003 invasion."
    return StoredTimeline.from_timeline(tl, name="Iraq")


def by_text(tl: StoredTimeline, start: str):
    return next(e for e in tl.events if e.event.text.startswith(start))


def test_export_registry_lists_every_format():
    names = {e.name: (e.extension, e.media_type) for e in exporters()}
    assert names == {
        "json": ("json", "application/json"), "jsonl": ("jsonl", "application/x-ndjson"),
        "csv": ("csv", "text/csv; charset=utf-8"), "md": ("md", "text/markdown; charset=utf-8"),
        "timelinejs": ("json", "application/json"),
        "ics": ("ics", "text/calendar; charset=utf-8"),
        "geojson": ("geojson", "application/geo+json"), "timeml": ("tml", "application/xml"),
    }
    with pytest.raises(UnknownFormatError, match="known: csv"):
        get_exporter("pdf")


def test_export_csv_flat_columns_one_row_per_event(timeline):
    rows = list(csv.DictReader(io.StringIO(get_exporter("csv").render(timeline))))
    assert list(rows[0]) == CSV_COLUMNS and len(rows) == len(ENTRIES)
    row = next(r for r in rows if r["date_value"] == "2003-05")
    assert row["places"] == "Baghdad; Cairo" and row["display_date"] == "May 2003"
    assert (row["earliest"], row["latest"]) == ("2003-05-01", "2003-05-31")
    bc = rows[0]
    assert (bc["date_value"], bc["display_date"], bc["earliest"]) == (
        "BC0586", "c. 586 BC", "-0585-01-01")


def test_export_md_sections_and_escaping(timeline):
    md = get_exporter("md").render(timeline)
    assert md.startswith("# Iraq\n")
    assert "## Antiquity" in md and "## The war" in md
    assert md.count("\n- **") == len(ENTRIES)
    assert r"\*talks\*" in md and "**late December 2019**" in md


def test_export_timelinejs_partial_dates_eras_groups(timeline):
    doc = json.loads(get_exporter("timelinejs").render(timeline))
    assert doc["title"]["text"]["headline"] == "Iraq"
    events = {e["display_date"]: e for e in doc["events"]}
    assert len(doc["events"]) == len(ENTRIES) - 1  # the undated event cannot be placed
    assert events["c. 586 BC"]["start_date"] == {"year": -586}
    assert events["20 March 2003"]["start_date"] == {"year": 2003, "month": 3, "day": 20}
    assert events["20 March 2003"]["text"]["headline"] == "Invasion &lt;of&gt; Iraq"
    assert "&amp; &lt;Baghdad&gt;" in events["20 March 2003"]["text"]["text"]
    assert events["20 March 2003"]["group"] == "attack"
    assert events["May 2003"]["start_date"] == {"year": 2003, "month": 5}
    assert events["2003–2011"]["start_date"] == {"year": 2003}
    assert events["2003–2011"]["end_date"] == {"year": 2011}
    assert events["late December 2019"]["start_date"] == {"year": 2019, "month": 12}
    assert events["winter 2005"]["start_date"] == {"year": 2005, "month": 12}
    assert events["winter 2005"]["end_date"] == {"year": 2006, "month": 2}
    eras = {e["text"]["headline"]: e for e in doc["eras"]}
    assert set(eras) == {"Antiquity", "The war"}
    assert eras["The war"]["start_date"] == {"year": 2003, "month": 1, "day": 1}
    assert eras["The war"]["end_date"] == {"year": 2011, "month": 12, "day": 31}


def test_export_ics_valid_all_day_events_over_the_interval(timeline):
    text = get_exporter("ics").render(timeline)
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    # BC (no year 0 in iCalendar), open-ended and undated events are left out and counted
    assert len(events) == len(ENTRIES) - 3 and str(cal["X-KEYDATES-SKIPPED"]) == "3"
    inv = events["Invasion <of> Iraq"]
    assert inv["DTSTART"].dt == date(2003, 3, 20) and inv["DTEND"].dt == date(2003, 3, 21)
    assert str(inv["LOCATION"]) == "Baghdad"
    assert inv["GEO"].latitude == pytest.approx(33.34)
    late = next(e for e in events.values() if "late December" in str(e["DESCRIPTION"]))
    assert (late["DTSTART"].dt, late["DTEND"].dt) == (date(2019, 12, 21), date(2020, 1, 1))
    war = next(e for e in events.values() if "war goes on" in str(e["SUMMARY"]))
    assert (war["DTSTART"].dt, war["DTEND"].dt) == (date(2003, 1, 1), date(2012, 1, 1))
    assert len({str(e["UID"]) for e in events.values()}) == len(events)
    assert get_exporter("ics").render(timeline) == text  # deterministic


def test_export_geojson_one_feature_per_event_place(timeline):
    doc = json.loads(get_exporter("geojson").render(timeline))
    assert doc["type"] == "FeatureCollection"
    feats = doc["features"]
    assert [f["properties"]["place"] for f in feats] == ["Baghdad", "Baghdad", "Cairo"]
    assert feats[0]["geometry"] == {"type": "Point", "coordinates": [44.4, 33.34]}
    assert feats[2]["properties"]["display_date"] == "May 2003"
    assert len({f["id"] for f in feats}) == 3


def test_export_timeml_wellformed_with_timex3_on_evidence(timeline):
    xml = get_exporter("timeml").render(timeline)
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2020-01-03"
    text_el = root.find("TEXT")
    timexes = {t.text: (t.get("value"), t.get("mod")) for t in text_el.iter("TIMEX3")}
    assert timexes["c. 586 BC"] == ("BC0586", "APPROX")
    assert timexes["March 20, 2003"] == ("2003-03-20", None)
    assert timexes["late December 2019"] == ("2019-12", "END")
    # the document text comes back exactly, special characters included
    assert "".join(text_el.itertext()) == timeline.documents[0].text


def test_export_from_the_store_matches_unsaved(fresh_db, make_timeline):
    tl = make_timeline(ENTRIES, title="Iraq: key dates", source="iraq.txt")
    res = fresh_db.add_timeline(tl, name="Iraq")
    stored = fresh_db.get_timeline(res.timeline_slug)
    for name in ("csv", "geojson", "timeml"):
        a = get_exporter(name).render(stored)
        b = get_exporter(name).render(StoredTimeline.from_timeline(tl, name="Iraq"))
        if name == "timeml":
            assert a == b
        else:  # ids differ only when the store interleaves; here both number from 1
            assert a.count("\n") == b.count("\n")
