"""Build the two round-6 held-out .docx letters in corpora/letters/ (names ending in ``_r6.docx``).

These letters were the sixth held-out test set, labelled in corpora/labels/batch-r6.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout6_docx.py    # writes corpora/letters/*_r6.docx

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


def build_aanmaning_mixed_deelauto(path: Path) -> None:
    """Mixed aanmaning from a car-sharing service about two failed direct debits.

    Mostly warm B1 (rides in a table, payment in three parts, contact in an info table with phone,
    app chat and e-mail). The debt-help referral (Geldfit and its 0800 number) sits only in the
    footer. Two harsh sentences: distrust ("nu wel") and a hand-over to the collection bureau
    worded without the usual "uit handen geven".
    """
    doc = _new_document("Openstaande ritten Buurauto")
    section = doc.sections[0]
    _header_text(section, [
        "Buurauto",
        "Deelauto's bij u in de wijk · Stationsplein 3 · 3511 ED Utrecht · www.buurauto.nl",
    ])
    _footer_text(
        section,
        "Zit u met meer rekeningen? Op www.geldfit.nl of via 0800-8115 vindt u gratis hulp "
        "bij u in de buurt. · Buurauto B.V. · KvK 11223344",
    )
    _lines(doc, ["De heer T. Ramdin", "Biltstraat 140 bis", "3572 BK Utrecht"])
    doc.add_paragraph("Utrecht, 2 november 2026")
    doc.add_paragraph("Betreft: ritten van september en oktober nog niet betaald")
    doc.add_paragraph("Klantnummer: BA-60417")
    doc.add_paragraph("Beste meneer Ramdin,")
    doc.add_paragraph(
        "U rijdt al een paar jaar met Buurauto. Fijn dat u dat doet. Voor drie ritten hebben we "
        "nog geen geld van u gekregen. Eind september en eind oktober konden we het bedrag niet "
        "van uw rekening afschrijven. Er stond toen te weinig geld op."
    )
    _amount_table(doc, [
        ("Datum", "Rit", "Bedrag"),
        ("6 september", "Utrecht – Amersfoort, 4 uur, 62 km", "€ 38,40"),
        ("19 september", "Utrecht – Zeist, 2 uur, 18 km", "€ 16,90"),
        ("3 oktober", "Utrecht – Texel, weekend, 412 km", "€ 171,60"),
        ("Totaal", "", "€ 226,90"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 226,90 overmaken vóór maandag 16 november 2026? Gebruik rekeningnummer "
        "NL00 TEST 0123 4567 89 en zet uw klantnummer BA-60417 erbij. In de app kunt u ook met "
        "iDEAL betalen, onder 'Mijn ritten'."
    )
    _bold_heading(doc, "Liever in delen?")
    doc.add_paragraph(
        "Is het hele bedrag nu te veel ineens? Dan kunt u het in drie maanden doen: "
        "€ 80 in november, € 80 in december en € 66,90 in januari. Laat het ons weten, dan zetten "
        "wij het voor u klaar."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "030-799 41 20, maandag tot en met vrijdag van 8.30 tot 18.00 uur"),
        ("Chatten", "in de Buurauto-app, onder 'Help'"),
        ("Mailen", "klantenservice@buurauto.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Twee keer is de afschrijving al misgegaan. Wij rekenen erop dat u nu wel op tijd betaalt. "
        "Horen wij vóór 16 november niets van u, dan dragen wij de vordering over aan ons "
        "incassobureau."
    )
    doc.add_paragraph("Heeft u inmiddels betaald? Dan is alles in orde en hoeft u niets te doen.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Noor van Essen", "Klantenservice Buurauto"])
    doc.save(path)


def build_sommatie_harsh_juridischezaken(path: Path) -> None:
    """Harsh sommatie from an insurer's own legal department about unpaid premiums.

    All-caps letterhead only in the header (not a layout problem); red bold caps stamp in the body.
    The table charges "Behandelingskosten Juridische Zaken" (a separate fee) and unexplained
    wettelijke rente. A three-working-day term, court case with all costs on the reader, "onze
    deurwaarder" and beslag from a creditor without a judgment. The only way to reach the sender is
    a phone number in the last body paragraph, open two hours a day; the footer has no contact.
    """
    doc = _new_document("Sommatie premie woonlastenverzekering")
    section = doc.sections[0]
    _header_text(section, [
        "KROONLAND VERZEKERINGEN",
        "Afdeling Juridische Zaken · Postbus 5120 · 6802 EC Arnhem",
    ])
    _footer_text(
        section,
        "Kroonland Verzekeringen N.V. · statutair gevestigd te Arnhem · AFM-registratie 12000999 · "
        "KvK 55667788",
    )
    _lines(doc, ["De heer R.J. Vos", "Keppelseweg 211", "7001 CJ Doetinchem"])
    doc.add_paragraph("Arnhem, 9 november 2026")
    doc.add_paragraph("Ons kenmerk: JZ-2026-1187 / polis WL-304.118")
    doc.add_paragraph("Betreft: achterstallige premie woonlastenverzekering")
    _stamp(doc, "SOMMATIE TOT BETALING", red=True, size=14)
    doc.add_paragraph("Geachte heer Vos,")
    doc.add_paragraph(
        "Uw dossier is door de afdeling Premie-incasso overgedragen aan de afdeling Juridische "
        "Zaken, omdat de premie van uw woonlastenverzekering over het tweede en derde kwartaal van "
        "2026 onbetaald is gebleven. Aan de betalingsverzoeken van 12 juni, 14 juli en 21 augustus "
        "2026 heeft u geen gehoor gegeven."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Premie tweede kwartaal 2026", "€ 91,80"),
        ("Premie derde kwartaal 2026", "€ 91,80"),
        ("Behandelingskosten Juridische Zaken", "€ 35,00"),
        ("Wettelijke rente tot en met 9 november 2026", "€ 4,12"),
        ("Totaal", "€ 222,72"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Namens Kroonland Verzekeringen sommeren wij u hierbij het totaalbedrag van € 222,72 "
        "binnen drie werkdagen na ontvangst van deze brief over te maken op "
        "NL00 TEST 0123 4567 89, onder vermelding van ons kenmerk."
    )
    doc.add_paragraph(
        "Wordt het bedrag niet tijdig ontvangen, dan zal Kroonland zonder verdere correspondentie "
        "een gerechtelijke procedure tegen u aanhangig maken. De kosten daarvan, waaronder het "
        "griffierecht en het salaris van de gemachtigde, zullen op u worden verhaald. Daarna zal "
        "onze deurwaarder beslag leggen op uw loon of uitkering en op de inboedel van uw woning."
    )
    doc.add_paragraph(
        "Tevens eindigt de dekking van uw woonlastenverzekering op 1 december 2026. Voor "
        "werkloosheid of arbeidsongeschiktheid na die datum keert de verzekering niet meer uit. "
        "Deze brief geldt ook als ingebrekestelling."
    )
    doc.add_paragraph(
        "Voor vragen over dit dossier kunt u uitsluitend op werkdagen tussen 10.00 en 12.00 uur "
        "bellen met de afdeling Juridische Zaken via 026-377 80 00."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Kroonland Verzekeringen", "Afdeling Juridische Zaken", "",
                 "mr. P.H. Driessen", "juridisch medewerker"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_deelauto_r6.docx": build_aanmaning_mixed_deelauto,
    "sommatie_harsh_juridischezaken_r6.docx": build_sommatie_harsh_juridischezaken,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
