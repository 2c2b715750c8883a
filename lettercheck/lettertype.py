"""Guessing the letter type from its content.

A first version: cue phrases per type, counted in the letter and counted three times in the
subject line ("Betreft: ..."), where senders name the letter type. The type with most
weight wins; ties go to the later step in the collection process, since a letter that
mentions both a reminder and a summons is the summons.
"""

from __future__ import annotations

import re

# Later steps first: on a tie the earlier entry wins.
_CUES: tuple[tuple[str, str], ...] = (
    ("deurwaarder", r"\b(gerechts)?deurwaarder(s|skantoor)?\b|\bexploot\b|\bvonnis\b"),
    ("sommatie", r"\bsommatie\w*|\bsommeer\w*|\bgesommeerd|\bingebrekestelling|\bin gebreke\b"),
    (
        "14-dagenbrief",
        r"\b(14|veertien)[- ]?dagen(brief)?\b.{0,200}?\bincassokosten\b"
        r"|\bincassokosten\b.{0,200}?\b(14|veertien)[- ]?dagen\b|\b14-dagenbrief\b|\bwik-brief\b",
    ),
    ("aanmaning", r"\baanmaning\w*|\b(tweede|laatste) herinnering\b"),
    ("betalingsregeling", r"\bbetalingsregeling\b.{0,80}\b(bevestig\w*|afgesproken|afspraak)|\bbevestig\w*\b.{0,80}\bbetalingsregeling\b"),
    ("herinnering", r"\b(betalings)?herinnering\b|\bnog niet (ontvangen|betaald)\b|\bvergeten\b"),
)
_COMPILED = tuple((kind, re.compile(cue, re.IGNORECASE | re.DOTALL)) for kind, cue in _CUES)
_SUBJECT = re.compile(r"^\s*(betreft|onderwerp|inzake)\s*:?(.*)$", re.IGNORECASE | re.MULTILINE)


def detect(text: str) -> str:
    """The most likely letter type, or "onbekend" when no cue is found."""
    subject = " ".join(m.group(2) for m in _SUBJECT.finditer(text))
    best, best_score = "onbekend", 0
    for kind, pattern in _COMPILED:
        score = len(pattern.findall(text)) + 3 * len(pattern.findall(subject))
        if score > best_score:
            best, best_score = kind, score
    return best
