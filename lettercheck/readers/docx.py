"""Reading .docx letters: the text a reader of the printed letter sees, in reading order.

python-docx's ``paragraph.text`` misses text in content controls, field results and
text boxes, and keeps text a reader never sees (tracked deletions). So this reader walks
the WordprocessingML of the package itself with lxml, in this order: headers, the body
(paragraphs, tables cell by cell, each text box right after the paragraph that anchors
it), footnotes, endnotes, footers. Every non-empty paragraph becomes one block whose
:class:`~lettercheck.model.Origin` says where a writer can find it back in Word.

Merge fields (``MERGEFIELD Naam``) are registered as placeholders from the field code, so
rules read «Naam» as a name even if the template shows something else as the result.

:func:`read_with_sources` also says which XML element each character came from, so that
``annotate`` and ``fix`` can change a letter at exactly the words of a finding.

The package is untrusted input. Before anything is unpacked, the number of parts and
their declared sizes are checked; a part is then unpacked in chunks and given up as soon as
it grows past its limit, so a zip whose header lies about a size cannot get past either.
XML is parsed without entity expansion, DTD loading, network access or libxml2's huge-tree
mode (which also caps nesting at 256 levels, keeping the recursive walk shallow). Reading
stops as soon as the text is longer than a letter can be.

A template's styles part is most of a letter's XML; the style definitions read from it are
kept for the next letter with the very same part (:data:`_KEPT`), as the letters of a
folder mostly share a few templates; so are the relationships and settings read.
"""

from __future__ import annotations

import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from io import BytesIO
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import unquote

from lxml import etree

from ..model import PART_LABELS, Document, Origin, Placeholder
from ..placeholders import placeholder_kind
from . import (
    BLOCK_SEPARATOR,
    DEFAULT_LIMITS,
    OTHER_LETTER_FORMATS,
    Limits,
    ReadError,
    assemble,
    check_length,
    too_long,
    with_fields,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

# "Strict Open XML" documents use other namespace names for the same vocabulary; mapping
# them to the transitional names lets one walker read both.
_STRICT_NAMESPACES: tuple[tuple[bytes, bytes], ...] = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Limits of an unpacked package: its XML together (parsed, it takes up to twenty times
#: its size in memory: 4 MB of empty paragraphs is 80 MB), all its parts together, and
#: their number. A letter's XML is rarely over 1 MB and the whole letter with its logo a
#: few MB, in a few dozen parts.
MAX_XML_SIZE = 4_000_000
MAX_TOTAL_SIZE = 50_000_000
MAX_PARTS = 1000
_CHUNK = 1 << 16
_T = TypeVar("_T")


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


P, PPR, PSTYLE, OUTLINE_LVL = _w("p"), _w("pPr"), _w("pStyle"), _w("outlineLvl")
R, RPR, RSTYLE = _w("r"), _w("rPr"), _w("rStyle")
T, INSTR_TEXT, FLD_CHAR, FLD_SIMPLE = _w("t"), _w("instrText"), _w("fldChar"), _w("fldSimple")
SYM = _w("sym")
TBL, TR, TC, TC_PR = _w("tbl"), _w("tr"), _w("tc"), _w("tcPr")
V_MERGE, H_MERGE = _w("vMerge"), _w("hMerge")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
DRAWING, PICT, OBJECT, TXBX_CONTENT = _w("drawing"), _w("pict"), _w("object"), _w("txbxContent")
FOOTNOTE_REFERENCE, ENDNOTE_REFERENCE = _w("footnoteReference"), _w("endnoteReference")
SECT_PR, SECT_PR_CHANGE, TITLE_PG = _w("sectPr"), _w("sectPrChange"), _w("titlePg")
HEADER_REFERENCE, FOOTER_REFERENCE = _w("headerReference"), _w("footerReference")
B, U, COLOR, CAPS, VANISH = _w("b"), _w("u"), _w("color"), _w("caps"), _w("vanish")
W_VAL, W_TYPE, W_ID, W_INSTR = _w("val"), _w("type"), _w("id"), _w("instr")
W_FONT, W_CHAR, W_FLD_CHAR_TYPE = _w("font"), _w("char"), _w("fldCharType")
R_ID = f"{{{R_NS}}}id"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"

# Wrappers around runs whose content is shown as if the wrapper were not there. Tracked
# deletions (w:del, w:moveFrom) are deliberately absent: their text is not visible.
_INLINE_WRAPPERS = frozenset(
    {
        _w("hyperlink"), _w("smartTag"), CUSTOM_XML, SDT_CONTENT,
        _w("ins"), _w("moveTo"), _w("dir"), _w("bdo"),
    }
)
# Run content that prints as a fixed character.
_RUN_CHARACTERS = {
    _w("tab"): "\t",
    _w("ptab"): "\t",
    _w("br"): "\n",
    _w("cr"): "\n",
    _w("noBreakHyphen"): "-",
}
# Symbols from symbol fonts live in the private use area (F0xx); only the few that carry
# meaning in a letter (phone, mail, bullets, ticks) are mapped, the rest is left out.
_SYMBOL_FONT_CHARACTERS = {
    ("wingdings", 0x28): "☎",
    ("wingdings", 0x29): "✆",
    ("wingdings", 0x2A): "✉",
    ("wingdings", 0xA7): "▪",
    ("wingdings", 0xD8): "➢",
    ("wingdings", 0xE8): "➔",
    ("wingdings", 0xFB): "✗",
    ("wingdings", 0xFC): "✓",
    ("symbol", 0xB7): "•",
    ("symbol", 0xAE): "→",
    ("symbol", 0xB4): "×",
}
_OFF_VALUES = frozenset({"0", "false", "off", "none"})
_HEX_COLOR_RE = re.compile(r"[0-9A-Fa-f]{6}")
_SMALL_NUMBER_RE = re.compile(r"[0-9]{1,3}")
_HEADING_NAME_RE = re.compile(r"(heading|kop)\s*\d|title$|titel$", re.IGNORECASE)
_MERGEFIELD_RE = re.compile(r'\A\s*MERGEFIELD\s+(?:"([^"]+)"|([^\s"\\]+))', re.IGNORECASE)

BOLD, UNDERLINE, RED, CAPITALS = 1, 2, 4, 8
_STYLE_BITS = (("bold", BOLD), ("underline", UNDERLINE), ("red", RED), ("caps", CAPITALS))
_STYLE_KEYS = tuple(key for key, _ in _STYLE_BITS)
# The run properties read, by element: on/off properties, and the colour that may be red.
_RUN_PROPERTIES = {B: "bold", U: "underline", CAPS: "caps", VANISH: "hidden", COLOR: "red"}

# Everything that unpacking or parsing a broken package can raise.
_PACKAGE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    etree.XMLSyntaxError,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)

_CORRUPT_MESSAGE = (
    "Dit Word-bestand is beschadigd en kan niet worden gelezen. "
    "Open het in Word, sla het opnieuw op als .docx en probeer het nog een keer."
)


def read(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx letter into a Document. Raises ReadError for anything unreadable."""
    return read_with_sources(path, data, limits=limits)[0]


@dataclass(frozen=True)
class TextSource:
    """Where the characters ``start:end`` of :attr:`Document.text` come from.

    ``element`` is the w:t whose text from ``offset`` on they are, or the w:tab, w:br,
    w:sym ... that prints the one character; None for text lettercheck put in itself (the
    «Naam» of a merge field without a result). Annotating and fixing a letter need this to
    put a comment on, or change, exactly the words a finding is about.
    """

    start: int
    end: int
    element: etree._Element | None
    offset: int


def read_with_sources(
    path: str,
    data: bytes,
    parts: Mapping[str, etree._Element] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    archive: zipfile.ZipFile | None = None,
) -> tuple[Document, list[TextSource]]:
    """Read a .docx letter, and say for every character of its text where it came from.

    ``parts`` maps part names ("word/document.xml") to XML that is walked instead of
    parsing that part from ``data``: the parts of the same package opened by python-docx,
    so that the sources point into the tree that is edited and saved. ``archive``: the
    package :func:`check_package` already opened on these same bytes, so that a caller
    that reads more parts of it (the comments) does not open and check it twice.
    """
    package = _load_package(data, parts or {}, archive)
    walker = _Walker(package, limits)
    try:
        walker.walk()
    except _PACKAGE_ERRORS:  # RecursionError too: a RuntimeError
        raise ReadError("corrupt-docx", _CORRUPT_MESSAGE) from None
    document = assemble(path, "docx", walker.pieces)
    check_length(document.text, limits)
    fields = []
    for index, start, end, name in walker.fields:
        offset = document.blocks[index].start
        fields.append(Placeholder(offset + start, offset + end, name, placeholder_kind(name)))
    sources = []
    for index, start, end, element, offset in walker.sources:
        block_start = document.blocks[index].start
        sources.append(TextSource(block_start + start, block_start + end, element, offset))
    return with_fields(document, fields), sources


# --- the package ---------------------------------------------------------------------


@dataclass
class _Package:
    """The parsed XML parts of a .docx that hold visible text, ready to walk."""

    document: etree._Element
    parts: dict[str, tuple[str, etree._Element]]  # relationship id -> header/footer part name, root
    styles: _Styles
    footnotes: etree._Element | None
    endnotes: etree._Element | None
    even_and_odd_headers: bool


def check_package(data: bytes) -> zipfile.ZipFile:
    """Open the bytes as a Word package, or raise ReadError: the file type is recognised
    and the unpacked size checked before anything is unpacked."""
    archive = _open_zip(data)
    _check_sizes(archive)
    return archive


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """The unpacked bytes of one part of a checked package, or ReadError. Unpacked in
    chunks and given up past :data:`MAX_XML_SIZE`, whatever size the zip declares."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > MAX_XML_SIZE:
                    raise _xml_too_large()
                chunks.append(chunk)
    except _PACKAGE_ERRORS:
        raise ReadError("corrupt-docx", _CORRUPT_MESSAGE) from None
    return b"".join(chunks)


def parse_xml(data: bytes) -> etree._Element:
    """Parse a part's XML the safe way: no entities expanded, no DTD or network loaded."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise ReadError("corrupt-docx", _CORRUPT_MESSAGE) from None


def _load_package(
    data: bytes, parts: Mapping[str, etree._Element], archive: zipfile.ZipFile | None
) -> _Package:
    """Recognise the file type, check sizes (unless ``archive`` is the package checked
    already) and parse the parts that hold text."""
    if archive is None:
        archive = check_package(data)
    try:
        return _Zip(archive, data, parts).load()
    except _PACKAGE_ERRORS:
        raise ReadError("corrupt-docx", _CORRUPT_MESSAGE) from None


def _open_zip(data: bytes) -> zipfile.ZipFile:
    """Open the bytes as a zip, or explain which other kind of file they are."""
    if data.startswith(OLE_SIGNATURE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _password_protected()
        raise ReadError(*OTHER_LETTER_FORMATS[".doc"])
    if data.startswith(b"{\\rtf"):
        raise ReadError(*OTHER_LETTER_FORMATS[".rtf"])
    try:
        return zipfile.ZipFile(BytesIO(data))
    except _PACKAGE_ERRORS:
        if data.startswith(b"PK"):
            raise ReadError("corrupt-docx", _CORRUPT_MESSAGE) from None
        raise ReadError(
            "not-docx",
            "Dit bestand is geen Word-document (.docx), ook al heeft het die naam. "
            "Open de brief in Word en sla hem op als Word-document (.docx).",
        ) from None


def _check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse packages that would unpack to far more than any letter needs (zip bombs),
    and parts locked with a zip password."""
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        raise ReadError(
            "too-large",
            f"Dit Word-bestand bestaat uit te veel delen (meer dan {MAX_PARTS}). Een brief heeft er "
            "veel minder. Sla de brief opnieuw op in Word, of maak een nieuw document.",
        )
    if any(info.flag_bits & 0x1 for info in members):
        raise _password_protected()
    if sum(info.file_size for info in members if info.filename.lower().endswith((".xml", ".rels"))) > MAX_XML_SIZE:
        raise _xml_too_large()
    if sum(info.file_size for info in members) > MAX_TOTAL_SIZE:
        raise ReadError(
            "too-large",
            f"Dit Word-bestand is te groot om te controleren: uitgepakt meer dan {MAX_TOTAL_SIZE // 1_000_000} MB. "
            "Haal grote afbeeldingen weg of maak de brief korter.",
        )


def _xml_too_large() -> ReadError:
    return ReadError(
        "too-large",
        f"De tekst en opmaak van dit Word-bestand zijn te groot om te controleren: uitgepakt "
        f"meer dan {MAX_XML_SIZE // 1_000_000} MB. Maak de brief kleiner of sla hem opnieuw op in Word.",
    )


def _password_protected() -> ReadError:
    return ReadError(
        "password-protected",
        "Dit Word-bestand is beveiligd met een wachtwoord. "
        "Haal het wachtwoord weg en probeer het opnieuw.",
    )


class _Zip:
    """Finds parts through their relationships, as Word does, and parses them safely."""

    def __init__(self, archive: zipfile.ZipFile, data: bytes, parts: Mapping[str, etree._Element]) -> None:
        self.archive = archive
        self.data = data  # the bytes the archive was opened on
        # Part names are case-insensitive in the package format.
        self.names = {name.lower(): name for name in archive.namelist()}
        self.parsed = {name.lower(): root for name, root in parts.items()}

    def load(self) -> _Package:
        main = self._main_part()
        document = self.xml(main)
        if document is None or document.tag != _w("document"):
            raise _no_document(self)
        relations = self.relationships(main)

        def target_of(kind: str) -> str | None:
            return next((t for k, t in relations.values() if k == kind), None)

        def part_of(kind: str) -> etree._Element | None:
            target = target_of(kind)
            return self.xml(target) if target else None

        parsed: dict[str, etree._Element | None] = {}
        parts = {}
        for rid, (kind, target) in relations.items():
            if kind in ("header", "footer"):
                if target not in parsed:
                    parsed[target] = self.xml(target)
                root = parsed[target]
                if root is not None:
                    parts[rid] = (target, root)
        settings, styles = target_of("settings"), target_of("styles")
        even_and_odd = bool(settings and self._kept(settings, "settings", _even_and_odd_headers))
        styles_read = self._kept(styles, "styles", _Styles) if styles else None
        return _Package(
            document=document,
            parts=parts,
            styles=styles_read if styles_read is not None else _Styles(None),
            footnotes=part_of("footnotes"),
            endnotes=part_of("endnotes"),
            even_and_odd_headers=even_and_odd,
        )

    def _main_part(self) -> str:
        """The main document part: named by the package relationships, else the usual name."""
        candidates = [t for k, t in self.relationships("").values() if k == "officeDocument"]
        candidates.append("word/document.xml")
        for name in candidates:
            if name.lower() in self.names:
                return name
        raise _no_document(self)

    def xml(self, name: str) -> etree._Element | None:
        """Parse a part (or take it from the parts given), or None if the package does not have it."""
        if name.lower() in self.parsed:
            return self.parsed[name.lower()]
        data = self._unpack(name)
        return parse_xml(data) if data is not None else None

    def _kept(self, name: str, what: str, read: Callable[[etree._Element], _T]) -> _T | None:
        """What ``read`` makes of a part's XML, or None if the package does not have it.

        Kept in :data:`_KEPT` by the part as stored, under ``what`` (which names all else
        ``read`` depends on), unless the part was given parsed: the styles, settings and
        relationships parts of the letters of a folder are mostly the same few.
        """
        if name.lower() in self.parsed:
            return read(self.parsed[name.lower()])
        actual = self.names.get(name.lower())
        if actual is None:
            return None

        def load() -> _T:
            return read(parse_xml(_transitional(read_part(self.archive, actual))))

        info = self.archive.getinfo(actual)
        if info.compress_size > MAX_XML_SIZE:  # not kept: the cache holds the stored bytes
            return load()
        return _KEPT.get((what, self._stored(info)), load)

    def _stored(self, info: zipfile.ZipInfo) -> _StoredPart:
        """What unpacking a part depends on, all of it: the header fields zipfile reads it
        by and its bytes as stored in the zip (compressed), without unpacking anything.

        zipfile.open checks the part's local header first (signature, the same name as in
        the directory, no unsupported flags or method), exactly as :func:`read_part` does;
        the stored bytes start right after that header (APPNOTE 4.3.7: 30 fixed bytes,
        then the name and the extra field, whose lengths are at offsets 26 and 28).
        """
        with self.archive.open(info):
            pass
        name_length, extra_length = struct.unpack_from("<HH", self.data, info.header_offset + 26)
        start = info.header_offset + 30 + name_length + extra_length
        stored = self.data[start : start + info.compress_size]
        return (info.compress_type, info.compress_size, info.file_size, info.CRC, stored)

    def _unpack(self, name: str) -> bytes | None:
        """A part's XML in transitional namespaces, or None if the package does not have it."""
        actual = self.names.get(name.lower())
        return _transitional(read_part(self.archive, actual)) if actual is not None else None

    def relationships(self, part: str) -> Mapping[str, tuple[str, str]]:
        """Relationship id -> (type's last word, target part name) for internal targets."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        found = self._kept(rels, f"relationships in {folder!r}", partial(_relationships, folder=folder))
        return found if found is not None else {}


def _relationships(root: etree._Element, folder: str) -> Mapping[str, tuple[str, str]]:
    """The internal relationships of a part in ``folder``, by id: (type's last word, target)."""
    found = {}
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        target = rel.get("Target")
        if not target or rel.get("TargetMode") == "External":
            continue
        target = unquote(target)
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        found[rel.get("Id", "")] = (kind, posixpath.normpath(path))
    return MappingProxyType(found)


def _even_and_odd_headers(settings: etree._Element) -> bool:
    """Whether the settings part gives even and odd pages their own headers and footers."""
    return _is_on(settings.find(_w("evenAndOddHeaders")))


def _transitional(xml: bytes) -> bytes:
    """A part's XML with Strict Open XML namespace names mapped to the transitional ones."""
    if b"purl.oclc.org/ooxml" in xml:
        for strict, transitional in _STRICT_NAMESPACES:
            xml = xml.replace(strict, transitional)
    return xml


def _no_document(package: _Zip) -> ReadError:
    """The error for a zip without a Word document, naming OpenDocument files."""
    mimetype = package.names.get("mimetype")
    opendocument = b"application/vnd.oasis.opendocument"
    if mimetype is not None and read_part(package.archive, mimetype).startswith(opendocument):
        return ReadError(*OTHER_LETTER_FORMATS[".odt"])
    return ReadError(
        "no-document",
        "In dit bestand staat geen Word-document. Misschien is het een ander soort bestand "
        "met de naam .docx. Open de brief in Word en sla hem op als Word-document (.docx).",
    )


# --- formatting ----------------------------------------------------------------------


def _is_on(element: etree._Element | None) -> bool:
    """Whether an on/off property such as <w:b/> or <w:titlePg w:val="0"/> is switched on."""
    return element is not None and element.get(W_VAL, "true").lower() not in _OFF_VALUES


def _is_red(value: str) -> bool:
    """A colour a reader calls red: FF0000, C00000, 990000, but not orange or purple."""
    if not _HEX_COLOR_RE.fullmatch(value):
        return False
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return red >= 0x80 and 3 * max(green, blue) <= red


def _run_properties(rpr: etree._Element | None) -> dict[str, bool]:
    """The formatting an rPr sets explicitly; absent keys are inherited.

    Read in one pass over the rPr's children (a find per property took five), the first
    element of a kind counting, as it would for find.
    """
    props: dict[str, bool] = {}
    if rpr is None:
        return props
    for element in rpr:
        key = _RUN_PROPERTIES.get(element.tag)
        if key is not None and key not in props:
            props[key] = _is_red(element.get(W_VAL, "")) if key == "red" else _is_on(element)
    return props


@dataclass
class _StyleDef:
    name: str
    based_on: str | None
    props: dict[str, bool]
    outline: bool  # the style gives paragraphs an outline level, as headings do


@dataclass(frozen=True)
class _ParagraphStyle:
    name: str
    heading: bool
    props: dict[str, bool]

    @cached_property
    def run_format(self) -> tuple[int, bool]:
        """The formatting of a run without properties of its own (most runs), worked out
        once per style rather than per run."""
        return _format(self.props)


class _Styles:
    """Style inheritance, best effort: direct > character style > paragraph style > defaults.

    Toggle properties are not XOR-ed as Word does; nearest wins, which is right for the
    styles letters use.
    """

    def __init__(self, root: etree._Element | None) -> None:
        self.defs: dict[str, _StyleDef] = {}
        self.default_paragraph: str | None = None
        self.defaults: dict[str, bool] = {}
        self._paragraph_cache: dict[str | None, _ParagraphStyle] = {}
        if root is None:
            return
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        self.defaults = _run_properties(defaults)
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id is None:
                continue
            name = style.find(_w("name"))
            based_on = style.find(_w("basedOn"))
            outline = style.find(f"{PPR}/{OUTLINE_LVL}")
            self.defs[style_id] = _StyleDef(
                name=name.get(W_VAL, style_id) if name is not None else style_id,
                based_on=based_on.get(W_VAL) if based_on is not None else None,
                props=_run_properties(style.find(RPR)),
                outline=outline is not None and _outline_level(outline) < 9,
            )
            if style.get(W_TYPE) == "paragraph" and style.get(_w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[_StyleDef]:
        """The style and the styles it is based on, nearest first, cycles cut."""
        found: list[_StyleDef] = []
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and style_id in self.defs:
            seen.add(style_id)
            found.append(self.defs[style_id])
            style_id = found[-1].based_on
        return found

    def _inherited(self, style_id: str | None) -> dict[str, bool]:
        props: dict[str, bool] = {}
        for style in reversed(self.chain(style_id)):
            props.update(style.props)
        return props

    def paragraph(self, ppr: etree._Element | None) -> _ParagraphStyle:
        """Name, heading-ness and run formatting of a paragraph's style."""
        style_element = _child(ppr, PSTYLE) if ppr is not None else None
        style_id = style_element.get(W_VAL) if style_element is not None else self.default_paragraph
        cached = self._paragraph_cache.get(style_id)
        if cached is None:
            chain = self.chain(style_id)
            heading = any(s.outline or _HEADING_NAME_RE.match(s.name) for s in chain)
            name = chain[0].name if chain else (style_id or "")
            cached = _ParagraphStyle(name, heading, {**self.defaults, **self._inherited(style_id)})
            self._paragraph_cache[style_id] = cached
        direct_outline = _child(ppr, OUTLINE_LVL) if ppr is not None else None
        if direct_outline is not None and _outline_level(direct_outline) < 9:
            return _ParagraphStyle(cached.name, True, cached.props)
        return cached

    def run(self, rpr: etree._Element | None, paragraph: _ParagraphStyle) -> tuple[int, bool]:
        """The run's formatting as a bit mask, and whether it is hidden text."""
        if rpr is None:
            return paragraph.run_format
        char_style = _child(rpr, RSTYLE)
        props = dict(paragraph.props)
        if char_style is not None:
            props.update(self._inherited(char_style.get(W_VAL)))
        props.update(_run_properties(rpr))
        return _format(props)


def _format(props: dict[str, bool]) -> tuple[int, bool]:
    """Run formatting as a bit mask, and whether it is hidden text."""
    return sum(bit for key, bit in _STYLE_BITS if props.get(key)), props.get("hidden", False)


#: A part as zipfile finds it: compression method, stored and unpacked size, CRC-32 and
#: the stored bytes. Parts with equal keys unpack to the same bytes, or fail the same way.
_StoredPart = tuple[int, int, int, int, bytes]


class _PartCache:
    """What was read from the last few parts (styles, settings, relationships), by the part
    as stored and what was read from it.

    Parsing a template's styles part (python-docx's holds 164 styles in 350 kB) took most
    of the time of reading a letter, and unpacking it (and checking its CRC) most of what
    was left; the small parts came next. The key is the part as stored in the zip
    (:data:`_StoredPart`), so a part with the very same bytes is shared without being
    unpacked again, and only such a part: the same stored bytes, method and header sizes
    unpack to the same XML. Only what was unpacked and parsed within the limits is kept,
    so what is shared is too. What is kept holds no XML tree, so the cache takes little
    more than the stored bytes of at most ``size`` parts and ``budget`` bytes together.
    """

    def __init__(self, size: int, budget: int) -> None:
        self.size = size
        self.budget = budget
        self.entries: dict[tuple[str, _StoredPart], Any] = {}  # least recently used first
        self.stored = 0  # stored bytes of the parts kept
        self.hits: Counter[str] = Counter()  # by what was read

    def get(self, key: tuple[str, _StoredPart], load: Callable[[], _T]) -> _T:
        """What is kept under ``key``, else what ``load`` reads (and is kept)."""
        if key in self.entries:
            self.hits[key[0]] += 1
            value = self.entries.pop(key)
        else:
            value = load()
            self.stored += len(key[1][-1])
            while self.entries and (len(self.entries) >= self.size or self.stored > self.budget):
                oldest = next(iter(self.entries))
                del self.entries[oldest]
                self.stored -= len(oldest[1][-1])
        self.entries[key] = value
        return value


_KEPT = _PartCache(32, budget=8 * MAX_XML_SIZE)


def _outline_level(element: etree._Element) -> int:
    """The outline level (0-8 for headings, 9 for body text); garbage counts as body text."""
    value = element.get(W_VAL, "9")
    return int(value) if _SMALL_NUMBER_RE.fullmatch(value) else 9


# --- walking the text ----------------------------------------------------------------


@dataclass
class _Field:
    """An open complex field: its instruction so far and where its visible result starts."""

    instruction: list[str] = field(default_factory=list)
    in_result: bool = False
    buffer: _Paragraph | None = None
    start: int = 0


@dataclass
class _Story:
    """One flow of text (body, a header, a text box, a note): fields never cross stories."""

    part: str
    fields: list[_Field] = field(default_factory=list)

    @property
    def visible(self) -> bool:
        """Text is shown unless some open field is still in its instruction."""
        return not self.fields or all(f.in_result for f in self.fields)


@dataclass
class _Paragraph:
    """The visible text of one paragraph with its formatting, as it is found.

    Kept as the pieces it is found in (a paragraph has a few), not per character: what a
    block needs is counted per piece.
    """

    #: (start, text, formatting mask, element the text comes from), pieces not empty, in order.
    pieces: list[tuple[int, str, int, etree._Element | None]] = field(default_factory=list)
    length: int = 0
    fields: list[tuple[int, int, str]] = field(default_factory=list)
    textboxes: list[etree._Element] = field(default_factory=list)

    def add(self, text: str, mask: int, source: etree._Element | None = None) -> None:
        if text:
            self.pieces.append((self.length, text, mask, source))
            self.length += len(text)

    def text(self, start: int = 0) -> str:
        """The text from ``start`` on."""
        return "".join([piece for _, piece, _, _ in self.pieces])[start:]

    def truncate(self, length: int) -> None:
        """Drop the text from ``length`` on."""
        self.pieces = [
            (at, piece[: length - at], mask, source) for at, piece, mask, source in self.pieces if at < length
        ]
        self.length = min(self.length, length)


@dataclass(frozen=True)
class _Context:
    """Where paragraphs being walked sit: Origin part and detail, and their story."""

    part: str
    detail: str
    story: _Story

    def within(self, extra: str, part: str | None = None) -> _Context:
        detail = f"{self.detail}, {extra}" if self.detail else extra
        return _Context(part or self.part, detail, self.story)


class _Walker:
    """Walks the package in reading order and collects blocks and merge fields."""

    def __init__(self, package: _Package, limits: Limits) -> None:
        self.package = package
        self.limits = limits
        self.length = 0  # characters so far, to stop early in a package of endless text
        self.styles = package.styles
        self.pieces: list[tuple[str, Origin, dict[str, Any]]] = []
        self.fields: list[tuple[int, int, int, str]] = []  # block index, start, end, name
        # block index, start, end, element, offset in the element's text
        self.sources: list[tuple[int, int, int, etree._Element | None, int]] = []
        self.textbox_count = 0
        self.note_references: dict[str, list[str]] = {"footnote": [], "endnote": []}

    def walk(self) -> None:
        body = self.package.document.find(_w("body"))
        if body is None:
            return
        sections = [s for s in body.iter(SECT_PR) if s.getparent().tag != SECT_PR_CHANGE]
        for root, detail in self._header_parts(sections, HEADER_REFERENCE):
            self._blocks(root, _Context("header", detail, _Story("header")))
        self._blocks(body, _Context("body", "", _Story("body")))
        self._notes(self.package.footnotes, "footnote")
        self._notes(self.package.endnotes, "endnote")
        for root, detail in self._header_parts(sections, FOOTER_REFERENCE):
            self._blocks(root, _Context("footer", detail, _Story("footer")))

    def _header_parts(
        self, sections: list[etree._Element], reference: str
    ) -> Iterator[tuple[etree._Element, str]]:
        """Each header (or footer) part a reader can see, once, with a Dutch description.

        A section without its own reference of a type shows the previous section's part
        ("linked to previous"). The first-page part only shows if the section has a
        distinct first page, the even-page part only if the document has distinct even
        and odd pages.
        """
        current: dict[str, str] = {}
        seen: set[str] = set()
        even_and_odd = self.package.even_and_odd_headers
        for number, section in enumerate(sections, 1):
            for ref in section.findall(reference):
                current[ref.get(W_TYPE, "default")] = ref.get(R_ID, "")
            shown = {"first": _is_on(section.find(TITLE_PG)), "default": True, "even": even_and_odd}
            for kind in ("first", "default", "even"):
                part = self.package.parts.get(current.get(kind, ""))
                if not shown[kind] or part is None or part[0] in seen:
                    continue
                seen.add(part[0])
                where = [f"sectie {number}"] if len(sections) > 1 else []
                if kind == "first":
                    where.append("eerste pagina")
                elif kind == "even":
                    where.append("even pagina's")
                elif even_and_odd:
                    where.append("oneven pagina's")
                yield part[1], ", ".join(where)

    def _notes(self, root: etree._Element | None, part: str) -> None:
        """Footnotes or endnotes in the order the text refers to them, numbered as shown."""
        if root is None:
            return
        notes = {
            note.get(W_ID): note
            for note in root.iter(_w(part))
            if note.get(W_TYPE, "normal") == "normal"
        }
        for number, note_id in enumerate(dict.fromkeys(self.note_references[part]), 1):
            note = notes.get(note_id)
            if note is not None:
                self._blocks(note, _Context(part, f"nummer {number}", _Story(part)))

    def _blocks(self, container: etree._Element, context: _Context) -> None:
        """Paragraphs and tables of a body, cell, note, header or text box, in order."""
        tables = 0
        for element in _flatten(container, P, TBL):
            if element.tag == P:
                self._paragraph(element, context)
            else:
                tables += 1
                self._table(element, context, tables)

    def _table(self, table: etree._Element, context: _Context, number: int) -> None:
        """Row by row, cell by cell; a merged cell is read once, where it starts."""
        for row_number, row in enumerate(_flatten(table, TR), 1):
            for cell_number, cell in enumerate(_flatten(row, TC), 1):
                properties = _child(cell, TC_PR)
                if properties is not None and any(
                    merge is not None and merge.get(W_VAL, "continue") == "continue"
                    for merge in (_child(properties, V_MERGE), _child(properties, H_MERGE))
                ):
                    continue
                where = f"tabel {number}, rij {row_number}, cel {cell_number}"
                part = "table" if context.part == "body" else None
                self._blocks(cell, context.within(where, part))

    def _paragraph(self, paragraph: etree._Element, context: _Context) -> None:
        """Emit one paragraph as a block, then the text boxes it anchors."""
        style = self.styles.paragraph(_child(paragraph, PPR))
        buffer = _Paragraph()
        self._inline(paragraph, buffer, context.story, style)
        self._emit(buffer, context, style)
        for textbox in buffer.textboxes:
            self.textbox_count += 1
            label = f"tekstvak {self.textbox_count}"
            if context.story.part in ("header", "footer", "footnote", "endnote"):
                label += f" in {PART_LABELS[context.story.part]}"
            self._blocks(textbox, _Context("textbox", label, _Story("textbox")))

    def _emit(self, buffer: _Paragraph, context: _Context, style: _ParagraphStyle) -> None:
        raw = buffer.text()
        left = len(raw) - len(raw.lstrip())
        right = len(raw.rstrip())
        if right <= left:
            return
        text = raw[left:right]
        index = len(self.pieces)
        self.length += len(text) + len(BLOCK_SEPARATOR)
        if self.length > self.limits.letter_length + len(BLOCK_SEPARATOR):
            raise too_long(self.limits)
        for start, end, name in buffer.fields:
            start, end = max(start, left) - left, min(end, right) - left
            if end > start:
                self.fields.append((index, start, end, name))
        # Formatting is counted per piece of text (a paragraph has a few), not per character.
        counts: dict[str, Any] = dict.fromkeys(_STYLE_KEYS, 0)
        for start, piece, mask, element in buffer.pieces:
            first, last = max(start, left), min(start + len(piece), right)
            if last > first:
                self.sources.append((index, first - left, last - left, element, first - start))
                if mask:
                    for key, bit in _STYLE_BITS:
                        if mask & bit:
                            counts[key] += last - first
        counts.update(chars=len(text), style_name=style.name, heading=style.heading)
        self.pieces.append((text, Origin(context.part, index + 1, 1, context.detail), counts))

    def _inline(
        self, element: etree._Element, buffer: _Paragraph, story: _Story, style: _ParagraphStyle
    ) -> None:
        """The runs of a paragraph, through every wrapper whose content is visible."""
        for child in element:
            tag = child.tag
            if tag == R:
                mask, hidden = self.styles.run(_child(child, RPR), style)
                for item in child:
                    self._run_item(item, buffer, story, mask, hidden)
            elif tag == FLD_SIMPLE:
                story.fields.append(_Field([child.get(W_INSTR, "")]))
                _separate(story, buffer)
                self._inline(child, buffer, story, style)
                _end_field(story, buffer)
            elif tag == SDT:
                content = _child(child, SDT_CONTENT)
                if content is not None:
                    self._inline(content, buffer, story, style)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, buffer, story, style)
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self._inline(branch, buffer, story, style)

    def _run_item(
        self, item: etree._Element, buffer: _Paragraph, story: _Story, mask: int, hidden: bool
    ) -> None:
        """One element inside a run: text, a special character, a field mark or a drawing."""
        tag = item.tag
        shown = story.visible and not hidden
        if tag == T:
            if shown:
                buffer.add(item.text or "", mask, item)
                if buffer.length > self.limits.letter_length:
                    raise too_long(self.limits)
        elif tag in _RUN_CHARACTERS:
            if shown:
                buffer.add(_RUN_CHARACTERS[tag], mask, item)
        elif tag == SYM:
            if shown:
                buffer.add(_symbol(item), mask, item)
        elif tag == FLD_CHAR:
            kind = item.get(W_FLD_CHAR_TYPE)
            if kind == "begin":
                story.fields.append(_Field())
            elif kind == "separate":
                _separate(story, buffer)
            elif kind == "end":
                _end_field(story, buffer)
        elif tag == INSTR_TEXT:
            if story.fields and not story.fields[-1].in_result:
                story.fields[-1].instruction.append(item.text or "")
        elif tag in (DRAWING, PICT, OBJECT):
            if story.visible:
                buffer.textboxes.extend(_textboxes(item))
        elif tag in (FOOTNOTE_REFERENCE, ENDNOTE_REFERENCE):
            if story.visible:
                part = "footnote" if tag == FOOTNOTE_REFERENCE else "endnote"
                self.note_references[part].append(item.get(W_ID, ""))
        elif tag == MC_ALTERNATE:
            branch = _choose(item)
            if branch is not None:
                for child in branch:
                    self._run_item(child, buffer, story, mask, hidden)


def _separate(story: _Story, buffer: _Paragraph) -> None:
    """The instruction of the innermost field ends; its result starts here."""
    if not story.fields or story.fields[-1].in_result:
        return
    current = story.fields[-1]
    current.in_result = True
    if story.visible:
        current.buffer = buffer
        current.start = buffer.length


def _end_field(story: _Story, buffer: _Paragraph) -> None:
    """Close the innermost field; a visible merge field becomes a placeholder.

    An empty result would leave the field invisible, so «Name» is shown instead, as Word
    does with field codes shown as merge fields.
    """
    if not story.fields:
        return
    closed = story.fields.pop()
    match = _MERGEFIELD_RE.match("".join(closed.instruction))
    if match is None or not story.visible:
        return
    name = match.group(1) or match.group(2)
    if not closed.in_result:
        start = buffer.length
    elif closed.buffer is buffer:
        start = closed.start
    else:
        return  # hidden, or the result runs over more than one paragraph
    if not buffer.text(start).strip():
        buffer.truncate(start)
        buffer.add(f"«{name}»", 0)
    buffer.fields.append((start, buffer.length, name))


def _flatten(container: etree._Element, *wanted: str) -> Iterator[etree._Element]:
    """Children with one of the wanted tags, looking through content controls and the like."""
    for child in container:
        tag = child.tag
        if tag in wanted:
            yield child
        elif tag == SDT:
            content = _child(child, SDT_CONTENT)
            if content is not None:
                yield from _flatten(content, *wanted)
        elif tag == CUSTOM_XML:
            yield from _flatten(child, *wanted)
        elif tag == MC_ALTERNATE:
            branch = _choose(child)
            if branch is not None:
                yield from _flatten(branch, *wanted)


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with the tag: find(tag), without lxml's path machinery, for the
    lookups done per paragraph, run or cell."""
    return next(element.iterchildren(tag), None)


def _choose(alternate: etree._Element) -> etree._Element | None:
    """One branch of mc:AlternateContent: both hold the same content, so read one only."""
    choice = _child(alternate, MC_CHOICE)
    return choice if choice is not None else _child(alternate, MC_FALLBACK)


def _textboxes(element: etree._Element) -> Iterator[etree._Element]:
    """The outermost text box contents in a drawing or VML shape."""
    for child in element:
        if child.tag == TXBX_CONTENT:
            yield child
        elif child.tag == MC_ALTERNATE:
            branch = _choose(child)
            if branch is not None:
                yield from _textboxes(branch)
        else:
            yield from _textboxes(child)


def _symbol(element: etree._Element) -> str:
    """The character a w:sym prints, best effort; symbol-font icons mostly have none."""
    code_text = element.get(W_CHAR, "")
    try:
        code = int(code_text, 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        return _SYMBOL_FONT_CHARACTERS.get((element.get(W_FONT, "").lower(), code - 0xF000), "")
    if code < 0x20 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""
    return chr(code)
