"""Validate the timeml_heldout3 TimeML files (standard library only).

Run from the repository root:
    python tests/data/timeml_heldout3/check.py

Checks, for every *.tml file under news/ and narratives/:
  * the file parses with xml.etree and has a <TimeML> root, <DOCID>, <DCT> and <TEXT>;
  * the DCT holds one TIMEX3 with tid t0, type DATE, functionInDocument CREATION_TIME
    and a full YYYY-MM-DD value;
  * every TIMEX3 tid is unique in the file (t0 only in the DCT);
  * every type is DATE, TIME, DURATION or SET and the value has a TIMEX3 form
    suitable for that type; every mod is one of the TimeML 1.2.1 mods;
  * each weekday name written inside a TIMEX3 whose value is a full calendar date
    agrees with the (proleptic Gregorian) calendar, and so does an appositive
    weekday right after a dated TIMEX3 ("On 12 September 1683, a Sunday, ...");
  * every weekday name in the text is inside some TIMEX3 (warning if not);
  * tag counts and word counts are reported.
Exit code 0 when all files pass, 1 otherwise.
"""
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
DATE_PART = (r"(?:BC)?(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
             r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?"
             r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE|WD))?"
             r"|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?")
TIME_PART = r"T(?:\d{2}:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI|DT)"
REF = r"(?:PRESENT_REF|PAST_REF|FUTURE_REF)"
DURATION = r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
RE_DATE = re.compile(rf"^(?:{DATE_PART}|{REF})$")
RE_TIME = re.compile(rf"^{DATE_PART}{TIME_PART}$")
RE_DUR = re.compile(rf"^{DURATION}$")
RE_SET = re.compile(rf"^(?:{DURATION}|{DATE_PART}(?:{TIME_PART})?)$")
RE_FULLDATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RE_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b", re.I)


def value_ok(typ, value):
    if typ == "DATE":
        return bool(RE_DATE.match(value))
    if typ == "TIME":
        return bool(RE_TIME.match(value))
    if typ == "DURATION":
        return bool(RE_DUR.match(value)) and value not in ("P", "PT")
    if typ == "SET":
        return bool(RE_SET.match(value)) and value not in ("P", "PT")
    return False


def weekday_of(value):
    m = RE_FULLDATE.match(value)
    if not m:
        return None
    try:
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return "invalid"
    return WEEKDAYS[d.weekday()]


def check_file(path):
    errors, warnings = [], []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return [f"XML parse error: {exc}"], [], 0, 0
    if root.tag != "TimeML":
        errors.append(f"root is <{root.tag}>, not <TimeML>")
    if root.find("DOCID") is None or not (root.findtext("DOCID") or "").strip():
        errors.append("missing <DOCID>")
    dct = root.find("DCT")
    dct_t = dct.find("TIMEX3") if dct is not None else None
    if dct_t is None:
        errors.append("missing <DCT><TIMEX3>")
    else:
        a = dct_t.attrib
        if a.get("tid") != "t0" or a.get("type") != "DATE" or a.get("functionInDocument") != "CREATION_TIME":
            errors.append(f"DCT TIMEX3 attributes wrong: {a}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", a.get("value", "")) or weekday_of(a["value"]) == "invalid":
            errors.append(f"DCT value not a full date: {a.get('value')}")
    text = root.find("TEXT")
    if text is None:
        return errors + ["missing <TEXT>"], warnings, 0, 0
    seen = {"t0"}
    timexes = list(text.iter("TIMEX3"))
    for t in timexes:
        a = t.attrib
        tid, typ, val, mod = a.get("tid"), a.get("type"), a.get("value"), a.get("mod")
        label = f"{tid} '{t.text}'"
        if not tid or not re.match(r"^t\d+$", tid):
            errors.append(f"{label}: bad tid")
        elif tid in seen:
            errors.append(f"{label}: duplicate tid")
        seen.add(tid)
        if typ not in TYPES:
            errors.append(f"{label}: bad type {typ}")
        if not val or not value_ok(typ, val):
            errors.append(f"{label}: value {val!r} is not a valid {typ} value")
        if mod is not None and mod not in MODS:
            errors.append(f"{label}: bad mod {mod}")
        if len(list(t)):
            errors.append(f"{label}: nested element inside TIMEX3")
        if not (t.text or "").strip():
            errors.append(f"{tid}: empty extent")
        wd = weekday_of(val or "")
        if wd == "invalid":
            errors.append(f"{label}: impossible calendar date {val}")
        elif wd:
            for m in RE_WEEKDAY.finditer(t.text or ""):
                if m.group(1).lower() != wd:
                    errors.append(f"{label}: says {m.group(1)} but {val} is a {wd.title()}")
            m = re.match(r"^,\s+an?\s+(" + "|".join(WEEKDAYS) + r")\b", t.tail or "", re.I)
            if m and m.group(1).lower() != wd:
                errors.append(f"{label}: followed by '{m.group(0)}' but {val} is a {wd.title()}")
    # weekday names outside any TIMEX3 (text and tails of the TEXT element's children)
    outside = [text.text or ""] + [c.tail or "" for c in text]
    for chunk in outside:
        for m in RE_WEEKDAY.finditer(chunk):
            ctx = chunk[max(0, m.start() - 3):m.start()]
            if ctx.endswith(", a ") or ctx.endswith("a "):
                continue  # appositive weekday checked above
            warnings.append(f"weekday '{m.group(0)}' outside any TIMEX3")
    all_text = "".join(text.itertext())
    return errors, warnings, len(timexes), len(all_text.split())


def main():
    files = []
    for sub in ("news", "narratives"):
        d = os.path.join(HERE, sub)
        files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tml")]
    bad = 0
    total_t = 0
    for f in files:
        errors, warnings, n_t, n_w = check_file(f)
        total_t += n_t
        rel = os.path.relpath(f, HERE)
        status = "ok" if not errors else "FAIL"
        print(f"{status:4} {rel:50} {n_w:4} words {n_t:3} TIMEX3")
        for e in errors:
            print(f"     ERROR {e}")
        for w in warnings:
            print(f"     warn  {w}")
        bad += bool(errors)
    print(f"{len(files)} files, {total_t} TIMEX3, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
