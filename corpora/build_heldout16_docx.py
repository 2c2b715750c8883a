"""Build the two round-16 held-out .docx letters in corpora/letters/ (names ending in ``_r16.docx``).

These letters were the sixteenth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r16.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout16_docx.py    # writes corpora/letters/*_r16.docx

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


def build_aanmaning_mixed_reisbureau(path: Path) -> None:
    """Mixed aanmaning from a travel agency about the balance payment of a package holiday.

    Mostly warm B1: the booking in a table, payment in two parts, contact only in an info table
    (phone, e-mail, visit), the debt-help referral only in the footer, a friendly "!" in the
    opening. One harsh paragraph: distrust ("nu wel") and cancelling the trip "zonder verdere
    waarschuwing", with cancellation costs "conform" the travel conditions.
    """
    doc = _new_document("Restbetaling reis Kreta")
    section = doc.sections[0]
    _header_text(section, [
        "Reisbureau De Passaat",
        "Voorstraat 140 · 3311 ER Dordrecht · www.depassaat.nl",
    ])
    _footer_text(
        section,
        "Zit u krap bij kas of stapelen de rekeningen zich op? Op www.geldfit.nl of via "
        "0800-8115 krijgt u gratis en anoniem advies. · Reisbureau De Passaat · KvK 24556677",
    )
    _lines(doc, ["Mevrouw en de heer Verhoef", "Singel 305", "3311 HP Dordrecht"])
    doc.add_paragraph("Dordrecht, 12 maart 2027")
    doc.add_paragraph("Betreft: restbetaling van uw reis naar Kreta")
    doc.add_paragraph("Boekingsnummer: DP-4418-27")
    doc.add_paragraph("Beste mevrouw en meneer Verhoef,")
    doc.add_paragraph(
        "Over ruim vijf weken gaat u naar Kreta. Wat leuk dat u deze reis bij ons heeft geboekt! "
        "Bij de boeking betaalde u een aanbetaling. Het restbedrag moest zes weken voor vertrek "
        "binnen zijn, dus op 9 maart. Op 23 februari stuurden wij u daarover al een e-mail. "
        "Het bedrag is nog niet bij ons binnen."
    )
    _amount_table(doc, [
        ("Onderdeel", "Bedrag"),
        ("Reis voor 2 personen, 10 dagen halfpension, vertrek 20 april 2027", "€ 2.486,00"),
        ("Aanbetaling op 14 oktober 2026", "- € 620,00"),
        ("Nog te betalen", "€ 1.866,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 1.866,00 overmaken vóór 19 maart 2027? Gebruik rekeningnummer "
        "NL00 TEST 0123 4567 89 en zet uw boekingsnummer erbij. U kunt ook betalen met de "
        "betaallink in de e-mail die u vandaag van ons krijgt."
    )
    _bold_heading(doc, "In twee delen betalen")
    doc.add_paragraph(
        "Is het hele bedrag ineens lastig? Dan mag u ook in twee delen betalen: € 933,00 vóór "
        "19 maart en € 933,00 vóór 1 april. Bel of mail ons even, dan zetten wij dat voor u vast."
    )
    _bold_heading(doc, "Wat als het geld niet komt?")
    doc.add_paragraph(
        "Wij gaan ervan uit dat u het bedrag nu wel overmaakt. Staat het geld op 1 april niet "
        "op onze rekening, dan annuleren wij de reis zonder verdere waarschuwing. U betaalt dan "
        "annuleringskosten conform onze reisvoorwaarden."
    )
    _bold_heading(doc, "Vragen?")
    _info_table(doc, [
        ("Bellen", "078-613 52 90, maandag tot en met vrijdag 9.00-17.30 uur, zaterdag 10.00-16.00 uur"),
        ("Mailen", "boekingen@depassaat.nl"),
        ("Langskomen", "Voorstraat 140 in Dordrecht, koffie staat klaar"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met zonnige groet,")
    _lines(doc, ["Reisbureau De Passaat", "Ingrid Kortland", "reisadviseur"])
    doc.save(path)


def build_deurwaarder_harsh_bovenwoning(path: Path) -> None:
    """Harsh bailiff letter before any judgment, for a private landlord (rent arrears).

    Phone and e-mail only in the header. Rent in a table with the BIK costs plus 21% btw, which
    a private landlord may add (€ 2.685 → € 393,50, incl. btw € 476,14: not too high). A red
    all-caps stamp, beslag, wage garnishment, eviction and a home visit threatened before a court
    has ruled; a payment plan is named only to refuse it.
    """
    doc = _new_document("Huurachterstand Kamp 81 bis")
    section = doc.sections[0]
    _header_text(section, [
        "Ter Horst & Kloosterman gerechtsdeurwaarders",
        "Zuidsingel 38 · 3811 HB Amersfoort · tel. 033-461 09 22 · incasso@terhorstkloosterman.nl",
    ])
    _footer_text(
        section,
        "Op al onze werkzaamheden zijn onze algemene voorwaarden van toepassing. · KvK 31098765 · "
        "Derdengeldenrekening NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["De heer M. Kaya", "Kamp 81 bis", "3811 AR Amersfoort"])
    doc.add_paragraph("Amersfoort, 11 maart 2027")
    doc.add_paragraph("Betreft: huurachterstand Kamp 81 bis, opdrachtgever de heer H.J. Verbeek")
    doc.add_paragraph("Ons kenmerk: THK-27-02613")
    doc.add_paragraph("Geachte heer Kaya,")
    doc.add_paragraph(
        "Wij treden op namens de heer H.J. Verbeek, eigenaar en verhuurder van de bovenwoning "
        "die u huurt. Onze opdrachtgever deelt ons mee dat u sinds december 2026 geen huur meer "
        "heeft betaald. Zijn brieven en berichten heeft u onbeantwoord gelaten. Dit wordt door "
        "onze opdrachtgever niet langer getolereerd."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur december 2026", "€ 895,00"),
        ("Huur januari 2027", "€ 895,00"),
        ("Huur februari 2027", "€ 895,00"),
        ("Buitengerechtelijke incassokosten (incl. 21% btw)", "€ 476,14"),
        ("Totaal", "€ 3.161,14"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij sommeren u het totaalbedrag van € 3.161,14 binnen vijf dagen na dagtekening van "
        "deze brief te voldoen op onze derdengeldenrekening, onder vermelding van ons kenmerk."
    )
    _stamp(doc, "LAATSTE GELEGENHEID OM ONTRUIMING TE VOORKOMEN", red=True, size=13)
    doc.add_paragraph(
        "Blijft volledige betaling uit, dan zal onze opdrachtgever zonder enige verdere "
        "aankondiging een procedure starten tot ontbinding van de huurovereenkomst en ontruiming "
        "van de woning. Wij zullen daarbij tevens beslag laten leggen op uw inboedel en uw "
        "werkgever benaderen voor loonbeslag. Ook kunt u een huisbezoek van ons kantoor verwachten."
    )
    doc.add_paragraph(
        "Alle kosten die hieruit voortvloeien, komen voor uw rekening. Deze kosten lopen snel op "
        "tot vele honderden euro's."
    )
    doc.add_paragraph(
        "Wij verwachten dat u ditmaal wél direct actie onderneemt. Uitsluitend betaling van het "
        "volledige bedrag voorkomt verdere maatregelen. Een betalingsregeling is door onze "
        "opdrachtgever uitgesloten."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Ter Horst & Kloosterman", "gerechtsdeurwaarders", "", "R.F. ter Horst"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_reisbureau_r16.docx": build_aanmaning_mixed_reisbureau,
    "deurwaarder_harsh_bovenwoning_r16.docx": build_deurwaarder_harsh_bovenwoning,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
