"""Layout rules of the structure stage, loaded from the TOML data files next to this module."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")


@dataclass(frozen=True)
class LineRule:
    """A whole-line pattern (boilerplate or heading) with its examples."""

    name: str
    phenomenon: str
    pattern: re.Pattern[str]
    action: str = "drop"
    examples: tuple = ()
    counter_examples: tuple[str, ...] = ()
    max_words: int | None = None
    # also tried on a line's text after a leading date label ("18:05 – Share this post")
    after_label: bool = True

    def match(self, line: str) -> re.Match[str] | None:
        """Full match of the stripped line, within the word limit."""
        if self.max_words is not None and len(line.split()) > self.max_words:
            return None
        return self.pattern.fullmatch(line)


def _load(name: str) -> dict:
    return tomllib.loads((HERE / name).read_text("utf-8"))


def _line_rules(name: str) -> tuple[LineRule, ...]:
    out = []
    for r in _load(name)["rule"]:
        flags = re.IGNORECASE if r.get("ignore_case", name == "boilerplate.toml") else 0
        out.append(LineRule(
            name=r["name"], phenomenon=r["phenomenon"], pattern=re.compile(r["pattern"], flags),
            action=r.get("action", "heading"),
            examples=tuple(tuple(e) if isinstance(e, list) else e for e in r.get("examples", [])),
            counter_examples=tuple(r.get("counter_examples", [])),
            max_words=r.get("max_words"), after_label=r.get("after_label", True)))
    return tuple(out)


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[LineRule, ...]:
    """Page-furniture rules (boilerplate.toml)."""
    return _line_rules("boilerplate.toml")


@lru_cache(maxsize=1)
def heading_rules() -> tuple[LineRule, ...]:
    """Section-heading rules (headings.toml)."""
    return _line_rules("headings.toml")


@dataclass(frozen=True)
class Layouts:
    """Compiled layout vocabulary (layouts.toml)."""

    bullet: re.Pattern[str]
    cell_separator: re.Pattern[str]
    separator_row: re.Pattern[str]
    header_words: frozenset[str]
    date_words: frozenset[str]
    date_anchor: re.Pattern[str]
    label_separator: re.Pattern[str]
    max_label_chars: int
    lead_markers: re.Pattern[str]
    not_lead: re.Pattern[str]
    continuation: re.Pattern[str]
    same_time: re.Pattern[str]
    fiscal_year: re.Pattern[str]
    thematic: re.Pattern[str]
    commentary: re.Pattern[str]
    voice: re.Pattern[str]
    raw: dict


@lru_cache(maxsize=1)
def layouts() -> Layouts:
    """The layout vocabulary."""
    d = _load("layouts.toml")
    return Layouts(
        bullet=re.compile(d["bullets"]["pattern"]),
        cell_separator=re.compile(d["table"]["cell_separator"]),
        separator_row=re.compile(d["table"]["separator_row"]),
        header_words=frozenset(d["table"]["header_words"]),
        date_words=frozenset(d["date_label"]["words"]),
        date_anchor=re.compile(d["date_label"]["anchors"], re.IGNORECASE),
        label_separator=re.compile(d["date_label"]["label_separator"]),
        max_label_chars=int(d["date_label"]["max_label_chars"]),
        lead_markers=re.compile(d["lead"]["markers"], re.IGNORECASE),
        not_lead=re.compile(d["lead"]["not_lead"], re.IGNORECASE),
        continuation=re.compile(d["continuation"]["pattern"], re.IGNORECASE),
        same_time=re.compile(d["same_time"]["pattern"], re.IGNORECASE),
        fiscal_year=re.compile(d["fiscal_year"]["pattern"], re.IGNORECASE),
        thematic=re.compile(d["thematic"]["pattern"]),
        commentary=re.compile(d["commentary"]["pattern"]),
        voice=re.compile(d["voice"]["pattern"]),
        raw=d,
    )


_TOKEN = re.compile(r"[QqHh][1-4](?![\w])|[A-Za-z]+(?:\.[A-Za-z]+)*\.?|'\d\ds?|\d{1,2}\.\d{1,2}\.(?!\d)"
                    r"|\d{1,2}[:.]\d\d(?!\d)|\d+(?:st|nd|rd|th|s)?"
                    r"|[,/–—\-~?()]")
_ORDINAL_WORD = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                           r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth")
_DECOR = " \t-–—=~*_#:|•·.,[]"


def strip_emphasis(line: str) -> str:
    """A line without surrounding Markdown emphasis markers."""
    return _EMPHASIS.sub("", line.strip()).strip()


# a post's age on a live page, counted back from the writer's now ("1h ago", "Posted 12m ago"), as
# its stamp and as key-events boxes repeat it (the time rule is relative.toml's clock_ago)
AGO_STAMP = re.compile(r"(?:posted\s+)?(?:about\s+)?\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago\b", re.IGNORECASE)


# a status note after a date in a schedule: "Spring (planned)", "December (expected)", "2026 (TBC)"
STATUS_NOTE = re.compile(r"\s*\((?:planned|expected|provisional|proposed|scheduled|estimated|est\.?|tbc|tba|"
                         r"forecast|target|projected|approx\.?|to be confirmed)\)\s*$", re.IGNORECASE)


_DOTTED_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.")


def is_date_label(text: str) -> bool:
    """True when `text` is only a date: 'March 5, 1999', '-- DEC 26 --', 'c. 3500–3000',
    'c. AD 200', 'Spring (planned)'."""
    if _DOTTED_DAY.fullmatch(text.strip()):
        return True  # a day and month with dots, no year: "1.9.", "24.12." (the full stops end it)
    core = STATUS_NOTE.sub("", text.strip().strip(_DECOR)).strip()
    if not core or len(core) > 60:
        return False
    lay = layouts()
    tokens = _TOKEN.findall(core)
    if not tokens or len("".join(tokens)) < len(core.replace(" ", "")):
        return False  # characters outside the vocabulary (quotes, %, ':', letters glued to digits)
    anchored = False
    words = 0
    for i, tok in enumerate(tokens):
        if tok in ",/–—-~?()":
            continue
        words += 1
        low = tok.lower().rstrip(".")
        if low in ("c", "ca") and not (i + 1 < len(tokens) and (tokens[i + 1][:1].isdigit() or (
                tokens[i + 1].lower().rstrip(".") in ("ad", "a.d", "ce") and i + 2 < len(tokens)
                and tokens[i + 2][:1].isdigit()))):
            return False  # "c." abbreviates circa only before a number ("c. 200", "c. AD 200")
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.", tok):
            anchored = True  # a day and month with dots, no year: "1.9.", "24.12."
        elif re.fullmatch(r"q[1-4]|h[12]", low):
            anchored = True  # a quarter or half: "Q3", "H1 2021"
        elif re.fullmatch(r"\d{1,2}[:.]\d\d", low):
            anchored = True  # a clock time: "00:20 – ...", "21.15: ..."
        elif low in ("century", "centuries", "millennium") and i and _ORDINAL_WORD.fullmatch(tokens[i - 1].lower()):
            anchored = True  # "The twentieth century", "Twenty-first century"
        elif lay.date_anchor.match(low):
            if low.isdigit() and len(low) > 4:
                return False
            anchored = True
        elif low not in lay.date_words and not re.fullmatch(r"\d+(?:st|nd|rd|th|s)?", low):
            return False
    return anchored and words <= 9


def leading_label(text: str) -> int | None:
    """End offset (in `text`) of a leading date label: '1992: ...' -> 4; None without one."""
    lay = layouts()
    best: int | None = None
    for m in lay.label_separator.finditer(text, 0, lay.max_label_chars + 3):
        if m.start() == 0 or m.start() > lay.max_label_chars:
            continue
        if not text[m.end():].strip():
            break
        if is_date_label(text[:m.start()]):
            best = m.start()
    if best is None:
        # an update log's label: "**Update (Jan 5):** Overnight rain ...", "UPDATE, 9 March -"
        upd = _UPDATE_LABEL.match(text)
        if upd and is_date_label(upd.group("date")):
            best = upd.end("date")
    if best is None:
        # an emphasized label needs no separator, its closing marker ends it: "**17:40** The
        # agency lifts ...", "**March 3** The minister resigns", "_1992_ The firm is founded"
        emph = _EMPHASIS_LABEL.match(text)
        if emph and is_date_label(emph.group("label")):
            best = emph.end()
    if best is None:
        # a live post's clock time with no separator: "21:05 The first gusts reach the coast",
        # "9.05pm The wind drops" (a decimal like "9.05 million" has no clock suffix)
        clock = _BARE_CLOCK.match(text)
        if clock:
            best = clock.end("clock")
    return best


def space_label(text: str) -> int | None:
    """End offset of a date that opens `text` with only a space before the capitalised rest
    ("c. 3100 BC Upper and Lower Egypt ...", "2686-2181 The Old Kingdom"): the longest such
    prefix that is a date label with a number. The caller decides whether the list uses this
    layout (see structure `_space_labels`)."""
    if not text[:1].isdigit() and not re.match(r"(?i)c\.|ca\.|circa\b", text):
        return None
    best = None
    for m in _SPACE_BEFORE_CAPITAL.finditer(text, 0, 32):
        if best is not None:
            # the label goes on only through a capitalised date word ("c. 3100 BC Upper ..."),
            # never through the text's first word ("664 The 26th Dynasty ...")
            word = text[best + 1:m.start()].split()[0].lower().rstrip(".,") if text[best + 1:m.start()].split() else ""
            if word not in layouts().date_words or word in _OPEN_WORDS:
                break
        prefix = text[:m.start()]
        last = prefix.rsplit(None, 1)[-1].lower().rstrip(".")
        if re.search(r"\d", prefix) and last not in _OPEN_WORDS and is_date_label(prefix):
            best = m.start()
    return best


_SPACE_BEFORE_CAPITAL = re.compile(r" (?=[A-Z\"“‘(])")
# words a date label cannot end with: "525 The Persian king" is labelled "525"
_OPEN_WORDS = frozenset("the of and to in on or from until through till since about around c ca circa "
                        "early mid late end beginning start middle".split())
_UPDATE_LABEL = re.compile(r"[*_]*(?:update[ds]?|updated|latest|breaking|correction|(?:original|first|new) post)\s*[(\[,]?\s*"
                           r"(?P<date>[^()\[\]:*]{3,30}?)\s*[)\]]?[*_]*\s*(?::|[-–—]\s)", re.IGNORECASE)
_EMPHASIS_LABEL = re.compile(r"(?P<mark>\*\*|__|\*|_)(?P<label>[^*_\n]{1,60}?)(?P=mark)(?=\s*[:.,;–—-]?\s+\S)")
_BARE_CLOCK = re.compile(r"(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:(?i:[ap]\.?m\.?)|[A-Z]{2,4}\b))?"
                         r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:(?i:[ap]\.?m\.?)|[A-Z]{2,4}\b))(?=\s+[A-Z\"“‘'])")


_TRAILING = re.compile(r"\((?P<label>[^()]{2,40})\)[\s.;]*$")


# the years of a person's life after the name ("designed by the architect June Hale (1921-2004).")
_LIFESPAN = re.compile(r"(?<![\w'’.-])(?!(?:War|Wars|Revolution|Crisis|Era|Period|Dynasty|Reign|Empire|Republic|Age|"
                       r"Years|Games|Olympics|Cup|Expedition|Campaign|Rebellion|Uprising|Siege|Occupation|"
                       r"Mandate|Depression|Plague|Famine|Project|Programme|Program|Mission|Regime|"
                       r"Administration|Government|Presidency|Movement|Season|Festival)\b)[A-Z][\w'’.-]+\s*$")
_YEARS = re.compile(r"\s*(?:(?:b\.|born|d\.|died)\s*\d{4}|\d{3,4}\s*[-–]\s*\d{2,4})\s*")


# "Marathon, September 490: ...", "Thermopylae and Artemisium, August or September 480: ...": the
# name of the event, then its date as the label
# (not a dateline: "LONDON, Oct 4 - ..." names its city in capitals)
_NAMED_LABEL = re.compile(r"(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+(?:and|of|the|de|von|del|la|el)?\s*[A-Z][a-z][\w'’.-]*){0,4}),"
                          r"\s+(?P<date>[^:;,–—]{1,40}?)\s*(?::\s|\s[–—-]\s)")


def named_label(text: str) -> tuple[int, int] | None:
    """Span of the date in a label led by the name of its event ('Marathon, September 490: The
    Athenians rout ...'), or None."""
    m = _NAMED_LABEL.match(text)
    if m and is_date_label(m.group("date")) and any(ch.isdigit() for ch in m.group("date")) \
            and not re.search(r"\b(?:years?|months?|weeks?|days?|ago|on|later|earlier)\b", m.group("date"), re.I):
        return m.start("date"), m.end("date")  # (not "Rwanda, 30 years on: how ...")
    return None


def trailing_label(text: str) -> tuple[int, int] | None:
    """Span (in `text`) of a trailing date in parentheses: '... (Feb. 3)'; not a lifespan after
    a name ('... the architect June Hale (1921-2004).'), nor an issue number ('(#401)')."""
    m = _TRAILING.search(text)
    if m and m.group("label").lstrip().startswith(("#", "№")):
        return None  # an issue or item number: "... after every table (#401)."
    if m and is_date_label(m.group("label")):
        if _YEARS.fullmatch(m.group("label")) and _LIFESPAN.search(text[:m.start()]):
            return None
        return m.start("label"), m.end("label")
    return None


_MONTH3 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def fiscal_start_month(text: str) -> int | None:
    """First calendar month of the fiscal year the text states, or None (layouts.toml)."""
    m = layouts().fiscal_year.search(text)
    if m is None:
        return None
    if m.group("end"):
        return _MONTH3.index(m.group("end").lower()) % 12 + 2 if m.group("end").lower() != "dec" else 1
    word = (m.group("start") or m.group("start2")).lower()
    return _MONTH3.index(word) + 1
