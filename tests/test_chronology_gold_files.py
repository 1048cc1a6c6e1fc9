"""The project's own test chronologies (tests/data/chronologies) are well-formed gold.

Every NAME.gold.jsonl must be valid JSON lines with the keys of the shared annotation guide, its
quotes found exactly once and in text order in NAME.txt/.md/.html, its values valid TIMEX3; every
NAME.meta.json must give a title and a publication date. The checks live in check_gold.py next to
the data so that annotators can run them alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

FOLDER = Path(__file__).resolve().parent / "data" / "chronologies"


def _load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("chronology_check_gold", FOLDER / "check_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


check_gold = _load_checker()
NAMES = check_gold.chronology_names(FOLDER)
HTML_NAMES = [n for n in NAMES if (FOLDER / f"{n}.html").exists()]


def test_chronology_gold_collection_size() -> None:
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_chronology_gold_file_is_valid(name: str) -> None:
    assert check_gold.validate(name, FOLDER) == []


@pytest.mark.parametrize(
    ("gold_line", "problem"),
    [
        ('{"quote": "On May 1, the", "value": "2003-05-01", "mod": null, "explicit": true}',
         "missing keys"),
        ('{"quote": "On May 1, the", "value": "2003-13", "mod": null, "explicit": true, '
         '"hard": true}', "not a valid TIMEX3"),
        ('{"quote": "On May 1, the", "value": "2003", "mod": "EARLY", "explicit": true, '
         '"hard": true}', "not a TIMEX3 mod"),
        ('{"quote": "On June 2, a", "value": "2003", "mod": null, "explicit": true, '
         '"hard": true}', "found 0 times"),
        ('{"quote": "On May 1, the", "value": "2003", "mod": null, "end": "2001", '
         '"explicit": true, "hard": true}', "is not after"),
    ],
)
def test_chronology_gold_checker_reports_problems(tmp_path: Path, gold_line: str,
                                                  problem: str) -> None:
    (tmp_path / "x.txt").write_text("On May 1, the army enters the capital.\n", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text(
        '{"title": "X", "publication_date": "2003-06-01", "format": "text"}', encoding="utf-8")
    (tmp_path / "x.gold.jsonl").write_text(gold_line + "\n", encoding="utf-8")
    errors = check_gold.validate("x", tmp_path)
    assert any(problem in e for e in errors), errors


@pytest.mark.parametrize("name", HTML_NAMES)
def test_chronology_gold_html_quotes_survive_extraction(name: str) -> None:
    """HTML gold quotes are in the main text trafilatura extracts (where the reader scores)."""
    trafilatura = pytest.importorskip("trafilatura")
    html = (FOLDER / f"{name}.html").read_text(encoding="utf-8")
    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    missing = [g["quote"] for g in check_gold.load_gold(name, FOLDER) if g["quote"] not in text]
    assert missing == []


def test_chronology_gold_quotes_of_every_set_are_text() -> None:
    """A quote is text of an entry as read: never page markup (an HTML gold quote that ends in
    "</td></tr>" can match no reader output)."""
    import json
    import re

    tag = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^>]*)?>")
    data = FOLDER.parent
    bad = [(path.parent.name, path.name, row["quote"][:60])
           for path in sorted(data.glob("*/*.gold.jsonl"))
           for row in map(json.loads, filter(str.strip, path.read_text("utf-8").splitlines()))
           if tag.search(row["quote"])]
    assert bad == []
