"""Independent checker for the heldout31 gold files (standard library only; no keydates code)."""
import calendar, glob, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}(-\d{2}-\d{2})?|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
# weekday claims in the texts, verified with calendar: (date, weekday index Mon=0)
WEEKDAYS = [("2020-01-31", 4), ("2023-11-03", 4), ("2023-11-02", 3), ("2023-10-31", 1), ("2023-11-01", 2),
            ("2023-07-22", 5), ("2023-09-04", 0), ("2023-12-02", 5), ("2024-02-14", 2), ("2024-02-12", 0),
            ("2024-02-09", 4), ("2025-05-26", 0), ("2025-05-25", 6), ("2025-03-08", 5), ("2025-04-21", 0),
            ("1989-10-02", 0), ("1989-10-07", 5), ("1989-10-18", 2), ("1989-11-04", 5), ("1989-11-09", 3),
            ("1989-11-10", 4), ("1989-11-12", 6), ("2019-11-09", 5), ("2024-12-07", 5), ("2024-12-06", 4)]
errors = []
def err(m): errors.append(m)
for d, wd in WEEKDAYS:
    y, m, dd = map(int, d.split("-"))
    if calendar.weekday(y, m, dd) != wd: err("weekday wrong for " + d)
total = 0
golds = sorted(glob.glob(os.path.join(D, "*.gold.jsonl")))
if len(golds) != 12: err("expected 12 gold files, got %d" % len(golds))
for g in golds:
    name = os.path.basename(g)[:-len(".gold.jsonl")]
    texts = [p for p in glob.glob(os.path.join(D, name + ".*")) if p.rsplit(".", 1)[1] in ("txt", "md", "html")]
    if len(texts) != 1: err(name + ": need exactly one text file"); continue
    text = open(texts[0], encoding="utf-8").read()
    if "§" in text: err(name + ": build marker left in text")
    meta = json.load(open(os.path.join(D, name + ".meta.json"), encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta: err(name + ": meta lacks " + k)
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")): err(name + ": bad publication_date")
    if meta.get("format") != texts[0].rsplit(".", 1)[1]: err(name + ": meta format mismatch")
    last = -1
    for i, line in enumerate(open(g, encoding="utf-8"), 1):
        o = json.loads(line); total += 1
        where = "%s:%d" % (name, i)
        ks = set(o)
        if not (KEYS <= ks <= KEYS | {"end"}): err(where + ": keys " + str(sorted(ks)))
        q = o.get("quote", "")
        n = len(q.split())
        if not (3 <= n <= 12): err(where + ": quote has %d words" % n)
        if text.count(q) != 1: err(where + ": quote found %d times: %r" % (text.count(q), q))
        else:
            p = text.find(q)
            if p <= last: err(where + ": quote out of order")
            last = p
        v = o.get("value")
        if v is not None and not VAL.match(v): err(where + ": bad value " + repr(v))
        if "end" in o and (o["end"] is None or not VAL.match(o["end"])): err(where + ": bad end")
        if o.get("mod") not in MODS: err(where + ": bad mod " + repr(o.get("mod")))
        if not isinstance(o.get("explicit"), bool) or not isinstance(o.get("hard"), bool): err(where + ": flags not bool")
        if v is None and (o.get("mod") or "end" in o): err(where + ": null value with mod/end")
        if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            y, m, dd = map(int, v.split("-"))
            if not (1 <= m <= 12 and 1 <= dd <= calendar.monthrange(y, m)[1]): err(where + ": impossible date")
if total < 160: err("only %d entries" % total)
for e in errors: print("ERROR", e)
print("%d gold entries in %d files; %s" % (total, len(golds), "FAIL" if errors else "OK"))
sys.exit(1 if errors else 0)
