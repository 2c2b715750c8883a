"""One uploaded letter: its result for the page, and the copies to download.

The library reads letters from paths and writes its copies to paths (the CLI's own calls:
:meth:`~lettercheck.analysis.Linter.check_paths`, :func:`~lettercheck.annotate.annotate`,
:func:`~lettercheck.fix.fix`).
So the upload is written to a fresh temporary folder under a fixed name, checked there, and
the folder is removed before the page is sent: the letter is never stored. The name the
browser sent is only shown on the page and used for the names of the downloads.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from ..annotate import annotate
from ..fix import Edit, fix
from ..readers import ReadError

if TYPE_CHECKING:
    from ..analysis import Linter, RunResult

WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_MIMETYPES = {".docx": WORD_TYPE, ".txt": "text/plain"}
#: An extension that may become part of the temporary file's name (others read as "none").
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


@dataclass(frozen=True)
class Download:
    """A finished copy: the name the browser saves it under, its type and its bytes."""

    name: str
    mimetype: str
    data: bytes


@dataclass
class Checked:
    """What checking one upload gave: a run of one letter, as ``lettercheck check`` gives it
    (an unreadable letter is an error result with the CLI's code and message).
    ``annotated`` and ``fixed`` are None when the copy could not be made, or there was
    nothing to fix; ``unavailable`` says why a copy could not be made (Dutch, B1)."""

    run: RunResult
    annotated: Download | None = None
    fixed: Download | None = None
    edits: list[Edit] = field(default_factory=list)
    unavailable: str | None = None


def file_name(sent: str) -> str:
    """The last part of the name a browser sent (some send a whole Windows path)."""
    return PureWindowsPath(sent).name.strip() or "brief"


def check_upload(linter: Linter, name: str, data: bytes, title: str | None = None) -> Checked:
    """Check the letter ``data`` that was uploaded as ``name`` and make its annotated and
    fixed copies. ``title`` is what the page calls the letter (default: ``name``)."""
    name = file_name(name)
    suffix = Path(name).suffix.lower()
    stem = Path(name).stem or "brief"
    with tempfile.TemporaryDirectory(prefix="lettercheck-") as folder:
        letter = Path(folder) / ("brief" + (suffix if _SUFFIX.fullmatch(suffix) else ""))
        letter.write_bytes(data)
        run = linter.check_paths([str(letter)])
        run.files = [replace(result, path=title or name) for result in run.files]
        checked = Checked(run)
        if run.files[0].status != "ok":
            return checked
        try:
            annotated = Path(folder) / "opmerkingen.docx"
            if annotate(linter, str(letter), str(annotated)).result.status == "ok":
                checked.annotated = Download(f"{stem}-opmerkingen.docx", WORD_TYPE, annotated.read_bytes())
            fixed_copy = Path(folder) / ("verbeterd" + suffix)
            fixed = fix(linter, str(letter), str(fixed_copy))
            if fixed.written and fixed.edits:
                checked.fixed = Download(f"{stem}-verbeterd{suffix}", _MIMETYPES[suffix], fixed_copy.read_bytes())
                checked.edits = fixed.edits
        except ReadError as exc:  # python-docx cannot open every package the reader can
            checked.unavailable = exc.message
    return checked
