"""Builds the heldout31 files from inline marked sources. Marker: §value|mod|end|EH§ before an entry
(E explicit 1/0, H hard 1/0); the quote is the first 9 words that follow, up to '<' or newline."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
MK = re.compile(r"§([^|§]*)\|([^|§]*)\|([^|§]*)\|([01])([01])§")
def build(name, ext, meta, src):
    gold = []; out = []; pos = 0
    for m in MK.finditer(src):
        out.append(src[pos:m.start()]); pos = m.end()
        rest = src[m.end():]
        seg = re.split(r"[<\n§]", rest, 1)[0]
        seg = re.sub(r"\*\*", "", seg) if False else seg
        words = seg.split()[:9]
        q = " ".join(words)
        v, mod, end, e, h = m.groups()
        o = {"quote": q, "value": None if v == "null" else v, "mod": mod or None}
        if end: o["end"] = end
        o["explicit"] = e == "1"; o["hard"] = h == "1"
        gold.append(o)
    out.append(src[pos:])
    text = "".join(out)
    open(os.path.join(D, name + "." + ext), "w").write(text)
    with open(os.path.join(D, name + ".gold.jsonl"), "w") as f:
        for o in gold: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    meta = dict(meta); meta["format"] = ext
    open(os.path.join(D, name + ".meta.json"), "w").write(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    print(name, len(gold))
from _sources import SOURCES
for s in SOURCES: build(*s)
