"""Guessing the letter type from its content.

Cue phrases per type, each with a weight, counted in the letter; the type with most weight
wins, and ties go to the later step in the collection process, since a letter that mentions
both a reminder and a summons is the summons. Senders often name the type in the subject
line ("Betreft: aanmaning ..."): a type named there wins outright.

The expressions that scan the whole letter are :class:`.prefilter.Expression` objects, which find
what ``re`` finds but skip the places where they cannot match: this runs for every letter. The
cues are looked for together, in one pass of an :class:`.prefilter.ExpressionMatcher`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prefilter import Expression, ExpressionMatcher, Folded


def _term_with_costs(days: str) -> tuple[str, str]:
    """A payment term of ``days`` days and, anywhere in the letter, collection costs."""
    return rf"\b(binnen|na)\s+(de(ze)?\s+)?{days}[- ]?(werk)?dagen\b", r"\bincassokosten\b"


#: The term the law asks for (14 days or more) with the costs after it.
_FOURTEEN_DAYS_CUE = _term_with_costs(r"(1[4-9]|[2-9]\d|veertien|vijftien|twintig|dertig)")
#: A shorter term with costs: a 14-day notice with a legal problem, or a summons.
_SHORT_TERM_CUE = _term_with_costs(r"(\d|1[0-3]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)")
#: What makes an "ingebrekestelling" a 14-day notice.
_TERMS_WITH_COSTS = (_FOURTEEN_DAYS_CUE, _SHORT_TERM_CUE)

# (type, weight, cue). Later steps first: on a tie the earlier entry wins. The legal
# 14-day notice weighs most: a term in days together with collection costs is what makes a
# letter one, also when the term is too short (that is a legal problem, not another type).
# A cue is an expression, counted at each match, or expressions that must all be in the
# letter somewhere, counted once.
_CUES: tuple[tuple[str, int, str | tuple[str, ...]], ...] = (
    (
        "deurwaarder",
        1,
        r"\bgerechtsdeurwaarder\w*|\bdeurwaarderskantoor\b|\bexploot\b|\bbetekend\b|\bvonnis\b"
        r"|\bexecutoria(le|al)\b|\bambtsedig\b",
    ),
    ("sommatie", 1, r"\bsommatie\w*|\bsommeer\w*|\bgesommeerd|\bingebrekestelling|\bin gebreke\b"),
    # A letter that refers to an earlier 14-day notice is a later step.
    ("sommatie", 3, r"\b(op|na|ondanks|sinds|in)\s+(de|onze|ons|uw)\s+(eerdere\s+)?(14-dagenbrief|veertiendagenbrief|wik-brief)\b"),
    # Summoning the reader is what a summons does; a 14-day term with costs still outweighs it.
    ("sommatie", 2, r"\b(wij|we)\s+(sommeren|sommeer)\s+u\b|\bsommeren\s+(wij|we)\s+u\b"),
    ("14-dagenbrief", 6, _FOURTEEN_DAYS_CUE),
    ("14-dagenbrief", 2, _SHORT_TERM_CUE),
    # Named as itself, not as an earlier letter ("op de veertiendagenbrief van 3 november"),
    # or by the article of the law that asks for it.
    ("14-dagenbrief", 3, r"(?<!\bde )(?<!\bonze )(?<!\bons )(?<!\buw )(?<!\beerdere )\b(14-dagenbrief|veertiendagenbrief|wik-brief)\b|\b6:96\s+(lid\s+)?6\b"),
    ("aanmaning", 1, r"\baanmaning\w*|\b(tweede|laatste) herinnering\b"),
    # A letter that refers to an earlier reminder is the next step.
    (
        "aanmaning",
        2,
        r"\b(stuurden|zonden|verstuurden|hebben|heeft)\s+(wij|we|u)\s+(u\s+)?(\w+\s+){0,3}(een\s+)?(betalings)?herinnering"
        r"|\b(al|reeds)\s+een\s+(betalings)?herinnering\s+(ge|ver)(stuurd|zonden)"
        r"|\b(stuurden|zonden|verstuurden)\s+(wij|we)\s+u\s+(hierover|daarover|al|eerder|reeds)\s+(\w+\s+){0,2}(een\s+)?(e-?mail|brief|bericht)\b"
        r"|\b(op|na|ondanks|sinds)\s+(onze|de|uw|eerdere|herhaalde|meerdere)\s+(eerdere\s+)?(betalings)?herinnering(en)?\b",
    ),
    # A letter that confirms an agreement already made; an offer of one ("Bel ons voor een
    # betalingsregeling") belongs in every kind of letter and is no cue.
    (
        "betalingsregeling",
        2,
        r"\bbetalingsregeling\b.{0,80}\b(bevestig\w*|afgesproken)"
        r"|\b(bevestig\w*|afgesproken)\b.{0,80}\b(betalingsregeling|termijnbetaling|in delen|in termijnen)\b"
        r"|\b(zoals|wat)\s+(wij|we)\s+(samen\s+|met\s+u\s+)?(hebben\s+)?afgesproken\b"
        r"|\b(een|de|uw)\s+(betaal|betalings)?afspraak\s+(gemaakt|met\s+ons|over\s+(de|uw|het)\s+(rekening|schuld|betaling|betalen|achterstand))"
        r"|\buw\s+(betalings)?regeling\b",
    ),
    ("herinnering", 1, r"\b(betalings)?herinnering\b"),
)
#: Generic cues: only counted when nothing names the type.
_GENERIC = Expression(
    r"\bnog\s+(niet|geen)\s+(\w+\s+){0,3}(ontvangen|betaald|binnen|gezien|gekregen|bij)\b|\bvergeten\b|\bontschoten\b|\bopenstaande?\b"
    r"|\b(heeft\s+u|hebt\s+u|heb\s+je|heb\s+jij)\s+(al|inmiddels)\s+betaald\b"
    r"|\bstaat\s+(er\s+)?(nog\s+)?(\w+\s+){0,2}open\b"
    r"|\b(uiterste\s+)?betaal(datum|termijn)\b",
    re.IGNORECASE,
)
#: Letters said not to come ("wij sturen u geen herinneringen of aanmaningen") name no type.
_NOT_SENT = Expression(
    r"\bgeen\s+((betalings)?herinnering|aanmaning|sommatie)\w*(\s+(of|en)\s+((betalings)?herinnering|aanmaning|sommatie)\w*)?",
    re.IGNORECASE,
)
#: The key of _NOT_SENT's matches in _CUE_MATCHER.
_NOT_SENT_KEY = "not sent"


def _cue_matcher() -> ExpressionMatcher:
    """Every cue of _CUES, and _NOT_SENT, to be looked for in one pass over the letter (see
    :class:`.prefilter.ExpressionMatcher`): tried one by one, each cue would scan the letter
    for what it needs and for where it can start. A cue's key is its place in _CUES; the
    expressions of a cue that must all match share it."""
    matcher = ExpressionMatcher()
    for number, (_, _, cue) in enumerate(_CUES):
        matcher.add(str(number), cue if isinstance(cue, tuple) else (cue,), re.IGNORECASE | re.DOTALL)
    matcher.add(_NOT_SENT_KEY, (_NOT_SENT.pattern.pattern,), _NOT_SENT.pattern.flags)
    return matcher


_CUE_MATCHER = _cue_matcher()


def _cue_counts(found: list[tuple[str, list[tuple[int, int]]]]) -> list[int]:
    """How often each cue of _CUES is in a letter, from what _CUE_MATCHER found there.

    A cue expression is counted at each match that ``finditer`` finds: no cue matches
    empty text, so those are the matches the matcher lists. A cue of expressions that must
    each match somewhere in the letter counts once: as one expression
    (``\\A(?=.*a)(?=.*b)``) ``re`` would try the first at every position of the letter,
    backwards, to find it."""
    matched: dict[str, list[int]] = {}
    for key, spans in found:
        matched.setdefault(key, []).append(len(spans))
    counts = []
    for number, (_, _, cue) in enumerate(_CUES):
        found_here = matched.get(str(number), [])
        counts.append(int(len(found_here) == len(cue)) if isinstance(cue, tuple) else sum(found_here))
    return counts


_SUBJECT = re.compile(r"^[^\S\n]*(betreft|onderwerp|inzake)\s*:?(.*)$", re.IGNORECASE | re.MULTILINE)
#: A subject line after the first line, from the line break before it: ``re`` jumps from
#: line break to line break, where ``^`` has it try every position.
_LATER_SUBJECT = re.compile("\n" + _SUBJECT.pattern[1:], _SUBJECT.flags)
#: Type names in a subject line, later steps first: "betalingsherinnering" and
#: "laatste herinnering" are different steps.
_NAMED = (
    (
        "14-dagenbrief",
        re.compile(
            r"\b14-dagenbrief\b|\bveertiendagenbrief\b|\bwik-brief\b|\bkosteloze\s+(aanmaning|herinnering)\b|\b6:96\s+(lid\s+)?6\b",
            re.IGNORECASE,
        ),
    ),
    ("sommatie", re.compile(r"\bsommatie\b", re.IGNORECASE)),
    # A notice of default is a 14-day notice when it has what the law asks of one.
    ("ingebrekestelling", re.compile(r"\bingebrekestelling\b", re.IGNORECASE)),
    ("aanmaning", re.compile(r"\baanmaning\b|\b(tweede|laatste)\s+(betalings)?herinnering\b", re.IGNORECASE)),
    ("betalingsregeling", re.compile(r"\bbetalingsregeling\b|\bbetaalafspraak\b", re.IGNORECASE)),
    ("herinnering", re.compile(r"\b(betalings)?herinnering\b", re.IGNORECASE)),
)


def subject_lines(text: str) -> list[str]:
    """What each subject line says ("Betreft: aanmaning"): ``_SUBJECT.finditer``, quicker.

    A match never ends right after a line break (``$`` stops before one), so the matches
    after the first line start at a line break that the match before did not take."""
    first = _SUBJECT.match(text)
    found = [first.group(2)] if first else []
    return found + [m.group(2) for m in _LATER_SUBJECT.finditer(text, first.end() if first else 0)]


def detect(text: str) -> str:
    """The most likely letter type, or "onbekend" when no cue is found.

    A bailiff's letterhead decides first: every letter from a bailiff is a bailiff's letter.
    Then the type the subject line names; an "ingebrekestelling" is a 14-day notice when it
    has what the law asks of one (a term in days and the collection costs after it), else a
    summons.
    """
    if _DEURWAARDER_SENDER.search(_letterhead(text)):
        return "deurwaarder"
    subject = " ".join(subject_lines(text))
    folded = _folded(text)
    for kind, pattern in _NAMED:
        if pattern.search(subject):
            if kind == "ingebrekestelling":
                counts = _cue_counts(_CUE_MATCHER(text, folded))
                terms = any(n for (_, _, cue), n in zip(_CUES, counts) if cue in _TERMS_WITH_COSTS)
                return "14-dagenbrief" if terms else "sommatie"
            return kind
    best, best_score = "onbekend", 0
    scores: dict[str, int] = {}
    cues, found = text, _CUE_MATCHER(text, folded)
    if any(key == _NOT_SENT_KEY for key, _ in found):
        cues = _NOT_SENT.sub(" ", text)
        folded = Folded(cues)
        found = _CUE_MATCHER(cues, folded)
    for (kind, weight, _), count in zip(_CUES, _cue_counts(found)):
        scores[kind] = scores.get(kind, 0) + weight * count
    for kind, score in scores.items():
        if score > best_score:
            best, best_score = kind, score
    if best == "onbekend" and _GENERIC.occurs(cues, folded):
        return "herinnering"
    return best


_TITLE = Expression(
    r"\b(het|dit|dat)\s+vonnis\s+(is|werd|van)\b|\bvonnis\s+(is|werd)\s+(aan\s+u\s+)?betekend"
    r"|\b(de\s+)?(kanton)?rechter\s+(in\s+\w+\s+)?heeft\b|\bheeft\s+de\s+(kanton)?rechter\b|\bvonnis\s+(van\s+de\s+)?(kanton)?rechter\b|\buitspraak\s+van\s+de\s+(kanton)?rechter\s+(is|uit\s+te\s+voeren|uitvoeren)\b|\bin\s+(het|een)\s+vonnis\b|\bop\s+grond\s+van\s+(het|een|dit)\s+vonnis\b"
    r"|\bdwangbevel\w*|\bexecutoria(le|al)\s+titel\b|\buitspraak\s+van\s+(de\s+)?(kanton)?rechter\s+(van|op)\b",
    re.IGNORECASE,
)


def has_title(text: str, sender: str) -> bool:
    """Does a bailiff write on the strength of a judgment? A future judgment ("na het
    vonnis volgt beslag") does not count: that is the threat itself."""
    return sender == "deurwaarder" and _TITLE.occurs(text, _folded(text))


_INCASSO_SENDER = Expression(
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
    letterhead = _letterhead(text)
    if letter_type == "deurwaarder" or _DEURWAARDER_SENDER.search(letterhead):
        return "deurwaarder"
    on_behalf = _INCASSO_SENDER.occurs(text, _folded(text))
    if on_behalf or re.search(r"\bincasso(bureau|kantoor|dienst|diensten)?\b", letterhead, re.IGNORECASE):
        return "incassobureau"
    return "creditor"


@lru_cache(maxsize=1)
def _folded(text: str) -> Folded:
    """The letter in lower case for the literal tests, made once for the steps that look
    at one letter in turn (type, sender, title)."""
    return Folded(text)


def _letterhead(text: str) -> str:
    """The first block of the letter, where the sender puts its name."""
    return text.lstrip().split("\n\n", 1)[0]
