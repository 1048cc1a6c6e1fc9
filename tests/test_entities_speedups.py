"""Speed-ups of the entity pass keep the results: the casualty verb gate, the gazetteer build."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from keydates.entities import casualties
from keydates.entities.gazetteer import gazetteer

DATA = Path(casualties.__file__).parent / "data" / "casualties.toml"
EXAMPLES = [e["text"] for e in tomllib.loads(DATA.read_text(encoding="utf-8"))["example"]]
MORE = [
    "A CAR BOMB KILLED 12 SOLDIERS IN THE CAPITAL.",
    "Gunmen opened fire, Killing three villagers and Wounding five.",
    "The United States lost 4,500 soldiers and the United Kingdom, 179.",
    "Some 300 people lost their lives in the floods, officials said.",
    "Talks resumed in Geneva; no figures were given.",
    "The storm left 20,000 homeless and hundreds dead.",
]


@pytest.mark.parametrize("text", EXAMPLES + MORE)
def test_entities_speedups_casualty_gate_keeps_every_figure(monkeypatch, text: str) -> None:
    gated = casualties.extract(text)
    monkeypatch.setattr(casualties, "_may_match", lambda pattern, words: True)
    assert gated == casualties.extract(text)


@pytest.mark.parametrize("pattern,text,expected", [
    ("after", "About 40 people died on Monday.", True),
    ("before", "The blast LEFT twelve dead.", True),
    ("loss", "Britain lost 179 soldiers.", True),
    ("after", "Talks resumed in Geneva.", False),
])
def test_entities_speedups_casualty_gate(pattern: str, text: str, expected: bool) -> None:
    words = set(casualties._WORD.findall(text.lower()))
    assert casualties._may_match(pattern, words) is expected


@pytest.mark.parametrize("name,country", [("Fallujah", "IQ"), ("Kyiv", "UA"), ("Kiev", "UA"),
                                          ("Al Fallūjah", "IQ"), ("Timbuktu", "ML")])
def test_entities_speedups_gazetteer_keeps_alternate_names(name: str, country: str) -> None:
    place = gazetteer().lookup(name)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize("name", ["Saddam Hussein", "the United States", "Al Fallūjah", "Iraq's", "Kurdistan’s",
                                  "U.S.", "al-Maliki", "  The  Islamic State  ", ""])
def test_entities_speedups_fold_cache_is_transparent(name: str) -> None:
    from keydates.entities.data import fold
    assert fold(name) == fold.__wrapped__(name) == fold(name)
