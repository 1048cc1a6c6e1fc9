"""Text spans of the entity pass that need no parse, or only the model's entity boundaries:
facility and area names, organizations of the alias table, and repairs of entity boundaries the
small model gets wrong (each function states its phenomenon; examples in aliases.toml and
tests/test_entities_repairs.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from keydates.entities.data import fold, tables


def _gazetteer():  # imported late: building the gazetteer takes a second
    from keydates.entities.gazetteer import gazetteer

    return gazetteer()


def _strip(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"\s*['\u2019]s$", "", text).strip(" ,.;:\"'")


def _repair_ents(ents: list[Span], doc: Doc, text: str, t) -> list[Span]:  # t: Tables
    """Entity boundaries the small model gets wrong, each a stated phenomenon:
    - two adjacent entities that together are an organization of the alias table are one ("the
      Islamic [NORP] State [ORG]");
    - a one-word ORG proper noun that is a compound of the PERSON right after it is the given
      name ("Tarin [ORG] Sukprasert [PERSON]"), unless it is a known organization, demonym or country;
    - a name the model tagged as a place or person right before "movement", "group", "party" ...
      names an organization ("the Green Dawn movement" tagged LOC), unless it is a known place;
    - "X and Y" tagged as one place is two places when the gazetteer knows both ("in Chiang Mai
      and Khon Kaen" -> two cities)."""
    out: list[Span] = []
    i = 0
    bounds = [(e.start, e.end, e.start_char, e.end_char, e.label_) for e in ents]  # Span attributes cost
    while i < len(ents):
        ent = ents[i]
        start, end, s_char, e_char, label = bounds[i]
        nxt = ents[i + 1] if i + 1 < len(ents) and bounds[i + 1][0] == end else None
        if nxt is not None:
            joined = fold(_strip(text[ent.start_char:nxt.end_char]))
            if joined in t.orgs:
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                i += 2
                continue
            first = ent[0]
            if nxt.label_ == "PERSON" and len(ent) == 1 and ent.label_ == "ORG" and first.pos_ == "PROPN" \
                    and first.dep_ == "compound" and nxt.start <= first.head.i < nxt.end and first.is_title \
                    and first.lower_ not in t.orgs and first.lower_ not in t.demonyms \
                    and first.lower_ not in t.country_names and first.lower_ not in t.titles:
                out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
                i += 2
                continue
        after = _NEXT_WORD.match(text, e_char) if label in ("LOC", "GPE", "FAC", "PERSON") else None
        if after and after.group(1) in t.org_heads:
            name = _strip(text[s_char:e_char])
            if fold(name) not in t.demonyms and fold(name) not in t.country_names and not _gazetteer().knows(name):
                out.append(Span(doc, start, end, label="ORG"))  # "the Green Dawn [LOC] movement"
                i += 1
                continue
        if label in ("FAC", "GPE", "LOC", "ORG") and text.find(" and ", s_char, e_char) >= 0 and end - start >= 3:
            k = next((x.i for x in ent if x.lower_ == "and"), None)
            if k is not None and ent.start < k < ent.end - 1:
                left, right = Span(doc, ent.start, k, label="GPE"), Span(doc, k + 1, ent.end, label="GPE")
                if _gazetteer().knows(_strip(left.text)) and _gazetteer().knows(right.text):
                    out.extend((left, right))
                    i += 1
                    continue
        out.append(ent)
        i += 1
    return out


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


_ORG_CACHE: list[re.Pattern[str]] = []


def _known_orgs(text: str) -> list[tuple[int, int]]:
    """Spans of organization names of the alias table, case-sensitive ("the Islamic State group")."""
    if not _ORG_CACHE:
        names = {n for e in tables().raw_aliases.get("organization", [])
                 for n in (e["canonical"], *e.get("names", [])) if not n.startswith("the ")}
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        _ORG_CACHE.append(re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"))
    return [(m.start(), m.end()) for m in _ORG_CACHE[0].finditer(text)]


def areas(text: str) -> list[tuple[int, int]]:
    """Spans of "Name district/province/region ..." (capitalized name + area word)."""
    words = tables().area_words
    if not words:
        return []
    if not _AREA_CACHE:
        alt = "|".join(re.escape(w) for w in words)
        _AREA_CACHE.append(re.compile(rf"(?P<name>(?:[A-Z][\w'-]*\s+){{1,3}}?)(?:{alt})\b"))
    out = []
    for m in _AREA_CACHE[0].finditer(text):
        s = m.start("name")
        lead = re.match(r"(?:(?:The|A|An|In|On|At|Near|From|To|By|Across)\s+)+", m.group("name"))
        if lead:
            s += lead.end()
        poss = list(re.finditer(r"['\u2019]s\s+", text[s:m.end("name")]))
        if poss:  # "Armenia's Syunik province": the area starts after the possessive
            s += poss[-1].end()
        if s < m.end("name") - 1:
            out.append((s, m.end()))
    return out


_AREA_CACHE: list[re.Pattern[str]] = []


def facilities(text: str) -> list[tuple[int, int]]:
    """Character spans of facility names: capitalized words + a facility word."""
    words = tables().facility_words
    if not words:
        return []
    pat = _facility_re(words)
    out = []
    for m in pat.finditer(text):
        s = m.start("name")
        name = m.group("name")
        lead = re.match(r"(?:(?:The|A|An|In|On|At|Outside|Near|From|To|Into|Inside|By)\s+)+", name)
        if lead:
            s += lead.end()
        poss = list(re.finditer(r"['\u2019]s\s+", text[s:m.start("fac")]))
        if poss:  # "Cairo's Tahrir Square": the facility starts after the possessive
            s += poss[-1].end()
        if not text[s:s + 1].isupper():
            continue
        if m.group("fac") in tables().street_words and re.match(r" [A-Z]", text[m.end("fac"):m.end("fac") + 2]):
            continue  # "the Wall Street Journal": the street names something else
        if s < m.start("fac"):
            out.append((s, m.end("fac")))
    kinds = tables().facility_kinds
    for s, e, name_end in _kind_hits(text, kinds):
        if any(cs <= s < ce for cs, ce in out):
            continue
        lead = re.match(r"(?:(?:The|A|An|In|On|At|Outside|Near|From|To|Into|Inside|By)\s+)+", text[s:name_end])
        if lead:
            s += lead.end()
        if not text[s:s + 1].isupper() or s >= name_end:
            continue
        before = text[max(0, s - 24):s]
        if re.search(r"(?:\b(?:a|an|A|An)\s+|according\s+to\s+(?:the\s+)?)$", before):
            continue  # "a Kabul hotel": a hotel in Kabul; "according to the X centre": a source
        core = fold(text[s:name_end].strip())
        if core in tables().demonyms:
            continue  # "the Syrian prison": no name
        if _big_place(core):
            continue  # "the Boston center", "the Kabul hotel": a facility in a known big place
        out.append((s, e))
    return out


# up to four capitalized words, then at most one lower-case noun, right before a facility kind
_KIND_BEFORE = re.compile(r"((?:[A-Z][\w'.-]*\s+){1,4})(?:[a-z]+\s+)?$")


def _kind_hits(text: str, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """(name start, facility end, name end) of "Name [noun] kind" ("Okrestina detention centre",
    "the Sapref refinery"): each kind found by substring search, the name matched backwards."""
    hits = []
    for k in kinds:
        j = text.find(k)
        while j >= 0:
            e = j + len(k)
            if (j == 0 or not text[j - 1].isalpha()) and (e == len(text) or not text[e].isalnum()):
                m = _KIND_BEFORE.search(text, max(0, j - 80), j)
                if m:
                    hits.append((m.start(1), e, m.end(1)))
            j = text.find(k, e)
    return sorted(hits)


def _big_place(key: str) -> bool:
    """A country, a region or a city of 100,000 or more: a name that locates a facility rather
    than names it ("the Boston center"); a small town's name is the facility's name ("the
    Estcourt prison")."""
    g = _gazetteer()
    if key in tables().country_names or key in g.regions:
        return True
    return any(c.population >= 100_000 for c in g.cities.get(key, ()))




_FAC_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _facility_re(words: tuple[str, ...]) -> re.Pattern[str]:
    if words not in _FAC_CACHE:
        alt = "|".join(re.escape(w) for w in words)
        _FAC_CACHE[words] = re.compile(
            rf"(?P<name>[A-Z][\w'.-]*\s+(?:(?:(?:al|el|ad|as|ash|an|ar)-[\w'.-]+|de|da|du|bin|ibn|[A-Z][\w'.-]*)\s+){{0,4}}?)"
            rf"(?P<fac>{alt})\b")
    return _FAC_CACHE[words]
