"""The rules kept as data (keydates/entities/data/*.toml): every example runs here."""

from __future__ import annotations

import pytest

from keydates.entities import casualties, load_nlp
from keydates.entities.data import casualty_data, inflections, kinds_data, regions, tables
from keydates.entities.gazetteer import gazetteer
from keydates.entities.kinds import classify
from keydates.entities.mentions import areas, facilities
from keydates.entities.pipeline import lead_sentence
from keydates.entities.resolve import Resolver
from keydates.entities.mentions import extract

KIND_EXAMPLES = [(k["id"], ex) for k in kinds_data()["kind"] for ex in k["examples"]]
CASUALTY_EXAMPLES = casualty_data()["example"]
ALIASES = tables().raw_aliases


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("kind", "text"), KIND_EXAMPLES, ids=[t[:40] for _, t in KIND_EXAMPLES])
def test_entities_kind_examples(nlp, kind: str, text: str) -> None:
    assert classify(nlp(text))[0] == kind


def test_entities_kind_taxonomy_is_complete() -> None:
    ids = {k["id"] for k in kinds_data()["kind"]}
    assert ids == {"armed_clash", "attack", "violence_against_civilians", "protest", "riot", "election",
                   "government_change", "appointment", "agreement", "statement", "arrest_trial",
                   "death_execution", "military_movement", "disaster", "economic"}
    for k in kinds_data()["kind"]:
        assert k["examples"] and k["triggers"] and k["label"] and k["acled"] and k["cameo"]


def test_entities_kind_without_trigger_is_other(nlp) -> None:
    assert classify(nlp("The museum opened a new wing for children.")) == ("other", None)


@pytest.mark.parametrize("example", CASUALTY_EXAMPLES, ids=[e["text"][:40] for e in CASUALTY_EXAMPLES])
def test_entities_casualty_examples(example: dict) -> None:
    got = casualties.extract(example["text"])
    assert len(got) == len(example["expect"]), got
    for g, e in zip(got, example["expect"]):
        for key, value in e.items():
            assert getattr(g, key) == value, (key, g)


@pytest.mark.parametrize(("text", "value"), [
    ("4,500", 4500), ("179", 179), ("1.5 million", 1_500_000), ("twenty-five", 25), ("a hundred", 100),
    ("two hundred and ten", 210), ("three thousand", 3000),
])
def test_entities_casualty_numbers(text: str, value: int) -> None:
    assert casualties.parse_number(text) == value


@pytest.mark.parametrize(("word", "form"), [
    ("invade", "invaded"), ("attack", "attacks"), ("capture", "captured"), ("take", "took"),
    ("die", "died"), ("carry", "carried"), ("clash", "clashes"), ("stop", "stopped"), ("hang", "hanged"),
])
def test_entities_trigger_inflections(word: str, form: str) -> None:
    assert form in inflections(word, kinds_data()["irregular"])


COUNTRY_EXAMPLES = [(e["canonical"], ex) for e in ALIASES["country"] for ex in e["examples"]]


@pytest.mark.parametrize(("canonical", "example"), COUNTRY_EXAMPLES, ids=[e["mention"] for _, e in COUNTRY_EXAMPLES])
def test_entities_country_alias_examples(nlp, canonical: str, example: dict) -> None:
    doc = nlp(example["text"])
    ms = [m for m in extract(doc) if m.text.startswith(example["mention"])]
    assert ms, [(m.text, m.label) for m in extract(doc)]
    res = Resolver([ms])
    m = ms[0]
    name = res.actor(m).name if m.actor else res.place(m).name  # type: ignore[union-attr]
    assert name == canonical


CAPITAL_EXAMPLES = ALIASES["capitals"]["examples"]


@pytest.mark.parametrize("example", CAPITAL_EXAMPLES, ids=[e["mention"] for e in CAPITAL_EXAMPLES])
def test_entities_capital_metonymy_examples(nlp, example: dict) -> None:
    ms = extract(nlp(example["text"]))
    res = Resolver([ms])
    names = {res.actor(m).name for m in ms if m.actor and m.text == example["mention"]}
    assert names == {example["canonical"]}


ORG_EXAMPLES = [(e["canonical"], ex) for e in ALIASES["organization"] for ex in e["examples"]]


@pytest.mark.parametrize(("canonical", "example"), ORG_EXAMPLES, ids=[e["mention"] for _, e in ORG_EXAMPLES])
def test_entities_organization_alias_examples(nlp, canonical: str, example: dict) -> None:
    ms = [m for m in extract(nlp(example["text"])) if m.actor and not m.generic and example["mention"] in m.text]
    assert ms
    assert Resolver([ms]).actor(ms[0]).name == canonical


@pytest.mark.parametrize("region", regions(), ids=[r["name"] for r in regions()])
def test_entities_region_examples(region: dict) -> None:
    text = region["example"]
    name = next(n for n in sorted(region["names"], key=len, reverse=True) if n in text)
    place = gazetteer().lookup(name)
    assert place is not None and place.name == region["name"] and place.precision == "region"


@pytest.mark.parametrize("example", ALIASES["facilities"]["examples"], ids=lambda e: e["facility"])
def test_entities_facility_examples(example: dict) -> None:
    spans = facilities(example["text"])
    assert [example["text"][s:e] for s, e in spans] == [example["facility"]]


@pytest.mark.parametrize(("text", "area"), [
    ("French President Emmanuel Macron visits the devastated Gemmayzeh district.", "Gemmayzeh district"),
    ("An air strike hit a bus in Saada province.", "Saada province"),
])
def test_entities_area_words(text: str, area: str) -> None:
    assert [text[s:e] for s, e in areas(text)] == [area]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Samarra", "IQ", 34.20, 43.87), ("Tikrit", "IQ", 34.61, 43.68), ("Fallujah", "IQ", 33.35, 43.78),
    ("Kyiv", "UA", 50.45, 30.52), ("Kiev", "UA", 50.45, 30.52), ("Timbuktu", "ML", 16.77, -3.01),
])
def test_entities_gazetteer_cities(name: str, country: str, lat: float, lon: float) -> None:
    from keydates.entities.evaluate import km

    p = gazetteer().lookup(name)
    assert p is not None and p.country_code == country and p.precision == "city"
    assert km(lat, lon, p.lat, p.lon) < 25


def test_entities_gazetteer_prefers_document_countries() -> None:
    from collections import Counter

    assert gazetteer().lookup("Tripoli", Counter({"LB": 3})).country_code == "LB"
    assert gazetteer().lookup("Tripoli", Counter({"LY": 3})).country_code == "LY"


@pytest.mark.parametrize(("text", "lead"), [
    ("On May 1, President George W. Bush declares the end. The war continues.",
     "On May 1, President George W. Bush declares the end."),
    ("U.S. troops left. Then more came.", "U.S. troops left."),
    ("A single sentence", "A single sentence"),
])
def test_entities_lead_sentence(text: str, lead: str) -> None:
    assert lead_sentence(text) == lead
