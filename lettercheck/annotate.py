"""``lettercheck annotate``: a copy of a letter with the findings as Word comments.

Communication staff work in Word. They open the copy and see each finding in the margin,
on the words it is about, like a colleague's review. Everything else in the letter stays as
it was: the comments are the only change (runs are split where a comment starts or ends,
each part with the run's own formatting).

Where Word allows no comment (headers, footers, notes, text boxes), and for findings about
something missing, the comment goes on the first paragraph with text, and says where the
words are. That paragraph also gets one comment with the language level and its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .atomic import WriteRefused, refuse_input
from .docx_comments import comment_suppressions
from .docx_edit import WordLetter
from .model import SEVERITY_WORDS, FileResult, Finding
from .readers import read_source

if TYPE_CHECKING:
    from .analysis import Linter

AUTHOR = "lettercheck"
INITIALS = "LC"
#: How many of the level's reasons the summary comment gives (the biggest first).
SUMMARY_REASONS = 3



@dataclass
class Annotated:
    """What annotating one letter gave: its result and how many comments were placed."""

    result: FileResult
    comments: int = 0
    #: Comments that could not be placed: the letter has no paragraph where Word allows them.
    unplaced: int = 0


def annotate(linter: Linter, path: str, output: str) -> Annotated:
    """Check the letter at ``path`` and write a copy with comments to ``output`` (.docx).

    Raises WriteRefused when ``output`` is the letter itself or no .docx name, and ReadError
    when the letter cannot be read. Nothing is written when the analysis fails.
    """
    refuse_input(path, output)
    if not output.lower().endswith(".docx"):
        raise WriteRefused(f"{output}: de kopie is een Word-bestand. Kies een naam die eindigt op .docx.")
    # Read once: the copy, the analysis and the suppressions come from the same bytes.
    source = read_source(path, linter.limits)
    letter = WordLetter.open(path, source, linter.limits)
    result = linter.check_document(letter.document, suppressions=comment_suppressions(path, linter.limits, source))
    if result.status != "ok":
        return Annotated(result)
    first = letter.first_paragraph()

    def place(text: str, finding: Finding | None = None) -> bool:
        if finding is not None and finding.start is not None and finding.end is not None:
            if letter.comment(finding.start, finding.end, text, AUTHOR, INITIALS):
                return True
            text = f"Waar: {finding.location}: '{finding.text}'.\n{text}"
        return first is not None and letter.comment(first.start, first.end, text, AUTHOR, INITIALS)

    placed = [place(summary_text(result))] + [place(finding_text(f), f) for f in result.findings]
    letter.save(output)
    return Annotated(result, comments=sum(placed), unplaced=placed.count(False))


def finding_text(finding: Finding) -> str:
    """A finding as a comment: the message, what is better, and the rule."""
    lines = [finding.message]
    if finding.suggestions:
        lines.append("Beter: " + " ".join(finding.suggestions))
    lines.append(f"Regel {finding.rule} ({SEVERITY_WORDS[finding.severity][0]})")
    return "\n".join(lines)


def summary_text(result: FileResult) -> str:
    """The comment over the whole letter: its level against the target, and why."""
    level = result.readability or {}
    lines = [f"lettercheck: deze brief heeft taalniveau {level.get('level')}. Het doel is {level.get('target')}."]
    if level.get("meets_target"):
        lines.append("De brief haalt het doel.")
    else:
        lines.append("De brief is te moeilijk. Dit zijn de belangrijkste redenen:")
        lines += [f"- {reason}" for reason in level.get("reasons", [])[:SUMMARY_REASONS]]
    counts = {s: sum(1 for f in result.findings if f.severity == s) for s in SEVERITY_WORDS}
    found = [f"{n} {SEVERITY_WORDS[s][n != 1]}" for s, n in counts.items() if n]
    lines.append(f"lettercheck vond: {', '.join(found)}." if found else "lettercheck vond verder niets.")
    return "\n".join(lines)
