"""What a rule's regex or token pattern cannot match without: cheap tests that let the
engine skip the expensive matching where it cannot find anything.

Running every regular expression of the rule packs over every letter, and spaCy's Matcher
over every token, costs more than spaCy's own pipeline. Most expressions need a word or a
character that most letters lack ("!!", "werkgever"), and Python's ``re`` cannot skip ahead
to such a word itself. The tests here are exact: they only ever skip work that would have
found nothing, so the findings stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre, _parser as sre_parse  # the parse tree of re itself
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: The only characters that ``re.IGNORECASE`` matches with an ASCII character that
#: ``str.lower`` does not turn them into (dotted and dotless i, long s). In a text with one
#: of these, no expression is skipped.
_CASE_TRAPS = frozenset("\u0130\u0131\u017f")
#: Longest literal kept from a repeat ("!{2,}" needs "!!").
_MAX_REPEAT_LITERAL = 4


def required_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII strings that every match of ``pattern`` contains: of each
    set at least one. Empty when the expression needs no such string (or is too intricate
    to tell)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except re.error:
        return ()
    return tuple(frozenset(s) for s in _sequence(list(tree)) if s and all(s))


def _sequence(items: Sequence[tuple[Any, Any]]) -> list[set[str]]:
    """The requirements of a sequence of parsed items: runs of literal characters, and
    what groups, alternatives and repeats of at least one need."""
    found: list[set[str]] = []
    run = ""
    for op, av in items:
        char = chr(av) if op is sre.LITERAL else ""
        if char and char.isascii():
            run += char.lower()
            continue
        if run:
            found.append({run})
            run = ""
        if op is sre.SUBPATTERN:
            found += _sequence(list(av[3]))
        elif op is sre.BRANCH:
            options = [_best(_sequence(list(alternative))) for alternative in av[1]]
            if all(options):
                found.append(set().union(*options))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            body = _sequence(list(av[2]))
            if len(av[2]) == 1 and body and len(body[0]) == 1:
                (single,) = body[0]
                body = [{single * min(av[0], _MAX_REPEAT_LITERAL)}]
            found += body
    if run:
        found.append({run})
    return found


def _best(requirements: list[set[str]]) -> set[str]:
    """The most telling requirement of an alternative: the one whose shortest string is
    longest (empty when it has none)."""
    return max(requirements, key=lambda s: min(map(len, s)), default=set())


class Folded:
    """A letter's text in lower case, for the literal tests; answers are remembered, since
    many expressions ask for the same words."""

    def __init__(self, text: str) -> None:
        self.exact = not _CASE_TRAPS.intersection(text)
        self._text = text.lower()
        self._known: dict[str, bool] = {}

    def has(self, literal: str) -> bool:
        known = self._known.get(literal)
        if known is None:
            known = self._known[literal] = literal in self._text
        return known

    def may_match(self, requirements: Iterable[frozenset[str]]) -> bool:
        """False only if some requirement has none of its strings in the text."""
        return not self.exact or all(any(self.has(s) for s in options) for options in requirements)


#: Token attributes that a pattern's words can pin down.
_ANCHOR_ATTRS = ("LOWER", "NORM")
#: A token a pattern needs: (attribute, the hashes of its words), or ("REGEX", an
#: expression on the lower-case form).
Need = tuple[str, Any]


class AnchoredMatcher:
    """spaCy's Matcher, run only on the stretches of a letter where its patterns can match.

    Most token patterns need a certain token exactly once (``{LOWER: werkgever}``, one word
    of an ``IN`` list, a ``REGEX`` on the lower-case form), and a match lies within the
    pattern's longest length of it. For each letter, each pattern is looked for around the
    needed token that is rarest in that letter; a pattern with a token the letter lacks is
    not looked for at all. Patterns without such a token or without a longest length are
    matched over the whole letter. The matches are exactly those of the Matcher over the
    whole letter: every stretch it runs on is part of the letter.
    """

    def __init__(self, vocab: Vocab) -> None:
        from spacy.matcher import Matcher

        self._vocab = vocab
        self._anchored = Matcher(vocab)
        self._everywhere = Matcher(vocab)
        #: Per anchored pattern: its longest length and the tokens it needs.
        self._needs: list[tuple[int, list[Need]]] = []

    def __len__(self) -> int:
        return len(self._anchored) + len(self._everywhere)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        for pattern in patterns:
            needs, length = self._needed(pattern), _longest(pattern)
            if needs and length:
                self._needs.append((length, needs))
                self._anchored.add(key, [pattern])
            else:
                self._everywhere.add(key, [pattern])

    def _needed(self, pattern: list[dict[str, Any]]) -> list[Need]:
        """The tokens a match must hold once: specs without an operator that name words
        (or an expression) for LOWER or NORM."""
        needs: list[Need] = []
        for spec in pattern:
            if "OP" in spec:
                continue
            for attr in _ANCHOR_ATTRS:
                value = spec.get(attr)
                if isinstance(value, dict) and set(value) == {"REGEX"} and attr == "LOWER":
                    needs.append(("REGEX", re.compile(value["REGEX"])))
                    continue
                if isinstance(value, dict) and set(value) == {"IN"}:
                    value = value["IN"]
                words = [value] if isinstance(value, str) else value
                if isinstance(words, list) and words and all(isinstance(w, str) for w in words):
                    needs.append((attr, frozenset(self._vocab.strings.add(w) for w in words)))
        return needs

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every match in ``doc``."""
        from spacy.attrs import LOWER, NORM

        matches = list(self._everywhere(doc)) if len(self._everywhere) else []
        if not len(self._anchored) or not len(doc):
            return matches
        where: dict[str, dict[int, list[int]]] = {attr: {} for attr in _ANCHOR_ATTRS}
        for i, values in enumerate(doc.to_array([LOWER, NORM]).tolist()):
            for attr, value in zip(_ANCHOR_ATTRS, values):
                where[attr].setdefault(value, []).append(i)
        found: dict[Need, list[int]] = {}

        def positions(need: Need) -> list[int]:
            if need not in found:
                attr, value = need
                if attr == "REGEX":
                    strings = self._vocab.strings
                    hashes = [h for h in where["LOWER"] if value.search(strings[h])]
                    found[need] = sorted(i for h in hashes for i in where["LOWER"][h])
                else:
                    found[need] = [i for h in value & where[attr].keys() for i in where[attr][h]]
            return found[need]

        n = len(doc)
        spans = sorted(
            (max(0, i - length + 1), min(n, i + length))
            for length, needs in self._needs
            for i in min((positions(need) for need in needs), key=len)
        )
        windows: list[list[int]] = []
        for start, end in spans:
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        for start, end in windows:
            matches += [(key, start + s, start + e) for key, s, e in self._anchored(doc[start:end])]
        return matches


def _longest(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a pattern can match; None when it has no limit."""
    total = 0
    for spec in pattern:
        op = spec.get("OP")
        if op in (None, "?", "!", "1"):
            total += 1
            continue
        bounds = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op) if isinstance(op, str) else None
        if bounds is None:
            return None  # "*", "+"
        low, high = bounds.group(1), bounds.group(2)
        if high is None and "," not in op:
            total += int(low)
        elif high:
            total += int(high)
        else:
            return None  # "{n,}"
    return total
