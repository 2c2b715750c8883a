"""The rule engine's shortcuts give what the slow way gives: the sentence of a hit found by
bisecting token offsets is the one ``doc.char_span`` finds, on real letters and on text made
to trip it up (hits in spaces, empty hits, hits beyond the last token)."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lettercheck import nlp as pipeline
from lettercheck.checks import Hit
from lettercheck.engine import _Sentences
from lettercheck.readability import sentences
from lettercheck.readers import read_document
from lettercheck.readers.txt import parse

from conftest import CORPUS

LETTERS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))[::10]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(pipeline.resolve())[0]


def _by_span(doc, hit: Hit) -> tuple[int, int]:
    """The sentence of a hit the slow way: a Span of it, and the sentence of its first token."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return (hit.start, hit.end)
    sents = sentences(doc)
    sent = sents[bisect.bisect_right(sents, span.start, key=lambda s: s.start) - 1]
    return sent.start_char, sent.end_char


def _hits(length: int, step: int) -> list[Hit]:
    """Hits of every length up to 12 from every ``step``-th offset, some empty, some
    running past the text."""
    return [Hit(start, start + size) for start in range(0, length + 2, step) for size in range(13)]


def test_sentence_of_a_hit_as_char_span_finds_it_in_every_letter(nlp) -> None:
    checked = 0
    for path in LETTERS:
        doc = next(nlp.pipe([pipeline.make_doc(nlp, read_document(path))]))
        bounds = _Sentences(doc).bounds
        for hit in _hits(len(doc.text), 7):
            assert bounds(hit) == _by_span(doc, hit), (path.name, hit)
            checked += 1
    assert checked > 10_000


_PIECES = ["  ", " ", "\n", "\n\n", "\t", ".", "!", "Wij", "u", "betalen", "«Naam»", "{{ bedrag }}", "€ 40,-", "é", "😀"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_sentence_of_a_hit_as_char_span_finds_it_in_tricky_text(nlp, text: str) -> None:
    doc = next(nlp.pipe([pipeline.make_doc(nlp, parse("<tekst>", text))]))
    bounds = _Sentences(doc).bounds
    for hit in _hits(len(doc.text), 1):
        assert bounds(hit) == _by_span(doc, hit), hit
