"""Build the two round-4 held-out .docx letters in corpora/letters/ (names ending in ``_r4.docx``).

These letters were the fourth held-out test set, labelled in corpora/labels/batch-r4.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout4_docx.py    # writes corpora/letters/*_r4.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
The helpers come from build_docx.py.
"""

from __future__ import annotations

from pathlib import Path

from build_docx import (
    write_all,
    _amount_table,
    _bold_heading,
    _footer_paragraphs,
    _footer_text,
    _header_text,
    _info_table,
    _lines,
    _new_document,
    _stamp,
)


def build_deurwaarder_harsh_keukenstudio(path: Path) -> None:
    """Harsh bailiff letter before any judgment, about the rest payment for a fitted kitchen.

    The phone number is only in the header. Collection costs in the table are exactly the BIK
    maximum for € 1.865,00; the "Dossierkosten" row is a separate fee. A bold caps stamp, a
    very short term, seizure and a public sale announced before any judgment, and a home visit.
    """
    doc = _new_document("Restbetaling keuken")
    section = doc.sections[0]
    _header_text(section, [
        "Brink Verhagen gerechtsdeurwaarders",
        "Maliesingel 52 · 3581 BM Utrecht",
        "Telefoon 030-231 86 04 · bereikbaar op werkdagen van 9.00 tot 15.00 uur",
    ])
    _footer_text(
        section,
        "Brink Verhagen gerechtsdeurwaarders · IBAN NL00 TEST 0123 4567 89 · "
        "lid van de Koninklijke Beroepsorganisatie van Gerechtsdeurwaarders",
    )

    _lines(doc, ["Mevrouw A. Yilmaz", "Dorpsstraat 45", "3732 HJ De Bilt"])
    doc.add_paragraph("Utrecht, 5 maart 2026")
    doc.add_paragraph("Betreft: restbetaling keuken Keukenstudio Lekzicht B.V. / ons kenmerk BV-26/0877")
    doc.add_paragraph("Geachte mevrouw Yilmaz,")
    doc.add_paragraph(
        "Wij berichten u dat Keukenstudio Lekzicht B.V. te Vianen ons opdracht heeft gegeven de "
        "restbetaling voor de door haar geleverde en geplaatste keuken bij u te incasseren. U "
        "heeft de keuken op 14 november 2025 in gebruik genomen. Het restant van de koopsom, te "
        "weten € 1.865,00, is tot op heden niet ontvangen. Uw klacht over een kras in het "
        "werkblad is door onze opdrachtgever reeds opgelost en geeft u geen recht de betaling "
        "op te schorten. Wij stellen vast dat u onze opdrachtgever al maanden aan het lijntje houdt."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Restant koopsom keuken, factuur 2025-1143", "€ 1.865,00"),
        ("Buitengerechtelijke incassokosten", "€ 279,75"),
        ("Dossierkosten", "€ 24,50"),
        ("Wettelijke rente tot en met 5 maart 2026", "€ 31,60"),
        ("Totaal", "€ 2.200,85"),
    ])
    doc.add_paragraph("")
    _stamp(doc, "BETAAL DIRECT", underline=True, size=14)
    doc.add_paragraph(
        "Wij verlangen dat het totaalbedrag binnen drie dagen op onze rekening "
        "NL00 TEST 0123 4567 89 staat, met vermelding van ons kenmerk."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan geeft onze opdrachtgever ons zonder enig verder bericht "
        "opdracht een gerechtelijke procedure tegen u te starten. Tevens kan onze opdrachtgever op "
        "grond van het eigendomsvoorbehoud de keuken laten weghalen. Wij wijzen u er nu al op dat na een "
        "vonnis beslag zal worden gelegd op uw inboedel en uw loon, en dat een openbare verkoop "
        "van uw goederen tot de mogelijkheden behoort. Dat brengt forse extra kosten met zich mee."
    )
    doc.add_paragraph(
        "Een van onze medewerkers zal u in de komende week thuis bezoeken om de zaak met u te "
        "bespreken."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Brink Verhagen gerechtsdeurwaarders", "", "R.C. Brink", "gerechtsdeurwaarder"])
    doc.save(path)


def build_betalingsregeling_warm_zorgcentrum(path: Path) -> None:
    """Warm confirmation of a payment plan from a care home, written to a resident's daughter.

    The only ways to reach the sender are in a table: a phone placeholder, a weekly visiting
    hour and a callback via the reception ("binnen twee werkdagen" is a promise, not a term).
    Saying that no incassobureau will be used while the plan runs is reassurance, not a threat.
    Placeholders for the staff member's name and phone number.
    """
    doc = _new_document("Uw betalingsafspraak")
    section = doc.sections[0]
    _header_text(section, [
        "Woonzorgcentrum De Wingerd",
        "Parkweg 12 · 6881 CK Velp",
        "www.dewingerd-velp.nl",
    ], size=14)
    _footer_paragraphs(section, [
        "Woonzorgcentrum De Wingerd is onderdeel van Stichting Wingerdzorg · KvK 00000000",
    ])

    _lines(doc, ["Mevrouw M. van der Linden", "Esdoornlaan 9", "6882 AB Velp"])
    doc.add_paragraph("Velp, 6 maart 2026")
    doc.add_paragraph("Betreft: afspraak over de rekening voor het servicepakket van uw moeder")
    doc.add_paragraph("Beste mevrouw Van der Linden,")
    doc.add_paragraph(
        "Fijn dat we elkaar op 3 maart hebben gesproken over de rekening van uw moeder, "
        "mevrouw J. van der Linden-Bos, kamer 2.14. In deze brief zetten we op een rij wat we "
        "samen hebben afgesproken."
    )
    doc.add_paragraph(
        "Het gaat om het servicepakket over oktober, november en december 2025. Daarin zitten "
        "de maaltijden in het restaurant, de wasservice en de alarmknop. Samen is dat € 744,00. "
        "U betaalt dat bedrag in zes delen:"
    )
    _amount_table(doc, [
        ("Betalen vóór", "Bedrag"),
        ("1 april 2026", "€ 124,00"),
        ("1 mei 2026", "€ 124,00"),
        ("1 juni 2026", "€ 124,00"),
        ("1 juli 2026", "€ 124,00"),
        ("1 augustus 2026", "€ 124,00"),
        ("1 september 2026", "€ 124,00"),
        ("Samen", "€ 744,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U maakt het geld over naar NL00 TEST 0123 4567 89, op naam van Stichting Wingerdzorg. "
        "Zet er 'afspraak kamer 2.14' bij. Dan weten wij dat het bij deze afspraak hoort."
    )
    doc.add_paragraph(
        "Zolang de afspraak loopt, sturen wij geen herinneringen en schakelen wij geen "
        "incassobureau in. Er komen ook geen kosten bij."
    )
    _bold_heading(doc, "Lukt het een keer niet?")
    doc.add_paragraph(
        "Dat kan gebeuren. Laat het ons dan weten vóór de datum in het schema. Dan zoeken we "
        "samen naar een oplossing. Soms kan een maand worden overgeslagen."
    )
    _bold_heading(doc, "Hulp bij de kosten")
    doc.add_paragraph(
        "Drukken de kosten van de zorg zwaar op u of op uw moeder? Een vrijwilliger van "
        "SchuldHulpMaatje kan gratis met u meekijken naar de uitgaven en de inkomsten. Ook het "
        "Sociaal Loket van de gemeente Rheden helpt, bijvoorbeeld bij het aanvragen van "
        "toeslagen. Wij geven u graag de gegevens."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "[TELEFOONNUMMER AFDELING FINANCIËN], maandag tot en met donderdag 9.00–12.30 uur"),
        ("Langskomen", "spreekuur van de administratie, elke woensdag van 14.00 tot 16.00 uur bij de receptie"),
        ("Teruggebeld worden", "geef het door aan de receptie, dan bellen wij u binnen twee werkdagen terug"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["[NAAM MEDEWERKER]", "Afdeling financiën, Woonzorgcentrum De Wingerd"])
    doc.save(path)


BUILDERS = {
    "deurwaarder_harsh_keukenstudio_r4.docx": build_deurwaarder_harsh_keukenstudio,
    "betalingsregeling_warm_zorgcentrum_r4.docx": build_betalingsregeling_warm_zorgcentrum,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
