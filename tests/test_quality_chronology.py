"""Quality gate of the chronology reader: the sample chronology pinned entry by entry, and accuracy
floors on tests/data/chronologies (quality/chronology_floors.toml) that may only be raised."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from keydates.evaluate.chronology import DocumentScore, evaluate_directory

REPO = Path(__file__).resolve().parent.parent
FLOORS = REPO / "quality" / "chronology_floors.toml"
COLLECTION = REPO / "tests" / "data" / "chronologies"
KEYS = ("value_accuracy", "strict_accuracy", "coverage")


def _floors(text: str | None = None) -> dict:
    return tomllib.loads(text if text is not None else FLOORS.read_text("utf-8"))


@pytest.fixture(scope="module")
def collection() -> dict[str, DocumentScore]:
    if not any(COLLECTION.glob("*.gold.jsonl")):
        pytest.skip("tests/data/chronologies has no gold chronologies")
    docs, _ = evaluate_directory(COLLECTION)
    return {d.name: d for d in docs}


def test_sample_chronology_every_entry_right(shared_data):
    docs, total = evaluate_directory(shared_data / "chronologies")
    wrong = [(r.quote, r.gold, r.system) for d in docs for r in d.results if r.error]
    assert total.gold == 32
    assert wrong == []
    assert (total.covered, total.value_ok, total.strict_ok, total.extra) == (32, 32, 32, 0)


def test_collection_total_floors(collection):
    floors = _floors()
    pinned = DocumentScore(name="pinned")
    for name in floors.get("documents", {}):
        assert name in collection, f"pinned document {name} is missing from {COLLECTION}"
        pinned.add(collection[name])
    rates = pinned.rates()
    t = floors["total"]
    for key in KEYS:
        assert rates[key] >= t[key], f"total {key} {rates[key]:.1f} < floor {t[key]}"
    assert rates["extra_rate"] <= t["max_extra_rate"]


def _doc_ids() -> list[str]:
    return sorted(_floors().get("documents", {}))


@pytest.mark.parametrize("name", _doc_ids())
def test_collection_document_floors(collection, name):
    floor = _floors()["documents"][name]
    doc = collection[name]
    rates = doc.rates()
    errors = [f"{r.error}: gold {r.gold} system {r.system} | {r.quote[:60]}" for r in doc.errors()]
    for key in ("value_accuracy", "strict_accuracy"):
        assert rates[key] >= floor[key], f"{name} {key} {rates[key]:.1f} < {floor[key]}: {errors}"


def _previous_floors() -> dict | None:
    try:
        out = subprocess.run(["git", "show", "HEAD~:quality/chronology_floors.toml"], cwd=REPO,
                             capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return _floors(out.stdout)


def test_floors_are_only_raised_unless_a_reason_is_given():
    previous = _previous_floors()
    if previous is None:
        pytest.skip("no earlier version of the floors in git HEAD~")
    current = _floors()
    lowered = []
    tables = [("total", previous.get("total", {}), current.get("total", {}))]
    tables += [(n, f, current.get("documents", {}).get(n)) for n, f in previous.get("documents", {}).items()]
    for name, old, new in tables:
        if new is None:
            if "reason" not in current.get("removed", {}).get(name, {}):
                lowered.append(f"{name}: removed without [removed.{name}] reason")
            continue
        for key, old_value in old.items():
            if key == "reason" or key not in new:
                continue
            worse = new[key] > old_value if key.startswith("max_") else new[key] < old_value
            if worse and not new.get("reason"):
                lowered.append(f"{name}.{key}: {old_value} -> {new[key]} without a reason line")
    assert lowered == []


@pytest.mark.parametrize("name", sorted(_floors().get("spent", {})))
def test_spent_heldout_set_floors(name):
    """Former held-out sets keep what they taught (quality/chronology_floors.toml [spent.*])."""
    directory = REPO / "tests" / "data" / name
    if not any(directory.glob("*.gold.jsonl")):
        pytest.skip(f"tests/data/{name} has no gold chronologies")
    floor = _floors()["spent"][name]
    _, total = evaluate_directory(directory)
    rates = total.rates()
    for key in ("value_accuracy", "strict_accuracy"):
        assert rates[key] >= floor[key], f"{name} {key} {rates[key]:.1f} < {floor[key]}"
    assert rates["extra_rate"] <= floor["max_extra_rate"], f"{name} extra {rates['extra_rate']:.1f}%"
