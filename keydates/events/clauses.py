"""Clauses of an entry and the time expression that dates each clause's event.

An entry is split into sentences (and ";" clauses). Each clause's candidate expressions are the
DATE/TIME mentions inside it that are not distractors (distractors.toml: "until 1994",
"in force since 1994", "set for May 25", "the 1999 invasion"...). Consecutive clauses form one
event until a clause brings its own event date different from the current one ("On May 2, the
general is arrested. | He is tried at the end of 1998.").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
    "pres", "prof", "rev", "inc", "co", "corp", "ltd", "no", "vs", "c", "ca", "approx", "est",
    "e.g", "i.e", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "b.c", "a.d", "jr", "sr", "fig",
    "mt", "ft", "hon", "adm", "cmdr", "brig", "messrs", "etc",
    "div", "dept", "vol", "ch", "art", "sec", "para", "nos", "pp", "op",  # "Div. 1", "Vol. 3"
}
# a sentence ends at . ! ? with closing quotes, brackets or emphasis ("**1921.** The hall ...")
# (a footnote mark may follow the full stop: "... above the surface.[4] The first images ...")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)*_]*(?:\[\d{1,3}\])*\s+(?=[\"“(*_]*[A-Z0-9])|;\s+|\n+(?![a-z])")  # a hard-wrapped line going on in lower case is no boundary
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.[\"”’)*_]*$")
_UNIT_BEFORE = re.compile(r"\d\s?[a-z]$")
# words that may precede the date at the opening of a clause: "On May 1,", "In late December,"
_OPENING = re.compile(
    r"^[\s\"“(]*(?:(?:and|but|then|also|again|finally|later|meanwhile|and then)\s+)?"
    r"(?:(?:on|in|at|by|since|from|during|around|about|early|late|towards?|until|between|"
    r"after|before|the|of|c\.|circa|from)\s+)*$", re.IGNORECASE)


@dataclass(frozen=True)
class DistractorRule:
    """A context in which a time expression does not date the clause's event."""

    name: str
    phenomenon: str
    before: re.Pattern[str]
    after: re.Pattern[str] | None
    mention: re.Pattern[str] | None
    not_initial: bool
    soft: bool
    unless: re.Pattern[str] | None
    unless_after: re.Pattern[str] | None  # `unless` holds only when the text after also matches
    # more exceptions, each a (before, after) pair of patterns that must both match
    exceptions: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    skip_rules: frozenset[str]  # engine rules the distractor never applies to
    examples: tuple[tuple[str, str], ...]
    counter_examples: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def distractor_rules() -> tuple[DistractorRule, ...]:
    """Rules of distractors.toml."""
    data = tomllib.loads((Path(__file__).parent / "distractors.toml").read_text("utf-8"))
    return tuple(
        DistractorRule(
            name=r["name"], phenomenon=r["phenomenon"],
            before=re.compile(r["before"], re.IGNORECASE),
            after=re.compile(r["after"]) if r.get("after") else None,
            mention=re.compile(r["mention"]) if r.get("mention") else None,
            not_initial=r.get("where", "any") == "not_initial",
            soft=bool(r.get("soft", False)),
            unless=re.compile(r["unless"], re.IGNORECASE) if r.get("unless") else None,
            unless_after=re.compile(r["unless_after"]) if r.get("unless_after") else None,
            exceptions=tuple((re.compile(x["before"], re.IGNORECASE),
                              re.compile(x["after"]) if x.get("after") else None)
                             for x in r.get("exception", [])),
            skip_rules=frozenset(r.get("skip_rules", [])),
            examples=tuple((a, b) for a, b in r.get("examples", [])),
            counter_examples=tuple((a, b) for a, b in r.get("counter_examples", [])))
        for r in data["rule"])


_SOFT = {r.name for r in distractor_rules() if r.soft} | {"quoted_speech"}


def split_clauses(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentence and ';' clause spans of `text` (offsets + `base`), abbreviation-aware."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" in m.group(0) and not m.group(0).startswith(";") and _wrapped(text, m.start()):
            continue  # a hard-wrapped line ("... by the Treaty of Frankfurt of 10 May\n1871 and ...")
        if m.group(0).startswith(";") or "\n" in m.group(0):
            pass
        else:
            before = text[max(0, m.start() - 12):m.start()]
            w = _WORD_BEFORE.search(before)
            if w:
                word = w.group(1).lower()
                # a single letter is an initial ("George W. Bush"), but not a unit after a number
                # ("... over 1500 m. In August ...")
                initial = len(word) == 1 and not _UNIT_BEFORE.search(before[:w.end(1)])
                if word in _ABBREV or initial or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", word):
                    continue
        seg = text[start:m.start()]
        if seg.strip():
            spans.append(_trim(text, start, m.start(), base))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text), base))
    return spans


def _wrapped(text: str, at: int) -> bool:
    """The line ending at `at` was wrapped mid-sentence (text pasted from a PDF or an e-mail): it
    is long and stops on a word or a comma, not on a full stop or a short label."""
    begin = text.rfind("\n", 0, at) + 1
    line = text[begin:at].rstrip()
    return len(line) >= 50 and bool(re.search(r"[a-z,]$", line))


def _trim(text: str, s: int, e: int, base: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s + base, e + base


# a clock time before a date belongs to the same time phrase: the date's role is the one its
# signal gives ("until 06:00 on Wednesday" ends a state like "until Wednesday")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:on|at)?\s*$",
                           re.IGNORECASE)


_ARTICLE_IN_EXTENT = re.compile(r"(?i:the|a|an)\s+")
_NAME_AFTER = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                         r"[A-Z][a-z]+")


def distractor(clause: str, m_start: int, m_end: int, rule_name: str | None = None) -> str | None:
    """Name of the distractor rule matching the mention at [m_start, m_end) of `clause` (found
    by the engine rule `rule_name`, when known)."""
    if clause[m_start:m_end].lower() == "current" and re.match(r"\s+[a-z]", clause[m_end:]):
        return "attributive_current"  # "the dockers' current contract": a modifier, not a time
    lead = _ARTICLE_IN_EXTENT.match(clause[m_start:m_end])
    if lead and _NAME_AFTER.match(clause[m_end:]):
        m_start += lead.end()  # "the 1890s Harmon Mill": the article belongs to the name
    before = _CLOCK_BEFORE.sub("", clause[:m_start])
    after = clause[m_end:]
    initial = bool(_OPENING.match(before))
    for rule in sorted(distractor_rules(), key=lambda r: r.soft):  # hard rules first
        if (rule.not_initial and initial) or rule_name in rule.skip_rules:
            continue
        if rule.mention is not None and not rule.mention.match(clause[m_start:m_end]):
            continue
        if rule.unless is not None and rule.unless.search(before) and (
                rule.unless_after is None or rule.unless_after.match(after)):
            continue
        if any(b.search(before) and (a is None or a.match(after)) for b, a in rule.exceptions):
            continue
        if rule.before.search(before) and (rule.after is None or rule.after.match(after)):
            return rule.name
    if _in_parentheses(before, after) and not _trailing(after) and not _DURING_NAMED.match(before) \
            and not _REIGN.search(before) and not (_LABEL_OPEN.match(before) and _LABEL_CLOSE.match(after)) \
            and not _own_days_in_brackets(before, clause[m_start:m_end], after):
        return "parenthetical"
    if _in_quotes(before):
        return "quoted_speech"
    return None


# the date of a short label opening the entry: "Round 1 (Saturday 10 February): The Kestrels open
# with a win", "Stage 3 (12 July) – ...": the entry's own date, not an aside
_LABEL_OPEN = re.compile(r"\W*[A-Z][\w'’ .-]{0,30}\(\s*$")
_LABEL_CLOSE = re.compile(r"[^()]{0,12}\)\s*[:–—-]")


# the days of the event the clause opens with, in brackets after its name: "The festival (3–4 July)
# goes ahead despite the warning", "A second strike (12 March) closes the port" (not a lifespan
# "(1937-2006)" nor a side date "(signed in 1991)": only days of one month, right after the subject)
_SUBJECT_OPEN = re.compile(r"\W*(?:(?:The|A|An|Its|Their|This)\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+\s*\(\s*$")
_PREDICATE_AFTER = re.compile(r"\s*\)\s+[a-z]")
_DAYS_OF_A_MONTH = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?"
                              r"(?:\s*[-–/&]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}"
                              r"(?:st|nd|rd|th)?(?:\s*[-–/&]\s*\d{1,2}(?:st|nd|rd|th)?)?)(?:,?\s+\d{4})?")


def _own_days_in_brackets(before: str, mention: str, after: str) -> bool:
    """The bracket after the clause's opening noun phrase holds only the days it happens on."""
    return bool(_SUBJECT_OPEN.match(before) and _PREDICATE_AFTER.match(after)
                and _DAYS_OF_A_MONTH.fullmatch(mention))


# a ruler's or office holder's years after the name ("William II, 'Rufus' (r. 1087–1100),
# quarrelled with the Church"; "Henry II (reigned 1154–1189) ruled ..."): the span the entry tells
_REIGN = re.compile(r"\(\s*(?:r\.|reigned|ruled|in office|term)\s*$", re.IGNORECASE)


# the dates of a named period the clause opens with are its time: "During the Second World War
# (1939-45) evacuees were billeted here", "In the Great Depression (1929-39) the mill closed"
_DURING_NAMED = re.compile(r"\s*(?i:during|throughout|in|amid)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}\(\s*$")


def _in_quotes(before: str) -> bool:
    """The expression stands inside a direct quotation ('"People order everything online
    now," he said'): the speaker's time, not the event's."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def new_sentence(text: str, start: int) -> bool:
    """The clause at `start` opens a new sentence (not a coordinated predicate of the same one)."""
    return bool(re.search(r"[.!?][\"”’)*_]*(?:\[\d{1,3}\])*\s+[\"“(*_]*$", text[max(0, start - 12):start]))


def is_initial(clause: str, m_start: int) -> bool:
    """The mention opens its clause ("On May 1, ...", "In late December, ...")."""
    return bool(_OPENING.match(clause[:m_start]))


_LABEL_RANGE = re.compile(r"\s*(?:to|until|till|through|[-–—])\s*", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:,|and|or|to|through|-|–|—|/)\s*(?:and\s+)?", re.IGNORECASE)


def _from_until(clause: str, first: Any, m: Any, base: int) -> bool:
    """'from <date> until/to/through <date>': the second date closes the first one's span."""
    if getattr(first, "range_partial", None) is not None or getattr(first, "partial", None) is None \
            or getattr(m, "partial", None) is None or first.end > m.start:
        return False
    gap = clause[first.end - base:m.start - base]
    return bool(re.fullmatch(r"\s*(?:until|till|to|through)\s*", gap, re.IGNORECASE)) and \
        bool(re.search(r"\bfrom\s*$", clause[:first.start - base], re.IGNORECASE))


def _in_parentheses(before: str, after: str) -> bool:
    return before.count("(") > before.count(")") and ")" in after


def _trailing(after: str) -> bool:
    return bool(re.fullmatch(r"\s*\)[\s.;]*", after))


@dataclass(slots=True)
class Clause:
    """One clause of an entry with its candidate mentions (doc offsets)."""

    start: int
    end: int
    candidates: list[Any] = field(default_factory=list)  # engine mentions, best first
    rejected: list[tuple[Any, str]] = field(default_factory=list)
    soft: list[Any] = field(default_factory=list)  # dates the event only if nothing else does


def clause_candidates(doc_text: str, span: tuple[int, int], mentions: Sequence[Any],
                      label: tuple[int, int] | None, usable: Any) -> Clause:
    """Candidates of one clause: usable, non-distractor mentions; label and opening ones first."""
    s, e = span
    clause = doc_text[s:e]
    cl = Clause(s, e)
    # the text after a date label opening the clause is read as the clause ("1846 – After a
    # failed uprising in February, the city ...": a fronted phrase, as without the label)
    body = s
    if label is not None and s <= label[0] < label[1] <= e and not doc_text[s:label[0]].strip(" \t*_#|-–—•"):
        body = label[1]
        while body < e and doc_text[body] in " \t–—-:|*_.,":
            body += 1
    scored: list[tuple[int, int, Any]] = []
    last_rejected_end: int | None = None
    for m in mentions:
        if m.start < s or m.end > e or not usable(m):
            continue
        in_label = label is not None and m.start < label[1] and m.end > label[0]
        why = None if in_label else (
            distractor(doc_text[body:e], m.start - body, m.end - body, getattr(m, "rule", None)) if m.start >= body
            else distractor(clause, m.start - s, m.end - s, getattr(m, "rule", None)))
        if why is None and not in_label and last_rejected_end is not None \
                and _COORDINATED.fullmatch(doc_text[last_rejected_end:m.start]):
            why = "coordinated"  # "for Monday and Tuesday": both are the distractor's
        label_range = in_label and scored and scored[-1][0] == 0 and _LABEL_RANGE.fullmatch(
            doc_text[scored[-1][2].end:m.start]) and scored[-1][2].range_partial is None \
            and getattr(scored[-1][2], "partial", None) is not None and getattr(m, "partial", None) is not None
        if (why == "end_of_state" and scored and _from_until(clause, scored[-1][2], m, s)) or label_range:
            # "From autumn 2011 until spring 2013, the collection tours", or a label of two
            # dates ("2022-06-06 to 2022-06-10 — A sprint"): one span, both ends
            rank, start, first = scored[-1]
            scored[-1] = (rank, start, replace(first, range_partial=m.partial, end=m.end,
                                               text=doc_text[first.start:m.end]))
            continue
        if why:
            cl.rejected.append((m, why))
            if why in _SOFT:
                cl.soft.append(m)
            last_rejected_end = m.end
            continue
        rank = 0 if in_label else (1 if is_initial(clause, m.start - s) else 2)
        if scored and _pair(doc_text, scored[-1][2], m):
            # two dates joined by "and" are a pair: "on March 12 and March 29", "Christmas Eve
            # and Christmas Day", "6 May and 17 June:" (the first with the second as its end)
            rank, start, first = scored[-1]
            scored[-1] = (rank, start, replace(first, range_partial=m.partial, end=m.end,
                                               text=doc_text[first.start:m.end]))
            continue
        scored.append((rank, m.start, m))
    cl.candidates = [m for _, _, m in sorted(scored, key=lambda t: (t[0], t[1]))]
    return cl


_AND = re.compile(r"\s*(?:and|&)\s*", re.IGNORECASE)


def _pair(text: str, first: Any, m: Any) -> bool:
    """`first` and `m` are two dates of one kind joined by "and", neither a range."""
    p, q = getattr(first, "partial", None), getattr(m, "partial", None)
    if p is None or q is None or first.range_partial is not None or m.range_partial is not None \
            or first.relative_to is not None or m.relative_to is not None or first.end > m.start:
        return False
    if not _AND.fullmatch(text[first.end:m.start]) or re.search(r"\bbetween\s+$", text[max(0, first.start - 9):first.start], re.I):
        return False
    kind = lambda x: (x.day is not None, x.month is not None, x.season is not None, x.year is not None)  # noqa: E731
    return kind(p)[:3] == kind(q)[:3] and (p.has_calendar_field or p.holiday is not None)


_APPOSITION = re.compile(r"\s*,\s*(?:in|on)?\s*", re.IGNORECASE)


def restated(text: str, clauses: Sequence[Clause], m: Any) -> Any | None:
    """A complete date set in apposition right after a step restates it: "Barely five weeks
    later, in January 1816, her mother leaves" is dated January 1816; so is a time counted from
    the writer's day ("Two years ago, in autumn 2022, farms ...") (None without one)."""
    if getattr(m, "relative_to", None) not in ("previous", "publication"):
        return None
    for cl in clauses:
        for n in cl.candidates:
            q = getattr(n, "partial", None)
            gap = text[m.end:n.start]
            if getattr(m, "rule", None) == "step_from_event":  # "Two decades after the killings, in 2014,"
                gap = _EVENT_PHRASE.sub("", gap, count=1)
            if n.start >= m.end and q is not None and q.year is not None and n.relative_to is None \
                    and _APPOSITION.fullmatch(gap):
                return n
    return None


# the event a step is counted from ("after the killings"), before the date restating it
_EVENT_PHRASE = re.compile(r"^\s*(?:the|his|her|its|their|this|that)\s+[^,;.]{1,40}?(?=,)")


def apposition(text: str, clauses: Sequence[Clause], m: Any) -> Any | None:
    """A yearless date set in apposition right after `m` names its month or day: "Earlier this
    year, in March, the ministry ...", "Last year, on 3 May, ..."; a season or month made finer
    ("That winter, on 30 December, ...") (None without one)."""
    p = getattr(m, "partial", None)
    if p is None or m.range_partial is not None or p.day is not None:
        return None
    for cl in clauses:
        for n in cl.candidates:
            q = getattr(n, "partial", None)
            weekday = q is not None and q.weekday is not None and q.day is None and p.unit == "week"
            finer = q is not None and (not p.has_calendar_field or (
                p.month is None and q.month is not None) or (p.month is not None and q.day is not None
                                                              and q.month in (None, p.month)))
            if n.start >= m.end and q is not None and q.year is None and q.has_calendar_field and finer \
                    and (n.relative_to is None or weekday) and _APPOSITION.fullmatch(text[m.end:n.start]):
                return n  # "Earlier this week, on Tuesday, ..." names the week's day too
    return None


_COORD = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whereas|before|then|and then)\s+(?=\S)",
                    re.IGNORECASE)
_DATE_START = re.compile(r"^(?:on|in|at|by|from|since|during|early|late|mid|the)?\s*$", re.IGNORECASE)


_RELATIVE_CLAUSE = re.compile(r",\s*(?:[a-z]+\s+)?(?:which|whom|whose|who|where)\b", re.IGNORECASE)


def _no_predicate(text: str, start: int, cut: int, dates: list[Any]) -> bool:
    """The words of text[start:cut] outside its dates are a few with no verb ("On 3 June 1978, aged 38")."""
    from keydates.time.tense import _is_verbish

    pieces, pos = [], start
    for d in sorted(dates, key=lambda d: d.start):
        if d.start >= pos:
            pieces.append(text[pos:d.start])
            pos = max(pos, d.end)
    pieces.append(text[pos:cut])
    words = re.findall(r"[A-Za-z]+", " ".join(pieces))
    return len(words) <= 2 and not any(_is_verbish(w) for w in words)


def split_coordinated(text: str, cl: Clause) -> list[Clause]:
    """Split a clause at a coordinating conjunction between two differently dated predicates:
    "Johnson became prime minister on 24 July 2019 | and won an election on 12 December".

    Only when each side has its own date, and the right side has words before its date (so
    "on May 1 and May 3" or "between 2003 and 2011" stay whole)."""
    ordered = sorted(cl.candidates, key=lambda m: m.start)
    if len(ordered) < 2:
        return [cl]
    out: list[Clause] = []
    start = cl.start
    current = [ordered[0]]
    for m in ordered[1:]:
        prev = current[-1]
        p = getattr(m, "partial", None)
        same = m.relative_to == "previous" and p is not None and p.offset == 0  # "the same year"
        state = m.value == "PRESENT_REF"  # "... and a second shift now works there"
        if (m.value, m.mod) == (prev.value, prev.mod) or m.start <= prev.end or same or state:
            current.append(m)
            continue
        gap = text[prev.end:m.start]
        cut = None
        for c in _COORD.finditer(gap + text[m.start:m.start + 1]):
            words_before_date = gap[c.end():]
            if _RELATIVE_CLAUSE.search(words_before_date):
                continue  # the date sits in a relative clause of the right side ("Thatcher and Zhao
                # sign the declaration, under which Hong Kong keeps its way of life after 1997")
            if not _DATE_START.match(words_before_date):
                cut = prev.end + c.start()
            elif m.relative_to == "previous" and not words_before_date.strip() \
                    and len(text[m.end:cl.end].split()) >= 2:
                # "The canal reopens on 3 July, and the next day a regatta is held": a step
                # counted from the first event, with its own predicate
                cut = prev.end + c.start()
            elif c.group(0).lstrip().startswith(",") and len(text[m.end:cl.end].split()) >= 3:
                # "On Tuesday, parliament approved the rescue, and on Wednesday the shares resumed
                # trading": after a comma, a dated predicate of its own
                cut = prev.end + c.start()
        if cut is not None and _no_predicate(text, start, cut, current):
            cut = None  # "On 3 June 1978, aged 38 and eleven years after his last TT, he won":
            # the left side is only a date and an aside, with no predicate of its own
        if cut is None:
            current.append(m)
            continue
        out.append(Clause(start, cut, candidates=current, rejected=[], soft=[]))
        while cut < m.start and text[cut] in " ,":
            cut += 1
        start = cut
        current = [m]
    if not out:
        return [cl]  # no cut: the clause keeps its candidates in their ranking
    out.append(Clause(start, cl.end, candidates=current, rejected=[], soft=cl.soft))
    out[0].rejected = cl.rejected
    rank = {id(m): i for i, m in enumerate(cl.candidates)}
    for part in out:
        part.candidates.sort(key=lambda m: rank[id(m)])
    return out
