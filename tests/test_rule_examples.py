"""Every rule carries its own failing and passing examples; this one test runs them all.

A rule whose ``fail`` example does not fire, or whose ``pass`` example does, is broken,
whatever pipeline runs it.
"""

from __future__ import annotations

import pytest

from lettercheck.rulepack import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule.id, verdict, text, id=f"{rule.id}-{verdict}-{i}")
    for rule in RULES
    for verdict, texts in (("fail", rule.examples.fail), ("pass", rule.examples.pass_))
    for i, text in enumerate(texts)
]


def test_catalogue_is_not_empty() -> None:
    categories = {rule.category for rule in RULES}
    assert {"readability", "jargon", "threat", "referral", "contact", "payment-plan"} <= categories


@pytest.mark.parametrize(("rule_id", "verdict", "text"), CASES)
def test_rule_example(linter, rule_id: str, verdict: str, text: str) -> None:
    result = linter.check_text(text)
    fired = [f for f in result.findings if f.rule == rule_id]
    if verdict == "fail":
        assert fired, f"{rule_id} should fire on: {text!r}"
        for f in fired:
            if f.start is not None:
                assert f.text == text[f.start : f.end]
    else:
        assert not fired, f"{rule_id} should stay quiet on: {text!r}, got {[f.text for f in fired]}"
