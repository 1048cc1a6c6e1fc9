"""The `keydates` command line: one sub-module per pipeline stage registers its commands."""

from __future__ import annotations

import sys

import typer

from keydates.errors import KeydatesError

app = typer.Typer(
    name="keydates",
    help="Turn news chronologies into structured, dated, searchable timelines.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Each stage registers its commands here (keep one line per module).
from keydates.cli import tag as _tag  # noqa: E402,F401
from keydates.cli import evaluate as _evaluate  # noqa: E402,F401
from keydates.cli import extract as _extract  # noqa: E402,F401
from keydates.cli import serve as _serve  # noqa: E402,F401
from keydates.cli import store as _store  # noqa: E402,F401
from keydates.cli import entities as _entities  # noqa: E402,F401


def main() -> None:
    """Console entry point: named library errors become one-line messages and exit codes."""
    try:
        app()
    except KeydatesError as exc:
        typer.secho(f"keydates: error: {exc}", err=True, fg="red")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
