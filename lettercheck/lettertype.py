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
# 14-day notice weighs most: a 14-day term together with collection costs is what makes a
# letter one. Cues that name the type count three times more in the subject line;
# generic cues ("nog niet betaald") do not, since every kind of letter says that.
_CUES: tuple[tuple[str, int, str], ...] = (
    (
        "deurwaarder",
        1,
        r"\bgerechtsdeurwaarder\w*|\bdeurwaarderskantoor\b|\bexploot\b|\bbetekend\b|\bvonnis\b"
        r"|\bexecutoria(le|al)\b|\bambtsedig\b",
    ),
    ("sommatie", 1, r"\bsommatie\w*|\bsommeer\w*|\bgesommeerd|\bingebrekestelling|\bin gebreke\b"),
    ("14-dagenbrief", 6, r"\A(?=.*\b(14|veertien)[- ]?dagen\b)(?=.*\bincassokosten\b)"),
    ("14-dagenbrief", 3, r"\b14-dagenbrief\b|\bveertiendagenbrief\b|\bwik-brief\b"),
    ("aanmaning", 1, r"\baanmaning\w*|\b(tweede|laatste) herinnering\b"),
    # A letter that refers to an earlier reminder is the next step.
    (
        "aanmaning",
        2,
        r"\b(stuurden|zonden|verstuurden)\s+wij\s+u\s+(al\s+|reeds\s+)?een\s+(betalings)?herinnering"
        r"|\b(al|reeds)\s+een\s+(betalings)?herinnering\s+(ge|ver)(stuurd|zonden)"
        r"|\bhebben\s+wij\s+u\s+(al\s+|reeds\s+)?een\s+(betalings)?herinnering\s+(ge|ver)(stuurd|zonden)",
    ),
    (
        "betalingsregeling",
        2,
        r"\bbetalingsregeling\b.{0,80}\b(bevestig\w*|afgesproken|afspraak)"
        r"|\b(bevestig\w*|afspraak|afgesproken)\b.{0,80}\b(betalingsregeling|in delen|in termijnen)\b",
    ),
    ("betalingsregeling", 1, r"\bbetalingsregeling\b|\bafspraak\b.{0,40}\b(betalen|huur\w*|achterstand|schuld)"),
    ("herinnering", 1, r"\b(betalings)?herinnering\b"),
)
#: Generic cues: only counted in the body, and only when nothing names the type.
_GENERIC = re.compile(r"\bnog\s+niet\s+(ontvangen|betaald)\b|\bvergeten\b|\bopenstaande?\b", re.IGNORECASE)
_COMPILED = tuple((kind, weight, re.compile(cue, re.IGNORECASE | re.DOTALL)) for kind, weight, cue in _CUES)
_SUBJECT = re.compile(r"^\s*(betreft|onderwerp|inzake)\s*:?(.*)$", re.IGNORECASE | re.MULTILINE)


def detect(text: str) -> str:
    """The most likely letter type, or "onbekend" when no cue is found."""
    subject = " ".join(m.group(2) for m in _SUBJECT.finditer(text))
    best, best_score = "onbekend", 0
    scores: dict[str, int] = {}
    for kind, weight, pattern in _COMPILED:
        score = weight * (len(pattern.findall(text)) + 3 * len(pattern.findall(subject)))
        scores[kind] = scores.get(kind, 0) + score
    for kind, score in scores.items():
        if score > best_score:
            best, best_score = kind, score
    if best == "onbekend" and _GENERIC.search(text):
        return "herinnering"
    return best


_TITLE = re.compile(
    r"\b(het|dit|dat)\s+vonnis\s+(is|werd|van)\b|\bvonnis\s+(is|werd)\s+(aan\s+u\s+)?betekend"
    r"|\b(de\s+)?(kanton)?rechter\s+heeft\b|\bin\s+(het|een)\s+vonnis\b|\bop\s+grond\s+van\s+(het|een|dit)\s+vonnis\b"
    r"|\bdwangbevel\w*|\bexecutoria(le|al)\s+titel\b|\buitspraak\s+van\s+(de\s+)?(kanton)?rechter\s+(van|op)\b",
    re.IGNORECASE,
)


def has_title(text: str, sender: str) -> bool:
    """Does a bailiff write on the strength of a judgment? A future judgment ("na het
    vonnis volgt beslag") does not count: that is the threat itself."""
    return sender == "deurwaarder" and bool(_TITLE.search(text))


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
    if _INCASSO_SENDER.search(text) or re.search(r"\bincasso(bureau|kantoor|dienst|diensten)?\b", letterhead, re.IGNORECASE):
        return "incassobureau"
    return "creditor"
