"""Output formats, one module each. Formatters only format a finished RunResult."""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import RunResult

#: --format name -> module in this package with ``render(run, color) -> str``.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_",
    "sarif": "sarif",
    "github": "github",
    "html": "html_",
    "csv": "csv_",
}


def renderer(name: str) -> Callable[["RunResult", bool], str]:
    """The render function of an output format."""
    return import_module(f"{__name__}.{FORMATS[name]}").render


def relative_path(path: str) -> str:
    """``path`` relative to the working directory, with forward slashes: CI tools match
    report paths against the files of the repository they run in. A path outside the
    working directory (or on another drive) stays absolute."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return PurePath(os.path.abspath(path)).as_posix()
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return PurePath(os.path.abspath(path)).as_posix()
    return PurePath(rel).as_posix()
