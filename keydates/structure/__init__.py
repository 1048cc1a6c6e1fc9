"""Structure of a chronology: title, lead, section headings, entries; page furniture removed.

`segment(text, title=None)` works on `Document.text` and returns blocks with offsets into it.
Layouts handled: paragraphs separated by blank lines, bullets ("•", "::", "-", "1."), one entry
per line ("March 5, 1999 - ...", "1992: ...", "... (Feb. 3)"), flattened tables (cells split by
"|" or tabs, or a date cell on its own line then the description), hard-wrapped paragraphs.
Headings: Markdown "#", dash-framed "– Jihadists –", bold lines, "Label:" lines, upper-case
headlines, setext underlines, short title-like lines, and date-only lines (a date heading).
The rules are data (boilerplate.toml, headings.toml, layouts.toml), each with examples.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from keydates.structure.rules import (
    AGO_STAMP, boilerplate_rules, heading_rules, is_date_label, layouts, leading_label, named_label, space_label,
    strip_emphasis, trailing_label,
)

__all__ = ["Block", "Structure", "segment", "is_date_label"]

BlockKind = Literal["title", "lead", "heading", "entry", "furniture"]
# a line that ends a sentence; a closing quote ends one only after sentence punctuation (a
# headline ending on a quoted phrase, 'West coast line shut "until further notice"', goes on)
_TERMINAL = re.compile(r"(?:[.!?…:;)\]]|[.!?…,;:][\"'”’])\s*$")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")


@dataclass(slots=True)
class Block:
    """A piece of the text with its role; offsets into the document text."""

    kind: BlockKind
    start: int
    end: int
    text: str
    layout: str = "paragraph"  # paragraph | bullet | line | table | heading rule name | ...
    section: str | None = None  # label of the heading the block sits under
    heading_index: int | None = None  # index into Structure.headings
    date_heading: bool = False  # a heading (or table date cell) that is only a date
    label: tuple[int, int] | None = None  # span of a leading/trailing date label (doc offsets)
    rule: str = ""  # why it is furniture / a heading


@dataclass(slots=True)
class Structure:
    """The parts of a chronology, in text order."""

    title: Block | None = None
    lead: Block | None = None
    headings: list[Block] = field(default_factory=list)
    entries: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        """Every block in text order."""
        out = [b for b in (self.title, self.lead) if b is not None]
        out += self.headings + self.entries + self.furniture
        return sorted(out, key=lambda b: b.start)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str  # raw line (without newline)
    edit: bool = False  # a wiki section heading's "[edit]" link closed the line

    @property
    def stripped(self) -> str:
        return self.text.strip()


# a wiki section heading's edit link, left on the line by copy or text extraction: "1998[edit]"
# (Markdown from an HTML page escapes its brackets: "## Events \\[edit\\]")
_EDIT_LINK = re.compile(r"\s*\\?\[\s*edit(?: source)?\s*\\?\]\s*$", re.IGNORECASE)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        edit = _EDIT_LINK.search(raw)
        if edit and raw[:edit.start()].strip():
            raw_line = raw[:edit.start()]  # "1998[edit]" is the heading "1998"
        else:
            raw_line = raw
        out.append(_Line(pos, pos + len(raw_line), raw_line, edit=raw_line is not raw))
        pos += len(raw) + 1
    return out


def furniture_rule(line: str) -> tuple[str, str] | None:
    """(rule name, action) when the line is page furniture."""
    # a Markdown blockquote box ("> **Have a tip?** ...") or heading ("### Related Topics")
    raw = re.sub(r"^(?:>\s*)+|^#{1,6}\s+", "", line.strip())
    if re.fullmatch(r"\|[^|]+\|", raw):
        raw = raw.strip("| ")  # a one-cell table row ("| Contents |")
    core = strip_emphasis(raw) or raw  # "___" is a rule, not emphasis
    if not core:
        return None
    blen = _bullet_len(core)
    unbulleted = core[blen:].strip() if blen else core  # ":: Share on Twitter :: ..."
    # a live post's label does not make furniture an event: "**08:00** Good morning and welcome
    # to our live coverage ...", "18:05 – Share this post"
    post = raw[_bullet_len(raw):].strip()
    lab = leading_label(post)
    unlabelled = post[lab:].strip(" \t*_:–—-|.") if lab is not None else ""
    inline = re.sub(r"^(\*\*|__)([^*_]{1,30}:)\1", r"\2", raw)  # "**Share:** Facebook · X · Email"
    # bold words inside a line of fields ("**Riverside Post** | Transport | Thursday 12 June 2025")
    plain = strip_emphasis(re.sub(r"(\*\*|__)([^*_]{1,60}?)\1", r"\2", raw))
    for rule in boilerplate_rules():
        if rule.match(core) or (core != raw and rule.match(raw)) or (inline != raw and rule.match(inline)) \
                or (unbulleted != core and unbulleted and rule.match(unbulleted)) \
                or (plain != core and ("|" in plain or " · " in plain) and rule.match(plain)):
            return rule.name, rule.action
        if unlabelled and rule.after_label and rule.match(unlabelled):
            # a dated stamp with a comment count ("29 December 2023 | 14 comments") is the
            # page's stamp line, not the start of its comment form
            return rule.name, "drop" if rule.action in ("cut", "block", "summary") else rule.action
    parts = [p.strip() for p in _PARTS.split(core) if p.strip()]
    if len(parts) > 1:  # "By our desk | Published 09/11/2021": every part is furniture
        found = [furniture_rule(p) for p in parts]
        if all(found):
            return found[0]
        # a byline or page stamp with short companions: "By Tomas Reyes | Obituaries | August
        # 14, 2023", "Election Day, Tuesday, Nov. 7, 2023 · Last updated 1:12 a.m. ET"
        stamp = next((f for f in found if f is not None and f[0] in ("page_metadata", "byline")),
                     None)
        if stamp is not None and all(f is not None or len(p.split()) <= 6
                                     for f, p in zip(found, parts)):
            return stamp
    return None


# words that name a chronology in its title or subtitle
_SUBTITLE = re.compile(r"\b(?:(?:the )?year in review|\d{4} in review|review of the year|key (?:dates|events|moments)|"
                       r"timeline|chronology|what happened when|a look back|at a glance|"
                       r"(?:month|year|day|week) by (?:month|year|day|week))\b", re.IGNORECASE)
_KEY_VALUE = re.compile(r"[A-Z][\w .'’/-]{1,28}:\s+\S")
# text pasted from a PDF: a page number alone at the right margin, and a running header set in
# two columns ("Wendle Valley Flood Review          Final Report") repeated on every page
_PAGE_NUMBER = re.compile(r"[ \t]{8,}(?:page\s+)?\d{1,4}[ \t]*", re.IGNORECASE)
_COLUMNS = re.compile(r"\S[ \t]{6,}\S")
_FULL_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b")
_CLOCK_IN_LINE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|[A-Z]{2,4}\b)|\b(?:[01]\d|2[0-3]):[0-5]\d\b",
                            re.IGNORECASE)
_PARTS = re.compile(r"\s+[|·•]\s+")
# a numbered section name in a table of contents: "1 Background", "2.1 The war years"
_TOC_ITEM = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z0-9][^.!?;:]{0,70}")


def heading_rule(line: str) -> tuple[str, str] | None:
    """(rule name, label) when the line is a section heading."""
    s = line.strip()
    for rule in heading_rules():
        m = rule.match(s)
        if m:
            label = strip_emphasis(m.group("label")).strip()
            if rule.name == "dash_enclosed" and not _balanced_frame(s):
                continue
            if rule.name == "colon_heading" and leading_label(s + " x") is None \
                    and len(label.split()) > 8:
                continue
            if label:
                return rule.name, label
    return None


def _balanced_frame(s: str) -> bool:
    """A dash-framed heading has decoration on both ends: '– X –', not '- X'."""
    return s[0] in "-–—=~•" and s[-1] in "-–—=~•"


_YEAR_CELL = re.compile(r"\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?")


# a line of back matter: a citation, a link, a footnote mark ("^ ", "[1]", "1. Smith, J. (2004).")
_CITATION = re.compile(r"^\s*(?:\^|↑|\[\d+\]|\d+\.\s)|https?://|www\.|\bretrieved\b|\bISBN\b|\bdoi\b|\bpp?\.\s*\d"
                       r"|\barchived\b|\(PDF\)|\]\(", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")


def _notes_that_tell(following: list[_Line]) -> bool:
    """The lines under a 'Notes' style heading tell dated events ("- In March 2020 the campus
    closed for five months"), not citations or links: the heading opens a section of the page."""
    content = [ln.stripped for ln in following if ln.stripped][:6]
    if len(content) < 2 or any(_CITATION.search(c) for c in content):
        return False
    telling = [c for c in content if len(c.split()) >= 8 and _YEAR_IN.search(c)]
    return len(telling) >= 2 and len(telling) * 2 >= len(content)


def _is_table_row(s: str) -> bool:
    if "\t" in s.strip():
        return True
    return s.startswith("|") and s.count("|") >= 2


def _table_cells(s: str) -> list[str]:
    return [c for c in layouts().cell_separator.split(s.strip().strip("|")) if c.strip()]


def _is_table_furniture(s: str) -> bool:
    lay = layouts()
    if lay.separator_row.fullmatch(s.strip()):
        return True
    # a header cell may name its unit or zone: "Date (UTC)", "Year (AD)"
    cells = [re.sub(r"\s*\([^()]*\)", "", c).strip().lower().strip("*") for c in _table_cells(s)]
    if bool(cells) and all(c in lay.header_words for c in cells):
        return True
    # a header row led by a date column whose other columns name the table's own fields
    # ("| Date | Decision | Rate after decision |"): short labels, no number, no sentence
    return len(cells) >= 2 and cells[0] in _DATE_COLUMNS and not re.search(r"\d", s) \
        and all(c and len(c.split()) <= 4 and not re.search(r"[.!?;]", c) for c in cells)


# a post's stamp counted back from the writer's now, as key-events boxes repeat it ("2h ago")
# a key-events line: a post's clock and its headline, no sentence ("15:42  Missing fishermen found alive")
_STAMPED_HEADLINE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s+[A-Z][^.!?]{2,100}")
_DATE_COLUMNS = frozenset(["date", "dates", "year", "years", "when", "day", "time", "period", "season"])


def _bullet_len(s: str) -> int:
    m = layouts().bullet.match(s)
    return m.end() if m else 0


_NUMBERED = re.compile(r"(?:^|\n)\s*\d{1,2}[.)]\s")
_QUESTION_HEADING = re.compile(r"[A-Z][^.!?:;]{2,80}\?")


def _title_like(s: str, max_words: int = 10) -> bool:
    """A short line without sentence punctuation (a heading or a title)."""
    words = s.split()
    return 0 < len(words) <= max_words and not re.search(r"[.!?;,]$", s) and (s[0].isupper() or s[0].isdigit())


def _front_matter_end(lines: list[_Line]) -> int:
    """How many lines the YAML front matter of a Markdown post takes ("---", "title: ...",
    "date: 2016-10-04", "---"): 0 without one."""
    if not lines or lines[0].stripped != "---":
        return 0
    for n, ln in enumerate(lines[1:40], start=1):
        if ln.stripped in ("---", "..."):
            return n + 1
        if ln.stripped and not re.match(r"[A-Za-z][\w-]*\s*:|-\s|\s", ln.text):
            return 0  # not "key: value" lines: a rule, not front matter
    return 0


def segment(text: str, title: str | None = None) -> Structure:
    """Split `text` into title, lead, headings, entries and furniture."""
    st = Structure()
    lines = _lines(text)
    # 1. page furniture, line by line; a comment form cuts the rest of the page
    kinds: list[str] = []  # "" (content), "blank", "furniture"
    cut = False
    toc = False  # inside a table of contents: numbered section names are furniture
    content_seen = 0
    # inside a block under a "Related" heading (links) or a "Summary" heading (restated
    # headlines), up to a blank line: "block" / "summary"; a summary's dated line ends it
    block = ""
    block_started = False  # the links block has a line under its heading (a Markdown heading
    # is followed by a blank line, then its list: the block runs to the blank line after it)
    running = Counter(ln.stripped for ln in lines if ln.stripped)
    last_line = ""  # the last non-blank line
    front = _front_matter_end(lines)
    for n, ln in enumerate(lines):
        s = ln.stripped
        if n < front:
            kinds.append("furniture")  # a Markdown file's YAML front matter ("---/title: .../---")
            if s:
                st.furniture.append(Block("furniture", ln.start, ln.end, ln.text, rule="front_matter"))
            continue
        if s:
            last_line = s
        if not s:
            kinds.append("blank")
            if block_started or (block == "summary" and not last_line.startswith("#")):
                # (a Markdown heading's box starts after the blank line under it)
                block = ""
            continue
        if block == "summary":
            item = s[_bullet_len(s):].strip()
            if leading_label(item) is not None and not AGO_STAMP.match(item) \
                    and not _STAMPED_HEADLINE.fullmatch(item):
                block = ""
        if block and not block_started and re.match(r"#{1,6}\s", s):
            block = ""  # a Markdown heading after a box line that listed its links inline ("> **Most read:** ...")
        if block:
            block_started = True
            kinds.append("furniture")
            rule = "related_links_block" if block == "block" else "summary_box"
            st.furniture.append(Block("furniture", ln.start, ln.end, ln.text, rule=rule))
            continue
        cell = s.strip("| \t") if _is_table_row(s) else s  # "| 1 Prior to the 16th century |"
        if toc and _bullet_len(s) and not _TOC_ITEM.fullmatch(cell):
            cell = s[_bullet_len(s):].strip()  # "- 1 Prior to the 14th century" (not "1. Before 1800")
        if toc and (_TOC_ITEM.fullmatch(cell) and len(cell.split()) <= 9 or not cell.strip("-: ")):
            kinds.append("furniture")
            st.furniture.append(Block("furniture", ln.start, ln.end, ln.text, rule="table_of_contents"))
            continue
        toc = False
        if cut:
            kinds.append("furniture")
            st.furniture.append(Block("furniture", ln.start, ln.end, ln.text, rule="after_comment_form"))
            continue
        fr = furniture_rule(s)
        if fr is None and _PAGE_NUMBER.fullmatch(ln.text):
            fr = ("page_number", "drop")  # a PDF's page number pushed to the right margin
        elif fr is None and _COLUMNS.search(s) and running.get(s, 0) >= 2 and len(s) <= 120:
            fr = ("running_header", "drop")  # "Flood Review          Final Report" on every page
        if fr is None and ((_is_table_row(s) and _is_table_furniture(s))
                           or strip_emphasis(s).strip(" :").lower() in layouts().header_words):
            fr = ("table_header", "drop")  # "| Date | Event |", "|---|---|", or a lone "Date" cell
        if fr is None and n + 1 < len(lines) and _is_table_row(s) and not re.search(r"\d", s) \
                and layouts().separator_row.fullmatch(lines[n + 1].text.strip()):
            fr = ("table_header", "drop")  # the row over a Markdown separator names columns: "| Age | Cases |"
        if fr is not None and fr[0] == "page_tail_heading" and re.fullmatch(r"[=#\s*]*notes[=#\s*:]*", s, re.I) \
                and _notes_that_tell(lines[n + 1:n + 12]):
            fr = ("section_notes", "drop")  # "## Notes" over dated bullets: a section, not back matter
        if fr is not None and fr[0] == "press_release_boilerplate" and re.fullmatch(r"[=#\s*]*notes? to editors[=#\s*:]*", s, re.I) \
                and _notes_that_tell(lines[n + 1:n + 12]):
            fr = ("press_release_notes", "drop")  # "NOTES TO EDITORS / Milestones: * 1871: ...": a dated list
        # a tail marker right under the title ("Tags: ...", "14 Comments" beside the byline) does
        # not start the page's tail: only one after the article's first lines does
        if fr is not None and not (fr[1] == "cut" and content_seen <= 1):
            kinds.append("furniture")
            st.furniture.append(Block("furniture", ln.start, ln.end, ln.text, rule=fr[0]))
            cut = cut or fr[1] == "cut"
            toc = fr[1] == "toc"
            block = fr[1] if fr[1] in ("block", "summary") else ""
            block_started = False
            continue
        kinds.append("")
        content_seen += 1
    # 2. blocks of consecutive content lines
    groups: list[list[_Line]] = []
    cur: list[_Line] = []
    for ln, k in zip(lines, kinds):
        if k == "":
            cur.append(ln)
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    items: list[Block] = []
    for g in groups:
        items.extend(_split_group(g))
    if groups and 2 <= len(groups[0]) <= 3 and all(_title_like(ln.stripped, 16) for ln in groups[0]) \
            and not any(b.label is not None or b.kind == "heading" for b in items[:1]):
        # a page that opens with stacked title lines ("Report of the review: the flood, 11-13
        # March 2022" over "Summary of events"): a title and its subtitles, not a paragraph
        n = len(_split_group(groups[0]))
        items[:n] = [Block("heading", ln.start, ln.end, ln.stripped, layout="short_line")
                     for ln in groups[0]]
    _space_labels(items)
    # a dated subheading of a long read ("1974: The last trawler" over its paragraphs): a short
    # labelled line standing alone, followed by an unlabelled prose paragraph
    for i, b in enumerate(items[:-1]):
        nxt = items[i + 1]
        if b.kind == "entry" and b.label is not None and "\n" not in b.text \
                and nxt.kind == "entry" and nxt.label is None and nxt.layout == "paragraph" \
                and len(nxt.text.split()) >= 10 and "\n\n" in text[b.end:nxt.start]:
            rest = text[b.label[1]:b.end].strip(" :–—-|*_")
            if 0 < len(rest.split()) <= 6 and not rest.endswith((".", "!", "?")) \
                    and not _SUBTITLE.search(b.text):
                b.kind, b.layout, b.date_heading = "heading", "short_line", True
    # a numbered subheading of a long read ("2. Marius and Sulla" over its paragraphs): a short
    # numbered line standing alone, without sentence punctuation, followed by prose
    for i, b in enumerate(items[:-1]):
        nxt = items[i + 1]
        if b.kind == "entry" and b.layout == "bullet" and b.label is None and "\n" not in b.text \
                and _NUMBERED.match(text[b.start - 4:b.start] + b.text if b.start >= 4 else b.text) \
                and nxt.kind == "entry" and nxt.layout == "paragraph" and len(nxt.text.split()) >= 10 \
                and "\n\n" in text[b.end:nxt.start] and "\n\n" in text[max(0, b.start - 6):b.start + 1] \
                and _title_like(b.text.strip(), 10):
            b.kind, b.layout = "heading", "numbered_heading"
    # 3. title and lead
    idx = 0
    notice = next((k for k in (1, 2) if k < len(items) and items[k].kind == "heading"
                   and _names_title(items[k].text, title)
                   and all(b.kind == "entry" and b.label is None and len(b.text.split()) <= 30
                           for b in items[:k])), None)
    if notice is not None:
        # a site notice above the page's own title ("Openpedia is written by volunteers. Donate
        # today." / "# Timeline of ..."): the page's, not the article's
        for b in items[:notice]:
            st.furniture.append(Block("furniture", b.start, b.end, b.text, rule="above_title"))
        del items[:notice]
    if items and items[0].kind in ("entry", "heading") and _is_title(items[0], title, items):
        b = items[0]
        st.title = Block("title", b.start, b.end, strip_emphasis(b.text.lstrip("# ")), layout="title")
        idx = 1
    # a subtitle naming the chronology ("2019: The year in review", "Key dates") is not an entry
    if idx < len(items) and items[idx].kind == "entry" and _SUBTITLE.search(items[idx].text) \
            and len(items[idx].text.split()) <= 16 and "\n" not in items[idx].text.strip() \
            and not items[idx].text.rstrip().endswith("."):
        items[idx].kind, items[idx].layout, items[idx].label = "heading", "short_line", None
    # the article's time stamp under the title ("March 28, 2023 at 5:00 AM EDT"): a date line
    # with a clock time before any entry is when the page was published, not a section
    for k in range(idx, min(idx + 4, len(items))):
        if items[k].kind != "heading":
            continue
        if any(f.end <= items[k].start and _FULL_DATE.search(f.text) for f in st.furniture) \
                and any(items[j].kind == "entry" for j in range(idx, k)):
            break  # the byline dated the page: after the standfirst a dated line with its clock
            # heads the story's first hour ("Saturday 26 April 1986, 01:23")
        if re.search(r"\b\d{4}\b", items[k].text) \
                and _CLOCK_IN_LINE.search(items[k].text) and len(items[k].text.split()) <= 12:
            b = items.pop(k)
            st.furniture.append(Block("furniture", b.start, b.end, b.text, rule="publication_stamp"))
            break
        if items[k].date_heading and re.search(r"\b\d{4}\b", items[k].text):
            byline_above = any(f.rule == "byline" and items[k].start - f.end == 1 for f in st.furniture)
            if _FULL_DATE.search(items[k].text) and (byline_above or (
                    k + 1 < len(items) and items[k + 1].kind == "heading" and items[k + 1].date_heading)):
                # the page's date on the line under the byline ("By Hannah Okafor / Thursday 20
                # November 2025"), or right above the first dated section heading ("2 October
                # 2025" / "14 August 2025, 16:40"): a stamp, not a section
                b = items.pop(k)
                st.furniture.append(Block("furniture", b.start, b.end, b.text, rule="publication_stamp"))
            break  # the page's date came first: a later clock line heads a section
    # the lead may sit below a subtitle or reference line ("Case No. 21-0042", "A profile")
    j = idx
    while j < min(idx + 3, len(items)) and items[j].kind == "heading" \
            and items[j].layout in ("short_line", "upper_case_headline") and not items[j].date_heading \
            and not is_date_label(strip_emphasis(items[j].text).strip(" #:")):
        j += 1
    if j < len(items) and items[j].kind == "entry" and _is_lead(items, j):
        b = items.pop(j)
        st.lead = Block("lead", b.start, b.end, b.text, layout="lead")
    # 4. sections
    section: str | None = None
    hindex: int | None = None
    after_date_cell = False
    for b in items[idx:]:
        if b.kind == "heading":
            # a short title-like line right after a date cell is the cell's description
            if b.layout == "short_line" and after_date_cell and not b.text.rstrip().endswith("?") \
                    and b.label is None:  # ("23:40 - Engineers roll back" heads a post of that day)
                b.kind = "entry"
                b.layout = "table"
            else:
                st.headings.append(b)
                section = b.text
                hindex = len(st.headings) - 1
                after_date_cell = b.date_heading
                continue
        after_date_cell = False
        b.section, b.heading_index = section, hindex
        st.entries.append(b)
    st.entries = _headlines_into_posts(text, st)
    return st


def _headlines_into_posts(text: str, st: Structure) -> list[Block]:
    """A live post's headline on its own line under the post's clock, then the post's paragraph
    after a blank line ("16:12 / Power restored to 23,000 homes / (blank) / Western Power says
    ..."): one post, not a headline entry and a body entry."""
    out: list[Block] = []
    entries = st.entries
    i = 0
    while i < len(entries):
        e = entries[i]
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        h = st.headings[e.heading_index] if e.heading_index is not None else None
        if nxt is not None and h is not None and h.layout == "date_cell" and e.layout == "line" \
                and not text[h.end:e.start].strip() and not text[e.end:nxt.start].strip() \
                and nxt.layout == "paragraph" and nxt.heading_index == e.heading_index \
                and len(e.text.split()) <= 12 and e.text[:1].isupper() and not _TERMINAL.search(e.text):
            out.append(replace(nxt, start=e.start, text=text[e.start:nxt.end]))
            i += 2
            continue
        out.append(e)
        i += 1
    return out


def _names_title(text: str, title: str | None) -> bool:
    """`text` is the page's title, also when the page title adds its site ("... - Openpedia")."""
    if not title:
        return False
    s, t = strip_emphasis(text.strip().lstrip("# ")).strip().lower(), title.strip().lower()
    return bool(s) and (s == t or (t.startswith(s) and re.fullmatch(r"\s*[-|–—:·]\s*.{1,60}", t[len(s):]) is not None))


def _is_title(b: Block, title: str | None, items: list[Block]) -> bool:
    s = b.text.strip()
    if title and strip_emphasis(s.lstrip("# ")).lower() == title.strip().lower():
        return True
    if b.kind == "heading":
        return not b.date_heading and len(items) > 1
    if b.label is not None or len(s.split()) > 25 or "\n" in s:
        return False
    return not re.search(r"[.;,]$", s) and len(items) > 1


def _is_lead(items: list[Block], idx: int) -> bool:
    b = items[idx]
    if b.label is not None or b.layout in ("bullet", "table"):
        return False
    s = b.text.strip()
    if layouts().not_lead.match(s):
        return False
    if s.endswith(":"):
        return True
    if layouts().lead_markers.search(s):
        return True
    nxt = items[idx + 1] if idx + 1 < len(items) else None
    if nxt is not None and nxt.kind == "heading" and (not nxt.date_heading or nxt.layout == "short_line"):
        return True  # a paragraph over the first (dated) subheading introduces the article
    # a plain paragraph followed by a list in another layout (labelled lines, bullets, table
    # rows, date cells) introduces that list
    following = items[idx + 1: idx + 9]
    listed = sum(1 for i, b in enumerate(following)
                 if b.label is not None or b.layout in ("bullet", "table") or b.date_heading
                 or i > 0 and following[i - 1].layout == "date_cell")
    return len(following) >= 2 and listed >= 0.6 * len(following)


def _classify(ln: _Line) -> tuple[str, int, str]:
    """(kind, content offset within the line, heading label) of one line."""
    raw = ln.text
    s = raw.strip()
    lead_ws = len(raw) - len(raw.lstrip())
    if is_date_label(strip_emphasis(s)) and not _is_table_row(s):
        return "date_heading", lead_ws, strip_emphasis(s).strip(" -–—=~*#:|").strip()
    h = heading_rule(s)
    if h is not None and not (h[0] == "colon_heading" and _bullet_len(s)):
        return "heading:" + h[0], lead_ws, h[1]
    if ln.edit and len(s.split()) <= 12 and not _TERMINAL.search(s):
        return "heading:wiki_section", lead_ws, strip_emphasis(s).strip(" #=")  # "Late Period[edit]"
    if _is_table_row(s):
        cells = [c.strip() for c in _table_cells(s)]
        filled = [c for c in cells if c]
        if s.count("|") >= 3 and len(filled) == 1 and cells[0] and is_date_label(strip_emphasis(cells[0])):
            # a row holding only a year ("| 2023 | |", an HTML <th colspan="2">2023</th>) heads
            # the rows below it
            return "date_heading", lead_ws, strip_emphasis(cells[0]).strip(" -–—=~*#:|").strip()
        return "table", lead_ws, ""
    blen = _bullet_len(s)
    if blen:
        hb = heading_rule(s[blen:].strip())
        if hb is not None and hb[0] == "bold_line":
            # a bullet that is only a bold caption over its sub-list ("- **Research firsts**" /
            # "  - In the 1920s, ..."): a heading of the notes under it
            return "heading:bullet_caption", lead_ws + blen, hb[1]
        return "bullet", lead_ws + blen, ""
    if leading_label(s) is not None:
        return "line", lead_ws, ""
    return "text", lead_ws, ""


def _split_group(group: list[_Line]) -> list[Block]:
    """Split a blank-line-separated group of lines into headings and entries."""
    classes = [_classify(ln) for ln in group]
    # lines that each open with a date and one space ("c. 2560 The Great Pyramid ...", "664 The
    # 26th Dynasty ...") are the lines of a list, not a paragraph wrapped by hand
    spaced = [i for i, (ln, c) in enumerate(zip(group, classes))
              if c[0] == "text" and space_label(ln.stripped) is not None]
    lined = sum(1 for c in classes if c[0] == "line")
    if (len(spaced) >= 3 and len(spaced) >= 0.6 * len(group)) or (
            spaced and lined >= 3 and len(spaced) + lined >= 0.8 * len(group)
            and all(re.search(r"\d{2}", group[i].stripped[:space_label(group[i].stripped) or 0]) for i in spaced)):
        # (also one such line among column labels: "196    The decree is issued" / "c. 670
        # Assyrian armies invade", where the wider date filled its column up to one space)
        for i in spaced:
            classes[i] = ("line", classes[i][1], "")
    # setext heading: a line underlined by === or ---
    if len(group) == 2 and _SETEXT.match(group[1].stripped) and classes[0][0] == "text":
        ln = group[0]
        return [Block("heading", ln.start, ln.end, ln.stripped, layout="setext")]
    texts = [c for c in classes if c[0] == "text"]
    hard_wrapped = _hard_wrapped([ln for ln, c in zip(group, classes) if c[0] == "text"])
    out: list[Block] = []
    cur: list[int] = []  # [start, end, content_start] of the item being built
    cur_layout = "paragraph"
    cur_indent = 0

    def flush() -> None:
        if cur:
            s, e, cs = cur
            out.append(_entry(group[0], s, e, cs, cur_layout, group))
            cur.clear()

    # a fact box: short "Key: value" lines ("Birth date: July 18, 1918", "Religion: Methodist"),
    # one item per line
    facts = [ln for ln, c in zip(group, classes) if c[0] == "text" and _KEY_VALUE.match(ln.stripped)]
    fact_box = len(facts) >= 3 and len(facts) >= 0.6 * len(texts)
    # a table of figures ("Length | 57.1 km", "Cost | CHF 12.2 billion"): no cell of any row is
    # a date, so its rows are facts, not the rows of a chronology
    rows = [ln.stripped for ln, c in zip(group, classes) if c[0] == "table"]
    fact_table = len(rows) >= 2 and not any(is_date_label(cell) and not cell.strip().isdigit()
                                            or re.fullmatch(r"\s*\d{3,4}\s*", cell)
                                            for r in rows for cell in _table_cells(r))
    # a table of counts ("| 50–69 | 15 |", "| Under 50 | 4 |"): no row describes anything in
    # words after its first cell, so its numbers are not dates
    fact_table = fact_table or (len(rows) >= 2 and all(
        len(cells := _table_cells(r)) >= 2 and not any(re.search(r"[A-Za-z]{3}", c) for c in cells[1:]) for r in rows))
    # an infobox ("| Founded | 1843 |", "| Venue | River Mere |"): two cells a row, a short word
    # label then its value, and no row led by a date
    fact_table = fact_table or (len(rows) >= 2 and all(
        len(cells := [c.strip() for c in _table_cells(r)]) == 2 and not is_date_label(cells[0])
        and re.fullmatch(r"[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,2}", cells[0]) is not None for r in rows))
    for i, (ln, (kind, off, label)) in enumerate(zip(group, classes)):
        if kind == "text" and i == 0 and len(group) > 1 and len(ln.stripped.split()) <= 4 \
                and not _TERMINAL.search(ln.text) and ln.stripped[:1].isupper() \
                and not ln.stripped.endswith(",") and (
                    classes[1][0] in ("line", "bullet", "table") or _KEY_VALUE.match(group[1].stripped)
                    or _TERMINAL.search(group[1].text)):
            # a short caption line over a list ("Timeline", "Key events") heads it
            out.append(Block("heading", ln.start + off, ln.end, ln.stripped, layout="short_line"))
            continue
        if kind == "text" and i == 0 and len(group) > 1 and ln.stripped.endswith("?") \
                and len(ln.stripped.split()) <= 10 and ln.stripped[:1].isupper() and classes[1][0] == "text":
            # an explainer's question line over its answer ("How did we get here?" / "The
            # dispute goes back ...") heads it
            out.append(Block("heading", ln.start + off, ln.end, ln.stripped, layout="question"))
            continue
        if kind == "date_heading" or kind.startswith("heading:"):
            flush()
            layout = "date" if kind == "date_heading" else kind.split(":", 1)[1]
            if kind == "date_heading" and i + 1 < len(group) \
                    and classes[i + 1][0] in ("text", "bullet"):
                layout = "date_cell"  # a table's date cell on its own line, then its row
            out.append(Block("heading", ln.start + off, ln.end, label, layout=layout,
                             date_heading=kind == "date_heading" or is_date_label(label)))
            continue
        if kind in ("table", "bullet", "line"):
            flush()
            cur.extend([ln.start + off, ln.end, ln.start + off])
            cur_layout = "fact" if kind == "table" and fact_table else kind
            cur_indent = _indent(ln.text)
            continue
        # plain text line: continue the current item or start a new one
        if cur and fact_box and _KEY_VALUE.match(ln.stripped):
            flush()
            cur.extend([ln.start + off, ln.end, ln.start + off])
            cur_layout, cur_indent = "fact", _indent(ln.text)
            continue
        if cur:
            prev = group[i - 1].text
            wrapped = not _TERMINAL.search(prev) or ln.stripped[:1].islower()
            if cur_layout in ("bullet", "line", "table"):
                # a continuation is indented under its item; a line indented like the item is
                # a sibling ("  3 July – ... restored." / "  In the autumn, ...")
                wrapped = wrapped or _indent(ln.text) > cur_indent
            else:
                wrapped = wrapped or hard_wrapped
            if wrapped:
                cur[1] = ln.end
                continue
        flush()
        cur.extend([ln.start + off, ln.end, ln.start + off])
        cur_indent = _indent(ln.text)
        cur_layout = "paragraph" if len(texts) == len(group) and len(group) == 1 else \
            ("paragraph" if hard_wrapped else "line")
    flush()
    # a lone short title-like line between blank lines is a heading (decided again in segment)
    # (or a question standing alone: the subheadings of an explainer, "What happens next?")
    if len(out) == 1 and len(group) == 1 and out[0].kind == "entry" and out[0].label is None \
            and out[0].layout == "paragraph" and (_title_like(out[0].text.strip())
                                                  or _QUESTION_HEADING.fullmatch(out[0].text.strip())):
        b = out[0]
        b.kind, b.layout = "heading", "short_line"
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Prose wrapped at a fixed width: every line but the last is long and of similar length."""
    if len(lines) < 2:
        return False
    lens = [len(ln.text.rstrip()) for ln in lines[:-1]]
    top = max(lens)
    # wrapping breaks lines inside sentences; lines that all end a sentence are separate items
    mid_sentence = any(not _TERMINAL.search(ln.text) for ln in lines[:-1])
    return mid_sentence and top >= 40 and min(lens) >= 0.6 * top \
        and len(lines[-1].text.strip()) <= top + 2


def _joined(group: list[_Line]) -> str:
    """The text of consecutive lines with their offsets kept (a line shortened by a dropped
    edit link is padded back to its length)."""
    parts = []
    for ln, nxt in zip(group, group[1:]):
        parts.append(ln.text.ljust(nxt.start - ln.start - 1) + "\n")
    parts.append(group[-1].text)
    return "".join(parts)


def _space_labels(items: list[Block]) -> None:
    """A list whose entries all open with a date and a single space before the capitalised text
    ("c. 3100 BC Upper and Lower Egypt are unified", "1274 Ramesses II fights the Hittites",
    "30 Cleopatra VII dies"): the dates are labels, as a dash or colon would make them. Only in
    a run of at least three such entries making most of the document's entries: a paragraph
    opening on a number ("30 Soldiers were hurt") stays prose."""
    entries = [b for b in items if b.kind == "entry" and b.layout != "table"]
    found = [(b, space_label(b.text)) for b in entries if b.label is None]
    found = [(b, n) for b, n in found if n is not None]
    labelled = sum(b.label is not None for b in entries)
    if 0 < len(found) < 3 and labelled >= 3 and all(b.layout == "line" and re.search(r"\d{2}", b.text[:n])
                                                    for b, n in found):
        pass  # one or two lines of a column list ("c. 670 Assyrian armies ..." among "196    The ...")
    elif len(found) < 3 or 2 * (len(found) + labelled) < len(entries):
        return
    for b, n in found:
        b.label = (b.start, b.start + n)


def _entry(first: _Line, start: int, end: int, content_start: int, layout: str,
           group: list[_Line]) -> Block:
    base = group[0].start
    full = _joined(group)
    text = full[content_start - base:end - base]
    # trim trailing spaces so that offsets cover exactly the entry
    stripped = text.rstrip()
    end = content_start + len(stripped)
    lead_ws = len(stripped) - len(stripped.lstrip())
    start = content_start + lead_ws
    text = stripped.lstrip()
    label: tuple[int, int] | None = None
    if layout == "table":
        # the date cell: the first cell, or the second after a name ("Khufu | c. 2589–2566 | ...")
        cells = [c.strip() for c in _table_cells(text)[:3]]
        dated = [c for c in cells[:2] if c and is_date_label(c)]
        # a row number before the date cell ("| 1 | 1 Oct 2021 | 199 km |") is not a year
        date_cell = dated[1] if len(dated) == 2 and re.fullmatch(r"\d{1,2}", dated[0]) else (dated[0] if dated else "")
        if date_cell:
            pos = text.find(date_cell)
            label = (start + pos, start + pos + len(date_cell))
            # a Year cell then a Date cell ("| 2016 | June | ...", "| 2018 | 23 January 2018 |
            # ..."): the two cells together date the row (see events._label_mentions)
            i = cells.index(date_cell)
            if _YEAR_CELL.fullmatch(date_cell) and i + 2 < len(cells) and cells[i + 1] \
                    and is_date_label(cells[i + 1]):
                pos2 = text.find(cells[i + 1], pos + len(date_cell))
                label = (start + pos, start + pos2 + len(cells[i + 1]))
    else:
        lab = leading_label(text)
        named = named_label(text) if lab is None else None
        if lab is not None:
            label = (start, start + lab)
        elif named is not None:
            label = (start + named[0], start + named[1])
        else:
            tr = trailing_label(text)
            if tr is not None:
                label = (start + tr[0], start + tr[1])
    return Block("entry", start, end, text, layout=layout, label=label)
