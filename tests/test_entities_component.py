"""The spaCy component "keydates": `nlp.add_pipe("keydates")`, results on `doc._`."""

from __future__ import annotations

import importlib

import pytest
import spacy

import keydates.entities  # noqa: F401  (registers the "keydates" factory)
from keydates.entities.pipeline import MODEL_PACKAGE

TEXT = ("On December 13, 2003, Saddam Hussein was captured near Tikrit by US troops. "
        "More than 600 soldiers took part, the army said.")


@pytest.fixture(scope="module")
def nlp():
    nlp = importlib.import_module(MODEL_PACKAGE).load()
    nlp.add_pipe("keydates", config={"published": "2003-12-15"})
    return nlp


def test_entities_component_sets_extensions(nlp) -> None:
    doc = nlp(TEXT)
    assert "keydates" in nlp.pipe_names
    assert {a.name: a.role for a in doc._.keydates_actors}["Saddam Hussein"] == "target"
    assert "United States" in {a.name for a in doc._.keydates_actors}
    tikrit = [p for p in doc._.keydates_places if p.mention == "Tikrit"]
    assert tikrit and tikrit[0].country_code == "IQ"
    assert doc._.keydates_kind == "arrest_trial" and doc._.keydates_kind_trigger == "captured"
    assert doc._.keydates_headline == "Saddam Hussein captured near Tikrit"
    assert doc._.keydates_casualties == []


def test_entities_component_runs_in_pipe(nlp) -> None:
    docs = list(nlp.pipe([TEXT, "Protesters marched in Santiago on Friday."]))
    assert docs[1]._.keydates_kind == "protest"


def test_entities_component_time_expressions(nlp) -> None:
    pytest.importorskip("keydates.time", reason="the temporal engine is not available")
    doc = nlp(TEXT)
    values = [t.value for t in doc._.timexes]
    assert "2003-12-13" in values


def test_entities_component_without_time() -> None:
    assert spacy.registry.factories.get("keydates")
    nlp = importlib.import_module(MODEL_PACKAGE).load()
    nlp.add_pipe("keydates", config={"with_time": False})
    doc = nlp("Rebels attacked a convoy near Goma.")
    assert doc._.timexes == [] and doc._.keydates_kind == "attack"
