"""Words of time (months, weekdays, numbers, units) and the pattern macros the rules use.

Rules in `rules/*.toml` write `{MONTH}`, `{DAY}`, `{YEAR}` ... in their patterns; `expand`
replaces each macro by a non-capturing alternation, so rules name their own groups.
Month and weekday names are matched case-sensitively (Title or UPPER case) so that the verb
"may" or "march" is never a month; other words are case-insensitive.
"""

from __future__ import annotations

import calendar
import re

MONTHS: dict[str, int] = {}
for _num, (_full, *_abbrs) in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
     ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
     ("October", "Oct"), ("November", "Nov"), ("December", "Dec")],
    start=1,
):
    for _w in (_full, *_abbrs):
        MONTHS[_w.lower()] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    [("Monday", "Mon"), ("Tuesday", "Tue", "Tues"), ("Wednesday", "Wed"),
     ("Thursday", "Thu", "Thur", "Thurs"), ("Friday", "Fri"), ("Saturday", "Sat"),
     ("Sunday", "Sun")],
    start=1,
):
    for _w in _names:
        WEEKDAYS[_w.lower()] = _num

# Holidays on a fixed day of the calendar: name -> (month, day).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "armistice day": (11, 11), "may day": (5, 1),
    # feasts of the church year on fixed days (English quarter and cross-quarter days), common in
    # histories: "Around Michaelmas 1349", "by Lady Day", "on St George's Day"
    "michaelmas": (9, 29), "lady day": (3, 25), "midsummer day": (6, 24), "midsummer's day": (6, 24),
    "midsummer eve": (6, 23), "candlemas": (2, 2), "lammas": (8, 1), "martinmas": (11, 11),
    "all saints' day": (11, 1), "all souls' day": (11, 2), "twelfth night": (1, 5), "epiphany": (1, 6),
    "st patrick's day": (3, 17), "st george's day": (4, 23), "st andrew's day": (11, 30),
    "st david's day": (3, 1), "st stephen's day": (12, 26), "remembrance day": (11, 11),
    "veterans day": (11, 11), "hogmanay": (12, 31), "juneteenth": (6, 19),
    # national days that name one country's date
    "australia day": (1, 26), "anzac day": (4, 25), "canada day": (7, 1), "waitangi day": (2, 6),
}

# Named periods of history whose years every reader knows: name -> (first year, last year).
# "During the First World War, the works made shell fuses" is dated 1914-1918.
NAMED_PERIODS: dict[str, tuple[int, int]] = {
    "first world war": (1914, 1918), "world war i": (1914, 1918), "world war one": (1914, 1918),
    "world war 1": (1914, 1918), "ww1": (1914, 1918), "wwi": (1914, 1918), "great war": (1914, 1918),
    "second world war": (1939, 1945), "world war ii": (1939, 1945), "world war two": (1939, 1945),
    "world war 2": (1939, 1945), "ww2": (1939, 1945), "wwii": (1939, 1945),
    "great depression": (1929, 1939), "korean war": (1950, 1953), "vietnam war": (1955, 1975),
    "american civil war": (1861, 1865), "us civil war": (1861, 1865), "spanish civil war": (1936, 1939),
    "crimean war": (1853, 1856), "napoleonic wars": (1803, 1815), "seven years' war": (1756, 1763),
    "thirty years' war": (1618, 1648), "hundred years' war": (1337, 1453), "the blitz": (1940, 1941),
}


# Days of the Roman calendar: the Ides are the 15th of March, May, July and October and the 13th
# of other months; the Nones eight days before them; the Kalends the 1st.
def roman_day(word: str, month: int) -> int:
    """'Ides', 3 -> 15; 'Nones', 1 -> 5; 'Kalends', 6 -> 1."""
    ides = 15 if month in (3, 5, 7, 10) else 13
    w = word.lower()
    return ides if w == "ides" else ides - 8 if w == "nones" else 1


_ROMAN = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_number(text: str) -> int:
    """'MCDXLIII' -> 1443 (subtractive notation)."""
    values = [_ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# Holidays whose day depends on the year: name -> (month, weekday 1-7, nth; -1 = last), or
# "easter" (Gregorian computus). The month anchors a year-less mention.
MOVEABLE_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    "memorial day": (5, 1, -1), "labor day": (9, 1, 1), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "martin luther king day": (1, 1, 3),
    "election day": (11, 2, 0),  # US: the Tuesday after the first Monday of November
    "easter": (4, 7, 0), "easter sunday": (4, 7, 0), "good friday": (4, 5, 0),
    "easter monday": (4, 1, 0),
    # feasts counted from Easter (see EASTER_OFFSETS); the month is their usual one
    "shrove tuesday": (2, 2, 0), "ash wednesday": (2, 3, 0), "palm sunday": (4, 7, 0),
    "maundy thursday": (4, 4, 0), "ascension day": (5, 4, 0), "whit sunday": (5, 7, 0),
    "whitsunday": (5, 7, 0), "whitsun": (5, 7, 0), "pentecost": (5, 7, 0), "whit monday": (5, 1, 0),
    # England and Wales: the early May, spring and August (summer) bank holidays
    "may bank holiday": (5, 1, 1), "early may bank holiday": (5, 1, 1),
    "spring bank holiday": (5, 1, -1), "august bank holiday": (8, 1, -1),
    "summer bank holiday": (8, 1, -1), "late summer bank holiday": (8, 1, -1),
    # UK: the second Sunday of November; US: the third Monday of February, second of October
    "remembrance sunday": (11, 7, 2), "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2),
}


# Days from Easter Sunday of the feasts that move with it.
EASTER_OFFSETS = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "shrove tuesday": -47,
    "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "ascension day": 39,
    "whit sunday": 49, "whitsunday": 49, "whitsun": 49, "pentecost": 49, "whit monday": 50,
}


def holiday_day(name: str, year: int) -> tuple[int, int] | None:
    """(month, day) of a moveable holiday in a given (Gregorian) year."""
    import datetime as _dt

    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if key in EASTER_OFFSETS and year < 1583:
        # before the Gregorian reform Easter followed the Julian calendar, in which the
        # histories of the time give their dates ("Whit Sunday 1381" is 2 June 1381)
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = (d + e + 114) // 31, (d + e + 114) % 31 + 1
        feast = _dt.date(year, month, day) + _dt.timedelta(days=EASTER_OFFSETS[key])
        return feast.month, feast.day
    if key in EASTER_OFFSETS:
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        lw = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * lw) // 433
        month = (h + lw - 7 * m + 90) // 25
        day = (h + lw - 7 * m + 33 * month + 19) % 32
        feast = _dt.date(year, month, day) + _dt.timedelta(days=EASTER_OFFSETS[key])
        return feast.month, feast.day
    if key.startswith("nth "):  # "nth <month> <weekday> <n>": the first Saturday of December
        month, weekday, nth = (int(x) for x in key.split()[1:])
    elif key not in MOVEABLE_HOLIDAYS:
        return None
    else:
        month, weekday, nth = MOVEABLE_HOLIDAYS[key]
    if key == "election day":
        first = _dt.date(year, 11, 1)
        monday = first + _dt.timedelta(days=(1 - first.isoweekday()) % 7)
        return 11, (monday + _dt.timedelta(days=1)).day
    if nth > 0:
        first = _dt.date(year, month, 1)
        day = 1 + (weekday - first.isoweekday()) % 7 + 7 * (nth - 1)
        return month, day
    last = _dt.date(year, month, calendar.monthrange(year, month)[1])  # December too
    return month, last.day - (last.isoweekday() - weekday) % 7


SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI", "daytime": "DT", "dawn": "MO",
    "dusk": "EV", "nightfall": "EV", "lunchtime": "MI", "sunrise": "MO", "daybreak": "MO",
    "sunset": "EV", "sundown": "EV",
    "early hours": "MO", "small hours": "MO", "wee hours": "MO",  # after midnight, before dawn
}

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "millennium": "ML",
}
# How many base units a unit word stands for ("a fortnight" = 2 weeks, "a decade" = 10 years).
UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100, "millennium": 1000}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0, "a half": 0,
}
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "a number of", "numerous",
                 "a couple", "the past few", "recent", "the coming"}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}

MOD_WORDS = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
    "earlier": "START", "later": "END",
    "first half": "START", "second half": "END", "latter part": "END", "turn": "END",
    "first": "START", "last": "END", "final": "END",  # "the last week of the month"
}
APPROX_WORDS = {"c", "ca", "circa", "about", "around", "approximately", "roughly", "some",
                "nearly", "almost", "so"}  # "so": "a week or so"


def _alt(words: list[str], title_upper: bool) -> str:
    forms: set[str] = set()
    for w in words:
        if title_upper:
            forms.update({w.title(), w.upper()})
        else:
            forms.add(w)
    return "(?:" + "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)) + ")"


_month_full = [w for w in MONTHS if len(w) > 3 or w == "may"]
_month_abbr = [w for w in MONTHS if len(w) <= 4 and w != "may" and w not in ("june", "july")]
_ordinal_words = "(?i:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_cardinal_words = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))

MACROS: dict[str, str] = {
    # "March", "MARCH", "Mar.", "Sept.", "Dec" (abbreviations take an optional period).
    "MONTH": "(?:" + _alt(_month_full, True) + r"\b|" + _alt(_month_abbr, True) + r"(?:\.|\b))",
    "WEEKDAY": "(?:" + _alt([w for w in WEEKDAYS if len(w) > 4], True) + r"\b|"
               + _alt([w for w in WEEKDAYS if len(w) <= 4], True) + r"\.)",
    # Day of month: digits with an optional ordinal suffix, or an ordinal word; not the first
    # part of a compound ("first-time", "second-hand", "1st-class", "third-party").
    "DAY": r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|" + _ordinal_words + r")(?![-–][a-z])",
    # Four-digit year 1000-2099, not part of a longer number.
    "YEAR": r"(?<![\d,.$£€#])(?:1\d{3}|20\d{2})(?![\d,]\d|\d|\.\d)",
    # A weekday abbreviated without its period, only right before a day number ("Sat 12 March").
    "WDABBR": r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?\s+(?:the\s+)?\d)",
    "ERA": r"(?:B\.\s?C\.(?:E\.)?|B\.\s?C(?![.\w])|A\.\s?D\.|C\.E\.|BCE|BC|AD|CE)(?![A-Za-z])",
    "ANYYEAR": r"(?<![\d,.$£€#])\d{1,4}(?!\d)",
    "SEASON": r"(?i:spring|summer|autumn|fall|winter)",
    "POD": r"(?i:morning|afternoon|evening|night|midday|noon|daytime|dawn|dusk|lunchtime)",
    "ORD": r"(?:\d{1,2}(?:st|nd|rd|th)|" + _ordinal_words + ")",
    "NUM": r"(?:\d+(?:\.\d+)?|(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several"
           r"|a\s+few)\s+(?:hundred|thousand)(?:\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" + _cardinal_words + r"))?(?![-\w])"
           r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:a\s+)?couple\s+of|a\s+dozen"
           r"|a\s+half|(?<!and a )half\s+an?|several|a\s+few|a\s+number\s+of|few|some|many"
           r"|(?:" + _cardinal_words + r")))",
    "UNIT": r"(?i:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?"
            r"|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a|ums))",
    "CALUNIT": r"(?i:days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))",
    "DASH": r"\s*(?:-|–|—|to|through|thru|until|till)\s*",
    # Cores: what a rule's match must contain; the rule runs only near them. Cores are written in
    # lower case and searched in the text with ASCII letters lowered (fast literal scans).
    "CYEAR": r"(?<!\d)(?:1\d|20)\d\d(?!\d)",
    "CERA": r"(?:\bb\.?\s?c|\ba\.?\s?d\b|\bc\.?e\b|\bc\.|\bca\.|\bcirca\b|\babout\b|\baround\b)",
    # A unit of time as a word of its own: not "today", "holiday", "yearly", "hourglass".
    "CUNIT": r"(?<![a-z])(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?"
             r"|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a|ums))(?![a-z])",
    # A month name or abbreviation as a word of its own: not "market", "decade", "summary".
    "CMONTH": r"(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
              r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])",
    # A weekday name or abbreviation as a word of its own: not "money", "Africa", "showed".
    "CWEEKDAY": r"(?<![a-z])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
                r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])",
    # An approximation before a date: "on or about March 3", "around Nov. 1".
    "APPROX": r"(?:(?P<approx>(?i:on\s+or\s+about|on\s+or\s+around|about|around|circa|approximately|roughly))\s+)?",
    # A temporal preposition before the expression, kept out of the extent (group `pre`).
    "SIG": r"(?:(?P<pre>(?P<signal>(?i:since|until|till|before|after|by|from|in|on|during|of"
           r"|through|throughout|at|as\s+of|prior\s+to|between))\s+))?",
    # A part of the day named before its date: "the night of April 18", "the morning of 3 May".
    "PODOF": r"(?:(?i:the)\s+(?:(?i:early|late|small|wee)\s+)?(?P<pod>(?i:morning|afternoon|evening|night))"
             r"(?:\s+(?i:hours))?\s+(?i:of)\s+)?",
    # A year with its era, or a plain year: "480 BC", "79 AD", "AD 79", "1941" (groups year, era).
    "ERAYEAR": r"(?:(?P<year__e>(?<![\d,.$£€#])\d{1,4}(?!\d))\s*(?P<era>(?:B\.\s?C\.(?:E\.)?"
               r"|B\.\s?C(?![.\w])|A\.\s?D\.|C\.E\.|BCE|BC|AD|CE)(?![A-Za-z]))"
               r"|(?P<era__p>A\.\s?D\.|AD)\s+(?P<year__p>(?<![\d,.$£€#])\d{1,4}(?![\d,]\d|\d|\.\d))"  # "24 August AD 79"
               r"|(?P<year>(?<![\d,.$£€#])(?:1\d{3}|20\d{2})(?![\d,]\d|\d|\.\d)))",
    # A part of the period: "early", "mid-", "late", "the end of", "the beginning of".
    "MODPRE": r"(?:(?P<mod>(?i:(?:early|late)(?:\s+in)?|mid|the\s+(?:very\s+)?(?:beginning|start|end|middle"
              r"|close|turn|first\s+half|second\s+half|latter\s+part)\s+of|(?:beginning|end"
              r"|middle)\s+of))(?:\s*-\s*|\s+|(?<=[Mm]id)(?=summer)))?",
}

_MACRO_RE = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str) -> str:
    """Replace `{MACRO}` names in a rule pattern by their regular expressions."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in MACROS:
            raise KeyError(f"unknown macro {{{name}}} in pattern")
        return MACROS[name]

    return _MACRO_RE.sub(sub, pattern)


def number_value(text: str) -> int | None:
    """'three' -> 3, 'twenty-four' -> 24, '12' -> 12, 'several' -> None (vague)."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return None
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    whole, _, rest = t.partition(" and ")
    if rest and re.fullmatch(r"\S+ (?:hundred|thousand)", whole):  # "two hundred and ten"
        head, tail = number_value(whole), number_value(rest)
        return None if head is None or tail is None or tail >= 100 else head + tail
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand"):  # "two thousand", "a hundred"
        head = NUMBER_WORDS.get(parts[0])
        return None if head is None else head * (100 if parts[1] == "hundred" else 1000)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def day_value(text: str) -> int | None:
    """'13th' -> 13, 'thirty-first' -> 31."""
    t = text.strip().lower()
    if t in ORDINAL_WORDS:
        return ORDINAL_WORDS[t]
    m = re.match(r"(\d{1,2})", t)
    return int(m.group(1)) if m else None


def month_value(text: str) -> int | None:
    """'Sept.' -> 9, 'DEC' -> 12, '03' -> 3."""
    t = text.strip().rstrip(".").lower()
    if t.isdigit():
        n = int(t)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(t)


def unit_key(text: str) -> str:
    """'centuries' -> 'century', 'days' -> 'day'."""
    t = text.strip().lower()
    for key in UNITS:
        if t == key or t == key + "s" or (key == "century" and t == "centuries") or (
                key == "millennium" and t.startswith("millenni")):
            return key
    return t.rstrip("s")
