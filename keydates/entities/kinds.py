"""One primary event kind per event from trigger words kept as data (data/kinds.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from keydates.entities.data import inflections, kinds_data

SIDE_CLAUSES = {"appos", "acl", "relcl", "advcl", "parataxis"}
GAP = 3  # words a "~" in a trigger may skip


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger: a sequence of word-form sets, "~" gaps, optional argument entity types."""

    kind: str
    text: str
    parts: tuple[frozenset[str] | None, ...]  # None = gap
    args: frozenset[str]
    priority: int


def _words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s~]|~", text.lower())


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Triggers indexed by the forms of their first word."""
    data = kinds_data()
    irregular = data.get("irregular", {})
    index: dict[str, list[Trigger]] = {}
    for kind in data["kind"]:
        for spec in kind["triggers"]:
            words, args = (spec, []) if isinstance(spec, str) else (spec["words"], spec.get("args", []))
            parts = tuple(None if w == "~" else frozenset(inflections(w, irregular)) if w.isalpha() else frozenset([w])
                          for w in _words(words))
            trig = Trigger(kind["id"], words, parts, frozenset(args), int(kind["priority"]))
            for form in parts[0] or ():
                index.setdefault(form, []).append(trig)
    return index


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    irregular = kinds_data().get("irregular", {})
    return frozenset(f for v in kinds_data().get("light_verbs", []) for f in inflections(v.split()[0], irregular))


def _match(trig: Trigger, tokens: list[Token], i: int) -> int | None:
    """End index (exclusive) of `trig` matched at tokens[i], or None."""
    j = i
    parts = trig.parts
    k = 0
    while k < len(parts):
        part = parts[k]
        if part is None:
            nxt = parts[k + 1]
            for skip in range(GAP + 1):
                if j + skip < len(tokens) and tokens[j + skip].lower_ in nxt:  # type: ignore[operator]
                    j += skip
                    break
            else:
                return None
            k += 1
            continue
        if j >= len(tokens) or tokens[j].lower_ not in part:
            return None
        j += 1
        k += 1
    return j


def _has_arg(tok: Token, types: frozenset[str]) -> bool:
    near = [*tok.children, *(c for ch in tok.children if ch.dep_ in ("prep", "agent") for c in ch.children)]
    return any(t.ent_type_ in types for t in near)


def _score(trig: Trigger, tok: Token, first_sentence: Span | None) -> int:
    score = trig.priority
    if first_sentence is not None and not (first_sentence.start <= tok.i < first_sentence.end):
        score -= 40
    head = tok.head
    if tok.dep_ == "ROOT" or (tok.dep_ == "conj" and head.dep_ == "ROOT"):
        score += 25
    elif tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.dep_ == "ROOT":
        score += 15 if head.lower_ in _light_verbs() else 8
    elif tok.dep_ == "pobj" and head.head.dep_ == "ROOT":
        score += 15 if head.head.lower_ in _light_verbs() else 8
    if any(a.dep_ in SIDE_CLAUSES or _reduced_relative(a) for a in [tok, *tok.ancestors]):
        score -= 30 + (25 if tok.dep_ == "ROOT" else 0)
    return score


def _reduced_relative(tok: Token) -> bool:
    """A bare past participle parsed as the main verb ("Bremer, appointed administrator,
    prohibits ...") is a reduced relative clause: prose main verbs are finite or take an aux."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBN", "VBD") or tok.i == 0:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    after_comma = tok.doc[tok.i - 1].text == ","
    present_conj = any(c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    return tok.tag_ == "VBN" and present_conj or (after_comma and present_conj)


def classify(doc: Doc | Span) -> tuple[str, str | None]:
    """(kind id, trigger words as in the text) of the event in `doc`; ("other", None) if no hit."""
    tokens = list(doc)
    index = triggers()
    if not tokens:
        return "other", None
    try:
        first = next(iter(doc.sents)) if isinstance(doc, Doc) else doc.sent
    except (ValueError, StopIteration):  # no sentence boundaries (parser disabled)
        first = None
    hits: list[tuple[int, int, int, str, str]] = []  # (score, start, end, kind, text)
    for i, tok in enumerate(tokens):
        for trig in index.get(tok.lower_, ()):
            end = _match(trig, tokens, i)
            if end is None or (trig.args and not _has_arg(tok, trig.args)):
                continue
            text = tok.doc[tok.i:tokens[end - 1].i + 1].text
            hits.append((_score(trig, tok, first), i, end, trig.kind, text))
    specific = [h for h in hits if not any(
        o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1]) for o in hits)]
    if not specific:
        return "other", None
    best = max(specific, key=lambda h: (h[0], h[2] - h[1], -h[1]))
    return best[3], best[4]
