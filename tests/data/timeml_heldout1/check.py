"""Sanity checks for the timeml_heldout1 gold files (standard library only).

Run:  python tests/data/timeml_heldout1/check.py
Exits non-zero on any error. Lint warnings (possible untagged time words)
are printed but do not fail the run.
"""
import datetime
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
N = r"[0-9X]"
DATE_RE = (r"(?:BC)?(?:" + N + r"{4}(?:-(?:" + N + r"{2}(?:-" + N + r"{2})?"
           r"|W" + N + r"{2}(?:-(?:[1-7X]|WE))?|SP|SU|FA|WI|Q[1-4X]|H[12X]))?"
           r"|" + N + r"{2,3})")
TIME_RE = r"T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}(?::\d{2})?)?)"
DUR_RE = (r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML))*"
          r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?")
REF_RE = r"(?:PRESENT_REF|PAST_REF|FUTURE_REF)"
VALUE = {
    "DATE": re.compile(rf"^(?:{DATE_RE}(?:{TIME_RE})?|{REF_RE})$"),
    "TIME": re.compile(rf"^(?:{DATE_RE}{TIME_RE}|{REF_RE})$"),
    "DURATION": re.compile(rf"^{DUR_RE}$"),
    "SET": re.compile(rf"^(?:{DUR_RE}|{DATE_RE}(?:{TIME_RE})?)$"),
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# Untagged mentions that are deliberate (names, non-time numbers) per file.
LINT_OK = {
    "n14_veterans.tml": {"1944"},
}


def check_file(path):
    errors, warnings = [], []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return [f"XML parse error: {exc}"], []
    if root.tag != "TimeML":
        errors.append("root element is not TimeML")
    if root.find("DOCID") is None or not (root.find("DOCID").text or "").strip():
        errors.append("missing DOCID")
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        errors.append("missing DCT/TIMEX3")
    else:
        if dct.get("tid") != "t0" or dct.get("functionInDocument") != "CREATION_TIME":
            errors.append("DCT TIMEX3 must be tid t0 with functionInDocument=CREATION_TIME")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct.get("value", "")):
            errors.append(f"DCT value not a full date: {dct.get('value')}")
    text = root.find("TEXT")
    if text is None:
        return errors + ["missing TEXT"], warnings
    seen = {"t0"}
    timexes = list(text.iter("TIMEX3"))
    for tx in timexes:
        tid, typ, val, mod = tx.get("tid"), tx.get("type"), tx.get("value", ""), tx.get("mod")
        words = (tx.text or "").strip()
        where = f"{tid} '{words}'"
        if not tid or not re.fullmatch(r"t\d+", tid):
            errors.append(f"{where}: bad tid")
        if tid in seen:
            errors.append(f"{where}: duplicate tid")
        seen.add(tid)
        if typ not in TYPES:
            errors.append(f"{where}: bad type {typ}")
            continue
        if not VALUE[typ].match(val):
            errors.append(f"{where}: value {val!r} is not a valid {typ} value")
        if mod is not None and mod not in MODS:
            errors.append(f"{where}: bad mod {mod}")
        if not words:
            errors.append(f"{where}: empty extent")
        if list(tx):
            errors.append(f"{where}: nested tags inside TIMEX3")
        if re.match(r"(?i)(on|in|at(?! least)|since|by|until|from|during|through|within)\s", words):
            errors.append(f"{where}: extent starts with a preposition")
        # weekday agreement
        low = words.lower()
        named = [i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}s?\b", low)]
        if named:
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", val)
            if m:
                wd = datetime.date(*map(int, m.groups())).weekday()
                if wd not in named:
                    errors.append(f"{where}: {val} is a {WEEKDAYS[wd]}")
            elif typ == "SET":
                m = re.search(r"W(?:XX|\d{2})-([1-7])", val)
                if m and int(m.group(1)) - 1 not in named:
                    errors.append(f"{where}: SET day {m.group(1)} does not match the weekday named")
            elif not re.search(r"W\d{2}", val):
                errors.append(f"{where}: weekday named but value {val!r} has no day")
    # lint: time words left outside tags
    outside = (text.text or "") + "".join((tx.tail or "") for tx in timexes)
    ok = LINT_OK.get(path.name, set())
    for pat in [r"\b(?:%s)\b" % "|".join(w.capitalize() for w in WEEKDAYS),
                r"\b(?:%s)\b" % "|".join(MONTHS),
                r"(?<![\d$.,/-])(?:1[5-9]|20)\d\d(?![\d,%])",
                r"\b(?:yesterday|today|tomorrow|tonight|ago|decade|century)\b"]:
        for m in re.finditer(pat, outside):
            if m.group(0) not in ok:
                ctx = outside[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
                warnings.append(f"untagged {m.group(0)!r}: ...{ctx}...")
    return errors, warnings, len(timexes)


def main():
    files = sorted(HERE.glob("*/*.tml"))
    total_err = 0
    total_tx = 0
    for f in files:
        res = check_file(f)
        errors, warnings = res[0], res[1]
        n = res[2] if len(res) > 2 else 0
        total_tx += n
        for e in errors:
            print(f"ERROR {f.parent.name}/{f.name}: {e}")
        for w in warnings:
            print(f"warn  {f.parent.name}/{f.name}: {w}")
        total_err += len(errors)
    print(f"{len(files)} files, {total_tx} TIMEX3 (excluding DCT), {total_err} errors")
    return 1 if total_err or not files else 0


if __name__ == "__main__":
    sys.exit(main())
