"""The shortcuts of lettercheck/prefilter.py skip only work that would find nothing: on real
letters they give exactly the matches of running every expression and the plain Matcher."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lettercheck import lettertype
from lettercheck import nlp as pipeline
from lettercheck import prefilter
from lettercheck.analysis import Linter
from lettercheck.prefilter import AnchoredMatcher, Expression, ExpressionMatcher, Folded, required_literals
from lettercheck.readers import read_document
from lettercheck.rulepack import load_rules

from conftest import CORPUS

LETTERS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))
FIELDS = ("match", "unless", "when", "except_when", "if_", "any_of")


def _rule_matchers():
    return [(rule.id, getattr(rule, f)) for rule in load_rules() for f in FIELDS]


def _rule_expressions() -> list[tuple[str, int]]:
    """Every expression of the rule packs with its flags, and those of lettertype."""
    found = [
        (expression, 0 if matchers.case_sensitive else re.IGNORECASE)
        for _, matchers in _rule_matchers()
        for expression in matchers.regex
    ]
    cues = [cue for _, _, cue in lettertype._CUES]
    found += [(e, re.IGNORECASE | re.DOTALL) for cue in cues for e in (cue if isinstance(cue, tuple) else (cue,))]
    found += [(e.pattern.pattern, e.pattern.flags) for e in (lettertype._GENERIC, lettertype._NOT_SENT, lettertype._TITLE)]
    return found


EXPRESSIONS = _rule_expressions()


def _same_as_re(expression: Expression, text: str) -> None:
    """Expression finds in ``text`` what its compiled pattern finds, however it is asked."""
    pattern = expression.pattern
    matches = list(pattern.finditer(text))
    assert expression.spans(text) == [m.span() for m in matches if m.end() > m.start()], pattern.pattern
    assert expression.count(text) == len(matches), pattern.pattern
    assert expression.search(text) == bool(pattern.search(text)), pattern.pattern
    assert expression.sub(" ", text) == pattern.sub(" ", text), pattern.pattern


def _same_as_each_re(matcher: ExpressionMatcher, expressions: list[tuple[str, int]], text: str) -> None:
    """The matcher finds in ``text`` what each of ``expressions`` (keyed by number) finds
    with finditer, its non-empty matches."""
    expected = []
    for key, (expression, flags) in enumerate(expressions):
        spans = [m.span() for m in re.finditer(expression, text, flags) if m.end() > m.start()]
        if spans:
            expected.append((str(key), spans))
    assert matcher(text) == expected


def _matcher_of(expressions: list[tuple[str, int]]) -> ExpressionMatcher:
    matcher = ExpressionMatcher()
    for key, (expression, flags) in enumerate(expressions):
        matcher.add(str(key), [expression], flags)
    return matcher


def test_required_literals_of_typical_expressions() -> None:
    assert required_literals(r"[^.?!\n]{0,60}!{2,}") == (frozenset({"!!"}),)
    assert required_literals(r"\b(termijnen|delen)\b") == (frozenset({"termijnen", "delen"}),)
    assert required_literals(r"\bBKR\b", re.IGNORECASE) == (frozenset({"bkr"}),)
    # An optional part or a lookaround is not required; a character class is no literal.
    assert required_literals(r"(ge)?betaald") == (frozenset({"betaald"}),)
    assert required_literals(r"(?<!€ )\d+") == ()


def test_case_traps_turn_the_shortcut_off() -> None:
    """re.IGNORECASE matches "ı" and "ſ" with i and s; str.lower does not turn them into those."""
    pattern = re.compile(r"\bbkr\b", re.IGNORECASE)
    for text in ("uw gegevens bij het BKR", "het BKR", "dus"):
        folded = Folded(text)
        assert folded.may_match(required_literals(pattern.pattern, pattern.flags)) == bool(pattern.search(text))
    text = "zie ſite"
    assert re.search("site", text, re.IGNORECASE) and Folded(text).may_match(required_literals("site", re.IGNORECASE))


def test_no_rule_expression_is_skipped_where_it_matches() -> None:
    """Those of lettertype too, and as Expression orders what they need."""
    texts = [read_document(path).text for path in LETTERS]
    checked = 0
    for expression, flags in EXPRESSIONS:
        needs = Expression(expression, flags).needs
        assert sorted(map(sorted, needs)) == sorted(map(sorted, required_literals(expression, flags)))
        pattern = re.compile(expression, flags)
        for text in texts:
            if pattern.search(text):
                assert Folded(text).may_match(needs), expression
                checked += 1
    assert checked > 100


def test_expressions_find_what_re_finds_in_every_letter() -> None:
    """Expressions that jump to where a match can start find every match of finditer, on
    every example letter; nearly all of them do jump."""
    texts = [read_document(path).text for path in LETTERS]
    expressions = [Expression(e, flags) for e, flags in EXPRESSIONS]
    assert sum(e._starts is not None for e in expressions) > 0.8 * len(expressions)
    found = 0
    for expression in expressions:
        for text in texts:
            _same_as_re(expression, text)
            found += expression.count(text)
    assert found > 500


def test_leads_are_what_every_match_starts_with() -> None:
    def leads(pattern: str, flags: int = re.IGNORECASE) -> set[str]:
        return set(Expression(pattern, flags).leads)

    # re's parser takes "n" out of niet|nooit|niets; the leads follow the words through.
    assert leads(r"\b(niet|nooit|niets)\s+(door|aan)\b|\bmet\s+niemand\b") == {"niet", "nooit", "met"}
    assert leads(r"(?<![\w.])(t\.a\.v|c\.q)\.?") == {"t.a.v", "c.q"}
    assert leads(r"\b(ma(andag)?|di)\b") == {"ma", "di"}
    assert leads(r"(?:ab)+c") == {"ab"} and leads(r"(a|b)(c|d)") == {"ac", "ad", "bc", "bd"}
    assert leads(r"\bBKR", 0) == {"bkr"} and leads(r"[Tt]ot") == {"tot"} and leads(r"(a|)b") == {"ab", "b"}
    # Unknown where a match can start: a class, an optional or empty start, a non-ASCII letter.
    for pattern in (r"\d+", r"(ge)?betaald", r"(a|\s)b", r"€\s?\d", r"élan", r"x*", r""):
        assert leads(pattern) == set(), pattern


def test_expression_matcher_finds_what_re_finds_in_every_letter() -> None:
    """Every expression of the rule packs and of lettertype, over every example letter;
    most are only matched where their leads are."""
    matcher = _matcher_of(EXPRESSIONS)
    assert sum(bool(e.leads) for _, e, *_ in matcher._expressions) > 0.6 * len(EXPRESSIONS)
    for path in LETTERS:
        _same_as_each_re(matcher, EXPRESSIONS, read_document(path).text)


#: Text that trips up case rules and first-character sets: characters that IGNORECASE
#: matches with ASCII letters (Kelvin sign, dotted and dotless i, long s), letters beyond
#: the Basic Multilingual Plane, other digits, and pieces the rule expressions look for.
_TRICKY = [
    "\u212a", "\u0130", "\u0131", "\u017f", "\U0001d400", "\U0001d7cf", "\U0001d7cf,00 ", "😀", "\uff11", "\u0661",
    "ë", "É", "€", "é", "ß", "\u00a0", " ", "\n", "\t", ".", ",", ":", "-", "!", "!!", "@", "+31", "0", "06", "0800",
    "1", "14", "2.500,00", "9:00", "17.30", "tot", "uur", "ma", "Maandag", "DI", "werkdagen", "BETALINGSREGELING",
    "regeling", "termijnen", "in", "3", "delen", "niet", "mogelijk", "deurwaarder", "Gerechtsdeurwaarder",
    "incassokosten", "binnen", "veertien", "dagen", "geen", "herinnering", "of", "aanmaning", "kenmerk",
    "dossiernummer", "info@voorbeeld.nl", "www.", "t.a.v.", "KvK", "BKR",
]
_TRICKY_TEXT = st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=4)), max_size=30).map("".join)
_COMPILED = [Expression(e, flags) for e, flags in EXPRESSIONS]


@settings(max_examples=150, deadline=None)
@given(_TRICKY_TEXT)
def test_expressions_find_what_re_finds_in_tricky_text(text: str) -> None:
    for expression in _COMPILED:
        _same_as_re(expression, text)


_MATCHER = _matcher_of(EXPRESSIONS)


@settings(max_examples=150, deadline=None)
@given(_TRICKY_TEXT)
def test_expression_matcher_finds_what_re_finds_in_tricky_text(text: str) -> None:
    _same_as_each_re(_MATCHER, EXPRESSIONS, text)


#: Expressions that test the edges of working out where a match can start.
_EDGES = [
    (r"\bk\w+", re.IGNORECASE),  # the Kelvin sign is a k
    (r"\bi\w*|s[a-z]", re.IGNORECASE),  # dotless i and long s are i and s
    (r"(?-i:[A-Z])x", re.IGNORECASE),  # case set back inside the expression
    (r"(?i:e)\d", 0),
    (r"(a|b?)c", re.IGNORECASE),  # an alternative that can be empty
    (r"x*y|(?:z{0,2})w", 0),
    (r"(?<=a)b|(?<!\d)\d{2}", 0),
    (r"(\w)\1", 0),  # a backreference
    (r"(?P<w>b)(?P=w)", re.IGNORECASE),
    (r"^\s*betreft", re.IGNORECASE | re.MULTILINE),
    (r"dagen$|\Bk", re.IGNORECASE),
    (r"[^a]b|.c", re.DOTALL),
    (r"(?=\d)\w+", 0),
    (r"(?>ab|a)c", re.IGNORECASE),  # an atomic group
    (r"\d++x", 0),  # a possessive repeat
    (r"€\s?\d", 0),  # re itself jumps ahead to €
    (r"", 0),
    (r"x?", 0),  # can match nothing: empty matches everywhere
    (r"\b(?i)aa", 0),  # flags set after the start: a pattern re compiles in no other way
]


@settings(max_examples=150, deadline=None)
@given(_TRICKY_TEXT.map(lambda t: t + "abcxyz ABC kK\u212a aac 12x 1234 ab abc aa"))
def test_edge_expressions_find_what_re_finds(text: str) -> None:
    for pattern, flags in _EDGES:
        try:
            expression = Expression(pattern, flags)
        except re.error:
            continue  # "(?i)" not at the start: re refuses it too
        _same_as_re(expression, text)
    edges = [(pattern, flags) for pattern, flags in _EDGES if pattern != r"\b(?i)aa"]
    _same_as_each_re(_matcher_of(edges), edges, text)


def test_where_matches_can_start_is_worked_out_only_when_it_helps() -> None:
    def jumps(pattern: str, flags: int = re.IGNORECASE) -> bool:
        return Expression(pattern, flags)._starts is not None

    assert jumps(r"\bbetaal\w*") and jumps(r"(?<!\d )(\+31|\b0)\d{9}") and jumps(r"\b\d{1,3},\d{2}")
    assert not jumps(r"x*")  # an empty match can be anywhere
    assert not jumps(r"[\w.+-]+@")  # nearly every character can start it
    assert not jumps(r"€\s?\d") and not jumps(r"betaal", 0)  # re jumps ahead by itself
    assert not jumps(r"\bbetaal  # comment", re.IGNORECASE | re.VERBOSE)


@settings(max_examples=100, deadline=None)
@given(_TRICKY_TEXT)
def test_term_with_costs_counts_as_the_single_expression_it_replaces(text: str) -> None:
    """lettertype looks for a term and for the costs on their own: the same count as
    ``\\A(?=.*term)(?=.*costs)``."""
    for cue in (lettertype._FOURTEEN_DAYS_CUE, lettertype._SHORT_TERM_CUE):
        number = [c for _, _, c in lettertype._CUES].index(cue)
        single = re.compile(r"\A" + "".join(f"(?=.*{e})" for e in cue), re.IGNORECASE | re.DOTALL)
        for padded in (text, f"binnen 14 dagen {text} incassokosten", f"na 3 werkdagen {text} Incassokosten"):
            counts = lettertype._cue_counts(lettertype._CUE_MATCHER(padded))
            assert counts[number] == len(single.findall(padded))


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(pipeline.resolve())[0]


def test_anchored_matcher_finds_what_the_matcher_finds(nlp) -> None:
    """Every token pattern of the rule packs, over every example letter."""
    from spacy.matcher import Matcher

    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for rule_id, matchers in _rule_matchers():
        if matchers.patterns:
            plain.add(rule_id, matchers.patterns)
            anchored.add(rule_id, matchers.patterns)
    found = 0
    for path in LETTERS:
        doc = next(nlp.pipe([pipeline.make_doc(nlp, read_document(path))]))
        expected = sorted(plain(doc))
        assert sorted(anchored(doc)) == expected, path.name
        found += len(expected)
    assert found > 20


def test_anchored_matcher_forgets_words_and_still_finds_what_the_matcher_finds(nlp, monkeypatch) -> None:
    """With room for only a few words' answers to the REGEX needs, it forgets them often."""
    from spacy.matcher import Matcher

    monkeypatch.setattr(prefilter, "_MAX_KNOWN_WORDS", 20)
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for rule_id, matchers in _rule_matchers():
        if matchers.patterns:
            plain.add(rule_id, matchers.patterns)
            anchored.add(rule_id, matchers.patterns)
    words = set()
    for path in LETTERS[:20]:
        doc = next(nlp.pipe([pipeline.make_doc(nlp, read_document(path))]))
        assert sorted(anchored(doc)) == sorted(plain(doc)), path.name
        words |= {token.lower for token in doc}
    assert len(anchored._matched_by) < len(words)


def test_anchored_matcher_lists_a_match_of_two_patterns_once(nlp) -> None:
    from spacy.matcher import Matcher

    patterns = [[{"LOWER": "uw"}, {"LOWER": "werkgever"}], [{"LOWER": "uw"}, {"NORM": "werkgever"}]]
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    plain.add("X", patterns)
    anchored.add("X", patterns)
    doc = nlp("Wij bellen uw werkgever. Uw werkgever weet het.")
    assert sorted(anchored(doc)) == sorted(plain(doc))
    assert len(plain(doc)) == 2


def test_anchored_matcher_with_unbounded_and_unanchored_patterns(nlp) -> None:
    from spacy.matcher import Matcher

    patterns = [
        [{"LOWER": "wij"}, {"OP": "+"}, {"LOWER": "deurwaarder"}],  # no longest length
        [{"IS_PUNCT": True}, {"IS_ALPHA": True, "OP": "?"}],  # no word it needs
        [{"LOWER": {"REGEX": "kosten$"}}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": "zijn"}],
    ]
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    plain.add("X", patterns)
    anchored.add("X", patterns)
    doc = nlp("Wij sturen een deurwaarder. De incassokosten zijn hoog, en de kosten zijn ook hoog!")
    assert sorted(anchored(doc)) == sorted(plain(doc))
    assert len(plain(doc)) >= 4


def test_a_pattern_match_with_an_exception_in_its_sentence_is_no_finding() -> None:
    """THR-10: a token pattern, and an exception ("geen deurwaarder") in the same sentence."""
    linter = Linter()
    threat = linter.check_text("Betaalt u niet? Dan schakelen wij een deurwaarder in.", letter_type="aanmaning")
    calm = linter.check_text("Betaalt u niet? Dan schakelen wij geen deurwaarder in.", letter_type="aanmaning")
    assert "THR-10" in {f.rule for f in threat.findings}
    assert "THR-10" not in {f.rule for f in calm.findings}
