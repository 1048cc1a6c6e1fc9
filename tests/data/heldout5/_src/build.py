"""Build NAME.{txt,md,html} + NAME.gold.jsonl from an annotated source _src/NAME.src.EXT.

A marker @@value;mod;end;explicit;hard@@ precedes each entry (value/mod/end may be '-' for null/absent).
The quote is the first up-to-10 words after the marker (stopping at a newline or '<').
"""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MARK = re.compile(r"@@([^@]*)@@")
for src in sorted(HERE.glob("*.src.*")):
    name, _, ext = src.name.partition(".src.")
    raw = src.read_text(encoding="utf-8")
    text = MARK.sub("", raw)
    gold = []
    for m in MARK.finditer(raw):
        v, mod, end, e, h = m.group(1).split(";")
        nxt = MARK.search(raw, m.end())
        rest = raw[m.end():nxt.start() if nxt else len(raw)]
        seg = re.split(r"[\n<]", rest, 1)[0]
        words = seg.split()[:10]
        q = " ".join(words)
        assert q in text, (name, q)
        rec = {"quote": q, "value": None if v == "-" else v, "mod": None if mod == "-" else mod}
        if end != "-":
            rec["end"] = end
        rec["explicit"] = e == "1"
        rec["hard"] = h == "1"
        gold.append(rec)
    (OUT / f"{name}.{ext}").write_text(text, encoding="utf-8")
    with open(OUT / f"{name}.gold.jsonl", "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(gold))
