"""Build the two round-2 held-out .docx letters in corpora/letters/ (names ending in ``_r2.docx``).

These letters were the second held-out test set, labelled in corpora/labels/batch-r2.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout2_docx.py    # writes corpora/letters/*_r2.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
It shares its helpers with build_docx.py.
"""

from __future__ import annotations

from pathlib import Path

from build_docx import RED, write_all
from build_docx import _amount_table as _amounts
from build_docx import _bold_heading as _subhead
from build_docx import _footer_text as _footer
from build_docx import _header_text, _lines, _new_document


def _header(section, lines: list[str], *, first_size: float = 14) -> None:
    _header_text(section, lines, size=first_size)


def build_aanmaning_mixed_groenehart(path: Path) -> None:
    """Mixed aanmaning from a water company (creditor). Phone and e-mail only in the header
    (phone with a four-digit area code), the amount in a table whose row mentions "de laatste
    meterstand" (not a threat), plan and help in the body, one distrust sentence and one
    hand-over threat in an otherwise warm letter."""
    doc = _new_document("Uw waterrekening")
    section = doc.sections[0]
    _header(section, [
        "Waterbedrijf Groene Hart",
        "Goudse Poort 120 · 2803 PA Gouda",
        "Vragen? Bel 0182-39 40 50 (ma–vr 8.00–17.00 uur) of mail klantzaken@wbgroenehart.nl",
    ])
    _footer(section, "Waterbedrijf Groene Hart N.V. · www.wbgroenehart.nl · KvK 00000000")

    _lines(doc, ["Familie El Amrani", "Karnemelksloot 61", "2806 BG Gouda"])
    doc.add_paragraph("Gouda, 21 april 2026")
    _lines(doc, ["Betreft: uw waterrekening is nog niet betaald", "Klantnummer: 5520-8841"])
    doc.add_paragraph("Beste familie El Amrani,")
    doc.add_paragraph(
        "Begin maart kreeg u van ons de jaarafrekening voor uw drinkwater. U moest nog € 138,75 "
        "bijbetalen. Eind maart stuurden we u daarover een herinnering. Het bedrag staat nog "
        "steeds open."
    )
    _amounts(doc, [
        ("Omschrijving", "Bedrag"),
        ("Jaarafrekening 2025, tot de laatste meterstand van 14 februari", "€ 138,75"),
        ("Nog te betalen", "€ 138,75"),
    ])
    doc.add_paragraph(
        "Een eindafrekening kan flink tegenvallen, zeker als er ook andere rekeningen liggen. "
        "Dat begrijpen we."
    )
    _subhead(doc, "Zo betaalt u")
    doc.add_paragraph(
        "Maak € 138,75 over vóór 5 mei 2026 naar NL00 TEST 0123 4567 89. Vermeld uw "
        "klantnummer 5520-8841."
    )
    doc.add_paragraph(
        "Liever in kleinere bedragen? Dat mag. U betaalt dan bijvoorbeeld drie maanden € 34,69 "
        "en de vierde maand € 34,68. Bel of mail ons, dan leggen we dat voor u vast."
    )
    doc.add_paragraph(
        "Wij vertrouwen erop dat u thans wel tot betaling overgaat. Gebeurt dat niet, dan zijn "
        "wij genoodzaakt de vordering uit handen te geven."
    )
    _subhead(doc, "Hulp als het even niet gaat")
    doc.add_paragraph(
        "Lopen er meer rekeningen achter? Praat er dan met iemand over. Bij de gemeente Gouda "
        "kunt u gratis terecht voor schuldhulp. Wilt u eerst zelf rustig kijken wat u kunt doen? "
        "Ga dan naar geldfit.nl."
    )
    doc.add_paragraph(
        "Klopt er iets niet aan de rekening? Laat het ons weten. Zolang wij het uitzoeken, hoeft "
        "u niet te betalen."
    )
    _lines(doc, ["Met vriendelijke groet,", "", "Ilse Brouwer", "Team Klantzaken"])
    doc.save(path)


def build_deurwaarder_harsh_hunzedal(path: Path) -> None:
    """Harsh bailiff letter BEFORE any judgment (rent arrears for a housing corporation).
    All-caps office name in the header (a letterhead, not a layout problem), phone and e-mail
    only in the header, impersonal salutation although the name is known, an all-caps request,
    threats of a court case, eviction and seizure in a red bold paragraph and the next one.
    Collection costs are the BIK maximum on € 1.860,00 (€ 279,00) plus 21% btw: allowed,
    because residential rent is VAT-exempt and the landlord cannot deduct the btw."""
    doc = _new_document("Huurachterstand Woonstichting Hunzedal")
    section = doc.sections[0]
    _header(section, [
        "GERECHTSDEURWAARDERS DIJKSTRA HOLWERDA",
        "Emmaplein 3 · 9711 AP Groningen",
        "T 050-318 62 40 · incasso@dijkstraholwerda.nl",
    ], first_size=13)
    _footer(
        section,
        "Dijkstra Holwerda gerechtsdeurwaarders is lid van de KBvG. Op onze dienstverlening zijn "
        "onze algemene voorwaarden van toepassing.",
    )

    _lines(doc, ["De heer K. Postma", "Vondellaan 33", "9721 KD Groningen"])
    doc.add_paragraph("Groningen, 2 juni 2026")
    _lines(doc, ["Betreft: huurachterstand Woonstichting Hunzedal", "Ons dossier: DH-2026-3381"])
    doc.add_paragraph("Geachte heer/mevrouw,")
    doc.add_paragraph(
        "Woonstichting Hunzedal heeft ons kantoor opdracht verstrekt tot invordering van de "
        "huurachterstand met betrekking tot de woning aan de Vondellaan 33 te Groningen. Ondanks "
        "diverse herinneringen en aanmaningen van onze opdrachtgever heeft u tot op heden "
        "nagelaten de huur over de maanden april en mei 2026 te voldoen."
    )
    _amounts(doc, [
        ("Omschrijving", "Bedrag"),
        ("Huur april 2026", "€ 930,00"),
        ("Huur mei 2026", "€ 930,00"),
        ("Buitengerechtelijke incassokosten", "€ 279,00"),
        ("Btw over incassokosten (21%)", "€ 58,59"),
        ("Totaal", "€ 2.197,59"),
    ])
    doc.add_paragraph(
        "U WORDT DRINGEND VERZOCHT het totaalbedrag onverwijld, doch uiterlijk binnen 48 uur na "
        "ontvangst van dit schrijven, over te maken op rekening NL00 TEST 0123 4567 89 onder "
        "vermelding van het dossiernummer."
    )
    para = doc.add_paragraph()
    run = para.add_run(
        "Blijft betaling uit, dan zal ik zonder nadere aankondiging een gerechtelijke procedure "
        "tegen u starten, waarin tevens de ontbinding van de huurovereenkomst en de ontruiming "
        "van uw woning zal worden gevorderd."
    )
    run.bold = True
    run.font.color.rgb = RED
    doc.add_paragraph(
        "Na toewijzing van de vordering kan beslag worden gelegd op uw loon, uitkering, "
        "bankrekening en inboedel. De daaraan verbonden kosten, die aanzienlijk zijn, komen "
        "volledig voor uw rekening."
    )
    doc.add_paragraph(
        "U dient zich te realiseren dat dit uw laatste kans is om de zaak buiten rechte af te "
        "wikkelen."
    )
    _lines(doc, ["Hoogachtend,", "", "A. Holwerda", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_groenehart_r2.docx": build_aanmaning_mixed_groenehart,
    "deurwaarder_harsh_hunzedal_r2.docx": build_deurwaarder_harsh_hunzedal,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
