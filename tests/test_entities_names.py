"""Name rules added after the third blind set (aliases.toml, [names]): every example runs here.

Each example is an invented text; `absent` names must be neither actors nor places, `places`
must be places, `not_places` no places, `not_actors` no actors and `actors` actors (by canonical name or mention) of the
whole text.
"""

from __future__ import annotations

import pytest

from keydates.entities.data import tables
from keydates.entities.evaluate import timeline_of
from keydates.entities.pipeline import enrich_many

EXAMPLES = tables().raw_aliases["names"]["examples"]


def _names(text: str) -> tuple[set[str], set[str]]:
    tl = enrich_many([timeline_of(text)])[0]
    actors = {n for e in tl.events for a in e.actors if not a.generic for n in (a.name, a.mention)}
    places = {n for e in tl.events for p in e.places for n in (p.name, p.mention)}
    return actors, places


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_entities_names_examples(example: dict) -> None:
    actors, places = _names(example["text"])
    for name in example.get("absent", []):
        assert name not in actors | places, (actors, places)
    for name in example.get("places", []):
        assert name in places, (actors, places)
    for name in example.get("actors", []):
        assert name in actors, (actors, places)
    for name in example.get("not_actors", []):
        assert name not in actors, (actors, places)
    for name in example.get("not_places", []):
        assert name not in places, (actors, places)


@pytest.mark.parametrize(("name", "countries", "expected"), [
    ("Tanna", {"VU": 2}, None),  # only an alternate name of Thane, India: no point in a Vanuatu story
    ("Tanna", {}, "IN"),  # no country named: the namesake is the only reading
    ("Banjska", {"XK": 1, "RS": 2}, None),  # an alternate name of Bansko, Bulgaria
    ("Tikrit", {"US": 1}, "IQ"),  # a main name is kept even outside the text's countries
    ("Vienna", {"US": 3}, "AT"),  # a capital is never dropped
    ("Leposavic", {"RS": 2}, "XK"),  # an alternate spelling of the main name (Leposaviq) is kept
])
def test_entities_names_far_namesake(name: str, countries: dict, expected: str | None) -> None:
    from collections import Counter

    from keydates.entities.gazetteer import gazetteer

    place = gazetteer().lookup(name, Counter(countries))
    assert (place.country_code if place else None) == expected

