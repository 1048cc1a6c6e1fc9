"""Validate the gold files of the test chronologies in this folder.

Each chronology is `NAME.txt`, `NAME.md` or `NAME.html` with `NAME.gold.jsonl` (one JSON object
per entry, in text order: quote, value, mod, optional end, explicit, hard) and `NAME.meta.json`
(title, publication_date, format). The format is the one of
`../shared/data/chronologies/README.md`. Run `python tests/data/chronologies/check_gold.py` to
print every problem; `tests/test_chronology_gold_files.py` runs the same checks under pytest.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

try:
    from keydates.time.values import MODS, is_valid, sort_key
except ImportError:  # the time package is mid-change: load the value helpers module alone
    import importlib.util

    _spec = importlib.util.spec_from_file_location(
        "_keydates_time_values", HERE.parents[2] / "keydates" / "time" / "values.py")
    assert _spec and _spec.loader
    _values = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = _values
    _spec.loader.exec_module(_values)
    MODS, is_valid, sort_key = _values.MODS, _values.is_valid, _values.sort_key

SOURCE_SUFFIXES = {".txt": "text", ".md": "markdown", ".html": "html"}
REQUIRED_KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL_KEYS = {"end"}
MIN_ENTRIES, MAX_ENTRIES = 8, 40
MAX_QUOTE_WORDS = 12
# A quote starts an entry (after a line break, a bullet glyph, a tab, an HTML tag) or, for the
# second dated clause of a split paragraph, a sentence (after . ! ? or a closing quote/bracket).
_QUOTE_START_AFTER = re.compile(r"(?:^|[\n\t>•*:\-–—|.!?;\"”’)\]])[ \t]*$")


def chronology_names(folder: Path = HERE) -> list[str]:
    """Names of the chronologies in `folder` (every NAME with a NAME.gold.jsonl)."""
    return sorted(p.name[: -len(".gold.jsonl")] for p in folder.glob("*.gold.jsonl"))


def source_path(name: str, folder: Path = HERE) -> Path | None:
    """The text file of a chronology (NAME.txt, NAME.md or NAME.html), or None."""
    found = [folder / f"{name}{suffix}" for suffix in SOURCE_SUFFIXES
             if (folder / f"{name}{suffix}").exists()]
    return found[0] if len(found) == 1 else None


def load_gold(name: str, folder: Path = HERE) -> list[dict]:
    """The gold entries of a chronology, in file order."""
    lines = (folder / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _check_meta(name: str, folder: Path, source: Path) -> list[str]:
    errors: list[str] = []
    path = folder / f"{name}.meta.json"
    if not path.exists():
        return [f"{name}: missing {path.name}"]
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{name}: {path.name} is not JSON: {exc}"]
    try:
        date.fromisoformat(meta.get("publication_date", ""))
    except (TypeError, ValueError):
        errors.append(f"{name}: meta publication_date is not an ISO day")
    if not str(meta.get("title", "")).strip():
        errors.append(f"{name}: meta has no title")
    expected = SOURCE_SUFFIXES[source.suffix]
    if meta.get("format", "text") != expected:
        errors.append(f"{name}: meta format {meta.get('format')!r} but file is {expected}")
    return errors


def _check_entry(name: str, i: int, entry: dict, text: str) -> tuple[list[str], int | None]:
    where = f"{name} entry {i + 1}"
    errors: list[str] = []
    keys = set(entry)
    if not REQUIRED_KEYS <= keys:
        errors.append(f"{where}: missing keys {sorted(REQUIRED_KEYS - keys)}")
    if keys - REQUIRED_KEYS - OPTIONAL_KEYS:
        errors.append(f"{where}: unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}")
    quote = entry.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        return errors + [f"{where}: quote is not a non-empty string"], None
    words = len(quote.split())
    if words > MAX_QUOTE_WORDS:
        errors.append(f"{where}: quote has {words} words (at most {MAX_QUOTE_WORDS})")
    count = text.count(quote)
    if count != 1:
        errors.append(f"{where}: quote found {count} times: {quote!r}")
        return errors, None
    pos = text.index(quote)
    if not _QUOTE_START_AFTER.search(text[max(0, pos - 40):pos]) and pos != 0:
        errors.append(f"{where}: quote does not start an entry or a sentence: {quote!r}")
    tail = text[pos + len(quote):pos + len(quote) + 1]
    if words < 8 and tail not in ("", "\n", "<") and not quote.rstrip().endswith(
            (".", "!", "?", '"', "”")):
        errors.append(f"{where}: quote has under 8 words but its entry or sentence goes on: {quote!r}")
    value, mod, end = entry.get("value"), entry.get("mod"), entry.get("end")
    if value is not None and not (isinstance(value, str) and is_valid(value)):
        errors.append(f"{where}: value {value!r} is not a valid TIMEX3 date")
    if mod is not None and mod not in MODS:
        errors.append(f"{where}: mod {mod!r} is not a TIMEX3 mod")
    if value is None and (mod is not None or end is not None):
        errors.append(f"{where}: a null value has a mod or end")
    if "end" in entry:
        if not (isinstance(end, str) and is_valid(end)):
            errors.append(f"{where}: end {end!r} is not a valid TIMEX3 date")
        elif isinstance(value, str) and is_valid(value) and sort_key(end) <= sort_key(value):
            errors.append(f"{where}: range end {end} is not after {value}")
    for flag in ("explicit", "hard"):
        if not isinstance(entry.get(flag), bool):
            errors.append(f"{where}: {flag} is not true/false")
    return errors, pos


def validate(name: str, folder: Path = HERE) -> list[str]:
    """Every problem found in one chronology's files (empty when it is valid)."""
    source = source_path(name, folder)
    if source is None:
        return [f"{name}: needs exactly one of NAME.txt, NAME.md, NAME.html"]
    text = source.read_text(encoding="utf-8")
    errors = _check_meta(name, folder, source)
    try:
        gold = load_gold(name, folder)
    except json.JSONDecodeError as exc:
        return errors + [f"{name}: gold is not JSON lines: {exc}"]
    if not MIN_ENTRIES <= len(gold) <= MAX_ENTRIES:
        errors.append(f"{name}: {len(gold)} entries (expected {MIN_ENTRIES}-{MAX_ENTRIES})")
    last = -1
    for i, entry in enumerate(gold):
        entry_errors, pos = _check_entry(name, i, entry, text)
        errors += entry_errors
        if pos is not None:
            if pos <= last:
                errors.append(f"{name} entry {i + 1}: quote is out of text order")
            last = pos
    return errors


def main(argv: list[str] | None = None) -> int:
    """Validate the named chronologies (all of them by default); print problems and a summary."""
    names = (argv if argv else None) or chronology_names()
    problems = 0
    for name in names:
        errors = validate(name)
        problems += len(errors)
        for error in errors:
            print(error)
        if not errors:
            print(f"ok  {name}: {len(load_gold(name))} entries")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
