"""Readers turn a file into a :class:`~lettercheck.model.Document`, one module per format.

Readers know file formats and nothing about rules. Each raises :class:`ReadError` with a
stable code and a Dutch message when a file cannot be read; the caller reports it and
moves on to the next file.

Files are untrusted input. Before anything is parsed, a reader checks what it is given
against :class:`Limits`: a file larger than a letter could ever be is not read, and a
text longer than one is not analysed, so that time and memory stay bounded for any file.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Block, Document, Origin, Placeholder
from ..placeholders import find_placeholders, merge_placeholders

#: File extensions lettercheck reads, mapped to the reader module's name.
SUPPORTED_SUFFIXES: dict[str, str] = {".txt": "txt", ".docx": "docx"}

BLOCK_SEPARATOR = "\n\n"

#: The default limits: far above any letter (a long letter is 10,000 characters in a
#: .docx of well under 1 MB), far below what would make a run slow or large.
DEFAULT_MAX_FILE_SIZE = 10_000_000
DEFAULT_MAX_LETTER_LENGTH = 20_000
#: spaCy refuses longer texts (``nlp.max_length``): the highest letter length allowed.
MAX_PIPELINE_LENGTH = 1_000_000


class ReadError(Exception):
    """A file that cannot be analysed. ``code`` is stable, ``message`` is Dutch (B1)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Limits:
    """How much of one letter lettercheck reads and analyses (config: ``max-file-size``,
    ``max-letter-length``)."""

    #: Bytes of the file on disk.
    file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Characters of text that are analysed.
    letter_length: int = DEFAULT_MAX_LETTER_LENGTH


DEFAULT_LIMITS = Limits()

#: Letter formats that are not read, by extension, with the error for them: a folder scan
#: reports them rather than skip them silently; the .docx reader gives the same error for
#: such a file named .docx.
OTHER_LETTER_FORMATS: dict[str, tuple[str, str]] = {
    ".doc": (
        "old-word-format",
        "Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als "
        "Word-document (.docx). Probeer het daarna opnieuw.",
    ),
    ".rtf": (
        "rtf-format",
        "Dit is een RTF-bestand, geen Word-document. Open het in Word en sla het op als "
        "Word-document (.docx). Probeer het daarna opnieuw.",
    ),
    ".odt": (
        "odt-format",
        "Dit is een OpenDocument-bestand (.odt), geen Word-document. Sla de brief op als "
        "Word-document (.docx) en probeer het opnieuw.",
    ),
}
#: Extensions a folder scan picks up: the ones read, and letter formats it reports.
SCANNED_SUFFIXES = frozenset(SUPPORTED_SUFFIXES) | frozenset(OTHER_LETTER_FORMATS)


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


def read_document(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .txt or .docx letter. Raises :class:`ReadError` for anything unreadable."""
    return parse_source(path, *read_source(path, limits), limits)


def parse_source(path: str | Path, fmt: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The letter in the bytes :func:`read_source` read. A batch parses, suppresses and
    caches from these same bytes, so a file that changes meanwhile cannot mix two versions."""
    if fmt == "txt":
        from . import txt as reader
    else:
        from . import docx as reader  # type: ignore[no-redef]
    return with_text(reader.read(str(path), data, limits))


def source_digest(data: bytes) -> str:
    """What a file's bytes were, in short (SHA-256)."""
    return hashlib.sha256(data).hexdigest()


def read_source(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, bytes]:
    """The format ("txt" or "docx") and the bytes of a letter file, or ReadError.

    What the file is (a folder, a broken link, a pipe) and how large it is are checked
    before it is opened, and it is read no further than the limit, so that a file that
    grows meanwhile cannot get past it either."""
    p = Path(path)
    suffix = p.suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        if suffix in OTHER_LETTER_FORMATS:
            raise ReadError(*OTHER_LETTER_FORMATS[suffix])
        raise ReadError(
            "unsupported-format",
            f"Dit soort bestand kan lettercheck niet lezen ({p.suffix or 'geen extensie'}). "
            "Sla de brief op als .docx of .txt.",
        )
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("not-a-file", "Dit is een map, geen bestand.")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not-a-file", "Dit is geen gewoon bestand. Geef een brief op (.docx of .txt).")
        if info.st_size > limits.file_size:
            raise _too_large(limits)
        with p.open("rb") as handle:
            # As much as stat said, and one byte more to notice growth; only a file that
            # grew reads on, up to the limit. (``read(limit)`` would allocate the limit first.)
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limits.file_size + 1 - len(data))
    except FileNotFoundError:
        if p.is_symlink():
            raise _broken_link() from None
        raise ReadError("not-found", "Dit bestand bestaat niet (meer). Kijk of de naam goed is.") from None
    except PermissionError:
        raise ReadError(
            "no-permission", "lettercheck mag dit bestand niet openen. Vraag toegang, of kopieer de brief."
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _broken_link() from None
        code = errno.errorcode.get(exc.errno or 0, "onbekend")
        raise ReadError(
            "io-error",
            f"Het bestand kan niet worden gelezen (foutcode {code}). Probeer het nog een keer, "
            "of kopieer de brief naar een andere map.",
        ) from None
    if len(data) > limits.file_size:
        raise _too_large(limits)
    if not data:
        raise ReadError("empty", "Dit bestand is leeg. Er staat geen brief in.")
    return fmt, data


#: Characters of the length limit per word or sign allowed: running Dutch text has one in
#: five or six characters, so a letter at the length limit passes. A text with more is a row
#: of numbers or symbols, and a trained pipeline takes memory per word (about 23 kB each
#: while it parses: 4,000 of them take about 90 MB).
CHARACTERS_PER_WORD = 5
#: A word, a number ("12,50", "1.250") or a sign, roughly as spaCy's tokenizer splits them.
_WORD_OR_SIGN = re.compile(r"\w+(?:[.,]\w+)*|[^\w\s]")


def check_length(text: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise ReadError for a text too long to be a letter: analysing it would take long,
    or, for a text of very many short words, much memory."""
    if len(text) > limits.letter_length:
        raise too_long(limits)
    most = limits.letter_length // CHARACTERS_PER_WORD
    if len(text) > most and sum(1 for _ in itertools.islice(_WORD_OR_SIGN.finditer(text), most + 1)) > most:
        raise too_long(limits, words=True)


def too_long(limits: Limits, words: bool = False) -> ReadError:
    """The error for a text longer than ``limits`` allows, in characters or in words."""
    if words:
        size = f"{limits.letter_length // CHARACTERS_PER_WORD:,} woorden en tekens".replace(",", ".")
    else:
        size = f"{limits.letter_length:,} tekens".replace(",", ".")
    return ReadError(
        "too-long",
        f"Deze tekst is te lang voor een brief: meer dan {size}. Staan er meer "
        "brieven in dit bestand? Zet elke brief in een eigen bestand. Of zet max-letter-length "
        "hoger in de instellingen.",
    )


def _broken_link() -> ReadError:
    return ReadError(
        "broken-link",
        "Dit is een snelkoppeling (link) naar een bestand dat er niet is. "
        "Geef de brief zelf op, of maak de link opnieuw.",
    )


def _too_large(limits: Limits) -> ReadError:
    size = limits.file_size
    shown = f"{round(size / 1e6, 1):g} MB" if size >= 1_000_000 else f"{round(size / 1e3, 1):g} kB"
    return ReadError(
        "too-large",
        f"Dit bestand is te groot: meer dan {shown.replace('.', ',')}. Een brief is veel kleiner. "
        "Haal grote afbeeldingen weg, of zet max-file-size hoger in de instellingen.",
    )


def with_text(document: Document) -> Document:
    """The document, or ReadError when it holds no text at all."""
    if not document.text.strip():
        raise ReadError("empty", "Er staat geen tekst in dit bestand.")
    return document
