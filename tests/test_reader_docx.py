"""The .docx reader: visible text per part, reading order, fields, formatting and errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor
from docx_builder import (
    add_complex_field,
    add_note_reference,
    add_notes,
    add_paragraph_xml,
    add_simple_field,
    add_textbox,
    build_full_letter,
    rewrite_zip,
)
from hostile_files import declare_size, zip_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lettercheck.model import Document
from lettercheck.readers import ReadError, read_document
from lettercheck.readers import docx as docx_reader
from lettercheck.readers.docx import OLE_SIGNATURE, read

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def read_path(path: Path) -> Document:
    return read(str(path), path.read_bytes())


def block_with(document: Document, phrase: str):
    found = [b for b in document.blocks if phrase in b.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} blocks"
    return found[0]


def save_and_read(document, tmp_path: Path, name: str = "brief.docx") -> Document:
    path = tmp_path / name
    document.save(str(path))
    return read_path(path)


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, dict]:
    path = tmp_path_factory.mktemp("docx") / "herinnering.docx"
    info = build_full_letter(path)
    return read_path(path), info


# --- the full letter -----------------------------------------------------------------


def test_every_part_is_read_with_its_origin(letter):
    document, info = letter
    for name, marker in info["visible"].items():
        block = block_with(document, marker["text"])
        assert block.origin.part == marker["part"], name
        assert block.origin.detail == marker["detail"], name
        assert document.text.count(marker["text"]) == 1, name


def test_reading_order(letter):
    document, info = letter
    positions = [document.text.index(info["visible"][name]["text"]) for name in info["order"]]
    assert positions == sorted(positions)


def test_lines_count_blocks_in_reading_order(letter):
    document, _ = letter
    assert [b.origin.line for b in document.blocks] == list(range(1, len(document.blocks) + 1))
    assert [b.origin.column for b in document.blocks] == [1] * len(document.blocks)


def test_textbox_follows_its_anchor(letter):
    document, info = letter
    anchor = block_with(document, info["visible"]["textbox_anchor"]["text"])
    index = document.blocks.index(anchor)
    assert document.blocks[index + 1].origin.part == "textbox"
    assert "Bel ons" not in anchor.text


def test_invisible_text_is_left_out(letter):
    document, info = letter
    for name, phrase in info["absent"].items():
        assert phrase not in document.text, name


def test_merge_fields_are_placeholders(letter):
    document, info = letter
    by_name = {ph.name: ph for ph in document.placeholders}
    for name, (visible, kind) in info["fields"].items():
        ph = by_name[name]
        assert document.text[ph.start : ph.end] == visible
        assert ph.kind == kind


def test_offsets_are_consistent(letter):
    document, _ = letter
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert block.text == block.text.strip()
    for before, after in zip(document.blocks, document.blocks[1:]):
        assert document.text[before.end : after.start] == "\n\n"


def test_formatting_counts(letter):
    document, info = letter
    for key, phrase in info["formatting"].items():
        block = block_with(document, phrase)
        assert block.style[key] == len(phrase), key
        assert block.style["chars"] == len(block.text)
    plain = block_with(document, info["visible"]["body"]["text"])
    assert {k: plain.style[k] for k in ("bold", "underline", "red", "caps")} == dict.fromkeys(
        ("bold", "underline", "red", "caps"), 0
    )
    assert plain.style["style_name"] == "Normal"
    assert plain.style["heading"] is False


def test_describe_names_the_part(letter):
    document, info = letter
    block = block_with(document, info["visible"]["nested_table"]["text"])
    assert block.origin.describe() == f"tabel 1, rij 3, cel 1, tabel 1, rij 1, cel 1, alinea {block.origin.line}"


def test_read_document_dispatches_to_docx(tmp_path: Path):
    path = tmp_path / "brief.docx"
    build_full_letter(path)
    document = read_document(path)
    assert document.format == "docx"
    assert "Incassobureau Zeewind" in document.text


# --- fields ---------------------------------------------------------------------------


def test_empty_merge_results_show_the_field_name(tmp_path: Path):
    document = docx.Document()
    p = document.add_paragraph("Geachte ")
    add_complex_field(p, ' MERGEFIELD "Naam klant" ', "")
    p.add_run(", u moet ")
    add_simple_field(p, " MERGEFIELD Totaal_bedrag ", "")
    p.add_run(" betalen.")
    result = save_and_read(document, tmp_path)
    assert result.text == "Geachte «Naam klant», u moet «Totaal_bedrag» betalen."
    spans = [(result.text[ph.start : ph.end], ph.name, ph.kind) for ph in result.placeholders]
    assert spans == [("«Naam klant»", "Naam klant", "name"), ("«Totaal_bedrag»", "Totaal_bedrag", "amount")]


def test_merge_field_without_separator(tmp_path: Path):
    document = docx.Document()
    add_paragraph_xml(
        document,
        '<w:r><w:t xml:space="preserve">Kenmerk: </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText> MERGEFIELD Dossiernummer </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    result = save_and_read(document, tmp_path)
    assert result.text == "Kenmerk: «Dossiernummer»"
    (ph,) = result.placeholders
    assert (ph.name, ph.kind, result.text[ph.start : ph.end]) == ("Dossiernummer", "reference", "«Dossiernummer»")


def test_filled_in_merge_field_covers_the_value(tmp_path: Path):
    document = docx.Document()
    p = document.add_paragraph("Beste ")
    add_complex_field(p, " MERGEFIELD Voornaam ", "Fatima")
    result = save_and_read(document, tmp_path)
    (ph,) = result.placeholders
    assert result.text[ph.start : ph.end] == "Fatima"
    assert ph.name == "Voornaam"


def test_nested_fields_show_only_the_outer_result(tmp_path: Path):
    # { IF { MERGEFIELD Aanhef } = "heer" "Geachte heer" "Geachte mevrouw" } -> result only.
    document = docx.Document()
    add_paragraph_xml(
        document,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText> MERGEFIELD Aanhef </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>«Aanhef»</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> = "heer" "Geachte heer" "Geachte mevrouw" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>Geachte mevrouw</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve">, wij schrijven u over uw rekening.</w:t></w:r>',
    )
    result = save_and_read(document, tmp_path)
    assert result.text == "Geachte mevrouw, wij schrijven u over uw rekening."
    assert result.placeholders == []


def test_other_field_results_are_text(tmp_path: Path):
    document = docx.Document()
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Pagina "
    add_complex_field(footer, " PAGE \\* Arabic ", "1")
    document.add_paragraph("Wij hebben uw betaling nog niet ontvangen.")
    result = save_and_read(document, tmp_path)
    assert result.blocks[-1].text == "Pagina 1"
    assert "PAGE" not in result.text


# --- text inside runs -----------------------------------------------------------------


def test_special_characters_and_hidden_text(tmp_path: Path):
    document = docx.Document()
    add_paragraph_xml(
        document,
        "<w:r><w:t>Bedrag</w:t><w:tab/><w:t>€ 84,50</w:t><w:br/><w:t>Telefoon</w:t>"
        '<w:sym w:font="Wingdings" w:char="F028"/><w:t xml:space="preserve"> 0800</w:t>'
        "<w:noBreakHyphen/><w:t>1234</w:t><w:cr/><w:t>Postbus</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>VERBORGEN NOTITIE</w:t></w:r>"
        "<w:r><w:commentReference w:id=\"3\"/></w:r>",
    )
    result = save_and_read(document, tmp_path)
    assert result.text == "Bedrag\t€ 84,50\nTelefoon☎ 0800-1234\nPostbus"


def test_formatting_is_counted_over_the_shown_text_the_first_of_a_property_counting(tmp_path: Path):
    document = docx.Document()
    add_paragraph_xml(
        document,
        '<w:r><w:t xml:space="preserve">  Betaal </w:t></w:r>'
        '<w:r><w:rPr><w:b/><w:b w:val="0"/><w:color w:val="C00000"/><w:color w:val="000000"/></w:rPr>'
        "<w:t>vandaag</w:t></w:r>"
        '<w:r><w:rPr><w:u w:val="none"/><w:u w:val="single"/><w:caps/></w:rPr><w:t xml:space="preserve"> nog.  </w:t></w:r>',
    )
    block = save_and_read(document, tmp_path).blocks[0]
    assert block.text == "Betaal vandaag nog."
    style = {key: block.style[key] for key in ("bold", "underline", "red", "caps", "chars")}
    assert style == {"bold": 7, "underline": 0, "red": 7, "caps": 5, "chars": 19}


def test_vml_textbox_without_alternate_content(tmp_path: Path):
    document = docx.Document()
    add_paragraph_xml(
        document,
        '<w:r><w:t>Zie het kader.</w:t></w:r><w:r><w:pict><v:shape style="width:100pt;height:50pt">'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>Wij helpen u graag.</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    )
    result = save_and_read(document, tmp_path)
    assert [(b.text, b.origin.part, b.origin.detail) for b in result.blocks] == [
        ("Zie het kader.", "body", ""),
        ("Wij helpen u graag.", "textbox", "tekstvak 1"),
    ]


def test_textbox_in_header_names_the_header(tmp_path: Path):
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Incassobureau Zeewind"
    add_textbox(header, "Kenmerk 2024-118")
    document.add_paragraph("Geachte heer Jansen,")
    result = save_and_read(document, tmp_path)
    assert [(b.text, b.origin.part, b.origin.detail) for b in result.blocks] == [
        ("Incassobureau Zeewind", "header", ""),
        ("Kenmerk 2024-118", "textbox", "tekstvak 1 in koptekst"),
        ("Geachte heer Jansen,", "body", ""),
    ]


def test_formatting_from_styles(tmp_path: Path):
    document = docx.Document()
    heading = document.add_heading("Laatste herinnering", 1)
    emphasis = document.styles.add_style("Nadruk in brief", 1)  # 1 = paragraph style
    emphasis.font.bold = True
    emphasis.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.add_paragraph("Betaal vandaag.", style=emphasis)
    p = document.add_paragraph()
    p.add_run("LET OP").font.all_caps = True
    p.add_run(" en ")
    p.add_run("oranje").font.color.rgb = RGBColor(0xFF, 0x66, 0x00)
    result = save_and_read(document, tmp_path)
    first, second, third = result.blocks
    assert first.style["heading"] is True
    assert first.style["style_name"].lower() == "heading 1"
    assert second.style["bold"] == second.style["red"] == len("Betaal vandaag.")
    assert second.style["style_name"] == "Nadruk in brief"
    assert third.style["caps"] == len("LET OP")
    assert third.style["red"] == 0
    assert heading.text == first.text


def test_letters_share_a_styles_part_only_if_it_is_the_same(tmp_path: Path):
    def letter(bold_normal: bool) -> bytes:
        document = docx.Document()
        document.styles["Normal"].font.bold = bold_normal
        document.add_paragraph("Betaal vandaag.")
        path = tmp_path / f"brief-{bold_normal}.docx"
        document.save(str(path))
        return path.read_bytes()

    plain, bold = letter(False), letter(True)
    hits = docx_reader._KEPT.hits["styles"]
    for data, expected in ((plain, 0), (bold, 15), (plain, 0), (bold, 15)):
        assert read("brief.docx", data).blocks[0].style["bold"] == expected
    assert docx_reader._KEPT.hits["styles"] >= hits + 2


def test_a_kept_styles_part_is_shared_only_with_a_part_that_unpacks_to_it(tmp_path: Path):
    # The cache is keyed on the part as stored; the same stored bytes under a header that
    # lies (another size or CRC-32, another name in the local header) must still fail.
    document = docx.Document()
    document.add_paragraph("Betaal vandaag.")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    data = path.read_bytes()
    assert read("brief.docx", data).text == "Betaal vandaag."
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/styles.xml")
    crc_at = data.rindex(b"word/styles.xml") - 46 + 16  # in the central directory entry
    wrong_crc = data[:crc_at] + (info.CRC ^ 1).to_bytes(4, "little") + data[crc_at + 4 :]
    name_at = info.header_offset + 30  # in the local header
    renamed = data[:name_at] + b"word/stylez.xml" + data[name_at + len("word/styles.xml") :]
    for liar in (declare_size(data, "word/styles.xml", 1000), wrong_crc, renamed):
        with pytest.raises(ReadError) as caught:
            read("brief.docx", liar)
        assert caught.value.code == "corrupt-docx"
    assert read("brief.docx", data).text == "Betaal vandaag."


def test_the_same_relationships_part_is_read_from_the_folder_it_is_in():
    # Byte for byte the same relationships, for the package and for the document: the
    # relative target of the styles lies in another folder for each, read twice in a row.
    relationships = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="/word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/></Relationships>'
    ).encode()
    letter = zip_bytes(
        {
            "_rels/.rels": relationships,
            "word/_rels/document.xml.rels": relationships,
            "word/document.xml": (
                f"<w:document {W}><w:body><w:p><w:r><w:t>Betaal vandaag.</w:t></w:r></w:p></w:body></w:document>"
            ).encode(),
            "word/styles.xml": (
                f'<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
                '<w:name w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style></w:styles>'
            ).encode(),
        }
    )
    for _ in range(2):
        assert read("brief.docx", letter).blocks[0].style["bold"] == len("Betaal vandaag.")


def test_notes_in_order_of_reference_and_horizontal_merge(tmp_path: Path):
    path = tmp_path / "noten.docx"
    document = docx.Document()
    p = document.add_paragraph("Eerst de kosten.")
    add_note_reference(p, "footnote", 2)
    p = document.add_paragraph("Dan de rente.")
    add_note_reference(p, "footnote", 1)
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Totaal te betalen"
    table.cell(0, 2).text = "€ 298,10"
    document.save(str(path))
    add_notes(path, footnotes={1: "Over de rente.", 2: "Over de kosten."}, endnotes={})
    result = read_path(path)
    assert [(b.text, b.origin.part, b.origin.detail) for b in result.blocks] == [
        ("Eerst de kosten.", "body", ""),
        ("Dan de rente.", "body", ""),
        ("Totaal te betalen", "table", "tabel 1, rij 1, cel 1"),
        ("€ 298,10", "table", "tabel 1, rij 1, cel 2"),
        ("Over de kosten.", "footnote", "nummer 1"),
        ("Over de rente.", "footnote", "nummer 2"),
    ]


# --- headers and footers --------------------------------------------------------------


def test_headers_per_section_once(tmp_path: Path):
    document = docx.Document()
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Briefhoofd eerste pagina"
    first.header.paragraphs[0].text = "Vervolgpagina koptekst"
    first.footer.paragraphs[0].text = "Voettekst van de brief"
    document.add_paragraph("Tekst in sectie een.")
    document.add_section()
    document.add_paragraph("Tekst in sectie twee.")  # section 2 is linked to section 1
    result = save_and_read(document, tmp_path)
    assert [(b.text, b.origin.part, b.origin.detail) for b in result.blocks] == [
        ("Briefhoofd eerste pagina", "header", "sectie 1, eerste pagina"),
        ("Vervolgpagina koptekst", "header", "sectie 1"),
        ("Tekst in sectie een.", "body", ""),
        ("Tekst in sectie twee.", "body", ""),
        ("Voettekst van de brief", "footer", "sectie 1"),
    ]


def test_headers_that_are_not_shown_are_left_out(tmp_path: Path):
    document = docx.Document()
    section = document.sections[0]
    section.first_page_header.paragraphs[0].text = "Niet zichtbare eerste pagina"
    section.even_page_header.paragraphs[0].text = "Niet zichtbare even pagina"
    section.header.paragraphs[0].text = "Gewone koptekst"
    document.add_paragraph("Geachte mevrouw De Vries,")
    result = save_and_read(document, tmp_path)
    assert [b.text for b in result.blocks] == ["Gewone koptekst", "Geachte mevrouw De Vries,"]

    document.settings.odd_and_even_pages_header_footer = True
    result = save_and_read(document, tmp_path, "even.docx")
    assert [(b.text, b.origin.detail) for b in result.blocks[:2]] == [
        ("Gewone koptekst", "oneven pagina's"),
        ("Niet zichtbare even pagina", "even pagina's"),
    ]


def test_own_header_in_second_section(tmp_path: Path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Koptekst een"
    document.add_paragraph("Sectie een.")
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Koptekst twee"
    document.add_paragraph("Sectie twee.")
    result = save_and_read(document, tmp_path)
    assert [(b.text, b.origin.detail) for b in result.blocks[:2]] == [
        ("Koptekst een", "sectie 1"),
        ("Koptekst twee", "sectie 2"),
    ]


# --- other package forms --------------------------------------------------------------


def test_strict_open_xml_namespaces(tmp_path: Path):
    path = tmp_path / "strikt.docx"
    document = docx.Document()
    document.add_paragraph("Wij ontvingen uw betaling niet.")
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml")
    strict = xml.replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    )
    rewrite_zip(path, {"word/document.xml": strict})
    assert read_path(path).text == "Wij ontvingen uw betaling niet."


def test_main_part_found_through_relationships(tmp_path: Path):
    path = tmp_path / "anders.docx"
    document = docx.Document()
    document.add_paragraph("Uw rekening staat nog open.")
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/brief.xml"] = members.pop("word/document.xml")
    members["word/_rels/brief.xml.rels"] = members.pop("word/_rels/document.xml.rels")
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"word/document.xml", b"word/brief.xml")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert read_path(path).text == "Uw rekening staat nog open."


# --- errors ---------------------------------------------------------------------------


def _valid_docx(tmp_path: Path) -> bytes:
    path = tmp_path / "geldig.docx"
    document = docx.Document()
    document.add_paragraph("Geachte heer Bakker,")
    document.save(str(path))
    return path.read_bytes()


def _bad_files(tmp_path: Path) -> dict[str, bytes]:
    valid = _valid_docx(tmp_path)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    broken_xml = dict(members, **{"word/document.xml": members["word/document.xml"][:-40]})
    return {
        "not-docx": "Geachte heer, dit is gewone tekst.".encode(),
        "password-protected": OLE_SIGNATURE + b"\0" * 200 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
        "old-word-format": OLE_SIGNATURE + b"\0" * 200 + "WordDocument".encode("utf-16-le") + b"\0" * 64,
        "rtf-format": b"{\\rtf1\\ansi Geachte heer,\\par}",
        "odt-format": zip_bytes(
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document-content/>"}
        ),
        "no-document": zip_bytes({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}),
        "corrupt-docx": valid[: len(valid) // 2],
        "corrupt-xml": zip_bytes(broken_xml),
        "too-large-part": declare_size(valid, "word/document.xml", 50 * 1024 * 1024 + 1),
    }


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("not-docx", "not-docx"),
        ("password-protected", "password-protected"),
        ("old-word-format", "old-word-format"),
        ("rtf-format", "rtf-format"),
        ("odt-format", "odt-format"),
        ("no-document", "no-document"),
        ("corrupt-docx", "corrupt-docx"),
        ("corrupt-xml", "corrupt-docx"),
        ("too-large-part", "too-large"),
    ],
)
def test_error_codes(tmp_path: Path, case: str, code: str):
    data = _bad_files(tmp_path)[case]
    with pytest.raises(ReadError) as caught:
        read("brief.docx", data)
    assert caught.value.code == code
    assert caught.value.message  # Dutch, for the user


def test_too_large_in_total():
    data = zip_bytes({f"word/media/image{i}.png": b"" for i in range(5)})
    for i in range(5):
        data = declare_size(data, f"word/media/image{i}.png", 45 * 1024 * 1024)
    with pytest.raises(ReadError) as caught:
        read("brief.docx", data)
    assert caught.value.code == "too-large"


def test_word_document_that_is_not_wordprocessingml(tmp_path: Path):
    valid = _valid_docx(tmp_path)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = b"<html><body>Geachte heer</body></html>"
    with pytest.raises(ReadError) as caught:
        read("brief.docx", zip_bytes(members))
    assert caught.value.code == "no-document"


def test_entities_are_not_expanded(tmp_path: Path):
    valid = _valid_docx(tmp_path)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY geheim SYSTEM "file:///etc/passwd">'
        b'<!ENTITY lol "lollollollollollollollollollol">]>'
        b'<w:document ' + W.encode() + b"><w:body><w:p><w:r><w:t>Geachte &geheim; &lol;</w:t></w:r></w:p>"
        b"</w:body></w:document>"
    )
    document = read("brief.docx", zip_bytes(members))
    assert "root:" not in document.text
    assert "lollol" not in document.text


def test_empty_document_is_reported_by_read_document(tmp_path: Path):
    path = tmp_path / "leeg.docx"
    docx.Document().save(str(path))
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert caught.value.code == "empty"


# --- robustness -----------------------------------------------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b)))
def test_random_bytes_only_raise_read_errors(data: bytes):
    try:
        read("brief.docx", data)
    except ReadError as error:
        assert error.code


_LETTER_BYTES: dict[str, bytes] = {}


def _letter_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not _LETTER_BYTES:
        path = tmp_path_factory.mktemp("fuzz") / "brief.docx"
        build_full_letter(path)
        _LETTER_BYTES["full"] = path.read_bytes()
    return _LETTER_BYTES["full"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_letters_only_raise_read_errors(tmp_path_factory, changes):
    data = bytearray(_letter_bytes(tmp_path_factory))
    for position, value in changes:
        data[position % len(data)] = value
    try:
        read("brief.docx", bytes(data))
    except ReadError as error:
        assert error.code


_LEAVES = [
    "<w:t>Tekst</w:t>",
    "<w:t>«Naam»</w:t>",
    "<w:tab/>",
    "<w:br/>",
    '<w:fldChar w:fldCharType="begin"/>',
    '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>',
    "<w:instrText> MERGEFIELD Naam </w:instrText>",
    "<w:delText>weg</w:delText>",
    '<w:sym w:font="Wingdings" w:char="F028"/>',
    '<w:footnoteReference w:id="1"/>',
    '<w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="²"/></w:pPr>',
    '<w:rPr><w:rStyle w:val="Onbekend"/><w:color w:val="FF00"/><w:b w:val="x"/></w:rPr>',
    '<w:sym w:char="-1"/>',
    '<w:sym w:font="Symbol" w:char="zz"/>',
]
_WRAPPERS = [
    "w:p", "w:r", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:hyperlink", "w:ins",
    "w:del", 'w:fldSimple w:instr=" MERGEFIELD Bedrag "', "w:txbxContent", "w:drawing",
    "mc:AlternateContent", "mc:Choice", "mc:Fallback", "w:customXml", "w:pict",
]
# Well-formed XML with Word's elements nested in every odd way: the walker must cope.
_ODD_XML = st.recursive(
    st.sampled_from(_LEAVES),
    lambda children: st.tuples(st.sampled_from(_WRAPPERS), st.lists(children, max_size=4)).map(
        lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0].split()[0]}>"
    ),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ODD_XML, max_size=5).map("".join))
def test_odd_document_structure_is_read_consistently(tmp_path_factory, body):
    with zipfile.ZipFile(io.BytesIO(_letter_bytes(tmp_path_factory))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = (
        f'<w:document {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()
    document = read("brief.docx", zip_bytes(members))
    assert "weg" not in document.text
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert block.style["chars"] == len(block.text)
    for ph in document.placeholders:
        block = document.block_at(ph.start)
        assert block is not None and ph.end <= block.end
