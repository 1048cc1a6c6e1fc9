"""Events: the examples of every distractor rule, label parsing, clause splitting, robustness."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keydates.events import extract_text
from keydates.events.clauses import distractor, distractor_rules, split_clauses
from keydates.events.labels import label_mention

_EX = [(r.name, c, e) for r in distractor_rules() for c, e in r.examples]
_CEX = [(r.name, c, e) for r in distractor_rules() for c, e in r.counter_examples]


@pytest.mark.parametrize("name,clause,expr", _EX, ids=[f"{n}:{c[:30]}" for n, c, _ in _EX])
def test_distractor_examples(name, clause, expr):
    i = clause.index(expr)
    assert distractor(clause, i, i + len(expr)) is not None


@pytest.mark.parametrize("name,clause,expr", _CEX, ids=[f"{n}:{c[:30]}" for n, c, _ in _CEX])
def test_distractor_counter_examples(name, clause, expr):
    i = clause.index(expr)
    assert distractor(clause, i, i + len(expr)) is None


@pytest.mark.parametrize("label,rule,value,mod,end", [
    ("562", "label_year", "0562", None, None),
    ("587/586", "label_year", "0587", None, "0586"),
    ("390 or 387", "label_year", "0390", None, "0387"),
    ("2008 May", "label_year_month", "2008-05", None, None),
    ("793 – 8 June", "label_year_day", "0793-06-08", None, None),
    ("21:47 14 Oct", "label_clock_day", "XXXX-10-14", None, None),
    ("2 August 216", "label_short_year_date", "0216-08-02", None, None),
    ("January 49", "label_short_year_date", "0049-01", None, None),
    ("01/08", "label_numeric_day", "XXXX-08-01", None, None),  # day first
    ("07/15", "label_numeric_day", "XXXX-07-15", None, None),  # only the first can be a month
    ("15/07 to 25/07", "label_numeric_day", "XXXX-07-15", None, "XXXX-07-25"),
    ("21/20", "label_year", "0021", None, "0020"),  # no day-month: a pair of years
    ("878 – May", "label_year_day", "0878-05", None, None),
    ("2007 August-September", "label_year_month", "2007-08", None, "2007-09"),
    ("About 2300", "label_year", "2300", "APPROX", None),
    ("c. 3500–3000", "label_year", "BC3500", "APPROX", "BC3000"),  # a span counting down is BC
    ("2055–1650", "label_year", "BC2055", None, "BC1650"),
    ("1914-18", "label_year", "1914", None, "1918"),
    ("June", "label_month", "XXXX-06", None, None),
    ("Summer", "label_season", "XXXX-SU", None, None),
    ("Late Nov", "label_month", "XXXX-11", "END", None),
    ("1990s", "label_decade", "199", None, None),
    ("4th millennium", "label_millennium", "3XXX", None, None),
    ("44 – March 15", "label_year_day", "0044-03-15", None, None),
    ("216 – Summer", "label_year_day", "0216-SU", None, None),
    ("23rd", "label_day", "XXXX-XX-23", None, None),  # a day of the heading's month
    ("Sat 16th", "label_day", "XXXX-XX-16", None, None),
])
def test_label_mentions(label, rule, value, mod, end):
    m = label_mention(label, 10)
    assert m is not None and m.rule == rule
    assert m.value.replace("X", "") == value.replace("X", "")
    assert m.mod == mod and (m.range_end or None) == end
    assert m.start == 10 and m.end == 10 + len(label)


def test_clock_label():
    m = label_mention("00:20", 0)
    assert m.type == "TIME" and (m.partial.hour, m.partial.minute) == (0, 20)
    assert label_mention("8 p.m.", 0) is None or label_mention("8:00 p.m.", 0).partial.hour == 20


@pytest.mark.parametrize("text,hour", [("16:02 GMT", 16), ("9.05 pm BST", 21), ("00:20", 0)])
def test_clock_labels_with_zone(text, hour):
    m = label_mention(text, 0)
    assert m is not None and m.rule == "label_clock" and m.partial.hour == hour


@pytest.mark.parametrize("text", ["Iraq", "May Day", "The 1990s war", ""])
def test_not_labels(text):
    assert label_mention(text, 0) is None


@pytest.mark.parametrize("text,n", [
    ("On Jan. 3, X happens. He leaves.", 2),
    ("Mr. Smith arrives on Dec. 5 in the U.S. capital. It rains.", 2),
    ("In 1990, Iraq invades Kuwait; in 1991, it is expelled.", 2),
    ("A single clause without end", 1),
    ("George W. Bush speaks in Ohio. He leaves.", 2),  # an initial does not end a sentence
    ("She ran 1500 m. In August she won the title.", 2),  # a unit after a number does
    ("The tower is 320 m. It opened in 1889.", 2),
])
def test_split_clauses(text, n):
    assert len(split_clauses(text)) == n


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\r\nxby.,", max_size=40))
def test_distractor_linear_prefix_matches_like_dot_star(text):
    """distractors.toml writes "a word with something before it on its line" as `\\S[^\\S\\n]*\\b`,
    the linear-time form of `\\S.*\\b`: both accept the same texts."""
    assert bool(re.search(r"\S.*\bby\s*$", text)) == bool(re.search(r"\S[^\S\n]*\bby\s*$", text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text):
    tl = extract_text(text)
    for e in tl.events:
        assert 0 <= e.start <= e.end <= len(tl.document.text)


_WORDS = st.sampled_from(["On", "May", "1,", "2003", "In", "late", "December", "the", "next", "day",
                          "Friday", "1992:", "-", "•", "\n", "\n\n", "BC", "c.", "until", "since",
                          "troops", "invade", "|", "\t", "– Heading –", "## 2011", "73 + = 75"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=60), st.sampled_from([None, "2020-01-03", "1999-12-31"]))
def test_chronology_like_text_never_raises(words, published):
    tl = extract_text(" ".join(words), published=published)
    for e in tl.events:
        d = e.date
        if d.value is not None:
            assert d.granularity != "none"
        if d.evidence_start is not None:
            assert tl.document.text[d.evidence_start:d.evidence_end] == d.evidence


@pytest.mark.parametrize("text,want", [
    ("Key dates\n\nJohnson became prime minister on 24 July 2019 and won an election on 12 December 2019.\n",
     ["2019-07-24", "2019-12-12"]),
    ("Key dates\n\nTalabani is elected president in April 2005, while Jaafari is appointed in May 2005.\n",
     ["2005-04", "2005-05"]),
    ("Key dates\n\nProtests took place on May 1, 2003 and May 3, 2003.\n", ["2003-05-01"]),
    ("Key dates\n\nBetween 2003 and 2011, 100,000 civilians die.\n", ["2003"]),
    ("Key dates\n\nIn 605 BC, a prince defeats the Egyptians and becomes king the same year.\n", ["BC0605"]),
    ("Key dates\n\nSince 2020, demand has tripled, and a second shift now works at the plant.\n", ["2020"]),
])
def test_coordinated_clauses_split_only_between_dated_predicates(text, want):
    assert [e.date.value for e in extract_text(text).events] == want


@pytest.mark.parametrize("clause,expr", [
    ("We drew 1-1 at Portgate in their Boxing Day derby.", "Boxing Day"),
    ("Mensah came back off the bench for the Easter Monday win.", "Easter Monday"),
])
def test_distractor_modifier_holiday_names_its_own_event(clause, expr):
    i = clause.index(expr)
    assert distractor(clause, i, i + len(expr)) == "year_as_modifier"  # as a bare modifier ...
    assert distractor(clause, i, i + len(expr), "holiday") is None  # ... but a holiday is the occasion


def test_split_clauses_hard_wrapped_line_going_on_in_lower_case_is_one_clause():
    assert len(split_clauses("The warning was upgraded to\namber the following morning.")) == 1
    assert len(split_clauses("1990: a flood\n1991: a drought")) == 2
