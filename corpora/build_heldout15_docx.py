"""Build the two round-15 held-out .docx letters in corpora/letters/ (names ending in ``_r15.docx``).

These letters were the fifteenth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r15.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout15_docx.py    # writes corpora/letters/*_r15.docx

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
)


def build_aanmaning_mixed_trouwlocatie(path: Path) -> None:
    """Mixed aanmaning from a wedding venue about the final bill for drinks and extra hours.

    Mostly warm B1: the items in a table, four monthly parts offered, a contact table with phone,
    WhatsApp and e-mail, and a Geldfit referral in the body. The phone number also sits in the
    header. Two harsh sentences near the end: distrust ("Wij gaan ervan uit dat u ...") and a
    hand-over to the venue's collection bureau with "hoge kosten", worded without "uit handen".
    """
    doc = _new_document("Eindfactuur bruiloft Landgoed Hof te Wulven")
    section = doc.sections[0]
    _header_text(section, [
        "Landgoed Hof te Wulven",
        "Trouwen en feesten · Wulfseweg 3 · 3995 ZA Houten · 030-634 22 81 · events@hoftewulven.nl",
    ])
    _footer_text(
        section,
        "Landgoed Hof te Wulven B.V. · KvK 90817263 · IBAN NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["Mevrouw L. de Groot en de heer M. Aksoy", "Koningsweg 15", "3582 GE Utrecht"])
    doc.add_paragraph("Houten, 16 november 2026")
    doc.add_paragraph("Betreft: eindfactuur van uw bruiloft op 12 september 2026")
    doc.add_paragraph("Factuurnummer: HW-26-0912")
    doc.add_paragraph("Beste mevrouw De Groot en meneer Aksoy,")
    doc.add_paragraph(
        "Op 12 september vierde u uw bruiloft bij ons op het landgoed. Wij denken nog vaak terug "
        "aan die mooie dag, met de ceremonie onder de oude beuk. U ook, hopen wij."
    )
    doc.add_paragraph(
        "De zaalhuur en het diner had u vooraf al betaald. Na de bruiloft stuurden wij u de "
        "eindfactuur voor de drankjes, de late snack en het extra uur feest. Die factuur moest op "
        "15 oktober betaald zijn. Wij hebben het geld nog niet ontvangen."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Drankjes bij de receptie en het feest", "€ 1.486,00"),
        ("Late snack voor 110 gasten", "€ 429,00"),
        ("Extra uur feest, van 0.00 tot 1.00 uur", "€ 225,00"),
        ("Totaal", "€ 2.140,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 2.140,00 overmaken vóór 30 november 2026? Ons rekeningnummer is "
        "NL00 TEST 0123 4567 89. Zet het factuurnummer HW-26-0912 erbij."
    )
    _bold_heading(doc, "Liever in delen betalen?")
    doc.add_paragraph(
        "Een bruiloft kost veel geld, dat begrijpen wij. U mag het bedrag ook in vier maanden "
        "betalen: vier keer € 535,00, van december tot en met maart. Stuur ons een berichtje, dan "
        "zetten wij de afspraak op papier."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "030-634 22 81, maandag tot en met vrijdag van 9.00 tot 17.00 uur"),
        ("WhatsApp", "06-1844 2790"),
        ("Mailen", "events@hoftewulven.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Heeft u ook met andere rekeningen moeite? Op www.geldfit.nl of via 0800-8115 vindt u "
        "gratis hulp bij u in de buurt. U hoeft daar uw naam niet te noemen."
    )
    doc.add_paragraph(
        "Wij hebben u in oktober al een e-mail gestuurd en daarop niets gehoord. Wij gaan ervan "
        "uit dat u nu wel reageert. Horen wij vóór 30 november niets van u, dan sturen wij de "
        "factuur door naar ons incassobureau. Daar komen voor u hoge kosten bij."
    )
    doc.add_paragraph("Heeft u al betaald? Dan is alles in orde. Dank u wel.")
    doc.add_paragraph("Met hartelijke groet,")
    _lines(doc, ["Marieke Hoogendoorn", "Events en planning, Landgoed Hof te Wulven"])
    doc.save(path)


def build_deurwaarder_neutral_telecomvonnis(path: Path) -> None:
    """Neutral bailiff letter after a served judgment for a telecom company.

    Businesslike, no threats: the judgment amounts in a table, payment in parts possible on
    contact, beslag explained as the next step after the judgment together with the beslagvrije
    voet (not a threat from a bailiff with a judgment). Phone and e-mail in the header and again
    in the body; no debt-help referral. Jargon: betekend, derdengeldenrekening, voldoen, mits.
    """
    doc = _new_document("Vonnis Belwolk B.V.")
    section = doc.sections[0]
    _header_text(section, [
        "Brandsma & Okafor gerechtsdeurwaarders",
        "Stationsweg 40 · 2312 AV Leiden · 071-512 08 66 · info@brandsma-okafor.nl",
    ])
    _footer_text(
        section,
        "Brandsma & Okafor gerechtsdeurwaarders · KvK 33445566 · aangesloten bij de KBvG",
    )
    _lines(doc, ["De heer K. Mahabier", "Morsweg 118", "2332 EP Leiden"])
    doc.add_paragraph("Leiden, 7 december 2026")
    doc.add_paragraph("Ons dossier: BO-26-08814")
    doc.add_paragraph("Betreft: vonnis kantonrechter Den Haag, Belwolk B.V. tegen u")
    doc.add_paragraph("Geachte heer Mahabier,")
    doc.add_paragraph(
        "Wij zijn gerechtsdeurwaarders. Belwolk B.V. heeft ons gevraagd een vonnis uit te voeren. "
        "In het vonnis van 12 november 2026 heeft de kantonrechter in Den Haag beslist dat u "
        "Belwolk een bedrag moet betalen. Het gaat om uw mobiele abonnement en de maandtermijnen "
        "voor uw telefoon over maart tot en met juli 2026. Op 3 december 2026 hebben wij het vonnis "
        "aan u betekend. U heeft daarvan toen een afschrift gekregen."
    )
    doc.add_paragraph("Het bedrag bestaat uit:")
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Hoofdsom volgens vonnis", "€ 286,40"),
        ("Wettelijke rente tot 7 december 2026", "€ 9,12"),
        ("Buitengerechtelijke incassokosten volgens vonnis", "€ 42,96"),
        ("Proceskosten volgens vonnis", "€ 214,00"),
        ("Kosten betekening vonnis", "€ 118,43"),
        ("Totaal", "€ 670,91"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij verzoeken u het totaalbedrag van € 670,91 te voldoen vóór 21 december 2026 op onze "
        "derdengeldenrekening NL00 TEST 0123 4567 89, onder vermelding van ons dossiernummer "
        "BO-26-08814."
    )
    doc.add_paragraph(
        "Betalen in termijnen is mogelijk, mits u vóór 21 december 2026 contact met ons opneemt. "
        "Wij maken dan een afspraak die past bij wat u per maand kunt betalen."
    )
    doc.add_paragraph(
        "Is het bedrag niet vóór die datum betaald en heeft u geen afspraak met ons gemaakt, dan "
        "kunnen wij op grond van het vonnis beslag leggen, bijvoorbeeld op uw loon, uw uitkering "
        "of uw bankrekening. Bij beslag op uw inkomen houdt u altijd een deel over om van te "
        "leven. Dat heet de beslagvrije voet."
    )
    doc.add_paragraph(
        "Indien u vragen heeft over de berekening, kunt u ons op werkdagen van 9.00 tot 16.30 uur "
        "bellen op 071-512 08 66. Mailen kan ook, naar info@brandsma-okafor.nl."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Brandsma & Okafor gerechtsdeurwaarders", "", "E. Okafor", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_trouwlocatie_r15.docx": build_aanmaning_mixed_trouwlocatie,
    "deurwaarder_neutral_telecomvonnis_r15.docx": build_deurwaarder_neutral_telecomvonnis,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
