"""Build the .docx example letters in corpora/letters/.

The .txt letters cannot show what only Word has: a letterhead in the header, an address or
phone number in the footer, amounts in a real table, red bold underlined "stamp" text. These
letters exist to test the .docx reader and the rules that must look into those parts.
All of them are fictional and written for this project.

    python corpora/build_docx.py            # writes corpora/letters/*.docx

Needs python-docx. Output is rebuilt from this file; edit the text here, not in Word.
The first two letters are the original pair; the five whose names end in ``_c.docx`` were
added later (labels in corpora/labels/existing.yml).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT_DIR = Path(__file__).resolve().parent / "letters"

RED = RGBColor(0xC0, 0x00, 0x00)
FIXED_DATE = _dt.datetime(2026, 1, 1, 12, 0, 0)


def _new_document(title: str) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    props = doc.core_properties
    props.author = "lettercheck corpus"
    props.last_modified_by = "lettercheck corpus"
    props.title = title
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    return doc


def _lines(doc_or_part, lines: list[str], *, bold_first: bool = False, size: float | None = None,
           align=None) -> None:
    """One paragraph with line breaks, the way a Word user types an address block."""
    para = doc_or_part.add_paragraph()
    if align is not None:
        para.alignment = align
    for i, line in enumerate(lines):
        run = para.add_run(line)
        if bold_first and i == 0:
            run.bold = True
        if size is not None:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _header_text(section, lines: list[str], *, bold_first: bool = True, size: float = 12) -> None:
    header = section.header
    header.is_linked_to_previous = False
    para = header.paragraphs[0]
    for i, line in enumerate(lines):
        run = para.add_run(line)
        run.font.size = Pt(size if i == 0 else 9)
        if bold_first and i == 0:
            run.bold = True
        if i < len(lines) - 1:
            run.add_break()


def _footer_text(section, text: str) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    para = footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.font.size = Pt(8.5)


def _amount_table(doc, rows: list[tuple[str, ...]], *, bold_last: bool = True) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
            if run is not None and (r == 0 or (bold_last and r == len(rows) - 1)):
                run.bold = True
            if c == len(row) - 1:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_aanmaning_harsh_woonstichting(path: Path) -> None:
    """Harsh aanmaning: letterhead in the header, amounts in a table, red stamp, address in footer."""
    doc = _new_document("Aanmaning huurachterstand")
    section = doc.sections[0]
    _header_text(section, [
        "WOONSTICHTING HET ANKER",
        "Afdeling Huurincasso",
        "Telefoon 0299-123 456",
    ])
    _footer_text(
        section,
        "Woonstichting Het Anker · Havenkade 5 · 1131 EP Volendam · "
        "KvK 41234567 · IBAN NL00 TEST 0123 4567 89",
    )

    _lines(doc, ["De heer T. Smit", "Dijkgraafstraat 19", "1132 KL Volendam"])
    doc.add_paragraph("Volendam, 8 mei 2026")
    doc.add_paragraph("Betreft: AANMANING huurachterstand, huurcontract 7730-12")
    doc.add_paragraph("Geachte heer Smit,")
    doc.add_paragraph(
        "Uit onze administratie is gebleken dat u heeft verzuimd de huur over de maanden maart en "
        "april 2026 te voldoen. Ondanks onze eerdere herinneringen is betaling tot op heden "
        "uitgebleven. Wij zijn niet bereid deze gang van zaken nog langer af te wachten."
    )
    _amount_table(doc, [
        ("Periode", "Omschrijving", "Bedrag"),
        ("maart 2026", "Kale huur en servicekosten", "€ 745,20"),
        ("april 2026", "Kale huur en servicekosten", "€ 745,20"),
        ("", "Aanmaningskosten", "€ 12,50"),
        ("", "Totaal verschuldigd", "€ 1.502,90"),
    ])
    doc.add_paragraph(
        "Wij sommeren u het totaal verschuldigde bedrag van € 1.502,90 per omgaande, doch "
        "uiterlijk binnen 8 dagen na dagtekening van dit schrijven, te voldoen op ons "
        "rekeningnummer onder vermelding van het huurcontractnummer."
    )

    stamp = doc.add_paragraph()
    run = stamp.add_run("LAATSTE WAARSCHUWING")
    run.bold = True
    run.underline = True
    run.font.color.rgb = RED
    run.font.size = Pt(14)

    doc.add_paragraph(
        "Indien betaling binnen voornoemde termijn uitblijft, zullen wij de vordering zonder "
        "nadere aankondiging uit handen geven aan onze deurwaarder. Deze zal gerechtelijke "
        "stappen ondernemen teneinde ontbinding van de huurovereenkomst en ontruiming van het "
        "gehuurde te vorderen. Alle hieruit voortvloeiende kosten komen geheel voor uw rekening."
    )
    doc.add_paragraph(
        "Wij zullen dit niet langer tolereren! Wij gaan ervan uit dat u thans onverwijld tot "
        "betaling zult overgaan."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Woonstichting Het Anker", "drs. W.F. Mulder", "Hoofd Huurincasso"])
    doc.save(path)


def build_herinnering_warm_waterbedrijf(path: Path) -> None:
    """Warm B1 herinnering: phone and opening hours only in the footer, help block in the body."""
    doc = _new_document("Herinnering waterrekening")
    section = doc.sections[0]
    _header_text(section, ["Waterbedrijf Rivierenland", "Postbus 1180", "4000 BD Tiel"])
    _footer_text(
        section,
        "Vragen? Bel 0344-123 456, op werkdagen van 8.00 tot 17.00 uur. "
        "Of mail naar klantenservice@waterrivierenland.nl",
    )

    _lines(doc, ["Mevrouw M. van Rijn", "Waalkade 8", "4001 LB Tiel"])
    doc.add_paragraph("Tiel, 1 juni 2026")
    doc.add_paragraph("Betreft: uw waterrekening van april")
    doc.add_paragraph("Beste mevrouw Van Rijn,")
    doc.add_paragraph(
        "Wij hebben uw waterrekening van april nog niet ontvangen. Het gaat om € 96,80. "
        "Wilt u dit bedrag betalen vóór 15 juni 2026?"
    )
    _amount_table(doc, [
        ("Rekening", "Datum", "Bedrag"),
        ("2026-04-55172", "1 april 2026", "€ 96,80"),
    ], bold_last=False)
    doc.add_paragraph(
        "Maak het bedrag over naar NL00 TEST 0123 4567 89 van Waterbedrijf Rivierenland. "
        "Zet het nummer 2026-04-55172 erbij. Heeft u al betaald? Dan hoeft u niets te doen."
    )

    heading = doc.add_paragraph()
    heading.add_run("Lukt betalen niet? Wij helpen u graag.").bold = True
    doc.add_paragraph(
        "Bel ons. Ons telefoonnummer staat onderaan deze brief. Samen kijken we wat u kunt "
        "betalen.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "U kunt ook in 4 delen betalen. Dan betaalt u 4 maanden lang € 24,20 per maand. "
        "Dat heet een betalingsregeling. Het kost niets.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Heeft u meer rekeningen die u niet kunt betalen? Uw gemeente helpt u gratis met "
        "schuldhulp.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Wilt u eerst anoniem advies? Kijk op Geldfit.nl of bel gratis 0800-8115.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Veel mensen hebben weleens moeite met hun rekeningen. Hulp vragen is heel normaal. "
        "Hoe eerder, hoe beter."
    )

    heading = doc.add_paragraph()
    heading.add_run("Wat gebeurt er als u niet betaalt?").bold = True
    doc.add_paragraph(
        "Betaalt u niet vóór 15 juni? Dan sturen wij u nog een brief. Daarin leest u hoeveel u "
        "dan meer moet betalen. Dat willen wij liever voorkomen. Bel ons daarom als betalen niet lukt."
    )
    doc.add_paragraph("Klopt de rekening niet? Laat het ons weten. Wij zoeken het dan eerst uit.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Kees Hoogendoorn", "Klantenservice Waterbedrijf Rivierenland"])
    doc.save(path)


# --- Letters of batch C (names end in _c.docx) ------------------------------------------


def _footer_paragraphs(section, texts: list[str]) -> None:
    """A footer of several centred paragraphs (the first reuses the empty one Word makes)."""
    footer = section.footer
    footer.is_linked_to_previous = False
    for i, text in enumerate(texts):
        para = footer.paragraphs[0] if i == 0 else footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.font.size = Pt(8.5)


def _bold_heading(doc, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def _stamp(doc, text: str, *, red: bool = False, underline: bool = False, size: float = 12) -> None:
    """A paragraph of one bold run, the "stamp" a harsh letter uses to shout."""
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.underline = underline
    if red:
        run.font.color.rgb = RED
    run.font.size = Pt(size)


def _info_table(doc, rows: list[tuple[str, str]]) -> None:
    """Two columns, label in bold: the kind of box Word users put contact details in."""
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(rows):
        table.cell(r, 0).text = label
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
        table.cell(r, 1).text = value


def build_herinnering_warm_vechtdal(path: Path) -> None:
    """Warm herinnering: contact, hours, e-mail and the debt-help referral only in the footer."""
    doc = _new_document("Herinnering maandbedrag")
    section = doc.sections[0]
    _header_text(section, ["Vechtdal Energie", "Postbus 305", "7700 AH Dedemsvaart"])
    _footer_paragraphs(section, [
        "Vragen? Bel ons op 0523-612 300, op werkdagen van 8.00 tot 17.30 uur. "
        "Mailen kan ook: klantenservice@vechtdalenergie.nl",
        "Heeft u meer rekeningen die u niet kunt betalen? Uw gemeente helpt u gratis met "
        "schuldhulp. Anoniem advies: kijk op Geldfit.nl of bel gratis 0800-8115.",
    ])

    _lines(doc, ["De heer H. Kuipers", "Molenweg 41", "7701 CK Dedemsvaart"])
    doc.add_paragraph("Dedemsvaart, 3 maart 2026")
    _lines(doc, ["Betreft: uw maandbedrag van februari", "Klantnummer: 5520871"])
    doc.add_paragraph("Beste meneer Kuipers,")
    doc.add_paragraph(
        "Wij hebben uw maandbedrag van februari nog niet ontvangen. Het gaat om € 142,60. "
        "Wilt u dit bedrag betalen vóór 17 maart 2026?"
    )
    doc.add_paragraph(
        "Misschien bent u het vergeten. Dat kan gebeuren. Heeft u al betaald? Dan hoeft u "
        "niets te doen."
    )
    _amount_table(doc, [
        ("Wat", "Bedrag"),
        ("Maandbedrag stroom en gas februari", "€ 142,60"),
    ], bold_last=False)
    doc.add_paragraph(
        "Maak het bedrag over naar NL00 TEST 0123 4567 89 van Vechtdal Energie. Zet uw "
        "klantnummer 5520871 erbij."
    )

    _bold_heading(doc, "Lukt het niet om alles in één keer te betalen?")
    doc.add_paragraph(
        "Dan kunt u ook in delen betalen. U betaalt dan 2 maanden lang € 71,30. Dat heet een "
        "betalingsregeling. Het kost u niets extra. Bel of mail ons om dit af te spreken. Hoe u "
        "ons bereikt, leest u onderaan deze brief."
    )
    doc.add_paragraph(
        "Heeft u vaker moeite met uw rekeningen? Onderaan deze brief staat ook waar u gratis "
        "hulp kunt krijgen. Hulp vragen is heel normaal."
    )

    _bold_heading(doc, "Wat gebeurt er als u niet betaalt?")
    doc.add_paragraph(
        "Betaalt u niet vóór 17 maart? Dan sturen wij u nog een brief. Daarin staat hoeveel u "
        "dan extra moet betalen. Dat willen wij liever voorkomen."
    )
    doc.add_paragraph("Klopt de rekening niet? Laat het ons weten. Wij zoeken het dan eerst uit.")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ilse Brink", "Klantenservice Vechtdal Energie"])
    doc.save(path)


def build_aanmaning_harsh_eendracht(path: Path) -> None:
    """Harsh aanmaning from a landlord: caps letterhead, fee in the table, red bold deadline."""
    doc = _new_document("Aanmaning huurachterstand")
    section = doc.sections[0]
    _header_text(section, [
        "WONINGBOUWVERENIGING DE EENDRACHT",
        "Badhuisstraat 88 · 4381 LV Vlissingen",
        "Telefoon 0118-412 500",
    ])
    _footer_text(
        section,
        "Woningbouwvereniging De Eendracht · KvK 22334455 · IBAN NL00 TEST 0123 4567 89",
    )

    _lines(doc, ["Mevrouw L. Hamdi", "Scheldestraat 211", "4381 RS Vlissingen"])
    doc.add_paragraph("Vlissingen, 11 mei 2026")
    doc.add_paragraph("Betreft: aanmaning huurachterstand, contractnummer 55-0392")
    doc.add_paragraph("Geachte mevrouw Hamdi,")
    doc.add_paragraph(
        "Uit onze administratie blijkt dat de huur over de maand april 2026 nog altijd niet "
        "door ons is ontvangen. Ondanks onze herinnering van 14 april 2026 heeft u tot op heden "
        "geen betaling verricht en evenmin contact met ons opgenomen."
    )
    _amount_table(doc, [
        ("Omschrijving", "Vervaldatum", "Bedrag"),
        ("Huur april 2026", "1 april 2026", "€ 812,45"),
        ("Administratiekosten", "", "€ 25,00"),
        ("Totaal verschuldigd", "", "€ 837,45"),
    ])
    doc.add_paragraph(
        "U dient het totaal verschuldigde bedrag van € 837,45 te voldoen op rekeningnummer "
        "NL00 TEST 0123 4567 89 ten name van Woningbouwvereniging De Eendracht, onder "
        "vermelding van het contractnummer."
    )
    _stamp(doc, "Betaal binnen 5 dagen, anders volgen gerechtelijke stappen.", red=True, size=11)
    doc.add_paragraph(
        "Indien betaling uitblijft, zijn wij genoodzaakt de ontruiming van de woning te "
        "vorderen. Alle hieruit voortvloeiende kosten zijn voor uw rekening."
    )
    doc.add_paragraph(
        "Wij wijzen u er tevens op dat u volgens de huurovereenkomst verplicht bent de huur vóór "
        "de eerste dag van de maand te betalen. Wij vertrouwen erop dat u thans wel tot betaling "
        "zult overgaan."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Woningbouwvereniging De Eendracht", "C.J. Dekker", "Afdeling Debiteuren"])
    doc.save(path)


def build_herinnering_warm_rietvogels(path: Path) -> None:
    """Warm je-style herinnering template of a sports club; contact in a table cell."""
    doc = _new_document("Herinnering contributie")
    section = doc.sections[0]
    _header_text(section, ["Sportvereniging De Rietvogels", "Sportlaan 12", "8017 JA Zwolle"])
    _footer_text(section, "Sportvereniging De Rietvogels · www.derietvogels.nl")

    _lines(doc, ["«Voornaam» «Achternaam»", "«Straat» «Huisnummer»", "«Postcode» «Woonplaats»"])
    doc.add_paragraph("Zwolle, «Datum»")
    _lines(doc, ["Betreft: je contributie voor seizoen 2025-2026", "Lidnummer: «Lidnummer»"])
    doc.add_paragraph("Beste «Voornaam»,")
    doc.add_paragraph(
        "Je contributie voor dit seizoen hebben we nog niet ontvangen. Het gaat om € «Bedrag». "
        "Wil je dit bedrag betalen vóór «Betaaldatum»?"
    )
    doc.add_paragraph(
        "Misschien ben je het vergeten. Dat gebeurt vaker. Heb je al betaald? Dan hoef je niets "
        "te doen."
    )
    _bold_heading(doc, "Zo betaal je")
    doc.add_paragraph(
        "Maak € «Bedrag» over naar NL00 TEST 0123 4567 89 van Sportvereniging De Rietvogels. "
        "Zet je lidnummer «Lidnummer» erbij."
    )
    _bold_heading(doc, "Lukt betalen niet?")
    doc.add_paragraph(
        "Laat het ons weten. Je kunt ook in delen betalen, bijvoorbeeld in 4 maanden. Dat heet "
        "een betalingsregeling. Het kost je niets extra. Je blijft gewoon lid en je kunt gewoon "
        "blijven sporten."
    )
    doc.add_paragraph("Zo bereik je ons:")
    _info_table(doc, [
        ("Mail", "penningmeester@derietvogels.nl"),
        ("Chat", "in de clubapp, op maandag en donderdag van 19.00 tot 21.00 uur"),
    ])
    _bold_heading(doc, "Heb je meer rekeningen die je niet kunt betalen?")
    doc.add_paragraph(
        "Dan kun je gratis hulp krijgen. Kijk op Geldfit.nl of bel gratis 0800-8115. Ook je "
        "gemeente helpt je gratis met schuldhulp. Veel mensen hebben weleens geldzorgen. Hulp "
        "vragen is heel normaal."
    )
    _bold_heading(doc, "Wat gebeurt er als je niet betaalt?")
    doc.add_paragraph(
        "Betaal je niet vóór «Betaaldatum»? Dan sturen we je nog een brief. Daarin staat hoeveel "
        "je dan extra moet betalen. Dat willen we liever voorkomen."
    )
    doc.add_paragraph("Sportieve groet,")
    _lines(doc, ["«Naam_penningmeester»", "Penningmeester Sportvereniging De Rietvogels"])
    doc.save(path)


def build_14_dagenbrief_neutral_waalpoort(path: Path) -> None:
    """Neutral, legally correct 14-dagenbrief from a bureau: phone in the header, help in the footer."""
    doc = _new_document("Veertiendagenbrief")
    section = doc.sections[0]
    _header_text(section, [
        "Incassobureau Waalpoort B.V.",
        "Postbus 1422 · 6501 BK Nijmegen",
        "Telefoon 024-360 12 40, maandag tot en met vrijdag van 9.00 tot 17.00 uur",
    ])
    _footer_paragraphs(section, [
        "Incassobureau Waalpoort B.V. · Ingeschreven in het Register incassodienstverlening "
        "onder nummer 10876 · KvK 09123456",
        "Voor schuldhulp kunt u terecht bij uw gemeente.",
    ])

    _lines(doc, ["De heer B. Smits", "Graafseweg 302", "6532 ZW Nijmegen"])
    doc.add_paragraph("Nijmegen, 21 april 2026")
    _lines(doc, ["Betreft: factuur van Tweewielercentrum Velox", "Dossiernummer: WP-26-03318"])
    doc.add_paragraph("Geachte heer Smits,")
    doc.add_paragraph(
        "Onze opdrachtgever Tweewielercentrum Velox heeft ons gevraagd de onderstaande vordering "
        "bij u te incasseren. Het gaat om een factuur voor een elektrische fiets. U moest deze "
        "factuur uiterlijk 16 maart 2026 betalen. Tot op heden hebben wij geen betaling ontvangen."
    )
    _amount_table(doc, [
        ("Factuur", "Factuurdatum", "Bedrag"),
        ("26-1042", "2 maart 2026", "€ 1.200,00"),
    ], bold_last=False)
    doc.add_paragraph(
        "Wij verzoeken u het bedrag van € 1.200,00 te voldoen binnen 14 dagen vanaf de dag nadat "
        "deze brief bij u is bezorgd. Maak het over naar rekeningnummer NL00 TEST 0123 4567 89 "
        "ten name van Incassobureau Waalpoort B.V. en vermeld daarbij uw dossiernummer."
    )
    doc.add_paragraph(
        "Indien u niet binnen deze termijn betaalt, bent u ook buitengerechtelijke incassokosten "
        "verschuldigd. U moet dan dit bedrag betalen:"
    )
    _amount_table(doc, [
        ("Specificatie", "Bedrag"),
        ("Hoofdsom", "€ 1.200,00"),
        ("Buitengerechtelijke incassokosten", "€ 180,00"),
        ("Totaal", "€ 1.380,00"),
    ])
    doc.add_paragraph("Over de incassokosten rekenen wij geen btw.")
    doc.add_paragraph(
        "Bent u het niet eens met de factuur? Laat het ons dan binnen deze termijn weten en "
        "vertel ons waarom. Bel ons op het nummer bovenaan deze brief of mail naar "
        "dossiers@waalpoortincasso.nl."
    )
    doc.add_paragraph(
        "Heeft u het bedrag inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Incassobureau Waalpoort B.V.", "E. Verhoeven", "Afdeling Incasso"])
    doc.save(path)


def build_sommatie_harsh_kustlijn(path: Path) -> None:
    """Harsh sommatie from a bureau: underlined bold caps stamp, no way to reach the sender."""
    doc = _new_document("Sommatie")
    section = doc.sections[0]
    _header_text(section, ["INCASSOBUREAU KUSTLIJN B.V.", "Postbus 210", "1780 AE Den Helder"])
    _footer_text(
        section,
        "Incassobureau Kustlijn B.V. · Ingeschreven in het Register incassodienstverlening "
        "onder nummer 10931 · KvK 37001122",
    )

    _lines(doc, ["Mevrouw K. Jansen-Vos", "Middenweg 88", "1782 BK Den Helder"])
    doc.add_paragraph("Den Helder, 26 mei 2026")
    _lines(doc, [
        "Betreft: Sommatie tot betaling",
        "Opdrachtgever: ModeMaxx B.V.",
        "Dossiernummer: 0260331874",
    ])
    doc.add_paragraph("Geachte mevrouw Jansen-Vos,")
    doc.add_paragraph(
        "Namens onze opdrachtgever ModeMaxx B.V. hebben wij u reeds eerder aangeschreven inzake "
        "de onderstaande vordering. Tot op heden heeft u niet betaald en evenmin gereageerd. Wij "
        "stellen vast dat u geen enkele bereidheid toont om uw verplichtingen na te komen."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Hoofdsom", "€ 486,00"),
        ("Wettelijke rente", "€ 9,14"),
        ("Buitengerechtelijke incassokosten", "€ 72,90"),
        ("Totaal verschuldigd", "€ 568,04"),
    ])
    _stamp(doc, "U BENT IN GEBREKE. DIT IS DE LAATSTE SOMMATIE.", underline=True)
    doc.add_paragraph(
        "Hierbij sommeren wij u het totaal verschuldigde bedrag van € 568,04 binnen 3 dagen na "
        "dagtekening van deze brief te voldoen op rekeningnummer NL00 TEST 0123 4567 89 ten name "
        "van Incassobureau Kustlijn B.V., onder vermelding van het dossiernummer."
    )
    doc.add_paragraph(
        "Blijft betaling uit, dan laat onze opdrachtgever u zonder nadere aankondiging "
        "dagvaarden. Na een veroordeling door de rechter volgt beslag op uw loon, uw "
        "bankrekening en uw inboedel. Alle kosten daarvan komen voor uw rekening."
    )
    doc.add_paragraph("Wij gaan ervan uit dat u het niet zover laat komen.")
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Incassobureau Kustlijn B.V.", "mr. P. de Graaf", "Afdeling Incasso"])
    doc.save(path)


BUILDERS = {
    "aanmaning_harsh_woonstichting.docx": build_aanmaning_harsh_woonstichting,
    "herinnering_warm_waterbedrijf.docx": build_herinnering_warm_waterbedrijf,
    "herinnering_warm_vechtdal_c.docx": build_herinnering_warm_vechtdal,
    "aanmaning_harsh_eendracht_c.docx": build_aanmaning_harsh_eendracht,
    "herinnering_warm_rietvogels_c.docx": build_herinnering_warm_rietvogels,
    "14-dagenbrief_neutral_waalpoort_c.docx": build_14_dagenbrief_neutral_waalpoort,
    "sommatie_harsh_kustlijn_c.docx": build_sommatie_harsh_kustlijn,
}


def write_all(builders: dict) -> None:
    """Run each builder into corpora/letters/ under its file name (shared by every build script)."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, build in builders.items():
        target = OUT_DIR / name
        build(target)
        print(f"wrote {target}")


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
