"""Finding a rule core's hits fast: by plain substring search where the core allows it.

A rule's *core* is a small regex (a word every match contains) scanned over a whole document to
find where the rule can match at all. Python's regex engine scans quickly only for a pattern
that begins with fixed text; a core that begins with an alternation, a word boundary or a
look-behind ("(?:jan|feb|...)", "\\bago\\b", "(?:quarter|\\bq[1-4])") is tried at every
character. When every match of a core must begin with one of a few selective literal strings
("jan", "ago", "q1"), those strings are found with `str.find` (a fast C search) and the core is
matched only there. The hits are exactly those of `core.finditer` (tested on every core), so the
rules see the same windows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the standard library's regex parser (it was the public sre_parse module before Python 3.11)
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]

_MAX_LITERALS = 20  # more alternatives than this: one regex pass is cheaper than many searches
_MAX_COMBINATIONS = 64


class _Unknown(Exception):
    """The start of the pattern cannot be written as a finite set of literal strings."""


def _concat(heads: set[str], items: list, i: int) -> set[str]:
    """`heads` followed by the literal starts of `items[i:]` when those are known and few."""
    try:
        tails = _starts(items, i)
    except _Unknown:
        return heads
    if len(heads) * len(tails) > _MAX_COMBINATIONS:
        return heads
    return {h + t for h in heads for t in tails}


def _class_chars(items: list) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op == _C.LITERAL:
            chars.add(chr(av))
        elif op == _C.RANGE and av[1] - av[0] <= 10:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op == _C.CATEGORY and av == _C.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            raise _Unknown
    return chars


def _starts(items: list, i: int = 0) -> set[str]:
    """Literal strings one of which begins every match of the parsed sequence `items[i:]`."""
    while i < len(items):
        op, av = items[i]
        if op in (_C.ASSERT, _C.ASSERT_NOT) or (op == _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY)):
            i += 1  # zero-width: the match still begins at the next literal
            continue
        if op == _C.LITERAL:
            j = i
            while j < len(items) and items[j][0] == _C.LITERAL:
                j += 1
            return _concat({"".join(chr(av) for _, av in items[i:j])}, items, j)
        if op == _C.IN:
            return _concat(_class_chars(av), items, i + 1)
        if op == _C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                out |= _starts(list(alternative) + items[i + 1:])
            return out
        if op == _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unknown  # "(?i:may)": the text may read "May" or "MAY"
            return _starts(list(av[-1]) + items[i + 1:])
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, high, sub = av
            # at most once: the sub-pattern, then the rest; more: the sub-pattern may follow itself
            starts = _starts(list(sub) + items[i + 1:]) if high == 1 else _starts(list(sub))
            return starts | _starts(items, i + 1) if low == 0 else starts
        raise _Unknown  # any character, a category, a line anchor, a backreference ...
    raise _Unknown  # the rest may match the empty string


def _selective(literal: str) -> bool:
    """Rare enough in running text that finding each occurrence beats one regex pass: three
    characters or more, or a letter with a digit ("q1", "1h")."""
    return len(literal) >= 3 or (len(literal) == 2 and any(c.isdigit() for c in literal)
                                  and any(c.isalpha() for c in literal))


def literal_starts(core: re.Pattern[str]) -> tuple[str, ...] | None:
    """The selective literal strings one of which begins every match of `core`, or None when
    the core does not allow substring search or gains nothing from it (see the module doc)."""
    if core.flags & re.IGNORECASE:
        return None
    try:
        parsed = list(_P.parse(core.pattern, core.flags))
        starts = _starts(parsed)
    except (_Unknown, re.error, RecursionError):
        return None
    fixed = 0
    while fixed < len(parsed) and parsed[fixed][0] == _C.LITERAL:
        fixed += 1
    if fixed >= 3:
        return None  # begins with fixed text: the regex engine already searches it fast
    if not starts or len(starts) > _MAX_LITERALS or not all(_selective(s) for s in starts):
        return None
    return tuple(sorted(starts))


@dataclass(frozen=True, slots=True)
class CoreScan:
    """A rule core and, where it allows, the literal strings that begin its matches."""

    regex: re.Pattern[str]
    literals: tuple[str, ...] | None

    @classmethod
    def of(cls, core: re.Pattern[str]) -> CoreScan:
        return cls(core, literal_starts(core))

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match of the core, as `finditer` gives them."""
        if self.literals is None:
            return [(m.start(), m.end()) for m in self.regex.finditer(text)]
        starts: set[int] = set()
        for literal in self.literals:
            at = text.find(literal)
            while at >= 0:
                starts.add(at)
                at = text.find(literal, at + 1)
        hits: list[tuple[int, int]] = []
        last_end = -1
        match = self.regex.match
        for at in sorted(starts):
            if at < last_end:
                continue  # finditer resumes after the previous match
            m = match(text, at)
            if m is not None and m.end() > at:
                hits.append((at, m.end()))
                last_end = m.end()
        return hits
