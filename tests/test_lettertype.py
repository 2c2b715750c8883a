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
