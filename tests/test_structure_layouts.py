"""Structure: every rule's examples, and each layout of the issue on small texts of our own."""

from __future__ import annotations

import pytest

from keydates.structure import furniture_rule, heading_rule, segment
from keydates.structure.rules import (
    boilerplate_rules, heading_rules, is_date_label, layouts, leading_label, trailing_label,
)

_BP = [(r.name, e) for r in boilerplate_rules() for e in r.examples]
_BP_NOT = [(r.name, e) for r in boilerplate_rules() for e in r.counter_examples]


@pytest.mark.parametrize("name,line", _BP, ids=[f"{n}:{l[:30]}" for n, l in _BP])
def test_boilerplate_examples_are_furniture(name, line):
    assert furniture_rule(line) is not None


@pytest.mark.parametrize("name,line", _BP_NOT, ids=[f"{n}:{l[:30]}" for n, l in _BP_NOT])
def test_boilerplate_counter_examples_are_content(name, line):
    assert furniture_rule(line) is None


_HD = [(r.name, line, label) for r in heading_rules() for line, label in r.examples]
_HD_NOT = [(r.name, line) for r in heading_rules() for line in r.counter_examples]


@pytest.mark.parametrize("name,line,label", _HD, ids=[f"{n}:{l}" for n, l, _ in _HD])
def test_heading_examples(name, line, label):
    assert heading_rule(line) == (name, label)


@pytest.mark.parametrize("name,line", _HD_NOT, ids=[f"{n}:{l[:30]}" for n, l in _HD_NOT])
def test_heading_counter_examples(name, line):
    got = heading_rule(line)
    assert got is None or got[0] != name


_LAY = layouts().raw


@pytest.mark.parametrize("line", _LAY["bullets"]["examples"])
def test_bullet_examples(line):
    assert layouts().bullet.match(line)


@pytest.mark.parametrize("line", _LAY["bullets"]["counter_examples"])
def test_bullet_counter_examples(line):
    assert not layouts().bullet.match(line)


@pytest.mark.parametrize("line,label", _LAY["date_label"]["examples"])
def test_date_label_examples(line, label):
    end = leading_label(line)
    assert end is not None and line[:end] == label


@pytest.mark.parametrize("line", _LAY["date_label"]["counter_examples"])
def test_date_label_counter_examples(line):
    assert leading_label(line) is None


@pytest.mark.parametrize("text", ["2011", "-- DEC 26 --", "Thursday, October 25:", "1990s",
                                  "c. 3500–3000", "March 2003", "**2011**", "Late Nov", "00:20",
                                  "21:15 BST", "Spring (planned)", "December 2026 (expected)", "Fiscal 2009", "Q2 fiscal 2021"])
def test_date_only_lines(text):
    assert is_date_label(text)


@pytest.mark.parametrize("text", ["Iraq", "The invasion", "4,500 dead", "May Day protests",
                                  "2003 invasion", "Aug 15: C.", "c. Smith", "(planned)", "Spring (rain)"])
def test_not_date_only_lines(text):
    assert not is_date_label(text)


def test_trailing_date_label():
    text = "A snowstorm cancels the Vienna show (Dec. 28)"
    a, b = trailing_label(text)
    assert text[a:b] == "Dec. 28"


@pytest.mark.parametrize("text", ["Footnote numbering restarts after every table (#401).",
                                  "Fix a crash on empty headings (№ 1998)"])
def test_structure_issue_number_is_no_trailing_date(text):
    assert trailing_label(text) is None


@pytest.mark.parametrize("text", _LAY["lead"]["examples"])
def test_lead_markers(text):
    assert layouts().lead_markers.search(text)


@pytest.mark.parametrize("text", _LAY["continuation"]["examples"])
def test_continuation_examples(text):
    assert layouts().continuation.search(text)


@pytest.mark.parametrize("text", _LAY["continuation"]["counter_examples"])
def test_continuation_counter_examples(text):
    assert not layouts().continuation.search(text)


def _entries(text: str) -> list[str]:
    return [e.text for e in segment(text).entries]


PROSE = """Key Dates In The Conflict

Main dates of the war since it began.

– The invasion –

On March 20, 2003, troops cross the border.

On April 9, the capital falls.

– Aftermath –

In June 2004, power is handed over.

Leave a Reply

Your email address will not be published. Required fields are marked *

73 + = 75"""


def test_prose_with_dash_headings_and_comment_form():
    st = segment(PROSE)
    assert st.title.text == "Key Dates In The Conflict"
    assert st.lead.text.startswith("Main dates")
    assert [h.text for h in st.headings] == ["The invasion", "Aftermath"]
    assert [e.section for e in st.entries] == ["The invasion", "The invasion", "Aftermath"]
    assert not any("Reply" in e.text or "75" in e.text for e in st.entries)
    for e in st.entries:  # offsets point into the text
        assert PROSE[e.start:e.end] == e.text


@pytest.mark.parametrize("glyph", ["•", "::", "-", "*", "1."])
def test_bullets_are_entries_without_glyph(glyph):
    text = f"Timeline\n\n{glyph} 1990: Iraq invades Kuwait.\n{glyph} 1991: A coalition expels it.\n"
    assert _entries(text) == ["1990: Iraq invades Kuwait.", "1991: A coalition expels it."]


def test_line_layout_one_entry_per_line_with_labels():
    text = ("Timeline\n\nMarch 5, 1999 - Troops cross the border.\n"
            "Dec. 25, 1979 — Soviet troops enter Afghanistan\n1992: Peace accord signed\n")
    st = segment(text)
    assert [e.text[: e.label[1] - e.start] for e in st.entries] == [
        "March 5, 1999", "Dec. 25, 1979", "1992"]


def test_trailing_dates_in_single_lines_are_entries_not_headings():
    text = ("Tour Diary\n\nThe band opens the tour in Leeds (Sept. 9, 2015)\n\n"
            "A snowstorm cancels the Vienna show (Dec. 28)\n\nThe last concert sells out (Jan. 4)\n")
    st = segment(text)
    assert len(st.entries) == 3 and not st.headings
    assert all(e.label is not None for e in st.entries)


def test_markdown_year_headings_and_bullets():
    text = "# The uprising: a timeline\n\n## 1989\n\n- November 17: Students march.\n- December 29: A new president.\n\n## 1990\n\n- June 8: Elections.\n"
    st = segment(text)
    assert st.title.text == "The uprising: a timeline"
    assert [(h.text, h.date_heading) for h in st.headings] == [("1989", True), ("1990", True)]
    assert [e.section for e in st.entries] == ["1989", "1989", "1990"]


@pytest.mark.parametrize("heading", ["-- DEC 26 --", "Thursday, October 25:", "2011", "THE SURGE",
                                     "**The invasion**", "=== 2003 ==="])
def test_heading_layouts(heading):
    text = f"Title line\n\nIntro: the key dates.\n\n{heading}\n\nSomething happens in the city today.\n\nMore happens later on that day.\n"
    st = segment(text)
    assert len(st.headings) == 1
    assert [e.section for e in st.entries] == [st.headings[0].text] * 2


def test_setext_heading():
    text = "Title\n\nMain dates of the war.\n\nThe invasion\n============\n\nOn March 20, 2003, X.\n"
    st = segment(text)
    assert [h.text for h in st.headings] == ["The invasion"]


def test_flattened_table_with_pipes_and_header_row():
    text = "Timeline\n\n| Date | Event |\n|---|---|\n| Dec 13, 1989 | The dictator is arrested |\n| 1990 | He is tried |\n"
    st = segment(text)
    assert [e.text for e in st.entries] == ["| Dec 13, 1989 | The dictator is arrested |", "| 1990 | He is tried |"]
    assert all(e.layout == "table" and e.label for e in st.entries)


def test_flattened_table_with_tabs():
    st = segment("Milestones\n\n1957-10\tSputnik 1 is launched\n1961-04\tGagarin orbits the Earth\n")
    assert [e.layout for e in st.entries] == ["table", "table"]


def test_flattened_table_with_cells_on_their_own_lines():
    text = ("Great Fires\n\nA table of great fires.\n\nDate\nWhat happened\n\n"
            "1666\nA fire destroys much of the city.\n\n"
            "8 October 1871\nA fire sweeps through the port\n")
    st = segment(text)
    assert [e.text for e in st.entries] == ["A fire destroys much of the city.",
                                            "A fire sweeps through the port"]
    assert [h.layout for h in st.headings] == ["date_cell", "date_cell"]


def test_hard_wrapped_paragraph_is_one_entry():
    text = ("Title\n\nKey dates:\n\nOn March 5, 1999, an army led by a coalition of neighbours crosses\n"
            "the border to stop a war that had lasted for years. The regime falls\n"
            "within weeks.\n")
    assert len(segment(text).entries) == 1


@pytest.mark.parametrize("line", ["READ MORE: Iran vows revenge", "Share this article",
                                  "Sign up for our daily newsletter", "By Jane Doe",
                                  "Photo: AFP / Ahmad al-Rubaye", "Updated 04 September 2014"])
def test_page_furniture_is_removed(line):
    text = f"Title\n\nKey dates:\n\n{line}\n\nOn May 1, 2003, the war ends.\n"
    st = segment(text)
    assert [e.text for e in st.entries] == ["On May 1, 2003, the war ends."]
    assert any(f.text.strip() == line for f in st.furniture)


def test_empty_text():
    st = segment("")
    assert st.entries == [] and st.title is None


@pytest.mark.parametrize("text", _LAY["lead"]["not_lead_examples"])
def test_dated_paragraph_is_never_a_lead(text):
    assert layouts().not_lead.match(text)
    st = segment(f"Key dates\n\n{text}\n\n– A topic –\n\nSomething else happens.\n")
    assert st.lead is None and st.entries[0].text == text


@pytest.mark.parametrize("text", _LAY["lead"]["counter_examples"])
def test_lead_counter_examples(text):
    assert not layouts().lead_markers.search(text)


@pytest.mark.parametrize("text", _LAY["thematic"]["examples"])
def test_thematic_examples(text):
    assert layouts().thematic.search(text)


@pytest.mark.parametrize("text", _LAY["thematic"]["counter_examples"])
def test_thematic_counter_examples(text):
    assert not layouts().thematic.search(text)


@pytest.mark.parametrize("text", _LAY["same_time"]["examples"])
def test_same_time_examples(text):
    assert layouts().same_time.search(text)


@pytest.mark.parametrize("text", _LAY["same_time"]["counter_examples"])
def test_same_time_counter_examples(text):
    assert not layouts().same_time.search(text)


PAGE_WITH_TAIL = """History of the lighthouse

Contents
1 Building
2 Keepers
3 See also

== Building ==

* 4 May 1851: The foundation stone is laid.
* 12 June 1853: The lamp is lit for the first time.

== See also ==
* Lighthouses of the north coast

== References ==
1. ^ "Stone laid at the point". The Coast Echo. 5 May 1851.

Retrieved from "https://wiki.example.org/wiki/History_of_the_lighthouse"
This page was last edited on 3 March 2022, at 08:15 (UTC)."""


def test_table_of_contents_and_back_matter_are_furniture():
    texts = _entries(PAGE_WITH_TAIL)
    assert texts == ["4 May 1851: The foundation stone is laid.",
                     "12 June 1853: The lamp is lit for the first time."]


def test_lead_below_a_reference_line_is_not_an_entry():
    text = ("The harbour case: a chronology\n\nCase No. 12-0042\n\n"
            "Ann Reed, 54, ran the harbour board from 2005. The dates below come from the court "
            "record.\n\nTHE LOANS\n\nOn May 4, 2016, Reed signs the first loan.\n")
    st = segment(text)
    assert st.lead is not None and st.lead.text.startswith("Ann Reed")
    assert [e.text for e in st.entries] == ["On May 4, 2016, Reed signs the first loan."]


@pytest.mark.parametrize("text,month", _LAY["fiscal_year"]["examples"])
def test_fiscal_year_examples(text, month):
    from keydates.structure.rules import fiscal_start_month
    assert fiscal_start_month(text) == month


@pytest.mark.parametrize("text", _LAY["fiscal_year"]["counter_examples"])
def test_fiscal_year_counter_examples(text):
    from keydates.structure.rules import fiscal_start_month
    assert fiscal_start_month(text) is None


@pytest.mark.parametrize("line,label", [("Q3: Orders fall", "Q3"), ("H1 2021: Profit doubles", "H1 2021"),
                                        ("Q2 (April-June 2019): Sales rise", "Q2 (April-June 2019)")])
def test_quarter_labels(line, label):
    assert line[:leading_label(line)] == label


@pytest.mark.parametrize("text,end", [
    ("21:05 The first gusts reach the coast.", 5),
    ("9.05pm The wind drops.", 6),
    ("10:15 BST The polls close.", 9),
    ("9.05 million people voted.", None),
    ("1200 people marched.", None),
])
def test_structure_bare_clock_label(text, end):
    assert leading_label(text) == end


def test_structure_question_after_a_page_stamp_is_a_heading_and_the_stamp_is_furniture():
    """A 24-hour page stamp under the title ('Fri Mar 14 2025 - 06:00') dates the page, and the
    question subheading after it is not a table row describing that 'cell'."""
    text = ("Explainer: why the tram is late\n\nBy Ann Lee, Transport Editor\nFri Mar 14 2025 - 06:00\n\n"
            "What has happened?\n\nOn Tuesday, the board approved the line.\n")
    st = segment(text)
    assert "Fri Mar 14 2025 - 06:00" in [f.text for f in st.furniture]
    assert "What has happened?" in [h.text for h in st.headings]
    assert [e.text for e in st.entries] == ["On Tuesday, the board approved the line."]


def test_structure_emphasized_label_of_a_share_row_is_furniture():
    assert furniture_rule("**Share:** Facebook · X · Email") is not None
    assert furniture_rule("**1993** Shares the Nobel Peace Prize with De Klerk.") is None


def test_structure_pdf_page_numbers_and_running_headers_are_furniture():
    page = "                                                    {n}\nFlood Review                         Final Report\n"
    text = ("FLOOD REVIEW\n\n" + page.format(n=4) + "\n3.1 The warning was issued on 7 November 2023. It was\n"
            "upgraded the following morning.\n\n" + page.format(n=5) + "\n3.2 The river peaked on 10 November.\n")
    st = segment(text)
    rules = {f.rule for f in st.furniture}
    assert {"page_number", "running_header"} <= rules
    assert all("Final Report" not in e.text for e in st.entries)


def test_structure_key_points_list_under_a_markdown_heading_is_a_summary_box():
    text = ("# Floods: live\n\n## Key points\n\n- Rivers burst their banks late on Friday\n- About 900 people left "
            "their homes\n\n## Saturday 9 March\n\n10:05 – The army arrives.\n")
    st = segment(text)
    assert [e.text for e in st.entries] == ["10:05 – The army arrives."]


def test_structure_explainer_question_line_over_its_answer_is_a_heading():
    st = segment("Bus strike explained\n\nHow did we get here?\nThe dispute goes back to a pay freeze in 2022.\n")
    assert "How did we get here?" in [h.text for h in st.headings]
    assert [e.text for e in st.entries] == ["The dispute goes back to a pay freeze in 2022."]


@pytest.mark.parametrize("text", _LAY["commentary"]["examples"])
def test_commentary_examples(text):
    assert layouts().commentary.search(text)


@pytest.mark.parametrize("text", _LAY["commentary"]["counter_examples"])
def test_commentary_counter_examples(text):
    assert not layouts().commentary.search(text)


def test_structure_markdown_front_matter_is_furniture():
    text = ("---\ntitle: \"A journey\"\nauthor: H. Varga\ndate: 2016-10-04\ntags: [space, comets]\n---\n\n"
            "# A journey\n\n- 2004-03-02: Launch from Kourou.\n- 2014-08-06: Arrival at the comet.\n")
    st = segment(text)
    assert {f.rule for f in st.furniture} == {"front_matter"}
    assert [e.text for e in st.entries] == ["2004-03-02: Launch from Kourou.", "2014-08-06: Arrival at the comet."]


def test_structure_a_horizontal_rule_is_not_front_matter():
    st = segment("---\n1990: A flood.\n1991: A drought.\n---\n\n1992: A fire.\n")
    assert "front_matter" not in {f.rule for f in st.furniture}
