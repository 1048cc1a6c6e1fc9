#!/usr/bin/env python3
"""Validate the timeml_heldout2 files (standard library only).

Checks, for every news/*.tml and narratives/*.tml:
  * the file parses with xml.etree and has the TimeML layout (TimeML root, DOCID, DCT, TEXT);
  * the DCT holds one TIMEX3 tid="t0", type DATE, functionInDocument CREATION_TIME, value YYYY-MM-DD;
  * tids are unique and of the form tN;
  * type is DATE, TIME, DURATION or SET, and the value matches a TIMEX3 value form for that type;
  * mod (if present) is one of the TimeML 1.2.1 modifiers;
  * every weekday named inside a TIMEX3 agrees with the calendar when the value gives a full date,
    and with the weekday digit when the value has a week form (XXXX-WXX-6, 2009-WXX-6TMO).
Prints a per-file summary (words, TIMEX3 count) and exits non-zero on any problem.
"""
import datetime
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|\d{2}|\d{1}XXX|XXXX|BC\d{4}|BC\d{3}X|BC\d{2}XX)"
MD = r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)"
WEEK = r"(?:-W(?:\d{2}|XX)(?:-(?:[1-7]|WE|X))?)"
PART = r"(?:-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))"
DATE_RE = re.compile(rf"^{YEAR}(?:{MD}|{WEEK}|{PART})?$")
TOD = r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT)"
TIME_RE = re.compile(rf"^{YEAR}(?:{MD}|{WEEK})?{TOD}$")
DUR_RE = re.compile(r"^P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|L))*"
                    r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def valid_value(typ, val):
    if val in REFS:
        return typ in ("DATE", "TIME")
    if typ == "DATE":
        return bool(DATE_RE.match(val))
    if typ == "TIME":
        return bool(TIME_RE.match(val))
    if typ == "DURATION":
        return bool(DUR_RE.match(val)) and val not in ("P", "PT")
    if typ == "SET":
        return bool(DUR_RE.match(val) and val not in ("P", "PT")) or bool(DATE_RE.match(val)) \
            or bool(TIME_RE.match(val))
    return False


def check_weekday(text, val):
    names = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}", text.lower())]
    if not names:
        return None
    if len(names) > 1:
        return None  # ranges like "Monday to Friday" are not checked
    want = names[0] + 1
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", val)
    if m:
        got = datetime.date(int(m[1]), int(m[2]), int(m[3])).isoweekday()
        if got != want:
            return f"weekday '{text}' but {val} is a {WEEKDAYS[got - 1].title()}"
        return None
    m = re.search(r"W(?:\d{2}|XX)-([1-7])", val)
    if m and int(m[1]) != want:
        return f"weekday '{text}' but week-day digit in {val} is {m[1]}"
    if not m and val not in REFS and "W" not in val and re.match(r"^\d{4}-\d{2}$", val) is None:
        return f"weekday '{text}' but value {val} does not encode a day"
    return None


def check_file(path):
    errs = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"XML parse error: {e}"], 0, 0
    if root.tag != "TimeML":
        errs.append("root is not TimeML")
    docid = root.find("DOCID")
    if docid is None or not (docid.text or "").strip():
        errs.append("missing DOCID")
    elif docid.text.strip() != os.path.basename(path)[:-4]:
        errs.append("DOCID does not match file name")
    dct = root.find("DCT")
    dcts = dct.findall("TIMEX3") if dct is not None else []
    if len(dcts) != 1:
        errs.append("DCT must hold exactly one TIMEX3")
    else:
        d = dcts[0]
        if d.get("tid") != "t0" or d.get("type") != "DATE" \
                or d.get("functionInDocument") != "CREATION_TIME" \
                or not re.match(r"^\d{4}-\d{2}-\d{2}$", d.get("value", "")):
            errs.append(f"bad DCT TIMEX3 {d.attrib}")
        else:
            try:
                datetime.date.fromisoformat(d.get("value"))
            except ValueError:
                errs.append("DCT value is not a calendar date")
    text = root.find("TEXT")
    if text is None:
        return errs + ["missing TEXT"], 0, 0
    for bad in ("EVENT", "TLINK", "SIGNAL"):
        if text.find(f".//{bad}") is not None:
            errs.append(f"unexpected {bad} tag")
    seen = {"t0"}
    timexes = text.findall(".//TIMEX3")
    for t in timexes:
        tid, typ, val, mod = t.get("tid"), t.get("type"), t.get("value"), t.get("mod")
        txt = "".join(t.itertext())
        where = f"{tid} '{txt}'"
        if list(t):
            errs.append(f"{where}: nested element")
        if not txt.strip() or txt != txt.strip():
            errs.append(f"{where}: empty text or surrounding whitespace")
        if not tid or not re.match(r"^t\d+$", tid):
            errs.append(f"{where}: bad tid")
        elif tid in seen:
            errs.append(f"{where}: duplicate tid")
        seen.add(tid)
        if typ not in TYPES:
            errs.append(f"{where}: bad type {typ}")
        elif val is None or not valid_value(typ, val):
            errs.append(f"{where}: value {val!r} is not a valid {typ} value")
        if mod is not None and mod not in MODS:
            errs.append(f"{where}: bad mod {mod}")
        if val and re.match(r"^\d{4}-\d{2}-\d{2}", val):
            try:
                datetime.date.fromisoformat(val[:10])
            except ValueError:
                errs.append(f"{where}: {val} is not a calendar date")
        if val and typ in ("DATE", "TIME"):
            w = check_weekday(txt, val)
            if w:
                errs.append(f"{where}: {w}")
    words = len("".join(text.itertext()).split())
    return errs, len(timexes), words


def main():
    files = sorted(glob.glob(os.path.join(HERE, "news", "*.tml"))
                   + glob.glob(os.path.join(HERE, "narratives", "*.tml")))
    if not files:
        print("no .tml files found")
        return 1
    total_err = total_tx = total_words = 0
    for f in files:
        errs, n, words = check_file(f)
        rel = os.path.relpath(f, HERE)
        print(f"{rel:50s} words={words:4d} timex3={n:3d} {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        total_err += len(errs)
        total_tx += n
        total_words += words
    print(f"{len(files)} files, {total_words} words, {total_tx} TIMEX3, {total_err} problems")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
