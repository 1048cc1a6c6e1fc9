"""`keydates tag`: plain text and TimeML in, table/JSON/TimeML out, DCT as publication date."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import keydates.time as ktime
from keydates.cli import app
from keydates.model import TimeExpression
from keydates.time.timeml import parse_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, after talks in 1997 &amp; 1996.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""
TML_TEXT = "\nBombs exploded outside the U.S. embassies Friday, after talks in 1997 & 1996.\n"


class Recorder:
    """A stand-in tagger that records the publication date and tags four-digit years."""

    def __init__(self) -> None:
        self.published: list[Any] = []

    def __call__(self, text: str, published: Any = None,
                 timeml: bool = False) -> list[TimeExpression]:
        self.published.append(published)
        return [TimeExpression(m.start(), m.end(), m[0], "DATE", m[0], granularity="year", rule="year")
                for m in re.finditer(r"\b\d{4}\b", text)]


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    rec = Recorder()
    monkeypatch.setattr(ktime, "tag", rec)
    return rec


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "APW0001.tml"
    path.write_text(TML, encoding="utf-8")
    return path


@pytest.mark.parametrize("extra, expected", [
    ([], date(1998, 8, 7)),
    (["--published", "2001-09-11"], date(2001, 9, 11)),
])
def test_timeml_tag_cli_dct_is_publication_date(tml: Path, recorder: Recorder, extra: list[str],
                                                expected: date) -> None:
    result = CliRunner().invoke(app, ["tag", str(tml), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    assert recorder.published == [expected]
    rows = json.loads(result.stdout)
    assert [(r["text"], r["start"]) for r in rows] == [("1997", TML_TEXT.index("1997")),
                                                       ("1996", TML_TEXT.index("1996"))]


def test_timeml_tag_cli_timeml_output_replaces_annotations(tml: Path, recorder: Recorder) -> None:
    result = CliRunner().invoke(app, ["tag", str(tml), "--format", "timeml"])
    assert result.exit_code == 0, result.output
    doc = parse_timeml(result.stdout)
    assert doc.text == TML_TEXT
    assert doc.dct == "1998-08-07" and doc.docid == "APW0001"
    assert [(t.text, t.type, t.value, t.tid) for t in doc.timexes] == [
        ("1997", "DATE", "1997", "t1"), ("1996", "DATE", "1996", "t2")]
    assert "<EVENT" not in result.stdout and "<TLINK" not in result.stdout


def test_timeml_tag_cli_plain_text_to_timeml(tmp_path: Path, recorder: Recorder) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Signed in 2003 <at last> & ratified in 2004.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["tag", str(path), "--published", "2005-01-02", "--format", "timeml"])
    assert result.exit_code == 0, result.output
    doc = parse_timeml(result.stdout)
    assert doc.text == path.read_text() and doc.dct == "2005-01-02" and doc.docid == "note"
    assert [t.value for t in doc.timexes] == ["2003", "2004"]


@pytest.mark.parametrize("fmt, needle", [("table", "value"), ("csv", "start,end,text"),
                                         ("jsonl", '"value": "2003"'), ("md", "| start |")])
def test_timeml_tag_cli_tabular_formats(fmt: str, needle: str, recorder: Recorder) -> None:
    result = CliRunner().invoke(app, ["tag", "-", "--format", fmt], input="Elected in 2003.")
    assert result.exit_code == 0, result.output
    assert needle in result.stdout and "2003" in result.stdout
    assert recorder.published == [None]


def test_timeml_tag_cli_real_engine_output_is_well_formed(tml: Path) -> None:
    """With the real engine: valid TimeML whose TEXT is unchanged and whose TIMEX3 carry values."""
    result = CliRunner().invoke(app, ["tag", str(tml), "--format", "timeml"])
    assert result.exit_code == 0, result.output
    doc = parse_timeml(result.stdout)
    assert doc.text == TML_TEXT
    assert all(t.tid and t.type and t.value for t in doc.timexes)
    result = CliRunner().invoke(app, ["tag", str(tml), "--format", "json"])
    rows = json.loads(result.stdout)
    assert all({"start", "end", "text", "type", "value", "mod", "anchor"} <= set(r) for r in rows)
