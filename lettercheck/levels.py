"""The CEFR scale that targets and level estimates are given in.

A module of its own, apart from :mod:`.readability`, because the command line, the config
and the reports name levels too: a re-run that takes every letter from the cache shows
them without importing the level estimate itself.
"""

from __future__ import annotations

import math

LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
#: The difficulty scale: A1 = 1 ... C2 = 6, kept within half a level beyond either end.
MIN_DIFFICULTY = 0.5
MAX_DIFFICULTY = 6.49


def clamp(value: float) -> float:
    """A difficulty kept on the scale."""
    return min(MAX_DIFFICULTY, max(MIN_DIFFICULTY, value))


def level_of(difficulty: float) -> str:
    """The CEFR level for a difficulty: the nearest whole number, halves rounded up."""
    return LEVELS[int(math.floor(clamp(difficulty) + 0.5)) - 1]
