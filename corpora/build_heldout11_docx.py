"""Build the two round-11 held-out .docx letters in corpora/letters/ (names ending in ``_r11.docx``).

These letters were the eleventh held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r11.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout11_docx.py    # writes corpora/letters/*_r11.docx

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


def build_aanmaning_harsh_huurincasso(path: Path) -> None:
    """Harsh aanmaning from a housing association's own rent-collection team.

    All-caps letterhead only in the header (not a layout problem); a red caps stamp in the body.
    The threats hide in places a reader skims: a note under the amount table (no further notice,
    "onze deurwaarder") and the footer (an eviction procedure). The table charges
    "Aanmaningskosten" (a separate fee). Impersonal salutation although the name is known, a
    five-day term, a refused payment plan and no way to reach the sender but by post.
    """
    doc = _new_document("Huurachterstand Bosboomstraat 18")
    section = doc.sections[0]
    _header_text(section, [
        "WONINGVERENIGING MAASOEVER",
        "Team Huurincasso · Postbus 40 · 3300 AA Dordrecht",
    ])
    _footer_text(
        section,
        "Een huurachterstand van twee maanden of meer leidt bij Maasoever in alle gevallen tot een "
        "ontruimingsprocedure. · Woningvereniging Maasoever · KvK 24681357",
    )
    _lines(doc, ["Mevrouw L. Schouten", "Bosboomstraat 18", "3312 KA Dordrecht"])
    doc.add_paragraph("Dordrecht, 10 november 2026")
    doc.add_paragraph("Ons kenmerk: HI/26/0933")
    doc.add_paragraph("Betreft: huurachterstand Bosboomstraat 18")
    _stamp(doc, "TWEEDE EN LAATSTE AANMANING", red=True, size=13)
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Uit onze administratie blijkt dat de huur over de maanden september en oktober 2026 nog "
        "altijd niet is voldaan. Ondanks herhaalde herinneringen heeft u het verschuldigde bedrag "
        "niet overgemaakt en heeft u ook geen contact met ons gezocht."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur september 2026", "€ 742,15"),
        ("Huur oktober 2026", "€ 742,15"),
        ("Aanmaningskosten*", "€ 15,00"),
        ("Totaal", "€ 1.499,30"),
    ])
    _lines(doc, [
        "* Aanmaningskosten worden per verzonden aanmaning in rekening gebracht. Bij uitblijven van "
        "betaling wordt het dossier zonder nadere aankondiging overgedragen aan onze deurwaarder.",
    ], size=8)
    doc.add_paragraph(
        "U dient het totaalbedrag van € 1.499,30 binnen vijf dagen over te maken op "
        "NL00 TEST 0123 4567 89 o.v.v. het kenmerk HI/26/0933."
    )
    doc.add_paragraph(
        "Wij wijzen u er nadrukkelijk op dat het niet betalen van de huur een ernstige tekortkoming "
        "is. Blijft de achterstand bestaan, dan zijn wij genoodzaakt de huurovereenkomst door de "
        "rechter te laten ontbinden, met alle gevolgen van dien."
    )
    doc.add_paragraph(
        "Een betalingsregeling is in dit stadium niet meer mogelijk. Reacties op deze brief kunt u "
        "uitsluitend schriftelijk aan ons richten, onder vermelding van het kenmerk."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Woningvereniging Maasoever", "Team Huurincasso", "", "R. de Groot",
                 "medewerker huurincasso"])
    doc.save(path)


def build_aanmaning_mixed_personenalarm(path: Path) -> None:
    """Mixed aanmaning with a heading per topic from a personal-alarm service for older people.

    Mostly warm B1: the alarm keeps working, amounts in a table, payment in three parts, contact
    in an info table (phone and e-mail), help from the municipality and a Humanitas volunteer who
    can come to the house (a visit offered, not threatened). Caps letterhead only in the header.
    The harsh part hides in a 'Goed om te weten' box: a hand-over to "een externe partij" with
    "hoge kosten"; plus one sentence of distrust.
    """
    doc = _new_document("Openstaande rekening WaakZaam")
    section = doc.sections[0]
    _header_text(section, [
        "WAAKZAAM PERSONENALARMERING",
        "Veilig thuis, dag en nacht · Raadhuisplein 6 · 9203 EA Drachten · www.waakzaam.nl",
    ])
    _footer_text(
        section,
        "WaakZaam Personenalarmering B.V. · KvK 60718293 · Meldkamer bij nood: druk op uw "
        "alarmknop",
    )
    _lines(doc, ["Mevrouw G. Hoekstra-de Boer", "Kerkelaan 5", "9201 HE Drachten"])
    doc.add_paragraph("Drachten, 24 november 2026")
    doc.add_paragraph("Betreft: uw abonnement op de alarmknop, twee rekeningen nog niet betaald")
    doc.add_paragraph("Klantnummer: WZ-30588")
    doc.add_paragraph("Beste mevrouw Hoekstra,")

    _bold_heading(doc, "Waar gaat deze brief over?")
    doc.add_paragraph(
        "U heeft bij ons een alarmknop. Als u valt of onwel wordt, drukt u op de knop en praat u "
        "meteen met onze meldkamer. Voor dat abonnement krijgt u elke drie maanden een rekening. "
        "Twee rekeningen zijn nog niet betaald. In september en oktober stuurden wij u al een "
        "herinnering."
    )
    doc.add_paragraph(
        "Belangrijk: uw alarm blijft gewoon werken. Ook als u nog niet betaald heeft."
    )

    _bold_heading(doc, "Wat staat er open?")
    _amount_table(doc, [
        ("Periode", "Bedrag"),
        ("Juli tot en met september 2026", "€ 57,00"),
        ("Oktober tot en met december 2026", "€ 57,00"),
        ("Totaal", "€ 114,00"),
    ])
    doc.add_paragraph("")

    _bold_heading(doc, "Hoe kunt u betalen?")
    doc.add_paragraph(
        "Maak € 114,00 over vóór 15 december 2026 naar NL00 TEST 0123 4567 89. Zet uw klantnummer "
        "WZ-30588 erbij. Regelt iemand anders uw geldzaken, bijvoorbeeld uw zoon of dochter? Geef "
        "deze brief dan aan hem of haar."
    )

    _bold_heading(doc, "Lukt betalen niet?")
    doc.add_paragraph(
        "Dan kunt u het bedrag ook in drie delen betalen: € 38,00 in december, januari en februari. "
        "Bel ons even, dan zetten wij het klaar."
    )
    doc.add_paragraph(
        "Heeft u vaker moeite met rekeningen? De gemeente Smallingerland helpt gratis bij "
        "geldzorgen. Ook kan een vrijwilliger van Humanitas bij u thuis langskomen om samen uw "
        "post door te nemen. Dat is gratis en u beslist zelf."
    )

    _bold_heading(doc, "Vragen?")
    _info_table(doc, [
        ("Bellen", "0512-38 44 10, maandag tot en met vrijdag van 9.00 tot 16.00 uur"),
        ("Mailen", "administratie@waakzaam.nl"),
    ])
    doc.add_paragraph("")
    _info_table(doc, [
        ("Goed om te weten",
         "Komt er vóór 15 december geen betaling en ook geen reactie? Dan wordt uw dossier "
         "overgedragen aan een externe partij. Daar komen hoge kosten bij."),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij hebben u nu drie keer geschreven. Wij vertrouwen erop dat u nu wel iets van u laat "
        "horen."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Anneke Postma", "Klantenadministratie WaakZaam"])
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_huurincasso_r11.docx": build_aanmaning_harsh_huurincasso,
    "aanmaning_mixed_personenalarm_r11.docx": build_aanmaning_mixed_personenalarm,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
