"""The per-letter language level: prose selection, word counts, the CEFR estimate, reasons.

All letter texts here are written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lettercheck import nlp as nlpmod
from lettercheck import readability as R
from lettercheck.model import Origin
from lettercheck.readers import assemble

PIPELINES = [
    "embedded",
    pytest.param(
        "nl_ud_standin",
        marks=pytest.mark.skipif(not nlpmod.is_installed("nl_ud_standin"), reason="nl_ud_standin not installed"),
    ),
]

HEADER = [
    "Incassobureau Verhoeven\nPostbus 4410\n3500 GK Utrecht",
    "Mevrouw S. de Wit\nLindelaan 8\n7311 AB Apeldoorn",
    "Utrecht, 4 maart 2025",
    "Betreft: uw rekening van de tandarts\nKenmerk: 2025-0417",
    "Geachte mevrouw De Wit,",
]
FOOTER = ["Met vriendelijke groet,\n\nIncassobureau Verhoeven"]

PLAIN = (
    "U moet ons nog {{ bedrag }} betalen. Dit bedrag is voor de rekening van maart. "
    "Er komen ook rente en kosten bij. Betaal alles binnen 14 dagen. "
    "Doet u dat niet? Dan vragen wij de rechter om hulp. Dat kost u nog meer geld. "
    "Kunt u niet alles in één keer betalen? Bel ons dan. Samen maken we een plan."
)
FORMAL = (
    "Middels dit schrijven sommeren wij u om de hoofdsom van {{ bedrag }}, vermeerderd met de wettelijke "
    "rente en de buitengerechtelijke incassokosten, binnen veertien dagen na dagtekening van deze "
    "ingebrekestelling onverwijld aan ons te voldoen, bij gebreke waarvan wij zonder nadere aankondiging "
    "tot gerechtelijke invordering zullen overgaan. Indien uwerzijds binnen de gestelde termijn geen "
    "betaling of tegenbericht wordt ontvangen, zien wij ons genoodzaakt de vordering ter incasso uit "
    "handen te geven, waarbij alle daaruit voortvloeiende kosten voor uw rekening komen."
)
FORMAL_UNCOMMON = {
    "sommeren", "hoofdsom", "vermeerderd", "incassokosten", "dagtekening", "ingebrekestelling",
    "onverwijld", "invordering", "uwerzijds", "tegenbericht",
}


@pytest.fixture(params=PIPELINES)
def nlp(request):
    return nlpmod.load(request.param)[0]


@pytest.fixture
def embedded():
    return nlpmod.load("embedded")[0]


def process(nlp, *blocks: str):
    document = assemble("brief.txt", "txt", [(b, Origin("text", i + 1), {}) for i, b in enumerate(blocks)])
    return nlp(nlpmod.make_doc(nlp, document))


def letter(nlp, body: str, target: str = "B1"):
    doc = process(nlp, *HEADER, body, *FOOTER)
    return doc, R.measure(doc, target)


# --- the estimate --------------------------------------------------------------------------


def test_plain_letter_is_easier_than_formal_version(nlp):
    _, plain = letter(nlp, PLAIN)
    _, formal = letter(nlp, FORMAL)
    assert plain.difficulty < formal.difficulty
    assert plain.meets_target and plain.level in ("A1", "A2", "B1")
    assert plain.reasons == []
    assert not formal.meets_target and formal.level in ("B2", "C1", "C2")
    assert plain.flesch_douma > formal.flesch_douma


def test_formal_letter_reasons_name_sentence_length_and_an_uncommon_word(nlp):
    _, formal = letter(nlp, FORMAL)
    text = " ".join(formal.reasons)
    assert "De zinnen zijn gemiddeld 39 woorden lang. Voor B1 is 15 woorden het maximum." in formal.reasons
    assert "De langste zin heeft 45 woorden." in formal.reasons
    uncommon = next(r for r in formal.reasons if "komt weinig voor in gewone taal" in r)
    named = uncommon.split("zoals: ")[1].rstrip(".").split(", ")
    assert 1 <= len(named) <= 5 and set(named) <= FORMAL_UNCOMMON
    assert "lettergrepen per woord" in text
    # Biggest first: 39 words a sentence is further above B1 than the other features.
    assert formal.reasons[0].startswith("De zinnen zijn gemiddeld")


def test_sentence_scores_single_out_long_formal_sentences(nlp):
    doc, formal = letter(nlp, FORMAL)
    assert [s.words for s in formal.sentence_difficulty] == [45, 33]
    assert all(s.above_target for s in formal.sentence_difficulty)
    first = formal.sentence_difficulty[0]
    assert doc.text[first.start : first.end].startswith("Middels dit schrijven")
    assert doc.text[first.start : first.end].endswith("zullen overgaan.")
    _, plain = letter(nlp, PLAIN)
    assert len(plain.sentence_difficulty) == plain.sentences == 10
    assert not any(s.above_target for s in plain.sentence_difficulty)


def test_mixed_letter_marks_only_the_long_sentence(nlp):
    doc, result = letter(nlp, PLAIN + " " + FORMAL.split(". ")[0] + ".")
    above = [s for s in result.sentence_difficulty if s.above_target]
    assert len(above) == 1
    assert doc.text[above[0].start : above[0].end].startswith("Middels")


def test_hand_counted_two_sentence_text(embedded):
    # wij heb-ben uw be-ta-ling nog niet ont-van-gen = 7 words, 12 syllables
    # u kunt het be-drag van-daag nog be-ta-len     = 7 words, 11 syllables
    doc = process(embedded, "Wij hebben uw betaling nog niet ontvangen. U kunt het bedrag vandaag nog betalen.")
    r = R.measure(doc)
    assert (r.sentences, r.words, r.max_sentence_length) == (2, 14, 7)
    assert r.mean_sentence_length == 7.0
    assert r.syllables_per_word == pytest.approx(23 / 14)
    assert r.uncommon_word_share == 0.0
    assert r.flesch_douma == pytest.approx(206.84 - 0.77 * 100 * 23 / 14 - 0.93 * 7)
    # length 7/5 + 0.5 = 1.9; syllables (23/14 - 1.4) * 5 + 2.5; uncommon (0 - 0.03) * 25 + 2.5 = 1.75
    expected = (1.9 + ((23 / 14 - 1.4) * 5 + 2.5) + 1.75) / 3
    assert r.difficulty == pytest.approx(expected)
    assert r.level == "A2" and r.meets_target


def test_flesch_douma_matches_textstat():
    """textstat's Dutch Flesch uses Douma's weights (0.93, 77 per word = 0.77 per 100 words)
    and the same nl_NL hyphenation; its base is 206.835 where Douma has 206.84."""
    textstat = pytest.importorskip("textstat")
    text = (
        "Wij hebben uw betaling nog niet ontvangen. U kunt het bedrag vandaag nog betalen. "
        "Wilt u een regeling treffen met ons? Bel ons dan op werkdagen tussen negen en vijf uur."
    )
    nlp = nlpmod.load("embedded")[0]
    ours = R.measure(process(nlp, text)).flesch_douma
    textstat.set_lang("nl")
    try:
        theirs = textstat.flesch_reading_ease(text)
    finally:
        textstat.set_lang("en")
    assert ours == pytest.approx(theirs, abs=0.02)


# Three sentences of 15, 16 and 15 words full of long office words.
OFFICE = (
    "Wij verzoeken u vriendelijk het openstaande factuurbedrag inclusief administratiekosten binnen "
    "veertien kalenderdagen over te maken. Bij uitblijven van betaling berekenen wij conform de algemene "
    "voorwaarden aanvullende incassokosten en de wettelijke handelsrente. Voor vragen over deze "
    "betalingsherinnering kunt u op werkdagen contact opnemen met onze afdeling debiteurenadministratie."
)


def test_reasons_biggest_first_with_decimal_commas(embedded):
    _, r = letter(embedded, OFFICE)
    assert (r.sentences, r.words, r.max_sentence_length) == (3, 46, 16)
    assert r.syllables_per_word > 2.5 and r.uncommon_word_share > 0.15
    assert r.syllables_per_word == pytest.approx(2.61, abs=0.005)
    assert r.reasons[0] == "Veel woorden zijn lang: gemiddeld 2,6 lettergrepen per woord."
    assert r.reasons[1].startswith(f"{round(100 * r.uncommon_word_share)}% van de woorden komt weinig voor")
    assert "factuurbedrag" in r.reasons[1]
    # 46 / 3 = 15,3: just above the B1 maximum, so the decimal is shown, with a comma.
    assert r.reasons[2] == "De zinnen zijn gemiddeld 15,3 woorden lang. Voor B1 is 15 woorden het maximum."
    assert len(r.reasons) == 3  # no sentence is longer than 25 words


def test_other_target_moves_the_edge(embedded):
    doc, b1 = letter(embedded, FORMAL, "B1")
    b2 = R.measure(doc, "b2")
    c2 = R.measure(doc, "C2")
    assert b2.target == "B2" and b1.difficulty == b2.difficulty == c2.difficulty
    assert "De zinnen zijn gemiddeld 39 woorden lang. Voor B2 is 20 woorden het maximum." in b2.reasons
    assert not b2.meets_target
    assert c2.meets_target and c2.reasons == []
    assert all(not s.above_target for s in c2.sentence_difficulty)
    office = R.measure(process(embedded, OFFICE), "B2")
    assert not any(r.startswith("De zinnen") for r in office.reasons)  # 15,3 is fine for B2
    with pytest.raises(ValueError):
        R.measure(doc, "B3")


# --- levels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("difficulty", "level"),
    [(0.0, "A1"), (0.5, "A1"), (1.49, "A1"), (1.5, "A2"), (2.5, "B1"), (3.49, "B1"), (3.5, "B2"),
     (5.5, "C2"), (6.49, "C2"), (9.0, "C2")],
)
def test_level_of(difficulty, level):
    assert R.level_of(difficulty) == level


# --- prose sentences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Wij hebben uw betaling nog niet ontvangen.", True),
        ("Lukt dat niet?", True),
        ("kijk voor de voorwaarden op onze website bij betalen", True),  # long line, no full stop
        ("Betreft: uw rekening van de tandarts", False),
        ("Betreft: uw rekening van de tandarts van maart.", False),
        ("Kenmerk: 2025-0417", False),
        ("Geachte mevrouw De Wit,", False),
        ("Beste meneer Bakker van der Linden uit Zwolle,", False),
        ("Met vriendelijke groet,", False),
        ("Postbus 4410", False),
        ("Mevrouw S. de Wit", False),
        ("Incassobureau Verhoeven Postbus 4410 3500 GK Utrecht", False),
        ("Utrecht, 4 maart 2025", False),
        ("Factuur 2025-0417 van 3 februari 2025 € 120,50", False),
        ("Rekening\tDatum\tBedrag\topen", False),
        ("tandarts   3 februari   € 120,50   nog open", False),
        ("Ja.", False),
    ],
)
def test_is_prose(embedded, line, prose):
    doc = process(embedded, line)
    sents = list(doc.sents)
    assert len(sents) == 1, [s.text for s in sents]
    assert R.is_prose(sents[0]) is prose


def test_address_and_betreft_lines_do_not_count(nlp):
    body = "Wij hebben uw betaling van {{ bedrag }} nog niet ontvangen."
    doc, r = letter(nlp, body)
    assert r.sentences == 1 and r.words == 9
    only_body = R.measure(process(nlp, body))
    assert r.to_dict() | {"sentence_difficulty": None} == only_body.to_dict() | {"sentence_difficulty": None}


def test_letter_without_prose_falls_back_to_all_sentences(embedded):
    doc = process(embedded, "Betreft: herinnering", "Kenmerk: 2025-0417", "Met vriendelijke groet,")
    r = R.measure(doc)
    assert r.sentences == 3 and r.words == 7
    assert r.meets_target


# --- words -------------------------------------------------------------------------------


def test_placeholder_is_one_word_without_syllables_or_frequency(embedded):
    doc = process(
        embedded,
        "U betaalt {{ buitengerechtelijke_incassokosten }} voor {{ uiterste_vervaldatum }} aan «Naam».",
    )
    (sent,) = doc.sents
    assert R.sentence_words(sent) == 7
    r = R.measure(doc)
    assert r.words == 7
    # u(1) be-taalt(2) voor(1) aan(1): the fields add neither words nor syllables here.
    assert r.syllables_per_word == pytest.approx(5 / 4)
    assert r.uncommon_word_share == 0.0
    assert not any("weinig voor" in x for x in r.reasons)


def test_symbols_and_punctuation_are_not_words(embedded):
    (sent,) = process(embedded, "Dat kost € 12,50 extra, of 3% rente.").sents
    # Dat kost 12,50 extra of 3% rente
    assert R.sentence_words(sent) == 7


def test_capitalised_names_mid_sentence_are_not_uncommon(embedded):
    doc = process(embedded, "Wij schrijven u namens Tandartspraktijk Kwakkelstein uit Wezep.")
    r = R.measure(doc)
    assert r.uncommon_word_share == 0.0
    doc = process(embedded, "Wij schrijven u namens de tandartspraktijk over uw schuld.")
    assert R.measure(doc).uncommon_word_share > 0.0


def test_uncommon_words_listed_by_frequency(embedded):
    body = (
        "Wij sommeren u om te betalen. Wij sommeren u nogmaals. De dagtekening staat boven aan de brief. "
        "Wij sommeren u voor de laatste keer. De dagtekening is 4 maart. Let op de hoofdsom."
    )
    r = R.measure(process(embedded, body))
    reason = next((x for x in r.reasons if "zoals:" in x), None)
    assert reason is not None
    assert reason.split("zoals: ")[1] == "sommeren, dagtekening, hoofdsom."


def test_syllables_per_word_uses_hyphenation():
    assert R.syllables("betalingsregeling") == 6
    assert R.syllables("Dagtekening") == 4
    assert R.syllables("e-mail") == 2
    assert R.syllables("u") == 1


# --- robustness and output ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "—", "12 34"])
def test_empty_and_wordless_documents(embedded, text):
    doc = embedded(text)
    r = R.measure(doc)
    assert r.level in R.LEVELS
    if not any(ch.isalnum() for ch in text):
        assert (r.difficulty, r.level, r.meets_target) == (0.5, "A1", True)
        assert (r.sentences, r.words, r.flesch_douma, r.syllables_per_word) == (0, 0, 0.0, 0.0)
        assert r.reasons == [] and r.sentence_difficulty == []
    json.dumps(r.to_dict())


def test_doc_without_sentence_boundaries():
    spacy = pytest.importorskip("spacy")
    nlpmod.load("embedded")  # registers the token extension
    doc = spacy.blank("nl")("Wij hebben uw betaling nog niet ontvangen.")
    assert R.measure(doc).words == 7


def test_to_dict_is_json_ready(embedded):
    _, r = letter(embedded, FORMAL)
    d = r.to_dict()
    assert list(d) == [
        "level", "target", "meets_target", "difficulty", "sentences", "words", "mean_sentence_length",
        "max_sentence_length", "syllables_per_word", "uncommon_word_share", "flesch_douma", "reasons",
        "method", "sentence_difficulty",
    ]
    assert d["difficulty"] == round(r.difficulty, 2)
    assert "uncalibrated" in d["method"]
    assert set(d["sentence_difficulty"][0]) == {"start", "end", "words", "difficulty", "above_target"}
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_import_is_cheap():
    code = (
        "import sys, lettercheck.readability; "
        "print(sorted(m for m in ('spacy', 'wordfreq', 'pyphen', 'textstat') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
