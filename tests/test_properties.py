"""Properties that hold for any input: readers and the analysis never raise anything but a
ReadError, and every position they give points into the text, at the right line and column.

Letters are generated from pieces of real collection letters (formal words, threats,
amounts, template fields, markers, subject lines) mixed with arbitrary text, line ends and
control characters, so that the rules have something to find in odd surroundings.
"""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hostile_files import docx_with_body

from lettercheck.analysis import Linter
from lettercheck.model import Document
from lettercheck.readers import ReadError
from lettercheck.readers import docx as docx_reader
from lettercheck.readers import txt as txt_reader

_PIECES = [
    "Geachte heer De Vries,", "Beste Sanne,", "Geachte debiteur,", "Betreft: aanmaning", "Indien", "indien u",
    "gerechtelijke stappen", "zonder nadere aankondiging", "€ 40,00", "€ 1.250,-", "12,50 euro", "incassokosten",
    "hoofdsom", "btw", "binnen 14 dagen na dagtekening", "«Naam»", "{{ bedrag }}", "[DATUM]", "%NAAM%", "<<ref>>",
    "lettercheck: negeer THR-02", "<!-- lettercheck: negeer -->", "0800-8115", "010 123 45 67", "info@example.nl",
    "https://geldfit.nl", "u", "je", "BETAAL NU", "LAATSTE WAARSCHUWING!!", "deurwaarder", "beslag", "Met vriendelijke groet,",
    "t.a.v.", "d.d.", "1.", "-", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u200b", "\u2028", "\x0c", "é", "ß",
    "😀", "e\u0301", "\u202e", "İ", "ﬁ",
]
LETTERS = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map(" ".join)


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Line and column of an offset, counted from the text itself."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _check_document(document: Document) -> None:
    text = document.text
    previous_end = 0
    for block in document.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert text[block.start : block.end] == block.text and block.text.strip()
        previous_end = block.end
    previous_end = 0
    for field in document.placeholders:
        assert previous_end <= field.start < field.end <= len(text)
        previous_end = field.end
    if document.format == "txt":
        for block in document.blocks:
            for offset in (block.start, (block.start + block.end) // 2, block.end - 1):
                assert document.locate(offset)[:2] == _line_and_column(text, offset)


@settings(max_examples=300, deadline=None)
@given(st.one_of(LETTERS, st.text()), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_txt_reader_any_text_in_any_encoding(text: str, encoding: str, line_end: str) -> None:
    raw = text.replace("\n", line_end)
    try:
        data = raw.encode(encoding)
    except UnicodeEncodeError:
        data = raw.encode("utf-8")
    try:
        document = txt_reader.read("brief.txt", data)
    except ReadError as error:
        assert error.code in ("binary", "undecodable", "too-long")
        return
    _check_document(document)
    expected = raw.replace("\r\n", "\n").replace("\r", "\n")
    if encoding != "cp1252" and not expected.startswith("\ufeff"):
        assert document.text == expected  # what was written is what is read, line ends made \n


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]))
def test_txt_reader_any_bytes(data: bytes, bom: bytes) -> None:
    try:
        _check_document(txt_reader.read("brief.txt", bom + data))
    except ReadError as error:
        assert error.code and error.message


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@settings(max_examples=150, deadline=None)
@given(st.lists(LETTERS, min_size=1, max_size=6))
def test_docx_reader_any_paragraph_text(paragraphs: list[str]) -> None:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    try:
        document, sources = docx_reader.read_with_sources("brief.docx", docx_with_body(body))
    except ReadError as error:  # characters XML does not allow, such as most control characters
        assert error.code == "corrupt-docx"
        return
    _check_document(document)
    for source in sources:
        assert 0 <= source.start < source.end <= len(document.text)
        if source.element is not None and source.element.text:
            shown = document.text[source.start : source.end]
            assert source.element.text[source.offset : source.offset + len(shown)] == shown


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LETTERS)
def test_analysis_of_any_text_points_into_the_text(linter: Linter, text: str) -> None:
    result = linter.check_text(text, "brief.txt")
    if result.status == "error":  # control characters: not a letter, but no exception either
        assert result.error.code == "binary" and any(ord(c) < 32 and c not in "\t\n\r\x0b\x0c" for c in text)
        return
    shown = result.text
    assert shown == text.replace("\r\n", "\n").replace("\r", "\n")
    for finding in result.findings:
        if finding.start is None:
            assert finding.end is None and finding.line is None and finding.text is None
            continue
        assert 0 <= finding.start < finding.end <= len(shown)
        assert shown[finding.start : finding.end] == finding.text
        assert (finding.line, finding.column) == _line_and_column(shown, finding.start)
        end_line, end_column = _line_and_column(shown, finding.end - 1)
        assert (finding.end_line, finding.end_column) == (end_line, end_column + 1)
    for sentence in result.readability["sentence_difficulty"]:
        assert 0 <= sentence["start"] <= sentence["end"] <= len(shown)
