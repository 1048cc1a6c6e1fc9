"""Read a chronology: plain text, Markdown, HTML (trafilatura), a URL or stdin -> `Document`.

Offsets of every later stage point into `Document.text`: for plain text and Markdown it is the
input itself (line endings normalized to "\\n"); for HTML it is the main text trafilatura
extracts, as Markdown (headings, bullets and table rows kept), which the output includes.
"""

from __future__ import annotations

import hashlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from keydates.errors import FetchError, InputError, PublicationDateError
from keydates.model import Document
from keydates.read.dateline import find_dateline

__all__ = ["read", "read_text", "read_path", "read_url", "read_stdin", "read_bytes",
           "publication_date", "MAX_BYTES"]

MAX_BYTES = 20_000_000  # 20 MB: more is not an article
URL_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)",
                         re.IGNORECASE | re.DOTALL)
_MD_SNIFF = re.compile(r"^(?:#{1,6}\s+\S|\s*[-*+]\s+\S.*\n\s*[-*+]\s+\S|\|.*\|\s*$)", re.MULTILINE)
_TEXT_SUFFIX = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                ".html": "html", ".htm": "html", ".xhtml": "html"}


def read(source: Any, published: Any = None, fmt: str | None = None) -> Document:
    """Read `source`: a path, a URL, "-" (stdin), a file object, bytes or the text itself."""
    if isinstance(source, Document):
        return _with_published(source, published)
    if isinstance(source, Path):
        return read_path(source, published, fmt)
    if isinstance(source, (bytes, bytearray)):
        return read_bytes(bytes(source), "-", published, fmt)
    if hasattr(source, "read"):
        return _read_stream(source, published, fmt)
    if not isinstance(source, str):
        raise InputError(f"cannot read a {type(source).__name__}")
    if source == "-":
        return read_stdin(published, fmt)
    if URL_RE.match(source.strip()):
        return read_url(source.strip(), published, fmt)
    if "\n" not in source and len(source) < 1024:
        path = Path(source).expanduser()
        if path.is_file():
            return read_path(path, published, fmt)
        if path.suffix.lower() in _TEXT_SUFFIX or source.startswith(("/", "./", "~")):
            raise InputError(f"no such file: {source}")
    return read_text(source, "-", published, fmt)


def read_path(path: str | Path, published: Any = None, fmt: str | None = None) -> Document:
    """Read a file; its suffix (.md, .html) or its content decides the format."""
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(f"no such file: {path}")
    if p.is_dir():
        raise InputError(f"is a directory, not a file: {path}")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file too large ({size} bytes > {MAX_BYTES}): {path}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path), published, fmt or _TEXT_SUFFIX.get(p.suffix.lower()))


def read_stdin(published: Any = None, fmt: str | None = None) -> Document:
    """Read standard input (bytes, so that the encoding is checked like a file's)."""
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    return _read_stream(stream, published, fmt, source="-")


def read_url(url: str, published: Any = None, fmt: str | None = None,
             timeout: float = 15.0) -> Document:
    """Fetch a URL with a timeout; any network or HTTP failure is a `FetchError`."""
    import httpx

    try:
        resp = httpx.get(url, timeout=timeout, follow_redirects=True,
                         headers={"User-Agent": "keydates/0.1 (+chronology reader)"})
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {timeout:g} s fetching {url}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch {url} (offline or unreachable): {exc}") from exc
    except (UnicodeError, ValueError) as exc:  # an invalid or over-long host name
        raise FetchError(f"cannot fetch {url}: not a valid URL ({exc})") from exc
    if resp.status_code >= 400:
        raise FetchError(f"cannot fetch {url}: HTTP {resp.status_code}")
    if len(resp.content) > MAX_BYTES:
        raise FetchError(f"{url} is too large ({len(resp.content)} bytes)")
    ctype = resp.headers.get("content-type", "").lower()
    if fmt is None:
        if "html" in ctype:
            fmt = "html"
        elif "markdown" in ctype:
            fmt = "markdown"
        elif ctype.startswith("text/plain"):
            fmt = "text"
    return read_bytes(resp.content, url, published, fmt, charset=resp.charset_encoding)


def read_bytes(data: bytes, source: str = "-", published: Any = None, fmt: str | None = None,
               charset: str | None = None) -> Document:
    """Decode bytes (UTF-8, UTF-16 with BOM, or a declared charset) and read the text."""
    text = _decode(data, source, charset)
    _check_text(text, source)
    return read_text(text, source, published, fmt)


def read_text(text: str, source: str = "-", published: Any = None,
              fmt: str | None = None) -> Document:
    """Build a `Document` from decoded text; HTML goes through trafilatura."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fmt = fmt or sniff_format(text)
    title: str | None = None
    meta_date: str | None = None
    if fmt == "html":
        text, title, meta_date = _html_to_text(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(text=text, source=source, format=fmt, title=title, content_hash=digest)
    if published is not None:
        doc.published = publication_date(published).isoformat()
        doc.published_source = "option"
    elif meta_date:
        doc.published, doc.published_source = meta_date, "html-metadata"
    elif (front := _front_matter_date(text)) is not None:
        doc.published, doc.published_source = front, "front-matter"
    else:
        found = find_dateline(text)
        if found:
            doc.published, doc.published_source = found, "dateline"
        else:
            doc.published_source = "none"
    return doc


def sniff_format(text: str) -> str:
    """Guess text | markdown | html from the content."""
    head = text[:2000]
    if _HTML_SNIFF.match(head) or len(re.findall(r"</(?:p|div|li|h[1-6]|td)>", head, re.I)) >= 3:
        return "html"
    if _MD_SNIFF.search(text[:20000]):
        return "markdown"
    return "text"


_FRONT_MATTER_DATE = re.compile(r"\A---[ \t]*\n(?:[A-Za-z][\w-]*[ \t]*:[^\n]*\n|[ \t-][^\n]*\n){0,40}?"
                                r"date[ \t]*:[ \t]*[\"']?(?P<day>\d{4}-\d\d-\d\d)")


def _front_matter_date(text: str) -> str | None:
    """The `date:` of a Markdown post's YAML front matter ("---", "date: 2016-10-04", "---")."""
    m = _FRONT_MATTER_DATE.match(text)
    if m is None or "\n---" not in text[:m.start("day")] + text[m.end():m.end() + 2000]:
        return None
    try:
        return date.fromisoformat(m.group("day")).isoformat()
    except ValueError:
        return None


def publication_date(value: Any) -> date:
    """A publication date given by the user: a `date`, or text "YYYY-MM-DD"."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        from keydates.time import parse_published
    except ImportError:  # pragma: no cover - the engine is part of the package
        parse_published = None
    if parse_published is not None:
        return parse_published(text)
    try:  # pragma: no cover
        return date.fromisoformat(text)
    except ValueError as exc:  # pragma: no cover
        raise PublicationDateError(f"not a valid publication date: {text!r}") from exc


def _with_published(doc: Document, published: Any) -> Document:
    if published is not None:
        doc.published = publication_date(published).isoformat()
        doc.published_source = "option"
    return doc


def _read_stream(stream: BinaryIO | TextIO, published: Any, fmt: str | None,
                 source: str | None = None) -> Document:
    name = source or str(getattr(stream, "name", "-"))
    data = stream.read(MAX_BYTES + 1)
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise InputError(f"input too large (> {MAX_BYTES} characters)")
        return read_text(data, name, published, fmt)
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large (> {MAX_BYTES} bytes)")
    return read_bytes(data, name, published, fmt)


def _decode(data: bytes, source: str, charset: str | None = None) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(
            f"{source}: not valid UTF-8 text (byte {exc.start}); convert it to UTF-8 first"
        ) from exc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_text(text: str, source: str) -> None:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(3, len(sample) // 100):
        raise InputError(f"{source}: binary data, not text")


def _html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Main text of an HTML page as Markdown, its title and its publication date."""
    import trafilatura

    root = _parse_html(html)  # parsed once: read for the printed stamp, then prepared
    stamp = _page_stamp(root) if root is not None else None
    html = _prepare_html(html, root) if root is not None else html
    text = trafilatura.extract(html, output_format="markdown", include_tables=True,
                               include_formatting=True, include_comments=False,
                               include_links=False, favor_recall=True, with_metadata=False)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    when = meta.date if meta is not None else None
    if not text:
        text = _fallback_html_text(html)
    text = text.replace("\r\n", "\n")
    if when and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        when = None
    if when and not _html_declares_date(html):
        # trafilatura guesses a date from URLs and body text when the page declares none;
        # only a declared date (meta tag, <time>, JSON-LD) is a publication date.
        when = None
    if when is None and stamp is not None:
        when = stamp  # "Updated 14:05 GMT, Friday 14 March 2025" printed under the headline
    return text, title, when


_STAMP_LINE = re.compile(r"^\s*(?:last\s+)?(?:updated|published|posted|first published)\b", re.IGNORECASE)


def _parse_html(html: str) -> Any | None:
    """The page as an lxml tree, or None when lxml cannot parse it (left to trafilatura)."""
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable pages are left to trafilatura
        return None


def _page_stamp(root: Any) -> str | None:
    """The publication day a page prints as a line of its own ("Updated 14:05 GMT, Friday 14
    March 2025"), which trafilatura drops with the page's furniture: a full date, or None."""
    from keydates.read.dateline import find_dateline

    for el in root.iter("p", "div", "span", "time", "li"):
        own = " ".join((el.text_content() or "").split())
        if len(own) <= 120 and _STAMP_LINE.match(own):
            # the clock may come first ("Updated 14:05 GMT, Friday 14 March 2025")
            found = find_dateline(re.sub(rf"\b{_CLOCK},?", " ", own))
            if found and not found.startswith("XXXX"):
                return found
    return None


_DAY_MONTH = r"\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?"
# a post's time, with its day when the page spans several ("21:47 14 Oct", "14 Oct, 21:47")
_CLOCK_TEXT = re.compile(rf"\s*(?:{_CLOCK}(?:\s*,?\s*{_DAY_MONTH})?|{_DAY_MONTH},?\s+{_CLOCK})\s*", re.IGNORECASE)
# a post's stamp: a clock time, maybe after "Yesterday" or "Today" ("Yesterday, 7.40pm")
_STAMP_TEXT = re.compile(rf"\s*(?:(?:yesterday|today)\s*,?\s*)?(?:{_CLOCK}(?:\s*,?\s*{_DAY_MONTH})?|{_DAY_MONTH},?\s+{_CLOCK})\s*",
                         re.IGNORECASE)


# a post's stamp with the day of the week it was posted on, on a page that spans several days
# ("Posted at 23:50 Monday", "Monday, 13:24"): made the label "Monday 23:50"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_STAMP = re.compile(rf"\s*(?:(?:posted|updated|published|filed)\s+(?:at\s+)?)?(?:(?P<clock>{_CLOCK})\s*,?\s*"
                            rf"(?:on\s+)?(?P<weekday>{_WEEKDAY})|(?P<weekday__first>{_WEEKDAY})\s*,?\s*"
                            rf"(?:at\s+)?(?P<clock__after>{_CLOCK}))\s*", re.IGNORECASE)


def _stamp_label(text: str) -> str | None:
    """The label a post's stamp element gives its post: the clock ("21:47 14 Oct"), its age
    ("1h ago"), or the weekday and clock ("Posted at 23:50 Monday" -> "Monday 23:50"); None
    for other text."""
    from keydates.structure.rules import AGO_STAMP

    if _CLOCK_TEXT.fullmatch(text) or AGO_STAMP.fullmatch(text.strip()):
        return text.strip()
    m = _WEEKDAY_STAMP.fullmatch(text)
    if m is None:
        return None
    weekday = m.group("weekday") or m.group("weekday__first")
    clock = m.group("clock") or m.group("clock__after")
    return f"{weekday} {clock.strip()}"


def _next_paragraph(el: Any) -> Any | None:
    """The first <p> after `el` among its following siblings, past a post's headline (h2-h4)."""
    nxt = el.getnext()
    while nxt is not None and isinstance(nxt.tag, str) and nxt.tag in ("h2", "h3", "h4", "h5"):
        nxt = nxt.getnext()
    return nxt if nxt is not None and nxt.tag == "p" else None


_INLINE_PARENTS = {"p", "li", "td", "th", "dd", "dt", "a", "span", "b", "strong", "em", "i",
                   "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


# a post's time stamp in an element of its own: `<time>`, or a class naming it
_STAMP_CLASS = re.compile(r"(?:^|[\s_-])(?:time|timestamp|post-time|posttime|clock|ts|stamp)(?:$|[\s_-])", re.IGNORECASE)
# a side box of background dates beside an article or live page ("Background: Monte Aldea",
# "Key dates", "Timeline"): part of the chronology, though trafilatura drops <aside>
# ("Key events" boxes of live pages only repeat the posts' headlines: left out)
_BACKGROUND_BOX = re.compile(r"\b(?:background|timeline|key dates|chronology|how we got here)\b", re.IGNORECASE)


# the heading of a box of links to other pages; trafilatura drops such headings but may keep
# the links, whose trailing dates would read as events ("World leaders pay tribute 6 December 2013")
_LINK_BOX = re.compile(r"^\s*(?:related(?: \w+)?|more on this (?:story|topic)|more (?:from|stories|news)\b.{0,30}|"
                       r"read more|also read|most (?:read|popular|viewed|shared)|top stories|"
                       r"you (?:may|might) also like|recommended(?: for you)?)\s*:?\s*$", re.IGNORECASE)


# a box of links named by its class ("<div class='related'><h4>More Grand National</h4><ul>...")
_RELATED_CLASS = re.compile(r"(?:^|[\s_-])(?:related|more-stories|more-on|read-more|also-read)(?:$|[\s_-])",
                            re.IGNORECASE)


def _drop_link_boxes(root: Any) -> bool:
    """Remove small containers headed as link boxes ("More on this story", "Related"), or so
    named by their class."""
    changed = False
    for head in list(root.iter("h2", "h3", "h4", "h5")):
        if head.getroottree().getroot() is not root:
            continue  # inside a box dropped already
        box = head.getparent()
        if box is None or box.getparent() is None or box.tag not in ("div", "section", "aside", "nav") \
                or not (_LINK_BOX.match(head.text_content() or "") or _RELATED_CLASS.search(box.get("class") or "")) \
                or len(box.text_content() or "") > 1500 or not any(True for _ in box.iter("ul", "ol")):
            continue
        box.drop_tree()
        changed = True
    return changed


def _body_as_main(root: Any) -> bool:
    """A page whose headings and tables sit straight in <body>, with no <article> or <main>
    around them (a wiki or agency page: "<h1>Timeline of ...</h1><h2>Main season</h2><table>"):
    its body is wrapped in <main>. Without a container trafilatura keeps only the blocks it
    scores as the main text and drops the headings and whole tables between them."""
    if root.find(".//article") is not None or root.find(".//main") is not None \
            or root.find(".//*[@role='main']") is not None:
        return False
    body = root.find(".//body")
    if body is None or not any(isinstance(el.tag, str) and el.tag in ("h1", "h2", "h3") for el in body):
        return False
    from lxml import etree

    main = etree.SubElement(body, "main")
    main.text = body.text
    body.text = None
    for el in list(body):
        if el is not main:
            main.append(el)  # (moves the element with its tail)
    return True


def _keep_background_boxes(root: Any) -> bool:
    """Turn `<aside>` boxes headed as background or key dates into sections trafilatura keeps."""
    changed = False
    for el in list(root.iter("aside")):
        head = next((h for h in el.iter("h2", "h3", "h4", "h5", "strong")), None)
        if head is not None and _BACKGROUND_BOX.search(head.text_content() or ""):
            el.tag = "section"
            changed = True
    return changed


_DATE_PARTS = ("day", "month", "year")


def _date_columns_joined(root: Any) -> bool:
    """A table that gives a date in adjacent Day, Month and Year columns ("| 12 | April | 1968 |
    Brothers ... |") gets one Date cell ("12 April 1968"): apart, the cells read as a day
    number, a month and a year of three separate labels."""
    changed = False
    for table in root.iter("table"):
        rows = list(table.iter("tr"))
        if not rows:
            continue
        head = [" ".join((c.text_content() or "").split()).lower() for c in rows[0] if c.tag in ("th", "td")]
        cols = [i for i, h in enumerate(head) if h in _DATE_PARTS]
        if len(cols) < 2 or cols != list(range(cols[0], cols[0] + len(cols))) or "year" not in head:
            continue
        for n, tr in enumerate(rows):
            cells = [c for c in tr if c.tag in ("th", "td")]
            if len(cells) <= cols[-1]:
                continue
            parts = [" ".join((cells[i].text_content() or "").split()) for i in cols]
            first = cells[cols[0]]
            for child in list(first):
                first.remove(child)
            first.text = "Date" if n == 0 else " ".join(p for p in parts if p)
            for i in cols[1:]:
                tr.remove(cells[i])
        changed = True
    return changed


def _captions_as_headings(root: Any) -> bool:
    """A table's <caption> ("Monetary Policy Committee decisions, 2023") made a heading before
    the table: trafilatura renders it as a first table row, where it would read as an entry
    instead of the heading that gives the rows their year."""
    from lxml import etree

    changed = False
    for cap in list(root.iter("caption")):
        table = cap.getparent()
        text = " ".join((cap.text_content() or "").split())
        if table is None or table.tag != "table" or table.getparent() is None:
            continue
        heading = etree.Element("h3")
        heading.text = text
        table.addprevious(heading)
        table.remove(cap)
        changed = True
    return changed


# the box of a live page's key points, named by its class ("<ul class='summary'>")
_SUMMARY_CLASS = re.compile(r"(?:^|[\s_-])(?:summary|key-?points|highlights|takeaways|key-?events)(?:$|[\s_-])",
                            re.IGNORECASE)


def _live_page_boxes(root: Any, posts: list[Any]) -> bool:
    """On a live page: a day separator between the posts ("<div class='day-separator'>Monday 23
    June</div>", which trafilatura drops) becomes a heading, and a key-points list named by its
    class gets the "Summary" heading the summary rule knows (structure boilerplate.toml)."""
    from lxml import etree

    from keydates.structure.rules import is_date_label

    changed = False
    for parent in {id(p.getparent()): p.getparent() for p in posts if p.getparent() is not None}.values():
        for child in parent:
            if not isinstance(child.tag, str) or child in posts or child.tag not in ("div", "span", "p", "li"):
                continue
            words = (child.text_content() or "").strip()
            if words and len(words) <= 40 and is_date_label(words):
                child.tag = "h2"
                changed = True
    for box in root.iter("ul", "ol", "section", "div"):
        if _SUMMARY_CLASS.search(box.get("class") or "") and box not in posts \
                and not any(b.tag in ("h2", "h3", "h4") for b in box.iter()):
            head = etree.Element("h2")
            head.text = "Summary"
            box.addprevious(head)
            changed = True
    return changed


def _prepare_html(html: str, root: Any) -> str:
    """The page made ready for trafilatura: background/timeline boxes kept, link boxes dropped
    (`_keep_background_boxes`, `_drop_link_boxes`), and a live post's clock time in its own
    element (`<article><time>07:42</time><p>...`, `<span class="time">`) made the label of the
    post's first paragraph ("07:42 – Prime Minister ..."): trafilatura drops a bare <time>
    outside a paragraph (and all but the first heading of repeated <article>s), which would
    lose the only time the post has. Dates in <time> (bylines) are left alone. `root` is the
    parsed `html`, changed in place."""
    from lxml import html as lxml_html

    changed = _keep_background_boxes(root)
    changed = _body_as_main(root) or changed
    changed = _drop_link_boxes(root) or changed
    changed = _captions_as_headings(root) or changed
    changed = _date_columns_joined(root) or changed
    # trafilatura lifts the first element classed "post" above the page's title when a live
    # page's updates are such repeated siblings ("<div class='post'>...</div>" x N): renamed, the
    # updates stay in the page's order
    posts = [el for el in root.iter() if isinstance(el.tag, str) and "post" in (el.get("class") or "").split()]
    if len(posts) >= 2:
        for el in posts:
            el.set("class", " ".join("live-update" if c == "post" else c for c in el.get("class", "").split()))
            if el.tag == "article":
                el.tag = "div"  # (and lifts the first of repeated <article>s above the title too)
        changed = True
        changed = _live_page_boxes(root, posts) or changed
    # (a stamp in a <p> of its own survives trafilatura as a line: left alone)
    stamps = [el for el in root.iter() if isinstance(el.tag, str)
              and (el.tag == "time" or (el.tag in ("span", "div") and _STAMP_CLASS.search(el.get("class") or ""))
                   # a stamp paragraph over the post's headline ("<p class=time>15:10</p><h3>...")
                   or (el.tag == "p" and _STAMP_CLASS.search(el.get("class") or "") and el.getnext() is not None
                       and el.getnext().tag in ("h2", "h3", "h4", "h5")))]
    for el in stamps:
        parent = el.getparent()
        if parent is None or len(el):
            continue
        if parent.tag in _INLINE_PARENTS:
            if el.tag == "time" and parent.tag in ("li", "td", "dd", "dt"):
                el.drop_tag()  # "<li><time>08/16/1994</time> — ...": trafilatura drops <time>, keep its words
                changed = True
            elif el.tag == "time" and parent.tag == "p" and len(parent) == 1 and not (parent.text or "").strip() \
                    and not (el.tail or "").strip() and _STAMP_TEXT.fullmatch(el.text_content() or "") \
                    and (post := _next_paragraph(parent)) is not None:
                # "<p class='post-meta'><time>8.42pm</time></p><p>Authorities close ...": a post's
                # stamp in a paragraph of its own (which trafilatura drops as metadata) is made
                # the label of the post's first paragraph
                post.text = f"{(el.text_content() or '').strip()} – {post.text or ''}"
                parent.drop_tree()
                changed = True
            elif el.tag == "time" and parent.tag == "p" and not (parent.text or "").strip() \
                    and parent.index(el) == 0 and _CLOCK_TEXT.fullmatch(el.text_content() or ""):
                # "<p><time>09:35</time> Three days of mourning ...": the post's clock, as its label
                parent.text = f"{(el.text_content() or '').strip()} – {(el.tail or '').lstrip()}"
                parent.remove(el)
                changed = True
            continue
        clock = _stamp_label(el.text_content() or "")
        if clock is None:
            continue
        post = _next_paragraph(el)
        if post is not None:
            # a headline between the stamp and the post ("<time>16:05</time><h3>Army sent
            # in</h3><p>...") opens the post's paragraph: left as a heading it would end the
            # day's section, and trafilatura reorders posts that open with one
            lines = []
            while (head := el.getnext()) is not None and head is not post:
                lines.append((head.text_content() or "").strip().rstrip("."))
                head.drop_tree()
            lead = "".join(f"{h} – " for h in lines if h)
            post.text = f"{clock} – {lead}{post.text or ''}"
            el.drop_tree()
        else:
            el.tag = "p"
            el.text = clock
            for child in list(el):
                el.remove(child)
        changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else html


_DECLARED_DATE = re.compile(
    r"<meta[^>]+(?:published|pubdate|publish_date|dc\.date|article:modified|date)[^>]*>"
    r"|<time\b[^>]*datetime=|\"datePublished\"|\"dateModified\"", re.IGNORECASE)


def _html_declares_date(html: str) -> bool:
    return bool(_DECLARED_DATE.search(html[:200000]))


def _fallback_html_text(html: str) -> str:
    """Block-aware text of a small HTML fragment trafilatura rejects as too short."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception as exc:  # noqa: BLE001 - lxml raises several unrelated types
        raise InputError(f"cannot parse HTML: {exc}") from exc
    for bad in root.xpath("//script|//style|//nav|//footer|//form|//noscript"):
        bad.drop_tree()
    lines: list[str] = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "dt", "dd",
                        "blockquote", "pre"):
        if el.tag == "tr":
            cells = [" ".join(c.text_content().split()) for c in el.iter("td", "th")]
            line = "| " + " | ".join(cells) + " |"
        else:
            line = " ".join(el.text_content().split())
            if el.tag.startswith("h"):
                line = "#" * int(el.tag[1]) + " " + line
            elif el.tag == "li":
                line = "- " + line
        if line.strip("|# -"):
            lines.append(line)
    return "\n\n".join(lines)

