"""``--format json``: the stable machine-readable contract (schema "lettercheck/1").

See the README for the fields. Changing a field's meaning needs a new schema name.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import RunResult


def render(run: RunResult, color: bool = False) -> str:
    return json.dumps(run.to_dict(), ensure_ascii=False, indent=2) + "\n"
