"""Configuration: ``.lettercheck.toml`` or ``[tool.lettercheck]`` in ``pyproject.toml``.

The file is found by walking up from the checked path, the way ruff finds its settings, or
named with ``--config``. Command-line options win over the file. The organisation profile
tells rules what they cannot read from one letter: who sends it, the house style, and the
organisation's own phone numbers and referral partners.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .model import CATEGORIES
from .readability import LEVELS
from .rulepack import LETTER_TYPES

CONFIG_FILE = ".lettercheck.toml"


class ConfigError(Exception):
    """A configuration file that cannot be used (usage error, exit 2)."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, alias_generator=lambda n: n.replace("_", "-"))


class Profile(_Section):
    """What lettercheck should know about the organisation that sends the letters."""

    sender: Literal["creditor", "incassobureau", "deurwaarder"] | None = None
    house_style: Literal["u", "je"] | None = None
    phone: list[str] = Field(default_factory=list)
    email: list[str] = Field(default_factory=list)
    website: list[str] = Field(default_factory=list)
    referral_partners: list[str] = Field(default_factory=list)

    def contact_phrases(self) -> list[str]:
        """The organisation's own ways to be reached: they count as contact details."""
        return [*self.phone, *self.email, *self.website]


class Config(_Section):
    """The effective settings for a run."""

    target: str = "B1"
    model: str | None = None
    severity: dict[str, Literal["error", "warning", "info", "off"]] = Field(default_factory=dict)
    letter_types: dict[str, str] = Field(default_factory=dict)
    profile: Profile = Field(default_factory=Profile)

    @field_validator("target")
    @classmethod
    def _level(cls, value: str) -> str:
        if value not in LEVELS:
            raise ValueError(f"unknown level {value!r}; use one of {LEVELS}")
        return value

    @field_validator("letter_types")
    @classmethod
    def _types(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = {t for t in value.values() if t not in LETTER_TYPES}
        if wrong:
            raise ValueError(f"unknown letter types {sorted(wrong)}; use {LETTER_TYPES}")
        return value

    @field_validator("severity")
    @classmethod
    def _keys(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = [k for k in value if k not in CATEGORIES and not (len(k) >= 6 and k[3] == "-")]
        if wrong:
            raise ValueError(f"severity keys must be rule ids or categories, not {wrong}")
        return value

    def letter_type_for(self, path: str) -> str | None:
        """The letter type configured for this file, if a glob matches it."""
        posix = Path(path).as_posix()
        for pattern, kind in self.letter_types.items():
            if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                return kind
        return None


def find_config(start: Path) -> Path | None:
    """The nearest .lettercheck.toml, or pyproject.toml with [tool.lettercheck], at or
    above ``start``."""
    here = start.resolve()
    for folder in (here, *here.parents) if here.is_dir() else here.parents:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "lettercheck" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read a config file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("lettercheck", {})
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
