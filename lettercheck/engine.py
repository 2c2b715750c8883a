"""The rule engine: turns rule packs into spaCy matchers and a parsed letter into findings.

All phrase and pattern matching goes through spaCy's PhraseMatcher and Matcher, on the exact
lower-case form and on the lemma (NORM, set by the pipeline), so inflections match and word
boundaries hold. Token patterns and regular expressions are only tried where they can
match (:mod:`.prefilter`). Rules see tokens, lemmas and sentences; they never see files.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from .checks import CHECKS, Hit, LetterContext, in_placeholder
from .model import Document, Finding, Severity
from .prefilter import AnchoredMatcher, ExpressionMatcher
from .readability import sentences, token_table
from .rulepack import Matchers, Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .config import Profile

#: Rule categories whose "must be present" rules also accept the organisation's own
#: contact details or referral partners from the profile.
_PROFILE_PHRASES: dict[str, Callable[[Profile], list[str]]] = {
    "contact": lambda p: p.contact_phrases(),
    "referral": lambda p: list(p.referral_partners),
}


def fill(template: str, **values: object) -> str:
    """Put values into a message: ``{text}``, ``{replacement}``, ``{value}``, ``{max}``.

    Plain replacement rather than str.format, so that an advisor's stray brace in a
    message never breaks a run. In turn, so a value that holds ``{max}`` gets it filled
    too; most templates have no field at all and come back as they are."""
    if "{" not in template:
        return template
    for key, value in values.items():
        field = "{" + key + "}"
        if field in template:
            template = template.replace(field, str(value))
    return template


class _Keys(NamedTuple):
    """The matcher keys of one rule, spelled once: the rule loop asks for them on every
    letter. ``when`` is None when the rule has no such condition."""

    match: str
    unless: str
    when: str | None
    except_when: str
    if_: str
    any_of: str
    #: (formal word, plain word, key) per replacement.
    swaps: tuple[tuple[str, str, str], ...]

    @classmethod
    def of(cls, rule: Rule) -> _Keys:
        swaps = tuple((formal, plain, f"{rule.id}|swap|{formal}") for formal, plain in rule.replacements.items())
        when = None if rule.when.is_empty() else f"{rule.id}|when"
        return cls(
            f"{rule.id}|match", f"{rule.id}|unless", when, f"{rule.id}|except", f"{rule.id}|if", f"{rule.id}|any", swaps
        )


class Checker:
    """The rules of a run, compiled once for one pipeline's vocabulary and one profile."""

    def __init__(
        self,
        nlp: Language,
        rules: Iterable[Rule],
        profile: Profile,
        severity: dict[str, str] | None = None,
    ) -> None:
        from spacy.matcher import PhraseMatcher

        severity = severity or {}
        self._severity = {
            rule.id: Severity(level)
            for rule in rules
            if (level := severity.get(rule.id) or severity.get(rule.category)) and level != "off"
        }
        self.rules = tuple(
            r for r in rules if (severity.get(r.id) or severity.get(r.category)) != "off"
        )
        self._exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._lemma = PhraseMatcher(nlp.vocab, attr="NORM")
        self._tokens = AnchoredMatcher(nlp.vocab)
        self._regex = ExpressionMatcher()
        self._fields: dict[str, set[str]] = {}
        self._keys = {rule.id: _Keys.of(rule) for rule in self.rules}
        #: Per letter type, sender and title: the rules that apply, in order (see _applicable).
        self._by_context: dict[tuple[str, str, bool], tuple[Rule, ...]] = {}
        for rule in self.rules:
            any_of = rule.any_of
            extra = _PROFILE_PHRASES.get(rule.category)
            if extra and rule.type == "required" and extra(profile):
                any_of = any_of.model_copy(update={"phrases": [*any_of.phrases, *extra(profile)]})
            keys = self._keys[rule.id]
            self._add(nlp, keys.match, rule.match)
            self._add(nlp, keys.unless, rule.unless)
            if keys.when is not None:
                self._add(nlp, keys.when, rule.when)
            self._add(nlp, keys.except_when, rule.except_when)
            self._add(nlp, keys.if_, rule.if_)
            self._add(nlp, keys.any_of, any_of)
            for formal, _, key in keys.swaps:
                self._add(nlp, key, Matchers(phrases=[formal]))

    def _add(self, nlp: Language, key: str, matchers: Matchers) -> None:
        if matchers.phrases:
            self._exact.add(key, [nlp.make_doc(p) for p in matchers.phrases])
            self._lemma.add(key, list(nlp.pipe(matchers.phrases)))
        if matchers.patterns:
            self._tokens.add(key, matchers.patterns)
        if matchers.regex:
            self._regex.add(key, matchers.regex, 0 if matchers.case_sensitive else re.IGNORECASE)
        if matchers.placeholders:
            self._fields[key] = set(matchers.placeholders)

    def check(self, doc: Doc, document: Document, context: LetterContext) -> list[Finding]:
        """Apply every rule that fits this letter's type and sender to one parsed letter."""
        hits = self._collect(doc, document)
        bounds = _Sentences(doc).bounds
        findings: list[Finding] = []
        for rule in self._applicable(context):
            keys = self._keys[rule.id]
            if (keys.when and not hits.get(keys.when)) or hits.get(keys.except_when):
                continue
            unless = hits.get(keys.unless)
            blocked = {bounds(h) for h in unless} if unless else set()
            if rule.type == "phrase":
                findings.extend(self._phrase(rule, keys, hits, blocked, bounds, document))
            elif rule.type == "required":
                if not _present(hits.get(keys.any_of), blocked, bounds):
                    findings.append(self._finding(rule, document))
            elif rule.type == "conditional":
                triggers = sorted(hits.get(keys.if_, []), key=lambda h: h.start)
                if triggers and not _present(hits.get(keys.any_of), blocked, bounds):
                    findings.append(self._finding(rule, document, triggers[0]))
            elif rule.type == "check":
                for report in CHECKS[rule.check](doc, document, context):  # type: ignore[index]
                    findings.append(self._finding(rule, document, report.hit, **report.values))
            else:
                findings.extend(self._metric(rule, doc, document))
        findings.sort(key=lambda f: (f.start is not None, f.start or 0, f.rule))
        return findings

    def _applicable(self, context: LetterContext) -> tuple[Rule, ...]:
        """The rules for this letter type and sender (and title), in order: worked out once
        per combination, not per letter."""
        key = (context.letter_type, context.sender, context.titled)
        rules = self._by_context.get(key)
        if rules is None:
            rules = self._by_context[key] = tuple(
                rule
                for rule in self.rules
                if (not rule.letter_types or context.letter_type in rule.letter_types)
                and (not rule.senders or context.sender in rule.senders)
                and not (rule.except_titled and context.titled)
            )
        return rules

    def _collect(self, doc: Doc, document: Document) -> dict[str, list[Hit]]:
        """Run every matcher once over the letter; hits grouped by matcher key."""
        vocab = doc.vocab.strings
        hits: dict[str, list[Hit]] = defaultdict(list)
        for matcher in (self._exact, self._lemma, self._tokens):
            if not len(matcher):  # a narrow --select can leave one empty; spaCy warns on those
                continue
            for match_id, start, end in matcher(doc):
                # A match's characters from its first and last token (it holds at least
                # one), without a Span; few tokens start or end a match, so reading every
                # token's offsets with to_array would cost more.
                last = doc[end - 1]
                hits[vocab[match_id]].append(Hit(doc[start].idx, last.idx + len(last)))
        for key, spans in self._regex(document.text):
            hits[key] += [Hit(start, end) for start, end in spans]
        for key, kinds in self._fields.items():
            hits[key] += [Hit(p.start, p.end) for p in document.placeholders if p.kind in kinds]
        return hits

    def _phrase(
        self,
        rule: Rule,
        keys: _Keys,
        hits: dict[str, list[Hit]],
        blocked: set[tuple[int, int]],
        bounds: Callable[[Hit], tuple[int, int]],
        document: Document,
    ) -> list[Finding]:
        # Where two formal words match the same words (voornoemde, and its lemma voornoemd),
        # the one written exactly so gives the replacement.
        swaps: list[tuple[str, str, Hit]] = []
        if keys.swaps:  # few rules have replacements (but those have dozens)
            swaps = [(formal, plain, h) for formal, plain, key in keys.swaps for h in hits.get(key, ())]
        found = hits.get(keys.match)
        if not found and not swaps:  # most phrase rules, in most letters
            return []
        found = list(found or [])
        swaps.sort(key=lambda s: document.text[s[2].start : s[2].end].lower() != s[0].lower())
        found += [Hit(h.start, h.end, plain) for _, plain, h in swaps]
        findings = []
        for hit in _joined(_longest_first(found), document.text):
            if in_placeholder(document, hit) or (blocked and bounds(hit) in blocked):
                continue
            text = document.text[hit.start : hit.end]
            replacement = hit.replacement
            if text[:1].isupper() and replacement:
                replacement = replacement[0].upper() + replacement[1:]
            findings.append(self._finding(rule, document, hit, text=text, replacement=replacement))
        return findings

    def _metric(self, rule: Rule, doc: Doc, document: Document) -> list[Finding]:
        assert rule.max is not None
        sents = sentences(doc)
        if rule.metric == "letter_words":
            words = sum(s.words for s in sents)
            return [self._finding(rule, document, value=words)] if words > rule.max else []
        if rule.metric == "paragraph_words":
            # Only prose counts: an address block or a list of fields is no wall of text.
            findings = []
            prose = [s for s in sents if s.prose]
            starts, ends = [s.start_char for s in prose], [s.end_char for s in prose]
            # The words of the prose sentences before each one: a stretch's words are a difference.
            before = list(itertools.accumulate((s.words for s in prose), initial=0))
            for block in document.blocks:
                # Sentences are in order: those that overlap the block are one stretch of them.
                first = bisect.bisect_right(ends, block.start)
                last = max(first, bisect.bisect_left(starts, block.end))
                words = before[last] - before[first]
                if words > rule.max:
                    findings.append(self._finding(rule, document, Hit(block.start, block.end), value=words))
            return findings
        findings = []
        for sent in sents:
            if sent.words > rule.max and sent.prose:
                text = sent.text.strip()
                start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                hit = Hit(start, start + len(text))
                findings.append(self._finding(rule, document, hit, value=sent.words))
        return findings

    def _finding(self, rule: Rule, document: Document, hit: Hit | None = None, **values: object) -> Finding:
        """A finding of ``rule`` at ``hit`` (None: something is missing), its message
        filled in with ``values`` and its severity as configured."""
        values.setdefault("max", _number(rule.max))
        if hit is not None:
            values.setdefault("text", document.text[hit.start : hit.end])
        finding = Finding(
            rule=rule.id,
            category=rule.category,
            severity=self._severity.get(rule.id, rule.severity),
            message=fill(rule.message, **values),
            suggestions=[fill(s, **values) for s in rule.suggestions],
            source=rule.source,
        )
        if hit is not None:
            finding.line, finding.column, finding.location = document.locate(hit.start)
            finding.text = document.text[hit.start : hit.end]
            finding.start, finding.end = hit.start, hit.end
        return finding


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a longer (or earlier) hit of the same rule."""
    kept: list[Hit] = []
    reach = 0  # the furthest end of a kept hit: in start order, a hit overlaps one iff it starts before it
    for hit in sorted(dict.fromkeys(hits), key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= reach:
            kept.append(hit)
            reach = hit.end
    return kept


def _joined(hits: list[Hit], text: str) -> list[Hit]:
    """Join hits of one rule that stand a few words apart in one sentence ("alle kosten
    die daarbij horen, worden op u verhaald"): one finding for one threat, not two that
    the reader has to match up. Replacements stay apart."""
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        gap = text[last.end : hit.start] if last else ""
        if last and not hit.replacement and not last.replacement and len(gap) <= _JOIN_GAP and not _BREAK.search(gap):
            joined[-1] = Hit(last.start, hit.end)
        else:
            joined.append(hit)
    return joined


_BREAK = re.compile(r"[.?!;:\n]")
#: Longest stretch of text (about six words) between two hits that still makes them one finding.
_JOIN_GAP = 50


def _present(hits: list[Hit] | None, blocked: set[tuple[int, int]], bounds: Callable[[Hit], tuple[int, int]]) -> bool:
    """Is one of ``hits`` in a sentence that is not blocked?"""
    if not hits:
        return False
    return not blocked or any(bounds(h) not in blocked for h in hits)


class _Sentences:
    """The sentence a hit is in, found by bisecting the start offsets of the level
    estimate's token table, made once per doc: making a Span of each hit
    (``doc.char_span``) costs more than the rest of the lookup. It finds the tokens
    ``doc.char_span(start, end, alignment_mode="expand")`` finds."""

    def __init__(self, doc: Doc) -> None:
        self._table = table = token_table(doc)
        self._idx = table.idx
        self._text = table.text
        # spaCy's tokens cover the text, each with its trailing space: a character past
        # the last one is in no token.
        self._length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0

    def bounds(self, hit: Hit) -> tuple[int, int]:
        """Start and end offset of the sentence of ``hit``'s first token; the hit's own
        offsets when it covers no token."""
        idx = self._idx
        if not (0 <= hit.start < self._length and 0 < hit.end <= self._length):
            return (hit.start, hit.end)
        first = bisect.bisect_right(idx, hit.start) - 1
        last = bisect.bisect_right(idx, hit.end - 1) - 1
        # As spaCy's "expand": a hit that starts in the space after a token starts after it.
        if hit.start == idx[first] + len(self._text[first]):
            first += 1
        if first > last:
            return (hit.start, hit.end)
        sent = self._table.sentence_of(first)
        return sent.start_char, sent.end_char
