"""The web app of `keydates serve`: server-rendered pages and a JSON API (see docs/web.md).

    from keydates.store import open_store
    from keydates.web import create_app
    app = create_app(open_store("sqlite:///k.db"))   # an ASGI app for uvicorn
"""

from __future__ import annotations

from keydates.web.app import create_app

__all__ = ["create_app"]
