"""Builds the documents and gold of heldout204 from annotated sources.
An entry starts with {{value|mod|end|EH}} (E,H = 1/0 for explicit/hard; '-' = null).
The quote is the first words (max 10) of the entry text after the marker, up to a tag or line end."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{\{([^|}]*)\|([^|}]*)\|([^|}]*)\|([01])([01])\}\}")
def build(name, fmt, meta, src, nwords=10):
    gold = []
    out = MARK.sub("", src)
    for m in MARK.finditer(src):
        rest = src[m.end():]
        rest = MARK.sub("", rest)
        seg = re.split(r"<|\n|\|", rest)[0]
        words = seg.split()
        q = " ".join(words[:nwords])
        v, mod, end, e, h = m.groups()
        g = {"quote": q, "value": None if v == "-" else v, "mod": None if mod == "-" else mod}
        if end != "-":
            g["end"] = end
        g["explicit"] = e == "1"; g["hard"] = h == "1"
        gold.append(g)
    ext = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    open(os.path.join(HERE, f"{name}.{ext}"), "w").write(out)
    meta = dict(meta); meta["format"] = fmt
    open(os.path.join(HERE, f"{name}.meta.json"), "w").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    open(os.path.join(HERE, f"{name}.gold.jsonl"), "w").write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))
    print(name, len(gold))
    return len(gold)
