"""Tense around a time expression: does the clause speak of the future or of the past?

The anchoring of "on Friday", "in March" or "the third quarter" against the publication date
depends on it: "will be held on Thursday" is the coming Thursday, "died on Saturday" the last
one. The verb group nearest the expression decides (the words on its left first, then those on
its right), read as a whole so that "will be held" is future although "held" looks past and
"had been scheduled to expire" is past although "scheduled" looks future:

- past perfect ("had met"), past auxiliaries ("was", "were", "did") and past forms ("met",
  "announced") -> past;
- modals of the future ("will", "shall", "'ll", "would", "may", "could"), "going/due/set/
  scheduled/expected/planning to", present progressive ("is meeting") -> future;
- a preposition of a deadline right before the expression ("until Friday", "by March",
  "effective Feb. 1") -> future, unless the verb is a past perfect ("had filed reports by
  Wednesday", "previously had been scheduled to expire at midnight Friday").
- with no verb within seven words on the left, a future group (a plan, a modal) up to eleven
  words away still counts ("were planning to drive around the airport on Monday").

No verb group near the expression: unknown (None).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
_REACH = 7  # words scanned on the left for a verb group
_REACH_PLAN = 11  # a verb of planning or a modal reaches further ("planning to drive around X on")
_REACH_RIGHT = 10  # and on the right ("On Tuesday, the National Action League plans to")
_QUOTE_CLOSE = re.compile(r"''|[\"”]|[,.]['’]")

_PAST_AUX = {"was", "were", "did", "had", "hadn't", "wasn't", "weren't", "didn't"}
_PRESENT_AUX = {"is", "are", "am", "has", "have", "does", "do", "isn't", "aren't", "hasn't",
                "haven't", "doesn't", "don't", "'s"}
_FUTURE_MODALS = {"will", "shall", "'ll", "’ll", "won't", "would", "wouldn't", "may", "might"}
_OTHER_MODALS = {"could", "can", "should", "must", "cannot", "couldn't", "can't"}
_FUTURE_MARKERS = {"going", "due", "set", "scheduled", "slated", "expected", "planning", "plans",
                   "plan", "planned", "intends", "intend", "poised", "likely",
                   "preparing"}
# Verbs of planning point ahead whatever their own tense ("planned a rally on Saturday").
_PLANNING = {"scheduled", "planned", "planning", "plan", "plans", "slated"}
_FILLERS = {"be", "been", "being", "not", "n't", "also", "still", "already", "reportedly",
            "previously", "just", "then", "now", "to", "again", "finally", "only", "formally",
            "officially", "first", "later", "soon", "probably", "never", "once", "even",
            # linking verbs before a participle: "will stay closed", "will remain shut"
            "stay", "stays", "remain", "remains", "get", "gets", "become"}
_IRREGULAR_PAST = set("""said told took gave made began left came went won lost held sent fell rose
met became got found thought brought bought sought caught taught fought kept felt led paid ran saw
spoke stood struck wrote broke chose drove flew grew knew shot sold spent stole swore threw
understood wore woke withdrew overthrew rode rang sang sank slept forbade forgave froze hid hung
laid lit meant dealt drew fed fled forgot heard arose awoke bore beat bent bit blew bled built
clung crept dug fought leapt lent rebuilt sped spun stuck stung swept swung tore underwent upheld
wept wound overtook undertook mistook withheld ate sat shook forsook began swam""".split())
_NOT_PAST_ED = {"need", "speed", "feed", "seed", "breed", "bleed", "proceed", "exceed", "succeed",
                "indeed", "red", "bed", "shed", "hundred", "embed", "armed", "united", "based",
                "related", "limited", "detailed", "advanced", "so-called", "naked", "wicked", "sacred",
                "kindred", "talented",
                "interested", "concerned", "supposed", "used", "tired", "married", "qualified",
                "unprecedented", "unidentified", "unnamed", "unexpected", "beloved", "learned",
                "aged", "varied", "skilled", "coordinated", "combined", "mixed", "increased",
                "reduced", "proposed", "renewed", "continued", "sustained", "restricted"}
# Present-tense verbs of schedules speak of what is coming ("polls close Friday", "talks open at
# 9 a.m. Tuesday", "the rights expire Nov. 21").
_SCHEDULE_BASE = ("open close meet begin start end resume vote arrive leave return expire convene "
                  "depart visit travel fly host launch reopen gather face play kick").split()
_SCHEDULE_PRESENT = set(_SCHEDULE_BASE) | {w + "s" for w in _SCHEDULE_BASE} | {
    "flies", "closes", "launches", "faces", "reopens"}
# a rule or event in the present that comes into force: "comes into force on Sunday", "takes
# effect on Monday", "takes place on Friday" (not "takes pink on Saturday")
_IN_FORCE_BEFORE = re.compile(r"(?i)\b(?:comes?|takes?)\s+(?:into\s+(?:force|effect)|effect|place)\s+(?:on\s+|from\s+|at\s+)?$")
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:until|till|by|as\s+(?:soon|early)\s+as|effective(?:\s+(?:on|as\s+of|from))?)\s+$")
_BECAUSE_OF = re.compile(r"(?i)\bdue\s+to\s+(?:its|the|a|an|his|her|their|our|this|that)\s+$")
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|ever\s+since)\s+$")
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
_OBJECT_PRONOUNS = {"them", "it", "him", "her", "us", "me", "you"}
_OBJECT_DETERMINERS = {"the", "their", "his", "its", "our", "my", "your"}
_CAUSATIVE = {"have", "has", "had", "having", "get", "gets", "got"}


def _is_verbish(word: str) -> bool:
    w = word.lower()
    return (w in _PAST_AUX or w in _PRESENT_AUX or w in _FUTURE_MODALS or w in _FUTURE_MARKERS
            or w in _OTHER_MODALS or w in _SCHEDULE_PRESENT or _is_past_form(word))


def _is_auxiliary(word: str) -> bool:
    """Auxiliaries, modals and the words of "going/due/set/expected to" that a verb group is
    built of (not "plans", which is more often a noun)."""
    w = word.lower()
    return (w in _PAST_AUX or w in _PRESENT_AUX or w in _FUTURE_MODALS or w in _OTHER_MODALS
            or w in ("going", "due", "set", "scheduled", "expected", "slated", "poised",
                     "likely", "planning"))


def _is_past_form(word: str) -> bool:
    w = word.lower()
    if word[:1].isupper() and word.lower() not in _IRREGULAR_PAST:
        return False  # a name ("Ahmed", "United") rather than a verb
    if w in _IRREGULAR_PAST:
        return True
    return len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST_ED and not w.endswith("eed")


def _group_class(group: list[str]) -> bool | None:
    """True future, False past, None present or unknown, for a verb group in text order."""
    words = [w.lower().replace("’", "'") for w in group]
    while words and words[0] in _FILLERS and words[0] not in ("to", "be", "been"):
        words = words[1:]  # "previously had been scheduled": the group starts at "had"
    if not words:
        return None
    first = words[0]
    if first in ("had", "hadn't"):
        return False  # past perfect, whatever follows ("had been scheduled to")
    if any(w in _PLANNING for w in words):
        return True
    if any(w in _FUTURE_MODALS for w in words):
        if "have" in words and any(_is_past_form(w) for w in words):
            return False  # "could have met", "would have signed"
        return True
    if first in ("was", "were", "wasn't", "weren't", "did", "didn't"):
        return False
    if first in ("is", "are", "am", "'s", "isn't", "aren't") and (
            any(w in _FUTURE_MARKERS or w == "to" for w in words[1:])
            or words[-1].endswith("ing")):
        return True  # "is due to", "is to meet", "is meeting on Friday"
    if first in ("set", "due"):
        return len(words) > 1 and words[1] in ("to", "for")  # "set to resume", not "due to its"
    if first in _FUTURE_MARKERS:
        return True  # "expected to", "scheduled for", "due to"
    if first in ("has", "have", "hasn't", "haven't") and len(words) > 1:
        return False  # present perfect reports the past
    if any(_is_past_form(w) for w in group):
        return False
    if first in _SCHEDULE_PRESENT:
        return True  # "polls close Friday"
    return None


_NOT_FINITE_BEFORE = {"the", "a", "an", "s", "its", "their", "his", "her", "our", "to", "of", "at",
                      "this", "that", "whose", "my", "your", "with", "for", "in", "on", "by",
                      "from", "into", "than", "about",
                      # a participle after a preposition is an adjective: "marched on Saturday
                      # against planned cuts", "amid renewed fighting", "over disputed waters"
                      "against", "amid", "over", "despite", "under", "without", "toward", "towards",
                      "including", "among", "between", "across", "along", "via"}


def _verb_at(words: list[tuple[str, int]], i: int) -> bool:
    """Whether words[i] is a verb; a schedule word or a past form after "the", "to" or a
    preposition is a noun, an adjective or an infinitive ("at the close of business", "to begin
    withdrawing", "an amended version", "with 134 votes")."""
    w = words[i][0]
    if not _is_verbish(w):
        return False
    lw = w.lower()
    auxiliary = lw in _PAST_AUX or lw in _PRESENT_AUX or lw in _FUTURE_MODALS or lw in _OTHER_MODALS
    if not auxiliary and i > 0 and words[i - 1][0].lower() in _NOT_FINITE_BEFORE:
        return False  # "the plan", "an amended version", "to begin"
    return True


def _group_start(words: list[tuple[str, int]], i: int) -> int:
    """Where the verb group ending at words[i] starts: back over its auxiliaries and fillers."""
    while i - 1 >= 0 and (_is_auxiliary(words[i - 1][0]) or words[i - 1][0].lower() in _FILLERS):
        i -= 1
    return i


def _left_group(words: list[tuple[str, int]], reach: int = _REACH,
                ) -> tuple[list[str], int] | None:
    """The verb group nearest the expression on its left: (words in order, distance)."""
    for i in range(len(words) - 1, max(-1, len(words) - 1 - reach), -1):
        if _verb_at(words, i):
            j = _group_start(words, i)
            k = i
            while k + 1 < len(words) and (words[k + 1][0].lower().endswith("ing")
                                          or words[k + 1][0].lower() in _FILLERS):
                k += 1  # "is meeting", "was to be"
            obj = next((o for o in range(i - 1, max(0, i - 4), -1)
                        if words[o][0].lower() in _OBJECT_PRONOUNS
                        or words[o][0].lower() in _OBJECT_DETERMINERS), None)
            if j == i and obj is not None and obj >= 1 and _is_past_form(words[i][0]) \
                    and (obj == i - 1 or words[obj][0].lower() in _OBJECT_DETERMINERS) \
                    and words[obj - 1][0].lower() in _CAUSATIVE:
                # "will have them collected", "had it repaired", "will have their bins
                # emptied": the group is the causative verb's ("have" after a modal drops out,
                # as in "will be collected")
                head = [w for w, _ in words[_group_start(words, obj - 1):obj]]
                if len(head) > 1 and head[-1].lower() == "have":
                    head = head[:-1]
                return head + [words[i][0]], len(words) - 1 - i
            return [w for w, _ in words[j:k + 1]], len(words) - 1 - i
    return None


def _right_group(words: list[tuple[str, int]]) -> tuple[list[str], int] | None:
    for i in range(min(len(words), _REACH_RIGHT)):
        if _verb_at(words, i):
            j = i
            while j + 1 < len(words) and (_is_auxiliary(words[j + 1][0])
                                          or _is_past_form(words[j + 1][0])
                                          or words[j + 1][0].lower() in _FILLERS):
                j += 1
            return [w for w, _ in words[i:j + 1]], i
    return None


# Words that may open a clause before a fronted time ("On Friday, ...", "At dawn on Monday").
_FRONTING = {"on", "at", "in", "by", "early", "late", "and", "then", "but"}


def _schedule_only(group: list[str]) -> bool:
    """A plain present verb of schedules with nothing else that points ahead ("leave",
    "resume"), as opposed to "will leave" or "is due to leave"."""
    words = [w.lower() for w in group]
    return words[0] in _SCHEDULE_PRESENT and not any(
        w in _FUTURE_MODALS or w in _FUTURE_MARKERS or w in _PRESENT_AUX for w in words)


_BREAK = re.compile(r"[.;!?](?=\s|$)|\n")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "corp", "inc", "co", "st", "gen", "sen", "rep", "gov",
                  "jr", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "vs"}


def _is_break(text: str, i: int) -> bool:
    """Whether the punctuation at text[i] ends a sentence (not "a.m.", "U.S.", "Mr.", "Corp.")."""
    if text[i] != ".":
        return True
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if len(word) == 1 or word.lower() in _ABBREVIATIONS:
        return False
    return True


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around a span."""
    lo = max(0, start - 300)
    left = lo if lo else 0
    for m in _BREAK.finditer(text, lo, start):
        if _is_break(text, m.start()):
            left = m.end()
    right = min(len(text), end + 300)
    for m in _BREAK.finditer(text, end, right):
        if _is_break(text, m.start()):
            right = m.start()
            break
    return left, right


def tense(text: str, start: int, end: int, prepositions: bool = True) -> bool | None:
    """True when the clause around text[start:end] speaks of the future, False of the past.

    With `prepositions` False, only the verbs count ("by May 1943" is then not a time ahead).
    """
    left, right = clause_bounds(text, start, end)
    before = [(m.group(), m.start()) for m in _WORD.finditer(text, left, start)]
    quote = _QUOTE_CLOSE.search(text, end, right)  # "... (4 a.m. Thursday)'' Castro said"
    after = [(m.group(), m.start()) for m in _WORD.finditer(text, end, quote.start() if quote
                                                             else right)]
    # "Wednesday's ruling" names an event already known: the verb on the left is not its own.
    lg = None if _POSSESSIVE_AFTER.match(text[end:end + 3]) else _left_group(before)
    if lg is None and not _POSSESSIVE_AFTER.match(text[end:end + 3]):
        far = _left_group(before, _REACH_PLAN)  # "were planning to drive around the airport
        if far is not None and _group_class(far[0]) is True:  # on Monday": a plan reaches far
            lg = far
    if lg is not None and _BECAUSE_OF.search(text[max(left, start - 40):start]):
        lg = None  # "due to its loss": because of, not a schedule
    rg = _right_group(after)
    if lg is not None and rg is not None and (_group_class(lg[0]) is False or (
            len(lg[0]) > 1 and _group_class(lg[0]) is not None)) \
            and any(w.lower() in _COORDINATORS for w, _ in after[:rg[1]]):
        # (a one-word present on the left may be a noun: "held outdoor visits during the summer")
        rg = None  # "closed its doors on Monday and says it will reopen": the next predicate's verb
    elif lg is not None and rg is not None and lg[1] > 0 and _group_class(rg[0]) is not None \
            and any(w.lower() in _COORDINATORS for w, _ in before[len(before) - lg[1]:]):
        lg = None  # "Talks collapsed, and on Friday the union will strike": the last predicate's verb
    deadline = prepositions and bool(_DEADLINE_BEFORE.search(text[max(left, start - 24):start]))
    chosen: bool | None = None
    nearest: list[str] = []
    fronted = all(w.lower() in _FRONTING for w, _ in before)
    for group in sorted([g for g in (lg, rg) if g is not None], key=lambda g: g[1]):
        cls = _group_class(group[0])
        if cls and group is rg and fronted and _schedule_only(group[0]):
            cls = None  # "On Friday, the last soldiers leave.": a chronology's historical present
        if cls is not None:
            chosen, nearest = cls, group[0]
            break
    if _IN_FORCE_BEFORE.search(text[max(left, start - 30):start]) and not fronted:
        return True  # "The ban comes into force on Sunday"
    if prepositions and _SINCE_BEFORE.search(text[max(left, start - 12):start]):
        return False  # "on patrol since March": a time already past
    if deadline and fronted and chosen is False:
        return False  # "By Saturday evening, gauges showed ...": a past narrative's step
    if deadline:  # "until Friday", "by March": a time ahead, unless told in the past perfect
        return not (_past_perfect(nearest) or (lg is not None and _past_perfect(lg[0])))
    return chosen


_COORDINATORS = frozenset(["and", "but", "while", "whereas"])


def _past_perfect(group: list[str]) -> bool:
    """Whether a verb group is a past perfect ("had filed", "previously had been set")."""
    words = [w.lower() for w in group if w.lower() not in _FILLERS]
    return bool(words) and words[0] in ("had", "hadn't")


def told_in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether the verb group on the left of text[start:end] is a past perfect ("troops that had
    invaded Burma in late 1943"): a time before the story's, told as background."""
    left, _ = clause_bounds(text, start, end)
    before = [(m.group(), m.start()) for m in _WORD.finditer(text, left, start)]
    lg = _left_group(before)
    return lg is not None and _past_perfect(lg[0])
