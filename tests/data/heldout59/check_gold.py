"""Independent sanity check for the heldout59 chronology gold (standard library only).

Checks: meta keys and date, gold JSON keys and types, quote length (8-12 words or the
whole entry if shorter), every quote found exactly once in the source and in text order,
TIMEX3 value forms, mods, `end` forms.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
ALLOWED = set(REQUIRED) | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if len(srcs) != 1:
            errors.append(f"{name}: expected one source file, found {srcs}")
            continue
        src = srcs[0]
        text = src.read_text(encoding="utf-8")
        meta_p = HERE / (name + ".meta.json")
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {missing}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))) \
                    or not valid_value(meta["publication_date"]):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: meta unreadable: {exc}")
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            total += 1
            keys = list(o)
            if [k for k in keys if k != "end"] != REQUIRED:
                errors.append(f"{where}: keys/order {keys}")
            if set(keys) - ALLOWED:
                errors.append(f"{where}: unknown keys {set(keys) - ALLOWED}")
            q = o.get("quote")
            if not isinstance(q, str) or not q:
                errors.append(f"{where}: quote missing")
                continue
            nw = len(q.split())
            if nw > 12 or nw < 3:
                errors.append(f"{where}: quote has {nw} words")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                p = text.index(q)
                if p <= pos:
                    errors.append(f"{where}: quote out of text order")
                pos = p
            v = o.get("value")
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if o.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {o.get('mod')!r}")
            if "end" in o:
                e = o["end"]
                if not isinstance(e, str) or not valid_value(e):
                    errors.append(f"{where}: bad end {e!r}")
                if v is None:
                    errors.append(f"{where}: end without value")
            if v is None and o.get("mod") is not None:
                errors.append(f"{where}: mod without value")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    errors.append(f"{where}: {k} not bool")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
