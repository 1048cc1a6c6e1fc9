"""The entity pass on the sample chronology: what a careful reader would list for each entry.

The events are the paragraphs of the sample (split here, so the test does not depend on how the
events stage cuts clauses); each check finds its entry by a quote."""

from __future__ import annotations

import re

import pytest

from keydates.entities import enrich, summary
from keydates.entities.evaluate import km
from keydates.model import Document, Event, EventDate, Timeline


@pytest.fixture(scope="module")
def timeline(shared_data) -> Timeline:
    text = (shared_data / "chronologies" / "us_iraq_2003_2020.txt").read_text(encoding="utf-8")
    events = [Event(m.start(), m.end(), m.group(), None, EventDate(None))
              for m in re.finditer(r"[^\n]+", text)
              if len(m.group()) > 60 and not m.group().startswith(("Main dates", "Your email"))]
    return enrich(Timeline(Document(text=text, source="us_iraq_2003_2020.txt"), events))


def event(tl: Timeline, quote: str) -> Event:
    hits = [e for e in tl.events if quote in e.text]
    assert len(hits) == 1, quote
    return hits[0]


def actors(ev: Event) -> dict[str, str]:
    return {a.name: a.role for a in ev.actors}


# quote, actors with role (None = any role), kind
CASES = [
    ("A US-led coalition invades Iraq", {"United States": None, "Iraq": "target"}, "armed_clash"),
    ("the Americans enter Baghdad", {"United States": "agent"}, "armed_clash"),
    ("President George W. Bush declares", {"George W. Bush": "agent"}, "statement"),
    ("Saddam Hussein is captured", {"Saddam Hussein": "target"}, "arrest_trial"),
    ("The first multi-party elections", {"Sunnis": None, "Shiites": None, "Kurds": None}, "election"),
    ("Jalal Talabani is elected president", {"Jalal Talabani": "target", "Ibrahim Al Jaafari": "target"},
     "government_change"),
    ("the explosion in a Shia mausoleum", {"Sunnis": None, "Shiites": None}, "attack"),
    ("orders the formation of a government", {"Jalal Talabani": "agent", "Nuri Al Maliki": "target"},
     "government_change"),
    ("more than 400 people die", {"Yazidi": "target"}, "violence_against_civilians"),
    ("The last US soldiers leave Iraq", {"United States": "agent", "Iraq": "target"}, "military_movement"),
    ("jihadists of the Islamic State group", {"Islamic State": "agent"}, "armed_clash"),
    ("Sunni insurgents from ISIL take Mosul", {"Islamic State": None}, "armed_clash"),
    ("Haider Al Abadi forms a new government", {"Haider Al Abadi": "agent", "Nuri Al Maliki": "target"},
     "government_change"),
    ("Iraqi forces launch a counteroffensive", {"Iraq": "agent", "United States": None, "Islamic State": "target"},
     "armed_clash"),
    ("a protest movement emerges", {}, "protest"),
    ("a rocket attack killed an American contractor", {}, "attack"),
    ("the United States carried out bombings", {"United States": "agent", "Hezbollah": None}, "attack"),
    ("surround and attack the US embassy", {"United States": "target"}, "riot"),
    ("Donald Trump orders an attack", {"Donald Trump": "agent", "Qasem Soleimani": "target",
                                       "Abu Mahdi Al Muhandis": "target"}, "attack"),
    ("pledges to \"avenge\"", {"Ali Khamenei": "agent", "Iran": None, "Qasem Soleimani": None}, "statement"),
]


@pytest.mark.parametrize(("quote", "expected", "kind"), CASES, ids=[c[0][:30] for c in CASES])
def test_entities_sample_actors_and_kinds(timeline: Timeline, quote: str, expected: dict, kind: str) -> None:
    ev = event(timeline, quote)
    got = actors(ev)
    for name, role in expected.items():
        assert name in got, (name, got)
        if role is not None:
            assert got[name] == role, (name, got)
    assert ev.kind == kind
    assert ev.kind_trigger and ev.kind_trigger.lower() in ev.text.lower()


# quote, place name as in the text, true latitude/longitude (None: no point), precision
PLACES = [
    ("A US-led coalition invades Iraq", "Iraq", None, None, "country"),
    ("the Americans enter Baghdad", "Baghdad", 33.315, 44.366, "city"),
    ("Saddam Hussein is captured", "Tikrit", 34.607, 43.678, "city"),
    ("the explosion in a Shia mausoleum", "Samarra", 34.198, 43.874, "city"),
    ("legalizes the autonomy of Kurdistan", "Kurdistan", None, None, "region"),
    ("jihadists of the Islamic State group", "Fallujah", 33.350, 43.786, "city"),
    ("jihadists of the Islamic State group", "Ramadi", 33.426, 43.299, "city"),
    ("jihadists of the Islamic State group", "Al Anbar", None, None, "region"),
    ("Sunni insurgents from ISIL take Mosul", "Mosul", 36.340, 43.130, "city"),
    ("surround and attack the US embassy", "Baghdad", 33.315, 44.366, "city"),
    ("Donald Trump orders an attack", "Baghdad International Airport", 33.262, 44.234, "city"),
]


@pytest.mark.parametrize(("quote", "mention", "lat", "lon", "precision"), PLACES,
                         ids=[f"{p[1]}-{p[0][:20]}" for p in PLACES])
def test_entities_sample_places(timeline: Timeline, quote: str, mention: str, lat, lon, precision: str) -> None:
    ev = event(timeline, quote)
    hits = [p for p in ev.places if p.mention == mention]
    assert hits, [(p.name, p.mention) for p in ev.places]
    p = hits[0]
    assert p.precision == precision
    assert p.country_code == "IQ"
    if lat is not None:
        assert km(lat, lon, p.lat, p.lon) <= 25


def test_entities_sample_relative_locations(timeline: Timeline) -> None:
    tikrit = next(p for p in event(timeline, "Saddam Hussein is captured").places if p.mention == "Tikrit")
    assert tikrit.relative == "north of Baghdad"
    assert all(p.mention != "Baghdad" for p in event(timeline, "Saddam Hussein is captured").places)
    north = [p for p in event(timeline, "more than 400 people die").places if p.precision == "relative"]
    assert [(p.name, p.country_code, p.lat) for p in north] == [("north of the country", "IQ", None)]


# quote, (category, count, qualifier, vague, who, party, source)
CASUALTIES = [
    ("the explosion in a Shia mausoleum", [("killed", 10000, "at_least", True, None, None, None)]),
    ("more than 400 people die", [("killed", 400, "at_least", False, "people", None, None)]),
    ("more than 100,000 civilians lose their lives", [
        ("killed", 100000, "at_least", False, "civilians", None, "Iraq Body Count organization"),
        ("killed", 4500, "approximately", False, "people", "United States", None),
        ("killed", 179, "exact", False, "people", "United Kingdom", None)]),
    ("a rocket attack killed an American contractor", [("killed", 1, "exact", False, "civilians", "American", None)]),
    ("the United States carried out bombings", [("killed", 25, "exact", False, "fighters", "Iraqi", None)]),
    ("Sunni insurgents from ISIL take Mosul", []),
    ("at least 12 attacks were registered", []),
    ("5,200 US soldiers currently present", []),
]


@pytest.mark.parametrize(("quote", "expected"), CASUALTIES, ids=[c[0][:30] for c in CASUALTIES])
def test_entities_sample_casualties(timeline: Timeline, quote: str, expected: list) -> None:
    got = [(c.category, c.count, c.qualifier, c.vague, c.who, c.party, c.source)
           for c in event(timeline, quote).casualties]
    assert got == expected


HEADLINES = [
    ("A US-led coalition invades Iraq", "US-led coalition invades Iraq"),
    ("Saddam Hussein is captured", "Saddam Hussein captured near Tikrit"),
    ("the Americans enter Baghdad", "Americans enter Baghdad"),
    ("The last US soldiers leave Iraq", "Last US soldiers leave Iraq"),
    ("Haider Al Abadi forms a new government", "Haider Al Abadi forms new government"),
    ("Iraqi forces launch a counteroffensive", "Iraqi forces launch counteroffensive"),
]


@pytest.mark.parametrize(("quote", "headline"), HEADLINES, ids=[h[1] for h in HEADLINES])
def test_entities_sample_headlines(timeline: Timeline, quote: str, headline: str) -> None:
    assert event(timeline, quote).headline == headline


def test_entities_sample_headlines_use_only_source_words(timeline: Timeline) -> None:
    for ev in timeline.events:
        assert ev.headline, ev.text
        words = re.findall(r"[\w'-]+", ev.headline.lower())
        source = set(re.findall(r"[\w'-]+", ev.text.lower()))
        assert set(words) <= source, (ev.headline, ev.text)
        assert len(words) <= 16
        assert not re.search(r"\b(January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)\b \d", ev.headline), ev.headline


def test_entities_sample_entities_are_merged(timeline: Timeline) -> None:
    by_name: dict[str, set[str]] = {}
    for ev in timeline.events:
        for a in ev.actors:
            by_name.setdefault(a.name, set()).add(a.entity_id)
            if a.mention in ("ISIL", "IS", "Islamic State group in Iraq and Levante (ISIL)"):
                assert a.name == "Islamic State"
            if a.mention in ("Soleimani", "Al Maliki", "Washington", "Americans"):
                assert a.name in ("Qasem Soleimani", "Nuri Al Maliki", "United States"), a
    assert all(len(ids) == 1 for ids in by_name.values())
    assert by_name["Islamic State"] == {"ent:islamic-state"}
    assert by_name["Saddam Hussein"] == {"ent:saddam-hussein"}


def test_entities_sample_summary(timeline: Timeline) -> None:
    s = summary(timeline)
    ents = {e["name"]: e for e in s["entities"]}
    assert ents["United States"]["events"] >= 8
    assert {"Washington", "Americans", "US"} <= set(ents["United States"]["aliases"])
    aliases = " | ".join(ents["Islamic State"]["aliases"])
    assert "(ISIL)" in aliases and "(IS)" in aliases
    places = {p["name"]: p for p in s["places"]}
    assert places["Baghdad"]["events"] >= 2 and places["Baghdad"]["country_code"] == "IQ"
    assert s["kinds"]["attack"] >= 3
    assert {c["count"] for c in s["casualty_figures"]} >= {400, 100000, 4500, 179, 25}
