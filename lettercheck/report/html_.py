"""``--format html``: one page for a whole run, for people who do not use a terminal.

The page is self-contained (inline CSS, no scripts, no fonts or images from elsewhere), so
it can be mailed, opened offline and archived. Per letter it shows the level on a simple
gauge against the target, a checklist of what every letter needs (help with money
worries, contact, a payment plan, the legal content), the letter text with each finding
marked where it is and explained beside its paragraph, and the difficulty of every
sentence. All text on the page is Dutch at B1, for communication staff.

The layout lives in ``templates/`` (Jinja2, autoescaped): ``report.html`` is the page,
``letter.html`` the section per letter and ``report.css`` the look; the web page of
``lettercheck serve`` shows its result with the same section and look. This module turns a
RunResult into what the templates show, and marks the findings in the text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from .. import __version__
from ..model import SENDER_LABELS, SEVERITY_WORDS, FileResult, Finding, Severity
from ..levels import LEVELS, level_of
from .text import dutch_decimal

if TYPE_CHECKING:
    import jinja2

    from ..analysis import RunResult
    from ..rulepack import Rule

#: The presence checks of the checklist: category, what the item is called, what "in order" means.
PRESENCE_CHECKS: tuple[tuple[str, str, str], ...] = (
    ("referral", "Hulp bij geldzorgen", "De brief zegt waar de lezer hulp kan krijgen."),
    ("contact", "Contact", "De brief zegt hoe de lezer u kan bereiken."),
    ("payment-plan", "Betalingsregeling", "De brief zegt dat de lezer in delen kan betalen."),
    ("legal", "Wettelijke inhoud", "lettercheck vond geen fout in het bedrag, de termijn of de kosten."),
)
#: What makes a sentence hard, in words a reader of the report knows.
FEATURE_LABELS: dict[str, str] = {
    "sentence_length": "lange zin",
    "word_frequency": "weinig gebruikte woorden",
    "syllables_per_word": "lange woorden",
    "long_word_share": "lange woorden",
    "passives_per_sentence": "niet duidelijk wie iets doet ('wordt betaald')",
    "subordinate_clauses_per_sentence": "bijzinnen",
    "nominalisation_share": "woorden op -ing of -atie",
}
#: Lines with text that follow each other; only tried at line starts, where every match
#: begins anyway, so that a long line of spaces is read once.
_PARAGRAPH = re.compile(r"(?m:^)[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
#: Words lined up in columns with spaces or tabs (an amounts table in a .txt letter).
_COLUMNS = re.compile(r"\S(?:\t| {3,})\S")
_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass
class Span:
    """A stretch of text to wrap in an element. Spans may overlap: :func:`highlight` then
    closes and reopens the inner one (``reopen``, without the id) so the HTML stays nested."""

    start: int
    end: int
    open: str
    close: str
    reopen: str = ""
    #: Markup right after the span's last piece, such as the number of its note.
    after: str = ""


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text``, escaped, with every span wrapped in its element; outer spans first, so a
    finding inside a long sentence is nested inside that sentence's element."""
    spans = [s for s in spans if s.end > s.start]
    key = {id(s): (s.start, -s.end, i) for i, s in enumerate(spans)}
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for a, b in [*zip(cuts, cuts[1:]), (len(text), len(text))]:
        active = sorted((s for s in spans if s.start <= a and s.end >= b > a), key=lambda s: key[id(s)])
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(span.close for span in reversed(stack[keep:]))
        # The numbers of spans that end here follow all closing tags, in the spans' order.
        out.extend(s.after for s in sorted(stack[keep:], key=lambda s: key[id(s)][2]) if s.end <= a)
        for span in active[keep:]:
            out.append((span.reopen or span.open) if id(span) in opened else span.open)
            opened.add(id(span))
        stack = active
        out.append(html.escape(text[a:b], quote=False))
    return Markup("".join(out))


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


@dataclass
class _Note:
    """One finding as the page shows it. ``same_tip`` is an earlier note of the letter with
    the same suggestions: the page points there instead of repeating a long tip."""

    number: int
    id: str
    mark_id: str | None
    finding: Finding
    title: str = ""
    why: str = ""
    same_tip: _Note | None = None

    @property
    def severity(self) -> str:
        return self.finding.severity.value

    @property
    def severity_label(self) -> str:
        return SEVERITY_WORDS[self.finding.severity][0]


def _mark(note: _Note, wide: bool) -> Span:
    f = note.finding
    assert f.start is not None and f.end is not None and note.mark_id is not None
    label = f"Melding {note.number}, {note.severity_label}: {note.title or f.rule}"
    classes = f"sev-{note.severity}" + (" wide" if wide else "")
    return Span(
        f.start, f.end,
        open=f'<mark id="{note.mark_id}" class="{classes}" aria-label="{_attr(label)}" data-note="{note.id}">',
        reopen=f'<mark class="{classes}" data-note="{note.id}">',
        close="</mark>",
        after=f'<a class="ref sev-{note.severity}" href="#{note.id}" aria-label="Naar melding {note.number}">'
              f"{note.number}</a>",
    )


def _sentence_span(sentence: dict[str, Any]) -> Span:
    level = level_of(sentence["difficulty"])
    label = f"Deze zin is te moeilijk: niveau {level}"
    return Span(
        sentence["start"], sentence["end"],
        open=f'<span class="hard" title="{_attr(label)}">',
        close="</span>",
        after=f'<span class="hard-level" aria-label="{_attr(label)}">{level}</span>',
    )


def _paragraphs(result: FileResult, notes: list[_Note], wide: set[str]) -> list[dict[str, Any]]:
    """The letter in paragraphs, each with its marked text and the notes that start in it."""
    text = result.text or ""
    sentences = [s for s in (result.readability or {}).get("sentence_difficulty", []) if s["pushes_above_target"]]
    paragraphs = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()

        def inside(a: int) -> bool:
            return start <= a < end

        here = [n for n in notes if n.finding.start is not None and inside(n.finding.start)]
        spans = [_mark(n, n.finding.rule in wide) for n in here]
        spans += [_sentence_span(s) for s in sentences if inside(s["start"])]
        for span in spans:
            span.start, span.end = span.start - start, min(span.end, end) - start
        paragraphs.append({"html": highlight(match.group(), spans), "notes": here,
                           "columns": bool(_COLUMNS.search(match.group()))})
    return paragraphs


def _checks(result: FileResult) -> list[dict[str, Any]]:
    checks = []
    for category, name, meaning in PRESENCE_CHECKS:
        found = [f for f in result.findings if f.category == category]
        if not found:
            state, label = "ok", "In orde"
        elif all(f.severity is Severity.INFO for f in found):
            state, label = "tip", "Let op"
        else:
            state, label = "bad", "Niet in orde"
        checks.append({"name": name, "meaning": meaning, "state": state, "label": label,
                       "messages": [f.message for f in found]})
    return checks


def _level(readability: dict[str, Any]) -> dict[str, Any]:
    difficulty = readability["difficulty"]
    position = min(max((difficulty - 0.5) / len(LEVELS), 0.0), 1.0) * 100
    return {
        "level": readability["level"],
        "target": readability["target"],
        "meets": readability["meets_target"],
        "difficulty": dutch_decimal(difficulty),
        "position": f"{position:.1f}",
        "levels": LEVELS,
        "reasons": readability.get("reasons", []),
    }


def _sentences(result: FileResult) -> list[dict[str, Any]]:
    text = result.text or ""
    return [
        {
            "text": " ".join(text[s["start"]:s["end"]].split()),
            "level": level_of(s["difficulty"]),
            "words": s["words"],
            "hard": s["pushes_above_target"],
            "why": FEATURE_LABELS.get(s.get("main_feature") or "", "") if s["pushes_above_target"] else "",
        }
        for s in (result.readability or {}).get("sentence_difficulty", [])
    ]


def _notes(index: int, result: FileResult, rules: dict[str, Rule]) -> list[_Note]:
    notes: list[_Note] = []
    first: dict[tuple[str, ...], _Note] = {}
    for n, f in enumerate(result.findings, start=1):
        rule = rules.get(f.rule)
        note = _Note(n, f"b{index}-n{n}", f"b{index}-m{n}" if f.start is not None else None, f,
                     rule.title if rule else "", rule.why if rule else "")
        key = (f.rule, *f.suggestions)
        note.same_tip = first.get(key)
        if note.same_tip is None and f.suggestions:
            first[key] = note
        notes.append(note)
    return notes


def _letter(index: int, result: FileResult, rules: dict[str, Rule], wide: set[str]) -> dict[str, Any]:
    letter: dict[str, Any] = {"id": f"b{index}", "path": result.path, "name": Path(result.path).name,
                              "status": result.status, "error": result.error}
    if result.status != "ok":
        return letter
    notes = _notes(index, result, rules)
    counts = Counter(f.severity for f in result.findings)
    assert result.readability is not None
    return letter | {
        "letter_type": result.letter_type,
        "sender": SENDER_LABELS.get(result.sender or "", result.sender),
        "level": _level(result.readability),
        "checks": _checks(result),
        "missing": [n for n in notes if n.mark_id is None],
        "paragraphs": _paragraphs(result, notes, wide),
        "marked": any(n.mark_id for n in notes)
        or any(s["pushes_above_target"] for s in result.readability.get("sentence_difficulty", [])),
        "sentences": _sentences(result),
        "counts": {s.value: counts[s] for s in _SEVERITY_ORDER},
    }


def jinja_options() -> dict[str, Any]:
    """How the templates are read: autoescaped, strict about missing values. The web page
    (``lettercheck serve``) renders ``letter.html`` and ``report.css`` with the same options."""
    import jinja2

    return {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "undefined": jinja2.StrictUndefined}


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("lettercheck.report", "templates"), **jinja_options())
    return env.get_template("report.html")


def context(run: RunResult) -> dict[str, Any]:
    """What the templates show for a run: ``letters`` for ``letter.html`` (one each), and
    the run's summary, severities, pipeline and version."""
    rules = {rule.id: rule for rule in run.rules}
    wide = {rule.id for rule in run.rules if rule.type == "metric"}
    return {
        "letters": [_letter(i, result, rules, wide) for i, result in enumerate(run.files, start=1)],
        "summary": run.summary(),
        "severities": [(s.value, *SEVERITY_WORDS[s]) for s in _SEVERITY_ORDER],
        "pipeline": run.pipeline,
        "version": __version__,
    }


def render(run: RunResult, color: bool = False) -> str:
    return _template().render(**context(run))
