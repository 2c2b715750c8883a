"""Build the two round-10 held-out .docx letters in corpora/letters/ (names ending in ``_r10.docx``).

These letters were the tenth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r10.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout10_docx.py    # writes corpora/letters/*_r10.docx

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


def build_aanmaning_mixed_dierenverzekering(path: Path) -> None:
    """Mixed aanmaning from a pet insurer about two months of unpaid premium.

    Mostly warm B1: premiums in a table, payment in two parts, contact in an info table (phone,
    callback form, e-mail). The suspension of cover is stated neutrally, as the law asks an insurer
    to warn before it suspends cover. The debt-help referral (the municipality's Geldzaken desk and
    Geldfit) sits only in the footer. Two harsh sentences: distrust ("deze keer wel") and a passive
    hand-over to the insurer's collection bureau.
    """
    doc = _new_document("Premie dierenverzekering Bobby")
    section = doc.sections[0]
    _header_text(section, [
        "Snuffel Dierenverzekering",
        "Onderlangs 30 · 6812 CJ Arnhem · www.snuffel.nl",
    ])
    _footer_text(
        section,
        "Lukt het niet om alle rekeningen te betalen? Het loket Geldzaken van uw gemeente helpt u "
        "gratis. Anoniem advies: Geldfit, 0800-8115. · Snuffel Dierenverzekering N.V. · KvK 55667788",
    )
    _lines(doc, ["Mevrouw D. Lindqvist", "Hoefijzerlaan 5", "6824 KP Arnhem"])
    doc.add_paragraph("Arnhem, 3 november 2026")
    doc.add_paragraph("Betreft: premie voor de verzekering van Bobby")
    doc.add_paragraph("Polisnummer: SD-2207-818")
    doc.add_paragraph("Beste mevrouw Lindqvist,")
    doc.add_paragraph(
        "Uw hond Bobby is sinds 2023 bij ons verzekerd. Zo hoeft u niet te schrikken van een hoge "
        "rekening bij de dierenarts. Maar de premie voor september en oktober hebben wij nog niet "
        "van u gekregen. Half oktober stuurden wij u daarover al een herinnering."
    )
    _amount_table(doc, [
        ("Maand", "Premie"),
        ("September 2026", "€ 23,45"),
        ("Oktober 2026", "€ 23,45"),
        ("Totaal", "€ 46,90"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 46,90 overmaken vóór 20 november 2026? Ons rekeningnummer is "
        "NL00 TEST 0123 4567 89. Zet uw polisnummer SD-2207-818 erbij."
    )
    doc.add_paragraph(
        "Wij vertrouwen erop dat u deze keer wel op tijd betaalt. Blijft de betaling uit, dan wordt "
        "uw dossier overgedragen aan ons incassobureau."
    )
    _bold_heading(doc, "Wat betekent dit voor Bobby?")
    doc.add_paragraph(
        "Dat vertellen wij u liever eerlijk. Is de premie op 20 november nog niet betaald? Dan "
        "vergoeden wij vanaf 21 november 2026 geen kosten van de dierenarts meer. Betaalt u daarna "
        "alsnog? Dan is Bobby vanaf de dag na uw betaling weer verzekerd."
    )
    _bold_heading(doc, "Liever in twee delen?")
    doc.add_paragraph(
        "Dat mag. U betaalt dan € 23,45 vóór 20 november en € 23,45 vóór 20 december. "
        "Laat het ons even weten, dan zetten wij het zo in ons systeem."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "026-388 14 70, maandag tot en met vrijdag van 9.00 tot 17.00 uur"),
        ("Teruggebeld worden", "Vul het formulier in op www.snuffel.nl/terugbellen. Wij bellen "
                               "u dezelfde werkdag terug."),
        ("Mailen", "premie@snuffel.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ilse Brouwer", "Afdeling Premies, Snuffel Dierenverzekering"])
    doc.save(path)


def build_deurwaarder_harsh_woonbedrijf(path: Path) -> None:
    """Harsh bailiff letter before any judgment, for a municipality-owned housing company.

    Rent arrears with collection costs at exactly the BIK maximum (€ 2.758,00 -> € 400,80, no btw).
    A red stamp with a 48-hour deadline, threats of eviction, beslag, a home visit and contacting
    the employer, all before a judge has ruled. The only contact is the phone number in the footer.
    """
    doc = _new_document("Huurachterstand Woonbedrijf Vechtstad")
    section = doc.sections[0]
    _header_text(section, [
        "Ter Haar & Dijkhuis Gerechtsdeurwaarders",
        "Wierdensestraat 44 · 7607 GK Almelo",
    ])
    _footer_text(
        section,
        "Kantoor geopend maandag tot en met vrijdag van 9.00 tot 12.00 uur · telefoon 0546-81 30 20",
    )
    _lines(doc, ["Mevrouw F. Aydın", "Bornerbroeksestraat 301", "7601 BK Almelo"])
    doc.add_paragraph("Almelo, 17 november 2026")
    doc.add_paragraph("Betreft: huurachterstand Woonbedrijf Vechtstad")
    _info_table(doc, [
        ("Ons kenmerk", "26-11873"),
        ("Opdrachtgever", "Woonbedrijf Vechtstad, woningbedrijf van de gemeente"),
        ("Huurcontract", "WV-0099312"),
    ])
    doc.add_paragraph("")
    _stamp(doc, "BETAAL BINNEN 48 UUR", red=True, size=14)
    doc.add_paragraph("Geachte mevrouw Aydın,")
    doc.add_paragraph(
        "Onze opdrachtgever, Woonbedrijf Vechtstad, heeft ons opgedragen de huurachterstand van uw "
        "woning te incasseren. Ondanks diverse herinneringen en een gesprek met uw woonconsulent "
        "heeft u de huur over juli tot en met oktober 2026 niet betaald."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur juli t/m oktober 2026 (4 x € 689,50)", "€ 2.758,00"),
        ("Incassokosten", "€ 400,80"),
        ("Rente", "€ 21,35"),
        ("Totaal", "€ 3.180,15"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij geven u de gelegenheid het totaalbedrag van € 3.180,15 binnen 48 uur over te maken op "
        "NL00 TEST 0123 4567 89 onder vermelding van ons kenmerk."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan wordt u zonder nadere aankondiging gedagvaard voor de "
        "kantonrechter. Daarbij wordt niet alleen betaling gevorderd, maar ook de ontbinding van de "
        "huurovereenkomst en de ontruiming van uw woning."
    )
    doc.add_paragraph(
        "Na het vonnis kan direct beslag worden gelegd op uw loon of uitkering en op uw inboedel. "
        "Een medewerker van ons kantoor zal daartoe een huisbezoek afleggen. Tevens zullen wij uw "
        "werkgever benaderen. De kosten hiervan lopen snel op en komen geheel voor uw rekening."
    )
    doc.add_paragraph("Wij gaan ervan uit dat u deze laatste kans benut.")
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Ter Haar & Dijkhuis Gerechtsdeurwaarders", "", "K. Dijkhuis", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_dierenverzekering_r10.docx": build_aanmaning_mixed_dierenverzekering,
    "deurwaarder_harsh_woonbedrijf_r10.docx": build_deurwaarder_harsh_woonbedrijf,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
