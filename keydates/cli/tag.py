"""`keydates tag`: time expressions of a text (filled in by the temporal engine issue)."""

from __future__ import annotations
