"""Build the two round-8 held-out .docx letters in corpora/letters/ (names ending in ``_r8.docx``).

These letters were the eighth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r8.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout8_docx.py    # writes corpora/letters/*_r8.docx

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


def build_aanmaning_mixed_opslagbox(path: Path) -> None:
    """Mixed aanmaning from a self-storage company about two months of unpaid box rent.

    A mail-merge template with ``{{ … }}`` placeholders for the tenant and the box number. Mostly
    warm B1: the open amounts in a table, payment in three parts, debt help (municipality and
    Geldfit), contact in an info table (phone, WhatsApp, e-mail). Two harsh sentences: a blaming
    "al de tweede keer" and the threat to auction the contents of the box.
    """
    doc = _new_document("Huur opslagbox nog niet betaald")
    section = doc.sections[0]
    _header_text(section, [
        "BoxVrij Self Storage",
        "Ringbaan-Oost 301 · 5018 HA Tilburg · www.boxvrij.nl",
    ])
    _footer_text(
        section,
        "BoxVrij B.V. · KvK 55667788 · Uw box is open van maandag tot en met zaterdag, "
        "7.00 tot 22.00 uur",
    )
    _lines(doc, ["{{ naam }}", "{{ adres }}", "{{ postcode }} {{ plaats }}"])
    doc.add_paragraph("Tilburg, 7 april 2026")
    doc.add_paragraph("Betreft: huur van uw opslagbox nog niet betaald")
    doc.add_paragraph("Boxnummer: {{ boxnummer }}")
    doc.add_paragraph("Beste {{ naam }},")
    doc.add_paragraph(
        "U huurt bij ons box {{ boxnummer }}. Fijn dat u al een tijd klant bent. Voor februari en "
        "maart hebben we nog geen huur van u gekregen. Op 10 maart stuurden we u al een "
        "herinnering. Dit is al de tweede keer dit jaar dat u te laat betaalt."
    )
    doc.add_paragraph("Dit staat er nog open:")
    _amount_table(doc, [
        ("Maand", "Waarvoor", "Bedrag"),
        ("Februari 2026", "Huur box 6 m²", "€ 74,00"),
        ("Februari 2026", "Verzekering spullen in de box", "€ 4,50"),
        ("Maart 2026", "Huur box 6 m²", "€ 74,00"),
        ("Maart 2026", "Verzekering spullen in de box", "€ 4,50"),
        ("Totaal", "", "€ 157,00"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 157,00 overmaken vóór dinsdag 21 april 2026? Gebruik rekeningnummer "
        "NL00 TEST 0123 4567 89 en zet uw boxnummer erbij. Met iDEAL betalen kan ook, via de link "
        "in de e-mail die u vandaag van ons krijgt."
    )
    _bold_heading(doc, "Liever in delen betalen?")
    doc.add_paragraph(
        "Lukt het niet om alles in één keer te betalen? Dan kunt u het in drie delen doen: "
        "€ 52,50 in april, € 52,50 in mei en € 52,00 in juni. Bel of app ons, dan zetten we het "
        "voor u klaar."
    )
    doc.add_paragraph(
        "Betaalt u niet en horen wij niets van u? Dan kunt u niet meer bij uw box en laten wij "
        "de inhoud na 60 dagen veilen."
    )
    _bold_heading(doc, "Hulp bij geldzorgen")
    doc.add_paragraph(
        "Blijven er bij u meer rekeningen liggen? De schuldhulp van uw gemeente helpt u gratis. "
        "U kunt ook kijken op www.geldfit.nl of bellen met 0800-8115."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "013-744 58 20, maandag tot en met zaterdag van 9.00 tot 17.00 uur"),
        ("WhatsApp", "013-744 58 21"),
        ("E-mail", "huur@boxvrij.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Sanne de Wit", "Klantenservice BoxVrij"])
    doc.save(path)


def build_deurwaarder_harsh_huurachterstand(path: Path) -> None:
    """Harsh bailiff letter for a housing corporation, before any judgment.

    All-caps letterhead in the header (not a layout problem). Rent arrears in a table; the
    collection costs are exactly the BIK maximum plus 21% btw (a landlord of homes cannot deduct
    VAT). Red stamp in capitals, sommatie with a 48-hour term, eviction, beslag and a home visit
    announced before any court case. A payment plan is offered, but only with a large down payment.
    """
    doc = _new_document("Huurachterstand")
    section = doc.sections[0]
    _header_text(section, [
        "VAN ECK & BROUWER GERECHTSDEURWAARDERS",
        "Zuiderplein 8 · 8911 AB Leeuwarden · T 058-233 71 90 · www.vaneckbrouwer.nl",
    ])
    _footer_text(
        section,
        "Van Eck & Brouwer Gerechtsdeurwaarders · KvK 01928374 · "
        "Kantoor open op werkdagen van 9.00 tot 16.00 uur",
    )
    _lines(doc, ["Mevrouw R. Sijbesma", "Tjerk Hiddesstraat 31", "8913 CV Leeuwarden"])
    doc.add_paragraph("Leeuwarden, 9 maart 2026")
    _lines(doc, [
        "Opdrachtgever: Woonstichting De Terp",
        "Ons dossiernummer: 26.01144",
        "Betreft: huurachterstand woning Tjerk Hiddesstraat 31",
    ])
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Woonstichting De Terp heeft ons kantoor opdracht gegeven de huurachterstand van uw "
        "woning bij u te innen. Ondanks diverse herinneringen en aanmaningen van uw verhuurder "
        "heeft u de huur over december 2025, januari 2026 en februari 2026 niet betaald. U bent "
        "thans het volgende verschuldigd:"
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur december 2025", "€ 712,40"),
        ("Huur januari 2026", "€ 712,40"),
        ("Huur februari 2026", "€ 712,40"),
        ("Buitengerechtelijke incassokosten (incl. 21% btw)", "€ 387,90"),
        ("Wettelijke rente", "€ 14,86"),
        ("Totaal", "€ 2.539,96"),
    ])
    doc.add_paragraph("")
    _stamp(doc, "DIT IS DE LAATSTE MOGELIJKHEID OM ONTRUIMING TE VOORKOMEN", red=True)
    doc.add_paragraph(
        "Wij sommeren u het totaalbedrag van € 2.539,96 binnen 48 uur na ontvangst van deze "
        "brief te voldoen op onze derdengeldrekening NL00 TEST 0123 4567 89, onder vermelding van "
        "ons dossiernummer."
    )
    doc.add_paragraph(
        "Is het bedrag dan niet volledig bijgeschreven, dan zullen wij zonder nadere aankondiging "
        "een dagvaarding aan u uitbrengen. Wij zullen de kantonrechter daarin verzoeken de "
        "huurovereenkomst te ontbinden en de ontruiming van uw woning te bevelen. Alle kosten "
        "van de procedure en van de ontruiming komen dan voor uw rekening, evenals de huur tot "
        "de dag waarop u de woning verlaat. Ook kan beslag worden gelegd op uw loon of "
        "uitkering en op uw bankrekening."
    )
    doc.add_paragraph(
        "Tevens zal een medewerker van ons kantoor in de komende week bij u aan de deur komen "
        "om uw situatie ter plaatse op te nemen."
    )
    doc.add_paragraph(
        "Wenst u een betalingsregeling, dan dient u binnen dezelfde termijn een schriftelijk "
        "voorstel in te dienen, met bewijsstukken van uw inkomsten en uitgaven. Een regeling "
        "wordt alleen getroffen na een aanbetaling van ten minste € 1.000,00."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Van Eck & Brouwer Gerechtsdeurwaarders", "", "A.J. van Eck",
                 "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_opslagbox_r8.docx": build_aanmaning_mixed_opslagbox,
    "deurwaarder_harsh_huurachterstand_r8.docx": build_deurwaarder_harsh_huurachterstand,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
