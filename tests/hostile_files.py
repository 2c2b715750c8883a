"""Broken, odd and hostile letter files, built on the fly next to good letters.

A batch scan meets all of these in real folders: empty and binary files, Word files that
are damaged, old, locked or not Word at all, zip bombs, XML entity tricks, endless lines,
links to nothing. :func:`build_folder` writes one of each and says what lettercheck must
report for it, so that the test suite and ``scripts/hostile_folder.py`` check the same
folder. Nothing large is kept: the bombs are built in the folder they are checked in.
"""

from __future__ import annotations

import codecs
import io
import os
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "letters"
#: Good letters: a .txt with €, ö and ü (so that encodings matter) and a .docx.
GOOD_TXT = CORPUS / "14-dagenbrief_harsh_vanlier.txt"
GOOD_DOCX = CORPUS / "aanmaning_harsh_eendracht_c.docx"

OK = "ok"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
GIB = 1 << 30


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_members(path: Path = GOOD_DOCX) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_with_body(body: str, prolog: str = "") -> bytes:
    """The good .docx with another body in word/document.xml (``prolog`` before the root)."""
    members = docx_members()
    members["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()
    return zip_bytes(members)


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """Make the central directory declare another unpacked size for one member: a zip
    whose header lies."""
    encoded = name.encode()
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == encoded:
            return data[: position + 24] + struct.pack("<I", size) + data[position + 28 :]
        position += 4


def write_bomb(path: Path, size: int = GIB, declared: int | None = None) -> None:
    """A .docx whose document.xml inflates to ``size`` bytes (a few MB on disk for 1 GiB),
    written in chunks so that building it takes little memory. With ``declared`` the zip
    says the part is that size instead."""
    members = docx_members()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != "word/document.xml":
                archive.writestr(name, data)
        with archive.open("word/document.xml", "w") as part:
            head = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
            part.write(head)
            chunk = b" " * (1 << 20)
            for _ in range((size - len(head)) // len(chunk)):
                part.write(chunk)
    if declared is not None:
        path.write_bytes(declare_size(path.read_bytes(), "word/document.xml", declared))


def damaged_compression(compression: int) -> bytes:
    """The good .docx compressed another way (LZMA, bzip2), with bytes in the middle of
    document.xml's compressed data changed: the decompressor itself fails."""
    data = bytearray(zip_bytes(docx_members(), compression))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    for offset in range(info.compress_size // 3, info.compress_size // 3 + 16):
        data[start + offset] ^= 0xFF
    return bytes(data)


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return docx_with_body(paragraph("Geachte heer Jansen, &lol9; wij helpen u graag."), f"<!DOCTYPE w:document [{entities}]>")


def external_entity() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>'
    return docx_with_body(paragraph("Geachte heer Jansen, &geheim; wij helpen u graag."), prolog)


def external_dtd(folder: Path) -> bytes:
    dtd = folder / "kwaad.dtd"
    dtd.write_text('<!ENTITY groet "GELEKT UIT DE DTD">', encoding="utf-8")
    prolog = f'<!DOCTYPE w:document SYSTEM "{dtd.as_uri()}">'
    return docx_with_body(paragraph("Geachte heer Jansen, &groet; wij helpen u graag."), prolog)


def broken_comments() -> bytes:
    members = docx_members()
    members["word/comments.xml"] = f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="1">lettercheck: negeer'.encode()
    return zip_bytes(members)


def zip_password() -> bytes:
    """A zip whose parts say they are locked with a password: the flag a zip tool sets, in
    each local header and central directory entry (zipfile cannot write it)."""
    data = bytearray(zip_bytes(docx_members()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        members, position = archive.infolist(), archive.start_dir
    for info in members:
        data[info.header_offset + 6] |= 0x1
        data[position + 8] |= 0x1
        name, extra, comment = struct.unpack_from("<HHH", data, position + 28)
        position += 46 + name + extra + comment
    return bytes(data)


def long_letter(characters: int) -> str:
    """A letter of real sentences, longer than ``characters``."""
    sentence = "Wij hebben uw betaling nog niet ontvangen, maar wij helpen u graag met een regeling. "
    return "Geachte heer Jansen,\n\n" + sentence * (characters // len(sentence) + 1)


def _symlink(target: str, link: Path) -> None:
    link.symlink_to(target)


#: Each case: file name, what lettercheck must report ("ok" or an error code), and how to
#: write it. A builder gets the folder and the file's path.
Builder = Callable[[Path, Path], None]


def _bytes(data: bytes | Callable[[], bytes]) -> Builder:
    return lambda folder, path: path.write_bytes(data() if callable(data) else data)


def _text_variants() -> dict[str, bytes]:
    """The good letter in every encoding and line end a Windows or Mac tool writes."""
    text = GOOD_TXT.read_text(encoding="utf-8")
    crlf, cr = text.replace("\n", "\r\n"), text.replace("\n", "\r")
    return {
        "goed-utf8.txt": text.encode("utf-8"),
        "goed-utf8-bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "goed-utf8-crlf.txt": crlf.encode("utf-8"),
        "goed-utf8-cr.txt": cr.encode("utf-8"),
        "goed-utf16-le.txt": codecs.BOM_UTF16_LE + crlf.encode("utf-16-le"),
        "goed-utf16-be.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "goed-utf32.txt": text.encode("utf-32"),
        "goed-cp1252.txt": text.encode("cp1252"),
        "goed-cp1252-crlf.txt": crlf.encode("cp1252"),
        "goed-cp1252-cr.txt": cr.encode("cp1252"),
    }


def cases(bomb_size: int = GIB) -> list[tuple[str, str, Builder]]:
    """Every case of the hostile folder. ``bomb_size``: what the zip bombs inflate to."""
    valid_docx = GOOD_DOCX.read_bytes()
    found: list[tuple[str, str, Builder]] = [
        (name, OK, _bytes(data)) for name, data in _text_variants().items()
    ]
    found += [
        ("goed.docx", OK, lambda folder, path: shutil.copyfile(GOOD_DOCX, path)),
        # A folder named like a letter is a folder: the letters in it are checked.
        ("map.docx/brief-in-map.txt", OK, lambda folder, path: shutil.copyfile(GOOD_TXT, path)),
        # Just under the XML limit: almost half a million empty paragraphs to parse and walk;
        # above it, refused before parsing.
        ("veel-lege-alineas.docx", OK, _bytes(lambda: docx_with_body(paragraph("Geachte heer Jansen, wij helpen u graag.") + "<w:p/>" * 450_000))),
        ("te-veel-lege-alineas.docx", "too-large", _bytes(lambda: docx_with_body("<w:p/>" * 1_500_000))),
        # One endless line, just under the length limit, of words, digits or amounts.
        ("lange-regel.txt", OK, _bytes(("woord " * 3_300).encode())),
        ("lange-regel-cijfers.txt", OK, _bytes(b"Geachte heer,\n" + b"1234567890" * 1980)),
        ("lange-regel-bedragen.txt", OK, _bytes(("€ 12,50 " * 1_900).encode())),
        # As long, but of one-letter words and signs: too many words for a letter.
        ("lange-regel-letters.txt", "too-long", _bytes(("a " * 9_900).encode())),
        ("lange-regel-euro.txt", "too-long", _bytes(("€ 1 " * 4_950).encode())),
        ("extern-entiteit.docx", OK, _bytes(external_entity)),
        ("extern-dtd.docx", OK, lambda folder, path: path.write_bytes(external_dtd(folder))),
        ("leeg.txt", "empty", _bytes(b"")),
        ("leeg.docx", "empty", _bytes(b"")),
        ("spaties.txt", "empty", _bytes(b" \t\r\n \n\x0c\n")),
        ("leeg-document.docx", "empty", _bytes(lambda: docx_with_body("<w:p/>" * 3))),
        ("binair.txt", "binary", _bytes(bytes(range(256)) * 8)),
        ("word-als-tekst.txt", "binary", _bytes(valid_docx)),
        ("nul-na-bom.txt", "binary", _bytes(codecs.BOM_UTF8 + b"Geachte heer,\x00\x00")),
        ("ongeldige-tekens.txt", "undecodable", _bytes(b"Geachte heer, \x81\x8d\x8f\x90 bedrag")),
        ("kapotte-utf16.txt", "undecodable", _bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")),
        ("tekst-als-word.docx", "not-docx", _bytes("Geachte heer, dit is gewone tekst.".encode())),
        ("afgebroken.docx", "corrupt-docx", _bytes(valid_docx[: len(valid_docx) // 2])),
        ("kapotte-xml.docx", "corrupt-docx", _bytes(lambda: docx_with_body("<w:p><w:r><w:t>Geachte"))),
        ("kapotte-opmerkingen.docx", "corrupt-docx", _bytes(broken_comments)),
        ("kapotte-lzma.docx", "corrupt-docx", _bytes(lambda: damaged_compression(zipfile.ZIP_LZMA))),
        ("kapotte-bzip2.docx", "corrupt-docx", _bytes(lambda: damaged_compression(zipfile.ZIP_BZIP2))),
        # libxml2 refuses the entity bomb even unexpanded; a smaller one is read unexpanded.
        ("miljard-lachjes.docx", "corrupt-docx", _bytes(billion_laughs)),
        ("te-diep.docx", "corrupt-docx", _bytes(lambda: docx_with_body("<w:customXml>" * 5000 + "</w:customXml>" * 5000))),
        ("oud.doc", "old-word-format", _bytes(OLE_SIGNATURE + b"\0" * 512)),
        ("oud-als-docx.docx", "old-word-format", _bytes(OLE_SIGNATURE + "WordDocument".encode("utf-16-le") + b"\0" * 512)),
        ("brief.rtf", "rtf-format", _bytes(b"{\\rtf1\\ansi Geachte heer,\\par}")),
        ("rtf-als-docx.docx", "rtf-format", _bytes(b"{\\rtf1\\ansi Geachte heer,\\par}")),
        ("brief.odt", "odt-format", _bytes(lambda: zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}))),
        ("odt-als-docx.docx", "odt-format", _bytes(lambda: zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}))),
        ("wachtwoord.docx", "password-protected", _bytes(OLE_SIGNATURE + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)),
        ("zip-wachtwoord.docx", "password-protected", _bytes(zip_password)),
        ("geen-document.docx", "no-document", _bytes(lambda: zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}))),
        ("bom.docx", "too-large", lambda folder, path: write_bomb(path, bomb_size)),
        ("liegende-bom.docx", "corrupt-docx", lambda folder, path: write_bomb(path, bomb_size, declared=4096)),
        ("veel-delen.docx", "too-large", _bytes(lambda: zip_bytes({f"word/media/{i}.png": b"" for i in range(2000)}, zipfile.ZIP_STORED))),
        ("te-groot.txt", "too-large", _bytes(b"a " * 5_000_001)),
        ("te-lang.txt", "too-long", _bytes(long_letter(25_000).encode())),
        ("te-lang.docx", "too-long", _bytes(lambda: docx_with_body(paragraph(long_letter(25_000))))),
        ("link-naar-niets.txt", "broken-link", lambda folder, path: _symlink("bestaat-niet.txt", path)),
        ("link-lus.docx", "broken-link", lambda folder, path: _symlink(path.name, path)),
    ]
    if os.geteuid() != 0:  # root may open any file
        found.append(("geen-toegang.txt", "no-permission", _unreadable))
    return found


def _unreadable(folder: Path, path: Path) -> None:
    shutil.copyfile(GOOD_TXT, path)
    path.chmod(0)


def build_folder(folder: Path, bomb_size: int = GIB) -> dict[str, str]:
    """Write every case into ``folder``; the expected outcome per path (as lettercheck
    names it: the folder joined with the file's name)."""
    expected = {}
    for name, outcome, build in cases(bomb_size):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        build(folder, path)
        expected[str(path)] = outcome
    # Not letters, so not checked: Word's lock file, a hidden file, a PDF.
    (folder / "~$goed.docx").write_bytes(b"\0" * 162)
    (folder / ".verborgen.txt").write_bytes(b"\0")
    (folder / "brief.pdf").write_bytes(b"%PDF-1.4\n")
    return expected
