"""Plain-text letters: decoding, line ends and paragraphs.

Letters come out of many systems: UTF-8 with or without a byte order mark, UTF-16 from
Windows tools, Windows-1252 from older Word exports, and LF, CRLF or CR line ends. All of
them must give the same Document, so that the same letter gives the same findings.
"""

from __future__ import annotations

import codecs
import re

from ..model import Block, Document, Origin
from ..placeholders import find_placeholders
from . import DEFAULT_LIMITS, Limits, ReadError, check_length

# UTF-32 LE before UTF-16 LE: its byte order mark starts with UTF-16 LE's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, line feed and form feed mean this is not text.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes) -> str:
    """The text in ``data``. Raises ReadError for data that is not text."""
    return decode_as(data)[0]


def decode_as(data: bytes) -> tuple[str, bytes, str]:
    """The text in ``data``, its byte order mark (or b"") and the codec of the rest, so
    that a changed letter can be written back exactly as it came. Raises ReadError for
    data that is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), bom, encoding
            except UnicodeDecodeError:
                raise ReadError(
                    "undecodable",
                    "De tekens in dit bestand kloppen niet met de codering. "
                    "Sla het bestand opnieuw op als UTF-8.",
                ) from None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ReadError(
            "binary",
            "Dit lijkt een Word-bestand met de naam .txt. Open het in Word en sla het op als "
            "Word-document (.docx), of als tekst (.txt).",
        )
    if b"\x00" in data:
        raise ReadError(
            "binary",
            "Dit bestand is geen gewone tekst. Sla de brief op als .txt (UTF-8) of .docx.",
        )
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), b"", encoding
        except UnicodeDecodeError:
            pass
    raise ReadError(
        "undecodable",
        "lettercheck kan de tekens in dit bestand niet lezen. Sla het bestand opnieuw op als UTF-8.",
    )


def normalise(text: str) -> str:
    """Make every line end a single ``\\n`` (CRLF and lone CR as well)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(path: str, text: str) -> Document:
    """Build a Document from decoded text: one block per paragraph (lines between blank
    lines), so that a sentence wrapped over several lines stays one sentence."""
    text = normalise(text)
    if _BINARY.search(text):
        raise ReadError(
            "binary",
            "Dit bestand is geen gewone tekst. Sla de brief op als .txt (UTF-8) of .docx.",
        )
    blocks: list[Block] = []
    para_start = para_line = None
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if para_start is None:
                para_start, para_line = offset, number
            para_end = offset + len(line)
        elif para_start is not None:
            blocks.append(Block(text[para_start:para_end], para_start, Origin("text", para_line, 1)))
            para_start = None
        offset += len(line) + 1
    if para_start is not None:
        blocks.append(Block(text[para_start:para_end], para_start, Origin("text", para_line, 1)))
    return Document(
        path=path,
        format="txt",
        text=text,
        blocks=blocks,
        placeholders=find_placeholders(text),
    )


def read(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Decode and parse a .txt letter; a text too long for a letter is not parsed."""
    text = decode(data)
    check_length(text, limits)
    return parse(path, text)
