"""Quality gate: keydates' TempEval-3 scores on TimeBank, AQUAINT and WikiWars stay above pinned floors.

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
CORPORA = ("timebank", "aquaint", "wikiwars-train")
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


def test_quality_timeml_floors_never_lowered_silently() -> None:
    """Compare with the floors committed in HEAD and HEAD~1 (when git history is available)."""
    current = _floors()
    previous = [f for f in (_floors_at("HEAD"), _floors_at("HEAD~1")) if f]
    if not previous:
        pytest.skip("no git history of quality/timeml_floors.toml to compare with")
    lowered = []
    for corpus in CORPORA:
        for metric in METRICS:
            before = max(p.get(corpus, {}).get(metric, 0) for p in previous)
            now = current[corpus][metric]
            if now < before and not str(current[corpus].get("reason", "")).strip():
                lowered.append(f"{corpus}.{metric}: {before} -> {now}")
    assert not lowered, ("floors lowered without a `reason = \"...\"` entry in the corpus table: "
                         + "; ".join(lowered))


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_quality_timeml_scores_above_floors(shared_data: Path, corpus: str) -> None:
    folder = shared_data / "timeml" / corpus
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    pooled = _score(str(folder))
    floors = _floors()[corpus]
    scores = pooled.scores()
    measured = ", ".join(f"{k} {scores[k]:.2f}" for k in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"))
    print(f"\n{corpus}: {measured}")
    below = [f"{m} {scores[m]:.2f} < floor {floors[m]}" for m in METRICS if scores[m] < floors[m]]
    assert not below, f"{corpus}: quality dropped: {'; '.join(below)} (measured: {measured})"
