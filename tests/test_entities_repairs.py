"""Entity-boundary repairs of mentions.py that depend on how the model tags a text: the model's
entities are set by hand on a parsed invented text, so each rule runs whatever the model says."""

from __future__ import annotations

import pytest

from keydates.entities.mentions import extract
from keydates.entities.pipeline import load_nlp


def _mentions(text: str, ents: list[tuple[str, str]]) -> list:
    doc = load_nlp()(text)
    spans = []
    for words, label in ents:
        s = text.index(words)
        spans.append(doc.char_span(s, s + len(words), label=label))
    doc.ents = spans
    return extract(doc)


@pytest.mark.parametrize(("text", "ents", "actor"), [
    # a one-word ORG right before the PERSON whose compound it is: the given name
    ("Prosecutors later charge Tarin Sukprasert under the security law.",
     [("Tarin", "ORG"), ("Sukprasert", "PERSON")], "Tarin Sukprasert"),
    # a given name tagged NORP inside a person's name is part of it
    ("President Jean Pierre Christian Ndayisaba declares three days of national mourning.",
     [("Jean Pierre", "PERSON"), ("Christian", "NORP")], "Jean Pierre Christian Ndayisaba"),
])
def test_entities_repairs_person_names(text: str, ents: list, actor: str) -> None:
    ms = _mentions(text, ents)
    assert actor in [m.text for m in ms if m.actor], [(m.text, m.label) for m in ms]


def test_entities_repairs_adjacent_known_organization() -> None:
    ms = _mentions("Fighters linked to the Islamic State attack a village.", [("Islamic", "NORP"), ("State", "ORG")])
    assert [m.text for m in ms if m.actor and not m.generic] == ["Islamic State"]


def test_entities_repairs_coordinated_places() -> None:
    ms = _mentions("Rallies spread to Chiang Mai and Khon Kaen.", [("Chiang Mai and Khon Kaen", "FAC")])
    assert {m.text for m in ms if m.place} == {"Chiang Mai", "Khon Kaen"}


def test_entities_repairs_movement_name() -> None:
    ms = _mentions("The Green Dawn movement leads rallies in Porto.", [("Green Dawn", "LOC"), ("Porto", "GPE")])
    assert "Green Dawn" in [m.text for m in ms if m.actor] and "Green Dawn" not in [m.text for m in ms if m.place]


def test_entities_repairs_hyphenated_double_name() -> None:
    """A surname alone is the person who bears it alone, not the one with a hyphenated double
    name ("Zuma" is Jacob Zuma, not Duduzile Zuma-Sambudla)."""
    from keydates.entities.evaluate import timeline_of
    from keydates.entities.pipeline import enrich_many

    text = ("The Constitutional Court rejects Zuma's appeal.\n\nThe Zuma Foundation denies that his daughter "
            "Duduzile Zuma-Sambudla incited the unrest. Jacob Zuma was jailed.")
    tl = enrich_many([timeline_of(text)])[0]
    names = {a.name for e in tl.events for a in e.actors}
    assert "Jacob Zuma" in names and "Zuma" not in names, names


def test_entities_repairs_local_name_of_a_place() -> None:
    """"Tashir, which Azeris call Gorukend": the second name is another name of the same place."""
    ms = _mentions("Rebels shell Tashir, which Azeris call Gorukend, on May 3.",
                   [("Tashir", "GPE"), ("Azeris", "NORP"), ("Gorukend", "GPE")])
    places = [m for m in ms if m.place]
    assert {m.key for m in places} == {"Tashir"}, [(m.text, m.key) for m in places]


@pytest.mark.parametrize(("far", "others", "dropped"), [
    # a big city of another continent among places of one region: a far namesake, no point
    (("Palma", 39.57, 2.65, "ES", 1), [("Pemba", -12.97, 40.52, "MZ"), ("Mueda", -11.66, 39.56, "MZ")], True),
    # a city in a country the text names is kept wherever it is
    (("Palma", 39.57, 2.65, "ES", 1), [("Pemba", -12.97, 40.52, "MZ"), ("Mueda", -11.66, 39.56, "MZ")], False),
    # a city of the same region as the other places is kept ("talks in Geneva" in a story on Syria)
    (("Geneva", 46.20, 6.14, "CH", 2660646), [("Aleppo", 36.20, 37.16, "SY"), ("Homs", 34.73, 36.72, "SY")], False),
    # a single other place: nothing to compare with
    (("Palma", 39.57, 2.65, "ES", 1), [("Pemba", -12.97, 40.52, "MZ")], False),
])
def test_entities_repairs_far_namesakes(far: tuple, others: list, dropped: bool) -> None:
    from collections import Counter

    from keydates.entities.resolve import drop_far_namesakes
    from keydates.model import Place

    name, lat, lon, cc, gid = far
    place = Place(name, lat, lon, cc, "city", name, gid)
    rest = [Place(n, la, lo, c, "city", n, 100 + i) for i, (n, la, lo, c) in enumerate(others)]
    named = Counter({"MZ": 2, "SY": 2})
    if not dropped and name == "Palma" and len(others) == 2:
        named["ES"] = 1  # the text names Spain
    events = [[place], rest]
    drop_far_namesakes(events, named)
    assert (events[0][0].lat is None) == dropped
    assert all(p.lat is not None for p in events[1])


def test_entities_repairs_far_namesake_among_wrong_namesakes() -> None:
    """The main country is the one holding most located places: Birmingham, England, in a story on
    Atlanta and Buffalo loses its point; the US places keep theirs."""
    from collections import Counter

    from keydates.entities.resolve import drop_far_namesakes
    from keydates.model import Place

    us = [Place("Atlanta", 33.75, -84.39, "US", "city", "Atlanta", 1), Place("Buffalo", 42.89, -78.88, "US", "city", "Buffalo", 2)]
    gb = Place("Birmingham", 52.48, -1.90, "GB", "city", "Birmingham", 3)
    events = [us, [gb]]
    drop_far_namesakes(events, Counter())
    assert events[1][0].lat is None and all(p.lat is not None for p in events[0])


def test_entities_repairs_area_and_bare_name_one_place() -> None:
    """"Niassa province" and "to Niassa" in one text are one place named "Niassa"."""
    from keydates.entities.evaluate import timeline_of
    from keydates.entities.pipeline import enrich_many

    text = "Rebels burn villages in Niassa province.\n\nIn July, the army sends troops to Niassa."
    tl = enrich_many([timeline_of(text)])[0]
    assert {p.name for e in tl.events for p in e.places} == {"Niassa"}


def test_entities_repairs_small_namesake_abroad() -> None:
    """A town under 50,000 in a country the text never names is a namesake even when near: "El
    Alto" (El Alto, Peru, 9,000 inhabitants) in a story whose places are in Bolivia."""
    from collections import Counter

    from keydates.entities.gazetteer import gazetteer
    from keydates.entities.resolve import drop_far_namesakes
    from keydates.model import Place

    el_alto = gazetteer().lookup("El Alto", Counter({"BO": 3}))
    assert el_alto is not None and el_alto.country_code == "PE"
    bolivia = [Place("La Paz", -16.50, -68.15, "BO", "city", "La Paz", 1), Place("Sucre", -19.03, -65.26, "BO", "city", "Sucre", 2)]
    events = [bolivia, [el_alto]]
    drop_far_namesakes(events, Counter({"BO": 3}))
    assert events[1][0].lat is None
