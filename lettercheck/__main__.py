"""Allow ``python -m lettercheck``."""

from .cli import main

main()
