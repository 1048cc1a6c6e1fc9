"""Quality gate: keydates' TempEval-3 scores on TimeBank, AQUAINT and WikiWars, and on the two spent
blind TimeML sets of the repository (tests/data/timeml_heldout1 to timeml_heldout3, news and
narratives apart), stay above pinned floors.

The floors live in quality/timeml_floors.toml (percentages). They may only be raised: a floor below
the one in git HEAD or HEAD~1 needs a `reason = "..."` entry in that corpus's table, otherwise the
gate refuses the silent lowering.
"""

from __future__ import annotations

import subprocess
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from keydates.evaluate.timeml import Counts, evaluate

REPO = Path(__file__).resolve().parent.parent
FLOORS = REPO / "quality" / "timeml_floors.toml"
FLOORS_GIT_PATH = "quality/timeml_floors.toml"
SHARED_CORPORA = ("timebank", "aquaint", "wikiwars-train")
# Former blind sets, now development sets kept in the repository (small: under a second each).
HELDOUT_CORPORA = ("timeml_heldout1/news", "timeml_heldout1/narratives",
                   "timeml_heldout2/news", "timeml_heldout2/narratives",
                   "timeml_heldout3/news", "timeml_heldout3/narratives")
CORPORA = SHARED_CORPORA + HELDOUT_CORPORA
METRICS = ("value_f1", "strict_f1")


def _floors_at(revision: str) -> dict[str, Any] | None:
    """The floors file as committed at `revision`, or None without git history or file."""
    try:
        out = subprocess.run(["git", "show", f"{revision}:{FLOORS_GIT_PATH}"], cwd=REPO,
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    try:
        return tomllib.loads(out.stdout)
    except tomllib.TOMLDecodeError:
        return None


def _floors() -> dict[str, Any]:
    return tomllib.loads(FLOORS.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _score(corpus_dir: str) -> Counts:
    return evaluate(corpus_dir).pooled


def test_quality_timeml_floors_file_is_complete() -> None:
    floors = _floors()
    for corpus in CORPORA:
        for metric in METRICS:
            value = floors[corpus][metric]
            assert isinstance(value, (int, float)) and 0 <= value <= 100, (corpus, metric)


def lowered_silently(current: dict[str, Any], previous: list[dict[str, Any]]) -> list[str]:
    """Floors below their highest previous value whose corpus table gives no `reason`."""
    lowered = []
    for corpus in CORPORA:
        for metric in METRICS:
            before = max((p.get(corpus, {}).get(metric, 0) for p in previous), default=0)
            now = current[corpus][metric]
            if now < before and not str(current[corpus].get("reason", "")).strip():
                lowered.append(f"{corpus}.{metric}: {before} -> {now}")
    return lowered


def _table(v: float, s: float, reason: str | None = None) -> dict[str, Any]:
    t: dict[str, Any] = {"value_f1": v, "strict_f1": s}
    if reason is not None:
        t["reason"] = reason
    return t


@pytest.mark.parametrize("aquaint, expected", [
    (_table(70.0, 80.0), []),  # unchanged
    (_table(71.5, 80.0), []),  # raised
    (_table(69.5, 80.0), ["aquaint.value_f1: 70.0 -> 69.5"]),  # lowered silently
    (_table(69.5, 80.0, "  "), ["aquaint.value_f1: 70.0 -> 69.5"]),  # blank reason
    (_table(69.5, 79.0, "TBAQ gold corrected: 12 TIMEX3 added"), []),  # lowered with a reason
])
def test_quality_timeml_lowering_rule(aquaint: dict[str, Any], expected: list[str]) -> None:
    previous = {c: _table(70.0, 80.0) for c in CORPORA}
    older = {**previous, "aquaint": _table(65.0, 80.0)}
    current = {**previous, "aquaint": aquaint}
    assert lowered_silently(current, [previous, older]) == expected


def test_quality_timeml_floors_never_lowered_silently() -> None:
    """Compare with the floors committed in HEAD and HEAD~1 (when git history is available)."""
    previous = [f for f in (_floors_at("HEAD"), _floors_at("HEAD~1")) if f]
    if not previous:
        pytest.skip("no git history of quality/timeml_floors.toml to compare with")
    lowered = lowered_silently(_floors(), previous)
    assert not lowered, ("floors lowered without a `reason = \"...\"` entry in the corpus table: "
                         + "; ".join(lowered))


def _check_floors(folder: Path, corpus: str) -> None:
    pooled = _score(str(folder))
    floors = _floors()[corpus]
    scores = pooled.scores()
    measured = ", ".join(f"{k} {scores[k]:.2f}" for k in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"))
    print(f"\n{corpus}: {measured}")
    below = [f"{m} {scores[m]:.2f} < floor {floors[m]}" for m in METRICS if scores[m] < floors[m]]
    assert not below, f"{corpus}: quality dropped: {'; '.join(below)} (measured: {measured})"


@pytest.mark.slow
@pytest.mark.parametrize("corpus", SHARED_CORPORA)
def test_quality_timeml_scores_above_floors(shared_data: Path, corpus: str) -> None:
    folder = shared_data / "timeml" / corpus
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    _check_floors(folder, corpus)


@pytest.mark.parametrize("corpus", HELDOUT_CORPORA)
def test_quality_timeml_heldout_scores_above_floors(corpus: str) -> None:
    """The spent blind sets keep what they taught (news and narratives scored apart)."""
    folder = REPO / "tests" / "data" / corpus
    assert folder.is_dir(), f"{folder} is missing from the repository"
    _check_floors(folder, corpus)
