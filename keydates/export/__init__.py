"""Exporters shared by the CLI (`keydates export`) and the web app.

Each exporter is an `Exporter(name, extension, media_type, render)` where `render` takes a
`keydates.store.StoredTimeline` (use `StoredTimeline.from_timeline` for an unsaved
`keydates.model.Timeline`) and returns `str` or `bytes`:

    from keydates.export import get_exporter
    exp = get_exporter("ics")
    body = exp.render(store.get_timeline("iraq"))   # Content-Type: exp.media_type
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from keydates.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from keydates.store.types import StoredTimeline


class UnknownFormatError(InputError):
    """An export format name that is not registered."""


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format."""

    name: str  # json | jsonl | csv | md | timelinejs | ics | geojson | timeml
    extension: str  # file extension without the dot
    media_type: str  # HTTP Content-Type
    render: Callable[["StoredTimeline"], str | bytes]
    description: str = ""


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add an exporter to the registry (one call per format module)."""
    EXPORTERS[exporter.name] = exporter
    return exporter


def _load() -> None:
    from keydates.export import formats  # noqa: F401  (registers the built-in formats)


def get_exporter(name: str) -> Exporter:
    """The exporter called `name` (raises `UnknownFormatError` listing the known ones)."""
    _load()
    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise UnknownFormatError(f"unknown export format {name!r} (known: {known})") from None


def exporters() -> list[Exporter]:
    """Every registered exporter, by name."""
    _load()
    return [EXPORTERS[k] for k in sorted(EXPORTERS)]


def render(timeline: "StoredTimeline", name: str) -> str | bytes:
    """Render a timeline in the format `name`."""
    return get_exporter(name).render(timeline)


__all__ = ["EXPORTERS", "Exporter", "UnknownFormatError", "exporters", "get_exporter", "register",
           "render"]
