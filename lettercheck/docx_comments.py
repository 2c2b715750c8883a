"""Word comments that accept findings: "lettercheck: negeer THR-02" on a passage.

Word marks a comment's passage with w:commentRangeStart and w:commentRangeEnd in
word/document.xml; the comment's text is in word/comments.xml. This module finds the
comments that are markers and turns their passage into offsets of Document.text, through
the .docx reader's record of where each character came from. Most letters have no such
comment: that is seen from comments.xml alone, before anything else is parsed again (and a
batch, which reads the letter anyway, takes the package it opened and the walk it did).
"""

from __future__ import annotations

import zipfile

from lxml import etree

from .model import Document
from .readers import DEFAULT_LIMITS, Limits, parse_source, read_source, with_text
from .readers.docx import T, W_ID, W_NS, TextSource, check_package, parse_xml, read_part, read_with_sources
from .suppression import MARKER, Suppression, comment_suppression

COMMENTS_PART = "word/comments.xml"
_COMMENT, _RANGE_START, _RANGE_END = (f"{{{W_NS}}}{n}" for n in ("comment", "commentRangeStart", "commentRangeEnd"))
_PARAGRAPH = f"{{{W_NS}}}p"


def comment_suppressions(
    path: str, limits: Limits = DEFAULT_LIMITS, source: tuple[str, bytes] | None = None
) -> list[Suppression]:
    """The suppressions that the comments of a .docx letter ask for; none for a .txt letter.
    ``source``: the format and bytes already read, else the file is read."""
    fmt, data = source or read_source(path, limits)
    if fmt != "docx":
        return []
    archive = check_package(data)
    markers = _markers(archive)
    if not markers:
        return []
    _, sources = read_with_sources(path, data, limits=limits, archive=archive)
    return _suppressions(markers, sources)


def parse_with_suppressions(
    path: str, fmt: str, data: bytes, limits: Limits = DEFAULT_LIMITS
) -> tuple[Document, list[Suppression]]:
    """:func:`~lettercheck.readers.parse_source` and :func:`comment_suppressions` in one:
    a batch opens and checks a .docx package once, and walks it once, for both."""
    if fmt != "docx":
        return parse_source(path, fmt, data, limits), []
    archive = check_package(data)
    document, sources = read_with_sources(path, data, limits=limits, archive=archive)
    with_text(document)
    markers = _markers(archive)
    return document, _suppressions(markers, sources) if markers else []


def _markers(archive: zipfile.ZipFile) -> dict[str, str]:
    """Comment id -> text of the comments that are markers, read from comments.xml alone."""
    name = next((n for n in archive.namelist() if n.lower() == COMMENTS_PART), None)
    if name is None:
        return {}
    raw = read_part(archive, name)
    if b"lettercheck" not in raw.lower():
        return {}
    return {
        comment.get(W_ID): text
        for comment in parse_xml(raw).iter(_COMMENT)
        if MARKER.search(text := _comment_text(comment))
    }


def _suppressions(markers: dict[str, str], sources: list[TextSource]) -> list[Suppression]:
    """The suppressions of the marker comments, over the text of their passages."""
    by_element: dict[etree._Element, list[tuple[int, int]]] = {}
    for source in sources:
        if source.element is not None:
            by_element.setdefault(source.element, []).append((source.start, source.end))
    body = next(
        (root for s in sources if s.element is not None
         if (root := s.element.getroottree().getroot()).tag == f"{{{W_NS}}}document"),
        None,
    )
    if body is None:
        return []
    spans: dict[str, list[int]] = {}
    open_ids: set[str] = set()
    for element in body.iter():
        if element.tag == _RANGE_START and element.get(W_ID) in markers:
            open_ids.add(element.get(W_ID))
        elif element.tag == _RANGE_END:
            open_ids.discard(element.get(W_ID))
        elif open_ids and element in by_element:
            for start, end in by_element[element]:
                for comment_id in open_ids:
                    span = spans.setdefault(comment_id, [start, end])
                    span[0], span[1] = min(span[0], start), max(span[1], end)
    # A comment on no visible text still accepts the findings about something missing.
    found = [comment_suppression(*spans.get(i, (0, 0)), text) for i, text in markers.items()]
    return [s for s in found if s is not None]


def _comment_text(comment: etree._Element) -> str:
    """The visible text of a comment, its paragraphs joined by a line break."""
    return "\n".join("".join(t.text or "" for t in p.iter(T)) for p in comment.iter(_PARAGRAPH))
