"""Build the two round-17 held-out .docx letters in corpora/letters/ (names ending in ``_r17.docx``).

These letters are the seventeenth held-out test set, labelled in corpora/labels/heldout-r17.yml:
written and labelled before anyone measured lettercheck on them, never used to tune rules.
Everything in them is fictional and written for this project.

    python corpora/build_heldout17_docx.py    # writes corpora/letters/*_r17.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
The helpers come from build_docx.py.
"""

from __future__ import annotations

from pathlib import Path

from build_docx import (
    write_all,
    _amount_table,
    _footer_text,
    _header_text,
    _lines,
    _new_document,
    _stamp,
)


def build_aanmaning_harsh_postorder(path: Path) -> None:
    """Harsh aanmaning from the 'Team Incasso' of a mail-order company (the creditor itself).

    All-caps company name and the team's phone and e-mail in the header; the ordered goods and an
    "Aanmaningskosten" line in a table; an impersonal salutation although the name is in the
    address block; a red bold all-caps sentence about the last chance; the hand-over to a named
    bureau, the costs and a BKR report as threats.
    """
    doc = _new_document("Aanmaning Ter Horst Postorder")
    section = doc.sections[0]
    _header_text(section, [
        "TER HORST POSTORDER",
        "Team Incasso · Postbus 4410 · 7500 DK Enschede · 053-480 77 10 · incasso@terhorst-postorder.nl",
    ])
    _footer_text(
        section,
        "Ter Horst Postorder B.V. · KvK 06093317 · Kopen op rekening is een dienst van "
        "Ter Horst Postorder B.V.",
    )
    _lines(doc, ["De heer R.J. Brinkhuis", "Dennenweg 8", "7641 BX Wierden"])
    doc.add_paragraph("Enschede, 4 november 2026")
    doc.add_paragraph("Betreft: aanmaning klantnummer 3318-204")
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Ondanks onze betalingsherinnering van 6 oktober jl. zijn de onderstaande bestellingen nog "
        "altijd niet betaald. Tot onze verbazing hebben wij ook geen enkele reactie van u ontvangen."
    )
    _amount_table(doc, [
        ("Omschrijving", "Besteld op", "Bedrag"),
        ("Bestelling 88-40217 (dekbedovertrek en handdoekenset)", "12 augustus 2026", "€ 84,85"),
        ("Bestelling 88-40993 (winterjas)", "2 september 2026", "€ 129,95"),
        ("Aanmaningskosten", "", "€ 7,50"),
        ("Totaal te voldoen", "", "€ 222,30"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U dient het totaalbedrag van € 222,30 binnen 7 dagen over te maken op rekening "
        "NL00 TEST 0123 4567 89 t.n.v. Ter Horst Postorder B.V., o.v.v. uw klantnummer."
    )
    doc.add_paragraph(
        "Indien wij uw betaling niet tijdig ontvangen, wordt uw dossier zonder verdere waarschuwing "
        "overgedragen aan Incassobureau Stamhuis. Alle kosten komen dan voor uw rekening. Uw "
        "klantaccount wordt in dat geval geblokkeerd en de achterstand kan worden gemeld bij het BKR."
    )
    _stamp(doc, "DIT IS UW LAATSTE KANS OM VERDERE KOSTEN TE VOORKOMEN.", red=True)
    doc.add_paragraph("Heeft u inmiddels betaald? Dan vervalt deze aanmaning.")
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Team Incasso", "Ter Horst Postorder B.V."])
    doc.save(path)


def build_deurwaarder_harsh_vloerenbedrijf(path: Path) -> None:
    """Harsh letter from a bailiff before any judgment, for a flooring company.

    Caps letterhead in the header (not a layout problem); phone and e-mail only in the footer;
    amounts in a table with 21% btw on the collection costs although the creditor, a company,
    can deduct that btw (costs too high); a red caps stamp; a five-day term, beslag before
    judgment, a home visit and all costs as threats.
    """
    doc = _new_document("Vordering Vloerenhuis De Lange")
    section = doc.sections[0]
    _header_text(section, [
        "DEKKERS & PARTNERS GERECHTSDEURWAARDERS",
        "Parallelweg 12 · 5223 AL 's-Hertogenbosch",
    ])
    _footer_text(
        section,
        "Telefonisch bereikbaar op werkdagen van 9.00 tot 12.30 uur: 073-612 40 88 · "
        "dossiers@dekkers-gdw.nl · Dekkers & Partners is een kantoor van gerechtsdeurwaarders",
    )
    _lines(doc, ["Mevrouw L. van den Broek", "Pettelaarseweg 77", "5216 BC 's-Hertogenbosch"])
    doc.add_paragraph("'s-Hertogenbosch, 27 oktober 2026")
    _lines(doc, ["Betreft: vordering Vloerenhuis De Lange B.V.", "Ons kenmerk: DK/26/33071"])
    doc.add_paragraph("Geachte heer/mevrouw,")
    _stamp(doc, "LAATSTE SOMMATIE VOOR DAGVAARDING", red=True)
    doc.add_paragraph(
        "Vloerenhuis De Lange B.V. heeft mijn kantoor opdracht gegeven de hieronder vermelde vordering "
        "op u te innen. Op 14 mei 2026 is in uw woning een PVC-vloer van 62 m² gelegd. U heeft "
        "verzuimd de factuur van € 3.140,00 te betalen, hoewel Vloerenhuis De Lange u meermaals heeft "
        "aangeschreven en u op 28 juli 2026 nog veertien dagen de tijd heeft gekregen."
    )
    _amount_table(doc, [
        ("Hoofdsom", "€ 3.140,00"),
        ("Buitengerechtelijke incassokosten", "€ 439,00"),
        ("21% btw over incassokosten", "€ 92,19"),
        ("Rente tot en met 27 oktober 2026", "€ 61,35"),
        ("Totaal", "€ 3.732,54"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U dient het totaalbedrag binnen vijf dagen na ontvangst van deze brief over te maken op "
        "NL00 TEST 0123 4567 89 ten name van Dekkers & Partners, onder vermelding van ons kenmerk."
    )
    doc.add_paragraph(
        "Indien betaling uitblijft, zal ik zonder nadere aankondiging namens mijn opdrachtgever een "
        "dagvaarding aan u uitbrengen. Tevens zal ik de rechter verzoeken beslag te mogen leggen op "
        "uw inboedel en uw bankrekening, nog voordat de zaak is behandeld. Ook kan een medewerker "
        "van ons kantoor een huisbezoek bij u afleggen."
    )
    doc.add_paragraph(
        "De kosten van de procedure en van het beslag komen geheel voor uw rekening. Die kosten "
        "zijn vele malen hoger dan het bedrag dat u nu kunt betalen."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["H.J. Dekkers", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_postorder_r17.docx": build_aanmaning_harsh_postorder,
    "deurwaarder_harsh_vloerenbedrijf_r17.docx": build_deurwaarder_harsh_vloerenbedrijf,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
