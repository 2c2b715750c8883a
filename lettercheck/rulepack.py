"""Rule packs: the YAML files in ``rules/`` that hold every rule lettercheck applies.

One file per category (``rules/threat.yml``, ``rules/jargon.yml``, ...), so that a
communication advisor can read and edit all rules of one kind in one place. The schema is
checked with pydantic when a pack loads, and an error names the file and the rule.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .model import CATEGORIES, Severity

LETTER_TYPES = (
    "herinnering",
    "aanmaning",
    "14-dagenbrief",
    "sommatie",
    "deurwaarder",
    "betalingsregeling",
    "onbekend",
)


#: libyaml's parser where PyYAML has it: the packs are read at every start.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RulePackError(Exception):
    """A rule pack that cannot be used: the message names the file and the rule."""


class Matchers(BaseModel):
    """Ways to recognise text. Any one that matches counts.

    ``phrases`` match whole words on their lemma as well as their exact form, so
    "gerechtelijke stap" also finds "gerechtelijke stappen". ``patterns`` are spaCy Matcher
    token patterns for what phrases cannot say. ``regex`` works on the raw text (for
    phone numbers, capitals, punctuation). ``placeholders`` count template fields of
    these kinds ("phone" for {{telefoon}}).
    """

    model_config = ConfigDict(extra="forbid")

    phrases: list[str] = Field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    regex: list[str] = Field(default_factory=list)
    case_sensitive: bool = False
    placeholders: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.phrases or self.patterns or self.regex or self.placeholders)


SENDERS = ("creditor", "incassobureau", "deurwaarder")
HOUSE_STYLES = ("u", "je")


class Example(BaseModel):
    """One example: a text, or an example letter in corpora/letters/ (``file``) for what
    plain text cannot show (Word formatting, a very long letter); optionally with the letter
    context it needs."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    file: str | None = None
    letter_type: str | None = None
    sender: Literal["creditor", "incassobureau", "deurwaarder"] | None = None
    house_style: Literal["u", "je"] | None = None

    @model_validator(mode="after")
    def _one_source(self) -> Example:
        if (self.text is None) == (self.file is None):
            raise ValueError("an example has either 'text' or 'file'")
        return self


def _example(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


class Examples(BaseModel):
    """Texts that must (``fail``) and must not (``pass``) give this rule's finding."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fail: list[Example] = Field(min_length=1)
    pass_: list[Example] = Field(alias="pass", min_length=1)

    @field_validator("fail", "pass_", mode="before")
    @classmethod
    def _texts(cls, value: Any) -> Any:
        return [_example(v) for v in value] if isinstance(value, list) else value


class Rule(BaseModel):
    """One rule as written in a pack. See rules/README.md for the meaning of each field."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str = Field(pattern=r"^[A-Z]{3}-\d{2,3}$")
    type: Literal["phrase", "required", "conditional", "metric", "check"]
    category: str = ""
    severity: Severity
    title: str
    message: str
    suggestions: list[str] = Field(min_length=1)
    source: str
    why: str = ""
    letter_types: list[str] = Field(default_factory=list)
    #: Not for a bailiff who writes after a judgment (seizure is then lawful).
    except_titled: bool = False
    senders: list[Literal["creditor", "incassobureau", "deurwaarder"]] = Field(default_factory=list)
    # phrase rules: findings where ``match`` or a replacement matches, unless ``unless``
    # matches in the same sentence. Any rule: only in letters where ``when`` matches
    # somewhere, and never in letters where ``except_when`` does.
    match: Matchers = Field(default_factory=Matchers)
    unless: Matchers = Field(default_factory=Matchers)
    when: Matchers = Field(default_factory=Matchers)
    except_when: Matchers = Field(default_factory=Matchers)
    replacements: dict[str, str] = Field(default_factory=dict)
    # Replacements ``lettercheck fix`` may make by itself: true for all of them, or a list of
    # the formal words whose swap keeps meaning and grammar in every sentence.
    safe: bool | list[str] = False
    # required rules: a finding when none of ``any_of`` is in the letter (a match in a
    # sentence where ``unless`` matches does not count: "geen betalingsregeling");
    # conditional rules: the same, but only when ``if`` is in the letter (the finding
    # points there).
    any_of: Matchers = Field(default_factory=Matchers)
    if_: Matchers = Field(default_factory=Matchers, alias="if")
    # metric rules
    metric: Literal["sentence_words", "paragraph_words", "letter_words"] | None = None
    max: float | None = None
    # check rules: a named check in lettercheck/checks.py, for what patterns cannot say
    check: str | None = None
    examples: Examples

    @field_validator("letter_types")
    @classmethod
    def _known_types(cls, value: list[str]) -> list[str]:
        unknown = set(value) - set(LETTER_TYPES)
        if unknown:
            raise ValueError(f"unknown letter types {sorted(unknown)}; use {LETTER_TYPES}")
        return value

    @model_validator(mode="after")
    def _complete(self) -> Rule:
        from .checks import CHECKS

        if self.category not in CATEGORIES:
            raise ValueError(f"category {self.category!r} is not one of {CATEGORIES}")
        needs = {
            "phrase": not self.match.is_empty() or bool(self.replacements),
            "required": not self.any_of.is_empty(),
            "conditional": not self.any_of.is_empty() and not self.if_.is_empty(),
            "metric": self.metric is not None and self.max is not None,
            "check": self.check in CHECKS,
        }
        if not needs[self.type]:
            hint = {
                "phrase": "'match' or 'replacements'",
                "required": "'any_of'",
                "conditional": "'if' and 'any_of'",
                "metric": "'metric' and 'max'",
                "check": f"'check' with one of {sorted(CHECKS)}",
            }[self.type]
            raise ValueError(f"a {self.type} rule needs {hint}")
        if self.safe and not self.replacements:
            raise ValueError("'safe' needs 'replacements'")
        if isinstance(self.safe, list) and (unknown := sorted(set(self.safe) - set(self.replacements))):
            raise ValueError(f"'safe' names words that are not in 'replacements': {unknown}")
        return self

    def safe_replacement(self, text: str) -> str | None:
        """The plain word for ``text`` if this rule may swap it without asking, else None.

        Only the exact form in ``replacements`` counts: the lemma match also finds inflected
        forms ("verzocht" for "verzoeken"), and the plain word would not fit those.
        """
        formal = " ".join(text.lower().split())
        allowed = self.safe is True or (isinstance(self.safe, list) and formal in self.safe)
        return self.replacements.get(formal) if allowed else None


class RulePack(BaseModel):
    """A file of rules that share a category."""

    model_config = ConfigDict(extra="forbid")

    category: str
    description: str = ""
    rules: list[Rule]


def default_pack_dir() -> Path:
    """The rule packs that ship with lettercheck (``rules/`` in the repository)."""
    return Path(str(resources.files("lettercheck.rulepacks")))


def load_pack(path: Path) -> list[Rule]:
    """Read and check one pack file; each rule inherits the pack's category."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc}") from None
    if not isinstance(raw, dict):
        raise RulePackError(f"{path}: a rule pack is a mapping with 'category' and 'rules'")
    for rule in raw.get("rules") or []:
        if isinstance(rule, dict):
            rule.setdefault("category", raw.get("category"))
    try:
        pack = RulePack.model_validate(raw)
    except ValidationError as exc:
        raise RulePackError(f"{path}: {_explain(exc, raw)}") from None
    return pack.rules


def _explain(exc: ValidationError, raw: dict) -> str:
    """Name the rule by id, not by list index, in validation errors."""
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rules = raw.get("rules") or []
            rule_id = rules[loc[1]].get("id", f"#{loc[1] + 1}") if loc[1] < len(rules) else loc[1]
            loc = [f"rule {rule_id}", *loc[2:]]
        lines.append(f"{'.'.join(map(str, loc))}: {err['msg']}")
    return "; ".join(lines)


def load_rules(directory: Path | None = None) -> tuple[Rule, ...]:
    """All rules in a directory of packs, sorted by id. Ids must be unique."""
    return _load_rules(directory or default_pack_dir())


@lru_cache(maxsize=8)
def _load_rules(directory: Path) -> tuple[Rule, ...]:
    """:func:`load_rules`, once per folder (``load_rules()`` and ``load_rules(None)`` alike)."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yml")):
        for rule in load_pack(path):
            if rule.id in seen:
                raise RulePackError(f"{path}: rule id {rule.id} is also used in {seen[rule.id]}")
            seen[rule.id] = path
            rules.append(rule)
    return tuple(sorted(rules, key=lambda r: r.id))
