"""TempEval-3 scoring on tiny hand-made documents, and `keydates eval timeml`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from keydates.cli import app
from keydates.errors import TimeMLError
from keydates.evaluate.timeml import Counts, align, evaluate, format_errors, score_document
from keydates.time.timeml import Timex, new_timeml

TEXT = "On March 20, 2003 the war began; on May 1 Bush spoke, and for nine years troops stayed."


def tx(text: str, value: str, type_: str = "DATE", nth: int = 0) -> Timex:
    """A Timex over the nth occurrence of `text` in TEXT."""
    start = [m.start() for m in re.finditer(re.escape(text), TEXT)][nth]
    return Timex(start, start + len(text), text, type_, value)


GOLD = [tx("March 20, 2003", "2003-03-20"), tx("May 1", "2003-05-01"),
        tx("nine years", "P9Y", "DURATION")]


@pytest.mark.parametrize("system, expected", [
    # perfect
    ([tx("March 20, 2003", "2003-03-20"), tx("May 1", "2003-05-01"), tx("nine years", "P9Y", "DURATION")],
     dict(strict_f1=100.0, relaxed_f1=100.0, value_f1=100.0, type_f1=100.0)),
    # nothing found
    ([], dict(strict_f1=0.0, relaxed_f1=0.0, value_f1=0.0, type_f1=0.0)),
    # partial extent: relaxed match only; the value still counts
    ([tx("March 20", "2003-03-20"), tx("May 1", "2003-05-01"), tx("nine years", "P9Y", "DURATION")],
     dict(strict_p=66.67, strict_r=66.67, strict_f1=66.67, relaxed_f1=100.0, value_f1=100.0)),
    # values compared case-insensitively; one wrong value, one wrong type
    ([tx("March 20, 2003", "2003-03-20"), tx("May 1", "xxxx-05-01"), tx("nine years", "P9Y", "DATE")],
     dict(strict_f1=100.0, value_accuracy=66.67, value_f1=66.67, type_accuracy=66.67, type_f1=66.67)),
    # one missed, one spurious: P = R = 2/3
    ([tx("March 20, 2003", "2003-03-20"), tx("May 1", "2003-05-01"), tx("troops", "X")],
     dict(strict_p=66.67, strict_r=66.67, relaxed_f1=66.67, value_accuracy=100.0, value_f1=66.67)),
])
def test_timeml_scoring_measures(system: list[Timex], expected: dict[str, float]) -> None:
    scores = score_document("d", TEXT, GOLD, system).counts.scores()
    for name, value in expected.items():
        assert scores[name] == pytest.approx(value, abs=0.01), name


def test_timeml_scoring_value_f1_formula() -> None:
    """value F1 = (relaxed matches with the gold value / relaxed matches) x relaxed F1."""
    c = Counts(gold=4, system=4, strict=3, relaxed_system=3, relaxed_gold=3, pairs=3, value_ok=2,
               type_ok=3)
    assert c.relaxed_f1 == pytest.approx(75.0)
    assert c.value_f1 == pytest.approx(2 / 3 * 75.0)
    assert c.type_f1 == pytest.approx(75.0)


def test_timeml_scoring_one_system_over_two_gold() -> None:
    """Relaxed recall counts both overlapped gold expressions; attributes judge one pair."""
    text = "between 2003 and 2011"
    gold = [Timex(8, 12, "2003", "DATE", "2003"), Timex(17, 21, "2011", "DATE", "2011")]
    system = [Timex(0, 21, text, "DATE", "2003")]
    c = score_document("d", text, gold, system).counts
    assert (c.relaxed_gold, c.relaxed_system, c.pairs, c.strict, c.value_ok) == (2, 1, 1, 0, 1)
    assert c.relaxed_r == 100.0 and c.relaxed_p == 100.0


def test_timeml_scoring_align_prefers_exact_extents() -> None:
    gold = [Timex(0, 5, "", "DATE", "a"), Timex(6, 10, "", "DATE", "b")]
    system = [Timex(0, 10, "", "DATE", "a"), Timex(6, 10, "", "DATE", "b")]
    assert align(gold, system) == [(0, 0), (1, 1)]


def test_timeml_scoring_pooled_is_micro() -> None:
    a = score_document("a", TEXT, GOLD, GOLD[:1]).counts
    b = score_document("b", TEXT, GOLD[:1], GOLD[:1]).counts
    pooled = a + b
    assert (pooled.gold, pooled.system, pooled.strict) == (4, 2, 2)
    assert pooled.strict_r == 50.0 and pooled.strict_p == 100.0


def test_timeml_scoring_error_cases_grouped_by_kind() -> None:
    system = [tx("March 20", "2003-03-20"), tx("May 1", "2004-05-01"), tx("troops", "XXXX")]
    result = score_document("d", TEXT, GOLD, system)
    kinds = sorted(c.kind for c in result.cases)
    assert kinds == ["extent", "missed", "spurious", "wrong_value"]
    missed = next(c for c in result.cases if c.kind == "missed")
    assert "[nine years]" in missed.context


@dataclass
class Expr:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


def year_tagger(text: str, published: date | None) -> list[Expr]:
    """A trivial stand-in tagger: four-digit years, and 'May 1' in the publication year."""
    out = [Expr(m.start(), m.end(), m[0], "DATE", m[0]) for m in re.finditer(r"\b\d{4}\b", text)]
    for m in re.finditer(r"May 1\b", text):
        out.append(Expr(m.start(), m.end(), m[0], "DATE", f"{published.year}-05-01" if published else "XXXX-05-01"))
    return sorted(out, key=lambda e: e.start)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two gold documents and a system folder with one tagged document."""
    gold = tmp_path / "gold"
    system = tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "a.tml").write_text(new_timeml(TEXT, GOLD, published="2003-06-01"))
    (gold / "b.tml").write_text(new_timeml("Nothing happened in 1999.", [Expr(20, 24, "1999", "DATE", "1999")],
                                           published="2000-01-01"))
    (system / "a.tml").write_text(new_timeml(TEXT, GOLD[:2], published="2003-06-01"))
    return tmp_path


def test_timeml_evaluate_with_a_tagger_uses_the_dct(corpus: Path) -> None:
    report = evaluate(corpus / "gold", tagger=year_tagger)
    by_doc = {d.name: d.counts for d in report.documents}
    # "2003" inside "March 20, 2003" overlaps the gold; "May 1" gets the DCT year.
    assert by_doc["a.tml"].value_ok == 1 and by_doc["a.tml"].pairs == 2
    assert by_doc["b.tml"].strict_f1 == 100.0
    assert report.pooled.gold == 4


def test_timeml_evaluate_system_folder(corpus: Path) -> None:
    report = evaluate(corpus / "gold", system_dir=corpus / "system")
    assert report.pooled.strict == 2 and report.pooled.system == 2 and report.pooled.gold == 4
    assert any("b.tml" in n for n in report.notes)  # missing system file noted


def test_timeml_evaluate_system_text_must_match(corpus: Path) -> None:
    (corpus / "system" / "a.tml").write_text(new_timeml(TEXT.replace("war", "WAR"), []))
    with pytest.raises(TimeMLError, match="differs from the gold TEXT"):
        evaluate(corpus / "gold", system_dir=corpus / "system")


def test_timeml_errors_listing(corpus: Path) -> None:
    report = evaluate(corpus / "gold", tagger=year_tagger)
    listing = format_errors(report, 5)
    assert listing.startswith("Errors by kind:")
    assert "== missed" in listing and '"nine years"' in listing
    assert "by value shape" not in listing or "->" in listing


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_timeml_eval_cli(corpus: Path, fmt: str) -> None:
    args = ["eval", "timeml", str(corpus / "gold"), "--system", str(corpus / "system"),
            "--per-doc", "--errors", "3", "--format", fmt]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["pooled"]["strict_f1"] == pytest.approx(66.67, abs=0.01)
        assert [d["document"] for d in data["per_document"]] == ["a.tml", "b.tml"]
        assert data["errors"]["missed"][0]["count"] == 1
    else:
        assert "pooled (2 docs)" in result.stdout and "66.7" in result.stdout
        assert "== missed" in result.stdout
