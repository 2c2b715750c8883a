"""Build the two round-18 held-out .docx letters in corpora/letters/ (names ending in ``_r18.docx``).

These letters are the eighteenth held-out test set, labelled in corpora/labels/heldout-r18.yml:
written and labelled before anyone measured lettercheck on them, never used to tune rules.
Everything in them is fictional and written for this project.

    python corpora/build_heldout18_docx.py    # writes corpora/letters/*_r18.docx

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


def build_aanmaning_mixed_diervoeding(path: Path) -> None:
    """Mixed aanmaning from an incassobureau about a pet-food subscription.

    Mostly warm B1: the bureau introduces itself, the boxes and the € 40 costs sit in a table,
    payment in three parts, contact in an info table (phone, WhatsApp, e-mail). The debt-help
    referral is only in the footer; the all-caps letterhead is in the header. Two harsh
    sentences: distrust ("Wij gaan ervan uit dat u nu wel ...") and a hand-over to "onze deurwaarder".
    """
    doc = _new_document("Openstaande boxen Brokkenbox")
    section = doc.sections[0]
    _header_text(section, [
        "INCASSODIENST VLIETLAND",
        "Voorburgseweg 40 · 2271 BX Voorburg · www.incassodienstvlietland.nl",
    ])
    _footer_text(
        section,
        "Heeft u meer rekeningen of schulden? Op www.geldfit.nl of via 0800-8115 krijgt u gratis "
        "en anoniem advies. · Incassodienst Vlietland B.V. · KvK 55667788",
    )
    _lines(doc, ["Mevrouw L. Hoogendoorn", "Prinses Mariannelaan 203", "2275 BN Voorburg"])
    doc.add_paragraph("Voorburg, 9 november 2026")
    doc.add_paragraph("Betreft: drie boxen van Brokkenbox nog niet betaald")
    doc.add_paragraph("Ons dossier: IV-26-30918")
    doc.add_paragraph("Beste mevrouw Hoogendoorn,")
    doc.add_paragraph(
        "Wij zijn Incassodienst Vlietland, een incassobureau. Brokkenbox heeft ons gevraagd om "
        "contact met u op te nemen. U heeft bij Brokkenbox een abonnement op hondenvoer. De boxen "
        "van juli, augustus en september zijn nog niet betaald."
    )
    doc.add_paragraph(
        "Brokkenbox heeft u op 6 oktober een brief gestuurd. Daarin stond dat u € 40 incassokosten "
        "moest betalen als u niet binnen 14 dagen zou betalen. Er is daarna niets betaald. Daarom "
        "staan de incassokosten nu ook in het overzicht."
    )
    _amount_table(doc, [
        ("Wat", "Bedrag"),
        ("Box juli (2 zakken brokken van 6 kg)", "€ 54,95"),
        ("Box augustus", "€ 54,95"),
        ("Box september", "€ 54,95"),
        ("Incassokosten", "€ 40,00"),
        ("Totaal", "€ 204,85"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 204,85 betalen vóór 23 november 2026? Maak het over naar NL00 TEST 0123 4567 89 "
        "en zet uw dossiernummer IV-26-30918 erbij."
    )
    _bold_heading(doc, "In drie keer betalen mag ook")
    doc.add_paragraph(
        "Dat gaat zo: € 70 in november, € 70 in december en € 64,85 in januari. Bel of app ons, "
        "dan zetten wij het voor u klaar. Er komen dan geen kosten bij."
    )
    doc.add_paragraph(
        "Is het abonnement al gestopt, of klopt de rekening niet? Laat het ons weten. Dan zoeken "
        "wij het samen met Brokkenbox uit."
    )
    doc.add_paragraph(
        "Wij gaan ervan uit dat u nu wel reageert. Betaalt u niet en horen wij niets van u? Dan "
        "gaat uw dossier naar onze deurwaarder."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "070-386 52 10, maandag tot en met vrijdag van 8.30 tot 17.30 uur"),
        ("WhatsApp", "06-480 211 37"),
        ("E-mail", "klant@incassodienstvlietland.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Yusuf Demir", "Klantbegeleider Incassodienst Vlietland"])
    doc.save(path)


def build_deurwaarder_neutral_warmtemeter(path: Path) -> None:
    """Neutral letter from a bailiff after a served judgment about district-heating meter rent.

    Explains the judgment, the service of it and beslag with the beslagvrije voet in plain words
    (not a threat after a judgment). Amounts in a table, an invitation to propose a payment plan,
    contact in the header and an info table, «…» placeholders for the case handler. Only the
    Juridisch Loket is named, which is not a debt-help referral. A little jargon in one sentence.
    """
    doc = _new_document("Vonnis Warmtelink Meterservice")
    section = doc.sections[0]
    _header_text(section, [
        "Merwestad Gerechtsdeurwaarders",
        "Spuiboulevard 250 · 3311 GR Dordrecht · 078-612 40 00 · www.merwestad-deurwaarders.nl",
    ])
    _footer_text(
        section,
        "Merwestad Gerechtsdeurwaarders is lid van de KBvG · KvK 99887766 · "
        "Derdengeldrekening NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["De heer B.A. Koolhaas", "Johan de Wittstraat 57", "3311 KG Dordrecht"])
    doc.add_paragraph("Dordrecht, 14 oktober 2026")
    doc.add_paragraph("Betreft: vonnis kantonrechter, Warmtelink Meterservice B.V.")
    doc.add_paragraph("Dossiernummer: MS 26/08814")
    doc.add_paragraph("Geachte heer Koolhaas,")
    doc.add_paragraph(
        "Warmtelink Meterservice B.V. verhuurt de warmtemeter en de afleverset in uw woning. De huur "
        "van deze apparaten over 2025 is niet betaald. Warmtelink is daarom naar de rechter gegaan. "
        "De kantonrechter in Dordrecht heeft op 3 september 2026 beslist dat u het bedrag moet "
        "betalen. Die beslissing heet een vonnis."
    )
    doc.add_paragraph(
        "Wij hebben het vonnis op 1 oktober 2026 aan u betekend. Dat wil zeggen: wij hebben het "
        "officieel bij u afgegeven. Warmtelink heeft ons daarna gevraagd het bedrag bij u op te halen."
    )
    _amount_table(doc, [
        ("Onderdeel", "Bedrag"),
        ("Huur warmtemeter en afleverset 2025", "€ 312,40"),
        ("Incassokosten", "€ 46,86"),
        ("Rente tot 1 oktober 2026", "€ 18,71"),
        ("Kosten van de rechtszaak volgens het vonnis", "€ 287,00"),
        ("Kosten van het afgeven van het vonnis", "€ 118,19"),
        ("Totaal", "€ 783,16"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Indien u het verschuldigde bedrag van € 783,16 vóór 28 oktober 2026 voldoet, is de zaak "
        "daarmee afgesloten. U kunt betalen op onze rekening onderaan deze brief. Zet het "
        "dossiernummer erbij."
    )
    _bold_heading(doc, "Wat gebeurt er als u niet betaalt?")
    doc.add_paragraph(
        "Met het vonnis mag een gerechtsdeurwaarder beslag leggen. Dat kan bijvoorbeeld op uw loon, "
        "uw uitkering of uw bankrekening. U houdt dan altijd genoeg over om van te leven. Dat heet "
        "de beslagvrije voet. Door een beslag komen er wel kosten bij. Ook die kosten moet u betalen."
    )
    _bold_heading(doc, "In delen betalen")
    doc.add_paragraph(
        "Kunt u het bedrag niet in één keer betalen? Doe ons dan een voorstel voor een "
        "betalingsregeling. Wij leggen dat voor aan Warmtelink. Stuur een overzicht van uw inkomen "
        "en vaste lasten mee."
    )
    doc.add_paragraph(
        "Heeft u vragen over het vonnis of over uw rechten? Het Juridisch Loket geeft gratis advies."
    )
    _info_table(doc, [
        ("Telefoon", "078-612 40 00, op werkdagen van 9.00 tot 16.30 uur"),
        ("E-mail", "dossiers@merwestad-deurwaarders.nl"),
        ("Behandelaar", "«naam behandelaar»"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["«naam behandelaar»", "kandidaat-gerechtsdeurwaarder",
                 "Merwestad Gerechtsdeurwaarders"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_diervoeding_r18.docx": build_aanmaning_mixed_diervoeding,
    "deurwaarder_neutral_warmtemeter_r18.docx": build_deurwaarder_neutral_warmtemeter,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
