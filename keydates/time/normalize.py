"""Step 1 of two: named groups of a rule match -> an underspecified value (no anchoring here).

Group names a rule may use (see rules/README.md): month day year era year2 weekday season quarter
half decade decade_word century_ord century_year pod hour minute ampm tz mod approx num unit dir
end_month end_day end_year end_era end_decade end_century named_period; `pre` and `post` are
context kept out of the extent.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from keydates.time import lexicon as lx
from keydates.time.model import Mention, Partial

_DIR_SIGN = {
    "later": 1, "after": 1, "following": 1, "next": 1, "coming": 1, "from now": 1, "hence": 1,
    "in": 1, "within": 1, "subsequent": 1, "ensuing": 1, "this coming": 1, "this past": -1,
    "earlier": -1, "before": -1, "ago": -1, "previous": -1, "prior": -1, "last": -1, "past": -1,
    "preceding": -1, "before that": -1, "recent": -1,
    "this": 0, "that": 0, "same": 0, "the same": 0, "current": 0,
}
# Directions whose reference is the previous event in the narrative, not the publication date.
_NARRATIVE_DIRS = {"later", "after", "following", "earlier", "before", "previous", "prior",
                   "preceding", "that", "same", "the same", "subsequent", "ensuing", "before that"}


def _g(groups: dict[str, Any], key: str) -> str | None:
    v = groups.get(key)
    return v if v else None


def era_is_bc(text: str | None) -> bool:
    """'B.C.' / 'BCE' / 'BC' -> True; 'AD' / 'CE' -> False."""
    return bool(text) and text.replace(".", "").replace(" ", "").upper().startswith("B")


def _year_fields(year_text: str | None, era_text: str | None, p: Partial) -> None:
    if year_text:
        p.year = int(year_text)
    if era_text:
        p.era_stated = True
        p.bc = era_is_bc(era_text)


DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


def spoken_year_value(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and three' -> 2003."""
    words = re.sub(r"[-\s]+", " ", text.lower()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = lx.number_value(" ".join(words[2:])) if len(words) > 2 else 0
        return 2000 + (rest or 0)
    head = lx.number_value(words[0])
    if head is None:
        return None
    if words[1:] == ["hundred"]:
        return head * 100
    tail = lx.number_value(" ".join(words[1:]))
    return head * 100 + (tail or 0)


def merge_aliases(groups: dict[str, Any]) -> dict[str, Any]:
    """Groups named `name__x` are alternatives of `name` (a regex may not repeat a name)."""
    out = {k: v for k, v in groups.items() if "__" not in k}
    for key, val in groups.items():
        if "__" in key and val:
            base = key.split("__", 1)[0]
            if not out.get(base):
                out[base] = val
    return out


def _period_key(name: str) -> str:
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    return "the blitz" if key == "blitz" else key


def build_partial(groups: dict[str, Any], fields: dict[str, Any]) -> Partial:
    """Fill a Partial from a rule's named groups and its static `fields`."""
    p = Partial(**{k: v for k, v in fields.items() if k in Partial.__slots__ and k != "special_by_group"})  # type: ignore[attr-defined]
    if m := _g(groups, "month"):
        p.month = lx.month_value(m)
    if d := _g(groups, "day"):
        p.day = lx.day_value(d)
    if (rd := _g(groups, "roman_day")) and p.month is not None:  # "the Ides of March"
        p.day = lx.roman_day(rd, p.month)
    if (nth := _g(groups, "week_nth")) and p.month is not None:
        # "the first/last week of March": the ISO week holding most of its days, the one with
        # the month's 4th day (or the 4th from its end)
        last = calendar.monthrange(2001, p.month)[1]
        p.day = last - 3 if nth.lower() in ("last", "final") else 7 * (lx.ORDINAL_WORDS.get(nth.lower(), 1) - 1) + 4
        p.week_of = True
    if (nth := _g(groups, "weekend_nth")) and p.month:
        # "the last weekend of July": the weekend of the month's nth (last) Saturday
        n = -1 if nth.lower() in ("last", "final") else lx.ORDINAL_WORDS.get(nth.lower(), 1)
        p.holiday = f"nth {p.month} 6 {n}"
        p.weekend = True
    elif (nth := _g(groups, "weekend_nth")) and (_g(groups, "unit") or "").lower() == "month":
        # "the first weekend of the month": in the context's month ("nth 0 ...")
        n = -1 if nth.lower() in ("last", "final") else lx.ORDINAL_WORDS.get(nth.lower(), 1)
        p.holiday = f"nth 0 6 {n}"
        p.weekend = True
    if (nth := _g(groups, "wd_nth")) and (wd := _g(groups, "nth_weekday")) and p.month:
        # "the first Saturday of December": a day that depends on the year, like a holiday
        n = -1 if nth.lower() in ("last", "final") else lx.ORDINAL_WORDS.get(nth.lower()) or int(nth[0])
        p.holiday = f"nth {p.month} {lx.WEEKDAYS[wd.lower()]} {n}"
    elif (nth := _g(groups, "wd_nth")) and (wd := _g(groups, "nth_weekday")) and (_g(groups, "unit") or "").lower() == "month":
        # "the first Saturday of the month": the month comes from the context ("nth 0 ...")
        n = -1 if nth.lower() in ("last", "final") else lx.ORDINAL_WORDS.get(nth.lower()) or int(nth[0])
        p.holiday = f"nth 0 {lx.WEEKDAYS[wd.lower()]} {n}"
    if per := _g(groups, "named_period"):  # "the First World War": 1914 (to 1918)
        p.year = lx.NAMED_PERIODS[_period_key(per)][0]
    if hol := _g(groups, "holiday"):
        key = re.sub(r"\s+", " ", hol.lower().replace("’", "'")).replace("st. ", "st ")
        if key in lx.HOLIDAYS:
            p.month, p.day = lx.HOLIDAYS[key]
        else:  # moveable: the month anchors it, the day follows from the year
            p.month, p.holiday = lx.MOVEABLE_HOLIDAYS[key][0], key
    _year_fields(_g(groups, "year"), _g(groups, "era"), p)
    if ry := _g(groups, "roman_year"):  # "## MCDXLIII": 1443
        p.year = lx.roman_number(ry)
    if sy := _g(groups, "spoken_year"):
        p.year = spoken_year_value(sy)
    if fields.get("special_by_group"):
        for key, special in (("cur", "PRESENT_REF"), ("rec", "PAST_REF"), ("fut", "FUTURE_REF"),
                             ("ni", "XXXX-XX-XXTNI"), ("dt", "XXXX-XX-XXTDT"),
                             ("soon", "FUTURE_REF")):
            if groups.get(key):
                p.special = special
    if y2 := _g(groups, "year2"):
        p.year = int(y2.lstrip("'’"))
        p.two_digit = True
    if wk := _g(groups, "week"):
        p.week = int(wk)
    if w := _g(groups, "weekday"):
        p.weekday = lx.WEEKDAYS.get(w.rstrip(".").lower())
    if s := _g(groups, "season"):
        p.season = lx.SEASONS[s.lower()]
    if qs := _g(groups, "qspan"):  # "the July-September period": the quarter it spans
        p.quarter = (lx.month_value(qs[:3]) - 1) // 3 + 1
    if q := _g(groups, "quarter"):
        ql = q.lower().lstrip("q")
        p.quarter = int(ql) if ql.isdigit() else lx.ORDINAL_WORDS.get(ql)
    if h := _g(groups, "half"):
        hl = h.lower()
        p.half = int(hl) if hl.isdigit() else 2 if hl in ("latter", "last") else lx.ORDINAL_WORDS.get(hl)
    if dec := _g(groups, "decade"):
        digits = re.sub(r"\D", "", dec)
        if len(digits) >= 3:  # "the 1980s"; "the 870s", "the 320s BC"
            p.decade = int(digits) // 10
            if (era := _g(groups, "era")) and not _g(groups, "year"):
                p.bc = era_is_bc(era)
                p.era_stated = True
        else:  # "the '90s", "the 80s": century unknown
            p.decade = int(digits) // 10
            p.two_digit = True
    if dw := _g(groups, "decade_word"):
        p.decade = lx.DECADE_WORDS[dw.lower()]
        p.two_digit = True
    if c := _g(groups, "century_ord"):
        n = lx.day_value(c) if not c.isdigit() else int(c)
        p.century = (n or 1) - 1
    if cy := _g(groups, "century_year"):
        p.century = int(cy) // 100
    if mo := _g(groups, "millennium_ord"):  # "the 4th millennium BC": BC3XXX, like centuries
        n = lx.day_value(mo) if not mo.isdigit() else int(mo)
        p.millennium = (n or 1) - 1
    if groups.get("century_ord") or groups.get("century_year") or groups.get("millennium_ord"):
        if era := _g(groups, "era"):
            p.bc = era_is_bc(era)
            p.era_stated = True
    if pod := _g(groups, "pod"):
        p.part_of_day = lx.PARTS_OF_DAY.get(pod.lower())
    if word := _g(groups, "word"):
        wl = word.lower()
        if wl in DEICTIC_DAYS:
            p.unit, p.offset, p.relative_to = "day", DEICTIC_DAYS[wl], "publication"
            if wl == "tonight":
                p.part_of_day = "NI"
    if _g(groups, "clock_ago"):  # "Posted 2h ago", "40 minutes ago": the writer's day
        p.unit, p.offset, p.relative_to = "day", 0, "publication"
    if noon := _g(groups, "noon"):
        groups = {**groups, "hour": "24" if noon.lower() == "midnight" else "12", "minute": "00"}
    if hour := _g(groups, "hour"):
        h = lx.number_value(hour) or 0 if not hour.isdigit() else int(hour)
        ampm = (_g(groups, "ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm.startswith("in"):  # "4 in the morning", "6 in the evening"
            ampm = "am" if ampm.endswith("morning") else "pm"
        if ampm.startswith("p") and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
        p.hour = h
        minute = (_g(groups, "minute") or "0").lower()
        if not minute.isdigit():  # spoken: "seven-twenty", "seven-oh-six", "four fifty-one"
            minute = str(lx.number_value(re.sub(r"^oh[-\s]+", "", minute)) or 0)
        p.minute = int(minute)
        p.part_of_day = None
    if tz := _g(groups, "tz"):
        p.tz = tz.upper()
    if unit := _g(groups, "unit"):
        p.unit = lx.unit_key(unit)
    if num := _g(groups, "num"):
        n = lx.number_value(num)
        p.offset = n
        half = _HALF_STEP.get(p.unit or "") if re.fullmatch(r"(?i)half\s+an?", num.strip()) else None
        if half is not None:  # "half a century later": fifty years, not the same century
            p.unit, p.offset = half
    elif _g(groups, "unit") and "offset" not in fields and not fields.get("vague"):
        p.offset = 1  # "a week later"; a vague stretch ("the weeks that followed") has none
    if p.unit == "fortnight":  # "a fortnight ago", "a fortnight later": fourteen days, a day
        p.unit = "day"
        p.offset = p.offset * 14 if p.offset is not None else None
    elif p.unit == "season":  # "two seasons later" (sport, farming): a season a year
        p.unit = "year"
    if then := _g(groups, "then"):  # "a week ago today", "ten years ago this week"
        p.then = then.lower()
    if d := _g(groups, "dir"):
        dl = re.sub(r"\s+", " ", d.lower())
        if dl.startswith("the ") and dl != "the same":
            dl = dl[4:]
        sign = _DIR_SIGN.get(dl, 0)
        if p.unit is not None and p.offset is not None:
            p.offset = p.offset * sign
        p.direction = sign
        if dl == "this" and p.weekday is not None and p.unit is None and p.month is None:
            p.unit, p.offset = "week", 0  # "This Saturday" read on a Wednesday: this week's
        if "relative_to" not in fields:
            p.relative_to = "previous" if dl in _NARRATIVE_DIRS else "publication"
    return p


def build_range_end(groups: dict[str, Any], start: Partial) -> Partial | None:
    """The end of a range: fields given after the dash, the rest shared with the start."""
    if per := _g(groups, "named_period"):
        return Partial(year=lx.NAMED_PERIODS[_period_key(per)][1])
    if ec := _g(groups, "end_century"):  # "the 1200s-1400s"
        return Partial(century=int(ec) // 100, bc=start.bc, era_stated=start.era_stated)
    if eo := _g(groups, "end_century_ord"):  # "the 3rd–2nd century BC", "12th-13th centuries"
        n = lx.day_value(eo) if not eo.isdigit() else int(eo)
        return Partial(century=(n or 1) - 1, bc=start.bc, era_stated=start.era_stated)
    if ed := _g(groups, "end_decade"):  # "the 1920s and 1930s", "the 1950s-60s"
        digits = re.sub(r"\D", "", ed)
        decade = int(digits) // 10
        if len(digits) == 2 and start.decade is not None:
            decade += start.decade // 10 * 10
        return Partial(decade=decade, bc=start.bc, era_stated=start.era_stated)
    if not any(groups.get(k) for k in ("end_month", "end_day", "end_year", "end_weekday")):
        return None
    end = Partial(year=start.year, bc=start.bc, era_stated=start.era_stated, month=start.month,
                  two_digit=start.two_digit)
    if m := _g(groups, "end_month"):
        end.month = lx.month_value(m)
        end.day = None
    if d := _g(groups, "end_day"):
        end.day = lx.day_value(d)
    elif start.day is not None and _g(groups, "end_month"):
        end.day = None
    if y := _g(groups, "end_year"):
        yt = y.lstrip("'’")
        if len(yt) == 2 and start.year and start.year >= 1000 and not _g(groups, "end_era"):
            # "1992-96": the end shares the century of the start ("120–96" in a BC list counts
            # down: a three-digit start keeps the end as written)
            end.year = start.year // 100 * 100 + int(yt)
        else:
            end.year = int(yt)
    if era := _g(groups, "end_era"):
        end.bc = era_is_bc(era)
        end.era_stated = True
        if not _g(groups, "era"):
            start.bc, start.era_stated = end.bc, True
    if start.day is not None and end.day is None and not _g(groups, "end_month"):
        return None
    return end


def mod_of(groups: dict[str, Any], fields: dict[str, Any]) -> str | None:
    """The TIMEX3 mod from mod words ("late", "the end of"), approximators and signals."""
    if "mod" in fields:
        return fields["mod"]
    if near := _g(groups, "near"):  # "just after four a.m.", "shortly before noon"
        return "AFTER" if "after" in near.lower() else "BEFORE"
    if _g(groups, "after"):
        return "ON_OR_AFTER"
    if _g(groups, "before"):
        return "ON_OR_BEFORE"
    if m := _g(groups, "mod"):
        key = re.sub(r"[\s-]+", " ", m.lower()).strip()
        key = re.sub(r"^(?:the|in the|at the)\s+", "", key)
        key = re.sub(r"\s+(?:of|in)$", "", key)
        for word, mod in lx.MOD_WORDS.items():
            if key == word or key.startswith(word):
                return mod
    if a := _g(groups, "approx"):  # "c.", "about", "on or about"
        if any(w.rstrip(".") in lx.APPROX_WORDS for w in a.lower().split()):
            return "APPROX"
    if _g(groups, "num_hi") and not _g(groups, "qual"):
        return "EQUAL_OR_MORE"  # "two to three weeks": at least two
    if q := _g(groups, "qual"):
        ql = q.lower()
        if "at least" in ql:
            return "EQUAL_OR_MORE"
        if "no more than" in ql or "at most" in ql or "up to" in ql:
            return "EQUAL_OR_LESS"
        if "more than" in ql or "over" in ql:
            return "MORE_THAN"
        if "less than" in ql or "under" in ql:
            return "LESS_THAN"
        return "APPROX"
    return None


def signal_of(groups: dict[str, Any]) -> str | None:
    """A temporal preposition kept outside the extent ("since", "until", "before", "after")."""
    s = _g(groups, "signal")
    return s.lower() if s else None


SIGNAL_MOD = {"since": "ON_OR_AFTER", "before": "BEFORE", "after": "AFTER", "until": None,
              "by": None}


def duration_value(groups: dict[str, Any], fields: dict[str, Any]) -> str:
    """'nine years' -> P9Y, '30 minutes' -> PT30M, 'several weeks' -> PXW, 'a decade' -> P10Y."""
    if "value" in fields:
        return str(fields["value"])
    if word := groups.get("word"):
        return SET_ADVERBS[word.lower()]
    if groups.get("other"):  # "every other Friday", "every other week": every second one
        return f"P2{'D' if (groups.get('unit') or '').lower().startswith('day') else 'W'}"
    if groups.get("halfhour"):
        return "PT30M"
    if set_value := _recurring_calendar_value(groups):
        return set_value
    unit_word = (groups.get("unit") or "").lower()
    # sport and farming count a season a year ("nine seasons as an assistant")
    unit = "year" if unit_word.startswith("season") else lx.unit_key(unit_word)
    num_text = groups.get("num")  # "two to three weeks": at least two (the lower figure)
    if (num_text or "").strip().lower() == "another":
        num_text = "one"  # "at least another week": one more week
    n: float | int | None
    if fields.get("num_vague"):
        num_text = "several"
    if num_text:
        t = num_text.strip().lower()
        if re.fullmatch(r"\d+\.\d+", t):
            n = float(t)
        else:
            n = lx.number_value(t)
        if t in ("a half", "half a", "half an"):
            n = 0.5
    else:
        n = 1
    halves = bool(groups.get("frac") or groups.get("frac__w") or groups.get("frac__u"))
    if n is not None and (halves or n == 0.5):
        # "2 1/2 years", "two and a half years", "a minute and a half", "half an hour"
        n = n + 0.5 if halves else n
        split = _HALF_IN_LOWER_UNIT.get(unit)
        if split is not None and unit != "" and float(n).is_integer() is False:
            whole, (lower, code_lo, time_part) = int(n), split
            head = f"{whole}{lx.UNITS[unit]}" if whole else ""
            if unit in ("hour", "minute"):
                return f"PT{head}{lower}{code_lo}"
            return f"P{head}{'T' if time_part else ''}{lower}{code_lo}"
    n_str = "X"
    if n is not None:
        factor = lx.UNIT_FACTOR.get(unit, 1)
        total = n * factor
        n_str = str(int(total)) if float(total).is_integer() else str(total)
    code = lx.UNITS.get(unit, "D")
    if unit in ("decade", "century", "millennium") and n is not None:
        code = "Y"
    if unit == "fortnight":
        code = "W"
    if unit in ("hour", "minute", "second"):
        return f"PT{n_str}{code}"
    if unit == "weekend":
        return f"P{n_str}WE"
    return f"P{n_str}{code}"


def _recurring_calendar_value(groups: dict[str, Any]) -> str | None:
    """The calendar point a SET recurs on: 'every Tuesday evening' XXXX-WXX-2TEV, 'Sundays'
    XXXX-WXX-7, 'every Nov. 11' XXXX-11-11, 'each July' XXXX-07, 'each summer' XXXX-SU,
    'every night' XXXX-XX-XXTNI, 'most weekends' XXXX-WXX-WE; None for a unit ('every year')."""
    pod = (groups.get("pod") or "").lower()
    pod = lx.PARTS_OF_DAY.get(pod.removesuffix("s"), "")
    time_part = f"T{pod}" if pod else ""
    if wd := groups.get("weekday"):
        w = wd.rstrip(".").lower()
        if w not in lx.WEEKDAYS and w.endswith("s"):
            w = w[:-1]  # "Tuesdays"
        return f"XXXX-WXX-{lx.WEEKDAYS[w]}{time_part}"
    if groups.get("weekend"):
        return "XXXX-WXX-WE"
    if groups.get("month"):
        day = groups.get("day")
        d = lx.day_value(day) if day else None
        return f"XXXX-{lx.month_value(groups['month']):02d}" + (f"-{d:02d}" if d else "")
    if season := groups.get("season"):
        return f"XXXX-{lx.SEASONS[season.lower()]}"
    if time_part:
        return f"XXXX-XX-XX{time_part}"
    return None


# "half a <unit>" as a step: the same span in a smaller unit (unit, count).
_HALF_STEP = {"century": ("year", 50), "decade": ("year", 5), "year": ("month", 6),
              "month": ("day", 15)}


# Half a unit written in the next unit down: (amount, code, whether it is a time part).
_HALF_IN_LOWER_UNIT = {"year": (6, "M", False), "hour": (30, "M", False),
                       "minute": (30, "S", False), "day": (12, "H", True)}


def underspecified_value(p: Partial) -> str:
    """TIMEX3 value of a Partial with X for what is missing: 'XXXX-05-01', '2003-05', 'BC0586'."""
    if p.special:
        return p.special
    if p.millennium is not None:
        return f"{'BC' if p.bc else ''}{p.millennium}XXX"
    if p.century is not None and p.year is None:
        return f"{'BC' if p.bc else ''}{p.century:02d}XX"
    if p.decade is not None and p.year is None:
        if p.two_digit:
            return f"XX{p.decade}X"
        return f"{'BC' if p.bc else ''}{p.decade:03d}X"
    if p.year is not None and not p.two_digit:
        y = f"{'BC' if p.bc else ''}{p.year:04d}"
    elif p.year is not None:
        y = f"XX{p.year:02d}"
    else:
        y = "XXXX"
    if p.unit is not None and p.month is None and p.day is None and p.weekday is None:
        unit_forms = {"day": "-XX-XX", "week": "-WXX", "weekend": "-WXX-WE", "month": "-XX",
                      "quarter": "-QX", "year": "", "decade": "", "century": ""}
        return y + unit_forms.get(p.unit, "")
    out = y
    if p.month is not None:
        out += f"-{p.month:02d}"
        if p.day is not None:
            out += f"-{p.day:02d}"
    elif p.day is not None:  # "on the 4th": a day of the context month
        out += f"-XX-{p.day:02d}"
    elif p.week is not None:
        out += f"-W{p.week:02d}" + ("-WE" if p.weekend else "")
    elif p.weekday is not None:
        out += f"-WXX-{p.weekday}"
    elif p.weekend:
        out += "-WXX-WE"
    elif p.season:
        out += f"-{p.season}"
    elif p.quarter:
        out += f"-Q{p.quarter}"
    elif p.half:
        out += f"-H{p.half}"
    if p.hour is not None:
        out += f"T{p.hour:02d}:{p.minute or 0:02d}"
    elif p.part_of_day:
        out += f"T{p.part_of_day}"
    return out


_CONNECTOR = re.compile(r"(?<=[\w.])\s*(?:-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b"
                        r"|\band\b)\s*(?=[\w'’])")


def make_mention(rule: Any, m: re.Match[str], text: str) -> Mention | None:
    """Turn one rule match into a Mention, or None when the words do not form a valid time."""
    groups = merge_aliases(m.groupdict())
    start, end = m.start(), m.end()
    if groups.get("pre") is not None:
        start = m.end("pre")
    if groups.get("post") is not None:
        end = m.start("post")
    while end > start and text[end - 1] in " \t,;:":
        end -= 1
    fields = dict(rule.fields)
    kind = rule.kind
    mod = mod_of(groups, fields)
    signal = signal_of(groups)
    if mod is None and signal in SIGNAL_MOD:
        mod = SIGNAL_MOD[signal]
    mention = Mention(start=start, end=end, text=text[start:end], type=rule.type, rule=rule.name,
                      mod=mod, signal=signal)
    if kind in ("duration", "set"):
        mention.fixed_value = duration_value(groups, fields) if kind == "duration" else str(
            fields.get("value") or duration_value(groups, fields))
        if kind == "duration" and groups.get("unit") is None and "value" not in fields:
            return None
        n = lx.number_value(groups.get("num") or "")
        unit_word = (groups.get("unit") or "").lower()
        if _ordinal_or_fraction(groups, unit_word, text, end):
            return None  # "a second attack", "three quarters of the troops"
        if (groups.get("num") or "").strip().lower() in ("a", "an") and not mention.mod \
                and _RATE_BEFORE.search(text[max(0, start - 40):start]):
            mention.type = "SET"  # "four flights a week", "30 attacks a day": a rate
        if n is not None and 1000 <= n <= 2099 and not unit_word.endswith("s"):
            return None  # "2003 weekend", "the 1988 second quarter": a year, not a count
        return mention
    if "not_game_period" in rule.checks and _in_game_sentence(text, start, end):
        return None  # "going into the fourth quarter", "scored early in the second half"
    if "not_consecutive_years" in rule.checks:
        # "2010-11" (a season) is two years; "2020-07" is July 2020.
        y, mo = groups.get("year") or "", groups.get("month") or ""
        if y and mo and (int(y[-2:]) + 1) % 100 == int(mo):
            return None
    if "short_end_year_later" in rule.checks:
        # "1992-96" is a span; "2021-05" (an end before its start) is not: ISO year-month.
        y1, y2 = groups.get("year") or "", groups.get("end_year") or ""
        if y1 and len(y2) == 2 and int(y1[:2] + y2) <= int(y1):
            return None
    if "consecutive_years" in rule.checks:
        y1, y2 = groups.get("year"), groups.get("end_year")
        if not (y1 and y2):
            return None
        full2 = int(y1[: len(y1) - len(y2)] + y2) if len(y2) < len(y1) else int(y2)
        if abs(full2 - int(y1)) != 1:
            return None
    p = build_partial(groups, fields)
    mention.partial = p
    mention.range_partial = build_range_end(groups, p)
    r = mention.range_partial
    if (r is not None and p.year is None and r.year is None and p.day is None
            and p.month is not None and r.month is not None and r.month < p.month
            and re.search(r"\sand\s", text[start:end])):
        return None  # "the carnage of November and January": two months, not one span
    if mention.range_partial is not None:
        conn = _CONNECTOR.search(text, start, end)
        if conn is not None:
            mention.split = (conn.start(), conn.end())
    if not _plausible(p) or (mention.range_partial is not None
                             and not _plausible(mention.range_partial)):
        # "February 30, 2019": no such day. Kept as INVALID so that no shorter reading of the
        # same words ("2019") is taken instead; `find` drops it.
        mention.type = "INVALID"  # type: ignore[assignment]
    return mention


# Words that make a sentence a match report: its quarters and halves are the game's.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|quarterbacks?|kick-?off|half-?time|innings?|goals?|goalkeeper|scored|scores"
    r"|scoring|rebounds|penalty|trailed|trailing|overtime|buzzer|whistle|the (?:game|match)"
    r"|(?:\w+['’]s|the|a|his|their) (?:\d+-\d+ )?(?:win|victory|defeat|loss) (?:over|against|to)"
    r"|\d{1,3}-\d{1,3} (?:win|victory|defeat|loss|lead)|tied the (?:game|score)|left in the)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def sentence_left(text: str, start: int, width: int, boundary: re.Pattern[str] = _SENTENCE_END) -> str:
    """The text of the sentence before `start`, at most `width` characters back."""
    left = text[max(0, start - width):start]
    cut = [m.end() for m in boundary.finditer(left)]
    return left[cut[-1]:] if cut else left


def _in_game_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] reports a game (sport vocabulary)."""
    left = sentence_left(text, start, 250)
    right = text[end:end + 250]
    stop = _SENTENCE_END.search(right)
    right = right[:stop.start()] if stop else right
    return _GAME_WORDS.search(left + " " + right) is not None


_ORDINAL_SECOND_AFTER = re.compile(r"^\s+(?!later\b|earlier\b|ago\b|or\b|and\b|of\b|to\b|in\b|before\b|after\b)[a-zA-Z]")
_ORDINAL_SECOND_LIST = re.compile(r"^,\s+(?:\w+(?:er|est)|new|separate|similar|related|different|"
                                  r"later|bigger|larger|smaller|stronger|weaker)\s+[a-z]")
_FRACTION_AFTER = re.compile(r"^\s+of\b")
_RATE_BEFORE = re.compile(r"(?:\b[a-z]{3,}s|\d)\s*$")


def _ordinal_or_fraction(groups: dict[str, Any], unit_word: str, text: str, end: int) -> bool:
    """'a second' before a noun is the ordinal ("a second attack"); 'three quarters of', 'about
    a quarter in' are fractions, not spans of time."""
    num = (groups.get("num") or "").strip().lower()
    after = text[end:end + 20]
    if unit_word == "second" and num in ("a", "an") and (
            _ORDINAL_SECOND_AFTER.match(after) or _ORDINAL_SECOND_LIST.match(after)):
        return True  # "a second attack", "A second, smaller storm"
    if unit_word.startswith("quarter") and re.match(r"^-[a-z]", after):
        return True  # "a one-quarter-cent tax", "a three-quarter-length coat": a fraction
    if unit_word.startswith("quarter") and num not in ("several", "a few", "few", "many") and (
            _FRACTION_AFTER.match(after) or num in ("some", "a", "an")
            and not re.match(r"^\s+(?:later|earlier|ago)\b", after)):
        return True  # "several quarters of losses" is time, "three quarters of voters" is not
    return False


def _plausible(p: Partial) -> bool:
    """Reject values the calendar does not have (Feb 30, month 13, day 0)."""
    if p.month is not None and not 1 <= p.month <= 12:
        return False
    if p.day is not None:
        if not 1 <= p.day <= 31:
            return False
        if p.month is not None:
            limit = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}.get(p.month, 31)
            if p.day > limit:
                return False
            if p.month == 2 and p.day == 29 and p.year is not None and not p.two_digit:
                y = 1 - p.year if p.bc else p.year
                if not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
                    return False
    if p.hour is not None and not 0 <= p.hour <= 24:
        return False
    if p.minute is not None and not 0 <= p.minute <= 59:
        return False
    if p.quarter is not None and not 1 <= p.quarter <= 4:
        return False
    if p.week is not None:
        # ISO weeks: 52 or 53 in a year (53 when 28 December falls in week 53)
        last = 53
        if p.year is not None and not p.bc and not p.two_digit and 1 <= p.year <= 9999:
            from datetime import date

            last = date(p.year, 12, 28).isocalendar()[1]
        if not 1 <= p.week <= last:
            return False
    if p.half is not None and not 1 <= p.half <= 2:
        return False
    if p.year is not None and not p.two_digit and p.year == 0:
        return False
    return True
