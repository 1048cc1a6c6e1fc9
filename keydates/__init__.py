"""keydates: turn news chronologies into structured, dated, searchable timelines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["tag", "extract", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from keydates.model import Timeline, TimeExpression


def tag(text: str, published: Any = None) -> "list[TimeExpression]":
    """Find and normalize every time expression in `text` (see `keydates.time.tag`)."""
    from keydates.time import tag as _tag

    return _tag(text, published=published)


def extract(source: Any, published: Any = None) -> "Timeline":
    """Read a chronology (path, URL, text or file object) and return its timeline."""
    from keydates.events import extract as _extract

    return _extract(source, published=published)
