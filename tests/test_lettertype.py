"""Shortcuts of lettercheck/lettertype.py find what the plain expressions find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lettercheck import lettertype
from lettercheck.readers import read_document

from conftest import CORPUS

#: The subject line as one expression, tried by ``re`` at every position.
_SUBJECT = re.compile(r"^[^\S\n]*(betreft|onderwerp|inzake)\s*:?(.*)$", re.IGNORECASE | re.MULTILINE)
_PIECES = ["\n", "\n\n", " ", "\t", "\r", "\x0b", "\x85", "\u2028", ":", "x", "Betreft", "betreft", "INZAKE", "onderwerp"]


def _plain(text: str) -> list[str]:
    return [m.group(2) for m in _SUBJECT.finditer(text)]


def test_subject_lines_of_every_letter() -> None:
    found = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".docx"):
            text = read_document(path).text
            assert lettertype.subject_lines(text) == _plain(text), path.name
            found += len(_plain(text))
    assert found > 50


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_subject_lines_of_tricky_text(text: str) -> None:
    assert lettertype.subject_lines(text) == _plain(text)


_CUE_FLAGS = re.IGNORECASE | re.DOTALL
_CUE_PIECES = [
    " ", "\n", "-", ".", "İ", "14", "3", "binnen", "na", "de", "deze", "dagen", "werkdagen", "incassokosten",
    "wij", "we", "u", "sommeren", "Sommatie", "geen", "of", "herinnering", "betalings", "Herinneringen",
    "aanmaning", "stuurden", "al", "een", "verstuurd", "uw", "afspraak", "gemaakt", "regeling",
    "betalingsregeling", "bevestigen", "op", "onze", "eerdere", "14-dagenbrief", "vonnis", "exploot",
]


def _plain_counts(text: str) -> tuple[list[int], bool]:
    """Each cue of the letter types counted by ``re`` itself (finditer's matches, or 1 when
    every expression of a cue matches), and whether the letter says some are not sent."""
    counts = [
        int(all(re.search(e, text, _CUE_FLAGS) for e in cue))
        if isinstance(cue, tuple)
        else sum(1 for _ in re.finditer(cue, text, _CUE_FLAGS))
        for _, _, cue in lettertype._CUES
    ]
    return counts, bool(lettertype._NOT_SENT.pattern.search(text))


def _matched_counts(text: str) -> tuple[list[int], bool]:
    found = lettertype._CUE_MATCHER(text)
    return lettertype._cue_counts(found), any(key == lettertype._NOT_SENT_KEY for key, _ in found)


def test_cue_counts_of_every_letter() -> None:
    counted = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".docx"):
            text = read_document(path).text
            for version in (text, lettertype._NOT_SENT.pattern.sub(" ", text)):
                assert _matched_counts(version) == _plain_counts(version), path.name
            counted += sum(_plain_counts(text)[0])
    assert counted > 50


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=24).map("".join))
def test_cue_counts_of_tricky_text(text: str) -> None:
    assert _matched_counts(text) == _plain_counts(text)
