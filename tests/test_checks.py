"""The named checks and the sender detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lettercheck import checks
from lettercheck.checks import bik_maximum_for
from lettercheck.lettertype import detect, detect_sender


@pytest.mark.parametrize(
    ("principal", "maximum"),
    # The worked values of the BIK staffel (Stb. 2012, 141) in ../shared/DOMAIN.md §1.2.
    [(100, 40.0), (266.67, 40.0), (300, 45.0), (500, 75.0), (1000, 150.0), (2500, 375.0),
     (3000, 425.0), (5000, 625.0), (10000, 875.0), (200000, 2775.0), (1_000_000, 6775.0), (5_000_000, 6775.0)],
)
def test_bik_staffel(principal: float, maximum: float) -> None:
    assert bik_maximum_for(principal) == pytest.approx(maximum, abs=0.01)


@pytest.mark.parametrize(
    ("text", "costs_flagged"),
    [
        ("De hoofdsom is € 1.200,00. Betaalt u niet binnen 14 dagen? Dan betaalt u ook € 180,00 incassokosten.", False),
        ("De hoofdsom is € 1.200,00. Betaalt u niet binnen 14 dagen? Dan betaalt u ook € 181,00 incassokosten.", True),
        ("U moet € 100 betalen. Betaalt u niet op tijd? Dan komen er € 48,40 incassokosten bij, inclusief btw.", False),
        ("U moet € 100 betalen. Betaalt u niet op tijd? Dan komen er € 48,40 incassokosten bij.", True),
        ("U moet € 100 betalen. U betaalt geen incassokosten.", False),
    ],
)
def test_costs_above_the_staffel(linter, text: str, costs_flagged: bool) -> None:
    fired = [f for f in linter.check_text(text).findings if f.rule == "LEG-06"]
    assert bool(fired) == costs_flagged
    if fired:
        assert fired[0].text.startswith("€ 18") or fired[0].text.startswith("€ 48")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Gerechtsdeurwaarderskantoor Van Dam\nPostbus 1\n\nGeachte heer,\n\nHet vonnis is aan u betekend.", "deurwaarder"),
        ("Incassobureau Noordpunt\n\nGeachte heer,\n\nNamens onze opdrachtgever TeleVlot vragen wij u te betalen.", "incassobureau"),
        ("Woonstichting De Linde\n\nBeste mevrouw,\n\nBetaalt u niet? Dan schakelen wij een incassobureau en een deurwaarder in.", "creditor"),
    ],
)
def test_sender_detection(text: str, sender: str) -> None:
    assert detect_sender(text, detect(text)) == sender


@pytest.mark.parametrize(
    ("text", "letter_type"),
    [
        # The subject line names the type, and a later step wins over the word "herinnering".
        ("Betreft: aanmaning factuur 12\n\nOp 3 maart stuurden wij u een herinnering.", "aanmaning"),
        ("Betreft: uw rekening\n\nOp 3 maart hebben we u een herinnering gestuurd. Wilt u nu betalen?", "aanmaning"),
        # A notice of default with a term in days and the costs after it is a 14-day notice.
        ("Betreft: ingebrekestelling\n\nBetaal binnen 14 dagen. Daarna betaalt u € 40 incassokosten.", "14-dagenbrief"),
        ("Betreft: ingebrekestelling\n\nWij stellen u in gebreke. Betaal het bedrag vandaag nog.", "sommatie"),
        ("Betreft: kosteloze aanmaning\n\nBetaal binnen 14 dagen, anders volgen incassokosten.", "14-dagenbrief"),
        # An offer of an instalment plan does not make a reminder a confirmation of one.
        ("Betreft: uw premie\n\nWij hebben uw premie nog niet van u ontvangen. Bel ons voor een betalingsregeling.", "herinnering"),
        ("Betreft: uw afspraak\n\nIn deze brief ziet u wat we hebben afgesproken. U betaalt in 10 delen.", "betalingsregeling"),
        # Every letter from a bailiff's office is a bailiff's letter, whatever it calls itself.
        ("Gerechtsdeurwaarderskantoor Van Dam\n\nBetreft: sommatie\n\nBetaal binnen 2 dagen.", "deurwaarder"),
        ("Beste Sem,\n\nHoe gaat het met hockey? Tot zaterdag!", "onbekend"),
    ],
)
def test_letter_type_detection(text: str, letter_type: str) -> None:
    assert detect(text) == letter_type


def test_a_full_stop_after_u_ends_the_sentence(linter) -> None:
    """The Dutch tokenizer reads "u." as an abbreviation; in a letter it ends a sentence."""
    result = linter.check_text("De kosten hiervan zijn voor u. Wij helpen u graag.")
    assert [f.text for f in result.findings if f.rule == "THR-08"] == ["kosten hiervan zijn voor u"]


def _plain_sentence_start(text: str, offset: int) -> int:
    """The start of the sentence around ``offset`` as one search over the whole window."""
    window = max(0, offset - checks._LONGEST_SENTENCE)
    ends = [m.end() for m in checks._SENTENCE_END.finditer(text, window, offset)]
    return ends[-1] if ends else window


_PIECES = [".", "!", "?", " ", "\n", "\n\n", "\t", "\u00a0", "a", "Woord", "x.", " \n ", "€ 40,-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=200).map("".join), st.integers(1, 40))
def test_sentence_start_looks_back_briefly_and_finds_what_one_search_finds(text: str, near: int) -> None:
    """Also with a short look back (``near``), which the text then often passes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(checks, "_NEAR", near)
        patch.setattr(checks, "_LONGEST_SENTENCE", 120)
        for offset in range(len(text) + 1):
            assert checks._sentence_around(text, offset)[0] == _plain_sentence_start(text, offset), offset
