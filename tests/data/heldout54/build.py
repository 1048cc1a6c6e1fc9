"""Builds the held-out files from templates. Entries are written {{text||value mod end explicit hard}}
('-' = null/absent, explicit/hard as 1/0). Output: NAME.ext (markers removed), NAME.gold.jsonl."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)

def build(name, ext, meta, template):
    text, gold, pos = "", [], 0
    out = []
    for m in MARK.finditer(template):
        out.append(template[pos:m.start()])
        body = m.group(1)
        out.append(body)
        value, mod, end, ex, hd = m.group(2).split()
        gold.append([body, value, mod, end, ex, hd])
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    rows = []
    for body, value, mod, end, ex, hd in gold:
        words = body.split()
        n = min(10, len(words))
        while True:
            q = " ".join(words[:n])
            if text.count(q) == 1 or n >= len(words):
                break
            n += 1
        assert text.count(q) == 1, (name, q)
        r = {"quote": q, "value": None if value == "null" else value,
             "mod": None if mod == "-" else mod}
        if end != "-":
            r["end"] = end
        r["explicit"] = ex == "1"
        r["hard"] = hd == "1"
        rows.append(r)
    with open(os.path.join(HERE, name + "." + ext), "w") as f:
        f.write(text.lstrip("\n"))
    with open(os.path.join(HERE, name + ".gold.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    meta = dict(meta, format=ext)
    with open(os.path.join(HERE, name + ".meta.json"), "w") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write("\n")
    print(name, len(rows))
    return len(rows)

DOCS = []
def doc(name, ext, title, pub, style):
    def deco(fn):
        DOCS.append((name, ext, {"title": title, "publication_date": pub, "style": style}, fn.__doc__))
        return fn
    return deco
