"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::warning file=brieven/a.txt,line=4,col=14,endLine=4,endColumn=35,title=THR-02 Dreigen met de rechter::...

GitHub shows these on the changed files of a pull request and in the run's summary.
Severity ``info`` becomes ``notice``. A finding about something missing annotates the file
without a line. A file that could not be read is an ``error`` annotation with its reason.
Values are escaped as the Actions toolkit does (``%``, CR and LF everywhere; ``:`` and ``,``
also in properties), so a message with a colon or a newline cannot break the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Finding, Severity
from . import relative_path

if TYPE_CHECKING:
    from ..analysis import RunResult

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    """One workflow command line; properties that are None are left out."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name} {props}::{escape_data(message)}"


def _annotation(path: str, finding: Finding, titles: dict[str, str]) -> str:
    message = finding.message
    if finding.location and not finding.location.startswith("regel"):  # .docx: name the paragraph
        message += f" ({finding.location})"
    message = "\n".join([message, *(f"Tip: {s}" for s in finding.suggestions)])
    title = " ".join(filter(None, (finding.rule, titles.get(finding.rule))))
    return command(
        _COMMANDS[finding.severity], message, file=path, line=finding.line, endLine=finding.end_line,
        col=finding.column, endColumn=finding.end_column, title=title,
    )


def render(run: RunResult, color: bool = False) -> str:
    titles = {rule.id: rule.title for rule in run.rules}
    lines = []
    for result in run.files:
        path = relative_path(result.path)
        if result.error is not None:
            lines.append(command("error", result.error.message, file=path, title=f"lettercheck {result.error.code}"))
        lines.extend(_annotation(path, finding, titles) for finding in result.findings)
    return "".join(line + "\n" for line in lines)
