"""Shared fixtures. The shared data sits beside the repository in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SAMPLE = SHARED / "chronologies" / "us_iraq_2003_2020.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared corpora; tests that need them skip when they are absent."""
    if not SHARED.exists():
        pytest.skip("../shared/data is not beside the repository")
    return SHARED
