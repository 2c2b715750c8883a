"""Build the two round-9 held-out .docx letters in corpora/letters/ (names ending in ``_r9.docx``).

These letters were the ninth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r9.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout9_docx.py    # writes corpora/letters/*_r9.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
The helpers come from build_docx.py.
"""

from __future__ import annotations

from pathlib import Path

from build_docx import (
    write_all,
    _amount_table,
    _bold_heading,
    _footer_text,
    _header_text,
    _info_table,
    _lines,
    _new_document,
    _stamp,
)


def build_aanmaning_mixed_bijlesinstituut(path: Path) -> None:
    """Mixed aanmaning from a private tutoring institute about two months of lessons.

    Mostly warm B1 (lessons in a table, four instalments, a named contact person with a direct
    number in an info table). The debt-help referral sits only in the footer. Two harsh
    sentences: distrust ("nu wel") and a bailiff threat dressed up as a kind wish.
    """
    doc = _new_document("Bijles wiskunde september en oktober")
    section = doc.sections[0]
    _header_text(section, [
        "Het Rekenlab",
        "Bijles en huiswerkbegeleiding · Snouckaertlaan 12 · 3811 MB Amersfoort · www.hetrekenlab.nl",
    ])
    _footer_text(
        section,
        "Lukt het niet meer met de rekeningen? Op www.geldfit.nl of via 0800-8115 vindt u gratis "
        "hulp bij u in de buurt. · Het Rekenlab · KvK 70112233",
    )
    _lines(doc, ["Mevrouw A. de Graaf", "Leusderweg 88", "3817 KC Amersfoort"])
    doc.add_paragraph("Amersfoort, 9 november 2026")
    doc.add_paragraph("Betreft: bijles wiskunde van Thijs in september en oktober")
    doc.add_paragraph("Beste mevrouw De Graaf,")
    doc.add_paragraph(
        "Thijs komt sinds de zomer twee keer per week bij ons voor wiskunde B. Zijn docent Mark "
        "vertelt dat hij goed vooruitgaat. Voor zijn laatste toets had hij een 7,2. Daar zijn we "
        "best trots op."
    )
    doc.add_paragraph(
        "De lessen van september en oktober zijn nog niet betaald. Op 5 oktober en 2 november "
        "stuurden we u daarover al een e-mail. Hieronder ziet u om welke lessen het gaat."
    )
    _amount_table(doc, [
        ("Maand", "Lessen", "Bedrag"),
        ("september 2026", "8 lessen wiskunde B", "€ 280,00"),
        ("oktober 2026", "8 lessen wiskunde B", "€ 280,00"),
        ("Totaal", "", "€ 560,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 560,00 overmaken vóór 23 november 2026? Het rekeningnummer is "
        "NL00 TEST 0123 4567 89. Zet 'Thijs de Graaf' erbij. Wij rekenen erop dat u nu wel op "
        "tijd betaalt."
    )
    _bold_heading(doc, "Betalen in delen")
    doc.add_paragraph(
        "Is € 560,00 te veel in één keer? Dan kunt u ook in vier delen van € 140,00 betalen, "
        "van november tot en met februari. Thijs kan dan gewoon blijven komen."
    )
    doc.add_paragraph(
        "Wij willen graag dat het hierbij blijft. Een bezoek van de deurwaarder gunnen wij "
        "niemand, en zeker niet een gezin dat al zo lang bij ons komt."
    )
    _bold_heading(doc, "Wie kunt u bellen?")
    _info_table(doc, [
        ("Uw contactpersoon", "Ingrid Stam, administratie"),
        ("Direct nummer", "033-303 71 58 (maandag, dinsdag en donderdag, 9.00 tot 15.00 uur)"),
        ("E-mail", "ingrid@hetrekenlab.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ingrid Stam", "Het Rekenlab"])
    doc.save(path)


def build_sommatie_harsh_pianoverhuur(path: Path) -> None:
    """Harsh sommatie from a piano shop's own 'Debiteurenbeheer' department about rental arrears.

    All-caps letterhead and the department's phone number in the header; three months of rent
    plus a separate administration fee in a table; a red stamp; the next steps as a numbered
    list (bailiff, beslag, BKR) and a passive cost threat. Impersonal salutation although the
    name is in the address block.
    """
    doc = _new_document("Sommatie huurachterstand vleugelpiano")
    section = doc.sections[0]
    _header_text(section, [
        "PIANOHUIS VAN WIJNGAARDEN",
        "Verkoop · Verhuur · Stemmen",
        "Afdeling Debiteurenbeheer · telefoon 023-531 66 70",
    ])
    _footer_text(
        section,
        "Pianohuis Van Wijngaarden B.V. · Grote Houtstraat 140 · 2011 SV Haarlem · "
        "KvK 34098765 · IBAN NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["De heer M. Olde", "Kleverparkweg 23", "2023 CD Haarlem"])
    doc.add_paragraph("Haarlem, 16 november 2026")
    doc.add_paragraph("Betreft: huurcontract PV-3310, achterstallige huur vleugelpiano")
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Ondanks herhaalde verzoeken van onze afdeling Debiteurenbeheer heeft u de huurtermijnen "
        "van de aan u verhuurde vleugelpiano over de maanden augustus, september en oktober 2026 "
        "niet voldaan. Ook op onze telefoontjes heeft u niet gereageerd."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur augustus 2026", "€ 59,50"),
        ("Huur september 2026", "€ 59,50"),
        ("Huur oktober 2026", "€ 59,50"),
        ("Administratiekosten", "€ 25,00"),
        ("Totaal", "€ 203,50"),
    ])
    _stamp(doc, "LAATSTE SOMMATIE", red=True, underline=True, size=14)
    doc.add_paragraph(
        "Hierbij sommeren wij u het verschuldigde bedrag van € 203,50 binnen 5 dagen na "
        "dagtekening van dit schrijven over te maken op het rekeningnummer onderaan deze brief."
    )
    doc.add_paragraph(
        "Indien wij uw betaling niet tijdig ontvangen, worden de volgende stappen gezet:"
    )
    doc.add_paragraph("1. overdracht van de vordering aan onze deurwaarder;")
    doc.add_paragraph("2. beslag op uw inboedel en uw loon;")
    doc.add_paragraph("3. melding van de achterstand bij het BKR.")
    doc.add_paragraph(
        "De kosten van al deze stappen zullen volledig op u worden verhaald."
    )
    doc.add_paragraph("Wij vertrouwen erop dat u thans wel tot betaling overgaat.")
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Pianohuis Van Wijngaarden B.V.", "Afdeling Debiteurenbeheer", "",
                 "R. Zwanenburg", "hoofd debiteurenbeheer"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_bijlesinstituut_r9.docx": build_aanmaning_mixed_bijlesinstituut,
    "sommatie_harsh_pianoverhuur_r9.docx": build_sommatie_harsh_pianoverhuur,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
