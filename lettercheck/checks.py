"""Named checks: the few rules that need arithmetic or counting, not just patterns.

A rule pack refers to one of these by name (``type: check``, ``check: bik_maximum``); the
message, severity, source and examples stay in the pack, where advisors edit them. Each
check gets the parsed letter and its context and returns the places to report, with the
values its message may use.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from .model import Document
from .prefilter import Expression

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .config import Profile


class Hit(NamedTuple):
    """A matched stretch of the letter, in character offsets of Document.text. A tuple:
    a letter has some fifty, made, hashed and sorted in C."""

    start: int
    end: int
    replacement: str = ""


@dataclass
class LetterContext:
    """What the rules know about a letter besides its text."""

    letter_type: str
    sender: str
    profile: Profile
    #: A bailiff writes after a judgment (or another executoriale titel): seizure and a
    #: two-day term are then the law's next steps, not threats.
    titled: bool = False


@dataclass
class Report:
    """One place a check reports, and the values for the rule's message."""

    hit: Hit | None
    values: dict[str, object] = field(default_factory=dict)


def in_placeholder(document: Document, hit: Hit) -> bool:
    """Does the hit touch a template field? Fields are never findings."""
    # Fields are in order and never overlap: only the last one that starts before the hit
    # ends can reach into it.
    fields = document.placeholders
    i = bisect.bisect_left(fields, hit.end, key=lambda p: p.start)
    return i > 0 and fields[i - 1].end > hit.start


Check = Callable[["Doc", Document, LetterContext], Iterator[Report]]
CHECKS: dict[str, Check] = {}


def _register(func: Check) -> Check:
    CHECKS[func.__name__] = func
    return func


# --- collection costs (BIK) -----------------------------------------------------------------

_AMOUNT = re.compile(r"€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-{1,2}))?(?!\d)")
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)|\n\s*\n")
#: Staffel of the Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141).
BIK_BANDS = ((2500.0, 0.15), (2500.0, 0.10), (5000.0, 0.05), (190000.0, 0.01), (float("inf"), 0.005))
BIK_MIN, BIK_MAX, VAT = 40.0, 6775.0, 1.21


def bik_maximum_for(principal: float) -> float:
    """The highest collection costs the BIK allows on a principal, without VAT."""
    total, rest = 0.0, principal
    for size, share in BIK_BANDS:
        part = min(rest, size)
        total += part * share
        rest -= part
        if rest <= 0:
            break
    return round(min(max(total, BIK_MIN), BIK_MAX), 2)


def _amounts(text: str) -> list[tuple[int, int, float]]:
    found = []
    for m in _AMOUNT.finditer(text):
        cents = m.group(2) if m.group(2) and m.group(2)[0] != "-" else "0"
        found.append((m.start(), m.end(), float(m.group(1).replace(".", "")) + int(cents) / 100))
    return found


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    """Looks at most :data:`_LONGEST_SENTENCE` characters either side: more than any real
    sentence, and a letter that is one endless sentence stays fast."""
    window = max(0, offset - _LONGEST_SENTENCE)
    start = _sentence_start(text, window, offset)
    end_match = _SENTENCE_END.search(text, offset, offset + _LONGEST_SENTENCE)
    return start, end_match.start() + 1 if end_match else min(len(text), offset + _LONGEST_SENTENCE)


_LONGEST_SENTENCE = 1000
#: How far back a sentence end is looked for first: most sentences are shorter.
_NEAR = 200
#: A character that no sentence end holds.
_PLAIN = re.compile(r"[^\s.?!]")


def _sentence_start(text: str, window: int, offset: int) -> int:
    """Right after the last sentence end that a search from ``window`` finds before
    ``offset``; ``window`` when it finds none.

    A sentence end never holds a plain character, so such a search goes on after one just
    as a search that starts there: the end is first looked for in the last :data:`_NEAR`
    characters only, and the whole window is searched only when they hold none."""
    if offset - _NEAR > window and (plain := _PLAIN.search(text, offset - _NEAR, offset)):
        end = _last_end(text, plain.end(), offset)
        if end is not None:
            return end
    end = _last_end(text, window, offset)
    return window if end is None else end


def _last_end(text: str, pos: int, offset: int) -> int | None:
    """Where the last match of ``_SENTENCE_END.finditer(text, pos, offset)`` ends."""
    end = None
    for m in _SENTENCE_END.finditer(text, pos, offset):
        end = m.end()
    return end


# Expressions that jump to where they can match: these run over every letter.
_COSTS_WORD = Expression(r"\b(buitengerechtelijke\s+)?incassokosten\b", re.IGNORECASE)
_PRINCIPAL_WORD = Expression(r"\bhoofdsom\b", re.IGNORECASE)
_NO_COSTS = re.compile(r"\bgeen\s+$", re.IGNORECASE)
_NOT_PRINCIPAL = re.compile(r"kosten|rente|totaal|btw|\d\s*(x|keer)\s*€", re.IGNORECASE)


def _amount_near(text: str, amounts: list[tuple[int, int, float]], word: tuple[int, int]) -> tuple[int, int, float] | None:
    """The amount that belongs to the word at ``word`` (start, end): one right before it ("€ 40 incassokosten"),
    else the first right after it in the same sentence or table row ("Incassokosten:
    € 40,00", "incassokosten van € 40"). Amounts further away belong to something else."""
    # Only the nearest amount either side can be the one: the gap to one further away holds
    # that gap, so it has the same break or too many words.
    start, end = word
    before = bisect.bisect_right(amounts, start, key=lambda a: a[1])
    if before and not _BREAK_OR_WORDS.search(text[amounts[before - 1][1] : start]):
        return amounts[before - 1]
    after = bisect.bisect_left(amounts, end, key=lambda a: a[0])
    if after < len(amounts) and not _BREAK_OR_MORE_WORDS.search(text[end : amounts[after][0]]):
        return amounts[after]
    return None


#: Between an amount and the word after it: at most a few short words, no sentence end (a
#: full stop before a capital: "incl. 21% btw" is no end).
#: Words are counted from where a word starts, possessively: a long row of characters
#: without spaces is read once, not once per character.
_BREAK_OR_WORDS = re.compile(r"[.?!]\s+(?=[A-ZÀ-Ý€])|[?!]\s|\n|(?<!\S)(?:\S++\s++){4}")
#: After the word the amount may come later: "incassokosten verschuldigd ten bedrage van € 75".
_BREAK_OR_MORE_WORDS = re.compile(r"[.?!]\s+(?=[A-ZÀ-Ý€])|[?!]\s|\n|(?<!\S)(?:\S++\s++){7}")


@_register
def bik_maximum(doc: Doc, document: Document, context: LetterContext) -> Iterator[Report]:
    """Collection costs above the BIK staffel for the principal the letter names.

    The costs are the amount that goes with the word "incassokosten"; the principal the
    amount that goes with "hoofdsom", else the largest amount in a clause that is not
    about costs, interest or totals (an instalment is always smaller than the principal). With "btw" on the costs' line or in their
    sentence, 21% VAT is allowed on top."""
    text = document.text
    words = _COSTS_WORD.spans(text)
    if not words:  # most letters: then there is nothing to compare
        return
    amounts = _amounts(text)
    costs = next(
        (a for word in words
         if not _NO_COSTS.search(text[max(0, word[0] - 10) : word[0]])
         and (a := _amount_near(text, amounts, word))),
        None,
    )
    if costs is None:
        return
    # "naast de hoofdsom incassokosten van € 275": that amount is the costs, not the principal.
    principal = next(
        (a for word in _PRINCIPAL_WORD.spans(text) if (a := _amount_near(text, amounts, word)) and a != costs), None
    )
    if principal is None:
        # Without the word "hoofdsom", the principal is the largest amount that is not
        # about costs, interest or totals.
        candidates = [a for a in amounts if not _NOT_PRINCIPAL.search(_clause(text, a[0]))]
        principal = max(candidates, key=lambda a: a[2], default=None)
    if principal is None or costs == principal:
        return
    start, end, value = costs
    near = _clause(text, start)
    allowed = bik_maximum_for(principal[2]) * (VAT if "btw" in near.lower() else 1)
    if value > allowed + 0.01:
        yield Report(Hit(start, end), {"value": _euro(value), "max": _euro(allowed), "principal": _euro(principal[2])})


def _clause(text: str, offset: int) -> str:
    """The sentence around an offset, cut at line ends (a table row is its own clause)."""
    start, end = _sentence_around(text, offset)
    start = max(start, text.rfind("\n", start, offset) + 1)
    line_end = text.find("\n", offset, end)
    return text[start : end if line_end < 0 else line_end]


def _euro(value: float) -> str:
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


# --- forms of address -------------------------------------------------------------------------

_FORMAL = frozenset({"u", "uw", "uzelf"})
_INFORMAL = frozenset({"je", "jij", "jou", "jouw", "jezelf", "jullie"})
_FORMS = _FORMAL | _INFORMAL


@_register
def mixed_address(doc: Doc, document: Document, context: LetterContext) -> Iterator[Report]:
    """Sentences that address the reader in the other form: "je" in a "u" letter or the
    reverse. Without a house style, the form used least is the odd one out."""
    # From the level estimate's token table, whose lower-case forms are made anyway: only
    # the tokens that are a form of address are looked at, picked out at C speed. (Imported
    # here: loading the rule packs asks this module for the names of its checks.)
    from .readability import token_table

    table = token_table(doc)
    lower = table.lower
    per_sentence: list[tuple[str, int, int, int]] = []
    for i in itertools.compress(range(len(lower)), map(_FORMS.__contains__, lower)):
        if table.kind[i] is None:
            style = "u" if lower[i] in _FORMAL else "je"
            sentence = table.sentence_of(i).start
            per_sentence.append((style, table.idx[i], table.idx[i] + len(table.text[i]), sentence))
    styles = [s for s, _, _, _ in per_sentence]
    odd = None
    if context.profile.house_style:
        odd = "je" if context.profile.house_style == "u" else "u"
    elif "u" in styles and "je" in styles:
        odd = "je" if styles.count("je") < styles.count("u") else "u"
    if odd is None:
        return
    seen_sentences: set[int] = set()
    for style, start, end, sentence in per_sentence:
        if style == odd and sentence not in seen_sentences:
            seen_sentences.add(sentence)
            yield Report(Hit(start, end), {"expected": "je" if odd == "u" else "u"})


# --- salutation -------------------------------------------------------------------------------

_IMPERSONAL = re.compile(
    r"^[ \t]*(geachte|beste)\s+(debiteur|klant|relatie|cliënt|client|lezer|huurder|abonnee|dames en heren"
    r"|heer\s*/\s*mevrouw|mevrouw\s*/\s*(heer|meneer)|heer\s+of\s+mevrouw|heer,\s*mevrouw)\b"
    r"(?![ \t]*[«{\[<%]|[ \t]+(?-i:[A-Z]))",  # "Geachte heer/mevrouw «Achternaam»" is personal
    re.IGNORECASE | re.MULTILINE,
)
_ALWAYS_IMPERSONAL = ("debiteur", "klant", "relatie", "cliënt", "client", "lezer", "huurder", "abonnee")
_NAME_KNOWN = Expression(r"\b(?i:de heer|dhr\.?|mevrouw|mevr\.?|mw\.?|familie|fam\.)[ \t]+[A-Z]")


@_register
def impersonal_salutation(doc: Doc, document: Document, context: LetterContext) -> Iterator[Report]:
    """"Geachte debiteur" always; "Geachte heer/mevrouw" when the letter does know the
    reader's name (a name field, or "mevrouw De Vries" in the address block)."""
    name_field = any(p.kind == "name" for p in document.placeholders)
    names: list[tuple[int, int]] | None = None  # looked for only when it decides
    for m in _IMPERSONAL.finditer(document.text):
        always = m.group(2).lower() in _ALWAYS_IMPERSONAL
        if not always and not name_field and names is None:
            names = _NAME_KNOWN.spans(document.text)
        if always or name_field or (names and names[0][1] <= m.start()):
            yield Report(Hit(m.start(1), m.end()))


# --- layout -------------------------------------------------------------------------------------


@_register
def pressure_formatting(doc: Doc, document: Document, context: LetterContext) -> Iterator[Report]:
    """Word paragraphs that shout through formatting: red text, or bold and underlined
    text in capitals. Plain bold headings are fine."""
    for block in document.blocks:
        style = block.style
        chars = style.get("chars") or 0
        if not chars:
            continue
        red = style.get("red", 0) > 0
        bold_underlined = style.get("bold", 0) >= chars / 2 and style.get("underline", 0) >= chars / 2
        if red or (bold_underlined and _in_capitals(block.text, style)):
            yield Report(Hit(block.start, block.end))


def _in_capitals(text: str, style: dict) -> bool:
    """Set in capitals by Word's "caps" formatting, or typed so (60% of the letters)."""
    return bool(style.get("caps", 0)) or sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text)


#: Tried only where a capital is (see :class:`.prefilter.Expression`): every block of every letter.
_CAPS_RUN = Expression(r"(?<![\w«{\[%<])[A-ZÀ-Þ]{2,}(?:[ \t]+[A-ZÀ-Þ]{2,}|[ \t]*[:!,-][ \t]*[A-ZÀ-Þ]{2,})*(?![\w»}\]%>])")
_CAPS_WORD = re.compile(r"[A-ZÀ-Þ]{2,}")
#: Capitalised words that are pressure even on their own ("BETAAL NU").
_PRESSURE_WORDS = frozenset(
    {"BETAAL", "BETALEN", "DIRECT", "NU", "ONMIDDELLIJK", "DRINGEND", "LAATSTE", "WAARSCHUWING",
     "SOMMATIE", "BESLAG", "DRINGENDE", "DEURWAARDER", "VERPLICHT", "DIRECTE", "SPOED", "URGENT",
     "ONTRUIMING", "DAGVAARDING", "BESLAGLEGGING", "ULTIMATUM", "GEBREKE"}
)
_SALUTATION = re.compile(r"^\s*(geachte|beste|hallo|hoi|lieve|dag)\b", re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(met vriendelijke groet|met vriendelijke groeten|hoogachtend|vriendelijke groet|groet)", re.IGNORECASE)


def _body_range(document: Document) -> range:
    """The blocks from after the letterhead up to the closing. The letterhead (a first
    block of short lines) and the signature after "Met vriendelijke groet" are often in
    capitals: a company name, not shouting."""
    blocks = document.blocks
    letterhead = len(blocks) >= 3 and all(len(line) < 60 for line in blocks[0].text.splitlines())
    first = 1 if letterhead else 0
    salutation = next((i for i, b in enumerate(blocks) if _SALUTATION.match(b.text)), 0)
    last = next((i for i in range(salutation, len(blocks)) if _CLOSING.match(blocks[i].text)), len(blocks))
    return range(first, last)


@_register
def shouting(doc: Doc, document: Document, context: LetterContext) -> Iterator[Report]:
    """Passages in capitals that shout: a pressure word ("LAATSTE", "BETAAL") anywhere in
    the letter, or three or more capitalised words in its body. Word headers and footers,
    and the letterhead and signature around the body, usually hold a company name."""
    body: range | None = None  # worked out only for a run that it decides
    for i, block in enumerate(document.blocks):
        if block.origin.part in ("header", "footer"):
            continue
        for start, end in _CAPS_RUN.spans(block.text):
            words = _CAPS_WORD.findall(block.text, start, end)
            if not _PRESSURE_WORDS.intersection(words):
                if len(words) < 3:
                    continue
                if body is None:
                    body = _body_range(document)
                if i not in body:
                    continue
            hit = Hit(block.start + start, block.start + end)
            if not in_placeholder(document, hit):
                yield Report(hit)
