"""Build the two round-3 held-out .docx letters in corpora/letters/ (names ending in ``_r3.docx``).

These letters were the third held-out test set, labelled in corpora/labels/batch-r3.yml:
written and labelled before anyone measured lettercheck on them, measured once, then folded
into the tuning set. Everything in them is fictional and written for this project.

    python corpora/build_heldout3_docx.py    # writes corpora/letters/*_r3.docx

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


def build_aanmaning_mixed_zonnewind(path: Path) -> None:
    """Mixed aanmaning about an energy company's final bill after a move (creditor).

    The letterhead in the header has no phone or e-mail: the only ways to reach the sender are
    in a table cell (phone, chat). The debt-help referral is only in the footer. "direct online
    betalen" is an option offered to the reader, not a short deadline. Two harsh sentences: one
    blaming the reader, one hand-over threat.
    """
    doc = _new_document("Uw eindafrekening")
    section = doc.sections[0]
    _header_text(section, [
        "Zonnewind Energie",
        "Croeselaan 300 · 3521 CB Utrecht",
        "www.zonnewind-energie.nl",
    ], size=14)
    _footer_paragraphs(section, [
        "Zorgen over geld? Geldfit helpt gratis en zonder dat u uw naam hoeft te noemen: "
        "geldfit.nl of 0800-8115.",
        "Zonnewind Energie B.V. · KvK 00000000 · IBAN NL00 TEST 0123 4567 89",
    ])

    _lines(doc, ["Mevrouw J. Koçak", "Vondellaan 52", "2332 AJ Leiden"])
    doc.add_paragraph("Utrecht, 17 februari 2026")
    doc.add_paragraph("Betreft: uw eindafrekening na de verhuizing, klantnummer 40 117 825")
    doc.add_paragraph("Beste mevrouw Koçak,")
    doc.add_paragraph(
        "U bent op 14 januari 2026 verhuisd en uw contract voor het oude adres in Alphen aan den "
        "Rijn is toen gestopt. Op 27 januari stuurden wij u de eindafrekening. U had in het "
        "afgelopen jaar meer stroom en gas gebruikt dan u aan voorschot betaalde. Daarom moet u "
        "nog een bedrag bijbetalen. Dat bedrag hebben wij nog niet ontvangen."
    )
    _amount_table(doc, [
        ("Eindafrekening 1 januari 2025 – 14 januari 2026", "Bedrag"),
        ("Stroom en gas, met vaste kosten en netbeheer", "€ 1.902,66"),
        ("Al betaald aan voorschotten (12 x € 135,00)", "– € 1.620,00"),
        ("Nog te betalen", "€ 282,66"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wilt u € 282,66 betalen vóór 3 maart 2026? U kunt het overmaken naar "
        "NL00 TEST 0123 4567 89, op naam van Zonnewind Energie. Zet uw klantnummer erbij. "
        "Wilt u liever direct online betalen? Dat kan met de betaallink in Mijn Zonnewind."
    )
    doc.add_paragraph(
        "Wij hopen dat u deze keer niet weer op een tweede brief wacht. Horen wij vóór 3 maart "
        "niets van u, dan wordt de rekening uit handen gegeven."
    )
    _bold_heading(doc, "Lukt het niet om alles in één keer te betalen?")
    doc.add_paragraph(
        "Dat begrijpen wij. Een eindafrekening komt vaak op een moment dat er al veel te betalen "
        "is, zeker na een verhuizing. U kunt het bedrag ook in 3 of 6 maanden betalen. Daar "
        "rekenen wij niets extra voor. Neem contact met ons op, dan regelen wij het meteen."
    )
    _info_table(doc, [
        ("Bellen", "030-760 24 11, maandag tot en met vrijdag 8.00–20.00 uur"),
        ("Chatten", "via zonnewind-energie.nl, ook op zaterdag van 9.00 tot 17.00 uur"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    _lines(doc, ["Ilse Verbeek", "Klantenservice Zonnewind Energie"])
    doc.save(path)


def build_deurwaarder_harsh_jachthaven(path: Path) -> None:
    """Harsh deurwaarder letter before any judgment, about a marina's berth fee.

    All-caps letterhead in the header (not a layout problem), phone only in the header. The
    collection costs in the table are exactly the BIK maximum for € 1.640,00; the bailiff's
    "behandelingskosten" are a separate fee. A red bold stamp and seizure talk before judgment.
    """
    doc = _new_document("Aankondiging dagvaarding")
    section = doc.sections[0]
    _header_text(section, [
        "GERECHTSDEURWAARDERSKANTOOR STRUIK & DE GRAAF",
        "Westerstraat 141 · 1601 AK Enkhuizen",
        "Telefoon 0228-31 47 00 · Fax 0228-31 47 09",
    ])
    _footer_text(
        section,
        "Struik & De Graaf gerechtsdeurwaarders · IBAN NL00 TEST 0123 4567 89 · "
        "Op al onze werkzaamheden is de Gerechtsdeurwaarderswet van toepassing.",
    )

    _lines(doc, ["De heer M.A. Kuipers", "Hoornseweg 7", "1611 KL Bovenkarspel"])
    doc.add_paragraph("Enkhuizen, 13 maart 2026")
    doc.add_paragraph("Betreft: ligplaats 17-B, Jachthaven De Zuiderkaap / ons kenmerk SG-26/01942")
    doc.add_paragraph("Geachte heer Kuipers,")
    doc.add_paragraph(
        "Door onze opdrachtgever, Jachthaven De Zuiderkaap B.V. te Enkhuizen, zijn wij belast "
        "met de invordering van het ligplaatsgeld over het seizoen 2025 voor uw zeilboot "
        "\u201cZeezwaluw\u201d. Voornoemd bedrag had reeds op 1 mei 2025 betaald moeten zijn. "
        "Het ontbreekt u kennelijk aan de wil om te betalen: op de brieven en e-mails van de "
        "jachthaven heeft u in het geheel niet gereageerd."
    )
    _amount_table(doc, [
        ("Omschrijving", "Bedrag"),
        ("Ligplaatsgeld seizoen 2025 (hoofdsom)", "€ 1.640,00"),
        ("Buitengerechtelijke incassokosten", "€ 246,00"),
        ("Wettelijke rente t/m 13 maart 2026", "€ 38,12"),
        ("Behandelingskosten deurwaarder", "€ 65,00"),
        ("Totaal", "€ 1.989,12"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Wij eisen betaling van het totaalbedrag van € 1.989,12 op onze rekening "
        "NL00 TEST 0123 4567 89, onder vermelding van ons kenmerk. U wordt hierbij voor de "
        "laatste maal in de gelegenheid gesteld deze zaak zonder tussenkomst van de rechter af "
        "te doen."
    )
    _stamp(doc, "Uiterste betaaldatum: 27 maart 2026. Daarna volgt dagvaarding zonder nadere "
                "waarschuwing.", red=True, size=11)
    doc.add_paragraph(
        "Wij wijzen u er voorts op dat onze opdrachtgever het recht heeft uw vaartuig in de "
        "haven vast te houden. Wij zullen in dat geval tevens conservatoir beslag laten leggen "
        "op de boot en op uw bankrekening, zodat de vordering hoe dan ook wordt veiliggesteld. "
        "Een medewerker van ons kantoor zal bovendien bij u aan de deur komen om de inventaris "
        "op te nemen."
    )
    doc.add_paragraph(
        "De kosten van deze maatregelen lopen snel op en worden geheel op u verhaald. Wij "
        "adviseren u dringend het niet zover te laten komen."
    )
    doc.add_paragraph("Hoogachtend,")
    _lines(doc, ["Struik & De Graaf", "", "W.J. Struik", "gerechtsdeurwaarder"])
    doc.save(path)


BUILDERS = {
    "aanmaning_mixed_zonnewind_r3.docx": build_aanmaning_mixed_zonnewind,
    "deurwaarder_harsh_jachthaven_r3.docx": build_deurwaarder_harsh_jachthaven,
}


def main() -> None:
    write_all(BUILDERS)


if __name__ == "__main__":
    main()
