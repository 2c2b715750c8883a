"""Build the two round-12 held-out .docx letters in corpora/letters/ (names ending in ``_r12.docx``).

These letters were the twelfth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r12.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout12_docx.py    # writes corpora/letters/*_r12.docx

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


def build_aanmaning_mixed_garantieplan(path: Path) -> None:
    """Mixed aanmaning from an electronics shop about an extended-warranty plan's monthly premium.

    Mostly warm B1: the three missed months in a table, paying in two parts or stopping the plan
    offered, phone and e-mail in an info table. The debt-help referral (Geldfit) sits only in the
    footer. Two harsh sentences: a "U dient ... voldaan" command and a reserved right to hand the
    file to a collection bureau without further warning. The note that repairs are not covered
    while the premium is open is a neutral contract fact, not a threat.
    """
    doc = _new_document("Premie Zorgeloos Plus niet betaald")
    section = doc.sections[0]
    _header_text(section, [
        "Elektro Centrum Vermeulen",
        "Garantie & Service · Markt 14 · 5611 EB Eindhoven · www.elektrovermeulen.nl",
    ])
    _footer_paragraphs(section, [
        "Geldzorgen? Bel gratis en anoniem met Geldfit: 0800-8115, of kijk op www.geldfit.nl.",
        "Elektro Centrum Vermeulen B.V. · KvK 55667788 · NL00 TEST 0123 4567 89",
    ])
    _lines(doc, ["Mevrouw A. El Idrissi", "Kruisstraat 77", "5612 CK Eindhoven"])
    doc.add_paragraph("Eindhoven, 9 november 2026")
    doc.add_paragraph("Betreft: uw Zorgeloos Plus-garantie, premie niet betaald")
    doc.add_paragraph("Garantienummer: ZP-228910")
    doc.add_paragraph("Beste mevrouw El Idrissi,")
    doc.add_paragraph(
        "In maart 2025 kocht u bij ons een wasmachine met Zorgeloos Plus. Daarmee is uw machine "
        "vijf jaar verzekerd tegen pech. U betaalt daarvoor € 9,95 per maand via automatische "
        "incasso. De laatste drie maanden is het afschrijven niet gelukt. Op 12 oktober stuurden "
        "wij u daarover een herinnering. Het gaat om dit bedrag:"
    )
    _amount_table(doc, [
        ("Maand", "Premie"),
        ("augustus 2026", "€ 9,95"),
        ("september 2026", "€ 9,95"),
        ("oktober 2026", "€ 9,95"),
        ("Totaal", "€ 29,85"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 29,85 betalen vóór 23 november 2026? Dat kan op het rekeningnummer onderaan "
        "deze brief, of met de betaallink in de e-mail die u vandaag van ons krijgt. Zet uw "
        "garantienummer erbij. U dient de achterstand uiterlijk op 23 november te hebben voldaan."
    )
    doc.add_paragraph(
        "Goed om te weten: zolang er een achterstand is, vallen reparaties niet onder Zorgeloos "
        "Plus. Na uw betaling bent u meteen weer gedekt."
    )
    _bold_heading(doc, "Lukt betalen niet?")
    doc.add_paragraph(
        "Bel of mail ons. Dan spreken we samen een andere datum af, of u betaalt in twee keer. "
        "Wilt u Zorgeloos Plus liever stoppen? Ook dat kan. U betaalt dan alleen de maanden die al "
        "voorbij zijn."
    )
    _info_table(doc, [
        ("Bellen", "040-233 71 05, maandag tot en met zaterdag van 9.00 tot 17.30 uur"),
        ("Mailen", "garantie@elektrovermeulen.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Horen wij niets van u en blijft de betaling uit? Wij behouden ons het recht voor uw "
        "dossier daarna zonder verdere waarschuwing over te dragen aan een incassobureau."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Elektro Centrum Vermeulen", "Team Garantie & Service", "", "Kees Rutjes"])
    doc.save(path)


def build_deurwaarder_harsh_toestelkrediet(path: Path) -> None:
    """Harsh bailiff letter before any judgment, for a telecom shop's handset instalments.

    All-caps letterhead and the only phone number in the Word header; amounts in a table; a red
    bold stamp in normal case threatening wage and bank seizure although there is no judgment;
    no-notice summons, cost escalation and contacting the employer. A payment plan is named only
    to refuse it. The collection costs on € 684,00 are exactly the BIK maximum.
    """
    doc = _new_document("Vordering Belmax Mobiel")
    section = doc.sections[0]
    _header_text(section, [
        "GERECHTSDEURWAARDERSKANTOOR MEIJLING",
        "Kanaalstraat 5 · 7901 LB Hoogeveen · telefoon 0528-26 11 80 (werkdagen 9.00–12.30 uur)",
    ])
    _footer_text(
        section,
        "Meijling Gerechtsdeurwaarders B.V. · Kanaalstraat 5, Hoogeveen · "
        "NL00 TEST 0123 4567 89 · aangesloten bij de KBvG",
    )
    _lines(doc, ["De heer D. Pranoto", "Schutstraat 101", "7901 EE Hoogeveen"])
    doc.add_paragraph("Hoogeveen, 25 november 2026")
    doc.add_paragraph("Betreft: vordering Belmax Mobiel B.V., restant toestelkrediet")
    doc.add_paragraph("Ons dossiernummer: 2611-0478")
    doc.add_paragraph("Geachte heer Pranoto,")
    doc.add_paragraph(
        "Onze cliënte Belmax Mobiel B.V. heeft ons opdracht gegeven tot invordering van het "
        "restant van uw toestelkrediet. Bij het afsluiten van uw abonnement heeft u een smartphone "
        "gekocht, te betalen in 24 maandelijkse termijnen van € 38,00. Sinds april 2026 is geen "
        "enkele termijn meer betaald. Onze cliënte heeft de overeenkomst daarom beëindigd en het "
        "volledige restant opeisbaar gesteld."
    )
    doc.add_paragraph(
        "Op 4 september 2026 heeft onze cliënte u een aanmaning gestuurd met een termijn van "
        "14 dagen. Ook daarop heeft u niet gereageerd. Derhalve is thans het volgende verschuldigd:"
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Restant toestelkrediet (18 termijnen)", "€ 684,00"),
        ("Wettelijke rente tot 25 november 2026", "€ 21,40"),
        ("Buitengerechtelijke incassokosten", "€ 102,60"),
        ("Totaal", "€ 808,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U dient het totaalbedrag van € 808,00 binnen drie dagen na ontvangst van dit schrijven "
        "over te maken op de rekening onderaan deze brief, onder vermelding van ons dossiernummer."
    )
    _stamp(doc, "Blijft betaling uit, dan volgt beslag op uw loon en uw bankrekening.", red=True)
    doc.add_paragraph(
        "Wij zullen in dat geval zonder nadere aankondiging een dagvaarding laten uitbrengen. De "
        "proceskosten en onze eigen kosten zullen de vordering dan aanzienlijk verhogen. Tevens "
        "behouden wij ons het recht voor uw werkgever te benaderen om inlichtingen over uw inkomen "
        "in te winnen."
    )
    doc.add_paragraph(
        "Een betalingsregeling is in dit stadium niet meer bespreekbaar. Uitsluitend volledige "
        "betaling voorkomt verdere maatregelen."
    )
    doc.add_paragraph(
        "Heeft u het bedrag inmiddels aan Belmax Mobiel betaald? Dan kunt u het betaalbewijs "
        "onder vermelding van het dossiernummer aan ons toezenden."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Gerechtsdeurwaarderskantoor Meijling", "", "mr. H.A. Meijling",
                 "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_garantieplan_r12.docx": build_aanmaning_mixed_garantieplan,
    "deurwaarder_harsh_toestelkrediet_r12.docx": build_deurwaarder_harsh_toestelkrediet,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
