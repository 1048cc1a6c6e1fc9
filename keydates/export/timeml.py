"""TimeML: each document's text with a TIMEX3 element around every event's date evidence.

The value is the event's (resolved) date value; the publication date becomes the DCT. Evidence
spans shared by several events (a year header) are tagged once; overlapping spans keep the
first, longest one (TimeML cannot nest TIMEX3). A timeline of several documents gives one
TimeML document per document inside a <TimeMLCorpus> root.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from keydates.store.types import StoredDocument, StoredTimeline


@dataclass(frozen=True, slots=True)
class _Timex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None


def _type(value: str) -> str:
    if value.startswith("P"):
        return "DURATION"
    if "T" in value and value[value.index("T") + 1:][:1].isdigit():
        return "TIME"
    return "DATE"


def timexes(tl: StoredTimeline, doc: StoredDocument) -> list[_Timex]:
    """The TIMEX3 spans of one document, from its events' date evidence."""
    out: list[_Timex] = []
    for e in tl.events:
        d = e.event.date
        if e.document_id != doc.id or not d.value:
            continue
        s, t = d.evidence_start, d.evidence_end
        if s is None or t is None or not 0 <= s < t <= len(doc.text):
            if not d.evidence:
                continue
            at = doc.text.find(d.evidence, max(0, e.event.start - len(d.evidence)))
            if at < 0:
                at = doc.text.find(d.evidence)
            if at < 0:
                continue
            s, t = at, at + len(d.evidence)
        out.append(_Timex(s, t, _type(d.value), d.value, d.mod))
    return out


def document_timeml(tl: StoredTimeline, doc: StoredDocument) -> str:
    """One TimeML document (without the XML declaration)."""
    from keydates.time.timeml import new_timeml

    body = new_timeml(doc.text, timexes(tl, doc), published=doc.published,
                      docid=doc.source if doc.source not in ("", "-") else tl.slug)
    return body.split("\n", 1)[1] if body.startswith("<?xml") else body


def render_timeml(tl: StoredTimeline) -> str:
    """TimeML text (UTF-8 XML)."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    docs = [document_timeml(tl, d) for d in tl.documents]
    if len(docs) == 1:
        return head + docs[0]
    return (head + f'<TimeMLCorpus name="{escape(tl.name, {chr(34): "&quot;"})}">\n'
            + "".join(docs) + "</TimeMLCorpus>\n")
