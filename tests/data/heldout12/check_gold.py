"""Independent checker for the heldout12 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- every line is a JSON object with exactly the guide's keys (quote, value, mod, explicit, hard,
  and end only for ranges);
- every quote occurs exactly once in the text (for HTML: in the raw file and in the tag-stripped,
  entity-unescaped text), and the quotes occur in text order;
- quotes are 1-12 words (entries shorter than 8 words are quoted whole);
- value / end are TIMEX3 forms allowed by the guide (or null), mod is a known TIMEX3 mod;
- meta has title, publication_date (YYYY-MM-DD), format (matching the extension) and style.
Exit status 0 when everything passes.
"""
import calendar
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                     # seasons
    r"|\d{3}X|\d{2}XX"                                            # decades, centuries
    r"|BC\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # BC years (+ month/day)
    r")$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}


def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    text = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(text)


DAYS = [d.lower() for d in calendar.day_name]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def check_weekday(where, quote, value, errors):
    """A weekday named in a quote must agree with a full-date gold value."""
    if not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return
    named = [d for d in DAYS if re.search(rf"\b{d}\b", quote.lower())]
    if not named:
        return
    actual = DAYS[datetime.date.fromisoformat(value).weekday()]
    if actual not in named:
        errors.append(f"{where}: quote names {named} but {value} is a {actual}")


def check_text_weekdays(name, text, errors):
    """Every 'Weekday D Month YYYY' written out in a text must be a real weekday."""
    pattern = r"\b(" + "|".join(DAYS) + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b"
    for m in re.finditer(pattern, text, re.I):
        day = datetime.date(int(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(2)))
        if DAYS[day.weekday()] != m.group(1).lower():
            errors.append(f"{name}: {m.group(0)!r} is really a {DAYS[day.weekday()]}")


def check_file(gold_path, errors):
    name = gold_path.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {len(texts)}")
        return 0
    text_path = texts[0]
    raw = text_path.read_text(encoding="utf-8")
    haystacks = [raw]
    if text_path.suffix == ".html":
        haystacks.append(strip_html(raw))
    check_text_weekdays(name, haystacks[-1], errors)
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for key in ("title", "publication_date", "format", "style"):
            if not meta.get(key):
                errors.append(f"{name}: meta lacks {key}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("publication_date", ""))):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != text_path.suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {text_path.suffix[1:]}")
    last = [-1] * len(haystacks)
    n = 0
    for lineno, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{lineno}: blank line")
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        n += 1
        keys = set(obj)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        quote = obj["quote"]
        if not isinstance(quote, str) or not quote.strip():
            errors.append(f"{where}: empty quote")
            continue
        words = len(quote.split())
        if words > 12:
            errors.append(f"{where}: quote has {words} words (max 12)")
        for i, hay in enumerate(haystacks):
            count = hay.count(quote)
            if count != 1:
                errors.append(f"{where}: quote found {count} times in {'raw' if i == 0 else 'stripped'} text: {quote!r}")
                continue
            pos = hay.find(quote)
            if pos <= last[i]:
                errors.append(f"{where}: quote out of order: {quote!r}")
            last[i] = pos
        value = obj["value"]
        if value is not None and not (isinstance(value, str) and VALUE_RE.match(value)):
            errors.append(f"{where}: bad value {value!r}")
        if obj["mod"] not in MODS:
            errors.append(f"{where}: bad mod {obj['mod']!r}")
        if "end" in obj:
            if not (isinstance(obj["end"], str) and VALUE_RE.match(obj["end"])):
                errors.append(f"{where}: bad end {obj['end']!r}")
            if value is None:
                errors.append(f"{where}: end without value")
        if value is None and obj["mod"] is not None:
            errors.append(f"{where}: mod on a null value")
        check_weekday(where, quote, value, errors)
        for key in ("explicit", "hard"):
            if not isinstance(obj[key], bool):
                errors.append(f"{where}: {key} not a boolean")
        if value is None and obj["explicit"]:
            errors.append(f"{where}: null value cannot be explicit")
    return n


def main():
    errors = []
    total = 0
    files = sorted(HERE.glob("*.gold.jsonl"))
    for gold in files:
        n = check_file(gold, errors)
        print(f"{gold.name[:-len('.gold.jsonl')]:40s} {n:4d} entries")
        total += n
    print(f"{len(files)} files, {total} gold entries")
    for err in errors:
        print("ERROR", err)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
