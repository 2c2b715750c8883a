"""``lettercheck fix``: make the safe replacements instead of only describing them.

Only a rule that declares replacements and marks them ``safe`` in its pack is applied, and
only on the exact formal word ("indien" -> "als", keeping "Indien" -> "Als"). A fix never
touches a template field, nor a paragraph with wording the law asks for (what the legal
rules find or look for): changing one word there is for a person to decide.

A .txt letter keeps its encoding, byte order mark and line ends; a .docx letter is changed
inside its runs (:class:`~lettercheck.docx_edit.WordLetter`), so formatting stays.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .atomic import refuse_input, same_file, write_bytes
from .docx_comments import comment_suppressions
from .docx_edit import WordLetter
from .model import Document, FileResult
from .readers import check_length, read_source, txt, with_text
from .rulepack import Rule

if TYPE_CHECKING:
    from .analysis import Linter


@dataclass(frozen=True)
class Edit:
    """One replacement: ``old`` at ``start:end`` of the analysed text becomes ``new``."""

    start: int
    end: int
    old: str
    new: str
    rule: str
    #: Where a writer finds it: "regel 3", "hoofdtekst, alinea 5".
    where: str = ""


@dataclass
class Fixed:
    """What fixing one letter did (or, with nothing written, would do)."""

    path: str
    result: FileResult
    before: str
    edits: list[Edit] = field(default_factory=list)
    written: str | None = None

    @property
    def after(self) -> str:
        return apply(self.before, self.edits)

    def diff(self) -> str:
        """The change as a unified diff of the letter's text."""
        return "".join(
            difflib.unified_diff(
                self.before.splitlines(keepends=True),
                self.after.splitlines(keepends=True),
                fromfile=self.path,
                tofile=f"{self.path} (na lettercheck fix)",
            )
        )


def fix(linter: Linter, path: str, output: str | None = None, in_place: bool = False) -> Fixed:
    """Check the letter at ``path`` and make its safe replacements.

    With ``output`` the fixed letter is written there (atomically), with ``in_place`` over
    the letter itself, with neither nothing is written. Raises WriteRefused when ``output``
    is the letter itself without ``in_place``, and ReadError when the letter cannot be read.
    """
    if output is not None and not in_place:
        refuse_input(path, output)
    target = path if in_place else output
    fmt, data = read_source(path, linter.limits)
    if fmt == "txt":
        raw, bom, codec = txt.decode_as(data)
        check_length(raw, linter.limits)
        document, letter = with_text(txt.parse(path, raw)), None
    else:
        letter = WordLetter.read(path, data, linter.limits)
        document = with_text(letter.document)
    result = linter.check_document(document, suppressions=comment_suppressions(path, linter.limits, (fmt, data)))
    fixed = Fixed(path, result, document.text)
    if result.status != "ok":
        return fixed
    edits = safe_edits(result, document, linter.rules)
    if letter is not None:
        made = set(letter.replace((e.start, e.end, e.new) for e in edits))
        fixed.edits = [e for e in edits if (e.start, e.end, e.new) in made]
    else:
        fixed.edits = edits
    if target is None or (not fixed.edits and same_file(path, target)):
        return fixed
    if not fixed.edits:
        new = data
    elif letter is not None:
        new = letter.to_bytes()
    else:
        new = bom + apply(raw, _on_raw_text(raw, fixed.edits)).encode(codec)
    write_bytes(target, new)
    fixed.written = target
    return fixed


def safe_edits(result: FileResult, document: Document, rules: Iterable[Rule]) -> list[Edit]:
    """The findings of ``result`` that a rule may fix by itself, as edits, in text order."""
    by_id = {rule.id: rule for rule in rules}
    protected = list(_protected(result, document, by_id.values()))
    edits: list[Edit] = []
    for finding in result.findings:
        rule = by_id.get(finding.rule)
        start, end, text = finding.start, finding.end, finding.text
        if rule is None or start is None or end is None or text is None:
            continue
        plain = rule.safe_replacement(text)
        if plain is None or any(start < b and a < end for a, b in protected):
            continue
        if edits and start < edits[-1].end:
            continue  # two rules on the same words: the first one wins
        edits.append(Edit(start, end, text, match_case(text, plain), rule.id, finding.location))
    return edits


def match_case(old: str, new: str) -> str:
    """``new`` with the capitals of ``old``: Indien -> Als, INDIEN -> ALS."""
    if len(old) > 1 and old.isupper():
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def apply(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with the edits made (they must not overlap)."""
    out, last = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        out += [text[last : edit.start], edit.new]
        last = edit.end
    return "".join(out) + text[last:]


def _protected(result: FileResult, document: Document, rules: Iterable[Rule]) -> Iterator[tuple[int, int]]:
    """Spans a fix must leave alone: template fields, and each paragraph with a legal
    finding or with wording a legal rule looks for. The whole paragraph, because the
    wording the law asks for often runs over more than the words a rule matches."""
    yield from ((p.start, p.end) for p in document.placeholders)
    legal = [(f.start, f.end) for f in result.findings if f.category == "legal" and f.start is not None]
    for rule in rules:
        if rule.category != "legal":
            continue
        for matchers in (rule.match, rule.any_of, rule.if_):
            flags = 0 if matchers.case_sensitive else re.IGNORECASE
            for pattern in matchers.regex:
                legal += [m.span() for m in re.finditer(pattern, document.text, flags)]
    for start, end in legal:
        first, last = document.block_at(start), document.block_at(end - 1)
        yield (first.start if first else start), (last.end if last else end)


def _on_raw_text(raw: str, edits: list[Edit]) -> list[Edit]:
    """Edits moved from the analysed text (line ends made ``\\n``) to the decoded file,
    where a CRLF line end is two characters."""
    crlf = [m.start() - k for k, m in enumerate(re.finditer("\r\n", raw))]

    def moved(offset: int) -> int:
        return offset + bisect.bisect_left(crlf, offset)

    return [Edit(moved(e.start), moved(e.end), e.old, e.new, e.rule, e.where) for e in edits]

