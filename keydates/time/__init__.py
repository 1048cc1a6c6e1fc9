"""The temporal engine: find, normalize and anchor time expressions in English text.

Two steps, kept apart:

1. `find(text)` recognizes expressions with the rules in `keydates/time/rules/*.toml` and
   normalizes each to a possibly underspecified `Mention` ("On May 1" -> "XXXX-05-01",
   "the next day" -> +1 day from the previous reference, "on Friday" -> the nearest Friday).
2. `resolve(mention, Reference(...))` anchors one mention against an explicit reference (the
   publication date, the previous event, a section header) and records which one was used.

`tag(text, published)` does both over a whole document, choosing the reference of each
expression from the text itself (no news/narrative switch).
"""

from __future__ import annotations

from keydates.time.model import Mention, Reference
from keydates.time.recognize import find
from keydates.time.anchor import parse_published, resolve
from keydates.time.document import tag

__all__ = ["Mention", "Reference", "find", "resolve", "tag", "parse_published"]
