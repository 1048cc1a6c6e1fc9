"""`keydates serve`: the web app (pages, JSON API) on the store, with uvicorn."""

from __future__ import annotations

import json
import os
import secrets

import typer

from keydates.cli import app


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help="database URL or SQLite path "
                           "(default $KEYDATES_DB, else ./keydates.db)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="port to listen on"),
    sample: bool = typer.Option(None, "--sample/--no-sample",
                                help="add the sample chronology when the store is empty "
                                     "(default: only for the default embedded database)"),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="server processes (each keeps its own timeline cache)"),
    cache_events: int = typer.Option(20_000, "--cache-events", min=0,
                                     help="events kept decoded in memory per process for fast "
                                          "pages (a 500-event timeline is ~2.3 MB)"),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level"),
) -> None:
    """Serve the timelines as web pages and a JSON API (http://HOST:PORT/)."""
    import uvicorn

    from keydates.store import open_store, resolve_url
    from keydates.web import create_app
    from keydates.web.sample import ensure_sample

    default_db = not db and not os.environ.get("KEYDATES_DB")
    store = open_store(db)
    notes: list[str] = []
    if sample if sample is not None else default_db:
        if not store.list_timelines():
            typer.echo("keydates: adding the sample chronology to the empty store…", err=True)
        notes = ensure_sample(store)
        for note in notes:
            typer.echo(f"keydates: {note}", err=True)
    if not os.environ.get("KEYDATES_SECRET"):
        typer.echo("keydates: KEYDATES_SECRET is not set; sessions end when the server stops",
                   err=True)
    typer.echo(f"keydates: serving on http://{host}:{port}/", err=True)
    if workers == 1:
        web = create_app(store, notes=notes, cache_events=cache_events)
        uvicorn.run(web, host=host, port=port, log_level=log_level, proxy_headers=True)
        return
    store.close()
    # Worker processes build their app from the environment (one shared session secret).
    os.environ["KEYDATES_DB"] = resolve_url(db)
    os.environ.setdefault("KEYDATES_SECRET", secrets.token_hex(32))
    os.environ["KEYDATES_WEB_NOTES"] = json.dumps(notes)
    os.environ["KEYDATES_CACHE_EVENTS"] = str(cache_events)
    uvicorn.run("keydates.web.app:app_from_env", factory=True, workers=workers, host=host,
                port=port, log_level=log_level, proxy_headers=True)
