"""`keydates entities`: events with entity fields, the summary, and one-line errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from keydates.cli import app

TEXT = """Key dates of the siege

On March 3, 2015, Boko Haram militants attacked Maiduguri, killing at least 30 civilians.

On March 5, President Goodluck Jonathan ordered troops to the region.
"""


def test_entities_cli_json(tmp_path) -> None:
    path = tmp_path / "chrono.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    first = data["events"][0]
    assert first["kind"] == "attack"
    assert first["places"][0]["mention"] == "Maiduguri"
    assert first["casualties"][0]["count"] == 30


def test_entities_cli_summary(tmp_path) -> None:
    path = tmp_path / "chrono.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(path), "--summary", "--format", "json"])
    assert result.exit_code == 0, result.output
    names = {e["name"] for e in json.loads(result.output)["entities"]}
    assert {"Boko Haram", "Goodluck Jonathan"} <= names


def test_entities_cli_bad_scope(tmp_path) -> None:
    path = tmp_path / "chrono.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(path), "--scope", "paragraph"])
    assert result.exit_code != 0
