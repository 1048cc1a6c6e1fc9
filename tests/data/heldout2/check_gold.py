"""Check the held-out-2 gold files: JSON lines, quotes found once and in order, TIMEX3 forms.

Run: .venv/bin/python tests/data/heldout2/check_gold.py  (independent of keydates code).
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
VALUE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def html_text(raw: str) -> str:
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def check(gold: Path) -> list[str]:
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for ext in ("txt", "md", "html") if (p := HERE / f"{name}.{ext}").exists()]
    errs: list[str] = []
    if len(texts) != 1:
        return [f"{name}: {len(texts)} text files"]
    raw = texts[0].read_text(encoding="utf-8")
    views = {"raw": norm(raw)}
    if texts[0].suffix == ".html":
        views = {"html": norm(html_text(raw))}
        try:
            import trafilatura

            views["trafilatura"] = norm(trafilatura.extract(raw, output_format="markdown",
                                                             include_formatting=True, include_links=False,
                                                             include_tables=True, favor_recall=True) or "")
        except ImportError:
            pass
    meta = json.loads((HERE / f"{name}.meta.json").read_text())
    for k in ("title", "publication_date", "format"):
        if k not in meta:
            errs.append(f"{name}: meta lacks {k}")
    last = {v: -1 for v in views}
    for i, line in enumerate(gold.read_text().splitlines(), 1):
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{name}:{i}: bad JSON {e}")
            continue
        if not KEYS <= set(g) or set(g) - KEYS - {"end"}:
            errs.append(f"{name}:{i}: keys {sorted(g)}")
        q = norm(g["quote"])
        if not 6 <= len(q.split()) <= 14:
            errs.append(f"{name}:{i}: quote has {len(q.split())} words")
        for v, t in views.items():
            n = t.count(q)
            if n != 1:
                errs.append(f"{name}:{i}: quote found {n}x in {v}: {q!r}")
            else:
                pos = t.index(q)
                if pos < last[v]:
                    errs.append(f"{name}:{i}: quote out of order in {v}")
                last[v] = pos
        for k in ("value", "end"):
            if g.get(k) is not None and not VALUE.match(g[k]):
                errs.append(f"{name}:{i}: bad {k} {g[k]!r}")
        if "end" in g and (g["end"] is None or g["value"] is None):
            errs.append(f"{name}:{i}: end without value")
        if g["mod"] not in MODS:
            errs.append(f"{name}:{i}: bad mod {g['mod']!r}")
        if g["value"] is None and g["explicit"]:
            errs.append(f"{name}:{i}: null value but explicit")
    return errs


def main() -> int:
    golds = sorted(HERE.glob("*.gold.jsonl"))
    errs = [e for g in golds for e in check(g)]
    n = sum(len(g.read_text().splitlines()) for g in golds)
    print("\n".join(errs) or f"OK: {len(golds)} chronologies, {n} gold entries")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
