"""Every rule carries its own failing and passing examples; this one test runs them all.

A rule whose ``fail`` example does not fire, or whose ``pass`` example does, is broken,
whatever pipeline runs it. An example may name the letter type, sender or house style it
needs.
"""

from __future__ import annotations

from functools import cache

import pytest

from conftest import CORPUS
from lettercheck.analysis import Linter
from lettercheck.readers import read_document
from lettercheck.config import Config, Profile
from lettercheck.rulepack import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule.id, verdict, example, id=f"{rule.id}-{verdict}-{i}")
    for rule in RULES
    for verdict, examples in (("fail", rule.examples.fail), ("pass", rule.examples.pass_))
    for i, example in enumerate(examples)
]


@cache
def _styled(house_style: str) -> Linter:
    return Linter(config=Config(profile=Profile(house_style=house_style)))


def test_catalogue_covers_every_category() -> None:
    from lettercheck.model import CATEGORIES

    assert {rule.category for rule in RULES} == set(CATEGORIES)


@pytest.mark.parametrize(("rule_id", "verdict", "example"), CASES)
def test_rule_example(linter, rule_id: str, verdict: str, example) -> None:
    runner = _styled(example.house_style) if example.house_style else linter
    if example.file:
        document = read_document(CORPUS / example.file)
        text = document.text
        result = runner.check_document(document, letter_type=example.letter_type, sender=example.sender)
    else:
        text = example.text
        result = runner.check_text(text, letter_type=example.letter_type, sender=example.sender)
    fired = [f for f in result.findings if f.rule == rule_id]
    if verdict == "fail":
        assert fired, f"{rule_id} should fire on: {text!r}"
        for f in fired:
            if f.start is not None:
                assert f.text == text[f.start : f.end]
    else:
        assert not fired, f"{rule_id} should stay quiet on: {text!r}, got {[f.text for f in fired]}"
