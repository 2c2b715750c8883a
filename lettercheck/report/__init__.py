"""Output formats, one module each. Formatters only format a finished RunResult."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import RunResult

#: --format name -> module in this package with ``render(run, color) -> str``.
FORMATS: dict[str, str] = {"text": "text", "json": "json_"}


def renderer(name: str) -> Callable[["RunResult", bool], str]:
    """The render function of an output format."""
    return import_module(f"{__name__}.{FORMATS[name]}").render
