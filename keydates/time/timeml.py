"""TimeML in and out: read a TimeML document's DCT, raw TEXT and gold TIMEX3; write TIMEX3 back.

Reading keeps every character of TEXT: tags are removed, XML entities (``&amp;``, ``&#233;``)
decoded, and carriage returns kept as they are in the file (an XML parser would turn CRLF into
LF), so gold offsets and system offsets point into exactly the same string.

Writing produces the same document with the engine's expressions as TIMEX3 elements in TEXT.
Every other annotation inside TEXT (EVENT, SIGNAL, gold TIMEX3) is dropped, and so are the
MAKEINSTANCE/TLINK/SLINK/ALINK elements that referred to them; DOCID, DCT, TITLE, EXTRAINFO and
everything else outside TEXT are kept byte for byte.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence
from xml.sax.saxutils import escape

from keydates.errors import InputError, TimeMLError

# Refuse files larger than this (bytes): TimeML news documents are a few KB, the longest
# WikiWars narrative about 70 KB.
MAX_TIMEML_BYTES = 20 * 1024 * 1024

_TOKEN_RE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|(?P<pi><\?.*?\?>)"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/)?>"
    r"|&(?P<entity>#x[0-9a-fA-F]+|#\d+|[A-Za-z][\w.-]*);",
    re.S,
)
_ATTR_RE = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TEXT_OPEN_RE = re.compile(r"<TEXT(?:\s[^>]*)?>")
_TEXT_CLOSE_RE = re.compile(r"</TEXT\s*>")
_LINK_RE = re.compile(r"[ \t]*<(MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*?(?:/>|>.*?</\1\s*>)[ \t]*\r?\n?",
                      re.S)
_TID_RE = re.compile(r"\btid\s*=\s*[\"']t(\d+)[\"']")
_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class Timex:
    """One TIMEX3 with offsets into the raw TEXT string (gold, or read from a system file)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class TimeMLDocument:
    """A parsed TimeML document: its raw TEXT, DCT and TIMEX3 in TEXT (the DCT is not among them)."""

    text: str
    timexes: list[Timex]
    dct: str | None = None  # DCT TIMEX3 value: "1998-08-07", "1998-02-13T14:26:00"
    docid: str | None = None
    source: str = "-"
    markup: str = ""  # the whole document as read
    text_start: int = 0  # TEXT content is markup[text_start:text_end]
    text_end: int = 0

    @property
    def published(self) -> date | None:
        """The calendar day of the DCT (the publication date used to anchor relative dates)."""
        m = _ISO_DAY_RE.match(self.dct or "")
        if not m:
            return None
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None


class _Expression(Protocol):
    start: int
    end: int
    type: str
    value: str
    mod: str | None


def _decode_entity(name: str) -> str | None:
    if name.startswith("#x"):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return _ENTITIES.get(name)
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return None


def unescape(text: str) -> str:
    """Decode the XML entities of an attribute value or text run."""
    if "&" not in text:
        return text
    return re.sub(r"&(#x[0-9a-fA-F]+|#\d+|[A-Za-z][\w.-]*);",
                  lambda m: _decode_entity(m[1]) or m[0], text)


def _attributes(raw: str) -> dict[str, str]:
    return {m[1]: unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR_RE.finditer(raw)}


def looks_like_timeml(content: str) -> bool:
    """Whether a text is a TimeML document (an XML document with a TimeML root or a TEXT element)."""
    head = content.lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    return "<TimeML" in content[:5000] or bool(_TEXT_OPEN_RE.search(content))


def _check_well_formed(markup: str, source: str) -> ET.Element:
    try:
        return ET.fromstring(markup.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise TimeMLError(f"{source}: malformed TimeML (not well-formed XML): {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise TimeMLError(f"{source}: malformed TimeML: {exc}") from None


def parse_timeml(markup: str, source: str = "-") -> TimeMLDocument:
    """Parse a TimeML document given as a string; raises TimeMLError when malformed or without TEXT."""
    if not markup.strip():
        raise TimeMLError(f"{source}: empty TimeML document")
    root = _check_well_formed(markup, source)
    text_el = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_el is None:
        raise TimeMLError(f"{source}: TimeML document has no TEXT element")
    dct_el = root.find(".//DCT/TIMEX3")
    dct = dct_el.get("value") if dct_el is not None else None
    docid_el = root.find(".//DOCID")
    docid = (docid_el.text or "").strip() or None if docid_el is not None else None

    open_m = _TEXT_OPEN_RE.search(markup)
    close_m = _TEXT_CLOSE_RE.search(markup, open_m.end()) if open_m else None
    if open_m is None or close_m is None:  # e.g. <TEXT/>
        if "".join(text_el.itertext()).strip():
            raise TimeMLError(f"{source}: cannot locate the TEXT element in the markup")
        return TimeMLDocument(text="", timexes=[], dct=dct, docid=docid, source=source,
                              markup=markup, text_start=len(markup), text_end=len(markup))
    start, end = open_m.end(), close_m.start()
    text, timexes = _scan(markup[start:end], source)
    expected = "".join(text_el.itertext())
    if re.sub(r"\r\n?", "\n", text) != expected:
        raise TimeMLError(f"{source}: TEXT could not be read consistently (unusual markup inside TEXT)")
    return TimeMLDocument(text=text, timexes=timexes, dct=dct, docid=docid, source=source,
                          markup=markup, text_start=start, text_end=end)


def _scan(body: str, source: str) -> tuple[str, list[Timex]]:
    """Strip the tags of TEXT's content, keeping every character, and collect its TIMEX3."""
    out: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    pos = 0
    for m in _TOKEN_RE.finditer(body):
        if m.start() > pos:
            chunk = body[pos:m.start()]
            out.append(chunk)
            length += len(chunk)
        pos = m.end()
        piece: str | None = None
        if m["cdata"] is not None:
            piece = m["cdata"]
        elif m["entity"] is not None:
            piece = _decode_entity(m["entity"])
            if piece is None:
                piece = m[0]
        elif m["name"] == "TIMEX3":
            if m["close"]:
                if stack:
                    begin, attrs = stack.pop()
                    timexes.append(_make_timex(begin, length, attrs, ""))
            elif not m["empty"]:
                stack.append((length, _attributes(m["attrs"] or "")))
        if piece:
            out.append(piece)
            length += len(piece)
    out.append(body[pos:])
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    timexes.sort(key=lambda t: (t.start, -t.end))
    return text, timexes


def _make_timex(start: int, end: int, attrs: dict[str, str], text: str) -> Timex:
    return Timex(start=start, end=end, text=text, type=attrs.get("type", ""),
                 value=attrs.get("value", ""), mod=attrs.get("mod") or None,
                 tid=attrs.get("tid", ""), attrs=attrs)


def read_text_file(path: str | Path, max_bytes: int = MAX_TIMEML_BYTES) -> str:
    """Read a UTF-8 text file with clear errors for missing, too large, binary or undecodable files."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{p}: file too large ({size / 1e6:.1f} MB; the limit is "
                             f"{max_bytes / 1e6:.0f} MB)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return decode_text(data, str(p))


def decode_text(data: bytes, source: str = "-") -> str:
    """Decode bytes as UTF-8 text; binary data (NUL bytes, invalid UTF-8) raises InputError."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (invalid byte at offset {exc.start})") from None


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read and parse a TimeML file."""
    return parse_timeml(read_text_file(path), str(path))


def _tag(tid: str, expr: Any) -> str:
    attrs = [("tid", tid), ("type", expr.type), ("value", expr.value)]
    if getattr(expr, "mod", None):
        attrs.append(("mod", expr.mod))
    return "<TIMEX3 " + " ".join(f'{k}="{_attr(str(v))}"' for k, v in attrs) + ">"


def _attr(value: str) -> str:
    """An attribute value escaped for double quotes."""
    return escape(value, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _non_overlapping(expressions: Iterable[_Expression], size: int) -> list[_Expression]:
    kept: list[_Expression] = []
    last_end = 0
    for e in sorted(expressions, key=lambda e: (e.start, -e.end)):
        if e.start < last_end or e.end <= e.start or e.start < 0 or e.end > size:
            continue  # TimeML cannot nest or cross TIMEX3: keep the first, longest one
        kept.append(e)
        last_end = e.end
    return kept


def annotate_text(text: str, expressions: Sequence[_Expression], first_tid: int = 1) -> str:
    """TEXT content: the escaped text with a TIMEX3 element around each (non-overlapping) expression."""
    parts: list[str] = []
    pos = 0
    for n, e in enumerate(_non_overlapping(expressions, len(text)), start=first_tid):
        parts.append(escape(text[pos:e.start]))
        parts.append(_tag(f"t{n}", e))
        parts.append(escape(text[e.start:e.end]))
        parts.append("</TIMEX3>")
        pos = e.end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def write_timeml(doc: TimeMLDocument, expressions: Sequence[_Expression]) -> str:
    """The document with the expressions as TIMEX3 in TEXT; other annotations dropped (see module doc)."""
    head = doc.markup[:doc.text_start]
    tail = _LINK_RE.sub("", doc.markup[doc.text_end:])
    used = [int(n) for n in _TID_RE.findall(head + tail)]
    first = max(used, default=0) + 1
    return head + annotate_text(doc.text, expressions, first) + tail


def new_timeml(text: str, expressions: Sequence[_Expression], published: date | str | None = None,
               docid: str | None = None) -> str:
    """A fresh TimeML document for a plain text: optional DOCID and DCT, then TEXT with TIMEX3."""
    lines = ['<?xml version="1.0" ?>', "<TimeML>"]
    if docid:
        lines.append(f"<DOCID>{escape(docid)}</DOCID>")
    if published:
        day = published.isoformat() if isinstance(published, date) else str(published)
        lines.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_attr(day)}" '
                     f'temporalFunction="false" functionInDocument="CREATION_TIME">'
                     f"{escape(day)}</TIMEX3></DCT>")
    lines.append(f"<TEXT>{annotate_text(text, expressions)}</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def strip_timexes(doc: TimeMLDocument) -> TimeMLDocument:
    """The same document without TIMEX3 in TEXT (a TE3input-style document)."""
    markup = write_timeml(doc, [])
    return parse_timeml(markup, doc.source)


__all__ = [
    "Timex", "TimeMLDocument", "parse_timeml", "read_timeml", "write_timeml", "new_timeml",
    "annotate_text", "looks_like_timeml", "read_text_file", "decode_text", "strip_timexes",
    "unescape", "MAX_TIMEML_BYTES",
]
