"""Independent checker for the heldout52 gold files (standard library only)."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(BC)?(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
                   r"|\d{4}-(SP|SU|FA|WI)|\d{4}-W\d{2}(-WE)?|\d{3}X|\d{2}XX)$")
META = {"title", "publication_date", "format", "style"}

def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[:-len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if len(texts) != 1:
            errors.append(f"{name}: need exactly one text file, got {texts}"); continue
        text = texts[0].read_text(encoding="utf-8")
        meta_p = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META: errors.append(f"{name}: meta keys {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("publication_date", "")):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != texts[0].suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
        except Exception as e:
            errors.append(f"{name}: meta {e}")
        files += 1
        pos = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{name}:{n}: blank line"); continue
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f"{name}:{n}: bad JSON {e}"); continue
            total += 1
            ks = set(d)
            if not (ks == KEYS or ks == KEYS | {"end"}):
                errors.append(f"{name}:{n}: keys {sorted(ks)}")
            q = d.get("quote", "")
            if not isinstance(q, str) or not q or len(q.split()) > 12:
                errors.append(f"{name}:{n}: quote must be 1-12 words")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{name}:{n}: quote found {cnt} times: {q!r}")
            else:
                p = text.index(q)
                if p <= pos: errors.append(f"{name}:{n}: quote out of order")
                pos = p
            v = d.get("value")
            if v is not None and not (isinstance(v, str) and VALUE.match(v)):
                errors.append(f"{name}:{n}: bad value {v!r}")
            if "end" in d and not (isinstance(d["end"], str) and VALUE.match(d["end"])):
                errors.append(f"{name}:{n}: bad end {d['end']!r}")
            if "end" in d and v is None:
                errors.append(f"{name}:{n}: end without value")
            if d.get("mod") not in MODS:
                errors.append(f"{name}:{n}: bad mod {d.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(d.get(k), bool):
                    errors.append(f"{name}:{n}: {k} must be bool")
            if v is None and (d.get("mod") is not None or d.get("explicit")):
                errors.append(f"{name}:{n}: null value with mod/explicit")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files != 12 or total < 160: print("ERROR: expected 12 files and >=160 entries"); return 1
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
