"""Reader comments (issue 7): the place where the "Leave a Reply" feature plugs in.

This router is included by `keydates.web.app.create_app`; it has no routes yet. The timeline and
event templates have a `{% block comments %}` (in `_comments.html`, included at the end of both
pages) that receives `comment_target` ("timeline:<slug>" or "event:<id>"). Issue 7 adds here:
the form routes (POST with the session-bound CSRF token of `keydates.web.auth.check_csrf`),
the moderation queue for editors (`keydates.web.auth.require_editor`) and the JSON under /api/.
"""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=True)

__all__ = ["router"]
