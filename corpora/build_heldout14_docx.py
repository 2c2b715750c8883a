"""Build the two round-14 held-out .docx letters in corpora/letters/ (names ending in ``_r14.docx``).

These letters were the fourteenth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r14.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout14_docx.py    # writes corpora/letters/*_r14.docx

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


def build_aanmaning_mixed_deelscooter(path: Path) -> None:
    """Mixed aanmaning from a scooter-sharing service about rides that could not be charged.

    All-caps brand name only in the header, together with the phone number. Rides in a table, two
    instalments offered, chat and e-mail in an info table. The footer only names the Juridisch
    Loket (not a debt-help referral). Traps: stolen phone, "aangifte bij de politie" as the
    reader's own report, and a blocked account stated as a plain fact. Harsh: distrust and a
    shared warning list with other sharing companies.
    """
    doc = _new_document("Openstaande ritten Zoef")
    section = doc.sections[0]
    _header_text(section, [
        "ZOEF DEELSCOOTERS",
        "Zoef Mobility B.V. · Wijnhaven 61 · 3011 WJ Rotterdam · klantenservice 010-744 25 90",
    ])
    _footer_text(
        section,
        "Vragen over uw rechten als klant? Het Juridisch Loket geeft gratis advies: 0900-8020. "
        "· Zoef Mobility B.V. · KvK 87654321",
    )
    _lines(doc, ["Mevrouw D. Yilmaz", "Bergweg 217b", "3036 BJ Rotterdam"])
    doc.add_paragraph("Rotterdam, 5 november 2026")
    doc.add_paragraph("Betreft: uw ritten van september en oktober")
    doc.add_paragraph("Klantnummer: ZF-208831")
    doc.add_paragraph("Beste mevrouw Yilmaz,")
    doc.add_paragraph(
        "Fijn dat u met Zoef door Rotterdam rijdt. Voor uw ritten in september en oktober hebben "
        "wij nog geen geld ontvangen. We hebben twee keer geprobeerd het bedrag van uw creditcard "
        "af te schrijven, maar dat lukte niet. Op 8 oktober stuurden wij u daarover een e-mail."
    )
    _amount_table(doc, [
        ("Wat", "Aantal ritten", "Bedrag"),
        ("Ritten september 2026", "14", "€ 41,30"),
        ("Ritten oktober 2026", "17", "€ 52,65"),
        ("Zoef Vrij-bundel oktober 2026", "", "€ 19,99"),
        ("Totaal", "", "€ 113,94"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 113,94 betalen vóór 20 november 2026? Dat kan in de app onder 'Mijn ritten' met "
        "iDEAL. U kunt ook geld overmaken naar NL00 TEST 0123 4567 89. Zet dan uw klantnummer "
        "ZF-208831 erbij."
    )
    _bold_heading(doc, "Liever in twee keer?")
    doc.add_paragraph(
        "Dat kan. U betaalt dan € 57,00 vóór 20 november en € 56,94 vóór 20 december. Stuur ons "
        "een bericht in de chat, dan zetten we het voor u klaar."
    )
    _bold_heading(doc, "Klopt er iets niet?")
    doc.add_paragraph(
        "Heeft u een rit niet zelf gemaakt? Misschien heeft iemand anders uw account gebruikt. Of "
        "is uw telefoon gestolen en heeft u aangifte gedaan bij de politie? Stuur ons dan het "
        "nummer van de aangifte. Dan halen wij die ritten van de rekening."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Chat", "in de Zoef-app onder 'Hulp', elke dag van 7.00 tot 23.00 uur"),
        ("Bellen", "010-744 25 90, maandag tot en met vrijdag van 9.00 tot 17.00 uur"),
        ("E-mail", "hulp@zoefdeelscooters.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Zolang de rekening openstaat, kunt u geen nieuwe ritten starten. Na uw betaling zetten we "
        "uw account binnen een uur weer aan."
    )
    doc.add_paragraph(
        "Wij gaan ervan uit dat u nu wel reageert. Blijft de betaling uit, dan zetten wij uw naam "
        "en rijbewijsnummer op de waarschuwingslijst die wij delen met andere deelvervoerders in "
        "Nederland."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Mila Verbeek", "Team Klantbeheer Zoef"])
    doc.save(path)


def build_deurwaarder_warm_makelaar(path: Path) -> None:
    """Warm B1 letter from a bailiff after a default judgment about an estate agent's fee.

    Letterhead in the header, KBvG line in the footer. Amounts (including the dagvaarding costs the
    judge awarded) in a table; phone, WhatsApp and e-mail in an info table. Beslag on wages is
    explained neutrally with the beslagvrije voet, a monthly payment plan is offered, and the
    municipality's schuldhulp and Geldfit are named in the body.
    """
    doc = _new_document("Uitspraak rechter makelaarskosten")
    section = doc.sections[0]
    _header_text(section, [
        "Kamminga Gerechtsdeurwaarders",
        "Oude Boteringestraat 12 · 9712 GH Groningen",
    ])
    _footer_text(
        section,
        "Kamminga Gerechtsdeurwaarders is lid van de Koninklijke Beroepsorganisatie van "
        "Gerechtsdeurwaarders (KBvG) · KvK 01234567",
    )
    _lines(doc, ["Mevrouw J. Hofstra", "Paterswoldseweg 88", "9726 BN Groningen"])
    doc.add_paragraph("Groningen, 17 november 2026")
    _lines(doc, [
        "Ons dossier: KG-26-1193",
        "Schuldeiser: Makelaardij Het Sleutelhuis",
        "Betreft: uitspraak van de rechter over de makelaarskosten van uw huis",
    ])
    doc.add_paragraph("Beste mevrouw Hofstra,")
    doc.add_paragraph(
        "Wij zijn gerechtsdeurwaarders in Groningen. Makelaardij Het Sleutelhuis heeft ons gevraagd "
        "om een uitspraak van de rechter uit te voeren. In deze brief leggen we uit wat dat "
        "betekent en wat u nu kunt doen."
    )
    _bold_heading(doc, "Wat is er gebeurd?")
    doc.add_paragraph(
        "In het voorjaar heeft Het Sleutelhuis uw huis aan de Helperzoom verkocht. Daarna kreeg u "
        "een rekening van € 3.630,00 voor dat werk. Die rekening is niet betaald. Daarom vroeg Het "
        "Sleutelhuis de kantonrechter om een beslissing. U was niet bij de zitting. Op 22 oktober "
        "2026 heeft de rechter beslist dat u de rekening moet betalen, met rente en kosten. Die "
        "beslissing heet een vonnis. Op 10 november 2026 hebben wij het vonnis bij u thuis "
        "afgegeven."
    )
    _bold_heading(doc, "Dit moet u betalen")
    _amount_table(doc, [
        ("Wat", "Bedrag"),
        ("Rekening van Het Sleutelhuis", "€ 3.630,00"),
        ("Rente tot de uitspraak", "€ 96,40"),
        ("Incassokosten, toegekend door de rechter", "€ 488,00"),
        ("Kosten van de rechtszaak (rechtbank en dagvaarding)", "€ 512,00"),
        ("Kosten van het afgeven van het vonnis", "€ 121,44"),
        ("Totaal", "€ 4.847,84"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Over de rekening van € 3.630,00 betaalt u rente tot de dag waarop alles is betaald. Ook "
        "dat heeft de rechter beslist."
    )
    _bold_heading(doc, "Wat kunt u doen?")
    doc.add_paragraph(
        "Het liefst maken we samen een afspraak. U kunt alles in één keer betalen, maar dat hoeft "
        "niet. U kunt ook elke maand een vast bedrag betalen. Hoeveel dat is, bekijken we samen. "
        "We kijken dan naar uw inkomen en uw vaste lasten. Bel, app of mail ons vóór 1 december "
        "2026."
    )
    _info_table(doc, [
        ("Bellen", "050-318 62 40, maandag tot en met vrijdag van 8.30 tot 17.00 uur"),
        ("WhatsApp", "06-412 09 88"),
        ("Mailen", "dossiers@kamminga-gdw.nl"),
        ("Betalen", "NL00 TEST 0123 4567 89, op naam van Kamminga Gerechtsdeurwaarders, "
                    "met dossiernummer KG-26-1193"),
    ])
    doc.add_paragraph("")
    _bold_heading(doc, "Wat gebeurt er als we niets van u horen?")
    doc.add_paragraph(
        "Door het vonnis mogen wij het geld ook ophalen als u niet meewerkt. Dan kunnen wij beslag "
        "leggen op uw loon of uitkering. Uw werkgever of uitkeringsinstantie betaalt dan elke "
        "maand een deel van uw inkomen aan ons. U houdt altijd genoeg over voor huur, eten en vaste "
        "lasten. Dat heet de beslagvrije voet. Een beslag kost ook geld. Met een afspraak is het "
        "voor u goedkoper en rustiger."
    )
    _bold_heading(doc, "Hulp bij geldzorgen")
    doc.add_paragraph(
        "Heeft u meer schulden, of weet u niet hoe u alles moet betalen? De gemeente Groningen "
        "helpt gratis. Bel 14 050 en vraag naar schuldhulp. U kunt ook Geldfit bellen: 0800-8115. "
        "Wilt u dat wij met u meedenken over wie u kan helpen? Vraag het ons gerust."
    )
    doc.add_paragraph(
        "Klopt er iets niet, of heeft u al betaald? Laat het ons weten. Dan zoeken wij het uit."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Kamminga Gerechtsdeurwaarders", "", "Sietske Dijkstra", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_deelscooter_r14.docx": build_aanmaning_mixed_deelscooter,
    "deurwaarder_warm_makelaar_r14.docx": build_deurwaarder_warm_makelaar,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
