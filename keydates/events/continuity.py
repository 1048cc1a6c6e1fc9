"""Whether an undated sentence continues the previous event.

It does when it opens with an anaphor ("The others followed ...", "They ...") or shares a content
word with the previous event ("Relatives gathered at the mine" after "... the mine caved in").
Generic news words ("government", "troops", "officials") and the names of the story's topic
(from the title: every entry may share them) link nothing. Examples run in
tests/test_events_context.py.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]{3,}")
_STOP = frozenset(["about", "above", "after", "again", "against", "also", "among", "another", "because", "been", "before", "being", "below", "between", "both", "called", "came", "come", "comes", "could", "does", "doing", "down", "during", "each", "even", "first", "from", "further", "have", "having", "here", "into", "itself", "just", "last", "later", "least", "made", "make", "makes", "many", "more", "most", "much", "must", "near", "next", "only", "other", "others", "over", "same", "says", "said", "should", "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "upon", "very", "were", "what", "when", "where", "which", "while", "whom", "will", "with", "within", "would", "year", "years", "month", "months", "week", "weeks", "days", "time", "times", "part", "people", "says", "according", "government", "president", "minister", "ministers", "country", "countries", "police", "forces", "troops", "army", "state", "states", "city", "national", "international", "official", "officials", "party", "world", "million", "billion", "percent", "company", "group", "second", "third", "new"])
_ANAPHOR = re.compile(r"^[\"“(]*(?:he|she|it|they|his|her|its|their|this|these|those|the others|the rest|"
                      r"the remaining \w+|both|each of them|all of them|neither|none of them)\b",
                      re.IGNORECASE)

# a pronoun inside the sentence that points back at the event's people or place: "Judge Crane
# remanded him in custody", "Jonas Vell was there, with a tray of ..."
_OBJECT_ANAPHOR = re.compile(r"(?<!\bwithout )(?<!\bof )\b(?:him|them)\b|\b(?:was|were) there\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    words = (re.sub(r"['’]s?$", "", w.lower()) for w in _WORD.findall(text))
    return {w[:5] for w in words if len(w) >= 4 and w not in _STOP}


def topic_stems(title: str, text: str = "") -> set[str]:
    """Stems of the names in the title (the story's topic, written with a capital inside the
    text's sentences: "Estonia", "Boeing"): every entry may share them, so they link nothing.
    Common nouns of a title-case title ("Mine", "Rescue") stay ordinary words."""
    out = set()
    text = text.replace(title, " ") if title else text  # the title line itself is title case
    for w in _WORD.findall(title):
        name = re.sub(r"['’]s?$", "", w)
        if len(name) >= 4 and name[0].isupper() \
                and re.search(rf"[a-z,;] {re.escape(name[0].upper() + name[1:].lower())}\b", text):
            out |= _stems(name)
    return out


def continues(first: str, prev_text: str, topic: set[str] | frozenset[str] = frozenset()) -> bool:
    """The undated sentence continues the previous event: it opens with an anaphor ("The others
    followed ...", "They ...") or shares a content word with it ("Relatives gathered at the mine"
    after "... the mine caved in")."""
    if not prev_text:
        return False
    if _ANAPHOR.match(first):
        return True
    if _OBJECT_ANAPHOR.search(first):
        return True
    # words of the story's topic (its title) are shared by every entry: they link nothing
    return bool((_stems(first) & _stems(prev_text)) - topic)
