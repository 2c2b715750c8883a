"""``--format text``: ``path:line:col: severity RULE message`` lines for a terminal.

Each finding is followed by its suggestions, indented; each letter that needs work ends
with its level. A finding about something missing has no line and column:
``path: severity RULE message``. A batch ends with a summary. When all is well, nothing is
printed, as pre-commit hooks and CI logs expect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ..levels import level_of
from ..model import CATEGORY_LABELS, SEVERITY_WORDS, FileResult, Finding, Severity

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


def render(run: RunResult, color: bool = False, verbosity: int = 0) -> str:
    """``verbosity`` -1 (--quiet): only findings and unreadable files. 0: also the level
    of each letter with findings or above its target, and a summary, but nothing at all when
    all is well. 1 (--verbose): the summary line also when all is well."""
    out: list[str] = []
    for result in run.files:
        if result.status == "error":
            assert result.error is not None
            tag = click.style("error", fg="red", bold=True) if color else "error"
            out.append(f"{result.path}: {tag} {result.error.code} {result.error.message}")
            continue
        for f in result.findings:
            out.extend(_finding(result.path, f, color))
        if verbosity >= 0 and _needs_work(result):
            out.append(_level(result))
    if verbosity >= 0 and (out or verbosity > 0):
        summary = run.summary()
        if len(run.files) > 1:
            out.extend(_batch_summary(run, summary))
        out.append(_tail(run, summary))
    return "\n".join(out) + "\n" if out else ""


def _count(n: int, severity: Severity) -> str:
    return f"{n} {SEVERITY_WORDS[severity][0] if n == 1 else SEVERITY_WORDS[severity][1]}"


def _tail(run: RunResult, summary: dict[str, Any]) -> str:
    counts = ", ".join(_count(n, s) for s in _ORDER if (n := summary["by_severity"][s.value]))
    files = summary["files"]
    tail = f"{files} {'brief' if files == 1 else 'brieven'} gecontroleerd met taalmodel {run.pipeline.name}"
    tail += f" ({'getraind' if run.pipeline.trained else 'ingebouwd'}): "
    tail += counts or "niets gevonden"
    if summary["suppressed"]:
        tail += f"; {summary['suppressed']} genegeerd met 'lettercheck: negeer'"
    if summary["baselined"]:
        tail += f"; {summary['baselined']} al bekend uit de baseline"
    if summary["errors"]:
        tail += f"; {summary['errors']} niet te lezen"
    return tail + "."


#: How many letters the batch summary names as needing the most work.
MOST_WORK = 5


def _batch_summary(run: RunResult, summary: dict[str, Any]) -> list[str]:
    """For a batch: the levels, the findings per category, and the letters to start with
    (most errors, then most warnings, then furthest above the target). ``summary``:
    ``run.summary()``."""
    lines = [f"Samenvatting van {summary['files']} brieven:"]
    levels = ", ".join(f"{level} {n}" for level, n in summary["levels"].items())
    if levels:
        lines.append(f"    niveau: {levels} ({summary['above_target']} te moeilijk)")
    categories = ", ".join(
        f"{CATEGORY_LABELS.get(c, c)} {n}" for c, n in sorted(summary["by_category"].items(), key=lambda x: -x[1])
    )
    if categories:
        lines.append(f"    meldingen per soort: {categories}")
    ranked = sorted(
        (r for r in run.files if r.status == "ok" and _needs_work(r)),
        key=_work,
        reverse=True,
    )[:MOST_WORK]
    if ranked:
        lines.append("    eerst aanpakken:")
    for result in ranked:
        by = _severities(result)
        counts = ", ".join(_count(by[s], s) for s in _ORDER if by[s]) or "geen meldingen"
        lines.append(f"        {result.path}: {counts}; niveau {(result.readability or {}).get('level')}")
    return lines


_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _needs_work(result: FileResult) -> bool:
    """A letter with findings, or above its target level."""
    return bool(result.findings) or not (result.readability or {}).get("meets_target")


def _severities(result: FileResult) -> dict[Severity, int]:
    return {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}


def _work(result: FileResult) -> tuple[float, ...]:
    """Errors, warnings, how far above the target, tips: the order of 'most work'."""
    by = _severities(result)
    r = result.readability or {}
    above = 0.0 if r.get("meets_target") else float(r.get("difficulty", 0))
    return (by[Severity.ERROR], by[Severity.WARNING], above, by[Severity.INFO])
