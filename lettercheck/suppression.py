"""Findings a letter's writer has accepted: ``lettercheck: negeer`` markers and Word comments.

A template sometimes needs wording that a rule flags, for a good reason (a bailiff's
letter must name the seizure). The writer says so in the letter itself, like ``# noqa`` in
code, so the decision stays next to the words:

* in text, a marker on the line, or on its own line before it:
  ``<!-- lettercheck: negeer THR-02 -->``, ``# lettercheck: negeer THR-02 JRG-01``, or
  ``lettercheck: negeer`` for every rule. The marker itself is blanked out before the
  analysis (same length, so every offset stays valid): it never gives findings and never
  counts for the language level.
* in Word, a comment "lettercheck: negeer THR-02" on a passage (see :mod:`.docx_comments`).

A marker or comment that names a rule also accepts that rule's findings about something
missing (no referral, no contact), which have no place in the letter.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .config import is_selector, selector_matches
from .model import Document, Finding
from .prefilter import Folded, required_literals

#: The marker, from its comment opener (if any) up to ``-->`` or the end of the line. The
#: lookbehinds (no match starts inside a row of spaces, the codes never end in one) change
#: no match, but keep a line of many spaces or tabs fast.
MARKER = re.compile(
    r"(?:<!--|#|//|(?<![ \t]))[ \t]*lettercheck:[ \t]*negeer\b(?P<codes>.*?)(?<![ \t])[ \t]*(?:-->|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: What every marker contains. Most letters hold no marker, and looking for these words
#: (:mod:`.prefilter`) is much faster than the marker expression, which ``re`` has to try at
#: every character.
_MARKER_NEEDS = required_literals(MARKER.pattern, MARKER.flags)


@dataclass(frozen=True)
class Suppression:
    """A stretch of the letter (offsets in Document.text) where findings are accepted."""

    start: int
    end: int
    #: Rule ids, id prefixes or categories; None accepts every rule.
    codes: tuple[str, ...] | None

    def covers(self, finding: Finding) -> bool:
        if self.codes is not None and not any(
            selector_matches(code, finding.rule, finding.category) for code in self.codes
        ):
            return False
        if finding.start is None or finding.end is None:
            return self.codes is not None
        return finding.start < self.end and self.start < max(finding.end, finding.start + 1)


def parse_codes(text: str) -> tuple[str, ...] | None:
    """The rules a marker names: the selectors right after ``negeer`` (words after them
    are a free explanation). None when it names none: then it accepts every rule."""
    codes: list[str] = []
    for word in re.split(r"[\s,;:]+", text.strip()):
        if not word or not is_selector(word):
            break
        codes.append(word)
    return tuple(codes) or None


def comment_suppression(start: int, end: int, comment: str) -> Suppression | None:
    """The suppression a Word comment on ``start:end`` asks for, if it is a marker."""
    match = MARKER.search(comment)
    return Suppression(start, end, parse_codes(match["codes"])) if match else None


def strip_markers(document: Document) -> tuple[Document, list[Suppression]]:
    """The document with its markers blanked out, and what they suppress.

    A marker covers the line it is on; a marker alone on its line covers the next line with
    text. For .docx a "line" is a paragraph.
    """
    if not Folded(document.text).may_match(_MARKER_NEEDS):
        return document, []
    matches = list(MARKER.finditer(document.text))
    if not matches:
        return document, []
    chars = list(document.text)
    for m in matches:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    text = "".join(chars)
    lines = _lines(document, text)
    starts = [start for start, _ in lines]
    found = []
    for m in matches:
        i = bisect.bisect_right(starts, m.start()) - 1
        while i < len(lines) and not text[lines[i][0] : lines[i][1]].strip():
            i += 1
        # A marker with no line after it still accepts what is missing from the letter.
        span = lines[i] if i < len(lines) else (m.start(), m.start())
        found.append(Suppression(*span, parse_codes(m["codes"])))
    blocks = [
        dataclasses.replace(b, text=text[b.start : b.end]) for b in document.blocks if text[b.start : b.end].strip()
    ]
    placeholders = [p for p in document.placeholders if text[p.start : p.end].strip()]
    return dataclasses.replace(document, text=text, blocks=blocks, placeholders=placeholders), found


def _lines(document: Document, text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a .txt letter, or of each paragraph of a .docx."""
    if document.format != "txt":
        return [(b.start, b.end) for b in document.blocks]
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def apply(findings: Iterable[Finding], suppressions: Sequence[Suppression]) -> tuple[list[Finding], int]:
    """The findings no suppression covers, and how many were left out."""
    findings = list(findings)
    if not suppressions:  # most letters
        return findings, 0
    kept = [f for f in findings if not any(s.covers(f) for s in suppressions)]
    return kept, len(findings) - len(kept)
