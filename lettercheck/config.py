"""Configuration: ``.lettercheck.toml`` or ``[tool.lettercheck]`` in ``pyproject.toml``.

The file is found by walking up from the checked path, the way ruff finds its settings, or
named with ``--config``. Command-line options win over the file. The organisation profile
tells rules what they cannot read from one letter: who sends it, the house style, and the
organisation's own phone numbers and referral partners. Overrides give templates that
differ (business-to-business letters without the consumer referral rules) their own
settings by glob; :meth:`Config.for_file` gives the settings of one file, and where each
came from.
"""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ByteSize, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from .model import CATEGORIES
from .levels import LEVELS
from .readers import DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LETTER_LENGTH, MAX_PIPELINE_LENGTH
from .rulepack import LETTER_TYPES

if TYPE_CHECKING:
    from .rulepack import Rule

CONFIG_FILE = ".lettercheck.toml"
#: Where a setting came from when no file or option set it, and when an option did.
DEFAULT_SOURCE = "standaard"
COMMAND_LINE = "opdrachtregel"
_SELECTOR = re.compile(r"^(?:ALL|[A-Z]{3}(?:-\d{2,3})?)$", re.IGNORECASE)


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


class Settings(_Section):
    """The settings that can differ per file: the top level of the config and each override."""

    target: str = "B1"
    severity: dict[str, Literal["error", "warning", "info", "off"]] = Field(default_factory=dict)
    letter_types: dict[str, str] = Field(default_factory=dict)
    profile: Profile = Field(default_factory=Profile)
    #: Rules to check, by id ("THR-02"), id prefix ("THR"), category ("threat") or "ALL";
    #: unset means all. ``ignore`` takes rules out of what is selected.
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)

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

    @field_validator("select", "ignore")
    @classmethod
    def _selectors(cls, value: list[str] | None) -> list[str] | None:
        wrong = [code for code in value or [] if not is_selector(code)]
        if wrong:
            raise ValueError(f"use rule ids (THR-02), id prefixes (THR), categories or ALL, not {wrong}")
        return value


class Override(Settings):
    """Settings for the files that match ``files`` (globs relative to the config file)."""

    files: list[str] = Field(min_length=1)


class Config(Settings):
    """A configuration file: the settings for all files, the pipeline, and per-glob overrides.

    A run has one pipeline, which every report names, so ``model`` cannot be overridden.
    The limits against huge files are the run's too ("10 MB" or a number of bytes).
    """

    model: str | None = None
    max_file_size: ByteSize = Field(default=ByteSize(DEFAULT_MAX_FILE_SIZE), gt=0)
    max_letter_length: int = Field(default=DEFAULT_MAX_LETTER_LENGTH, gt=0, le=MAX_PIPELINE_LENGTH)
    overrides: list[Override] = Field(default_factory=list)
    #: The folder globs are relative to, and how the file is named in ``lettercheck config``.
    _root: Path | None = PrivateAttr(default=None)
    _name: str = PrivateAttr(default=DEFAULT_SOURCE)

    @property
    def source(self) -> str:
        return self._name

    def globs_matched(self, path: str) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
        """Which overrides and which letter-type globs (of any layer) match ``path``: all
        that :meth:`for_file` asks of the path, so files with the same answer get the same
        settings."""
        type_globs = dict.fromkeys([*self.letter_types, *(p for o in self.overrides for p in o.letter_types)])
        return (
            tuple(any(matches(path, pattern, self._root) for pattern in o.files) for o in self.overrides),
            tuple(matches(path, pattern, self._root) for pattern in type_globs),
        )

    def for_file(
        self,
        path: str,
        target: str | None = None,
        letter_type: str | None = None,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
    ) -> FileSettings:
        """The settings for one file: the top level, then each override whose globs match
        it (in file order), then the command line. Tables merge key by key; ``select``
        starts the selection afresh, ``ignore`` takes rules out of it (as in ruff)."""
        layers: list[tuple[str, Settings, set[str]]] = [(self._name, self, set(self.model_fields_set))]
        for number, override in enumerate(self.overrides, 1):
            if any(matches(path, pattern, self._root) for pattern in override.files):
                where = f"{self._name}, overrides[{number}] ({', '.join(override.files)})"
                layers.append((where, override, set(override.model_fields_set) - {"files"}))
        line = Settings.model_validate(
            {k: v for k, v in (("target", target), ("select", select), ("ignore", list(ignore))) if v}
        )
        layers.append((COMMAND_LINE, line, set(line.model_fields_set)))

        chosen_target, sources = self.target, {"target": DEFAULT_SOURCE}
        severity: dict[str, str] = {}
        letter_types: dict[str, str] = {}
        profile: dict[str, Any] = {}
        selection: list[tuple[tuple[str, ...] | None, tuple[str, ...]]] = []
        for where, layer, given in layers:
            if "target" in given:
                chosen_target, sources["target"] = layer.target, where
            for key, level in layer.severity.items():
                severity[key], sources[f"severity.{key}"] = level, where
            for pattern, kind in layer.letter_types.items():
                letter_types[pattern], sources[f"letter-types.{pattern}"] = kind, where
            for key in layer.profile.model_fields_set:
                profile[key], sources[f"profile.{key}"] = getattr(layer.profile, key), where
            if given & {"select", "ignore"}:
                selected = tuple(layer.select) if "select" in given and layer.select is not None else None
                selection.append((selected, tuple(layer.ignore)))
                sources[f"selection.{len(selection)}"] = where
        pattern = None if letter_type else next((p for p in letter_types if matches(path, p, self._root)), None)
        sources["letter-type"] = COMMAND_LINE if letter_type else sources.get(f"letter-types.{pattern}", "")
        return FileSettings(
            target=chosen_target,
            severity=severity,
            letter_type=letter_type or (letter_types[pattern] if pattern else None),
            profile=Profile(**profile),
            selection=tuple(selection),
            sources=sources,
        )


@dataclass(frozen=True)
class FileSettings:
    """The effective settings for one file, and where each came from."""

    target: str
    severity: dict[str, str]
    letter_type: str | None
    profile: Profile
    selection: tuple[tuple[tuple[str, ...] | None, tuple[str, ...]], ...]
    sources: dict[str, str] = field(compare=False)

    def selects(self, rule: Rule) -> bool:
        """Whether the rule is checked: each layer's ``select`` starts afresh, its
        ``ignore`` takes rules out; ``off`` in ``severity`` also switches a rule off."""
        on = True
        for selected, ignored in self.selection:
            if selected is not None:
                on = any(selector_matches(code, rule.id, rule.category) for code in selected)
            if any(selector_matches(code, rule.id, rule.category) for code in ignored):
                on = False
        level = self.severity.get(rule.id) or self.severity.get(rule.category)
        return on and level != "off"

    @cached_property
    def rules_key(self) -> str:
        """What the compiled rules depend on (severity, profile, selection) as JSON: files
        with the same key share a Checker. Made once per FileSettings, which files share."""
        return json.dumps([self.severity, self.profile.model_dump(mode="json"), self.selection])

    @cached_property
    def fingerprint(self) -> str:
        """Everything that changes the findings for the same text, as stable JSON: part of
        the cache key of every file, so made once per FileSettings too."""
        return json.dumps(
            {
                "target": self.target,
                "severity": self.severity,
                "letter_type": self.letter_type,
                "profile": self.profile.model_dump(mode="json"),
                "selection": self.selection,
            },
            sort_keys=True,
            ensure_ascii=False,
        )


def is_selector(code: str) -> bool:
    """A rule id, an id prefix, a category or ALL."""
    return code.lower() in CATEGORIES or bool(_SELECTOR.match(code))


def selector_matches(code: str, rule_id: str, category: str) -> bool:
    """Whether a selector names this rule: by id, id prefix, category or ALL."""
    return code.upper() in ("ALL", rule_id, rule_id.split("-")[0]) or code.lower() == category


def matches(path: str, pattern: str, root: Path | None = None) -> bool:
    """Whether a glob matches a file: against its path relative to ``root`` (the config
    file's folder), its path as given, or its name. ``*`` and ``**`` both cross folders,
    and a leading ``**/`` may also match no folder at all."""
    given = Path(path)
    candidates = [given.as_posix(), given.name]
    if root is not None:
        try:
            candidates.insert(0, given.resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            pass
    patterns = [pattern, pattern[3:]] if pattern.startswith("**/") else [pattern]
    return any(fnmatch.fnmatch(c, p) for c in candidates for p in patterns)


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
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    config._root, config._name = path.resolve().parent, str(path)
    return config


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
