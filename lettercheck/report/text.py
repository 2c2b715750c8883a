"""``--format text``: ``path:line:col: severity RULE message`` lines for a terminal.

Each finding is followed by its suggestions, indented; each letter ends with its level.
A finding about something missing has no line and column: ``path: severity RULE message``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..readability import level_of
from ..model import SEVERITY_WORDS, FileResult, Finding, Severity

if TYPE_CHECKING:
    from ..analysis import RunResult

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def dutch_decimal(value: float) -> str:
    """One decimal, with the decimal comma Dutch readers expect."""
    return f"{value:.1f}".replace(".", ",")


def _finding(path: str, f: Finding, color: bool) -> list[str]:
    where = f"{path}:{f.line}:{f.column}:" if f.line is not None else f"{path}:"
    severity = click.style(f.severity.value, fg=_COLORS[f.severity], bold=True) if color else f.severity.value
    lines = [f"{where} {severity} {f.rule} {f.message}"]
    if f.location and not f.location.startswith("regel"):  # .txt locations repeat the line
        lines[0] += f" [{f.location}]"
    lines += [f"    tip: {s}" for s in f.suggestions]
    return lines


def _level(result: FileResult) -> str:
    r = result.readability or {}
    verdict = "haalt het doel" if r.get("meets_target") else "is te moeilijk"
    line = (
        f"{result.path}: niveau {r.get('level')} (doel {r.get('target')}, "
        f"moeilijkheid {dutch_decimal(r.get('difficulty', 0))}) {verdict}; "
        f"brieftype {result.letter_type}"
    )
    reasons = [f"    - {reason}" for reason in r.get("reasons", [])]
    marked = [s for s in r.get("sentence_difficulty", []) if s.get("pushes_above_target")]
    if marked:
        reasons.append("    Herschrijf eerst deze zinnen:")
        reasons += [_sentence(result, s) for s in marked]
    lint = r.get("lint_ii")
    if lint:
        reasons.append(f"    LiNT-II: score {dutch_decimal(lint['score'])}, niveau {lint['level']} van 4 (een andere schaal dan A1-C2)")
    return "\n".join([line, *reasons])


def _sentence(result: FileResult, sentence: dict) -> str:
    """One marked sentence as ``path:line:col``, its level and its first words."""
    words = (result.text or "")[sentence["start"] : sentence["end"]].split()
    opening = " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
    where = f"{result.path}:{sentence['line']}:{sentence['column']}:"
    return f"    {where} {sentence['words']} woorden, niveau {level_of(sentence['difficulty'])}: '{opening}'"


def render(run: RunResult, color: bool = False) -> str:
    out: list[str] = []
    for result in run.files:
        if result.status == "error":
            assert result.error is not None
            tag = click.style("error", fg="red", bold=True) if color else "error"
            out.append(f"{result.path}: {tag} {result.error.code} {result.error.message}")
            continue
        for f in result.findings:
            out.extend(_finding(result.path, f, color))
        out.append(_level(result))
    summary = run.summary()
    counts = ", ".join(
        f"{n} {SEVERITY_WORDS[s][0] if n == 1 else SEVERITY_WORDS[s][1]}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if (n := summary["by_severity"][s.value])
    )
    files = summary["files"]
    tail = f"{files} {'brief' if files == 1 else 'brieven'} gecontroleerd met taalmodel {run.pipeline.name}"
    tail += f" ({'getraind' if run.pipeline.trained else 'ingebouwd'}): "
    tail += counts or "niets gevonden"
    if summary["errors"]:
        tail += f"; {summary['errors']} niet te lezen"
    out.append(tail + ".")
    return "\n".join(out) + "\n"
