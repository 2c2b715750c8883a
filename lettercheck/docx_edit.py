"""Changing a Word letter at exact words: split runs, put comments on them, swap their text.

A finding points at characters of :attr:`Document.text`. The .docx reader can say which
w:t (or w:tab, w:br ...) each character came from (:class:`TextSource`); this module reads the
letter with python-docx, walks python-docx's own XML with the reader, and so can turn a
finding's offsets into runs of the document that is saved. Annotating and fixing both go
through :class:`WordLetter`, so the mapping and the run splitting exist once.

Runs are split where a comment must start or end; each part keeps a copy of the run's
formatting (w:rPr), so the letter looks the same.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable
from io import BytesIO

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.part import PartFactory, XmlPart
from docx.oxml import OxmlElement
from docx.shared import Pt
from docx.text.run import Run
from lxml import etree

from .atomic import write_bytes
from .model import Block, Document
from .readers import DEFAULT_LIMITS, Limits, ReadError, txt, with_text
from .readers.docx import RPR, R, T, TextSource, check_package, read_with_sources

# python-docx keeps parts it has no class for as bytes. Notes must be XML, so that the
# reader walks (and ``fix`` changes) the same tree that is saved.
for _content_type in (CT.WML_FOOTNOTES, CT.WML_ENDNOTES):
    PartFactory.part_type_for.setdefault(_content_type, XmlPart)

#: Origin parts that live in the main document story, where Word allows comments.
COMMENTABLE_PARTS = frozenset({"body", "table"})
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_NOT_EDITABLE = (
    "lettercheck kan dit Word-bestand lezen, maar niet veranderen. Open het in Word, sla het "
    "opnieuw op als Word-document (.docx) en probeer het nog een keer."
)


class WordLetter:
    """A .docx letter opened for changes: python-docx's document, lettercheck's reading of
    it, and for every character the XML element it lives in."""

    def __init__(self, word: WordDocument, document: Document, sources: list[TextSource]) -> None:
        self.word = word
        self.document = document
        self._sources = sources
        self._starts = [s.start for s in sources]

    @classmethod
    def open(cls, path: str, source: tuple[str, bytes], limits: Limits = DEFAULT_LIMITS) -> WordLetter:
        """Open a .docx letter, or turn a .txt letter into a plain Word letter
        (:meth:`from_text`), from the format and bytes ``read_source`` read. Raises
        ReadError for a letter that cannot be read."""
        fmt, data = source
        if fmt == "txt":
            letter = cls.from_text(with_text(txt.read(path, data, limits)))
        else:
            letter = cls.read(path, data, limits)
        with_text(letter.document)
        return letter

    @classmethod
    def read(cls, path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> WordLetter:
        """Open a .docx letter. Raises ReadError for anything the reader cannot read, and
        for the rare package python-docx cannot open."""
        check_package(data)  # type, size: before python-docx unpacks everything
        try:
            word = docx.Document(BytesIO(data))
        except Exception:  # noqa: BLE001 - python-docx raises many kinds on odd packages
            raise ReadError("not-editable", _NOT_EDITABLE) from None
        parts = {
            str(part.partname).lstrip("/"): part.element
            for part in word.part.package.iter_parts()
            if isinstance(part, XmlPart)
        }
        document, sources = read_with_sources(path, data, parts, limits)
        return cls(word, document, sources)

    @classmethod
    def from_text(cls, document: Document) -> WordLetter:
        """A plain Word letter with the text of a .txt letter, read back as a WordLetter.

        Each paragraph of the .txt (lines between blank lines) becomes one Word paragraph
        with line breaks, and each blank line an empty paragraph: the letter looks as it
        did, and its blocks, and so its sentences and findings, are those of the .txt.
        """
        word = docx.Document()
        word.styles["Normal"].paragraph_format.space_after = Pt(0)
        for line_group in _paragraphs(document.text):
            paragraph = word.add_paragraph()
            for number, page in enumerate(line_group.split("\f")):
                if number:
                    paragraph.add_run().add_break(WD_BREAK.PAGE)
                if page:
                    paragraph.add_run(page.replace("\v", "\n"))
        out = BytesIO()
        word.save(out)
        return cls.read(document.path, out.getvalue())

    # --- where things are ---------------------------------------------------------------

    def commentable(self, start: int) -> bool:
        """Whether a comment can sit at this offset (Word allows none in headers, footers,
        notes and text boxes)."""
        block = self.document.block_at(start)
        return block is not None and block.origin.part in COMMENTABLE_PARTS

    def first_paragraph(self) -> Block | None:
        """The first paragraph with text where a comment can sit."""
        return next((b for b in self.document.blocks if b.origin.part in COMMENTABLE_PARTS), None)

    def _index(self, offset: int) -> int | None:
        """Index of the source that holds the character at ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._sources[i].end:
            return i
        return None

    # --- comments -----------------------------------------------------------------------

    def runs(self, start: int, end: int) -> tuple[Run, Run] | None:
        """The first and last run of exactly the text ``start:end``, splitting runs where
        needed; None if no run holds that text."""
        self._split(start)
        self._split(end)
        inside = [
            s.element
            for s in self._sources[bisect.bisect_left(self._starts, start) :]
            if s.start < end
        ]
        runs = [r for r in (_run_of(e) for e in inside if e is not None) if r is not None]
        if not runs:
            return None
        return Run(runs[0], self.word.part), Run(runs[-1], self.word.part)

    def comment(self, start: int, end: int, text: str, author: str, initials: str) -> bool:
        """Put a comment on the text ``start:end``; False if it cannot go there."""
        if not self.commentable(start):
            return False
        runs = self.runs(start, end)
        if runs is None:
            return False
        self.word.add_comment(list(runs), text=text, author=author, initials=initials)
        return True

    def _split(self, offset: int) -> None:
        """Make ``offset`` the start of a run, so a comment can start or end there."""
        i = self._index(offset)
        if i is None:
            return
        source = self._sources[i]
        element = source.element
        if element is None:
            return
        at = source.offset + offset - source.start
        if at > 0 and element.tag == T:
            tail = OxmlElement("w:t")
            tail.text = element.text[at:]
            element.text = element.text[:at]
            for part in (element, tail):
                part.set(_XML_SPACE, "preserve")
            element.addnext(tail)
            self._sources[i : i + 1] = [
                TextSource(source.start, offset, element, source.offset),
                TextSource(offset, source.end, tail, 0),
            ]
            self._starts.insert(i + 1, offset)
            element = tail
        run = element.getparent()
        if run is None or run.tag != R:
            return  # text inside a wrapper in the run: the whole run is the anchor
        if next(c for c in run if c.tag != RPR) is element:
            return  # already the first content of its run
        new_run = OxmlElement("w:r")
        properties = run.find(RPR)
        if properties is not None:
            new_run.append(copy.deepcopy(properties))
        new_run.extend([element, *element.itersiblings()])
        run.addnext(new_run)

    # --- text ---------------------------------------------------------------------------

    def replace(self, edits: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Replace the text ``start:end`` by a new text for each edit, in the w:t elements,
        so formatting stays. A replacement over several runs goes into the first; the rest
        is trimmed. Edits over anything but plain run text (a tab, a symbol, a field mark)
        are left out. Returns the edits made. Offsets are those of the letter as read, so
        make all edits in one call, and put no comments after it."""
        done = []
        for start, end, text in sorted(edits, reverse=True):
            first, last = self._index(start), self._index(end - 1)
            if first is None or last is None:
                continue
            covered = self._sources[first : last + 1]
            if any(s.element is None or s.element.tag != T for s in covered):
                continue
            for source in reversed(covered):
                a = source.offset + max(start, source.start) - source.start
                b = source.offset + min(end, source.end) - source.start
                element = source.element
                new = text if source is covered[0] else ""
                element.text = element.text[:a] + new + element.text[b:]
                element.set(_XML_SPACE, "preserve")
            done.append((start, end, text))
        return done[::-1]

    # --- saving -------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        out = BytesIO()
        self.word.save(out)
        return out.getvalue()

    def save(self, path: str) -> None:
        """Write the changed letter to ``path`` atomically."""
        write_bytes(path, self.to_bytes())


def _run_of(element: etree._Element) -> etree._Element | None:
    """The run an element of run content sits in."""
    return next(element.iterancestors(R), None)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of a .txt letter (lines between blank lines), each blank line as ""."""
    groups: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
            continue
        if current:
            groups.append("\n".join(current))
            current = []
        groups.append("")
    if current:
        groups.append("\n".join(current))
    return groups
