"""Actor and place mentions of one event, with roles from the dependency parse.

Phenomena handled (each with examples in tests/test_entities_mentions.py):
- acronyms defined in parentheses: "Islamic State group in Iraq and Levante (ISIL)" (the
  Schwartz-Hearst rule: the acronym's letters start words of the long form, in order);
- roles: subject = agent ("Trump orders"), object or passive subject = target ("invades Iraq",
  "Saddam Hussein is captured"), "by X" = agent, "against X" = target, subjects of undergoer
  verbs ("25 fighters die") = target, anything else = other;
- countries as actors or as places: a country that acts (subject, object, "by", "against",
  possessive, "US-led", "US soldiers") is an actor; a country or city after a locative
  preposition is a place; a country that is invaded/entered is both;
- demonyms: "the Americans" (noun) = United States; "Iraqi forces" (demonym + state noun) =
  Iraq; "Kurdish Jalal Talabani" (modifier of a person) = no actor;
- capitals for governments ("led by Washington") when they act;
- unnamed collective actors ("US-led coalition", "Sunni insurgents", "jihadists");
- relative locations kept as text ("Tikrit, north of Baghdad", "in the north of the country").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from keydates.entities.data import fold, tables
from keydates.entities.spans import _known_orgs, _repair_ents, _strip, areas, facilities

PLACE_PREPS = {"in", "at", "near", "into", "to", "from", "outside", "inside", "across", "around", "off",
               "towards", "toward", "through", "throughout", "within", "on", "over", "along", "onto",
               "between", "north", "south", "east", "west", "beyond", "via"}
TARGET_PREPS = {"against", "on", "at"}
_DIR = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
RELATIVE_AFTER = re.compile(
    rf",?\s*(?P<rel>(?:(?:some|about|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    rf"{_DIR}\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
RELATIVE_AREA = re.compile(
    rf"\b(?:in|to|across|into|from|on|at)\s+(?:the\s+)?(?P<rel>(?P<dir>{_DIR}|outskirts)\s+(?:part\s+)?of\s+(?:the\s+)?"
    rf"(?P<what>country|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*))")
REFERENCE = re.compile(  # "some 20 km east of Arvik", "deploy south of the Oru River": Y is a reference point
    rf"\b{_DIR}\s+of\s+(?:the\s+)?(?P<ref>[A-Z][\w'-]*)")
NEAR_AFTER = re.compile(  # "Sacaba, near Oruro", "Tarn, close to Lake Voss", "Poti, on the Black Sea coast"
    r",\s*(?P<rel>(?:near|close\s+to|not\s+far\s+from|on\s+the(?=\s+(?:[A-Z][\w'-]*\s+)+(?:coast|shore)\b))"
    r"\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+(?:coast|shore))?)")
AREA_BEFORE = re.compile(r"(?<!to\s)\b(?:the|The)\s+$")  # "in the north of X" is a relative area, not a reference
NICKNAME = re.compile(  # right after a person's name: "Ana Eze, known to her supporters as Mama Ada"
    r"\s*,\s*(?:also\s+|widely\s+|popularly\s+)?(?:(?:known|called)\b[^.;:,]{0,30}?\bas|nicknamed|dubbed)\s+$")
NUMBER_AFTER = re.compile(r"\s+No\.?\s*\d+\b")  # "the Federal Oral Court No. 2"
NUMBER_REST = re.compile(r"\.?\s*\d+\b")  # the model took "No" into the name
MOVEMENT = re.compile(r"\b[A-Z][a-z]+(?:ists|istas|ites)\b")
# letters then a digit ("M23", "MH17") or digits then a letter ("1MDB"); two capitals are checked after
CODE_NAME = re.compile(r"(?<![\w-])(?:[A-Z]+\d|\d+[A-Z])[A-Za-z0-9]*(?![\w-])")
# a parenthesised title-case qualifier that is part of a party's name, not an acronym:
# "the Communist Party of Ostria (Unified Reformist)"
QUALIFIER = re.compile(r"\s\((?=[^)]*[a-z])[A-Z][\w'-]*(?:[\s-]+[A-Z][\w'-]*){0,3}\)")
ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\)")


@dataclass(slots=True)
class Mention:
    """One actor or place mention in an event text."""

    text: str  # the words used ("Iraqi forces", "Washington", "Saddam Hussein")
    start: int  # character offsets in the event text
    end: int
    label: str  # PERSON | ORG | NORP | GPE | LOC | FAC | GROUP | ACRONYM
    actor: bool = False
    place: bool = False
    role: str = "other"
    type: str = "other"  # person | organization | country | group | other
    key: str = ""  # the name looked up when merging ("Iraq" for "Iraqi forces")
    iso2: str | None = None  # country of a country actor
    generic: bool = False
    relative: str | None = None  # "north of Baghdad"
    aliases: list[str] = field(default_factory=list)  # acronym defined here ("ISIL")


def acronyms(doc: Doc, text: str | None = None) -> list[tuple[int, int, str]]:
    """(long-form start char, end char, acronym) for "Long Form (LF)" definitions (`text`: the
    doc's text when the caller has it; `doc.text` joins every token anew)."""
    out = []
    text = doc.text if text is None else text
    for m in ACRONYM.finditer(text):
        acr = m.group("acr")
        letters = [c.lower() for c in acr if c.isalpha()]
        if len(letters) < 2:
            continue
        before = text[:m.start()].rstrip()
        words = list(re.finditer(r"[\w'-]+", before))[-(len(letters) * 2 + 3):]
        # Schwartz-Hearst: walk back; the first letter must start a word, the others in order.
        li = len(letters) - 1
        start = None
        for w in reversed(words):
            word = w.group().lower()
            ci = len(word) - 1
            while ci >= 0 and li >= 0:
                if word[ci] == letters[li] and (li > 0 or ci == 0):
                    li -= 1
                ci -= 1
            if li < 0:
                start = w.start()
                break
        if start is None:  # a foreign acronym ("Law and Justice (PiS)"): the title-case name before it
            name = re.search(r"(?:[A-Z][\w'-]*\s+(?:(?:and|of|for|the|de|del|la)\s+)*){1,6}$", before + " ")
            if name and len(re.findall(r"\b[A-Z]", name.group())) >= 2:
                out.append((name.start(), len(before), acr))
            continue
        if not text[start].isupper():
            continue
        out.append((start, len(before), acr))
    return out


def span_root(span: Span) -> Token:
    """The syntactic head of an entity span, skipping a leading article ("the Iraq Body Count")."""
    words = [t for t in span if t.dep_ not in ("det", "case", "punct")]
    if not words:
        return span.root
    outside = [t for t in words if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return outside[-1] if outside else words[-1]


def role_of(tok: Token) -> str:
    """agent / target / other for the noun `tok` from its place in the parse."""
    t = tok
    while t.dep_ in ("conj", "appos", "compound", "flat") and t.head is not t:
        t = t.head
    verb = t.head
    if t.dep_ in ("nsubj", "csubj"):
        return "target" if verb.lower_ in tables().undergoer_verbs else "agent"
    if t.dep_ == "nsubjpass":
        return "target"
    if t.dep_ in ("dobj", "dative", "oprd"):
        return "target"
    if t.dep_ == "pobj":
        prep = t.head
        if prep.dep_ == "agent" or prep.lower_ == "by":
            return "agent"
        if prep.lower_ == "against":
            return "target"
    return "other"


def _modified_noun(tok: Token) -> Token | None:
    """The noun a modifier belongs to ("US" in "US soldiers" -> soldiers; "US-led" -> coalition)."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and t.head is not t:
            t = t.head
            if t.pos_ in ("NOUN", "PROPN"):
                if t.dep_ == "compound" and f"{t.lower_} {t.head.lower_}" in tables().state_nouns:
                    return t.head  # "Kyrgyz border guards": the two-word state noun
                return t
        else:
            break
    return None


def _agentive_subject(verb: Token) -> bool:
    """True when the subject of `verb` can act: a named entity or a group/state noun."""
    t = tables()
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in t.state_nouns | t.group_nouns:
                return True
            return any(x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for x in c.subtree)
    return True  # no subject found: do not decide against the actor reading


def _led(tok: Token) -> bool:
    """True for the "X" of "X-led" ("US-led coalition", "Saudi-led forces")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "led"


def _titles_person(noun: Token) -> bool:
    """True when `noun` is a title or role of a named person ("President" in "US President Donald
    Trump", "leader" in "Iran's supreme leader, Ayatollah Ali Khamenei")."""
    if noun.ent_type_ == "PERSON":
        return True
    if noun.lower_ in tables().titles and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].ent_type_ == "PERSON":
        return True  # "Aliyev and Turkish President Recep Tayyip Erdogan", the title parsed apart from the name
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _group_name(head: Token) -> tuple[int, int]:
    """Character span of an unnamed group: its modifiers and head ("pro-Iranian Iraqi paramilitaries")."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod") or c.text == "-"]
    start = min([m.left_edge.idx for m in mods] + [head.idx])
    return start, head.idx + len(head.text)


def extract(doc: Doc, text: str | None = None) -> list[Mention]:
    """Actor and place mentions of `doc` (one event), in text order (`text`: `doc.text` when the
    caller has it)."""
    t = tables()
    out: list[Mention] = []
    ents = _repair_ents(list(doc.ents), doc, text if text is not None else doc.text, t)  # doc.ents builds new spans
    toks = list(doc)
    text = doc.text if text is None else text  # the property joins every token on each access
    acr = acronyms(doc, text)
    covered = [(s, e) for s, e, _ in acr]
    defined = {e for _, e, _ in acr}
    for ent in ents:  # "The Supreme Federal Court (STF)": letters need not match
        nxt = text[ent.end_char:ent.end_char + 12]
        m_acr = re.match(r"\s*\((?P<acr>[A-Z][A-Z0-9&.-]{1,9})\)", nxt)
        if ent.label_ in ("ORG", "NORP", "FAC", "GPE") and m_acr and ent.end_char not in defined:
            start = ent.start_char + (4 if ent.text.startswith(("The ", "the ")) else 0)
            acr.append((start, ent.end_char, m_acr.group("acr")))
    for n, (s, e, a) in enumerate(acr):  # the model's name may start earlier ("National Movement ...")
        for ent in ents:
            if ent.start_char < s < ent.end_char and ent.label_ in ("ORG", "NORP", "FAC", "GPE"):
                acr[n] = (ent.start_char + (4 if ent.text.startswith(("The ", "the ")) else 0), e, a)
    for s, e, a in acr:
        long = text[s:e]
        span = doc.char_span(s, e, alignment_mode="expand")
        iso = t.country_names.get(fold(a))
        if iso and span is not None:  # "the Democratic Republic of Congo (DRC)": a country, not an organization
            m = _entity(Span(doc, span.start, span.end, label="GPE"), t)
            if m is not None:
                m.key, m.iso2 = a, (iso if m.actor else None)
                m.type = "country" if m.actor else m.type
                out.append(m)
            covered.append((e, e + len(a) + 3))
            continue
        after = re.match(r"\)?\s*(?P<w>[a-z]+)", text[e + len(a) + 2:e + len(a) + 20])
        if after and after.group("w") in t.setting_nouns:  # "the Shanghai Cooperation Organisation (SCO) summit"
            covered.append((e, e + len(a) + 3))
            continue
        label = "GROUP" if re.search(r"\b(group|state|front|army|brigades?|movement|militia)\b", long, re.I) else "ORG"
        role = role_of(span.root) if span is not None else "other"
        out.append(Mention(f"{_strip(long)} ({a})", s, e, "ACRONYM", actor=True, role=role,
                           type="group" if label == "GROUP" else "organization", key=_strip(long), aliases=[a]))
        covered.append((e, e + len(a) + 3))

    for s, e in facilities(text):
        if not any(cs <= s < ce for cs, ce in covered):
            out.append(Mention(text[s:e], s, e, "FAC", place=True, key=text[s:e]))
            covered.append((s, e))

    for s, e in areas(text):
        if not any(cs < e and s < ce for cs, ce in covered):
            out.append(Mention(text[s:e], s, e, "GPE?", place=True, key=text[s:e]))
            covered.append((s, e))

    def inside(s: int, e: int) -> bool:
        return any(cs <= s and e <= ce for cs, ce in covered)

    def overlaps(s: int, e: int) -> bool:
        return any(cs < e and s < ce for cs, ce in covered)

    ent_tokens: set[int] = set()
    skipped_end = -1  # end of the last name that is no actor (a storm, a document, a ship)
    for ent in ents:
        ent_tokens |= set(range(ent.start, ent.end))
        if "(" in ent.text:  # "National Movement for the Liberation of Azawad (MNLA"
            cut = next(x.i for x in ent if x.text == "(")
            if cut == ent.start:
                continue
            ent = Span(doc, ent.start, cut, label=ent.label_)
        qual = QUALIFIER.match(text, ent.end_char) if ent.label_ == "ORG" and text.startswith(" (", ent.end_char) else None
        if qual and any(w in t.org_words for w in ent.text.split()):  # "the Workers Party of Ostria (Reformed)"
            longer = doc.char_span(ent.start_char, qual.end(), alignment_mode="expand")
            if longer is not None:
                ent = Span(doc, longer.start, longer.end, label="ORG")
        if ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT") and text[ent.start_char:ent.end_char].split()[-1] in t.org_words:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "operated by Northwind Holdings" tagged PRODUCT
        number = (NUMBER_AFTER if not text.endswith(" No", 0, ent.end_char) else NUMBER_REST).match(
            text, ent.end_char, ent.end_char + 12) if ent.label_ == "ORG" else None
        if number:  # "the Federal Oral Court No. 2": the number is part of the name
            longer = doc.char_span(ent.start_char, number.end(), alignment_mode="expand")
            if longer is not None:
                ent = Span(doc, longer.start, longer.end, label="ORG")
        first = ent.start_char + (4 if ent.text.startswith(("The ", "the ")) else 0)
        if overlaps(first, ent.end_char) or ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            continue
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ in ("NOUN", "VERB") \
                and ent.text[1:].islower() and fold(ent.text) not in t.orgs \
                and fold(ent.text) not in t.demonyms and fold(ent.text) not in t.country_names:
            continue  # "Protests against ... break out": a capitalized common noun
        if len(ent) == 1 and ent[0].is_sent_start and ent.text[1:].islower() and ent[0].dep_ == "compound" \
                and ent[0].head.text.islower() and ent[0].head.lower_ in t.state_nouns | t.group_nouns \
                and fold(ent.text) not in t.orgs and fold(ent.text) not in t.demonyms \
                and fold(ent.text) not in t.country_names:
            continue  # "Riot police detain ...", "Border guards fire ...": a capitalized common noun
        nxt = doc[ent.end] if ent.label_ in ("GPE", "ORG", "LOC") and ent.end < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and not nxt.ent_type_ \
                and nxt.text[:1].isupper() and nxt.lower_ not in t.titles and span_root(ent).head.i == ent.end \
                and span_root(ent).dep_ == "compound":
            end = ent.end
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper():
                end += 1
            label = "ORG" if end < len(doc) and (doc[end].lower_ in t.group_nouns | {"alliance", "party", "bloc", "front"}
                                                  or doc[end].text in t.org_words) else ent.label_
            ent = Span(doc, ent.start, end, label=label)  # "the Pakatan Harapan alliance": one name
        if ent.label_ == "PERSON" and fold(text[ent.start_char:ent.end_char]) not in t.demonyms:  # not "Tajik [President]"
            longer = _extend_name(ent)
            if longer.end > ent.end and any(o.start < longer.end and o.end > ent.end for o in ents):
                covered.append((longer.start_char, longer.end_char))  # "Ursula von [der Leyen]"
            ent = longer
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text.islower() and ent[-1].lower_ in t.org_heads:
            ent = Span(doc, ent.start, ent.end - 1, label="ORG")  # "the Serb List party": its name is "Serb List"
        name = _strip(ent.text)
        if name.startswith(t.non_actor_prefixes) or name.rsplit(None, 1)[-1] in t.document_suffixes \
                or _vessel(ent, t, text):
            skipped_end = ent.end_char  # "Operation Protective Edge" names an event, "the Baltic Fisheries
            continue  # Accord" a document, "the icebreaker Northern Star" a ship: no actor, no place
        if 0 <= skipped_end < ent.start_char and "as" in text[max(0, ent.start_char - 4):ent.start_char] \
                and NICKNAME.fullmatch(text, skipped_end, ent.start_char):
            continue  # "Cyclone Mora, known locally as Bijli": another name of no actor
        m = _entity(ent, t)
        if m is not None and m.actor and m.type == "person" and "as" in text[max(0, ent.start_char - 4):ent.start_char]:
            named = [o for o in out if o.actor and o.type == "person"]
            if named and NICKNAME.fullmatch(text, named[-1].end, ent.start_char):
                m.key = named[-1].key  # "Mamata Banerjee, known to supporters as Didi": the same person
        if m is None and ent.label_ == "ORG":
            covered.append((ent.start_char, ent.end_char))  # "a United Nations conference": not re-found by name
        if m is not None and m.place and not m.actor and not m.text[:1].isupper():
            continue  # named places are capitalized ("metro stations" is no place name)
        if m is not None:
            out.append(m)
            if m.place:
                out.extend(_conjoined_places(ent, ent_tokens, inside))
    missed_demonyms = []
    for tok in toks:  # unnamed collective actors
        low = tok.lower_
        if low in t.state_nouns and tok.i > 0 and tok.i - 1 not in ent_tokens:
            missed_demonyms.append(tok)
        if tok.i in ent_tokens or low not in t.group_nouns or inside(tok.idx, tok.idx + len(tok)):
            continue
        if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # a modifier ("coalition forces"), not the group itself
        if any(c.ent_type_ in ("ORG", "PERSON") or (c.text.isupper() and len(c.text) > 1 and not _led(c))
               for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")):
            continue  # "ISIS fighters": the named organization is the actor
        s, e = _group_name(tok)
        name = text[s:e]
        out.append(Mention(name, s, e, "GROUP", actor=True, role=role_of(tok), type="group",
                           key=name, generic=True))
    for head in missed_demonyms:  # a demonym the model missed right before a state noun ("Burkinabe troops")
        tok = toks[head.i - 1]
        if tok.text[:1].isupper() and head.pos_ == "NOUN" and tok.dep_ in ("amod", "compound") \
                and tok.head.i == head.i and not inside(tok.idx, tok.idx + 1):
            iso = t.demonyms.get(fold(tok.text))
            if iso:
                e = head.idx + len(head.text)
                out.append(Mention(text[tok.idx:e], tok.idx, e, "NORP", actor=True, role=role_of(head),
                                   type="country", key=tok.text, iso2=iso))
    movements = MOVEMENT.finditer(text) if "ists" in text or "ites" in text or "istas" in text else ()
    for w in movements:  # plural proper nouns of a movement ("tens of thousands of Peronists")
        span = doc.char_span(w.start(), w.end())
        if span is not None and len(span) == 1 and span[0].tag_ == "NNPS" and span.start not in ent_tokens \
                and not inside(w.start(), w.end()):
            out.append(Mention(w.group(), w.start(), w.end(), "NORP", actor=True,
                               role=role_of(span[0]), type="group", key=w.group()))
            covered.append((w.start(), w.end()))
    for w in CODE_NAME.finditer(text):  # letters with digits the model did not tag as a name ("the fund 1MDB")
        if sum(c.isupper() for c in w.group()) < 2:
            continue  # "F16s", "3D"
        span = doc.char_span(w.start(), w.end())
        if span is None or len(span) != 1 or inside(w.start(), w.end()) \
                or any(m.start <= w.start() < m.end for m in out):
            continue
        tok = span[0]
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in t.setting_nouns:
            continue  # "the G20 summit": a setting
        out.append(Mention(w.group(), w.start(), w.end(), "ORG", actor=True,
                           role=role_of(tok), type="organization", key=w.group()))
    for tok in toks:  # acronyms the model missed ("expel the IS from"); kept if the timeline knows them
        if (tok.i not in ent_tokens and 2 <= len(tok.text) <= 6 and tok.text.isupper() and tok.is_alpha
                and not inside(tok.idx, tok.idx + len(tok))):
            label = "ACRONYM?"
            if tok.i > 1 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 2].lower_ == "of" \
                    and doc[tok.i - 2].head.lower_ in t.state_nouns | t.group_nouns | t.personnel_nouns \
                    and fold(tok.text) not in t.country_names:
                label = "ORG"  # "riot police of the KSPN": the unit the personnel belong to, named
            out.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), label, actor=True,
                               role=role_of(tok), type="organization", key=tok.text))
    for s, e in _known_orgs(text):
        if re.search(r"according\s+to\s+(?:the\s+)?$", text[max(0, s - 20):s], re.I):
            continue  # the source of a figure
        if not overlaps(s, e) and not any(m.start < e and s < m.end for m in out):
            span = doc.char_span(s, e, alignment_mode="expand")
            canonical = t.orgs[fold(text[s:e])]
            out.append(Mention(text[s:e], s, e, "ORG", actor=True, role=role_of(span.root) if span else "other",
                               type=canonical[1], key=text[s:e]))
    taken = ent_tokens | {x.i for m in out for x in doc.char_span(m.start, m.end, alignment_mode="expand") or []}
    i = 0
    while i < len(toks):  # names the model missed ("Lula calls ..."): kept if they name a known person
        tok = toks[i]
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in taken and tok.is_alpha \
                and tok.lower_ not in t.titles and not tok.text.isupper():
            j = i
            while j + 1 < len(toks) and toks[j + 1].pos_ == "PROPN" and toks[j + 1].i not in taken:
                j += 1
            span = doc[tok.i:toks[j].i + 1]
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is not None and after.lower_ in t.org_heads and after.text.islower() \
                    and not _gazetteer().knows(span.text) and fold(span.text) not in t.demonyms:
                out.append(Mention(span.text, span.start_char, span.end_char, "ORG", actor=True,
                                   role=role_of(after), type="organization", key=span.text))
                i = j + 1  # "the Green Dawn movement" the model missed: a named organization
                continue
            if (_place_position(span.root) and (_gazetteer().knows(span.text)
                                                or span.text.split()[-1] in t.feature_words)) \
                    or _locative_name(span.root, span.text, t):  # "near the exclave of Vorukh"
                out.append(Mention(span.text, span.start_char, span.end_char, "GPE?", place=True,
                                   role=role_of(span.root), key=span.text))  # "control Timbuktu"
            else:
                out.append(Mention(span.text, span.start_char, span.end_char, "NAME?", actor=True,
                                   role=role_of(span.root), type="person", key=span.text))
            i = j + 1
            continue
        i += 1
    _relative_places(text, out)
    if " call" in text or " name" in text:
        _local_names(text, out)
    out.sort(key=lambda m: m.start)
    return out


CALLED = re.compile(r"\b(?:which|that)\s+(?:the\s+)?[A-Z][\w'-]*\s+(?:call|calls|called|name|names|named)\s+$")


def _local_names(text: str, out: list[Mention]) -> None:
    """"Arvik, which Dorvanians call Arvikend": the second name is another name of the place
    before it (one place, not two)."""
    places = sorted((m for m in out if m.place and not m.actor), key=lambda m: m.start)
    for n, m in enumerate(places):
        if n and CALLED.search(text, max(0, m.start - 40), m.start):
            m.key = places[n - 1].key


def _gazetteer():  # noqa: ANN202 - imported late: building the gazetteer takes a second
    from keydates.entities.gazetteer import gazetteer

    return gazetteer()


def _place_position(tok: Token) -> bool:
    """A noun standing where places stand: object of a locative preposition, object of a verb,
    or coordinated with such a noun."""
    base = tok
    while base.dep_ == "conj" and base.head is not base:
        base = base.head
    if base.dep_ == "pobj":
        return base.head.lower_ in PLACE_PREPS
    return base.dep_ in ("dobj", "nsubjpass")


def _extend_name(ent: Span) -> Span:
    """Extend a person's name left over capitalized name words the model left out
    ("[Luiz] Inacio Lula da Silva")."""
    start = ent.start
    doc = ent.doc
    titles = tables().titles
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in titles \
                and not prev.ent_type_ and ent.start <= prev.head.i < ent.end:
            start -= 1
        else:
            break
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and not doc[end].ent_type_ and doc[end].head.i in range(ent.start, end + 1) or (
            end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_
            and doc[end - 1].head.i == end and doc[end].is_alpha) or (
            end < len(doc) and _inner_name_word(doc[end])):
        end += 1  # "[Amadou Toumani] Toure"
    parts = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "ibn"}
    while end < len(doc) and doc[end - 1].lower_ in parts or (
            end + 1 < len(doc) and doc[end].lower_ in parts and doc[end + 1].text[:1].isupper()):
        if doc[end - 1].lower_ in parts and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1  # "Ursula von [Leyen]" after "der": "[Ursula von] der Leyen"
        elif doc[end].lower_ in parts:
            end += 1
        else:
            break
    while end > ent.end and doc[end - 1].lower_ in parts:
        end -= 1
    return Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent


def _inner_name_word(tok: Token) -> bool:
    """A given name the model tagged as a group inside a person's name: a title-case proper noun,
    compound of an untagged proper noun after it ("[Jean Paul] Christian [Mbeki]")."""
    if tok.ent_type_ != "NORP" or tok.pos_ != "PROPN" or tok.dep_ != "compound" or not tok.is_title:
        return False
    head = tok.head
    return head.i == tok.i + 1 and head.pos_ == "PROPN" and not head.ent_type_ and head.is_title \
        and fold(tok.text) not in tables().demonyms and fold(tok.text) not in tables().country_names


def _conjoined_places(ent: Span, taken: set[int], inside) -> list[Mention]:  # noqa: ANN001
    """Place names coordinated with a place that the model did not tag ("in Yangon and Mandalay")."""
    from keydates.entities.gazetteer import gazetteer

    out = []
    doc = ent.doc
    cands = [c for c in span_root(ent).children if c.dep_ == "conj"]
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "or", ","):
        cands.append(doc[ent.end + 1])  # "in Yangon and Mandalay" with the conj misattached
    for c in cands:
        if c.pos_ == "PROPN" and c.i not in taken and c.text[:1].isupper():
            end = c.i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].i not in taken:
                end += 1
            c = doc[end]
            span = ent.doc[min(c.left_edge.i, c.i):c.i + 1]
            if c.left_edge.i < ent.end:
                span = doc[ent.end + 1:c.i + 1]
            if all(x.pos_ == "PROPN" for x in span) and gazetteer().knows(span.text) \
                    and not inside(span.start_char, span.end_char):
                out.append(Mention(span.text, span.start_char, span.end_char, "GPE", place=True,
                                   role=role_of(c), key=span.text))
    return out


def _entity(ent: Span, t) -> Mention | None:  # noqa: ANN001 - Tables
    """Classify one named entity as actor and/or place."""
    name = _strip(ent.text)
    if not name:
        return None
    s, e = ent.start_char, ent.end_char
    root = span_root(ent)
    role = role_of(root)
    key = fold(name)
    m = Mention(name, s, e, ent.label_, role=role, key=name)
    label = ent.label_
    src = root
    while src.dep_ in ("compound", "flat") and src.head is not src:
        src = src.head
    if src.dep_ == "pobj" and src.head.lower_ == "to" and src.head.i > 0 and \
            ent.doc[src.head.i - 1].lower_ == "according":
        return None  # the source of a figure ("according to Police Minister Ana Ruiz", "according to
        # the IPC"): neither an actor of the event nor a place
    if label == "ORG" and key in t.country_names:
        label = "GPE"
    if label in ("PERSON", "ORG", "NORP") and (key in t.country_names or key in t.capitals) and key not in t.orgs \
            and key not in t.demonyms:
        label = "GPE"  # "Burkina Faso" tagged PERSON, "Kinshasa accuses" tagged ORG, "thanks Kigali" tagged NORP
    if label in ("PERSON", "ORG", "GPE") and key in t.demonyms and key not in t.country_names:
        label = "NORP"  # "between Kyrgyz and Tajik border guards" tagged GPE: a demonym
    if label == "NORP" and key in t.country_names and key not in t.demonyms:
        label = "GPE"  # "accuses Tajikistan" tagged NORP: a country  # "Angolan President ..." tagged ORG: a demonym
    if label in ("GPE", "LOC") and re.search(r"\d", name) and re.search(r"[A-Z]", name) \
            and not _gazetteer().knows(name):
        label = "ORG"  # "M23 rebels" tagged GPE: letters with digits name a group, never a place
    if label in ("PERSON", "ORG") and key not in t.orgs and key not in t.demonyms and " " not in name \
            and (root.dep_ == "conj" and _conj_of_place(root) or _settlement_appos(root, ent)):
        m.label, m.place = "GPE?", True  # "strike Arvik, the region's main city", "take Dorvan and Arvik"
        return m
    if label in ("PERSON", "ORG") and key not in t.orgs and _locative_name(root, name, t):
        m.label, m.place = "GPE?", True  # "clashes in Tarkovo" tagged PERSON: a place the gazetteer lacks
        return m
    if label in ("PERSON", "ORG", "NORP") and key not in t.demonyms and key not in t.orgs \
            and _misread_place(root, name, label):
        m.label, m.place = "GPE?", True  # "the province of Al Anbar" tagged PERSON, "Aleppo" NORP
        return m
    if label == "NORP" and key not in t.demonyms and root.dep_ == "pobj" and \
            root.head.lower_ in ("in", "at", "near") and not name.endswith("s"):
        m.label, m.place = "GPE?", True  # "a bus in Dahyan" tagged NORP: a small place
        return m
    if label == "ORG" and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lower_ in t.titles and not ent.text.lower().startswith("the "):
        return None  # "Secretary of State Antony Blinken": part of a title
    if label == "ORG" and len(ent) == 1 and root.dep_ in ("compound", "nmod") and root.head.lower_ in ("minister", "secretary"):
        return None  # "Finance Minister Ana Ruiz": the ministry names a title, not an actor
    if label in ("ORG", "NORP") and root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in t.setting_nouns:
        return None  # "a United Nations conference", "EU law": the organization is a setting, not an actor
    if label in ("LOC", "GPE") and root.dep_ == "compound" and root.head.lower_ in t.personnel_nouns \
            and key not in t.country_names and not _gazetteer().knows(name):
        m.actor, m.type = True, "organization"  # "Oxfam aid workers" tagged LOC: their employer
        return m
    if label == "PERSON":
        m.actor, m.type = True, "person"
        return m
    noun = root
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.i > 0 and \
            ent.doc[noun.head.i - 1].lower_ == "according":
        return None  # the source of a figure, not an actor of the event
    if label == "ORG":
        canonical = t.orgs.get(key)
        m.actor, m.type = True, (canonical[1] if canonical else "organization")
        return m
    if label == "NORP":
        m.label = "NORP"
        return _norp(ent, m, key, t)
    if label in ("LOC", "FAC"):
        m.place = True
        return m
    # GPE
    iso = t.country_names.get(key)
    head = _modified_noun(root)
    if (iso or key in t.capitals) and ent.end < len(ent.doc):
        nxt = ent.doc[ent.end]
        if nxt.lower_ in t.state_nouns and nxt.pos_ == "NOUN":
            head = nxt  # "a Kosovo police patrol": the country's police, whatever the parse attached
    if head is not None and _titles_person(head):
        return None  # "US President Donald Trump": an affiliation, not an actor of its own
    if head is not None and head.ent_type_ in ("FAC", "ORG"):
        return None  # "the US Capitol": part of a name
    if head is not None and not iso and key not in t.capitals and head.lower_ in t.group_nouns | t.state_nouns:
        return None  # "Tuareg rebels": an affiliation, not a place
    if root.dep_ == "poss" and (root.head.ent_type_ in ("FAC", "GPE", "LOC") or root.head.lower_ in SPATIAL_NOUNS
                                or root.head.lower_ in t.facility_lower):
        m.place = True  # "Cairo's Tahrir Square", "Afghanistan's second-largest city": a location
        return m
    if root.dep_ == "poss" or (head is not None and head.lower_ in t.state_nouns):
        if iso or key in t.capitals:
            m.actor, m.type, m.iso2 = True, "country", iso or t.capitals[key]
            m.role = role_of(head) if head is not None else "other"
            return m
    if head is not None:  # "US-led coalition", "US President Donald Trump", "Baghdad airport"
        if iso and head.ent_type_ != "PERSON":
            m.actor, m.type, m.iso2, m.role = True, "country", iso, "other"
            return m
        if iso:
            return None
    first = root
    while first.dep_ == "conj" and first.head is not first and first.head.ent_type_ in ("GPE", "PERSON", "ORG", "NORP"):
        first = first.head  # "the rulers of Mali, Burkina Faso and Niger": the preposition of the first
    prep = first.head if first.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "from" and iso and \
            prep.head.lower_ in t.state_nouns | t.group_nouns | t.personnel_nouns:  # also "rescue teams from X"
        m.actor, m.type, m.iso2, m.role = True, "country", iso, "other"
        return m  # "30 soldiers from Italy and Hungary": the countries that sent them, not places
    if prep is not None and prep.lower_ in ("with", "of") and prep.head.lower_ in BORDER_NOUNS:
        rel = ent.doc[prep.head.i:ent.end]  # "near the border with Egypt": a reference, kept as text
        m.label, m.place, m.text, m.start, m.relative = "RELATIVE", True, rel.text, rel.start_char, rel.text
        m.key = "" if iso is None else name
        return m
    while prep is not None and prep.dep_ == "conj":
        prep = prep.head
    if prep is not None and prep.dep_ == "pobj":
        prep = prep.head
    locative = prep is not None and prep.lower_ in PLACE_PREPS and prep.lower_ not in ("against",)
    base = root
    while base.dep_ == "conj" and base.head is not base:
        base = base.head
    if iso and base.dep_ == "dobj" and not _agentive_subject(base.head):
        m.place = True  # "an earthquake strikes southern Turkey": a place, not an actor
        return m
    if iso and root.dep_ == "nsubj" and root.head.lower_ in ("is", "was", "are", "were", "remains") \
            and any(c.dep_ == "attr" for c in root.head.children):
        return None  # "says that Ostria is a land of compromise": the country is described, it does not act
    if iso:
        if role in ("agent", "target") or _relation(prep, locative):
            m.actor, m.type, m.iso2 = True, "country", iso
            m.place = role == "target" and root.dep_ in ("dobj",) and (
                base.head.lower_ in t.entry_verbs or not t.entry_verbs)  # "invades Iraq", not "asks Canada"
            if m.place is False and locative:
                m.place = True
            return m
        m.place = True
        return m
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if key in t.capitals and (base.dep_ == "dobj" and base.head.lower_ in t.address_verbs or (
            before is not None and before.lower_ in t.address_verbs and not before.lower_.startswith("call"))):
        m.actor, m.type, m.iso2 = True, "country", t.capitals[key]
        return m  # "the White House urges Belgrade to withdraw", "thanks Kigali" (parsed or not): the government
    if key in t.capitals and (role == "agent" or (
            prep is not None and prep.lower_ in ("with", "between") and _relation(prep, locative))):
        m.actor, m.type, m.iso2 = True, "country", t.capitals[key]
        return m
    m.place = True
    return m


SPATIAL_NOUNS = {"border", "borders", "frontier", "boundary", "coast", "line", "side", "outskirts", "edge",
                 "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "centre", "center", "heart", "suburbs", "part", "area", "region", "province", "city",
                 "capital", "streets", "outskirt", "vicinity", "gates", "town", "village", "port",
                 "square", "airport", "district", "neighbourhood", "neighborhood", "coast", "shores",
                 "island", "islands", "exclave", "enclave", "hamlet", "archipelago", "peninsula",
                 "villages", "towns", "municipalities", "cities", "atoll", "atolls", "states", "provinces",
                 "regions", "districts", "department", "parts"}
BORDER_NOUNS = {"border", "borders", "frontier", "boundary"}  # "near the border with Egypt"


def _relation(prep: Token | None, locative: bool) -> bool:
    """"relations with Washington", "talks between X and Y", "the president of Venezuela": the
    country is a party; "the border with Brazil" is a location."""
    if prep is None or prep.lower_ not in ("between", "with", "of") or prep.head.pos_ != "NOUN":
        return False
    return prep.head.lower_ not in SPATIAL_NOUNS and not (locative and prep.lower_ != "with")


def _vessel(ent: Span, t, text: str) -> bool:  # noqa: ANN001 - Tables
    """True for a ship's name: right after a vessel noun ("the icebreaker Northern Star") or in
    apposition with one ("the Ocean Pearl, a cruise ship"); `text`: the doc's text."""
    before = text[max(0, ent.start_char - 16):ent.start_char].split()
    if before and before[-1].lower() in t.vessel_nouns:
        return True
    if not text.startswith(",", ent.end_char):
        return False  # an apposition follows a comma
    return any(c.dep_ == "appos" and c.lower_ in t.vessel_nouns for c in span_root(ent).children)


def _locative_name(root: Token, name: str, t) -> bool:  # noqa: ANN001 - Tables
    """A name tagged as a person or organization that stands after a locative preposition ("in
    Tarkovo", "at Shanti Niwas"), after "the island/town of" or "such as" after such a noun: a
    place, unless its words mark an organization ("in Northwind Holdings") or it is an acronym."""
    words = name.split()
    if not words or name.isupper() or not name[:1].isupper():
        return False
    if any(w in t.org_words for w in words):
        # a building that houses an institution is a place after "near"/"outside"/"inside" ("protesters
        # gather near Government House"); otherwise the word marks an organization ("in Northwind Holdings")
        base = root
        while base.dep_ == "conj" and base.head is not base:
            base = base.head
        return words[-1] in BUILDING_WORDS and base.dep_ == "pobj" and base.head.lower_ in ("near", "outside", "inside")
    base = root
    while base.dep_ == "conj" and base.head is not base:
        base = base.head  # "on Malekula and Tanna"
    if base.dep_ != "pobj":
        return False
    prep = base.head
    if prep.lower_ == "at" and prep.head.lower_ in t.workplace_nouns:
        return False  # "an analyst at Northwind Securities": a workplace, an organization
    if prep.lower_ == "in" and prep.head.lower_ in t.publication_verbs:
        return False  # "said in an editorial in Granma", "wrote in Dagens Nyheter": a publication
    if prep.lower_ in t.locative_preps:
        return True
    if prep.lower_ == "to" and prep.head.lower_ in t.entry_verbs:
        return True  # "thousands march to the Plaza Dorrego"
    if prep.lower_ == "of" and prep.head.lower_ in SPATIAL_NOUNS and prep.head.lower_ not in BORDER_NOUNS:
        return True  # "on the island of Malekula", "the town of Arvik"
    doc = root.doc
    return prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such" \
        and prep.i > 1 and doc[prep.i - 2].lower_ in SPATIAL_NOUNS  # "villages such as Ain Qana"


BUILDING_WORDS = {"House", "Palace", "Hall", "Building", "Tower"}
SETTLEMENT_NOUNS = {"city", "town", "village", "township", "capital", "port", "hamlet", "settlement", "suburb",
                    "stronghold", "enclave", "exclave"}


def _settlement_appos(root: Token, ent: Span) -> bool:
    """A name in apposition with a settlement noun names a place: "drones strike Arvik, the
    region's main city", "Palma, a small coastal town"."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False  # an apposition follows a comma
    return any(c.dep_ == "appos" and c.lower_ in SETTLEMENT_NOUNS for c in root.children)


def _conj_of_place(root: Token) -> bool:
    """A one-word name coordinated with a known place standing where places stand is a place too:
    "troops take Jabrayil and Dorvan" (Dorvan tagged PERSON)."""
    if root.dep_ != "conj" or root.head.pos_ != "PROPN" or root.head.ent_type_ in ("ORG", "NORP", ""):
        return False
    head = root.head
    return _gazetteer().knows_main(head.text) and _place_position(head) and not _gazetteer().knows(root.text) \
        and fold(head.text) not in tables().country_names


def _misread_place(root: Token, name: str, label: str) -> bool:
    """A name the model tagged as a person, organization or group but that the gazetteer knows
    and that stands where places stand: after a locative preposition or "of", or (not for
    persons) as the object of a verb ("retake control of Aleppo", "the province of Al Anbar")."""
    from keydates.entities.gazetteer import gazetteer

    if not gazetteer().knows(name):
        return False
    key = fold(name)
    if key in gazetteer().regions or key in tables().country_names:
        return label != "ORG" or root.dep_ in ("pobj", "dobj")
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "control Timbuktu, Gao and Kidal"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in PLACE_PREPS | {"of"}:
        return True
    if label == "PERSON":  # "troops enter Mekelle": a one-word "person" the gazetteer knows
        return root.dep_ in ("dobj", "nsubjpass") and " " not in name.strip()
    return root.dep_ not in ("nsubj", "poss", "compound", "amod", "nmod")


def _norp(ent: Span, m: Mention, key: str, t) -> Mention | None:  # noqa: ANN001 - Tables
    """Demonyms and named groups: "the Americans", "Iraqi forces", "the Sunnis"."""
    root = span_root(ent)
    while root.dep_ == "conj" and root.head.ent_type_ == "NORP" and root.head is not root:
        root = root.head  # "French and Malian troops": the first conjunct carries the head noun
    iso = t.demonyms.get(key)
    if iso is None and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        from keydates.entities.gazetteer import gazetteer

        if gazetteer().knows(m.text):  # "a mausoleum in Samarra" tagged NORP
            m.label, m.place = "GPE", True
            return m
    head = _modified_noun(root)
    if head is None or root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        if root.tag_ in ("NNPS", "NNS") or root.text.endswith("s") or root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if iso and root.dep_ != "compound":
                m.actor, m.type, m.iso2 = True, "country", iso
            else:
                m.actor, m.type, m.generic = True, "group", False
                if any(c.lower_ in ("other", "some", "many", "fellow") for c in root.children) or (
                        root.dep_ == "conj" and not root.head.ent_type_ and root.head.pos_ == "NOUN"):
                    m.generic = True  # "their nationals and other Europeans": unnamed people
            return m
        return None
    if head.ent_type_ == "PERSON" or _titles_person(head):
        return None  # "Kurdish Jalal Talabani": an affiliation, not an actor
    if iso and _led(root):
        m.actor, m.type, m.iso2, m.role = True, "country", iso, "other"  # "Saudi-led coalition"
        return m
    if iso and head.lower_ in t.state_nouns:
        m.text = ent.doc.text[ent.start_char:head.idx + len(head.text)]
        m.end = head.idx + len(head.text)
        m.actor, m.type, m.iso2, m.role = True, "country", iso, role_of(head)
        return m
    return None


def _relative_places(text: str, out: list[Mention]) -> None:
    """Attach "X, north of Y" to place X (Y is then a reference point, not a place of the event)
    and add areas such as "in the north of the country" as relative places (`text`: the doc's)."""
    by_start = {m.start: m for m in out}
    for m in list(out):
        if not m.place:
            continue
        r = RELATIVE_AFTER.match(text, m.end) or (NEAR_AFTER.match(text, m.end) if "," in text else None)
        if r:
            m.relative = r.group("rel")
            for other in out:
                if other is not m and r.start("rel") <= other.start < r.end("rel") and not other.actor:
                    other.place = False  # the reference point of the relative location
    directions = "north" in text or "south" in text or "east" in text or "west" in text
    for r in REFERENCE.finditer(text) if directions else ():
        if AREA_BEFORE.search(text, max(0, r.start() - 5), r.start()):
            continue
        for other in out:
            if other.start <= r.start("ref") < other.end and other.place and not other.actor and other.label != "RELATIVE":
                other.place = False  # a reference point of a distance or direction, not a place of the event
    for r in RELATIVE_AREA.finditer(text):
        if r.start("rel") in by_start:
            continue
        what = r.group("what")
        out.append(Mention(r.group("rel"), r.start("rel"), r.end("rel"), "RELATIVE", place=True,
                           key="" if what == "country" else what, relative=r.group("rel")))
        for other in out:
            if other.label != "RELATIVE" and r.start("rel") <= other.start < r.end("rel") and not other.actor \
                    and fold(other.key) not in tables().country_names:
                other.place = False  # "in the north of Kunduz": a relative area; "a town in the east of
                # Chad": the country stays a place (the town is in it)
