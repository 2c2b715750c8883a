"""A baseline: the findings a team has accepted for now, so that only new ones count.

``--write-baseline FILE`` records every finding of a run by letter, rule and a hash of its
words and the sentence around them. Not by line: a paragraph added above an old finding
does not make it new, while a changed sentence does. ``--baseline FILE`` leaves out the
findings the file holds. Each entry accepts one finding, so a second, identical threat in
the same letter is new. Paths are stored relative to the baseline file, so the check can
run from any folder. The words themselves are stored too, for people reviewing the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_bytes
from .config import ConfigError

if TYPE_CHECKING:
    from .analysis import RunResult
    from .model import FileResult, Finding

SCHEMA = "lettercheck-baseline/1"
#: Where a sentence ends, for the sentence around a finding.
_SENTENCE_END = re.compile(r"[.?!](?=\s)|\n[ \t]*\n")

Entry = tuple[str, str, str]  # path relative to the baseline, rule, hash


def fingerprint(result: FileResult, finding: Finding) -> str:
    """A hash of the rule, the finding's words and its sentence, whitespace and case
    normalised; the same for a finding about something missing wherever lines move."""
    text = result.text or ""
    words = sentence = ""
    if finding.start is not None and finding.end is not None:
        words = text[finding.start : finding.end]
        left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, finding.start)), default=0)
        right = _SENTENCE_END.search(text, finding.end)
        sentence = text[left : right.end() if right else len(text)]
    parts = (finding.rule, *(" ".join(part.split()).casefold() for part in (words, sentence)))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:24]


def write(run: RunResult, target: Path) -> int:
    """Write every finding of the run to ``target`` (atomically); the number written."""
    folder = target.resolve().parent
    entries = sorted(
        (
            {"path": _relative(r.path, folder), "rule": f.rule, "hash": fingerprint(r, f), "text": f.text}
            for r in run.files
            for f in r.findings
        ),
        key=lambda e: (e["path"], e["rule"], e["hash"]),
    )
    data = {"schema": SCHEMA, "findings": entries}
    write_bytes(target, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return len(entries)


def load(path: Path) -> Counter[Entry]:
    """The entries of a baseline file. Raises ConfigError (a usage error) when the file is
    not a baseline."""
    try:
        data = json.loads(path.read_bytes())
        if data.get("schema") != SCHEMA:
            raise ValueError(f"schema is not {SCHEMA}")
        return Counter((e["path"], e["rule"], e["hash"]) for e in data["findings"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: dit is geen bruikbaar baseline-bestand ({exc}). Maak het opnieuw met --write-baseline."
        ) from None


def apply(run: RunResult, entries: Counter[Entry], baseline: Path) -> None:
    """Leave out the findings the baseline holds, each entry once; count them per letter."""
    folder = baseline.resolve().parent
    left = Counter(entries)
    for result in run.files:
        path = _relative(result.path, folder)
        kept = []
        for finding in result.findings:
            entry = (path, finding.rule, fingerprint(result, finding))
            if left[entry] > 0:
                left[entry] -= 1
                result.baselined += 1
            else:
                kept.append(finding)
        result.findings = kept


def _relative(path: str, folder: Path) -> str:
    """A letter's path relative to the baseline's folder, with forward slashes."""
    return Path(os.path.relpath(Path(path).resolve(), folder)).as_posix()
