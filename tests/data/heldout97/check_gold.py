"""Independent sanity check for the heldout97 gold files (standard library only).

Checks: JSON keys and types, quote found exactly once in the visible text and in text order,
TIMEX3 value forms, mods, `end` only for ranges, meta keys; for HTML files the quote must be
visible text (no tags/entities) lying inside one block element.
"""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
BLOCKS = {"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote",
          "figcaption", "section", "article", "header", "footer", "nav", "aside", "main", "body",
          "ul", "ol", "dl", "table", "tr", "form", "label", "time", "strong", "b", "span"}
LABELS = {"td", "th", "dt", "strong", "b", "time", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "li", "p"}


class Visible(HTMLParser):
    """Visible text plus, for every element, the text directly inside it (incl. inline children)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.skip, self.parts, self.elements = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        self.stack.append([tag, []])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, txt in self.stack[i:][::-1]:
                    self.elements.append((t, "".join(txt)))
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        for _, txt in self.stack:
            txt.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s)


def check_file(gold_path, errors):
    name = gold_path.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, got {texts}")
        return 0
    src = texts[0]
    raw = src.read_text(encoding="utf-8")
    meta = json.loads((HERE / (name + ".meta.json")).read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta:
            errors.append(f"{name}: meta lacks {k}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
        errors.append(f"{name}: bad publication_date")
    if meta.get("format") != src.suffix[1:]:
        errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
    elements = None
    if src.suffix == ".html":
        v = Visible()
        v.feed(raw)
        v.close()
        text = norm("".join(v.parts))
        elements = [(t, norm(x)) for t, x in v.elements]
    else:
        text = raw
    pos = -1
    n = 0
    for ln, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{ln}: blank line")
            continue
        where = f"{name}:{ln}"
        try:
            g = json.loads(line)
        except ValueError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not REQ <= keys or keys - REQ - {"end"}:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        words = len(q.split())
        if not (6 <= words <= 13):
            errors.append(f"{where}: quote has {words} words")
        if q != q.strip() or q[:1] in "-•*#>|":
            errors.append(f"{where}: quote has glyph/whitespace at an edge: {q!r}")
        if src.suffix == ".html" and (re.search(r"[<>]", q) or re.search(r"&\w+;|&#", q)):
            errors.append(f"{where}: quote contains markup/entities")
        if src.suffix == ".md" and re.search(r"\*\*|__|`|\[|\]\(", q):
            errors.append(f"{where}: quote contains Markdown markup")
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
        else:
            i = text.find(q)
            if i <= pos:
                errors.append(f"{where}: quote out of order")
            pos = i
        if elements is not None:
            inside = [t for t, x in elements if q in x and t not in ("body", "html", "main", "article",
                      "section", "div", "ul", "ol", "dl", "table", "tr", "header", "footer", "aside", "nav", "form")]
            if not inside:
                errors.append(f"{where}: quote not inside one block element: {q!r}")
            # the quote must start at the description, not at a date label element
            for t, x in elements:
                x = x.strip()
                if t in ("td", "th", "dt", "strong", "b", "time") and x and q != x and q.startswith(x):
                    errors.append(f"{where}: quote starts with label element <{t}>{x!r}")
        val = g["value"]
        if val is not None and not VALUE_RE.match(val):
            errors.append(f"{where}: bad value {val!r}")
        if g["mod"] not in MODS:
            errors.append(f"{where}: bad mod {g['mod']!r}")
        if "end" in g and (g["end"] is None or not VALUE_RE.match(g["end"])):
            errors.append(f"{where}: bad end {g['end']!r}")
        if "end" in g and val is not None and not val.startswith("BC") and g["end"] < val:
            errors.append(f"{where}: end before value")
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errors.append(f"{where}: explicit/hard must be booleans")
        if val is None and g["mod"] is not None:
            errors.append(f"{where}: null value with a mod")
    return n


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gp in golds:
        n = check_file(gp, errors)
        print(f"{gp.name}: {n} entries")
        total += n
    print(f"{len(golds)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
