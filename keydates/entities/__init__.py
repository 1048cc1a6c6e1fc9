"""Who, where, what, how many: actors, places, event kinds, casualties and headlines (issue 4).

    from keydates.entities import enrich, summary
    enrich(timeline)           # fills every event's headline, actors, places, kind, casualties
    summary(timeline)          # document-level entities and places with counts

Rules and gazetteers are data files in `keydates/entities/data/`; see docs/entities.md.
Importing this package registers the spaCy component "keydates" (`nlp.add_pipe("keydates")`).
"""

from __future__ import annotations

from keydates.entities.component import KeydatesComponent
from keydates.entities.pipeline import ModelError, analyze, enrich, enrich_many, load_nlp, summary

__all__ = ["KeydatesComponent", "ModelError", "analyze", "enrich", "enrich_many", "load_nlp", "summary"]
