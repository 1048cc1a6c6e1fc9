"""Recognition: run the rules over a text and keep the best non-overlapping matches."""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from collections.abc import Iterator, Sequence
from typing import Any

from keydates.time.lexicon import expand
from keydates.time.model import Mention
from keydates.time.normalize import make_mention
from keydates.time.ranges import join_ranges
from keydates.time.scan import CoreScan
from keydates.time.tense import clause_bounds, tense

_BOUNDARY_LEFT = r"(?<![A-Za-z0-9])"
_BOUNDARY_RIGHT = r"(?![A-Za-z0-9])"
_CONTEXT = 40
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Rule:
    """One temporal pattern with its phenomenon and examples (see rules/README.md)."""

    name: str
    phenomenon: str
    type: str
    kind: str
    pattern: str
    regex: re.Pattern[str]
    priority: int = 0
    fields: dict[str, Any] = field(default_factory=dict)
    checks: tuple[str, ...] = ()
    reject_before: re.Pattern[str] | None = None
    reject_after: re.Pattern[str] | None = None
    core: re.Pattern[str] | None = None
    timex: bool = True  # False: a time cue TimeML does not mark as TIMEX3 ("so far")
    examples: tuple[dict[str, Any], ...] = ()
    negatives: tuple[str, ...] = ()
    source: str = ""


def _compile_rule(raw: dict[str, Any], source: str) -> Rule:
    pattern = raw["pattern"]
    try:
        regex = re.compile(_BOUNDARY_LEFT + "(?:" + expand(pattern) + ")" + _BOUNDARY_RIGHT)
        rb = re.compile(expand(raw["reject_before"])) if raw.get("reject_before") else None
        ra = re.compile(expand(raw["reject_after"])) if raw.get("reject_after") else None
        core = re.compile(expand(raw["core"])) if raw.get("core") else None
    except (re.error, KeyError) as exc:
        raise ValueError(f"rule {raw.get('name')!r} in {source}: {exc}") from exc
    return Rule(
        name=raw["name"], phenomenon=raw["phenomenon"], type=raw["type"], kind=raw["kind"],
        pattern=pattern, regex=regex, priority=int(raw.get("priority", 0)),
        fields=dict(raw.get("fields", {})), checks=tuple(raw.get("checks", ())),
        reject_before=rb, reject_after=ra, core=core, timex=bool(raw.get("timex", True)),
        examples=tuple(raw.get("examples", ())),
        negatives=tuple(raw.get("negatives", ())), source=source,
    )


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """All rules from the package's `rules/*.toml`, compiled once."""
    rules: list[Rule] = []
    folder = resources.files("keydates.time") / "rules"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        for raw in data.get("rule", []):
            rules.append(_compile_rule(raw, entry.name))
    names = [r.name for r in rules]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"duplicate rule names: {sorted(dupes)}")
    return tuple(rules)


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=8)
def _ascii_lower(text: str) -> str:
    """ASCII letters lowered; same length as the text, so offsets stay valid."""
    return text.translate(_LOWER)


_WINDOW_MARGIN = 70  # longer than any expression's reach from its core word


def _windows(text: str, core: CoreScan) -> list[tuple[int, int]]:
    """Stretches of text around the hits of a rule's core (the word every match contains)."""
    return _merge_windows(core.hits(text), len(text))


def _merge_windows(hits: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Windows of `_WINDOW_MARGIN` around each (start, end) hit, merged, within [0, length)."""
    spans: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - _WINDOW_MARGIN), min(length, end + _WINDOW_MARGIN)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _matches(rule: Rule, text: str, windows: dict[str, list[tuple[int, int]]] | None,
             lowered: str | None = None) -> Iterator[re.Match[str]]:
    """The rule's matches, searched only in the windows around its core's hits (`lowered` is
    the text with ASCII letters lowered, made once per text by the caller)."""
    if windows is None or rule.core is None:
        yield from rule.regex.finditer(text)
        return
    key = rule.core.pattern
    if key not in windows:
        scan = _cores().get(key) or CoreScan.of(rule.core)
        windows[key] = _windows(lowered if lowered is not None else _ascii_lower(text), scan)
    last_end = -1
    for lo, hi in windows[key]:
        for m in rule.regex.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


def rule_by_name(name: str) -> Rule:
    """The loaded rule of that name."""
    return _RULES_BY_NAME()[name]


@lru_cache(maxsize=1)
def _RULES_BY_NAME() -> dict[str, Rule]:  # noqa: N802 - a cached constant
    return {r.name: r for r in load_rules()}


def _extent_start(m: re.Match[str]) -> int:
    """Where the expression itself begins: after a leading signal word ("on 24 July" -> "24"),
    so that `reject_before` looks just before the date ("No 10 on 24 July" is a date)."""
    if "pre" in m.re.groupindex and m.start("pre") == m.start():
        return m.end("pre")
    return m.start()


def _candidates(text: str, rules: tuple[Rule, ...], use_cores: bool = True,
                windows: dict[str, list[tuple[int, int]]] | None = None) -> list[tuple[Mention, Rule]]:
    found: list[tuple[Mention, Rule]] = []
    if windows is None:
        windows = {} if use_cores else None
    lowered = _ascii_lower(text) if use_cores else None
    for rule in rules:
        if windows is not None and rule.core is not None and not windows.get(rule.core.pattern, True):
            continue  # its core word does not occur
        for m in _matches(rule, text, windows, lowered):
            if m.end() == m.start() or _BLANK_LINE.search(text, m.start(), m.end()):
                continue  # empty, or across a paragraph break ("first\n\nAug.")
            if rule.reject_before is not None:
                start = _extent_start(m)
                if rule.reject_before.search(text[max(0, start - _CONTEXT):start]):
                    continue
            if rule.reject_after is not None:
                if rule.reject_after.search(text[m.end():m.end() + _CONTEXT]):
                    continue
            mention = make_mention(rule, m, text)
            if mention is not None and mention.end > mention.start:
                found.append((mention, rule))
    return found


def _select(cands: list[tuple[Mention, Rule]]) -> list[Mention]:
    """Longest extent first, then higher priority, then earlier start; no overlaps."""
    cands.sort(key=lambda c: (-(c[0].end - c[0].start), -c[1].priority, c[0].start))
    taken: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for mention, _rule in cands:
        if any(mention.start < e and s < mention.end for s, e in occupied):
            continue
        taken.append(mention)
        occupied.append((mention.start, mention.end))
    taken.sort(key=lambda m: m.start)
    return taken


def find_in_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[list[Mention]]:
    """`find` on each span of `text` (offsets relative to the span), the rules' core words
    searched once over the whole text: a document read block by block pays one scan per core,
    not one per core and block."""
    lowered = _ascii_lower(text)
    cores = _cores()
    # a core anchored at a line start ("^1815 –") reads a block's start differently from the
    # same place inside the document: those few are scanned block by block
    anchored = {key for key in cores if "^" in key}
    hits = {key: core.hits(lowered) for key, core in cores.items() if key not in anchored}
    ends = {key: [h[1] for h in found] for key, found in hits.items()}
    out: list[list[Mention]] = []
    first_week = _LOW_WEEK.search(text)
    for s, e in spans:
        windows: dict[str, list[tuple[int, int]]] = {}
        for key, found in hits.items():
            i = bisect.bisect_right(ends[key], s)  # hits overlapping the block, cut to it
            inside = []
            while i < len(found) and found[i][0] < e:
                inside.append((max(found[i][0], s) - s, min(found[i][1], e) - s))
                i += 1
            windows[key] = _merge_windows(inside, e - s)
        block = lowered[s:e]
        for key in anchored:
            windows[key] = _windows(block, cores[key])
        out.append(_without_season_weeks(find(text[s:e], windows), first_week, s))
    return out


_LOW_WEEK = re.compile(r"(?i)\bweek\s+(?:[1-4]|one|two|three|four)\b(?!\s*,?\s*(?:of\s+)?\d{4})(?!\s+of\s+the\s+year)")
_BARE_WEEK = re.compile(r"(?i)(?:(?:in|during|by|from|on)\s+)?(?:the\s+)?week\s+\d+$")


def _without_season_weeks(mentions: list[Mention], first_week: re.Match[str] | None,
                          offset: int = 0) -> list[Mention]:
    """Drop bare numbered weeks ("Week 21") after a "Week 1" of the document (`first_week`, in
    document offsets; `offset` is where the mentions' text starts): those count the weeks of a
    season or a trial, not of the year."""
    if first_week is None:
        return mentions
    return [m for m in mentions if not (m.rule == "week_number_yearless" and offset + m.start > first_week.start()
                                        and _BARE_WEEK.match(m.text))]


_COORDINATED = re.compile(r"\s*,?\s*(?:or|and|,)\s+(?:on\s+)?")


@lru_cache(maxsize=1)
def _cores() -> dict[str, CoreScan]:
    """Each distinct rule core, keyed by its pattern, with its fast scan (`scan.CoreScan`)."""
    return {r.core.pattern: CoreScan.of(r.core) for r in load_rules() if r.core is not None}


def find(text: str, windows: dict[str, list[tuple[int, int]]] | None = None) -> list[Mention]:
    """Recognize and normalize every time expression of `text` (no anchoring). `windows`: the
    stretches around each rule core's hits, when the caller found them already (`find_in_spans`)."""
    if not text or not text.strip():
        return []
    mentions = join_ranges(text, [m for m in _select(_candidates(text, load_rules(), windows=windows))
                                  if m.type != "INVALID"])
    mentions = _without_season_weeks(mentions, _LOW_WEEK.search(text))
    ahead: int | None = None  # start of the sentence whose last told time lies ahead
    before: Mention | None = None
    for mention in mentions:
        p = mention.partial
        if p is not None and (p.weekday is not None or p.relative_to is not None
                              or p.year is None):
            if before is not None and before.partial is not None \
                    and (before.partial.weekday is None) == (p.weekday is None) \
                    and _COORDINATED.fullmatch(text, before.end, mention.start):
                # "due to be emptied on Tuesday or Wednesday": the second time shares the
                # verb of the first (not "will have them collected" that follows it)
                mention.future = before.future
            else:
                mention.future = tense(text, mention.start, mention.end)
            if mention.future is None and ahead is not None \
                    and ahead == clause_bounds(text, mention.start, mention.end)[0]:
                # "flights would leave on Monday from March 30, with the third departing each
                # Thursday from August 6": a time with no verb of its own in a sentence about
                # the future lies ahead too (not so the past: "Talks resumed on Monday, with a
                # second round in June" may well mean the coming June)
                mention.future = True
            elif mention.future is not None:
                ahead = clause_bounds(text, mention.start, mention.end)[0] if mention.future else None
        before = mention
    return mentions
