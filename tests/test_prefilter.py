"""The shortcuts of lettercheck/prefilter.py skip only work that would find nothing: on real
letters they give exactly the matches of running every expression and the plain Matcher."""

from __future__ import annotations

import re

import pytest

from lettercheck import nlp as pipeline
from lettercheck.analysis import Linter
from lettercheck.prefilter import AnchoredMatcher, Folded, required_literals
from lettercheck.readers import read_document
from lettercheck.rulepack import load_rules

from conftest import CORPUS

LETTERS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))
FIELDS = ("match", "unless", "when", "except_when", "if_", "any_of")


def _rule_matchers():
    return [(rule.id, getattr(rule, f)) for rule in load_rules() for f in FIELDS]


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
    texts = [read_document(path).text for path in LETTERS]
    checked = 0
    for rule_id, matchers in _rule_matchers():
        flags = 0 if matchers.case_sensitive else re.IGNORECASE
        for expression in matchers.regex:
            needs = required_literals(expression, flags)
            pattern = re.compile(expression, flags)
            for text in texts:
                if pattern.search(text):
                    assert Folded(text).may_match(needs), (rule_id, expression)
                    checked += 1
    assert checked > 100


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
