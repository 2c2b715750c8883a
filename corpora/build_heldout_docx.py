"""Build the two held-out .docx letters in corpora/letters/ (names ending in ``_h.docx``).

These letters were the first held-out test set, labelled in corpora/labels/batch-h.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout_docx.py    # writes corpora/letters/*_h.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
This script is separate from build_docx.py on purpose; it does not import from it.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from build_docx import RED, write_all
from build_docx import _amount_table as _table
from build_docx import _bold_heading as _heading
from build_docx import _footer_text as _footer
from build_docx import _header_text, _new_document
from build_docx import _lines as _block


def _header(section, lines: list[str], *, size: float = 13) -> None:
    _header_text(section, lines, size=size)


def build_aanmaning_mixed_eemland(path: Path) -> None:
    """Mixed aanmaning from a bureau: phone and e-mail only in the footer, amounts in a table,
    plan and help in the body, one distrust sentence and one threat sentence."""
    doc = _new_document("Uw rekening van Fietsplaats Amersfoort")
    section = doc.sections[0]
    _header(section, ["Eemland Incasso", "Utrechtseweg 50", "3818 EM Amersfoort"])
    _footer(
        section,
        "Eemland Incasso · Bel 033-456 78 90 (maandag tot en met vrijdag 8.30–17.00 uur) · "
        "info@eemlandincasso.nl",
    )

    _block(doc, ["De heer D. Jansen", "Leusderweg 210", "3817 KH Amersfoort"])
    doc.add_paragraph("Amersfoort, 12 mei 2026")
    _block(doc, [
        "Betreft: uw rekening van Fietsplaats Amersfoort",
        "Dossiernummer: EI-2026-1187",
    ])
    doc.add_paragraph("Beste meneer Jansen,")
    doc.add_paragraph(
        "Fietsplaats Amersfoort heeft ons gevraagd om met u een oplossing te vinden voor een "
        "rekening die nog openstaat. In februari heeft u uw fiets laten repareren. Die rekening is "
        "nog niet betaald. Fietsplaats heeft u op 24 maart een brief gestuurd. Daarin stond dat er "
        "incassokosten bij zouden komen als u niet op tijd betaalde."
    )
    _table(doc, [
        ("Wat", "Bedrag"),
        ("Reparatie fiets (factuur 2026-118)", "€ 286,00"),
        ("Incassokosten", "€ 42,90"),
        ("Totaal", "€ 328,90"),
    ])
    doc.add_paragraph(
        "Wij willen graag samen met u kijken wat mogelijk is. Soms zit het even tegen met geld. "
        "Dan is het goed om er op tijd over te praten."
    )
    _heading(doc, "Zo kunt u betalen")
    doc.add_paragraph(
        "Betaal € 328,90 vóór 26 mei 2026 op rekening NL00 TEST 0123 4567 89. "
        "Zet uw dossiernummer erbij."
    )
    doc.add_paragraph(
        "Is dat te veel in één keer? Dan kunt u ook in drie maanden betalen: twee keer € 110,00 en "
        "één keer € 108,90. Bel ons, dan regelen we het meteen. Ons telefoonnummer staat onderaan "
        "deze brief."
    )
    doc.add_paragraph(
        "Wij gaan ervan uit dat u nu wel reageert. Horen wij vóór 26 mei niets van u, dan "
        "schakelen wij zonder verder bericht onze deurwaarder in."
    )
    _heading(doc, "Hulp bij geldzorgen")
    doc.add_paragraph(
        "Heeft u meer rekeningen die blijven liggen? De gemeente Amersfoort helpt u gratis. Bel de "
        "gemeente en vraag naar schuldhulp. Liever eerst anoniem advies? Kijk dan op geldfit.nl."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _block(doc, ["Nadia El Amrani", "Eemland Incasso"])
    doc.save(path)


def build_sommatie_harsh_vangorkum(path: Path) -> None:
    """Harsh sommatie from a bureau: all-caps letterhead in the header, dossierkosten in a table,
    red bold stamp with '!!', e-mail address only in the footer."""
    doc = _new_document("Sommatie dossier VG/26/30912")
    section = doc.sections[0]
    _header(section, ["INCASSOBUREAU VAN GORKUM & ZN.", "Postbus 1021", "5200 BA 's-Hertogenbosch"])
    _footer(
        section,
        "Van Gorkum & Zn. Incasso · Postbus 1021 · 5200 BA 's-Hertogenbosch · "
        "dossiers@vangorkum-incasso.nl",
    )

    _block(doc, ["Mevrouw S. de Groot", "Kruisstraat 77", "5612 CK Eindhoven"])
    doc.add_paragraph("'s-Hertogenbosch, 14 mei 2026")
    doc.add_paragraph("Betreft: sommatie, dossier VG/26/30912")
    doc.add_paragraph("Geachte mevrouw De Groot,")
    doc.add_paragraph(
        "Tot onze verbazing hebben wij op onze brieven van 2 en 16 april 2026 geen enkele reactie "
        "van u ontvangen. U laat ons daarmee geen andere keus."
    )
    doc.add_paragraph(
        "Namens onze opdrachtgever Bellix Telecom B.V. sommeren wij u hierbij om het onderstaande "
        "bedrag binnen 48 uur na ontvangst van deze brief te voldoen."
    )
    _table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Hoofdsom (facturen januari t/m maart 2026)", "€ 219,80"),
        ("Incassokosten", "€ 40,00"),
        ("Dossierkosten", "€ 25,00"),
        ("Rente", "€ 3,12"),
        ("Totaal", "€ 287,92"),
    ])
    doc.add_paragraph(
        "U dient het totaalbedrag over te maken op NL00 TEST 0123 4567 89 o.v.v. het dossiernummer."
    )
    stamp = doc.add_paragraph()
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = stamp.add_run("DIT IS UW LAATSTE KANS!!")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RED
    doc.add_paragraph(
        "Blijft betaling uit, dan komt onze buitendienst bij u aan de deur en nemen wij contact op "
        "met uw werkgever over loonbeslag. Tevens laten wij een concept-dagvaarding opstellen. De "
        "kosten daarvan lopen snel op tot honderden euro's en komen geheel voor uw rekening."
    )
    doc.add_paragraph("Hoogachtend,")
    _block(doc, ["H. van Gorkum", "Van Gorkum & Zn. Incasso"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_eemland_h.docx": build_aanmaning_mixed_eemland,
    "sommatie_harsh_vangorkum_h.docx": build_sommatie_harsh_vangorkum,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
