"""Build the two .docx example letters in corpora/letters/.

The .txt letters cannot show what only Word has: a letterhead in the header, an address or
phone number in the footer, amounts in a real table, red bold underlined "stamp" text. These
two letters exist to test the .docx reader and the rules that must look into those parts.
Both letters are fictional and written for this project.

    python corpora/build_docx.py            # writes corpora/letters/*.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT_DIR = Path(__file__).resolve().parent / "letters"

RED = RGBColor(0xC0, 0x00, 0x00)
FIXED_DATE = _dt.datetime(2026, 1, 1, 12, 0, 0)


def _new_document(title: str) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    props = doc.core_properties
    props.author = "lettercheck corpus"
    props.last_modified_by = "lettercheck corpus"
    props.title = title
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    return doc


def _lines(doc_or_part, lines: list[str], *, bold_first: bool = False, size: float | None = None,
           align=None) -> None:
    """One paragraph with line breaks, the way a Word user types an address block."""
    para = doc_or_part.add_paragraph()
    if align is not None:
        para.alignment = align
    for i, line in enumerate(lines):
        run = para.add_run(line)
        if bold_first and i == 0:
            run.bold = True
        if size is not None:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _header_text(section, lines: list[str], *, bold_first: bool = True, size: float = 12) -> None:
    header = section.header
    header.is_linked_to_previous = False
    para = header.paragraphs[0]
    for i, line in enumerate(lines):
        run = para.add_run(line)
        run.font.size = Pt(size if i == 0 else 9)
        if bold_first and i == 0:
            run.bold = True
        if i < len(lines) - 1:
            run.add_break()


def _footer_text(section, text: str) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    para = footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.font.size = Pt(8.5)


def _amount_table(doc, rows: list[tuple[str, ...]], *, bold_last: bool = True) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
            if run is not None and (r == 0 or (bold_last and r == len(rows) - 1)):
                run.bold = True
            if c == len(row) - 1:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_aanmaning_harsh_woonstichting(path: Path) -> None:
    """Harsh aanmaning: letterhead in the header, amounts in a table, red stamp, address in footer."""
    doc = _new_document("Aanmaning huurachterstand")
    section = doc.sections[0]
    _header_text(section, [
        "WOONSTICHTING HET ANKER",
        "Afdeling Huurincasso",
        "Telefoon 0299-123 456",
    ])
    _footer_text(
        section,
        "Woonstichting Het Anker · Havenkade 5 · 1131 EP Volendam · "
        "KvK 41234567 · IBAN NL00 TEST 0123 4567 89",
    )

    _lines(doc, ["De heer T. Smit", "Dijkgraafstraat 19", "1132 KL Volendam"])
    doc.add_paragraph("Volendam, 8 mei 2026")
    doc.add_paragraph("Betreft: AANMANING huurachterstand, huurcontract 7730-12")
    doc.add_paragraph("Geachte heer Smit,")
    doc.add_paragraph(
        "Uit onze administratie is gebleken dat u heeft verzuimd de huur over de maanden maart en "
        "april 2026 te voldoen. Ondanks onze eerdere herinneringen is betaling tot op heden "
        "uitgebleven. Wij zijn niet bereid deze gang van zaken nog langer af te wachten."
    )
    _amount_table(doc, [
        ("Periode", "Omschrijving", "Bedrag"),
        ("maart 2026", "Kale huur en servicekosten", "€ 745,20"),
        ("april 2026", "Kale huur en servicekosten", "€ 745,20"),
        ("", "Aanmaningskosten", "€ 12,50"),
        ("", "Totaal verschuldigd", "€ 1.502,90"),
    ])
    doc.add_paragraph(
        "Wij sommeren u het totaal verschuldigde bedrag van € 1.502,90 per omgaande, doch "
        "uiterlijk binnen 8 dagen na dagtekening van dit schrijven, te voldoen op ons "
        "rekeningnummer onder vermelding van het huurcontractnummer."
    )

    stamp = doc.add_paragraph()
    run = stamp.add_run("LAATSTE WAARSCHUWING")
    run.bold = True
    run.underline = True
    run.font.color.rgb = RED
    run.font.size = Pt(14)

    doc.add_paragraph(
        "Indien betaling binnen voornoemde termijn uitblijft, zullen wij de vordering zonder "
        "nadere aankondiging uit handen geven aan onze deurwaarder. Deze zal gerechtelijke "
        "stappen ondernemen teneinde ontbinding van de huurovereenkomst en ontruiming van het "
        "gehuurde te vorderen. Alle hieruit voortvloeiende kosten komen geheel voor uw rekening."
    )
    doc.add_paragraph(
        "Wij zullen dit niet langer tolereren! Wij gaan ervan uit dat u thans onverwijld tot "
        "betaling zult overgaan."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Woonstichting Het Anker", "drs. W.F. Mulder", "Hoofd Huurincasso"])
    doc.save(path)


def build_herinnering_warm_waterbedrijf(path: Path) -> None:
    """Warm B1 herinnering: phone and opening hours only in the footer, help block in the body."""
    doc = _new_document("Herinnering waterrekening")
    section = doc.sections[0]
    _header_text(section, ["Waterbedrijf Rivierenland", "Postbus 1180", "4000 BD Tiel"])
    _footer_text(
        section,
        "Vragen? Bel 0344-123 456, op werkdagen van 8.00 tot 17.00 uur. "
        "Of mail naar klantenservice@waterrivierenland.nl",
    )

    _lines(doc, ["Mevrouw M. van Rijn", "Waalkade 8", "4001 LB Tiel"])
    doc.add_paragraph("Tiel, 1 juni 2026")
    doc.add_paragraph("Betreft: uw waterrekening van april")
    doc.add_paragraph("Beste mevrouw Van Rijn,")
    doc.add_paragraph(
        "Wij hebben uw waterrekening van april nog niet ontvangen. Het gaat om € 96,80. "
        "Wilt u dit bedrag betalen vóór 15 juni 2026?"
    )
    _amount_table(doc, [
        ("Rekening", "Datum", "Bedrag"),
        ("2026-04-55172", "1 april 2026", "€ 96,80"),
    ], bold_last=False)
    doc.add_paragraph(
        "Maak het bedrag over naar NL00 TEST 0123 4567 89 van Waterbedrijf Rivierenland. "
        "Zet het nummer 2026-04-55172 erbij. Heeft u al betaald? Dan hoeft u niets te doen."
    )

    heading = doc.add_paragraph()
    heading.add_run("Lukt betalen niet? Wij helpen u graag.").bold = True
    doc.add_paragraph(
        "Bel ons. Ons telefoonnummer staat onderaan deze brief. Samen kijken we wat u kunt "
        "betalen.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "U kunt ook in 4 delen betalen. Dan betaalt u 4 maanden lang € 24,20 per maand. "
        "Dat heet een betalingsregeling. Het kost niets.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Heeft u meer rekeningen die u niet kunt betalen? Uw gemeente helpt u gratis met "
        "schuldhulp.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Wilt u eerst anoniem advies? Kijk op Geldfit.nl of bel gratis 0800-8115.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Veel mensen hebben weleens moeite met hun rekeningen. Hulp vragen is heel normaal. "
        "Hoe eerder, hoe beter."
    )

    heading = doc.add_paragraph()
    heading.add_run("Wat gebeurt er als u niet betaalt?").bold = True
    doc.add_paragraph(
        "Betaalt u niet vóór 15 juni? Dan sturen wij u nog een brief. Daarin leest u hoeveel u "
        "dan meer moet betalen. Dat willen wij liever voorkomen. Bel ons daarom als betalen niet lukt."
    )
    doc.add_paragraph("Klopt de rekening niet? Laat het ons weten. Wij zoeken het dan eerst uit.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Kees Hoogendoorn", "Klantenservice Waterbedrijf Rivierenland"])
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_woonstichting.docx": build_aanmaning_harsh_woonstichting,
    "herinnering_warm_waterbedrijf.docx": build_herinnering_warm_waterbedrijf,
}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        target = OUT_DIR / name
        build(target)
        print(target)


if __name__ == "__main__":
    main()
