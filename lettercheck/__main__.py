"""Allow ``python -m lettercheck``."""

from .cli import run

run()
