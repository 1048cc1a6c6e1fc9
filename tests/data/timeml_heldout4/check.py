"""Sanity checks for the timeml_heldout4 blind TimeML set (standard library only).

Run: python tests/data/timeml_heldout4/check.py
"""
import datetime
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
Y = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX|BC\d{4})"
PART = r"(?:MO|MI|AF|EV|NI|DT)"
DATE_RE = re.compile(
    rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{Y}|\d{{2}}|\d{{1}}|"
    rf"{Y}-(?:SP|SU|FA|WI|Q[1-4X]|H[12X])|"
    rf"{Y}-(?:W(?:\d{{2}}|XX))(?:-(?:[1-7X]|WE))?|"
    rf"{Y}-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)$")
TIME_RE = re.compile(rf"^(?:{Y}-(?:\d{{2}}|XX)-(?:\d{{2}}|XX)|{Y}-W(?:\d{{2}}|XX)-(?:[1-7X]))"
                     rf"T(?:{PART}|\d{{2}}(?::\d{{2}}(?::\d{{2}})?)?)$")
DUR_RE = re.compile(r"^P(?:(?:\d+|X)(?:\.\d+)?[YMWDLECQ])+(?:T(?:(?:\d+|X)(?:\.\d+)?[HMS])+)?$|"
                    r"^PT(?:(?:\d+|X)(?:\.\d+)?[HMS])+$|^P(?:\d+|X)(?:DE|CE|WE|[MAENI][OFVIT])$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def valid_value(typ, val):
    if typ == "DATE":
        return bool(DATE_RE.match(val))
    if typ == "TIME":
        return bool(TIME_RE.match(val)) or bool(DATE_RE.match(val))
    if typ == "DURATION":
        return bool(DUR_RE.match(val))
    if typ == "SET":
        return bool(DUR_RE.match(val) or DATE_RE.match(val) or TIME_RE.match(val))
    return False


def check_file(path):
    errs = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"XML parse error: {e}"], 0
    if root.tag != "TimeML":
        errs.append("root is not TimeML")
    if root.find("DOCID") is None or not (root.find("DOCID").text or "").strip():
        errs.append("missing DOCID")
    dct = root.find("DCT/TIMEX3")
    if dct is None or dct.get("functionInDocument") != "CREATION_TIME" or dct.get("tid") != "t0":
        errs.append("missing DCT CREATION_TIME t0")
    elif not re.match(r"^\d{4}-\d{2}-\d{2}$", dct.get("value", "")):
        errs.append("DCT value not a full date")
    text = root.find("TEXT")
    if text is None:
        return errs + ["missing TEXT"], 0
    tids = {"t0"}
    timexes = text.iter("TIMEX3")
    n = 0
    for tx in timexes:
        n += 1
        tid, typ, val, mod = tx.get("tid"), tx.get("type"), tx.get("value"), tx.get("mod")
        surface = "".join(tx.itertext())
        where = f"{tid} '{surface}'"
        if not tid or not re.match(r"^t\d+$", tid):
            errs.append(f"{where}: bad tid")
        if tid in tids:
            errs.append(f"{where}: duplicate tid")
        tids.add(tid)
        if typ not in TYPES:
            errs.append(f"{where}: bad type {typ}")
        if not val or not valid_value(typ, val):
            errs.append(f"{where}: bad value {val!r} for {typ}")
        if mod is not None and mod not in MODS:
            errs.append(f"{where}: bad mod {mod}")
        if surface != surface.strip() or not surface:
            errs.append(f"{where}: extent has outer whitespace or is empty")
        if re.match(r"^(on|in|at(?! least| most)|since|by|until|through|during|from)\s", surface, re.I):
            errs.append(f"{where}: preposition inside extent")
        # weekday agreement: a DATE/TIME dated to a full calendar day that names a weekday
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", val or "")
        low = surface.lower()
        named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", low)]
        if named and typ in ("DATE", "TIME"):
            if not m:
                errs.append(f"{where}: weekday named but value {val} is not a calendar day")
            else:
                wd = datetime.date(int(m[1]), int(m[2]), int(m[3])).weekday()
                if WEEKDAYS[wd] not in named:
                    errs.append(f"{where}: {val} is a {WEEKDAYS[wd].title()}, text says {named}")
    # weekdays written next to a full date outside tags, e.g. "Monday, March 3" in text
    return errs, n


def main():
    files = sorted(HERE.glob("*/*.tml"))
    total = 0
    bad = 0
    for f in files:
        errs, n = check_file(f)
        total += n
        for e in errs:
            print(f"{f.relative_to(HERE)}: {e}")
        bad += len(errs)
    print(f"{len(files)} files, {total} TIMEX3, {bad} problems")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
