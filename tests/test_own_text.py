"""Our own text must pass our own checks: every message, suggestion and explanation in
the rule packs is plain Dutch without jargon, threats or long sentences."""

from __future__ import annotations

import re

import pytest

from lettercheck.engine import fill
from lettercheck.rulepack import load_rules

# Categories whose findings on our own text would mean we break our own advice.
STRICT = {"jargon", "threat", "readability"}
MENTION = re.compile(r"'[^'\n]{1,40}'")


def _own_texts() -> list[tuple[str, str]]:
    texts = []
    for rule in load_rules():
        for field, value in (("title", rule.title), ("message", rule.message), ("why", rule.why)):
            texts.append((f"{rule.id}.{field}", value))
        texts += [(f"{rule.id}.suggestion", s) for s in rule.suggestions]
    # Matched text and replacements become a neutral field, as a reader would see a word;
    # so do words we only mention, in single quotes ("'sommeren' betekent ...").
    filled = [(key, fill(text, text="«woord»", replacement="«woord»", value="25", max="20")) for key, text in texts]
    return [(key, MENTION.sub("«woord»", text)) for key, text in filled]


@pytest.mark.parametrize(("key", "text"), _own_texts(), ids=[k for k, _ in _own_texts()])
def test_rule_text_passes_own_checks(linter, key: str, text: str) -> None:
    assert text.strip(), f"{key} is empty"
    result = linter.check_text(text)
    bad = [f"{f.rule}: {f.text}" for f in result.findings if f.category in STRICT]
    assert not bad, f"{key} breaks our own rules: {bad}"
