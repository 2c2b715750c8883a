"""Build the two round-13 held-out .docx letters in corpora/letters/ (names ending in ``_r13.docx``).

These letters were the thirteenth held-out test set: written and labelled before anyone measured
lettercheck on them, measured once, then added to the tuning set (corpora/labels/batch-r13.yml).
Everything in them is fictional and written for this project.

    python corpora/build_heldout13_docx.py    # writes corpora/letters/*_r13.docx

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


def build_aanmaning_mixed_fitnessapp(path: Path) -> None:
    """Mixed aanmaning from a collection bureau about a renewed yearly fitness-app subscription.

    Mostly warm B1: the bureau says who it is, the costs in the table are exactly the BIK
    minimum (EUR 40 on EUR 119,99), payment in three parts, a dispute route, contact in an info
    table (phone, WhatsApp, e-mail). The debt-help referral sits only in the footer. Harsh: one
    blaming sentence and a bailiff threat with a vague "more expensive" cost threat.
    """
    doc = _new_document("Jaarabonnement FitFlow Premium")
    section = doc.sections[0]
    _header_text(section, [
        "Helder Incasso",
        "Kerkstraat 41 · 5611 GH Eindhoven · www.helderincasso.nl",
    ])
    _footer_text(
        section,
        "Geldzorgen? U bent niet de enige. Bel gratis met Geldfit: 0800-8115, of kijk op "
        "www.geldfit.nl. · Helder Incasso B.V. · ingeschreven in het Wki-register · KvK 70112233",
    )
    _lines(doc, ["Mevrouw A. Kuipers", "Tongelresestraat 190", "5613 DT Eindhoven"])
    doc.add_paragraph("Eindhoven, 10 november 2026")
    doc.add_paragraph("Betreft: uw abonnement op de FitFlow-app")
    doc.add_paragraph("Dossiernummer: HI-26-55210")
    doc.add_paragraph("Beste mevrouw Kuipers,")
    doc.add_paragraph(
        "FitFlow heeft ons gevraagd om contact met u op te nemen. Wij zijn Helder Incasso, een "
        "incassobureau. Het gaat om uw jaarabonnement op FitFlow Premium. Dat abonnement is op "
        "1 september 2026 verlengd. De rekening daarvoor is nog niet betaald."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("FitFlow Premium, 1 september 2026 tot 1 september 2027", "€ 119,99"),
        ("Incassokosten", "€ 40,00"),
        ("Totaal", "€ 159,99"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "In de brief van FitFlow van 2 oktober stond al dat er incassokosten bij zouden komen "
        "als u niet op tijd betaalde. Daarom staan die nu in het overzicht."
    )
    _bold_heading(doc, "Wat kunt u doen?")
    doc.add_paragraph(
        "Betaal € 159,99 vóór 24 november 2026 op NL00 TEST 0123 4567 89. Zet uw dossiernummer "
        "erbij."
    )
    doc.add_paragraph(
        "Of betaal in drie delen: € 53,33 in november, € 53,33 in december en € 53,33 in "
        "januari. Bel of app ons, dan regelen we dat meteen."
    )
    doc.add_paragraph(
        "Denkt u dat de rekening niet klopt? Bijvoorbeeld omdat u het abonnement op tijd had "
        "opgezegd? Stuur ons dan de bevestiging van uw opzegging. Wij zoeken het uit met FitFlow. "
        "Zolang we dat doen, hoeft u niet te betalen."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "040-244 18 70, maandag tot en met vrijdag van 9.00 tot 17.00 uur"),
        ("WhatsApp", "040-244 18 71"),
        ("Mailen", "klantcontact@helderincasso.nl"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "U heeft de drie berichten van FitFlow steeds genegeerd. Blijft u ook nu stil, dan "
        "schakelen wij de deurwaarder in. Dan wordt het voor u een stuk duurder."
    )
    doc.add_paragraph("Heeft u al betaald? Dan hoeft u niets meer te doen.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ramon Jacobs", "Helder Incasso"])
    doc.save(path)


def build_deurwaarder_harsh_energieleverancier(path: Path) -> None:
    """Harsh bailiff letter before any judgment, for an energy supplier's final bill.

    All-caps firm name only in the header (not a layout problem); red bold stamp with a
    three-day term in the body. The table has costs above the BIK staffel (EUR 257,29 on
    EUR 1.286,44; the maximum is EUR 192,97) and separate dossierkosten. The letter claims beslag
    needs no judge, announces a home visit to list the furniture, refuses a payment plan and
    opens the phone line two hours a day.
    """
    doc = _new_document("Vordering Zuiderlicht Energie")
    section = doc.sections[0]
    _header_text(section, [
        "MULDER & TERPSTRA GERECHTSDEURWAARDERS",
        "Postbus 1180 · 9701 BD Groningen",
    ])
    _footer_text(
        section,
        "Mulder & Terpstra Gerechtsdeurwaarders · Postbus 1180 · 9701 BD Groningen · "
        "aangesloten bij de KBvG",
    )
    _lines(doc, ["De heer B. Smit", "Korreweg 212", "9715 AL Groningen"])
    doc.add_paragraph("Groningen, 23 november 2026")
    doc.add_paragraph("Betreft: vordering Zuiderlicht Energie B.V., eindafrekening")
    doc.add_paragraph("Ons kenmerk: MT/26/4471")
    _stamp(doc, "BETAAL BINNEN 3 DAGEN", red=True, size=14)
    doc.add_paragraph("Geachte debiteur,")
    doc.add_paragraph(
        "Zuiderlicht Energie B.V. heeft ons kantoor opdracht gegeven tot invordering van de "
        "eindafrekening van uw energiecontract voor het adres Oosterstraat 88 te Groningen, dat "
        "u op 31 juli 2026 heeft verlaten. U heeft de nota ondanks twee aanmaningen van onze "
        "opdrachtgever onbetaald gelaten."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Eindafrekening energie (nota 7720-5519)", "€ 1.286,44"),
        ("Buitengerechtelijke incassokosten", "€ 257,29"),
        ("Dossierkosten", "€ 25,00"),
        ("Rente", "€ 18,40"),
        ("Totaal", "€ 1.587,13"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij eisen betaling van het volledige bedrag binnen drie dagen na dagtekening van deze "
        "brief op rekening NL00 TEST 0123 4567 89 ten name van Mulder & Terpstra, onder "
        "vermelding van ons kenmerk."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan gaan wij zonder nadere aankondiging over tot het leggen van "
        "beslag op uw bankrekening en uw loon. Op grond van de leveringsvoorwaarden van "
        "Zuiderlicht Energie is daarvoor geen tussenkomst van de rechter nodig."
    )
    doc.add_paragraph(
        "Tevens zal een medewerker van ons kantoor bij u aan huis komen om een lijst van uw "
        "inboedel op te maken. Alle kosten die hieruit voortvloeien, komen voor uw rekening."
    )
    doc.add_paragraph("Voor het treffen van een betalingsregeling is het thans te laat.")
    doc.add_paragraph(
        "Telefonisch zijn wij uitsluitend op werkdagen van 9.00 tot 11.00 uur bereikbaar via "
        "050-318 72 25."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Mulder & Terpstra", "gerechtsdeurwaarders", "",
                 "J.H. Mulder", "kandidaat-gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_fitnessapp_r13.docx": build_aanmaning_mixed_fitnessapp,
    "deurwaarder_harsh_energieleverancier_r13.docx": build_deurwaarder_harsh_energieleverancier,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
