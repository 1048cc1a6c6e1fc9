"""Robustness: random text never breaks the engine, bad input never gives a traceback or a hang."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keydates.cli import main
from keydates.errors import PublicationDateError
from keydates.time import parse_published, tag
from keydates.time.values import is_valid

# Pieces that look like dates, so random texts reach the rules rather than only plain words.
PIECES = [
    "May", "1", "2003", "Dec.", "DEC", "26", "13th", "the", "next", "day", "last", "March", "on",
    "Friday", "BC", "c.", "3500", "–", "-", "/", "03/20/2003", "1990s", "sixties", "century", "7th",
    "late", "early", "mid-", "between", "and", "since", "years", "ago", "every", "week", "10:30",
    "a.m.", "EST", "Q3", "fiscal", "1992-1996", "587/586", "June", "2018", "gross", "24-7", "105",
    "children", "today", "yesterday", "tomorrow", "summer", "winter", "of", ",", ".", "\n", "  ",
    "0", "99", "2882015", "Feb", "30", "AD", "BCE", "spring", "nine", "quarter", "1800s", "the 90s",
    "morning", "tonight", "weekend", "-12", "Jan", "13-16", "2019-02-30", "9999", "0000",
]
datey_text = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
any_text = st.text(max_size=300)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text: str, day: date | None) -> None:
    for e in tag(text, published=day):
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
        assert e.type in ("DATE", "TIME", "DURATION", "SET"), e
        assert is_valid(e.value, e.type), f"invalid value {e.value!r} ({e.type}) for {e.text!r}"
        if e.range_end:
            assert is_valid(e.range_end, e.type), f"invalid range end {e.range_end!r} for {e.text!r}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=datey_text, day=published)
def test_time_robustness_date_like_text(text: str, day: date | None) -> None:
    _check(text, day)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, day=published)
def test_time_robustness_any_text(text: str, day: date | None) -> None:
    _check(text, day)


@pytest.mark.parametrize("text", ["2019-02-30", "2019-13-01", "yesterday", "", "2019/02/30"])
def test_time_robustness_impossible_published_date(text: str) -> None:
    with pytest.raises(PublicationDateError):
        parse_published(text)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["keydates", *argv])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


BAD_FILES = {
    "empty": (b"", "empty input"),
    "whitespace": (b"  \n\t \r\n", "empty input"),
    "binary": (bytes(range(256)) * 4, "binary"),
    "latin1": ("Le 14 juillet 1789 \u00e0 Paris".encode("latin-1"), "not UTF-8"),
    "malformed-timeml": ("<?xml version='1.0'?><TimeML><TEXT>On May 1 <TIMEX3>x</TEXT></TimeML>",
                         "malformed TimeML"),
    "timeml-without-text": ("<TimeML><DOCID>a</DOCID><TEXT/></TimeML>", "TEXT is empty"),
    "timeml-unclosed": ("<?xml version='1.0'?><TimeML><DCT>x</DCT><TEXT>", "malformed"),
    "timeml-no-text-element": ("<?xml version='1.0'?><TimeML><DCT>x</DCT></TimeML>", "no TEXT element"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_time_robustness_cli_bad_files(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data, message = BAD_FILES[name]
    path = _write(tmp_path / f"{name}.txt", data)
    code, out, err = _run(["tag", str(path)], capsys, monkeypatch)
    assert code != 0
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("argv, message", [
    (["tag", "{text}", "--published", "2019-02-30"], "2019-02-30"),
    (["tag", "{text}", "--published", "next week"], "next week"),
    (["tag", "{missing}"], "no such file"),
    (["tag", "{dir}"], "directory"),
    (["eval", "timeml", "{missing}"], "no such file"),
    (["eval", "timeml", "{dir}"], "no TimeML files"),
    (["eval", "timeml", "{bad_tml}"], "malformed TimeML"),
])
def test_time_robustness_cli_bad_arguments(argv: list[str], message: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    paths = {"text": _write(tmp_path / "a.txt", "On May 1, 2003, Bush spoke."),
             "missing": tmp_path / "missing.txt", "dir": tmp_path / "empty_dir",
             "bad_tml": _write(tmp_path / "bad.tml", "<TimeML><TEXT>x</TimeML>")}
    paths["dir"].mkdir()
    code, out, err = _run([a.format(**paths) for a in argv], capsys, monkeypatch)
    assert code != 0
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_time_robustness_cli_50mb_file_refused_fast(tmp_path: Path) -> None:
    """A 50 MB input is refused with a message (size checked before reading), in a real process."""
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"On May 1, 2003, Bush spoke. " * 1000)
        fh.truncate(50 * 1024 * 1024)
    cmd = [sys.executable, "-c", "from keydates.cli import main; main()", "tag", str(big)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "too large" in proc.stderr and "Traceback" not in proc.stderr


def test_time_robustness_cli_large_stdin_refused(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from keydates.cli import tag as tag_cli

    monkeypatch.setattr(tag_cli, "MAX_INPUT_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"May 1, 2003. " * 500)))
    code, out, err = _run(["tag", "-"], capsys, monkeypatch)
    assert code != 0 and "too large" in err
