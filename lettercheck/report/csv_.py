"""``--format csv``: one row per letter, for a batch scan in a spreadsheet.

Columns: path, status, letter type, sender, level, difficulty, target, whether the target is
met, the number of findings per severity and per category, and for a file that could not be
read its error code and Dutch reason. Names and values follow the JSON contract (``ok``,
``true``, ``threat``), so a sheet sorted on a column means what the JSON means.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import TYPE_CHECKING

from ..model import CATEGORIES, FileResult, Severity

if TYPE_CHECKING:
    from ..analysis import RunResult

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
COLUMNS: tuple[str, ...] = (
    "path", "status", "letter_type", "sender", "level", "difficulty", "target", "meets_target",
    "findings", *(s.value for s in _SEVERITIES), *CATEGORIES, "error_code", "error_message",
)


def _row(result: FileResult) -> dict[str, object]:
    row: dict[str, object] = {"path": result.path, "status": result.status}
    if result.error is not None:
        return row | {"error_code": result.error.code, "error_message": result.error.message}
    r = result.readability or {}
    severities = Counter(f.severity.value for f in result.findings)
    categories = Counter(f.category for f in result.findings)
    return row | {
        "letter_type": result.letter_type,
        "sender": result.sender,
        "level": r.get("level"),
        "difficulty": r.get("difficulty"),
        "target": r.get("target"),
        "meets_target": str(bool(r.get("meets_target"))).lower(),
        "findings": len(result.findings),
        **{s.value: severities[s.value] for s in _SEVERITIES},
        **{c: categories[c] for c in CATEGORIES},
    }


def render(run: RunResult, color: bool = False) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_row(result) for result in run.files)
    return out.getvalue()
