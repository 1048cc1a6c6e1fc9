"""`keydates extract` and `keydates eval chronology` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from keydates.cli import app

runner = CliRunner()
TEXT = ("Key Dates Of The War\n\nMain dates of the war since the invasion.\n\n– Invasion –\n\n"
        "On March 20, 2003, troops invade.\n\nOn April 9, the capital falls. The next day, looting spreads.\n\n"
        "On Friday, the last soldiers leave.\n\nLeave a Reply\n\n73 + = 75\n")


@pytest.fixture()
def chron(tmp_path):
    p = tmp_path / "war.txt"
    p.write_text(TEXT, "utf-8")
    return p


def _run(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_extract_json_shape(chron):
    r = _run("extract", str(chron), "--published", "2003-04-26", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert set(data) >= {"document", "events"}
    assert data["document"]["published"] == "2003-04-26"
    assert data["document"]["title"] == "Key Dates Of The War"
    ev = data["events"]
    assert [e["date"]["value"] for e in ev] == ["2003-03-20", "2003-04-09", "2003-04-10", "2003-04-25"]
    for e in ev:
        assert {"start", "end", "text", "section", "date"} <= set(e)
        assert {"value", "mod", "range_end", "earliest", "latest", "granularity", "basis"} <= set(e["date"])
        assert data["document"]["text"][e["start"]:e["end"]] == e["text"]
    assert [e["date"]["basis"] for e in ev] == ["explicit", "context", "relative", "publication"]
    assert ev[0]["section"] == "Invasion"


def test_extract_table_is_default_with_human_dates(chron):
    r = _run("extract", str(chron), "--published", "2003-04-26")
    assert r.exit_code == 0
    assert "20 Mar 2003" in r.stdout and "published 2003-04-26" in r.stdout
    assert "Leave a Reply" not in r.stdout


def test_extract_jsonl_csv_md(chron):
    r = _run("extract", str(chron), "--format", "jsonl", "--published", "2003-04-26")
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(lines) == 4 and lines[0]["date"]["value"] == "2003-03-20"
    r = _run("extract", str(chron), "--format", "csv", "--published", "2003-04-26")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[1]["value"] == "2003-04-09" and rows[1]["basis"] == "context"
    r = _run("extract", str(chron), "--format", "md", "--published", "2003-04-26")
    assert r.stdout.splitlines()[0].startswith("# ") and "| 9 Apr 2003 |" in r.stdout


def test_extract_stdin():
    r = _run("extract", "-", "--format", "json", input="Title\n\nOn May 1, 2003, X happens.\n")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["events"][0]["date"]["value"] == "2003-05-01"


def test_extract_without_publication_date_says_so(chron):
    r = _run("extract", str(chron), "--format", "json")
    data = json.loads(r.stdout)
    assert data["document"]["published"] is None
    assert data["events"][-1]["date"]["value"] is None
    assert any("publication date unknown" in n for n in data["notes"])


def _main(args, monkeypatch, capsys):
    import sys

    from keydates.cli import main

    monkeypatch.setattr(sys, "argv", ["keydates", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return exc.value.code, capsys.readouterr()


@pytest.mark.parametrize("make,msg", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: (p / "bin.txt").write_bytes(b"\x00\x01\x02" * 50) and p / "bin.txt", "binary"),
    (lambda p: (p / "l1.txt").write_bytes("caf\xe9 on May 1".encode("latin-1")) and p / "l1.txt", "UTF-8"),
])
def test_extract_bad_input_one_line_error(tmp_path, monkeypatch, capsys, make, msg):
    path = make(tmp_path)
    code, out = _main(["extract", str(path)], monkeypatch, capsys)
    assert code != 0
    assert msg in out.err and "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1


def test_extract_bad_published_one_line_error(chron, monkeypatch, capsys):
    code, out = _main(["extract", str(chron), "--published", "2019-02-30"], monkeypatch, capsys)
    assert code != 0 and "Traceback" not in out.err


def test_extract_unreachable_url(monkeypatch, capsys):
    import httpx

    def boom(*a, **k):
        raise httpx.ConnectError("offline")

    monkeypatch.setattr(httpx, "get", boom)
    code, out = _main(["extract", "https://example.invalid/timeline"], monkeypatch, capsys)
    assert code != 0 and "cannot fetch" in out.err


def test_eval_chronology(tmp_path):
    (tmp_path / "war.txt").write_text(TEXT, "utf-8")
    gold = [
        {"quote": "On March 20, 2003, troops invade.", "value": "2003-03-20", "mod": None},
        {"quote": "On April 9, the capital falls.", "value": "2003-04-09", "mod": None},
        {"quote": "The next day, looting spreads.", "value": "2003-04-11", "mod": None},
        {"quote": "On Friday, the last soldiers leave.", "value": "2003-04-25", "mod": None},
    ]
    (tmp_path / "war.gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), "utf-8")
    (tmp_path / "war.meta.json").write_text(json.dumps({"publication_date": "2003-04-26"}), "utf-8")
    r = _run("eval", "chronology", str(tmp_path), "--format", "json")
    data = json.loads(r.stdout)
    total = data["total"]
    assert total["gold"] == 4 and total["covered"] == 4 and total["value_ok"] == 3
    assert total["extra"] == 0
    errors = [x for x in data["documents"][0]["results"] if x["error"]]
    assert len(errors) == 1 and errors[0]["gold"]["value"] == "2003-04-11"
    r = _run("eval", "chronology", str(tmp_path))
    assert "war: value: gold 2003-04-11 | system 2003-04-10" in r.stdout


def test_eval_chronology_empty_dir_is_error(tmp_path, monkeypatch, capsys):
    code, out = _main(["eval", "chronology", str(tmp_path)], monkeypatch, capsys)
    assert code != 0 and "no NAME.txt" in out.err
