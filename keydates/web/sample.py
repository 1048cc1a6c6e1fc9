"""The sample chronology a fresh `keydates serve` starts with (from ../shared beside the repo)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("keydates.web")
SAMPLE_NAME = "us_iraq_2003_2020"
SAMPLE_PUBLISHED = "2020-01-03"


def sample_dirs() -> list[Path]:
    """Where the shared chronologies may be: beside the repository, or beside the cwd."""
    repo = Path(__file__).resolve().parents[2]
    candidates = [repo.parent / "shared" / "data" / "chronologies",
                  Path.cwd().parent / "shared" / "data" / "chronologies",
                  Path.cwd() / "shared" / "data" / "chronologies"]
    seen: list[Path] = []
    for c in candidates:
        if c not in seen:
            seen.append(c)
    return seen


def find_sample() -> tuple[Path, str] | None:
    """The sample chronology's path and publication date (from its meta.json), if present."""
    for folder in sample_dirs():
        text = folder / f"{SAMPLE_NAME}.txt"
        if text.is_file():
            published = SAMPLE_PUBLISHED
            meta = folder / f"{SAMPLE_NAME}.meta.json"
            if meta.is_file():
                try:
                    published = json.loads(meta.read_text("utf-8")).get("publication_date",
                                                                           published)
                except (OSError, ValueError):
                    pass
            return text, published
    return None


def ensure_sample(store: Any) -> list[str]:
    """Add the sample chronology to an empty store; returns notes for the home page."""
    if store.list_timelines():
        return []
    found = find_sample()
    if found is None:
        where = ", ".join(str(p) for p in sample_dirs()[:2])
        return [f"The sample chronology was not found (looked in {where}); the store starts "
                "empty. Sign in as an editor to add a chronology."]
    path, published = found
    log.info("adding the sample chronology %s (published %s)", path, published)
    try:
        store.add(str(path), published=published, user="system")
    except Exception as exc:  # noqa: BLE001 - the app still serves; the home page says why
        log.exception("could not add the sample chronology")
        return [f"The sample chronology could not be added: {type(exc).__name__}: {exc}"]
    return []
