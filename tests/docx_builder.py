"""Build .docx fixtures for tests: python-docx where it has an API, raw OXML where not.

:func:`build_full_letter` writes a short Dutch collection letter that uses every part and
construct the .docx reader has to handle, each with a distinctive phrase, and returns a
description of those phrases so that tests can assert where each one ends up (or that it
does not show up at all). The smaller ``add_*`` helpers can be used to build other
fixtures.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = f'xmlns:w="{W_NS}"'
_WR = f'{_W} xmlns:r="{R_NS}"'
_TEXTBOX_NAMESPACES = (
    f'{_W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_ids = iter(range(100, 10_000))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run_xml(text: str, namespaces: str = _W) -> str:
    return f'<w:r {namespaces}><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'


def add_complex_field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A field as Word writes it: begin, instruction runs, separate, result, end."""
    p = paragraph._p
    p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {_W}><w:instrText xml:space="preserve">{_escape(instruction)}</w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    if result:
        p.append(parse_xml(_run_xml(result)))
    p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>'))


def add_simple_field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A w:fldSimple field with its result run."""
    inner = _run_xml(result) if result else ""
    paragraph._p.append(parse_xml(f'<w:fldSimple {_W} w:instr="{_escape(instruction)}">{inner}</w:fldSimple>'))


def add_content_control_run(paragraph: Paragraph, text: str, alias: str = "Veld") -> None:
    """A run-level content control (w:sdt) holding one run."""
    paragraph._p.append(
        parse_xml(
            f'<w:sdt {_W}><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{next(_ids)}"/></w:sdtPr>'
            f"<w:sdtContent>{_run_xml(text)}</w:sdtContent></w:sdt>"
        )
    )


def add_content_control_block(document: Any, text: str, alias: str = "Blok") -> None:
    """A block-level content control (w:sdt) holding one paragraph, at the end of the body."""
    sdt = parse_xml(
        f'<w:sdt {_W}><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{next(_ids)}"/></w:sdtPr>'
        f"<w:sdtContent><w:p>{_run_xml(text)}</w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.sectPr.addprevious(sdt)


def add_tracked_insertion(paragraph: Paragraph, text: str) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:ins {_W} w:id="{next(_ids)}" w:author="Jan" w:date="2024-05-01T10:00:00Z">'
            f"{_run_xml(text)}</w:ins>"
        )
    )


def add_tracked_deletion(paragraph: Paragraph, text: str) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:del {_W} w:id="{next(_ids)}" w:author="Jan" w:date="2024-05-01T10:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{_escape(text)}</w:delText></w:r></w:del>'
        )
    )


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """An external hyperlink; python-docx can read these but not create them."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {_WR} r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            f'<w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:hyperlink>'
        )
    )


def add_textbox(paragraph: Paragraph, text: str) -> None:
    """A text box as Word 2010+ writes it: DrawingML in mc:Choice, the same text in VML."""
    content = f"<w:txbxContent><w:p>{_run_xml(text)}</w:p></w:txbxContent>"
    shape_id = next(_ids)
    paragraph._p.append(
        parse_xml(
            f"<w:r {_TEXTBOX_NAMESPACES}><mc:AlternateContent>"
            '<mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="1800000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="Tekstvak {shape_id}"/>'
            "<wp:cNvGraphicFramePr/>"
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="720000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict>"
            '<v:shape type="#_x0000_t202" style="position:absolute;width:141.75pt;height:56.7pt">'
            f"<v:textbox>{content}</v:textbox></v:shape>"
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )


def add_note_reference(paragraph: Paragraph, kind: str, note_id: int) -> None:
    """A footnote or endnote reference mark; the note itself goes in via :func:`add_notes`."""
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    paragraph._p.append(
        parse_xml(
            f'<w:r {_W}><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>'
        )
    )


def _notes_xml(kind: str, notes: dict[int, str], continuation_notice: str) -> bytes:
    """A footnotes.xml or endnotes.xml with Word's separator notes and the given notes."""
    body = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>',
    ]
    if continuation_notice:
        body.append(
            f'<w:{kind} w:type="continuationNotice" w:id="99"><w:p>{_run_xml(continuation_notice, "")}</w:p></w:{kind}>'
        )
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    for note_id, text in notes.items():
        body.append(
            f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{ref}/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_escape(text)}</w:t></w:r></w:p></w:{kind}>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {_WR}>'
        + "".join(body)
        + f"</w:{kind}s>"
    ).encode()


def rewrite_zip(path: str | Path, changes: dict[str, bytes]) -> None:
    """Replace or add members of a saved .docx."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def add_notes(
    path: str | Path,
    footnotes: dict[int, str],
    endnotes: dict[int, str],
    continuation_notice: str = "",
) -> None:
    """Add footnotes.xml and endnotes.xml to a saved .docx (python-docx cannot)."""
    with zipfile.ZipFile(path) as source:
        content_types = source.read("[Content_Types].xml").decode()
        rels = source.read("word/_rels/document.xml.rels").decode()
    overrides = rel_entries = ""
    changes: dict[str, bytes] = {}
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if not notes:
            continue
        changes[f"word/{kind}s.xml"] = _notes_xml(kind, notes, continuation_notice)
        overrides += (
            f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/>'
        )
        rel_entries += (
            f'<Relationship Id="rIdNotes{kind}" Type="{R_NS}/{kind}s" Target="{kind}s.xml"/>'
        )
    changes["[Content_Types].xml"] = content_types.replace("</Types>", overrides + "</Types>").encode()
    changes["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", rel_entries + "</Relationships>").encode()
    rewrite_zip(path, changes)


def build_full_letter(path: str | Path) -> dict[str, Any]:
    """Write a collection letter that uses every part the .docx reader knows about.

    Returns a description of what a reader must find:

    - ``visible``: marker name -> {"text", "part", "detail"}: a phrase, the
      Origin.part and Origin.detail of the block that must hold it;
    - ``order``: marker names in the reading order the blocks must follow;
    - ``absent``: marker name -> phrase that must not appear in the text at all
      (tracked deletion, comment, field instruction, separator note);
    - ``fields``: merge field name -> (visible text, placeholder kind);
    - ``formatting``: "bold" / "red" / "underline" -> the phrase with that formatting
      (the only such text in its paragraph).
    """
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Incassobureau Zeewind – uw kenmerk 2024-118"
    section.footer.paragraphs[0].text = "Zeewind Incasso, Postbus 4321, 3500 AA Utrecht"

    greeting = document.add_paragraph("Geachte ")
    add_complex_field(greeting, " MERGEFIELD Naam \\* MERGEFORMAT ", "«Naam»")
    greeting.add_run(",")

    facts = document.add_paragraph("U heeft de factuur van maart nog niet betaald. Het openstaande bedrag is ")
    add_simple_field(facts, " MERGEFIELD Bedrag \\* MERGEFORMAT ", "«Bedrag»")
    facts.add_run(".")
    add_note_reference(facts, "footnote", 1)

    warning = document.add_paragraph()
    warning.add_run("Let op:").bold = True
    warning.add_run(" dit is een ")
    warning.add_run("laatste herinnering").font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    warning.add_run(". Betaal ")
    warning.add_run("voor 1 juni 2024").underline = True
    warning.add_run(".")

    request = document.add_paragraph("Wij vragen u ")
    add_tracked_insertion(request, "vriendelijk maar duidelijk ")
    add_tracked_deletion(request, "dringend en zonder uitstel ")
    request.add_run("het bedrag te betalen.")

    contact = document.add_paragraph()
    commented = contact.add_run("Neem contact met ons op als u het niet eens bent met deze brief.")
    document.add_comment(commented, text="Interne notitie: toon nog verzachten", author="Jan", initials="JV")

    online = document.add_paragraph("Betalen kan via ")
    add_hyperlink(online, "https://www.zeewind-incasso.nl/betalen", "www.zeewind-incasso.nl/betalen")
    online.add_run(".")

    reference = document.add_paragraph("Noem bij betaling uw ")
    add_content_control_run(reference, "dossiernummer 2024-118", "Dossier")
    reference.add_run(".")

    add_content_control_block(document, "Een betalingsregeling is mogelijk.")

    questions = document.add_paragraph("Heeft u vragen? Kijk dan in het kader hiernaast.")
    add_textbox(questions, "Bel ons gerust op werkdagen: 030-1234567.")

    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Omschrijving"
    table.cell(0, 1).text = "Bedrag"
    table.cell(0, 2).text = "Toelichting bij de kosten"
    table.cell(0, 2).merge(table.cell(1, 2))
    table.cell(1, 0).text = "Hoofdsom factuur maart"
    table.cell(1, 1).text = "€ 250,00"
    table.cell(2, 0).text = "Bijkomende kosten"
    nested = table.cell(2, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Rente tot vandaag"
    nested.cell(0, 1).text = "€ 4,10"
    table.cell(2, 1).text = "€ 44,10"
    table.cell(2, 2).text = "Wettelijke incassokosten"

    closing = document.add_paragraph("Met vriendelijke groet,")
    add_note_reference(closing, "endnote", 1)
    document.add_paragraph("Afdeling Klantenservice")

    document.save(str(path))
    add_notes(
        path,
        footnotes={1: "De wettelijke rente staat in artikel 6:119 van het Burgerlijk Wetboek."},
        endnotes={1: "Deze brief is automatisch gemaakt en daarom niet ondertekend."},
        continuation_notice="(vervolg van de voetnoot)",
    )

    def marker(text: str, part: str, detail: str = "") -> dict[str, str]:
        return {"text": text, "part": part, "detail": detail}

    visible = {
        "header": marker("Incassobureau Zeewind", "header"),
        "greeting": marker("Geachte «Naam»,", "body"),
        "body": marker("U heeft de factuur van maart nog niet betaald.", "body"),
        "insertion": marker("vriendelijk maar duidelijk", "body"),
        "commented": marker("Neem contact met ons op", "body"),
        "hyperlink": marker("www.zeewind-incasso.nl/betalen", "body"),
        "run_content_control": marker("dossiernummer 2024-118", "body"),
        "block_content_control": marker("Een betalingsregeling is mogelijk.", "body"),
        "textbox_anchor": marker("Kijk dan in het kader hiernaast.", "body"),
        "textbox": marker("Bel ons gerust op werkdagen", "textbox", "tekstvak 1"),
        "merged_cell": marker("Toelichting bij de kosten", "table", "tabel 1, rij 1, cel 3"),
        "table": marker("Hoofdsom factuur maart", "table", "tabel 1, rij 2, cel 1"),
        "nested_table": marker("Rente tot vandaag", "table", "tabel 1, rij 3, cel 1, tabel 1, rij 1, cel 1"),
        "after_nested_table": marker("Wettelijke incassokosten", "table", "tabel 1, rij 3, cel 3"),
        "closing": marker("Afdeling Klantenservice", "body"),
        "footnote": marker("artikel 6:119", "footnote", "nummer 1"),
        "endnote": marker("automatisch gemaakt", "endnote", "nummer 1"),
        "footer": marker("Postbus 4321", "footer"),
    }
    return {
        "visible": visible,
        "order": list(visible),
        "absent": {
            "deletion": "dringend en zonder uitstel",
            "comment": "toon nog verzachten",
            "instruction": "MERGEFIELD",
            "format_switch": "MERGEFORMAT",
            "continuation_notice": "vervolg van de voetnoot",
        },
        "fields": {"Naam": ("«Naam»", "name"), "Bedrag": ("«Bedrag»", "amount")},
        "formatting": {"bold": "Let op:", "red": "laatste herinnering", "underline": "voor 1 juni 2024"},
    }


def add_paragraph_xml(document: Any, inner: str) -> None:
    """Append a paragraph given as raw OXML (its content, without the w:p element).

    The common WordprocessingML, DrawingML, VML and markup-compatibility prefixes (w, r,
    mc, wp, a, wps, v) are declared for the snippet.
    """
    paragraph = parse_xml(f'<w:p {_TEXTBOX_NAMESPACES} xmlns:r="{R_NS}">{inner}</w:p>')
    document.element.body.sectPr.addprevious(paragraph)
