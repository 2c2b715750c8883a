"""The rule catalogue as text: ``lettercheck rules`` and ``lettercheck explain RULE``.

Dutch, because the people who read it are the communication advisors who edit the rules.
"""

from __future__ import annotations

from ..model import SENDER_LABELS
from ..rulepack import Example, Rule


def render_rules(rules: tuple[Rule, ...]) -> str:
    """One line per rule: id, category, severity, title."""
    width = max((len(r.category) for r in rules), default=8)
    lines = [f"{r.id}  {r.category:<{width}}  {r.severity.value:<7}  {r.title}" for r in rules]
    lines.append(f"{len(rules)} regels. Meer over één regel: lettercheck explain REGEL")
    return "\n".join(lines) + "\n"


def _example(example: Example) -> str:
    if example.file:
        return f"(voorbeeldbrief {example.file})"
    context = [v for v in (example.letter_type, example.sender and SENDER_LABELS[example.sender]) if v]
    text = " ".join(example.text.split()) if example.text else ""
    return text + (f"  [{', '.join(context)}]" if context else "")


def render_rule(rule: Rule) -> str:
    """Everything about one rule: what it finds, why, its source and its examples."""
    applies = ", ".join(rule.letter_types) or "alle brieven"
    senders = ", ".join(SENDER_LABELS[s] for s in rule.senders) or "alle afzenders"
    lines = [
        f"{rule.id}  {rule.title}",
        f"Soort: {rule.category}. Ernst: {rule.severity.value}. Geldt voor: {applies}; {senders}.",
        "",
        f"Waarom: {rule.why}" if rule.why else "",
        f"Bron: {rule.source}",
        "",
        f"Melding: {rule.message}",
        *[f"Tip: {s}" for s in rule.suggestions],
        "",
        "Hier geeft de regel een melding:",
        *[f"  - {_example(e)}" for e in rule.examples.fail],
        "Hier niet:",
        *[f"  - {_example(e)}" for e in rule.examples.pass_],
    ]
    return "\n".join(line for i, line in enumerate(lines) if line or lines[i - 1]) + "\n"
