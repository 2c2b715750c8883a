"""The data that flows through lettercheck: documents in, findings and results out.

Readers build a :class:`Document`; the analysis turns it into a :class:`FileResult`;
formatters only read results. Keeping these types free of spaCy objects is what lets a
formatter, the cache or the web page work without loading a pipeline.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How serious a finding is; ordered so that ``error`` > ``warning`` > ``info``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

#: Dutch words for the severities (one, more), for reports that people read.
SEVERITY_WORDS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("fout", "fouten"),
    Severity.WARNING: ("waarschuwing", "waarschuwingen"),
    Severity.INFO: ("tip", "tips"),
}

#: The fixed category names. Rule packs may only use these.
CATEGORIES: tuple[str, ...] = (
    "readability",
    "jargon",
    "threat",
    "tone",
    "referral",
    "contact",
    "payment-plan",
    "legal",
    "layout",
)

#: Dutch names for the categories, for summaries that people read.
CATEGORY_LABELS: dict[str, str] = {
    "readability": "leesbaarheid",
    "jargon": "moeilijke woorden",
    "threat": "dreigen",
    "tone": "toon",
    "referral": "hulp bij geldzorgen",
    "contact": "contact",
    "payment-plan": "betalingsregeling",
    "legal": "wettelijke eisen",
    "layout": "opmaak",
}

#: Dutch names for the parts of a .docx, used in human-readable locations.
PART_LABELS: dict[str, str] = {
    "text": "tekst",
    "body": "hoofdtekst",
    "table": "tabel",
    "header": "koptekst",
    "footer": "voettekst",
    "textbox": "tekstvak",
    "footnote": "voetnoot",
    "endnote": "eindnoot",
}

#: Dutch names for the senders, for reports that people read.
SENDER_LABELS: dict[str, str] = {"creditor": "schuldeiser", "incassobureau": "incassobureau", "deurwaarder": "deurwaarder"}


@dataclass(frozen=True)
class Origin:
    """Where a block of text came from in the source file.

    For .txt, ``line`` and ``column`` are the 1-based position of the block's first
    character in the file. For .docx, ``line`` is the paragraph's number in reading order
    (Word has no line numbers; this is what a reader can count), ``part`` names the part
    of the document and ``detail`` narrows it down (for example "tabel 1, rij 2, cel 3").
    """

    part: str
    line: int
    column: int = 1
    detail: str = ""

    def describe(self) -> str:
        label = PART_LABELS.get(self.part, self.part)
        if self.part == "text":
            return f"regel {self.line}"
        where = self.detail if self.detail.startswith(label) else ", ".join(filter(None, (label, self.detail)))
        return f"{where}, alinea {self.line}"


@dataclass(frozen=True)
class Placeholder:
    """A template field such as «Naam» or {{ bedrag }}: one opaque token in the analysis."""

    start: int
    end: int
    name: str
    kind: str  # amount, phone, email, url, date, name, address, iban, reference, number, other


@dataclass
class Block:
    """A run of text that belongs together: a paragraph, a table cell, a header line.

    ``start`` is the offset of the block in :attr:`Document.text`. Blocks never overlap and
    are kept in reading order. Sentences never cross a block boundary.
    """

    text: str
    start: int
    origin: Origin
    style: dict[str, Any] = field(default_factory=dict)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) in the source file of a document offset."""
        rel = offset - self.start
        if self.origin.part != "text":
            return self.origin.line, rel + 1
        newlines = bisect.bisect_left(self._newlines, rel)
        if newlines == 0:
            return self.origin.line, self.origin.column + rel
        return self.origin.line + newlines, rel - self._newlines[newlines - 1]

    @cached_property
    def _newlines(self) -> list[int]:
        """Where the line breaks are: a block of many lines is not counted again per offset.
        Found with str.find, which skips the characters in between at C speed."""
        found: list[int] = []
        i = self.text.find("\n")
        while i >= 0:
            found.append(i)
            i = self.text.find("\n", i + 1)
        return found


@dataclass
class Document:
    """A letter as lettercheck sees it: one text and the blocks it is made of.

    For .txt, ``text`` is the decoded file with line ends made ``\\n``. For .docx it is
    the visible text, blocks separated by a blank line. All offsets in findings point into
    ``text``.
    """

    path: str
    format: str
    text: str
    blocks: list[Block]
    placeholders: list[Placeholder] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        """The block that holds ``offset``, or None for the gap between two blocks."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def locate(self, offset: int) -> tuple[int | None, int | None, str]:
        """Line, column and a Dutch description of where ``offset`` sits in the source."""
        block = self.block_at(offset)
        if block is None:
            return None, None, ""
        line, column = block.locate(offset)
        return line, column, block.origin.describe()

    def locate_end(self, end: int) -> tuple[int | None, int | None]:
        """Line and column just after the last character of a span that ends at ``end``:
        the exclusive end that SARIF and editors expect."""
        block = self.block_at(end - 1)
        if block is None:
            return None, None
        line, column = block.locate(end - 1)
        return line, column + 1


@dataclass(slots=True)
class Finding:
    """One thing a rule noticed. A finding about something missing has no span.

    With slots: a batch keeps every finding of every letter (a thousand letters hold over
    ten thousand), and without an attribute dict each takes a third less memory."""

    rule: str
    category: str
    severity: Severity
    message: str
    suggestions: list[str]
    source: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    location: str = ""
    #: Where the span ends: the line and the column after its last character.
    end_line: int | None = None
    end_column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "location": self.location,
            "suggestions": list(self.suggestions),
            "source": self.source,
        }


@dataclass
class FileError:
    """Why a file could not be analysed. ``code`` is stable; ``message`` is Dutch."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class FileResult:
    """Everything lettercheck found out about one file."""

    path: str
    status: str  # "ok" or "error"
    error: FileError | None = None
    letter_type: str | None = None
    sender: str | None = None
    readability: dict[str, Any] | None = None
    findings: list[Finding] = field(default_factory=list)
    #: The analysed text (``Document.text``) that offsets point into, for formats that show
    #: the letter itself (HTML). Not in the JSON, to keep it small: its readers have the file.
    text: str | None = None
    #: Findings left out because the letter says so (a marker, a Word comment) ...
    suppressed: int = 0
    #: ... and because the baseline file already holds them.
    baselined: int = 0
    #: What the analysed bytes were (:func:`~lettercheck.readers.source_digest`): the cache
    #: keeps a result only under the key of those same bytes. Not in the JSON.
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "letter_type": self.letter_type,
            "sender": self.sender,
            "readability": self.readability,
            "findings": [f.to_dict() for f in self.findings],
            "suppressed": self.suppressed,
            "baselined": self.baselined,
        }


@dataclass(frozen=True)
class PipelineInfo:
    """Which Dutch pipeline ran: every report names it."""

    name: str
    version: str
    trained: bool

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "trained": self.trained}
