"""lettercheck: a linter for Dutch collection letters.

It checks that a letter is written at language level B1, does not threaten, and points
people to help. Import cost is kept low: spaCy loads only when the first letter is checked.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lettercheck")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"

__all__ = ["__version__", "Linter", "RunResult"]


def __getattr__(name: str) -> object:
    if name in ("Linter", "RunResult"):
        from . import analysis

        return getattr(analysis, name)
    raise AttributeError(name)
