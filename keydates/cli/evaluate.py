"""`keydates eval`: score keydates against annotated corpora (`eval timeml`; other modules add more)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from keydates.cli import app
from keydates.cli.output import OutputFormat, emit

eval_app = typer.Typer(
    help="Score keydates against annotated corpora (TimeML gold TIMEX3, gold chronologies).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


class EvalFormat(str, Enum):
    """Output formats of the evaluation commands."""

    table = "table"
    json = "json"


# Score columns: strict and relaxed precision/recall/F1, then value and type F1 (percentages).
SCORES = {"strict P": "strict_p", "strict R": "strict_r", "strict F1": "strict_f1",
          "relax P": "relaxed_p", "relax R": "relaxed_r", "relax F1": "relaxed_f1",
          "value F1": "value_f1", "type F1": "type_f1"}
COLUMNS = ["document", "gold", "sys", *SCORES]


def _row(name: str, counts: Any) -> dict[str, Any]:
    scores = counts.scores()
    row: dict[str, Any] = {"document": name, "gold": counts.gold, "sys": counts.system}
    for label, key in SCORES.items():
        row[label] = f"{scores[key]:.1f}"
    return row


@eval_app.command("timeml")
def timeml(
    gold_dir: Path = typer.Argument(..., help="Folder of gold TimeML files (*.tml), or one file."),
    system: Optional[Path] = typer.Option(
        None, "--system", help="Folder of already tagged TimeML files (same names) to score "
                               "instead of running keydates."),
    per_doc: bool = typer.Option(False, "--per-doc", help="One row per document, then the pool."),
    errors: int = typer.Option(0, "--errors", min=0, metavar="N",
                               help="List errors grouped by kind: the N most frequent texts of each "
                                    "kind (missed, spurious, wrong value/type, extent) with context."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", help="table or json."),
) -> None:
    """TempEval-3 scores (strict/relaxed P R F1, value F1, type F1; DCT excluded) against gold TimeML.

    Each document's TEXT is tagged with its DCT as the publication date, unless --system gives a
    folder of tagged files. Scores are percentages; the pool sums the counts of all documents.
    """
    from keydates.evaluate.timeml import evaluate, format_errors

    report = evaluate(gold_dir, system_dir=system)
    if fmt is EvalFormat.json:
        emit([], OutputFormat.json, document=report.to_dict(per_doc=per_doc, errors=errors))
        return
    rows = [_row(Path(d.name).stem, d.counts) for d in report.documents] if per_doc else []
    rows.append(_row(f"pooled ({len(report.documents)} docs)", report.pooled))
    emit(rows, OutputFormat.table, columns=COLUMNS,
         title=f"TempEval-3 TIMEX3 scores of {report.system} on {gold_dir}")
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    if errors:
        typer.echo("")
        typer.echo(format_errors(report, errors))
