"""Lossless JSON / JSON Lines: import reads an export back identically (hypothesis), and a
malformed file is rejected whole, naming the line, with nothing written."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keydates.errors import ImportFormatError
from keydates.export import get_exporter
from keydates.model import (
    Actor, Anchor, Casualties, Document, Event, EventDate, Place, Timeline,
)
from keydates.store import open_store
from keydates.time.values import bounds, granularity

VALUES = ["2003-03-20", "2003-03", "2003", "BC0586", "2005-WI", "2003-Q1", "199", "19",
          "XXXX-05-01", "2019-W12", "2020-01-03TMO"]
MODS = [None, None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER"]
# Text the databases can hold: no NUL (PostgreSQL) and no lone surrogates (UTF-8).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=40)
NAME = TEXT.filter(lambda s: s.strip() != "")
COORD = st.one_of(st.none(), st.floats(-90, 90, allow_nan=False, allow_infinity=False))


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    n = draw(st.integers(0, 5))
    text, events = draw(TEXT), []
    for _ in range(n):
        quote = draw(NAME)
        start = len(text) + 1
        text += "\n" + quote
        value = draw(st.one_of(st.none(), st.sampled_from(VALUES)))
        mod = draw(st.sampled_from(MODS)) if value else None
        rng = draw(st.one_of(st.none(), st.just("2011"))) if value and value[:1] == "2" else None
        first, last = bounds(value, mod, rng) if value else (None, None)
        actors = [Actor(name, f"ent:{i}-{draw(st.integers(0, 3))}", draw(st.sampled_from(
            ["person", "country", "other"])), "agent", draw(TEXT))
                  for i, name in enumerate(draw(st.lists(NAME, max_size=2)))]
        places = [Place(name, draw(COORD), draw(COORD), draw(st.sampled_from([None, "IQ"])),
                        "city", draw(TEXT), draw(st.one_of(st.none(), st.integers(1, 10**7))))
                  for name in draw(st.lists(NAME, max_size=2))]
        casualties = [Casualties("killed", draw(st.integers(0, 10**6)), "at_least",
                                 draw(st.booleans()), draw(st.one_of(st.none(), TEXT)), None,
                                 draw(TEXT))
                      for _ in range(draw(st.integers(0, 1)))]
        events.append(Event(
            start=start, end=start + len(quote), text=quote,
            section=draw(st.one_of(st.none(), NAME)),
            date=EventDate(value=value, mod=mod, range_end=rng, earliest=first, latest=last,
                           granularity=granularity(value or ""),
                           basis=draw(st.sampled_from(["explicit", "context", "none"])),
                           evidence=draw(st.one_of(st.none(), TEXT)),
                           anchor=draw(st.sampled_from(
                               [Anchor(), Anchor("publication", "2020-01-03")]))),
            headline=draw(st.one_of(st.none(), TEXT)), actors=actors, places=places,
            kind=draw(st.sampled_from([None, "attack", "talks"])),
            kind_trigger=draw(st.one_of(st.none(), TEXT)), casualties=casualties))
    doc = Document(text=text, source=draw(st.sampled_from(["-", "a.txt", "https://x.org/a"])),
                   title=draw(st.one_of(st.none(), TEXT)), lead=draw(st.one_of(st.none(), TEXT)),
                   published=draw(st.sampled_from([None, "2020-01-03"])))
    return Timeline(document=doc, events=events, notes=draw(st.lists(TEXT, max_size=2)))


CORRECTIONS = st.lists(st.tuples(st.integers(0, 4), st.sampled_from([
    {"headline": "Corrected"}, {"date.value": "2004-05"}, {"kind": "war"},
    {"date": {"value": "BC0100", "mod": "APPROX"}}, {"text": "Fixed text"},
    {"places": [{"name": "Basra", "lat": 30.5, "lon": 47.8}]},
])), max_size=3)
_NAMES = itertools.count()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@settings(max_examples=int(__import__("os").environ.get("KD_HYP", "25")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tl=timelines(), fixes=CORRECTIONS)
def test_export_roundtrip_import_reads_back_identically(fresh_db, fmt, tl, fixes):
    name = f"source {next(_NAMES)}"
    res = fresh_db.add_timeline(tl, name=name)
    for i, change in fixes:
        if i < len(res.event_ids):
            fresh_db.correct_event(res.event_ids[i], change, user="ann", reason="hypothesis")
    exporter = get_exporter(fmt)
    first = exporter.render(fresh_db.get_timeline(res.timeline_slug))
    copy = fresh_db.import_data(first, fmt, name=f"copy of {name}")[0]
    copied = fresh_db.get_timeline(copy.timeline_slug)
    second = exporter.render(copied)
    assert _without_name(first) == _without_name(second)  # same bytes but for name and slug
    assert first.count("\n") == second.count("\n")
    originals = sorted((e.position, e.original) for e in fresh_db.get_timeline(
        res.timeline_slug).events)
    assert [o for _, o in originals] == tl.events
    assert sorted((e.position, e.original) for e in copied.events) == originals


def _without_name(text: str) -> list[object]:
    """The records of an export with the timeline's name and slug removed."""
    records = ([json.loads(line) for line in text.split("\n") if line] if text.startswith('{"type"')
               else [json.loads(text)])
    for r in records:
        if r.get("type", "timeline") == "timeline":
            r.pop("name"), r.pop("slug")
    return records


def test_export_roundtrip_into_a_new_store(fresh_db, make_timeline, tmp_path):
    res = fresh_db.add_timeline(make_timeline([
        {"text": "On 20 March 2003, war.", "value": "2003-03-20", "evidence": "20 March 2003",
         "actors": ["United States"], "places": [("Baghdad", 33.3, 44.4, "IQ")]},
        {"text": "In 586 BC, Jerusalem falls.", "value": "BC0586"},
    ]), name="Iraq")
    fresh_db.correct_event(res.event_ids[0], {"headline": "War"}, user="ann", reason="short")
    data = get_exporter("json").render(fresh_db.get_timeline("iraq"))
    with open_store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        [copy] = other.import_data(data)
        assert copy.timeline_slug == "iraq"
        assert get_exporter("json").render(other.get_timeline("iraq")) == data
        fixed = other.get_timeline("iraq").events[1]  # BC event first, then 2003
        assert fixed.event.headline == "War" and fixed.original.headline is None
        assert fixed.corrections[0].user == "ann"


def _jsonl_lines() -> list[str]:
    return [
        json.dumps({"type": "timeline", "format": "keydates-timeline", "version": 1,
                    "name": "T"}),
        json.dumps({"type": "document", "source": "a.txt", "text": "In 2003, war."}),
        json.dumps({"type": "event", "position": 0, "original": {
            "start": 0, "end": 13, "text": "In 2003, war.", "section": None,
            "date": {"value": "2003"}}}),
    ]


@pytest.mark.parametrize("edit,line,message", [
    (lambda ls: ls.__setitem__(2, ls[2][:-3]), 3, "invalid JSON"),
    (lambda ls: ls.__setitem__(1, ls[1].replace('"text"', '"txt"')), 2, "unknown field"),
    (lambda ls: ls.__setitem__(2, ls[2].replace('"end": 13', '"end": 99')), 3, "outside"),
    (lambda ls: ls.__setitem__(2, ls[2].replace('"start": 0', '"start": "0"')), 3, "integer"),
    (lambda ls: ls.__setitem__(2, ls[2].replace('"date": {', '"date": {"colour": 1, ')), 3,
     "unknown field"),
    (lambda ls: ls.__setitem__(0, ls[0].replace("keydates-timeline", "other")), 1,
     "not a keydates export"),
    (lambda ls: ls.__setitem__(2, ls[2].replace('"2003"', '2003')), 3, "expected a string"),
    (lambda ls: ls.__setitem__(2, ls[2].replace('"2003"', '"2003-13"')), 3, "not a valid TIMEX3"),
    (lambda ls: ls.insert(0, json.dumps({"type": "event"})), 1, "before any timeline"),
    (lambda ls: ls.append(json.dumps({"type": "comment"})), 4, "unknown record type"),
    (lambda ls: ls.append(ls[2]), 4, "two events at position 0"),
    (lambda ls: ls.append(json.dumps({"type": "event", "document": "nope", "original": {}})), 4,
     "unknown document"),
    (lambda ls: ls.__setitem__(2, ls[2][:-1] + ', "corrections": [{"field": "date.value", '
                               '"value": "2019-02-30"}]}'), 3, "not a valid TIMEX3"),
])
def test_export_import_malformed_jsonl_rejected_whole(fresh_db, make_timeline, edit, line,
                                                      message):
    fresh_db.add_timeline(make_timeline([{"text": "In 1999.", "value": "1999"}]), name="kept")
    lines = _jsonl_lines()
    assert fresh_db.import_data("\n".join(lines), name="ok check")[0].created
    fresh_db.delete_timeline("ok check")
    before = {k: v for k, v in fresh_db.counts().items() if k != "audit_log"}
    edit(lines)
    with pytest.raises(ImportFormatError, match=message) as err:
        fresh_db.import_data("\n".join(lines) + "\n")
    assert f"line {line}" in str(err.value)
    assert {k: v for k, v in fresh_db.counts().items() if k != "audit_log"} == before


def test_export_import_malformed_json_names_line_of_the_bad_event(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline([{"text": f"In {y}.", "value": str(y)}
                                         for y in range(1990, 1995)]), name="years")
    payload = json.loads(get_exporter("json").render(fresh_db.get_timeline("years")))
    payload["events"][3]["original"]["start"] = -5
    text = json.dumps(payload, indent=2)
    expected_line = text.splitlines().index('    {', text.splitlines().index(
        '  "events": [') + 1)
    with pytest.raises(ImportFormatError, match=r"line \d+ \(\$\.events\[3\]\)") as err:
        fresh_db.import_data(text, name="copy")
    assert "offsets" in str(err.value)
    line_no = int(str(err.value).split()[1])
    assert text.splitlines()[line_no - 1].strip() == "{"
    assert line_no > expected_line  # the 4th event starts after the first
    with pytest.raises(ImportFormatError, match="line 3"):
        fresh_db.import_data('{\n  "format": "keydates-timeline",\n  "name": ,\n}')
    with pytest.raises(ImportFormatError, match="empty"):
        fresh_db.import_data("  \n")
    assert [s.slug for s in fresh_db.list_timelines()] == ["years"]
