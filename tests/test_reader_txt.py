"""The .txt reader: encodings, line ends, paragraphs and positions."""

from __future__ import annotations

import codecs

import pytest

from lettercheck.readers import ReadError, read_document
from lettercheck.readers.txt import read

LETTER = (
    "Betreft: herinnering\n"
    "\n"
    "Geachte mevrouw Öztürk,\n"
    "\n"
    "Wij hebben uw betaling van € 84,50 nog niet ontvangen. Indien u al betaald\n"
    "heeft, hoeft u niets te doen.\n"
    "\n"
    "Met vriendelijke groet,\n"
    "Team Débiteuren\n"
)


def _encodings() -> dict[str, bytes]:
    return {
        "utf-8": LETTER.encode("utf-8"),
        "utf-8-bom": codecs.BOM_UTF8 + LETTER.encode("utf-8"),
        "utf-16-le-bom": LETTER.encode("utf-16"),
        "utf-16-be-bom": codecs.BOM_UTF16_BE + LETTER.encode("utf-16-be"),
        "cp1252": LETTER.encode("cp1252"),
        "crlf": LETTER.replace("\n", "\r\n").encode("utf-8"),
        "cr": LETTER.replace("\n", "\r").encode("cp1252"),
    }


@pytest.mark.parametrize("variant", sorted(_encodings()))
def test_every_encoding_and_line_end_gives_the_same_document(variant: str) -> None:
    doc = read("brief.txt", _encodings()[variant])
    assert doc.text == LETTER
    assert [b.text for b in doc.blocks] == [
        "Betreft: herinnering",
        "Geachte mevrouw Öztürk,",
        "Wij hebben uw betaling van € 84,50 nog niet ontvangen. Indien u al betaald\nheeft, hoeft u niets te doen.",
        "Met vriendelijke groet,\nTeam Débiteuren",
    ]
    assert [b.origin.line for b in doc.blocks] == [1, 3, 5, 8]


def test_positions_map_back_to_lines_and_columns() -> None:
    doc = read("brief.txt", LETTER.encode("utf-8"))
    offset = LETTER.index("heeft, hoeft")
    assert doc.locate(offset)[:2] == (6, 1)
    offset = LETTER.index("Indien")
    assert doc.locate(offset)[:2] == (5, LETTER.splitlines()[4].index("Indien") + 1)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x00\x01\x02binary\x00junk", "binary"),
        (b"\xff\xfe\x00\xd8", "undecodable"),  # UTF-16 BOM followed by a lone surrogate
        (b"Tekst met \x81\x8d ongeldige bytes", "undecodable"),
    ],
)
def test_unreadable_text_raises_read_error(data: bytes, code: str) -> None:
    with pytest.raises(ReadError) as info:
        read("x.txt", data)
    assert info.value.code == code
    assert info.value.message


def test_empty_and_whitespace_files_are_errors(tmp_path) -> None:
    for name, data in (("leeg.txt", b""), ("spaties.txt", b"  \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError) as info:
            read_document(path)
        assert info.value.code == "empty"


def test_unsupported_and_missing_files(tmp_path) -> None:
    with pytest.raises(ReadError) as info:
        read_document(tmp_path / "brief.pdf")
    assert info.value.code == "unsupported-format"
    with pytest.raises(ReadError) as info:
        read_document(tmp_path / "bestaat-niet.txt")
    assert info.value.code == "not-found"
