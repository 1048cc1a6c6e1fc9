"""Casualty figures: killed/injured counts, who, qualifier, vagueness, party and source.

Rules work on the event text with the vocabulary of data/casualties.toml; the phenomena:
figure before the verb ("more than 400 people die"), verb before the figure ("killing 12
soldiers", "leave tens of thousands dead"), the losing side as subject ("Britain lost 179
soldiers"), gapping ("... and the United Kingdom, 179"), vague words (ACLED conventions) and
the source of a figure ("according to the Iraq Body Count organization", "the army said").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from keydates.entities.data import casualty_data
from keydates.model import Casualties

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = re.compile(r"[a-z]+")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def parse_number(text: str) -> int | None:
    """"4,500" -> 4500; "1.5 million" -> 1500000; "twenty-five" -> 25; "a hundred" -> 100."""
    t = text.lower().replace(",", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million))?", t)
    if m:
        return int(float(m.group(1)) * _SCALES.get(m.group(2) or "", 1))
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t):
        if w in ("a", "an"):
            current = max(current, 1)
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million"):
            total += max(current, 1) * _SCALES[w]
            current = 0
        elif w != "and":
            return None
    return total + current or None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, object]:
    d = casualty_data()
    word = _alt(list(_UNITS) + list(_TENS))
    num = (r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?"
           rf"|(?:a|(?:{word})(?:[\s-](?:{word}))?)\s+(?:hundred|thousand|million)(?:\s+and\s+(?:{word}))?"
           rf"|(?:{word})(?:-(?:{word}))?")
    vague = _alt(list(d["vague"]))
    qual = {w: q for q, words in d["qualifiers"].items() for w in words}
    victims = {w: who for who, words in d["victims"].items() for w in words}
    v = d["verbs"]
    fig = rf"(?:(?P<q>{_alt(list(qual))})\s+)?(?P<num>{vague}|{num})"
    fig_one = rf"(?:(?P<q>{_alt(list(qual))})\s+)?(?P<num>{vague}|{num}|an?|one|a\s+single)"
    victim = rf"(?:of\s+)?(?P<mods>(?:[A-Za-z][\w-]*\s+){{0,3}}?)(?P<victim>{_alt(list(victims))})\b"
    after = rf"(?P<verb>{_alt(v['killed_after'] + v['injured_after'])})\b"
    before = rf"\b(?P<verb>{_alt(v['killed_before'] + v['injured_before'])})\s+"
    return {
        "qual": qual, "victims": victims, "vague": d["vague"], "verbs": v, "num": num,
        "after": re.compile(rf"\b{fig}\s+(?:{victim}\s+)?(?:(?:who|that)\s+)?(?:(?!and\b|or\b|but\b)[a-z]+\s+){{0,2}}?{after}", re.I),
        "before": re.compile(rf"{before}{fig_one}(?:\s+{victim})?(?:\s+(?P<tail>dead|wounded|injured))?", re.I),
        "loss": re.compile(
            rf"(?P<party>(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+(?:{_alt(v['loss_verbs'])})\s+{fig}"
            rf"(?:\s+{victim})?(?:\s+(?P<tail>dead|deaths|killed|wounded|injured))?"),
        "gap": re.compile(
            rf"\s*,?\s*and\s+(?:the\s+)?(?P<party>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s*,\s*(?P<num>{num})\b"),
        # a cheap gate: every figure pattern needs one of its verbs; their first words, lower case
        "gate": {
            name: frozenset(_WORD.findall(phrase.lower())[0] for phrase in verbs)
            for name, verbs in (("after", v["killed_after"] + v["injured_after"]),
                                ("before", v["killed_before"] + v["injured_before"]),
                                ("loss", v["loss_verbs"]))
        },
        "source": re.compile(r"according\s+to\s+(?:the\s+)?(?P<src>[^,.;:()]+)"
                             r"|,\s*(?:the\s+|a\s+)?(?P<src2>[\w -]{2,60}?)\s+(?:said|says|reported|reports|announced)\b"),
    }


def _category(verb: str, tail: str | None, injured_words: set[str]) -> str:
    words = f"{verb} {tail or ''}".lower().split()
    if tail and tail.lower() in ("wounded", "injured"):
        return "injured"
    return "injured" if any(w in injured_words for w in words) else "killed"


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left + 1, (min(right_candidates) if right_candidates else len(text))


def _source(text: str, start: int, end: int) -> str | None:
    s, e = _sentence_bounds(text, start, end)
    for m in _patterns()["source"].finditer(text, s, e):  # type: ignore[union-attr]
        src = (m.group("src") or m.group("src2") or "").strip()
        if src:
            return re.sub(r"^the\s+", "", src, flags=re.I)
    return None


def _make(m: re.Match[str], text: str, category: str, party: str | None = None) -> Casualties | None:
    p = _patterns()
    raw = m.group("num")
    low = re.sub(r"\s+", " ", raw.lower())
    qualifier = p["qual"].get(re.sub(r"\s+", " ", (m.group("q") or "").lower()), "exact")  # type: ignore[union-attr]
    vague = False
    if low in p["vague"]:  # type: ignore[operator]
        count, vq, vague = p["vague"][low]  # type: ignore[index]
        qualifier = vq if qualifier == "exact" else qualifier
    elif low in ("a", "an", "one", "a single"):
        count = 1
    else:
        n = parse_number(raw)
        if n is None:
            return None
        count = n
        if re.fullmatch(r"1\d{3}|20\d{2}", raw) and not m.groupdict().get("victim"):
            return None  # a bare year ("in 2006 killed"), not a figure
    victim = (m.groupdict().get("victim") or "").lower()
    who = p["victims"].get(re.sub(r"\s+", " ", victim)) if victim else None  # type: ignore[union-attr]
    if who is None and victim == "" and low in ("a", "an", "one", "a single"):
        return None
    mods = (m.groupdict().get("mods") or "").split()
    if party is None:
        caps = [w for w in mods if w[:1].isupper()]
        party = " ".join(caps) or None
    return Casualties(category, int(count), qualifier, bool(vague), who,
                      _source(text, m.start(), m.end()), text[m.start():m.end()].strip(), party)


def _may_match(pattern: str, words: set[str]) -> bool:
    """False when the text (its lower-case words) has none of the verbs `pattern` needs."""
    gate: dict[str, frozenset[str]] = _patterns()["gate"]  # type: ignore[assignment]
    return not gate[pattern].isdisjoint(words)


def extract(text: str) -> list[Casualties]:
    """Every casualty figure in `text`, in text order, without overlapping duplicates."""
    p = _patterns()
    injured_words = {w for phrase in p["verbs"]["injured_after"] + p["verbs"]["injured_before"]  # type: ignore[index]
                     for w in phrase.split()} - {"were", "are", "have", "been"}
    found: list[tuple[int, int, Casualties]] = []

    def add(m: re.Match[str], cat: str, party: str | None = None) -> Casualties | None:
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            return None
        c = _make(m, text, cat, party)
        if c is not None:
            found.append((m.start(), m.end(), c))
        return c

    words = set(_WORD.findall(text.lower()))

    def scan(name: str) -> Iterator[re.Match[str]]:
        """The matches of one pattern; none without one of its verbs (the same result, faster)."""
        return p[name].finditer(text) if _may_match(name, words) else iter(())  # type: ignore[union-attr]

    for m in scan("loss"):
        if not (m.group("victim") or m.group("tail")):
            continue
        party = re.sub(r"^[Tt]he\s+", "", m.group("party"))
        add(m, _category("", m.group("tail"), injured_words), party)
    for m in scan("before"):
        verb = m.group("verb").lower()
        if verb in ("left", "leaving", "leave", "leaves") and not m.group("tail"):
            continue
        if not (m.group("victim") or m.group("tail")) and verb in ("killed", "injured", "wounded"):
            # "killed 12" is fine, but "were killed 12 ..." is rare; require a noun or end of clause
            after = text[m.end():m.end() + 2]
            if after[:1].isalpha():
                continue
        add(m, _category(m.group("verb"), m.group("tail"), injured_words))
    for m in scan("after"):
        add(m, _category(m.group("verb"), None, injured_words))
    # gapping: "... 4,500 dead and the United Kingdom, 179."
    for s, e, c in list(found):
        g = p["gap"].match(text, e)  # type: ignore[union-attr]
        if g:
            n = parse_number(g.group("num"))
            if n is not None:
                found.append((g.start(), g.end(), Casualties(
                    c.category, n, "exact", False, c.who, c.source, g.group(0).strip(" ,"),
                    g.group("party"))))
    found.sort(key=lambda x: x[0])
    return [c for _, _, c in found]
