"""Guessing the letter type from its content.

A first version: cue phrases per type, counted in the letter and counted three times in the
subject line ("Betreft: ..."), where senders name the letter type; each type's cues carry
a weight. The type with most
weight wins; ties go to the later step in the collection process, since a letter that
mentions both a reminder and a summons is the summons.
"""

from __future__ import annotations

import re

# (type, weight, cue). Later steps first: on a tie the earlier entry wins. The legal
# 14-day notice weighs more: its wording is required by law, so it is a strong signal.
_CUES: tuple[tuple[str, int, str], ...] = (
    (
        "deurwaarder",
        1,
        r"\bgerechtsdeurwaarder\w*|\bdeurwaarderskantoor\b|\bexploot\b|\bbetekend\b|\bvonnis\b"
        r"|\bexecutoria(le|al)\b|\bambtsedig\b",
    ),
    ("sommatie", 1, r"\bsommatie\w*|\bsommeer\w*|\bgesommeerd|\bingebrekestelling|\bin gebreke\b"),
    (
        "14-dagenbrief",
        3,
        r"\b(14|veertien)[- ]?dagen(brief)?\b.{0,200}?\bincassokosten\b"
        r"|\bincassokosten\b.{0,200}?\b(14|veertien)[- ]?dagen\b|\b14-dagenbrief\b|\bwik-brief\b",
    ),
    ("aanmaning", 1, r"\baanmaning\w*|\b(tweede|laatste) herinnering\b"),
    (
        "betalingsregeling",
        2,
        r"\bbetalingsregeling\b.{0,80}\b(bevestig\w*|afgesproken|afspraak)"
        r"|\b(bevestig\w*|afspraak|afgesproken)\b.{0,80}\b(betalingsregeling|in delen|in termijnen)\b",
    ),
    ("herinnering", 1, r"\b(betalings)?herinnering\b|\bnog niet (ontvangen|betaald)\b|\bvergeten\b"),
)
_COMPILED = tuple((kind, weight, re.compile(cue, re.IGNORECASE | re.DOTALL)) for kind, weight, cue in _CUES)
_SUBJECT = re.compile(r"^\s*(betreft|onderwerp|inzake)\s*:?(.*)$", re.IGNORECASE | re.MULTILINE)


def detect(text: str) -> str:
    """The most likely letter type, or "onbekend" when no cue is found."""
    subject = " ".join(m.group(2) for m in _SUBJECT.finditer(text))
    best, best_score = "onbekend", 0
    for kind, weight, pattern in _COMPILED:
        score = weight * (len(pattern.findall(text)) + 3 * len(pattern.findall(subject)))
        if score > best_score:
            best, best_score = kind, score
    return best


_INCASSO_SENDER = re.compile(
    r"\bnamens\s+(onze|uw)?\s*(opdrachtgever|cliënt|client|schuldeiser)\b|\bin opdracht van\b"
    r"|\b(heeft|hebben)\s+(de vordering|uw (rekening|schuld|dossier))\s+aan ons\b"
    r"|\bheeft ons gevraagd\b.{0,40}\b(innen|incasseren|ophalen)\b|\bincassodienstverlen\w*|\bwki\b",
    re.IGNORECASE | re.DOTALL,
)
_DEURWAARDER_SENDER = re.compile(r"\b(gerechts)?deurwaarders?kantoor\b|\bgerechtsdeurwaarders?\b", re.IGNORECASE)


def detect_sender(text: str, letter_type: str) -> str:
    """Who sends the letter: "deurwaarder", "incassobureau" or "creditor".

    A letter from a bailiff's office names it in its letterhead (the first block); a
    collection agency writes on behalf of someone else. Everything else is the creditor.
    Threats to call in a bailiff or an agency do not count: they are in the body."""
    letterhead = text.lstrip().split("\n\n", 1)[0]
    if letter_type == "deurwaarder" or _DEURWAARDER_SENDER.search(letterhead):
        return "deurwaarder"
    if _INCASSO_SENDER.search(text) or re.search(r"\bincasso(bureau|kantoor)\b", letterhead, re.IGNORECASE):
        return "incassobureau"
    return "creditor"
