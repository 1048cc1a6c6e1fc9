"""TempEval-3 scoring of TIMEX3 extents, values and types against gold TimeML.

The measures of TempEval-3 (UzZaman et al., 2013), on the TIMEX3 of TEXT (the DCT is not scored):

* strict extent: a system TIMEX3 matches a gold one when both offsets are equal;
* relaxed extent: when they overlap by at least one character. Relaxed precision counts the system
  expressions that overlap some gold expression, relaxed recall the gold expressions that overlap
  some system expression (as the TE3 scorer does);
* value F1 = (relaxed matches with the gold value / relaxed matches) x relaxed F1, values compared
  case-insensitively; type F1 likewise. The relaxed matches are one-to-one pairs of overlapping
  gold and system expressions (exact extents first, then the largest overlap), so one long system
  expression over two gold ones is judged against one of them only.

Per document and pooled (micro: counts summed over all documents). Scores are percentages.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from keydates.errors import InputError, KeydatesError, TimeMLError
from keydates.time.timeml import TimeMLDocument, Timex, read_timeml

Tagger = Callable[[str, "_dt.date | None"], Sequence[Any]]
ERROR_KINDS = ("missed", "spurious", "wrong_value", "wrong_type", "extent")
ERROR_TITLES = {
    "missed": "missed (gold TIMEX3 that no system expression overlaps)",
    "spurious": "spurious (system expressions that overlap no gold TIMEX3)",
    "wrong_value": "wrong value (overlapping pair, values differ)",
    "wrong_type": "wrong type (overlapping pair, types differ)",
    "extent": "extent (overlapping pair, offsets differ)",
}


def _pct(num: int, den: int) -> float:
    return 100.0 * num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Counts:
    """Raw counts of one document or a pool of documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0  # exact extent matches (one-to-one)
    relaxed_system: int = 0  # system expressions overlapping some gold one
    relaxed_gold: int = 0  # gold expressions overlapping some system one
    pairs: int = 0  # one-to-one overlapping pairs (the relaxed matches)
    value_ok: int = 0
    type_ok: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f) + getattr(other, f) for f in self.__slots__))

    @property
    def strict_p(self) -> float:
        return _pct(self.strict, self.system)

    @property
    def strict_r(self) -> float:
        return _pct(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_p, self.strict_r)

    @property
    def relaxed_p(self) -> float:
        return _pct(self.relaxed_system, self.system)

    @property
    def relaxed_r(self) -> float:
        return _pct(self.relaxed_gold, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_p, self.relaxed_r)

    @property
    def value_accuracy(self) -> float:
        return _pct(self.value_ok, self.pairs)

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1 / 100.0

    @property
    def type_accuracy(self) -> float:
        return _pct(self.type_ok, self.pairs)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1 / 100.0

    def scores(self) -> dict[str, float]:
        """The TempEval-3 figures, rounded to two decimals."""
        names = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
                 "value_accuracy", "value_f1", "type_accuracy", "type_f1")
        return {n: round(getattr(self, n), 2) for n in names}

    def to_dict(self) -> dict[str, Any]:
        return {**{f: getattr(self, f) for f in self.__slots__}, **self.scores()}


@dataclass(slots=True)
class Case:
    """One error: a gold and/or a system expression, with the text around it."""

    kind: str  # one of ERROR_KINDS
    document: str
    gold: Timex | None
    system: Timex | None
    context: str

    @property
    def key(self) -> str:
        """What groups similar cases: the lower-cased expression text."""
        t = self.gold if self.kind == "missed" or (self.gold and self.kind != "spurious") else self.system
        return " ".join((t.text if t else "").lower().split())

    def to_dict(self) -> dict[str, Any]:
        def tx(t: Timex | None) -> dict[str, Any] | None:
            if t is None:
                return None
            return {"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                    "value": t.value, "mod": t.mod}
        return {"kind": self.kind, "document": self.document, "gold": tx(self.gold),
                "system": tx(self.system), "context": self.context}


@dataclass(slots=True)
class DocumentResult:
    """Scores and errors of one document."""

    name: str
    counts: Counts
    cases: list[Case] = field(default_factory=list)
    dct: str | None = None


@dataclass(slots=True)
class Report:
    """Per-document results and the pooled (micro) counts."""

    gold: str
    system: str  # "keydates" or the system folder
    documents: list[DocumentResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def pooled(self) -> Counts:
        total = Counts()
        for d in self.documents:
            total = total + d.counts
        return total

    @property
    def cases(self) -> list[Case]:
        return [c for d in self.documents for c in d.cases]

    def to_dict(self, per_doc: bool = True, errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "system": self.system,
                               "documents": len(self.documents), "pooled": self.pooled.to_dict(),
                               "notes": list(self.notes)}
        if per_doc:
            out["per_document"] = [{"document": d.name, **d.counts.to_dict()} for d in self.documents]
        if errors:
            out["errors"] = {k: [{"count": n, "text": key, "examples": [c.to_dict() for c in ex]}
                                 for key, n, ex in groups]
                             for k, groups in group_cases(self.cases, errors).items()}
        return out


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping expressions.

    Exact extents pair first, then the remaining overlaps by decreasing overlap length.
    """
    candidates: list[tuple[int, int, int, int]] = []
    sys_sorted = sorted(range(len(system)), key=lambda j: system[j].start)
    for i, g in enumerate(gold):
        for j in sys_sorted:
            s = system[j]
            if s.start >= g.end:
                break
            ov = _overlap(g, s)
            if ov > 0:
                exact = int(s.start == g.start and s.end == g.end)
                candidates.append((-exact, -ov, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def context(text: str, start: int, end: int, width: int = 50) -> str:
    """The expression in brackets with `width` characters either side, on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    snippet = f"{left}[{text[start:end]}]{right}"
    return " ".join(snippet.split())


def score_document(name: str, text: str, gold: Sequence[Timex], system: Sequence[Timex],
                   dct: str | None = None) -> DocumentResult:
    """Score one document's system expressions against its gold expressions."""
    gold = [g for g in gold if g.end > g.start]
    system = [s for s in system if s.end > s.start]
    pairs = align(gold, system)
    c = Counts(gold=len(gold), system=len(system), pairs=len(pairs))
    cases: list[Case] = []
    paired_g = {i for i, _ in pairs}
    paired_s = {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[i], system[j]
        if g.start == s.start and g.end == s.end:
            c.strict += 1
        else:
            cases.append(Case("extent", name, g, s, context(text, g.start, g.end)))
        if _same(g.value, s.value):
            c.value_ok += 1
        else:
            cases.append(Case("wrong_value", name, g, s, context(text, g.start, g.end)))
        if _same(g.type, s.type):
            c.type_ok += 1
        else:
            cases.append(Case("wrong_type", name, g, s, context(text, g.start, g.end)))
    c.relaxed_gold = len(paired_g) + sum(
        1 for i, g in enumerate(gold) if i not in paired_g and any(_overlap(g, s) > 0 for s in system))
    c.relaxed_system = len(paired_s) + sum(
        1 for j, s in enumerate(system) if j not in paired_s and any(_overlap(g, s) > 0 for g in gold))
    for i, g in enumerate(gold):
        if i not in paired_g and not any(_overlap(g, s) > 0 for s in system):
            cases.append(Case("missed", name, g, None, context(text, g.start, g.end)))
    for j, s in enumerate(system):
        if j not in paired_s and not any(_overlap(g, s) > 0 for g in gold):
            cases.append(Case("spurious", name, None, s, context(text, s.start, s.end)))
    cases.sort(key=lambda cs: ((cs.gold or cs.system).start, ERROR_KINDS.index(cs.kind)))  # type: ignore[union-attr]
    return DocumentResult(name=name, counts=c, cases=cases, dct=dct)


def _as_timex(e: Any) -> Timex:
    return Timex(start=e.start, end=e.end, text=getattr(e, "text", ""), type=e.type or "",
                 value=e.value or "", mod=getattr(e, "mod", None))


def default_tagger() -> Tagger:
    """keydates' own engine (`keydates.time.tag`)."""
    try:
        from keydates.time import tag
    except ImportError as exc:  # the engine is not installed or broken
        raise KeydatesError(f"the temporal engine cannot be loaded: {exc}") from None
    return lambda text, published: tag(text, published=published, timeml=True)


def gold_files(gold: str | Path) -> list[Path]:
    """The TimeML files of a folder (*.tml, *.xml), or the one file given."""
    p = Path(gold)
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise InputError(f"{p}: no such file or folder")
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in (".tml", ".xml"))
    if not files:
        raise InputError(f"{p}: no TimeML files (*.tml, *.xml) in this folder")
    return files


def system_expressions(doc: TimeMLDocument, system_dir: Path, notes: list[str]) -> list[Timex]:
    """The TIMEX3 of the system file of the same name; its TEXT must be the gold TEXT."""
    path = system_dir / Path(doc.source).name
    if not path.exists():
        notes.append(f"{path.name}: no system file, scored as an empty annotation")
        return []
    sdoc = read_timeml(path)
    if sdoc.text != doc.text:
        at = next((k for k, (a, b) in enumerate(zip(sdoc.text, doc.text)) if a != b),
                  min(len(sdoc.text), len(doc.text)))
        raise TimeMLError(f"{path}: TEXT differs from the gold TEXT at character {at}; "
                          "system files must keep every character of the text")
    return sdoc.timexes


def evaluate(gold: str | Path, system_dir: str | Path | None = None, tagger: Tagger | None = None,
             ) -> Report:
    """Score keydates (or `tagger`, or the tagged files of `system_dir`) on a gold TimeML folder."""
    files = gold_files(gold)
    report = Report(gold=str(gold), system=str(system_dir) if system_dir else "keydates")
    if system_dir is not None:
        sdir = Path(system_dir)
        if not sdir.is_dir():
            raise InputError(f"{sdir}: no such folder")
    elif tagger is None:
        tagger = default_tagger()
    for f in files:
        doc = read_timeml(f)
        if system_dir is not None:
            system = system_expressions(doc, Path(system_dir), report.notes)
        else:
            assert tagger is not None
            try:
                system = [_as_timex(e) for e in tagger(doc.text, doc.published)]
            except Exception as exc:
                exc.add_note(f"while tagging {f} (DCT {doc.dct})")
                raise
        for s in system:
            if not s.text:
                s.text = doc.text[s.start:s.end]
        report.documents.append(score_document(f.name, doc.text, doc.timexes, system, doc.dct))
    return report


def group_cases(cases: Iterable[Case], limit: int) -> dict[str, list[tuple[str, int, list[Case]]]]:
    """Per kind, the `limit` most frequent expression texts with their count and examples (<= 3)."""
    by_kind: dict[str, dict[str, list[Case]]] = {k: defaultdict(list) for k in ERROR_KINDS}
    for c in cases:
        by_kind[c.kind][c.key].append(c)
    out: dict[str, list[tuple[str, int, list[Case]]]] = {}
    for kind in ERROR_KINDS:
        groups = sorted(by_kind[kind].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if groups:
            out[kind] = [(key, len(cs), cs[:3]) for key, cs in groups[:limit]]
    return out


def _describe(t: Timex | None) -> str:
    if t is None:
        return "-"
    mod = f" mod={t.mod}" if t.mod else ""
    return f"{t.type} {t.value}{mod} \"{t.text}\""


def format_errors(report: Report, limit: int) -> str:
    """A readable listing of the errors, grouped by kind, most frequent expression texts first."""
    cases = report.cases
    totals = Counter(c.kind for c in cases)
    dcts = {d.name: d.dct for d in report.documents}
    lines = ["Errors by kind: " + ", ".join(f"{k} {totals.get(k, 0)}" for k in ERROR_KINDS)]
    for kind, groups in group_cases(cases, limit).items():
        lines.append("")
        lines.append(f"== {ERROR_TITLES[kind]}: {totals[kind]} in {len({c.document for c in cases if c.kind == kind})} "
                     f"documents; top {len(groups)} texts")
        for key, n, examples in groups:
            lines.append(f"  x{n}  \"{key}\"")
            for c in examples:
                lines.append(f"      {c.document} (DCT {dcts.get(c.document)}): gold {_describe(c.gold)}"
                             f" | system {_describe(c.system)}")
                lines.append(f"        … {c.context} …")
        if kind == "wrong_value":
            shapes = Counter((_shape(c.gold.value if c.gold else ""), _shape(c.system.value if c.system else ""))
                             for c in cases if c.kind == kind)
            lines.append("  by value shape (gold -> system): " + "; ".join(
                f"{g} -> {s} x{n}" for (g, s), n in shapes.most_common(limit)))
    return "\n".join(lines)


def _shape(value: str) -> str:
    """The form of a value with digits blurred: '1998-08-07' -> 'dddd-dd-dd'."""
    return "".join("d" if ch.isdigit() else ch for ch in value) or "(empty)"


__all__ = [
    "Counts", "Case", "DocumentResult", "Report", "align", "score_document", "evaluate",
    "gold_files", "group_cases", "format_errors", "context", "ERROR_KINDS",
]
