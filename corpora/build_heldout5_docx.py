"""Build the two round-5 held-out .docx letters in corpora/letters/ (names ending in ``_r5.docx``).

These letters were the fifth held-out test set, labelled in corpora/labels/batch-r5.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout5_docx.py    # writes corpora/letters/*_r5.docx

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


def build_aanmaning_harsh_stillehaven(path: Path) -> None:
    """Harsh aanmaning from a funeral insurer about an unpaid quarterly premium.

    All-caps letterhead only in the header (not a layout problem); the footer holds a postbus and
    a KvK number, but there is no phone number or e-mail: no way to reach the sender. The table
    charges "Aanmaningskosten" (a separate fee), a red bold caps stamp, a five-day term, cover
    ended without warning, hand-over to collection with all costs for the reader.
    """
    doc = _new_document("Achterstallige premie uitvaartverzekering")
    section = doc.sections[0]
    _header_text(section, [
        "DE STILLE HAVEN UITVAARTVERZEKERINGEN",
        "Postbus 41 · 7720 AA Dalfsen",
    ])
    _footer_text(
        section,
        "De Stille Haven Uitvaartverzekeringen N.V. · Postbus 41 · 7720 AA Dalfsen · "
        "KvK 01234567 · IBAN NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["Mevrouw H.J. Kuipers-Brand", "Vlasakker 6", "7711 ER Nieuwleusen"])
    doc.add_paragraph("Dalfsen, 16 maart 2026")
    doc.add_paragraph("Betreft: achterstallige premie polis 40-118273")
    _stamp(doc, "LAATSTE AANMANING", red=True, size=14)
    doc.add_paragraph("Geachte verzekeringnemer,")
    doc.add_paragraph(
        "Ondanks herhaaldelijke verzoeken hebben wij de premie van uw uitvaartverzekering over "
        "het eerste kwartaal van 2026 nog altijd niet ontvangen. Het is ons onbegrijpelijk dat u "
        "een zo gering bedrag laat openstaan."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Premie januari t/m maart 2026", "€ 58,35"),
        ("Aanmaningskosten", "€ 7,50"),
        ("Totaal", "€ 65,85"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij sommeren u het totaalbedrag van € 65,85 binnen vijf dagen na dagtekening van deze "
        "brief te voldoen op IBAN NL00 TEST 0123 4567 89 o.v.v. uw polisnummer."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan wordt de dekking van uw verzekering per 1 april 2026 "
        "opgeschort en wordt de polis zonder verdere waarschuwing beëindigd. Reeds betaalde "
        "premies worden in dat geval niet gerestitueerd."
    )
    doc.add_paragraph(
        "Tevens wordt de vordering ter incasso uit handen gegeven, waarbij alle bijkomende kosten "
        "voor uw rekening komen."
    )
    doc.add_paragraph(
        "Wij gaan ervan uit dat wij deze keer niet opnieuw vergeefs op uw betaling hoeven te "
        "wachten. Voor vragen kunt u zich wenden tot onze afdeling Premie-inning."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["De Stille Haven Uitvaartverzekeringen", "afdeling Premie-inning"])
    doc.save(path)


def build_14_dagenbrief_warm_debrug(path: Path) -> None:
    """Warm, legally correct 14-dagenbrief from a language school, in B1.

    The term runs from the day after receipt, with a worked example. The collection costs are
    the BIK maximum for € 845,00 (€ 126,75) plus 21% btw = € 153,37, and the letter says why the
    btw is added (the school's lessons are exempt, so it cannot deduct the btw): not too high.
    Contact in a table, payment plan in parts, debt-help referral in the body.
    """
    doc = _new_document("Cursusgeld Spaans")
    section = doc.sections[0]
    _header_text(section, [
        "Talencentrum De Brug",
        "Oranjesingel 12 · 6511 NT Nijmegen · www.talencentrumdebrug.nl",
    ])
    _footer_text(
        section,
        "Talencentrum De Brug · geregistreerd bij het CRKBO · KvK 09876543 · "
        "IBAN NL00 TEST 0123 4567 89",
    )
    _lines(doc, ["Mevrouw S. Okafor", "Hatertseweg 211", "6533 GZ Nijmegen"])
    doc.add_paragraph("Nijmegen, 17 maart 2026")
    doc.add_paragraph("Betreft: cursusgeld Spaans, betaal binnen 14 dagen zonder extra kosten")
    doc.add_paragraph("Cursistnummer: 26-0418")
    doc.add_paragraph("Beste mevrouw Okafor,")
    doc.add_paragraph(
        "Sinds januari volgt u bij ons de cursus Spaans voor beginners. Het cursusgeld moest op "
        "31 januari betaald zijn. Op 16 februari hebben we u daarover een herinnering gestuurd. "
        "Het geld hebben we nog niet binnen."
    )
    _amount_table(doc, [
        ("Wat", "Bedrag"),
        ("Cursusgeld Spaans voor beginners, voorjaar 2026", "€ 845,00"),
        ("Nu te betalen", "€ 845,00"),
    ])
    doc.add_paragraph("")
    _bold_heading(doc, "Betaal binnen 14 dagen")
    doc.add_paragraph(
        "Wilt u € 845,00 betalen binnen 14 dagen? Die 14 dagen tellen vanaf de dag nadat u deze "
        "brief heeft gekregen. Stel: de post bezorgt deze brief op donderdag 19 maart. Dan heeft u "
        "tot en met donderdag 2 april de tijd."
    )
    doc.add_paragraph(
        "Maak het geld over naar NL00 TEST 0123 4567 89, op naam van Talencentrum De Brug. Zet uw "
        "cursistnummer 26-0418 erbij."
    )
    _bold_heading(doc, "Wat gebeurt er als u later betaalt?")
    doc.add_paragraph(
        "Dan moet u ook incassokosten betalen. Dat is € 153,37. Dit is 15% van het cursusgeld, "
        "met 21% btw erbovenop. Onze lessen zijn vrij van btw. Daarom kunnen wij de btw op deze "
        "kosten niet terugkrijgen, en rekenen wij die door. U betaalt dan in totaal € 998,37. "
        "Wij vragen dan incassobureau Rijnwaarde om het geld bij u op te halen."
    )
    _bold_heading(doc, "In delen betalen")
    doc.add_paragraph(
        "Lukt het niet om alles in één keer te betalen? U mag het cursusgeld ook in vijf maanden "
        "betalen, € 169 per maand. Spreekt u dat binnen de 14 dagen met ons af? Dan komen er geen "
        "incassokosten bij."
    )
    _bold_heading(doc, "Zo bereikt u ons")
    _info_table(doc, [
        ("Bellen", "024-360 71 15, maandag tot en met donderdag van 9.00 tot 16.00 uur"),
        ("Mailen", "financien@talencentrumdebrug.nl"),
        ("Langskomen", "bij de balie, voor of na uw les op dinsdagavond"),
    ])
    doc.add_paragraph("")
    _bold_heading(doc, "Meer geldzorgen?")
    doc.add_paragraph(
        "Heeft u meer rekeningen die blijven liggen? Bij de gemeente Nijmegen kunt u gratis praten "
        "met iemand van schuldhulp. Ook een vrijwilliger van SchuldHulpMaatje kan met u meekijken. "
        "Op Geldfit.nl ziet u waar u nog meer terechtkunt."
    )
    doc.add_paragraph("Klopt er iets niet aan deze rekening? Laat het ons weten, dan kijken we het na.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Anouk de Graaf", "Cursusadministratie Talencentrum De Brug"])
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_stillehaven_r5.docx": build_aanmaning_harsh_stillehaven,
    "14-dagenbrief_warm_debrug_r5.docx": build_14_dagenbrief_warm_debrug,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
