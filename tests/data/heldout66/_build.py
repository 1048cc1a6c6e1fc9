"""Writes NAME.txt/.gold.jsonl from the compact specs in specs/*.py? No: specs inline in build calls."""
import json, pathlib
D = pathlib.Path(__file__).parent
def build(name, ext, meta, parts):
    """parts: str (furniture) or tuple(text, value, mod, end, explicit, hard, quote_words)."""
    out = []; gold = []
    for p in parts:
        if isinstance(p, str): out.append(p); continue
        segs = p if isinstance(p, list) else [p]
        line = ""
        for s in segs:
            prefix, txt, v, mod, end, ex, hard = s
            line += prefix + txt
            words = txt.split()[:9]
            o = {"quote": " ".join(words), "value": v, "mod": mod}
            if end: o["end"] = end
            o.update(explicit=ex, hard=hard); gold.append(o)
        out.append(line)
    (D / f"{name}.{ext}").write_text("\n".join(out) + "\n", encoding="utf-8")
    (D / f"{name}.gold.jsonl").write_text("".join(json.dumps(o) + "\n" for o in gold), encoding="utf-8")
    (D / f"{name}.meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
def E(txt, v, mod=None, end=None, ex=True, hard=False, pre=""):
    return (pre, txt, v, mod, end, ex, hard)
