"""The public API: enrich / enrich_many / summary / load_nlp, on texts written for these tests."""

from __future__ import annotations

import pytest

from keydates.entities import enrich, enrich_many, load_nlp, summary
from keydates.entities.evaluate import timeline_of
from keydates.model import Document, Timeline

NEWS = (
    "On March 3, 2015, Boko Haram militants attacked the town of Maiduguri, killing at least 30 "
    "civilians, police said.\n\n"
    "President Goodluck Jonathan ordered troops to the region the next day.\n\n"
    "Jonathan later met Chadian President Idriss Deby in N'Djamena to discuss a joint offensive.\n\n"
    "In April, thousands of protesters marched in Lagos against the violence."
)


@pytest.fixture(scope="module")
def news() -> Timeline:
    return enrich(timeline_of(NEWS))


def test_entities_api_load_nlp_is_cached() -> None:
    assert load_nlp() is load_nlp()
    assert "ner" in load_nlp().pipe_names and "parser" in load_nlp().pipe_names


def test_entities_api_fills_every_field(news: Timeline) -> None:
    first = news.events[0]
    assert first.kind == "attack"
    assert {a.name for a in first.actors} >= {"Boko Haram"}
    assert [p.mention for p in first.places] == ["Maiduguri"]
    assert first.places[0].country_code == "NG"
    assert [(c.category, c.count, c.qualifier, c.who, c.source) for c in first.casualties] == [
        ("killed", 30, "at_least", "civilians", "police")]
    assert first.headline and "March 3" not in first.headline


def test_entities_api_merges_names_across_events(news: Timeline) -> None:
    ids = {a.entity_id for ev in news.events for a in ev.actors if "Jonathan" in a.mention}
    assert ids == {"ent:goodluck-jonathan"}


def test_entities_api_affiliation_is_not_an_actor(news: Timeline) -> None:
    names = {a.name for a in news.events[2].actors}
    assert "Idriss Deby" in names and "Chad" not in names  # "Chadian President Idriss Deby"


def test_entities_api_generic_actors_are_marked(news: Timeline) -> None:
    generic = [a for ev in news.events for a in ev.actors if a.generic]
    assert any(a.name == "protesters" for a in generic)
    assert news.events[3].kind == "protest"


def test_entities_api_summary(news: Timeline) -> None:
    s = summary(news)
    assert set(s) == {"entities", "places", "kinds", "casualty_figures"}
    ents = {e["name"]: e for e in s["entities"]}
    assert ents["Goodluck Jonathan"]["events"] == 2
    assert ents["Goodluck Jonathan"]["type"] == "person"
    assert {p["name"] for p in s["places"]} >= {"Maiduguri", "Lagos"}


def test_entities_api_stable_ids_across_timelines() -> None:
    a, b = enrich_many([timeline_of("Iraqi forces retook Mosul."),
                        timeline_of("The offensive on Mosul was led by Iraqi forces.")])
    ida = {x.entity_id for ev in a.events for x in ev.actors}
    idb = {x.entity_id for ev in b.events for x in ev.actors}
    assert "ent:iraq" in ida & idb


def test_entities_api_lead_scope_parses_first_sentences_only() -> None:
    text = "Rebels seized Goma on Tuesday. Later, President Felix Tshisekedi spoke in Kinshasa."
    full = enrich(timeline_of(text))
    lead = enrich(timeline_of(text), scope="lead")
    assert "Felix Tshisekedi" in {a.name for a in full.events[0].actors}
    assert "Felix Tshisekedi" not in {a.name for a in lead.events[0].actors}
    assert [p.mention for p in lead.events[0].places] == ["Goma"]
    with pytest.raises(ValueError):
        enrich(timeline_of(text), scope="sentence")


def test_entities_api_empty_timeline() -> None:
    tl = enrich(Timeline(Document(text="")))
    assert tl.events == [] and summary(tl)["entities"] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("A magnitude 6.4 earthquake struck western Nepal, killing 150 people.", "disaster"),
    ("The central bank raised interest rates as inflation soared.", "economic"),
    ("The two leaders signed a trade agreement in Hanoi.", "agreement"),
    ("A court in Paris sentenced the former president to three years in prison.", "arrest_trial"),
])
def test_entities_api_kinds_on_unseen_sentences(text: str, kind: str) -> None:
    assert enrich(timeline_of(text)).events[0].kind == kind


@pytest.mark.parametrize("text", [
    "", "   ", "((((", "1234 5678", "— – -", "ÉTÉ 2003 : grève générale à Paris (CGT)", "A (B) C (D",
    "On.", "(ISIL)", "killed killed killed 3", "The the the of of (", "\u200b\u00a0x",
])
def test_entities_api_odd_texts_do_not_crash(text: str) -> None:
    from keydates.model import Event, EventDate

    tl = Timeline(Document(text=text), [Event(0, len(text), text, None, EventDate(None))])
    enrich(tl)
    ev = tl.events[0]
    assert ev.kind is not None
    if ev.headline:
        words = set(ev.headline.lower().split())
        assert words <= set(text.lower().replace("(", " ").replace(")", " ").split()) | set(text.lower().split())


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["On", "May", "1", ",", "2003", "the", "rebels", "attacked", "Baghdad", "and", "killed", "12",
          "soldiers", "President", "Joe", "Biden", "said", "in", "Kabul", "that", "(", "ISIL", ")", "–",
          "which", "north", "of", "Mosul", ".", "more", "than", "400", "people", "died", "hundreds"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_entities_api_headline_words_come_from_the_text(words: list[str]) -> None:
    from keydates.model import Event, EventDate

    text = " ".join(words)
    tl = enrich(Timeline(Document(text=text), [Event(0, len(text), text, None, EventDate(None))]))
    headline = tl.events[0].headline
    if headline:
        assert set(headline.lower().replace("-", " - ").split()) <= set(text.lower().split())
    for c in tl.events[0].casualties:
        assert c.count >= 1 and c.category in ("killed", "injured")
