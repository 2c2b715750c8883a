"""What a rule's regex or token pattern cannot match without: cheap tests that let the
engine skip the expensive matching where it cannot find anything.

Running every regular expression of the rule packs over every letter, and spaCy's Matcher
over every token, costs more than spaCy's own pipeline. Most expressions need a word or a
character that most letters lack ("!!", "werkgever"), and Python's ``re`` cannot skip ahead
to such a word itself, nor to the few characters a match can start with. Token patterns
need a word, and are only tried around it. The tests here are exact: they only ever skip
work that would have found nothing, so the findings stay the same.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from re import _constants as sre, _parser as sre_parse  # the parse tree of re itself
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ahocorasick
    import numpy as np
    from numpy.typing import NDArray
    from spacy.matcher import Matcher
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
    return _required(tree)


def _required(tree: sre_parse.SubPattern) -> tuple[frozenset[str], ...]:
    """required_literals of a parsed expression."""
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


#: Most strings kept as what an expression's matches start with: alternatives that follow
#: each other multiply them.
_MAX_LEADS = 64


def _leads(items: Sequence[tuple[Any, Any]]) -> frozenset[str]:
    """Lower-case ASCII strings one of which every match of a parsed expression starts
    with; empty when that is not known.

    With no case trap in a text (see :class:`Folded`), a match starts where its text in
    lower case starts with one of them: every character that an ASCII character matches,
    case rules and all, is that character in lower case, and lower case keeps each
    character in its place. A lead that starts with another lead adds no place to look."""
    closed, open_ = _starting(items)
    leads = closed | open_
    if "" in leads:
        return frozenset()
    return frozenset(s for s in leads if not any(s != t and s.startswith(t) for t in leads))


def _starting(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], set[str]]:
    """What the matches of a parsed sequence start with: strings after which they go on
    with something else (closed), and strings that are the whole match of the sequence
    (open), which what follows the sequence lengthens. The empty string: not known."""
    closed: set[str] = set()
    open_ = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next character comes after it
        inner = _starting_item(op, av)
        if inner is None or len(open_) * len(inner[0] | inner[1]) > _MAX_LEADS:
            return closed | open_, set()
        closed |= {start + s for start in open_ for s in inner[0]}
        open_ = {start + s for start in open_ for s in inner[1]}
        if not open_:
            break
    return closed, open_


def _starting_item(op: Any, av: Any) -> tuple[set[str], set[str]] | None:
    """_starting of one parsed item; None when it is not known."""
    if op is sre.LITERAL:
        return (set(), {chr(av).lower()}) if chr(av).isascii() else None
    if op is sre.IN and all(o is sre.LITERAL and chr(a).isascii() for o, a in av):
        return set(), {chr(a).lower() for _, a in av}
    if op is sre.SUBPATTERN:
        return _starting(list(av[3]))
    if op is sre.BRANCH:
        options = [_starting(list(option)) for option in av[1]]
        return set().union(*(c for c, _ in options)), set().union(*(o for _, o in options))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        closed, open_ = _starting(list(av[2]))
        return closed | open_, set()  # another round may follow
    return None


class Folded:
    """A letter's text in lower case, for the literal tests; answers are remembered, since
    many expressions ask for the same words."""

    def __init__(self, text: str) -> None:
        self.exact = not any(trap in text for trap in _CASE_TRAPS)
        #: The text in lower case.
        self.text = text.lower()
        self._known: dict[str, bool] = {}

    def may_match(self, requirements: Iterable[Iterable[str]]) -> bool:
        """False only if some requirement has none of its strings in the text."""
        if not self.exact:
            return True
        known, text = self._known, self.text  # plain loops: this runs for every expression
        for options in requirements:
            for literal in options:
                found = known.get(literal)
                if found is None:
                    found = known[literal] = literal in text
                if found:
                    break
            else:
                return False
        return True


class Expression:
    """A regular expression that finds exactly what ``re`` finds, but only tries to match
    where a match can start.

    Python's ``re`` tries an expression at every position of the text, unless it starts
    with a literal or a set of characters that are not cased. Rule expressions start with
    ``\\b`` and a cased word, or with lookbehinds, under IGNORECASE: so each is tried at all
    of a letter's ~1700 positions. When every match must start with one of a known set of
    characters, a second expression that starts with exactly that set (without IGNORECASE,
    so ``re`` does jump ahead to it) finds where the matches start; the expression itself
    then matches at that spot. That second expression is made when first needed: an
    :class:`ExpressionMatcher` rarely needs it, and compiling it is most of the cost of
    compiling the rules.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        #: What the text must contain for the expression to match (see :class:`Folded`).
        self.needs: tuple[tuple[str, ...], ...]
        #: Lower-case strings one of which every match starts with (see :func:`_leads`);
        #: empty when that is not known.
        self.leads: frozenset[str]
        self.needs, self.leads = _analysed(pattern, flags)

    @functools.cached_property
    def _starts(self) -> re.Pattern[str] | None:
        """_starts_only of the expression."""
        return _starts_for(self.pattern.pattern, self.pattern.flags)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each non-empty match that ``finditer`` finds in ``text``."""
        if self._starts is None:
            return [m.span() for m in self.pattern.finditer(text) if m.end() > m.start()]
        found: list[tuple[int, int]] = []
        search, match = self._starts.search, self.pattern.match
        pos = 0
        # Where _starts matches, so does the expression; its matches are never empty (see
        # _starts_only), so finditer goes on where the last one ends.
        while start := search(text, pos):
            pos = match(text, start.start()).end()  # type: ignore[union-attr]
            found.append((start.start(), pos))
        return found

    def spans_from(self, text: str, starts: Iterable[int]) -> list[tuple[int, int]]:
        """:meth:`spans`, given (in order) every place where a match can start: where a
        lead is. Matches that start with a lead are never empty, so finditer goes on where
        the last one ends."""
        found: list[tuple[int, int]] = []
        match = self.pattern.match
        pos = 0
        for start in starts:
            if start >= pos and (matched := match(text, start)):
                pos = matched.end()
                found.append((start, pos))
        return found

    def count(self, text: str) -> int:
        """How many matches ``finditer`` finds in ``text``, empty ones too."""
        if self._starts is None:
            return sum(1 for _ in self.pattern.finditer(text))
        return len(self.spans(text))

    def search(self, text: str) -> bool:
        """Does the expression match anywhere in ``text``?"""
        return bool((self._starts or self.pattern).search(text))

    def occurs(self, text: str, folded: Folded) -> bool:
        """:meth:`search`, skipped when ``folded`` (``text`` as a :class:`Folded`, shared
        by the expressions that look at one text) lacks what a match needs."""
        return folded.may_match(self.needs) and self.search(text)

    def sub(self, replacement: str, text: str) -> str:
        """``text`` with each match replaced by ``replacement`` (taken as it is, without
        group references), as ``pattern.sub`` does; ``text`` itself when nothing matches."""
        if self._starts is None:
            return self.pattern.sub(lambda _: replacement, text)
        parts: list[str] = []
        end = 0
        for start, stop in self.spans(text):
            parts += [text[end:start], replacement]
            end = stop
        return "".join([*parts, text[end:]]) if parts else text


def _holds(text: str, options: Iterable[str]) -> bool:
    """Does ``text`` hold one of ``options``?"""
    return any(option in text for option in options)


#: Shortest literal that :class:`ExpressionMatcher` finds in its pass over the letter
#: as a requirement: shorter ones ("de", "u") are in nearly every letter, where each place
#: found costs a step; ``in`` finds those soon (see :class:`Folded`).
_MIN_FOUND_NEED = 3
#: An expression of an :class:`ExpressionMatcher`, with what it needs and starts with.
_Listed = tuple[str, Expression, list[frozenset[int]], tuple[tuple[str, ...], ...], list[tuple[int, int]]]


class ExpressionMatcher:
    """Keyed regular expressions, run over a letter together: for each expression, what
    :meth:`Expression.spans` finds.

    Testing each literal that the expressions need with ``in`` costs a scan of the letter
    for each literal it lacks, and most expressions still scan the letter for their first
    characters. One Aho-Corasick pass over the letter in lower case finds every literal
    that some expression needs and every lead (:attr:`Expression.leads`), overlapping ones
    too: an expression that lacks one of its needs is skipped, and one with leads is only
    matched where a lead is, which most letters lack. In a text with a case trap, where
    lower case may move characters, each expression runs on its own.
    """

    def __init__(self) -> None:
        #: Per expression: its key, itself, its needs of long literals and of a lead (by
        #: number; at least one of each), its other needs, and its leads (by number, with
        #: how far each ends after the match's start).
        self._expressions: list[_Listed] = []
        #: Every literal looked for, numbered.
        self._literals: dict[str, int] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def __len__(self) -> int:
        """How many expressions there are."""
        return len(self._expressions)

    def add(self, key: str, patterns: Iterable[str], flags: int) -> None:
        """Add expressions whose matches are listed under ``key``."""
        for pattern in patterns:
            expression = Expression(pattern, flags)
            leads = expression.leads
            # A need that every lead holds is met wherever a lead is: looking for it adds nothing.
            needs = [o for o in expression.needs if not (leads and all(_holds(lead, o) for lead in leads))]
            found = [frozenset(map(self._number, o)) for o in needs if len(o[0]) >= _MIN_FOUND_NEED]
            others = tuple(o for o in needs if len(o[0]) < _MIN_FOUND_NEED)
            numbered = [(self._number(lead), len(lead) - 1) for lead in leads]
            if numbered:  # a match starts at a lead: one of them must be there too
                found.append(frozenset(number for number, _ in numbered))
            self._expressions.append((key, expression, found, others, numbered))

    def _number(self, literal: str) -> int:
        """The number of a literal, which is added if it is new."""
        if literal not in self._literals:
            self._literals[literal] = len(self._literals)
            self._automaton = None
        return self._literals[literal]

    def __call__(self, text: str, folded: Folded | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
        """(key, spans) of each expression that matches ``text``, in the order added;
        ``folded`` is ``text`` as a :class:`Folded`, when the caller has made one."""
        folded = folded if folded is not None else Folded(text)
        if not folded.exact:
            return [(key, spans) for key, expression, *_ in self._expressions if (spans := expression.spans(text))]
        ends: defaultdict[int, list[int]] = defaultdict(list)
        for end, number in self._literal_finder().iter(folded.text) if self._literals else ():
            ends[number].append(end)
        present = set(ends)
        found = []
        for key, expression, needs, others, leads in self._expressions:
            if any(options.isdisjoint(present) for options in needs) or not folded.may_match(others):
                continue
            if leads:
                starts = sorted({end - back for number, back in leads for end in ends.get(number, ())})
                spans = expression.spans_from(text, starts)
            else:
                spans = expression.spans(text)
            if spans:
                found.append((key, spans))
        return found

    def _literal_finder(self) -> ahocorasick.Automaton:
        """The Aho-Corasick automaton of every literal: (where it ends, its number)."""
        if self._automaton is None:
            import ahocorasick

            self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for literal, number in self._literals.items():
                self._automaton.add_word(literal, number)
            self._automaton.make_automaton()
        return self._automaton


#: Characters whose matching is worked out when an expression is compiled: the Basic
#: Multilingual Plane. Every character beyond it counts as a possible start (letters rarely
#: hold one); ``re`` would take long to compile a class that lists those one by one.
_ALPHABET_END = 0x10000
#: Expressions that can start with more than this many of the 95 printable ASCII
#: characters are tried everywhere: jumping ahead would save little.
_MAX_PRINTABLE_STARTS = 40
_PRINTABLE = frozenset(map(chr, range(0x20, 0x7F)))
#: A single character: (opcode, argument, flags in force).
_Atom = tuple[Any, Any, int]
#: Class items of the parse tree written back as expression text.
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


@functools.cache
def _analysed(pattern: str, flags: int) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """What an :class:`Expression` knows of ``pattern``, worked out once per process (every
    Checker asks): its leads, and its required literals in the order that settles
    :meth:`Folded.may_match` soonest. Long strings are the rarest, so the requirements
    whose strings are all long come first; within one, short strings come first, as they
    are the likeliest to be found, and early."""
    tree = sre_parse.parse(pattern, re.compile(pattern, flags).flags)
    needs = [tuple(sorted(options, key=lambda s: (len(s), s))) for options in _required(tree)]
    return tuple(sorted(needs, key=lambda options: -len(options[0]))), _leads(list(tree))


@functools.cache
def _starts_for(pattern: str, flags: int) -> re.Pattern[str] | None:
    """_starts_only of ``pattern``, worked out once per process."""
    compiled = re.compile(pattern, flags)
    return _starts_only(compiled, sre_parse.parse(pattern, compiled.flags))


def _starts_only(pattern: re.Pattern[str], tree: sre_parse.SubPattern) -> re.Pattern[str] | None:
    """An expression that matches a character where ``pattern`` matches, and nowhere else;
    None when the characters a match can start with are unknown or too common.

    ``(?-i:[...])`` holds every character that a match can start with; the lookbehind
    steps back over it and matches ``pattern`` from there as a lookahead, which sees the
    whole text around it as ``pattern`` itself does.
    """
    if pattern.flags & re.VERBOSE:
        return None  # a trailing comment would swallow the rest
    first = _first_atoms(list(tree), pattern.flags)
    if tree.getwidth()[0] == 0 or first is None or first[1]:
        return None  # an empty match can be anywhere
    ones: list[tuple[str, int]] = []
    for op, av, flags in first[0]:
        if op not in (sre.LITERAL, sre.IN):
            return None  # "." or [^x]: nearly everything
        one = _char(av) if op is sre.LITERAL else "[" + "".join(map(_class_item, av)) + "]"
        ones.append((one, flags & (re.IGNORECASE | re.ASCII)))
    # ASCII first: it tells most expressions that start too widely ("\w", "[^.]") without
    # working through the whole alphabet.
    ascii_starts = frozenset().union(*(_matched_chars(one, flags, 0x80) for one, flags in ones))
    if len(ascii_starts & _PRINTABLE) > _MAX_PRINTABLE_STARTS:
        return None
    chars = frozenset().union(*(_matched_chars(one, flags, _ALPHABET_END) for one, flags in ones))
    if tree[0][0] in (sre.LITERAL, sre.IN) and not (pattern.flags & re.IGNORECASE and _cased(chars)):
        return None  # re itself jumps ahead to a first character that case does not change
    starts = _runs(sorted(map(ord, chars))) + f"{_char(_ALPHABET_END)}-{_char(sys.maxunicode)}"
    try:
        return re.compile(rf"(?-i:[{starts}])(?<=(?={pattern.pattern})[\s\S])", pattern.flags)
    except re.error:
        return None  # flags set inside the expression, which must stay at its start


def _first_atoms(items: Sequence[tuple[Any, Any]], flags: int) -> tuple[list[_Atom], bool] | None:
    """The single characters of a parsed sequence that can match its first character, and
    whether the sequence can match nothing at all; None for a backreference or a
    conditional, which this does not follow."""
    atoms: list[_Atom] = []
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the first character comes after it
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            return [*atoms, (op, av, flags)], False
        if op is sre.SUBPATTERN:
            inner = _first_atoms(list(av[3]), (flags | av[1]) & ~av[2])
            low = 1
        elif op is sre.ATOMIC_GROUP:
            inner, low = _first_atoms(list(av), flags), 1
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner, low = _first_atoms(list(av[2]), flags), av[0]
        elif op is sre.BRANCH:
            options = [_first_atoms(list(option), flags) for option in av[1]]
            if any(option is None for option in options):
                return None
            inner = ([a for found, _ in options for a in found], any(empty for _, empty in options))  # type: ignore[misc]
            low = 1
        else:
            return None
        if inner is None:
            return None
        atoms += inner[0]
        if low and not inner[1]:
            return atoms, False
    return atoms, True


def _cased(chars: Iterable[str]) -> bool:
    """Does one of ``chars`` have another case?"""
    return any(c.lower() != c.upper() for c in chars)


def _class_item(item: tuple[Any, Any]) -> str:
    """One item of a parsed character class, as expression text."""
    op, av = item
    if op is sre.NEGATE:
        return "^"
    if op is sre.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is sre.CATEGORY:
        return _CATEGORIES[av]
    return _char(av)


def _char(code: int) -> str:
    """A character as an escape that means itself anywhere in an expression."""
    return f"\\U{code:08x}"


def _runs(codes: list[int]) -> str:
    """Sorted characters (their codes) as the inside of a character class, each run of
    consecutive ones as a range: ``re`` takes long to read a class of a thousand digits
    one by one."""
    parts = []
    for _, run in itertools.groupby(enumerate(codes), key=lambda item: item[1] - item[0]):
        codes_in_run = [code for _, code in run]
        first, last = codes_in_run[0], codes_in_run[-1]
        parts.append(_char(first) if first == last else f"{_char(first)}-{_char(last)}")
    return "".join(parts)


@functools.cache
def _matched_chars(one: str, flags: int, end: int) -> frozenset[str]:
    """The characters below ``end`` that the single-character expression ``one`` matches:
    ``re`` itself says so, case rules and all."""
    return frozenset(re.findall(one, _alphabet(end), flags))


@functools.cache
def _alphabet(end: int) -> str:
    """Every character below ``end``."""
    return "".join(map(chr, range(end)))


#: Token attributes that a pattern's words can pin down.
_ANCHOR_ATTRS = ("LOWER", "NORM")
#: How many words' matches of the token expressions are kept before they are forgotten:
#: a long-running server sees ever more words.
_MAX_KNOWN_WORDS = 200_000
#: A token a pattern needs: (attribute, the hashes of its words), or ("REGEX", an
#: expression on the lower-case form).
Need = tuple[str, Any]


class AnchoredMatcher:
    """spaCy's Matcher, run only on the stretches of a letter where its patterns can match.

    Most token patterns need a certain token exactly once (``{LOWER: werkgever}``, one word
    of an ``IN`` list, a ``REGEX`` on the lower-case form), and a match lies within the
    pattern's longest length of it. For each letter, each pattern is looked for around the
    needed token that is rarest in that letter, where its other needed tokens are near; a
    pattern with a token the letter lacks is not looked for at all. Patterns without such a
    token or without a longest length are matched over the whole letter. The matches are
    exactly those of the Matcher over the whole letter: every stretch it runs on is part of
    the letter, and holds every match around its token.

    It learns which words meet the REGEX needs as letters come, so, like a spaCy pipeline,
    it checks one letter at a time.
    """

    def __init__(self, vocab: Vocab) -> None:
        from spacy.matcher import Matcher

        self._vocab = vocab
        self._everywhere = Matcher(vocab)
        #: Per anchored pattern: a Matcher of its own, its longest length and the tokens it
        #: needs (numbers in _needs). A Matcher costs per token for each of its patterns,
        #: and most stretches are there for one pattern only.
        self._anchored: list[tuple[Matcher, int, list[int]]] = []
        #: Every token that some pattern needs, once.
        self._needs: dict[Need, int] = {}
        #: Per attribute: per word hash, the needs it meets.
        self._words: dict[str, dict[int, list[int]]] = {attr: {} for attr in _ANCHOR_ATTRS}
        #: Per lower-case form seen (its hash): the REGEX needs it meets. Words recur from
        #: letter to letter, so each is tried once (up to _MAX_KNOWN_WORDS).
        self._matched_by: dict[int, tuple[int, ...]] = {}
        #: The lower-case forms seen that meet a REGEX need.
        self._meeting: set[int] = set()
        #: Per attribute, the sorted hashes that meet a need; made when first needed,
        #: dropped when the needs or the words seen change them.
        self._lookup: dict[str, NDArray[np.uint64]] = {}

    def __len__(self) -> int:
        """How many patterns are anchored, plus how many keys are matched everywhere: 0
        when there is nothing to match."""
        return len(self._anchored) + len(self._everywhere)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        from spacy.matcher import Matcher

        for pattern in patterns:
            needs, length = self._needed(pattern), _longest(pattern)
            if not (needs and length):
                self._everywhere.add(key, [pattern])
                continue
            matcher = Matcher(self._vocab)
            matcher.add(key, [pattern])
            self._anchored.append((matcher, length, [self._number(need) for need in needs]))

    def _number(self, need: Need) -> int:
        """The number of a need, which is added if it is new."""
        if need not in self._needs:
            number = self._needs[need] = len(self._needs)
            attr, value = need
            if attr == "REGEX":
                self._forget()
            else:
                for word in value:
                    self._words[attr].setdefault(word, []).append(number)
            self._lookup.clear()
        return self._needs[need]

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
        """(match id, start, end) of every match in ``doc``, each once."""
        matches = list(self._everywhere(doc)) if len(self._everywhere) else []
        if not self._anchored or not len(doc):
            return matches
        found = self._positions(doc)
        n = len(doc)
        for matcher, length, needs in self._anchored:
            where = [found[need] for need in needs]
            if not all(where):
                continue  # most patterns: a token they need is not in the letter
            windows: list[list[int]] = []
            rarest = min(where, key=len)
            for i in rarest:
                # A match around i holds every needed token less than its length from i.
                if not all(_near(positions, i, length) for positions in where if positions is not rarest):
                    continue
                start, end = max(0, i - length + 1), min(n, i + length)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
            for start, end in windows:
                matches += [(key, start + s, start + e) for key, s, e in matcher(doc[start:end])]
        # Two patterns of one key can find the same words; the Matcher lists them once.
        return list(dict.fromkeys(matches))

    def _positions(self, doc: Doc) -> list[list[int]]:
        """Per need (by number): where in ``doc`` it is met, in order."""
        import numpy as np
        from spacy.attrs import LOWER, NORM

        table = doc.to_array([LOWER, NORM])
        self._learn(table[:, 0].tolist())
        found: list[list[int]] = [[] for _ in self._needs]
        for column, attr in enumerate(_ANCHOR_ATTRS):
            lookup, values = self._looked_for(attr), table[:, column]
            if not len(lookup):
                continue
            # A sorted search in C: a token meets a need iff the hash found is its own.
            rows = np.flatnonzero(lookup[np.minimum(np.searchsorted(lookup, values), len(lookup) - 1)] == values)
            words = self._words[attr]
            for i, value in zip(rows.tolist(), values[rows].tolist()):
                for need in words.get(value, ()):
                    found[need].append(i)
                if attr == "LOWER":
                    for need in self._matched_by[value]:
                        found[need].append(i)
        return found

    def _learn(self, lowers: list[int]) -> None:
        """Try the REGEX needs on the lower-case forms (hashes) not seen before."""
        new = set(lowers).difference(self._matched_by)
        if len(self._matched_by) + len(new) > _MAX_KNOWN_WORDS:
            self._forget()
            new = set(lowers)
        expressions = [(number, value) for (attr, value), number in self._needs.items() if attr == "REGEX"]
        for lower in new:
            text = self._vocab.strings[lower]
            met = self._matched_by[lower] = tuple(number for number, e in expressions if e.search(text))
            if met:
                self._meeting.add(lower)
                self._lookup.pop("LOWER", None)

    def _forget(self) -> None:
        """Forget which words meet the REGEX needs."""
        self._matched_by.clear()
        self._meeting.clear()
        self._lookup.pop("LOWER", None)

    def _looked_for(self, attr: str) -> NDArray[np.uint64]:
        """The sorted hashes of ``attr`` that meet a need."""
        import numpy as np

        lookup = self._lookup.get(attr)
        if lookup is None:
            hashes = self._words[attr].keys() | (self._meeting if attr == "LOWER" else set())
            lookup = self._lookup[attr] = np.array(sorted(hashes), dtype=np.uint64)
        return lookup


def _near(positions: list[int], i: int, length: int) -> bool:
    """Is one of ``positions`` (in order) less than ``length`` away from ``i``?"""
    k = bisect.bisect_left(positions, i - length + 1)
    return k < len(positions) and positions[k] < i + length


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
