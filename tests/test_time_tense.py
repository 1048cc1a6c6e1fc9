"""Tense around an expression decides which weekday or year-less date news means."""

from __future__ import annotations

import pytest

from keydates.time import tag
from keydates.time.tense import tense


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The summit will be held on Thursday.", "Thursday", True),
        ("The ban comes into force on Sunday.", "Sunday", True),
        ("The law takes effect on Monday.", "Monday", True),
        ("The rule came into force on Sunday.", "Sunday", False),
        # a causative "have/get + object + participle" is the causative verb's tense
        ("Residents will have their bins collected on Saturday.", "Saturday", True),
        ("Households will have them emptied on Friday.", "Friday", True),
        ("She had it repaired on Saturday.", "Saturday", False),
        ("The club had the pitch relaid on Saturday.", "Saturday", False),
        ("The council is due to meet on Friday.", "Friday", True),
        ("The board is meeting on Monday.", "Monday", True),
        ("Polls close Friday at 10 p.m.", "Friday", True),
        ("The offer had been scheduled to expire at midnight Friday.", "Friday", False),
        ("Until Thursday, they had not named a suspect.", "Thursday", False),
        ("Officials postponed until Tuesday any decision.", "Tuesday", True),
        ("He died on Saturday.", "Saturday", False),
        ("The bank said Thursday that profit rose.", "Thursday", False),
        ("The court Friday rejected the appeal.", "Friday", False),
        ("The union planned a rally on Saturday.", "Saturday", True),
        ("Shares fell 50 cents on Friday to close at $20.", "Friday", False),
        ("The cut is due to its third-quarter loss.", "third-quarter", None),
        ("The Senate passes an amended version of the plan on Wednesday.", "Wednesday", None),
        ("Lawyers will try to overturn Wednesday's ruling.", "Wednesday", None),
        ("'The father will leave at 4 a.m. Thursday,' the minister said.", "4 a.m. Thursday", True),
        ("Mr. Smith said Gen. Jones will arrive Friday.", "Friday", True),
        # A fronted time with a plain present is a chronology's historical present, not a plan.
        ("On Friday, the last soldiers leave.", "Friday", None),
        ("On Monday the delegates return home.", "Monday", None),
        ("On Friday the talks will resume.", "Friday", True),
        ("On Tuesday the council is due to meet.", "Tuesday", True),
        ("The delegates return home on Monday.", "Monday", True),
        # a past perfect before a deadline keeps it in the past, whichever verb is nearer
        ("Most states had sent their reports by Tuesday, and all were complying.", "Tuesday",
         False),
        ("The bid, which previously had been set to lapse at noon Monday, was raised.", "Monday",
         False),
        # "effective" names the day something takes effect, announced ahead
        ("He was named chairman, effective March 1.", "March 1", True),
        ("The bank adopted the new rules effective on Jan. 15.", "Jan. 15", True),
        # a plan reaches further than a plain verb
        ("Supporters were planning to march around the state capitol building on Sunday.",
         "Sunday", True),
        ("The firm reported that fourth-quarter sales in its largest European markets rose "
         "in March.", "March", False),
    ],
)
def test_time_tense_of_the_nearest_verb_group(text: str, word: str, expected: bool | None) -> None:
    i = text.index(word)
    assert tense(text, i, i + len(word)) is expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # 2021-05-04 is a Tuesday.
        ("The summit will be held on Thursday.", "2021-05-04", "2021-05-06"),
        ("The council is due to meet on Friday.", "2021-05-04", "2021-05-07"),
        ("The ministers meet next Thursday.", "2021-05-04", "2021-05-06"),
        ("The singer died on Saturday.", "2021-05-04", "2021-05-01"),
        ("Shares rose 2% Thursday on heavy trading.", "2021-05-04", "2021-04-29"),
        # a participle after a preposition is an adjective, not the clause's verb
        ("Thousands marched on Saturday against planned cuts.", "2021-05-04", "2021-05-01"),
        ("By Saturday evening, gauges showed the reservoir above its safe level.", "2021-05-04", "2021-05-01TEV"),
        ("Workers must leave the site by Saturday.", "2021-05-04", "2021-05-08"),
        ("Schools will stay closed on Monday, the council has announced.", "2021-05-04", "2021-05-10"),
    ],
)
def test_time_tense_weekday_from_publication(text: str, published: str, value: str) -> None:
    found = [e for e in tag(text, published) if e.type in ("DATE", "TIME")]
    assert found and found[0].value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Profit rose 5% in the fiscal first quarter.", "2019-10-28", "2019-Q1"),
        ("The chairman resigned in February for health reasons.", "2019-10-28", "2019-02"),
        ("The shuttle will fly a mission in December.", "2019-03-04", "2019-12"),
        ("The rights expire Nov. 21.", "2019-11-02", "2019-11-21"),
        ("The vote will be held in January.", "2019-10-28", "2020-01"),
        ("The carrier has been on patrol since March.", "2019-08-13", "2019-03"),
        ("The shares had traded at $29.75 in March.", "2019-10-30", "2019-03"),
    ],
)
def test_time_tense_yearless_date_in_news(text: str, published: str, value: str) -> None:
    found = [e for e in tag(text, published) if e.type == "DATE"]
    assert found and found[0].value == value


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a time with no verb of its own takes the tense of the sentence's earlier time
        ("Two new ferries will sail on Mondays from April 2, with a third sailing each Friday "
         "from September 14.", "2001-02-10", "September 14", "2001-09-14"),
        ("The new line will open on 3 March, with a second station on the far side of the "
         "river following in May.",
         "2012-11-20", "May", "2013-05"),
        # the past is not shared: the coming June may follow a step just taken
        ("Talks resumed on Monday, with a second round in June.", "2010-04-10", "June",
         "2010-06"),
        # coordinated times share one verb: "emptied on Tuesday or Wednesday" (not the
        # "will" of the main clause after them)
        ("Bins that were due to be emptied on Tuesday or Wednesday will be collected on Saturday.",
         "2025-03-13", "Wednesday", "2025-03-12"),
    ],
)
def test_time_tense_shared_by_the_times_of_a_sentence(
        text: str, published: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, published)}
    assert found[extent] == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # the verb of the time's own predicate, not of the next one joined by "and"
        ("The gallery closed its doors to visitors on Monday and says it will reopen on 1 December.",
         "Monday", "2023-11-13"),
        ("Talks collapsed, and on Friday the union will strike.", "Friday", "2023-11-17"),
    ],
)
def test_time_tense_of_the_predicate_a_coordinator_sets_apart(text: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, "2023-11-16")}
    assert found[extent] == value


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200),
       st.integers(min_value=0, max_value=20))
def test_time_tense_never_raises_on_any_text(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert tense(text, start, end) in (True, False, None)
