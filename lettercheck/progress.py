"""A progress bar for batch scans: on stderr, and only for a person watching a terminal.

Pipes, files and CI logs (``CI`` set) get no bar, so reports and logs stay clean; a single
letter gets none either. rich is imported only when a bar is shown.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import Any


class ProgressBar:
    """Callable as the ``progress`` of :meth:`Linter.check_paths`; starts on the first call
    of a batch with more than one letter, and disappears when the batch is done."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 1:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("brieven controleren"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("brieven", total=total)
        self._bar.update(self._task, completed=done)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
