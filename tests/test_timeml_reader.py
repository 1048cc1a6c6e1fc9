"""TimeML reading and writing: raw TEXT with every character kept, gold offsets, TIMEX3 insertion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keydates.errors import InputError, TimeMLError
from keydates.time.timeml import (
    Timex, annotate_text, looks_like_timeml, new_timeml, parse_timeml, read_text_file, read_timeml,
    strip_timexes, write_timeml,
)

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-13T14:26:00" functionInDocument="CREATION_TIME">02/13/1998 14:26:00</TIMEX3></DCT>
<TITLE>AT&amp;T earnings</TITLE>
<TEXT>\r
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> that profits &lt;rose&gt; in <TIMEX3 tid="t2" type="DATE" value="1997-Q4" mod="END">the late fourth quarter</TIMEX3>; caf&#233; &#x263A;.\r
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""

TEXT = ("\r\nAT&T said Thursday that profits <rose> in the late fourth quarter; caf\u00e9 \u263a.\r\n")


@dataclass
class Expr:
    """A stand-in for keydates.model.TimeExpression (what write_timeml needs)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


def test_timeml_reader_keeps_every_character() -> None:
    doc = parse_timeml(DOC, "x.tml")
    assert doc.text == TEXT
    assert doc.dct == "1998-02-13T14:26:00"
    assert doc.published == date(1998, 2, 13)
    assert doc.docid == "X1"
    assert [(t.text, t.type, t.value, t.mod, t.tid) for t in doc.timexes] == [
        ("Thursday", "DATE", "1998-02-12", None, "t1"),
        ("the late fourth quarter", "DATE", "1997-Q4", "END", "t2"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


@pytest.mark.parametrize("markup, message", [
    ("", "empty"),
    ("   \n ", "empty"),
    ("<TimeML><TEXT>On May 1</TimeML>", "malformed"),
    ("<TimeML><DCT>x</DCT></TimeML>", "no TEXT"),
    ("<TimeML><TEXT>a & b</TEXT></TimeML>", "malformed"),
    ("<TimeML><TEXT>a <TIMEX3 tid='t1'>b</TEXT></TimeML>", "malformed"),
    ("not xml at all", "malformed"),
    ("<TimeML><TEXT>x</TEXT></TimeML><TimeML/>", "malformed"),
])
def test_timeml_reader_rejects_malformed(markup: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        parse_timeml(markup, "bad.tml")


@pytest.mark.parametrize("content, expected", [
    (DOC, True),
    ("<TimeML><TEXT>x</TEXT></TimeML>", True),
    ("\ufeff <?xml version='1.0'?><TimeML>", True),
    ("<DOC><TEXT>May 1</TEXT></DOC>", True),
    ("On May 1, 2003, Bush said <b>so</b>.", False),
    ("<p>On May 1</p>", False),
    ("", False),
])
def test_timeml_reader_detects_timeml(content: str, expected: bool) -> None:
    assert looks_like_timeml(content) is expected


def test_timeml_writer_inserts_tags_and_keeps_text() -> None:
    doc = parse_timeml(DOC, "x.tml")
    start = doc.text.index("Thursday")
    q = doc.text.index("the late")
    out = write_timeml(doc, [Expr(start, start + 8, "DATE", "1998-02-12"),
                             Expr(q, q + len("the late fourth quarter"), "DATE", "1997-Q4", "END")])
    again = parse_timeml(out, "out.tml")
    assert again.text == doc.text
    assert again.dct == doc.dct
    assert [(t.start, t.end, t.type, t.value, t.mod) for t in again.timexes] == [
        (t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes]
    assert "t0" not in {t.tid for t in again.timexes}  # the DCT keeps t0
    assert "<EVENT" not in out and "<TLINK" not in out and "<MAKEINSTANCE" not in out
    assert "<TITLE>AT&amp;T earnings</TITLE>" in out  # outside TEXT: unchanged
    assert "\r\n" in out


def test_timeml_writer_drops_overlapping_and_out_of_range() -> None:
    text = "from March 20, 2003 on"
    out = annotate_text(text, [Expr(5, 19, "DATE", "2003-03-20"), Expr(5, 13, "DATE", "XXXX-03-20"),
                               Expr(15, 19, "DATE", "2003"), Expr(20, 99, "DATE", "2004")])
    assert out == 'from <TIMEX3 tid="t1" type="DATE" value="2003-03-20">March 20, 2003</TIMEX3> on'


def test_timeml_writer_escapes_attributes() -> None:
    out = annotate_text("a<b", [Expr(0, 3, "DATE", 'x"&<y')])
    assert out == '<TIMEX3 tid="t1" type="DATE" value="x&quot;&amp;&lt;y">a&lt;b</TIMEX3>'


def test_timeml_new_document_for_plain_text() -> None:
    text = "Talks resumed on Friday & ended Monday.\n"
    out = new_timeml(text, [Expr(17, 23, "DATE", "2020-01-03")], published=date(2020, 1, 5),
                     docid="talks")
    doc = parse_timeml(out)
    assert doc.text == text
    assert doc.dct == "2020-01-05" and doc.docid == "talks"
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "2020-01-03")]


_XML_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           max_codepoint=0x2FFF).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20)


@settings(max_examples=150, deadline=None)
@given(text=st.text(_XML_CHARS, min_size=1, max_size=200), cuts=st.lists(st.integers(0, 200)))
def test_timeml_round_trip_random_text(text: str, cuts: list[int]) -> None:
    bounds = sorted({c % (len(text) + 1) for c in cuts})
    spans = [Expr(a, b, "DATE", f"{1900 + i:04d}") for i, (a, b) in
             enumerate(zip(bounds[::2], bounds[1::2])) if b > a]
    doc = parse_timeml(new_timeml(text, spans, published="2001-02-03"))
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(s.start, s.end, s.value) for s in spans]


def test_timeml_gold_round_trip_on_corpora(shared_data: Path) -> None:
    """Stripping the gold TIMEX3 and inserting them again gives back the same tags and text."""
    files = sorted((shared_data / "timeml").glob("*/*.tml"))
    assert len(files) >= 272
    for f in files:
        gold = read_timeml(f)
        bare = strip_timexes(gold)
        assert bare.text == gold.text and bare.timexes == [] and bare.dct == gold.dct
        again = parse_timeml(write_timeml(bare, gold.timexes), str(f))
        assert again.text == gold.text, f
        assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in again.timexes] == [
            (t.start, t.end, t.text, t.type, t.value, t.mod) for t in gold.timexes], f
        assert gold.published is not None, f


def test_timeml_gold_counts_match_corpus_readme(shared_data: Path) -> None:
    counts = {c: sum(len(read_timeml(f).timexes) for f in (shared_data / "timeml" / c).glob("*.tml"))
              for c in ("timebank", "aquaint")}
    assert counts == {"timebank": 1243, "aquaint": 579}


@pytest.mark.parametrize("data, message", [
    (b"", None),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 latin-1", "not UTF-8"),
])
def test_timeml_read_text_file_errors(tmp_path: Path, data: bytes, message: str | None) -> None:
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    if message is None:
        assert read_text_file(p) == ""
    else:
        with pytest.raises(InputError, match=message):
            read_text_file(p)


def test_timeml_read_text_file_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(3000)
    with pytest.raises(InputError, match="too large"):
        read_text_file(p, max_bytes=2000)


def test_timeml_timex_is_plain_data() -> None:
    t = Timex(0, 4, "2003", "DATE", "2003")
    assert t.mod is None and t.attrs == {}
