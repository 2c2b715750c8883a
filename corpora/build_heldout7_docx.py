"""Build the two round-7 held-out .docx letters in corpora/letters/ (names ending in ``_r7.docx``).

These letters were the seventh held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r7.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout7_docx.py    # writes corpora/letters/*_r7.docx

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


def build_aanmaning_harsh_tuincentrum(path: Path) -> None:
    """Harsh aanmaning from a garden centre about a customer account (garden shed and plants).

    All-caps letterhead only in the header (not a layout problem); a red bold caps stamp in the
    body. The amount table adds "Administratiekosten" (a separate fee). Impersonal salutation
    although the name is in the address block, a five-day term after the letter date, hand-over
    without notice, costs on the reader, BKR, and a home visit tucked into a P.S. The only way to
    reach the sender is the e-mail address in the footer.
    """
    doc = _new_document("Tweede aanmaning klantrekening")
    section = doc.sections[0]
    _header_text(section, [
        "TUINCENTRUM DE HORTENSIAHOF",
        "Alles voor huis en tuin · Tiendweg 40 · 2671 SB Naaldwijk",
    ])
    _footer_text(
        section,
        "Tuincentrum De Hortensiahof B.V. · Tiendweg 40 · 2671 SB Naaldwijk · "
        "debiteuren@hortensiahof.nl · KvK 77889900",
    )
    _lines(doc, ["Mevrouw C.J. Vreugdenhil", "Zwethlaan 17", "2675 LC Honselersdijk"])
    doc.add_paragraph("Naaldwijk, 4 november 2026")
    doc.add_paragraph("Klantnummer: HH-20931")
    doc.add_paragraph("Betreft: openstaande facturen klantrekening")
    _stamp(doc, "TWEEDE EN LAATSTE AANMANING", red=True, size=14)
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Op 14 augustus 2026 heeft u bij ons op rekening een tuinhuis van vuren hout en diverse "
        "beplanting afgenomen. Ondanks onze herinnering van 30 september jl. hebben wij tot op "
        "heden geen betaling van u mogen ontvangen. Voor een klant met een rekening bij ons vinden "
        "wij dit onbegrijpelijk."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Factuur 2026-0815 tuinhuis Lodge 300, inclusief plaatsing", "€ 589,00"),
        ("Factuur 2026-0816 hagen en vaste planten", "€ 100,40"),
        ("Administratiekosten", "€ 15,00"),
        ("Totaal", "€ 704,40"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U dient het totaalbedrag van € 704,40 binnen vijf dagen na dagtekening van deze brief "
        "over te maken op NL00 TEST 0123 4567 89 o.v.v. uw klantnummer HH-20931."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan wordt uw klantrekening geblokkeerd en wordt de vordering "
        "zonder nadere aankondiging uit handen gegeven aan ons incassobureau. Alle hieruit "
        "voortvloeiende kosten komen voor uw rekening. Tevens melden wij uw achterstand bij het BKR."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Tuincentrum De Hortensiahof", "Afdeling Debiteurenbeheer", "", "J. Brouwer"])
    doc.add_paragraph(
        "P.S. Ook een huisbezoek door onze buitendienst behoort tot de mogelijkheden."
    )
    doc.save(path)


def build_herinnering_mixed_zwemschool(path: Path) -> None:
    """Mixed herinnering from a swimming school about one block of a child's lessons.

    Mostly warm B1: an exclamation mark of praise (not pressure), the amount in a table, payment in
    two parts under a bold heading, phone and e-mail in an info table. The debt-help referral sits
    only in the footer. The harsh part is a bold P.S.: a hand-over and all costs on the reader.
    """
    doc = _new_document("Lesgeld zwemles blok 2")
    section = doc.sections[0]
    _header_text(section, [
        "Zwemschool De Waterlelie",
        "Zwembad De Vennen · Vennenlaan 2 · 5283 JB Boxtel",
    ])
    _footer_text(
        section,
        "Moeite met het betalen van rekeningen? De gemeente Boxtel helpt gratis met schuldhulp. "
        "Kijk ook op geldfit.nl of bel 0800-8115. · Zwemschool De Waterlelie · KvK 66554433",
    )
    _lines(doc, ["Mevrouw M. van Hout", "Kempenlaan 45", "5281 KA Boxtel"])
    doc.add_paragraph("Boxtel, 4 november 2026")
    doc.add_paragraph("Betreft: lesgeld zwemles Daan, blok 2")
    doc.add_paragraph("Leerlingnummer: WL-0927")
    doc.add_paragraph("Beste mevrouw Van Hout,")
    doc.add_paragraph(
        "Daan zwemt sinds september bij ons in de groep voor diploma A. Hij doet het heel goed: "
        "vorige week zwom hij voor het eerst een hele baan zonder hulp!"
    )
    doc.add_paragraph(
        "Voor het tweede lesblok hebben wij nog geen lesgeld van u gekregen. Het gaat om dit bedrag:"
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Blok 2: 10 zwemlessen, 14 oktober tot en met 16 december", "€ 145,00"),
        ("Totaal", "€ 145,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 145,00 overmaken vóór 1 december 2026? Ons rekeningnummer is "
        "NL00 TEST 0123 4567 89. Zet het leerlingnummer WL-0927 erbij. U kunt ook pinnen bij de "
        "kassa van het zwembad."
    )
    _bold_heading(doc, "Liever in twee keer?")
    doc.add_paragraph(
        "Dat mag. U betaalt dan € 72,50 in december en € 72,50 in januari. Laat het ons even weten, "
        "dan zetten wij het zo in onze administratie."
    )
    _bold_heading(doc, "Vragen? Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "0411-67 30 52, dinsdag en donderdag van 9.00 tot 12.00 uur"),
        ("Mailen", "lesadministratie@zwemschooldewaterlelie.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Heeft u al betaald? Dank u wel, dan is deze brief niet meer nodig.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ingrid Peeters", "Lesadministratie Zwemschool De Waterlelie"])
    _bold_heading(
        doc,
        "P.S. Staat het bedrag op 1 december nog open, dan geven wij uw dossier uit handen. "
        "Alle kosten die daarbij komen, zijn voor uw rekening.",
    )
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_tuincentrum_r7.docx": build_aanmaning_harsh_tuincentrum,
    "herinnering_mixed_zwemschool_r7.docx": build_herinnering_mixed_zwemschool,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
