"""Readers turn a file into a :class:`~lettercheck.model.Document`, one module per format.

Readers know file formats and nothing about rules. Each raises :class:`ReadError` with a
stable code and a Dutch message when a file cannot be read; the caller reports it and
moves on to the next file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..model import Block, Document, Origin, Placeholder
from ..placeholders import find_placeholders, merge_placeholders

#: File extensions lettercheck reads, mapped to the reader module's name.
SUPPORTED_SUFFIXES: dict[str, str] = {".txt": "txt", ".docx": "docx"}

BLOCK_SEPARATOR = "\n\n"


class ReadError(Exception):
    """A file that cannot be analysed. ``code`` is stable, ``message`` is Dutch (B1)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def assemble(
    path: str,
    fmt: str,
    pieces: Iterable[tuple[str, Origin, dict]],
) -> Document:
    """Join blocks of text into one Document, blocks separated by a blank line.

    ``pieces`` are (text, origin, style) in reading order. Blank texts are skipped, so a
    reader that needs to find its blocks again should leave them out itself.
    """
    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    for text, origin, style in pieces:
        if not text.strip():
            continue
        if blocks:
            parts.append(BLOCK_SEPARATOR)
            offset += len(BLOCK_SEPARATOR)
        blocks.append(Block(text=text, start=offset, origin=origin, style=style))
        parts.append(text)
        offset += len(text)
    full = "".join(parts)
    return Document(path=path, format=fmt, text=full, blocks=blocks, placeholders=find_placeholders(full))


def with_fields(document: Document, fields: Iterable[Placeholder]) -> Document:
    """Add placeholders a reader found in the file structure (they win over text patterns)."""
    document.placeholders = merge_placeholders(list(fields), document.placeholders)
    return document


def read_document(path: str | Path) -> Document:
    """Read a .txt or .docx letter. Raises :class:`ReadError` for anything unreadable."""
    fmt, data = read_source(path)
    if fmt == "txt":
        from . import txt

        document = txt.read(str(path), data)
    else:
        from . import docx

        document = docx.read(str(path), data)
    return with_text(document)


def read_source(path: str | Path) -> tuple[str, bytes]:
    """The format ("txt" or "docx") and the bytes of a letter file, or ReadError."""
    p = Path(path)
    fmt = SUPPORTED_SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise ReadError(
            "unsupported-format",
            f"Dit soort bestand kan lettercheck niet lezen ({p.suffix or 'geen extensie'}). "
            "Sla de brief op als .docx of .txt.",
        )
    try:
        return fmt, p.read_bytes()
    except FileNotFoundError:
        raise ReadError("not-found", "Dit bestand bestaat niet. Kijk of de naam goed is.") from None
    except IsADirectoryError:
        raise ReadError("not-a-file", "Dit is een map, geen bestand.") from None
    except PermissionError:
        raise ReadError("no-permission", "lettercheck mag dit bestand niet openen.") from None
    except OSError as exc:
        raise ReadError("io-error", f"Het bestand kan niet worden gelezen: {exc.strerror}.") from None


def with_text(document: Document) -> Document:
    """The document, or ReadError when it holds no text at all."""
    if not document.text.strip():
        raise ReadError("empty", "Er staat geen tekst in dit bestand.")
    return document
