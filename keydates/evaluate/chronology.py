"""Score extracted timelines against gold chronologies (format: ../shared/data/chronologies/README.md).

For every gold entry the quote is located in the text as read (`Document.text`; whitespace may
differ); the system event overlapping the quote most is its match. Scores:
- coverage: gold entries with a matching event;
- value accuracy: the matched value equals the gold value (case-insensitive); a null gold value is
  right when no event, or an event with a null date, matches;
- strict accuracy: value, mod and range end all equal;
- extra events: system events overlapping no gold entry (rate: per gold entry).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from keydates.errors import InputError
from keydates.model import Event, Timeline

SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(slots=True)
class GoldEntry:
    """One gold line and where its quote is in the text."""

    quote: str
    value: str | None
    mod: str | None = None
    end: str | None = None
    explicit: bool | None = None
    hard: bool | None = None
    start: int | None = None  # located span in Document.text (None: quote not found)
    stop: int | None = None


@dataclass(slots=True)
class EntryResult:
    """The outcome for one gold entry."""

    quote: str
    gold: dict[str, Any]
    system: dict[str, Any] | None
    covered: bool
    value_ok: bool
    strict_ok: bool
    error: str | None = None  # missed | value | mod/end | quote-not-found


@dataclass(slots=True)
class DocumentScore:
    """Scores of one chronology."""

    name: str
    gold: int = 0
    events: int = 0
    covered: int = 0
    value_ok: int = 0
    strict_ok: int = 0
    extra: int = 0
    results: list[EntryResult] = field(default_factory=list)
    extra_events: list[dict[str, Any]] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        """Percentages: coverage, value and strict accuracy, extra events per gold entry."""
        n = self.gold or 1
        return {"coverage": 100.0 * self.covered / n, "value_accuracy": 100.0 * self.value_ok / n,
                "strict_accuracy": 100.0 * self.strict_ok / n, "extra_rate": 100.0 * self.extra / n}

    def add(self, other: "DocumentScore") -> None:
        for f in ("gold", "events", "covered", "value_ok", "strict_ok", "extra"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def errors(self) -> list[EntryResult]:
        return [r for r in self.results if r.error]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(self.rates())
        return d


def load_gold(path: Path) -> list[GoldEntry]:
    """Gold entries of a NAME.gold.jsonl file (blank lines ignored)."""
    out: list[GoldEntry] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON: {exc.msg}") from exc
        if "quote" not in d or "value" not in d:
            raise InputError(f"{path}:{n}: a gold entry needs 'quote' and 'value'")
        out.append(GoldEntry(quote=d["quote"], value=d["value"], mod=d.get("mod"),
                             end=d.get("end"), explicit=d.get("explicit"), hard=d.get("hard")))
    return out


def locate(text: str, quote: str, after: int = 0) -> tuple[int, int] | None:
    """Span of `quote` in `text`, exact or with whitespace (and case) differences, or with the
    Markdown emphasis a reader does not see ("the production, *Giselle*, tours")."""
    i = text.find(quote, after)
    if i < 0:
        i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    words = [r"[*_]{0,3}".join(re.escape(piece) for piece in re.findall(r"\w+|\W", w)) for w in quote.split()]
    if not words:
        return None
    pat = re.compile(r"[\s*_]+".join(words),
                     re.IGNORECASE)
    m = pat.search(text, after) or pat.search(text)
    return (m.start(), m.end()) if m else None


def _norm(v: str | None) -> str | None:
    return v.lower() if isinstance(v, str) else v


def _sys(e: Event) -> dict[str, Any]:
    return {"value": e.date.value, "mod": e.date.mod, "end": e.date.range_end,
            "basis": e.date.basis, "start": e.start, "end_offset": e.end,
            "text": e.text[:120]}


def score_timeline(name: str, timeline: Timeline, gold: Iterable[GoldEntry]) -> DocumentScore:
    """Score one timeline against its gold entries."""
    text = timeline.document.text
    events = timeline.events
    score = DocumentScore(name=name, events=len(events))
    pos = 0
    spans: list[tuple[int, int]] = []
    for g in gold:
        score.gold += 1
        span = locate(text, g.quote, pos)
        gd = {"value": g.value, "mod": g.mod, "end": g.end}
        if span is None:
            score.results.append(EntryResult(g.quote, gd, None, False, False, False,
                                             "quote-not-found"))
            continue
        g.start, g.stop = span
        pos = span[0]
        spans.append(span)
        best, best_overlap = None, 0
        for e in events:
            ov = min(e.end, span[1]) - max(e.start, span[0])
            if ov > best_overlap:
                best, best_overlap = e, ov
        sysd = _sys(best) if best is not None else None
        covered = best is not None
        if g.value is None:
            value_ok = best is None or best.date.value is None
        else:
            value_ok = best is not None and _norm(best.date.value) == _norm(g.value)
        strict_ok = value_ok and (best is None and g.value is None or best is not None and (
            _norm(best.date.mod) == _norm(g.mod) and _norm(best.date.range_end) == _norm(g.end)))
        error = None
        if not value_ok:
            error = "missed" if best is None else "value"
        elif not strict_ok:
            error = "mod/end"
        score.covered += covered
        score.value_ok += value_ok
        score.strict_ok += strict_ok
        score.results.append(EntryResult(g.quote, gd, sysd, covered, value_ok, strict_ok, error))
    for e in events:
        if not any(min(e.end, b) - max(e.start, a) > 0 for a, b in spans):
            score.extra += 1
            score.extra_events.append(_sys(e))
    return score


def chronology_files(directory: Path) -> list[tuple[str, Path, Path, Path | None]]:
    """(name, text file, gold file, meta file) for every annotated chronology in a folder."""
    if not directory.is_dir():
        raise InputError(f"not a directory: {directory}")
    out = []
    for gold in sorted(directory.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        text = next((directory / (name + s) for s in SUFFIXES if (directory / (name + s)).exists()),
                    None)
        if text is None:
            continue
        meta = directory / (name + ".meta.json")
        out.append((name, text, gold, meta if meta.exists() else None))
    if not out:
        raise InputError(f"no NAME.txt|.md|.html with NAME.gold.jsonl in {directory}")
    return out


def publication_of(meta: Path | None) -> str | None:
    """The publication date a NAME.meta.json gives, if any."""
    if meta is None:
        return None
    try:
        return json.loads(meta.read_text("utf-8")).get("publication_date")
    except (json.JSONDecodeError, AttributeError) as exc:
        raise InputError(f"{meta}: not a JSON object") from exc


def evaluate_directory(directory: str | Path, use_meta: bool = True
                       ) -> tuple[list[DocumentScore], DocumentScore]:
    """Score every chronology of `directory`; returns per-document scores and the total.

    With `use_meta=False` the publication date of NAME.meta.json is not given: the reader
    finds it itself (HTML metadata, dateline) or goes without."""
    from keydates.events import extract

    docs = []
    total = DocumentScore(name="TOTAL")
    for name, text, gold, meta in chronology_files(Path(directory)):
        timeline = extract(text, published=publication_of(meta) if use_meta else None)
        s = score_timeline(name, timeline, load_gold(gold))
        docs.append(s)
        total.add(s)
    return docs, total
