"""Lossless JSON and JSON Lines: everything a timeline holds, read back identically by import.

A timeline is its documents (text and metadata), each event's original extraction and its
correction history (who, when, why, still active or not). The effective event (`event`) is
written for readers of the file; on import it is recomputed from `original` + `corrections`
(a file with only `event` takes it as the original).

JSON Lines: one object per line, `type` = timeline | document | event; a timeline line starts a
new timeline, so `cat a.jsonl b.jsonl` imports both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterator

from keydates.errors import ImportFormatError
from keydates.model import Document
from keydates.store import codec
from keydates.store.types import CorrectionError, StoredTimeline

FORMAT = "keydates-timeline"
VERSION = 1
_DOC_FIELDS = ("source", "format", "title", "lead", "published", "published_source",
               "content_hash", "text")
_CORR_FIELDS = {"field", "value", "user", "at", "reason", "active"}


def timeline_header(tl: StoredTimeline) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "name": tl.name, "slug": tl.slug}


def document_record(doc: Any) -> dict[str, Any]:
    return {**{k: getattr(doc, k) for k in _DOC_FIELDS}, "notes": list(doc.notes)}


def event_records(tl: StoredTimeline) -> Iterator[dict[str, Any]]:
    hashes = {d.id: d.content_hash for d in tl.documents}
    for e in tl.events:
        yield {"document": hashes.get(e.document_id, ""), "position": e.position,
               "corrected_fields": list(e.corrected_fields), "event": e.event.to_dict(),
               "original": e.original.to_dict(),
               "corrections": [c.to_dict() for c in e.corrections]}


def render_json(tl: StoredTimeline) -> str:
    """One JSON object: timeline header, documents, events (chronological)."""
    payload = {**timeline_header(tl), "documents": [document_record(d) for d in tl.documents],
               "events": list(event_records(tl))}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(tl: StoredTimeline) -> str:
    """One line for the timeline, one per document, one per event."""
    lines = [{"type": "timeline", **timeline_header(tl)}]
    lines += [{"type": "document", **document_record(d)} for d in tl.documents]
    lines += [{"type": "event", **r} for r in event_records(tl)]
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


# -- import ---------------------------------------------------------------------------------------
@dataclass
class DocumentBundle:
    """One document to import: its events (original dicts, text order) and their corrections."""

    document: Document
    notes: list[str]
    events: list[dict[str, Any]] = field(default_factory=list)
    corrections: list[list[dict[str, Any]]] = field(default_factory=list)


@dataclass
class TimelineBundle:
    """One timeline of an import file."""

    name: str
    documents: list[DocumentBundle] = field(default_factory=list)


class _Builder:
    """Validates records one by one; every problem raises ImportFormatError with its place."""

    def __init__(self) -> None:
        self.bundles: list[TimelineBundle] = []
        self._docs: dict[str, DocumentBundle] = {}
        self._events: dict[str, list[tuple[int, dict[str, Any], list[dict[str, Any]], str]]] = {}

    def timeline(self, rec: dict[str, Any], where: str) -> None:
        self.finish()
        fmt = rec.get("format", FORMAT)
        if fmt != FORMAT:
            raise ImportFormatError(f"{where}: not a keydates export (format {fmt!r})")
        if rec.get("version", VERSION) != VERSION:
            raise ImportFormatError(f"{where}: unsupported version {rec.get('version')!r}")
        name = rec.get("name") or rec.get("slug")
        if not isinstance(name, str) or not name.strip():
            raise ImportFormatError(f"{where}: the timeline needs a name")
        self.bundles.append(TimelineBundle(name=name))
        self._docs, self._events = {}, {}

    def document(self, rec: dict[str, Any], where: str) -> None:
        if not self.bundles:
            raise ImportFormatError(f"{where}: a document before any timeline")
        unknown = set(rec) - set(_DOC_FIELDS) - {"notes"}
        if unknown:
            raise ImportFormatError(f"{where}: document: unknown field(s) "
                                    f"{', '.join(sorted(unknown))}")
        if not isinstance(rec.get("text"), str):
            raise ImportFormatError(f"{where}: document.text: expected the document's text")
        data = {k: rec[k] for k in _DOC_FIELDS if k in rec}
        try:
            doc = codec.document_from_dict(data, "document")
        except ValueError as exc:
            raise ImportFormatError(f"{where}: {exc}") from None
        for k in ("title", "lead", "published", "published_source"):
            if getattr(doc, k) is not None and not isinstance(getattr(doc, k), str):
                raise ImportFormatError(f"{where}: document.{k}: expected a string or null")
        notes = rec.get("notes") or []
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            raise ImportFormatError(f"{where}: document.notes: expected a list of strings")
        doc.content_hash = codec.content_hash(doc)
        if doc.content_hash in self._docs:
            raise ImportFormatError(f"{where}: the same document appears twice")
        bundle = DocumentBundle(document=doc, notes=list(notes))
        self._docs[doc.content_hash] = bundle
        self.bundles[-1].documents.append(bundle)
        self._events[doc.content_hash] = []

    def event(self, rec: dict[str, Any], where: str) -> None:
        if not self.bundles:
            raise ImportFormatError(f"{where}: an event before any timeline")
        ref = rec.get("document")
        if ref is None and len(self._docs) == 1:
            ref = next(iter(self._docs))
        if ref not in self._docs:
            raise ImportFormatError(f"{where}: event refers to unknown document {ref!r} "
                                    "(documents must come before their events)")
        original = rec.get("original", rec.get("event"))
        try:
            ev = codec.event_from_dict(original, "event.original")
        except ValueError as exc:
            raise ImportFormatError(f"{where}: {exc}") from None
        text = self._docs[ref].document.text
        if not 0 <= ev.start <= ev.end <= len(text):
            raise ImportFormatError(f"{where}: event offsets {ev.start}..{ev.end} fall outside "
                                    f"its document ({len(text)} characters)")
        position = rec.get("position", len(self._events[ref]))
        if not isinstance(position, int) or isinstance(position, bool) or position < 0:
            raise ImportFormatError(f"{where}: position must be a non-negative integer")
        corrections = rec.get("corrections") or []
        if not isinstance(corrections, list):
            raise ImportFormatError(f"{where}: corrections: expected a list")
        for i, c in enumerate(corrections):
            self._check_correction(c, f"{where}: corrections[{i}]")
        self._events[ref].append((position, ev.to_dict(), list(corrections), where))

    @staticmethod
    def _check_correction(c: Any, where: str) -> None:
        if not isinstance(c, dict) or "field" not in c:
            raise ImportFormatError(f"{where}: expected an object with a field")
        unknown = set(c) - _CORR_FIELDS
        if unknown:
            raise ImportFormatError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if not isinstance(c.get("user", ""), str) or not isinstance(c.get("at", ""), str):
            raise ImportFormatError(f"{where}: user and at must be strings")
        if not isinstance(c.get("active", True), bool):
            raise ImportFormatError(f"{where}: active must be true or false")
        try:
            if c["field"] == "span":  # merge/split (keydates.store.edits): start, end shifts
                codec.check_span(c.get("value"))
            else:
                codec.flatten_changes({c["field"]: c.get("value")})
        except CorrectionError as exc:
            raise ImportFormatError(f"{where}: {exc}") from None

    def finish(self) -> None:
        for ref, items in self._events.items():
            items.sort(key=lambda x: x[0])
            seen: set[int] = set()
            for pos, _, _, where in items:
                if pos in seen:
                    raise ImportFormatError(f"{where}: two events at position {pos} of one "
                                            "document")
                seen.add(pos)
            bundle = self._docs[ref]
            bundle.events = [ev for _, ev, _, _ in items]
            bundle.corrections = [c for _, _, c, _ in items]
        self._events = {}

    def result(self) -> list[TimelineBundle]:
        self.finish()
        if not self.bundles:
            raise ImportFormatError("the file holds no timeline")
        return self.bundles


def _as_text(data: str | bytes) -> str:
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"not UTF-8 text (byte {exc.start})") from None
    return data.lstrip("\ufeff")


def guess_format(text: str) -> str:
    """'json' for one JSON object, 'jsonl' for one object per line."""
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    try:
        rec = json.loads(first)
    except json.JSONDecodeError:
        return "json"
    return "jsonl" if isinstance(rec, dict) and "type" in rec else "json"


def parse(data: str | bytes, fmt: str | None = None) -> list[TimelineBundle]:
    """Parse and validate a whole export file before anything is written."""
    text = _as_text(data)
    if not text.strip():
        raise ImportFormatError("the file is empty")
    fmt = fmt or guess_format(text)
    builder = _Builder()
    if fmt == "jsonl":
        # Split on LF only: str.splitlines() also splits on U+2028, U+0085 ... that JSON
        # strings may hold unescaped.
        for n, line in enumerate(text.split("\n"), start=1):
            line = line.rstrip("\r")
            if not line.strip():
                continue
            where = f"line {n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ImportFormatError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})"
                                        ) from None
            if not isinstance(rec, dict):
                raise ImportFormatError(f"{where}: expected a JSON object")
            kind = rec.pop("type", None)
            handler = {"timeline": builder.timeline, "document": builder.document,
                       "event": builder.event}.get(kind)  # type: ignore[arg-type]
            if handler is None:
                raise ImportFormatError(f"{where}: unknown record type {kind!r} "
                                        "(timeline, document or event)")
            handler(rec, where)
        return builder.result()
    if fmt != "json":
        raise ImportFormatError(f"unknown import format {fmt!r} (json or jsonl)")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"line {exc.lineno}: invalid JSON: {exc.msg} "
                                f"(column {exc.colno})") from None
    items = payload if isinstance(payload, list) else [payload]
    lines = _element_lines(text)
    for i, obj in enumerate(items):
        base = f"timelines[{i}]" if isinstance(payload, list) else "$"
        if not isinstance(obj, dict):
            raise ImportFormatError(f"{base}: expected a JSON object")
        builder.timeline(obj, base)
        docs, events = obj.get("documents"), obj.get("events")
        if not isinstance(docs, list) or not isinstance(events, list):
            raise ImportFormatError(f"{base}: needs lists 'documents' and 'events'")
        for j, d in enumerate(docs):
            if not isinstance(d, dict):
                raise ImportFormatError(f"{base}.documents[{j}]: expected an object")
            builder.document(d, _where(lines, i, "documents", j, base))
        for j, e in enumerate(events):
            if not isinstance(e, dict):
                raise ImportFormatError(f"{base}.events[{j}]: expected an object")
            builder.event(e, _where(lines, i, "events", j, base))
    return builder.result()


def _where(lines: dict[tuple[int, str, int], int], i: int, key: str, j: int, base: str) -> str:
    line = lines.get((i, key, j))
    return f"line {line} ({base}.{key}[{j}])" if line else f"{base}.{key}[{j}]"


def _element_lines(text: str) -> dict[tuple[int, str, int], int]:
    """Line numbers where each element of the top-level 'documents'/'events' lists starts.

    Walks the already-valid JSON with `raw_decode`, so an error about the 7th event can name
    the line it starts on, as JSON Lines errors do.
    """
    dec = json.JSONDecoder()
    ws = " \t\n\r"
    out: dict[tuple[int, str, int], int] = {}

    def skip(i: int) -> int:
        while i < len(text) and text[i] in ws:
            i += 1
        return i

    def walk_object(i: int, n: int) -> int:
        i = skip(i) + 1  # '{'
        while True:
            i = skip(i)
            if text[i] == "}":
                return i + 1
            key, i = json.decoder.scanstring(text, i + 1)
            i = skip(skip(i) + 1)  # ':'
            if key in ("documents", "events") and text[i] == "[":
                i, j = skip(i + 1), 0
                while text[i] != "]":
                    out[(n, key, j)] = text.count("\n", 0, i) + 1
                    _, i = dec.raw_decode(text, i)
                    i, j = skip(i), j + 1
                    if text[i] == ",":
                        i = skip(i + 1)
                i += 1
            else:
                _, i = dec.raw_decode(text, i)
            i = skip(i)
            if text[i] == ",":
                i += 1

    try:
        i = skip(0)
        if text[i] == "{":
            walk_object(i, 0)
        elif text[i] == "[":
            i, n = skip(i + 1), 0
            while text[i] != "]":
                i = skip(walk_object(i, n) if text[i] == "{" else dec.raw_decode(text, i)[1])
                n += 1
                if text[i] == ",":
                    i = skip(i + 1)
    except (IndexError, ValueError):
        pass  # positions are a courtesy; the path is still reported
    return out
