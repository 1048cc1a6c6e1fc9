"""GeoJSON (RFC 7946): one Point feature per event place that has coordinates."""

from __future__ import annotations

import json
from typing import Any

from keydates.store.codec import date_bounds
from keydates.store.types import StoredTimeline
from keydates.time.values import humanize


def geojson(tl: StoredTimeline) -> dict[str, Any]:
    """A FeatureCollection; places without coordinates are left out."""
    features = []
    for e in tl.events:
        ev, d = e.event, e.event.date
        earliest, latest = date_bounds(d)
        for p in ev.places:
            if p.lat is None or p.lon is None:
                continue
            features.append({
                "type": "Feature",
                "id": f"event-{e.id}-{len(features)}",
                "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                "properties": {
                    "event_id": e.id, "timeline": e.timeline_slug or tl.slug, "place": p.name,
                    "mention": p.mention, "country_code": p.country_code,
                    "precision": p.precision, "geonameid": p.geonameid,
                    "date": d.value, "mod": d.mod, "range_end": d.range_end,
                    "display_date": humanize(d.value, d.mod, d.range_end),
                    "earliest": earliest, "latest": latest, "headline": ev.headline,
                    "text": ev.text, "kind": ev.kind, "section": ev.section,
                },
            })
    return {"type": "FeatureCollection", "name": tl.name, "features": features}


def render_geojson(tl: StoredTimeline) -> str:
    """GeoJSON text."""
    return json.dumps(geojson(tl), ensure_ascii=False, indent=2) + "\n"
