"""Short headlines made of the event's own words (subject, verb, object, place).

The main clause of the event's first sentence is kept; dropped are the date phrase, side clauses
(appositions, relative and adverbial clauses, coordinated clauses), auxiliaries ("is captured" ->
"captured", headline style), articles, sentence adverbs and prepositional phrases that are not
places. Every word of a headline is a word of the source text, in source order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MAX_TOKENS = 14
DROP_DEPS = {"appos", "relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj", "mark", "advmod",
             "npadvmod", "agent", "intj", "dep", "meta", "preconj", "prep", "dative", "expl"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ARTICLES = {"a", "an", "the"}
MODALS = {"will", "would", "could", "may", "might", "must", "should", "can", "shall"}
# verbs whose "to"-infinitive is their content, not a purpose ("pledges to avenge")
CONTROL_VERBS = {w for v in ("pledge", "vow", "promise", "agree", "decide", "threaten", "refuse", "fail",
                             "try", "plan", "seek", "begin", "start", "continue", "want", "offer", "ask",
                             "order", "call", "urge", "attempt", "intend", "aim", "prepare", "hope", "vote")
                 for w in (v, v + "s", v + "d", v + "ed", v[:-1] + "ed" if v.endswith("e") else v + "ed")}
WEAK_END = {"of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "for", "by", "with", "from", "'s"}


def _main_verb(sent: Span) -> tuple[Token, Token | None]:
    """(main predicate, its subject); a reduced relative root hands over to its finite conj."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if root.tag_ in ("VBN", "VBD") and subj is not None and root.i > 0 and sent.doc[root.i - 1].text == ",":
        finite = next((c for c in root.children if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP")), None)
        if finite is not None:
            return finite, subj
    return root, subj


def _collect(tok: Token, keep: set[int], dropped: set[int], top: bool = False) -> None:
    """Keep `tok` and its dependents except side clauses; phrases that hold a date are dropped."""
    if tok.i in dropped:
        return
    keep.add(tok.i)
    for child in tok.children:
        if child.i in dropped:
            continue
        left = child.left_edge.i
        if top and child.i > tok.i and left > 0 and tok.doc[left - 1].text == "," and child.dep_ != "conj":
            continue  # "..., the deadliest in four years": appositive after the clause
        if child.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and tok.lower_ not in CONTROL_VERBS:
            continue  # purpose infinitive: "invades Iraq to destroy ..."
        if top and child.dep_ in ("conj", "cc") and tok.pos_ in ("VERB", "AUX"):
            conj = child if child.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "conj"), None)
            if conj is not None and conj.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
                _collect(child, keep, dropped) if child.dep_ == "conj" else keep.add(child.i)
            continue
        if child.dep_ == "prep":
            pobj = [g for g in child.subtree if g.dep_ == "pobj"]
            if any(g.i in dropped for g in child.subtree):
                continue
            if top and pobj and child.lower_ in _LOCATIVE and any(
                    g.ent_type_ in PLACE_LABELS for g in child.subtree if g.text != ","):
                _collect_until_comma(child, keep, dropped)
            elif child.lower_ == "of" and (not top or (child.i > 0 and tok.doc[child.i - 1].dep_ == "dobj")):
                _collect(child, keep, dropped)  # "the end of the fighting", "take control of X"
            continue
        if child.dep_ in ("aux", "auxpass") and child.lower_ != "to":
            if any(c.lower_ in MODALS for c in tok.children if c.dep_ == "aux"):
                keep.add(child.i)  # "will be hanged": a modal keeps its auxiliaries
            continue
        if child.dep_ == "neg":
            keep.add(child.i)
            continue
        if child.dep_ == "det" and child.lower_ in ARTICLES:
            continue
        if child.dep_ in ("conj", "cc") and tok.pos_ in ("NOUN", "PROPN") and not top:
            _collect(child, keep, dropped)
            continue
        if child.dep_ in DROP_DEPS and child.dep_ != "prep":
            continue
        if child.dep_ == "xcomp" and not top:
            continue
        _collect(child, keep, dropped)


_LOCATIVE = {"in", "at", "near", "into", "to", "from", "outside", "inside", "across", "around", "off",
             "towards", "toward", "through", "on"}


def _collect_until_comma(prep: Token, keep: set[int], dropped: set[int]) -> None:
    for t in prep.subtree:
        if t.text in (",", "(", "–", "—") or t.i in dropped:
            break
        if t.dep_ == "det" and t.lower_ in ARTICLES:
            continue
        keep.add(t.i)


CLAUSE_WORDS = {"where", "which", "who", "whom", "whose", "when", "while", "although", "though", "but",
                "as", "ending", "leaving", "bringing", "killing", "after", "before", "until", "despite",
                "because", "since", "whereas", "accused", "according", "including"}
DASHES = {"–", "—", "(", ";", ":"}


def _side_segments(sent: Span) -> set[int]:
    """Tokens of side clauses: parentheses, dash pairs, and comma clauses opened by a relative
    word or a participle ("Iran, which supports ..., becomes" / "Baghdad, where ..."). Before the
    main verb a side clause ends at the next comma; after it, at the end of the sentence."""
    out: set[int] = set()
    toks = list(sent)
    seen_finite = False
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        dash = t.text in ("–", "—") or (t.text == "-" and t.i > 0 and t.doc[t.i - 1].whitespace_)
        if t.text == "(":
            j = next((k for k in range(i + 1, len(toks)) if toks[k].text == ")"), len(toks) - 1)
            out |= {x.i for x in toks[i:j + 1]}
            i = j + 1
            continue
        if dash or t.text == ";":
            stop = ("–", "—", "-") if dash else ()
            j = next((k for k in range(i + 1, len(toks)) if toks[k].text in stop), len(toks) - 1)
            if toks[j].text == "," or (j + 1 < len(toks) and toks[j + 1].text == ","):
                j += 1 if toks[j].text != "," else 0
            out |= {x.i for x in toks[i:j + 1]}
            i = j + 1
            continue
        opens = t.text == "," and nxt is not None and (
            nxt.lower_ in CLAUSE_WORDS or (nxt.tag_ in ("VBN", "VBG") and i > 0))
        if opens:
            if seen_finite:
                out |= {x.i for x in toks[i:]}
                break
            j = next((k for k in range(i + 1, len(toks)) if toks[k].text == ","), len(toks) - 1)
            out |= {x.i for x in toks[i:j + 1]}
            i = j + 1
            continue
        if t.tag_ in ("VBZ", "VBP", "VBD", "MD") and t.dep_ not in ("aux", "auxpass"):
            seen_finite = True
        i += 1
    return out


def _trim_subject(subj: Token, keep: set[int], limit: int = 6) -> None:
    """A long subject keeps its head, modifiers and first "of" phrase only ("jihadists of the
    Islamic State group [in Iraq and Levante (ISIL) and members of hostile tribes]")."""
    words = [t for t in subj.subtree if t.i in keep and not t.is_punct]
    if len(words) <= limit:
        return
    for child in subj.children:
        if child.dep_ in ("conj", "cc", "appos", "relcl", "acl"):
            keep -= {t.i for t in child.subtree}
        elif child.dep_ == "prep":
            for g in child.subtree:
                if g.dep_ in ("prep", "conj", "cc", "appos") and g is not child:
                    keep -= {t.i for t in g.subtree}


def _fallback(sent: Span, dropped: set[int]) -> list[int]:
    """Words of the main clause when the parse gives no usable verb."""
    toks = [t for t in sent if t.i not in dropped]
    first_comma = next((t.i for t in toks if t.text == ","), None)
    start = sent.start
    if first_comma is not None and toks and toks[0].pos_ in ("ADP", "ADV", "SCONJ"):
        start = first_comma + 1
    out: list[int] = []
    for t in toks:
        if t.i < start:
            continue
        if t.lower_ == "to" and t.i + 1 < sent.end and t.nbor(1).tag_ == "VB":
            break  # purpose infinitive
        if t.text == "," and out:
            break
        if not (t.is_punct and t.text != "-") and t.lower_ not in ARTICLES:
            out.append(t.i)
    return out


def make_headline(doc: Doc, dates: list[tuple[int, int]] | None = None) -> str | None:
    """A short headline for the event in `doc`; `dates` are character spans of date phrases."""
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return None
    sent = next(iter(doc.sents))
    spans = list(dates or [])
    spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    dated = {t.i for t in sent if any(s <= t.idx < e for s, e in spans)}
    for t in sent:  # a prepositional phrase that holds a date goes whole ("on May 1")
        if t.dep_ == "prep" and any(g.i in dated for g in t.subtree):
            dated |= {g.i for g in t.subtree}
    dropped = dated | _side_segments(sent)
    verb, subj = _main_verb(sent)
    keep: set[int] = set()
    predicate = verb.pos_ in ("VERB", "AUX") or verb.tag_[:2] == "VB" or subj is not None
    if verb.i in dropped or not predicate:
        words = _fallback(sent, dropped)
    else:
        _collect(verb, keep, dropped, top=True)
        if subj is not None and subj.head is not verb:
            _collect(subj, keep, dropped)
        if subj is not None:
            _trim_subject(subj, keep)
        words = sorted(keep)
    while words and (doc[words[0]].is_punct or doc[words[0]].lower_ in ARTICLES):
        words.pop(0)
    words = sorted(set(words) | {i for i in range(sent.start + 1, sent.end - 1) if doc[i].text == "-"
                                 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
                                 and i - 1 in words and i + 1 in words})  # "US-led"
    counted = [i for i in words if not doc[i].is_punct]
    if len(counted) > MAX_TOKENS:
        words = [i for i in words if i <= counted[MAX_TOKENS - 1]]
    while words and (doc[words[-1]].lower_ in WEAK_END or doc[words[-1]].is_punct):
        words.pop()
    if not words:
        return None
    out = []
    for n, i in enumerate(words):
        tok = doc[i]
        out.append(tok.text)
        if n + 1 < len(words):
            out.append(tok.whitespace_ if words[n + 1] == i + 1 else " ")
    text = "".join(out).strip().strip(",;:")
    return text[:1].upper() + text[1:] if text else None
