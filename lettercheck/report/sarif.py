"""``--format sarif``: SARIF 2.1.0, for code-scanning views (GitHub, Azure DevOps, IDEs).

One run per check. ``tool.driver.rules`` carries every rule of the run with its help text
(the suggestions and the source), so a code-scanning view can explain a finding without
lettercheck. Paths are relative to the working directory (``%SRCROOT%``), as code-scanning
uploads expect. Columns count characters (``unicodeCodePoints``). For .docx, Word has no
line numbers: the line is the paragraph number, and the region's message says so.
Files that could not be read are tool execution notifications, not results.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import __version__
from ..model import FileResult, Finding, Severity
from . import relative_path

if TYPE_CHECKING:
    from ..analysis import RunResult
    from ..rulepack import Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SRCROOT = "%SRCROOT%"
#: partialFingerprints key: bump the version when the fingerprint's recipe changes.
FINGERPRINT = "lettercheck/v1"


def _information_uri() -> str | None:
    """The project's home page from the package metadata, when it declares one."""
    try:
        meta = metadata("lettercheck")
    except PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source"):
            return url.strip()
    home = meta.get("Home-page")
    return home or None


def _rule_name(title: str) -> str:
    """SARIF wants an identifier-like name: the title's words run together."""
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"\w+", title))


def _rule(rule: Rule) -> dict[str, Any]:
    tips = [f"Tip: {s}" for s in rule.suggestions]
    why = [f"Waarom: {rule.why}"] if rule.why else []
    markdown_why = [f"**Waarom:** {rule.why}", ""] if rule.why else []
    return {
        "id": rule.id,
        "name": _rule_name(rule.title),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why or rule.title},
        "help": {
            "text": "\n".join([*tips, *why, f"Bron: {rule.source}"]),
            "markdown": "\n".join(
                [*(f"- {t}" for t in tips), "", *markdown_why, f"**Bron:** {rule.source}"]
            ),
        },
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _artifact_location(path: str, index: int) -> dict[str, Any]:
    rel = relative_path(path)
    if Path(rel).is_absolute():
        return {"uri": Path(rel).as_uri(), "index": index}
    return {"uri": quote(rel), "uriBaseId": _SRCROOT, "index": index}


def _region(result: FileResult, finding: Finding) -> dict[str, Any]:
    if finding.line is None:
        return {"startLine": 1, "message": {"text": "Dit gaat over de hele brief: er ontbreekt iets."}}
    region: dict[str, Any] = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None:
        region |= {"endLine": finding.end_line, "endColumn": finding.end_column}
    if finding.text is not None:
        region["snippet"] = {"text": finding.text}
    if result.path.lower().endswith(".docx"):
        region["message"] = {
            "text": f"In Word is dit: {finding.location}. Het regelnummer is het nummer van de alinea."
        }
    return region


def _fingerprint(key: tuple[str, str], occurrence: int) -> str:
    """Stable when lines move: the rule, the words it found and which occurrence of them."""
    rule, words = key
    return hashlib.sha256(f"{rule}|{words}|{occurrence}".encode()).hexdigest()[:32]


def _results(result: FileResult, artifact: dict[str, Any], rule_index: dict[str, int]) -> list[dict[str, Any]]:
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for finding in result.findings:
        key = (finding.rule, " ".join((finding.text or "").lower().split()))
        seen[key] += 1
        item: dict[str, Any] = {"ruleId": finding.rule}
        if finding.rule in rule_index:
            item["ruleIndex"] = rule_index[finding.rule]
        item |= {
            "level": _LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": _region(result, finding)}}],
            "partialFingerprints": {FINGERPRINT: _fingerprint(key, seen[key])},
            "properties": {"category": finding.category, "suggestions": list(finding.suggestions)},
        }
        out.append(item)
    return out


def _artifact(result: FileResult, location: dict[str, Any]) -> dict[str, Any]:
    """The letter as an artifact, with what lettercheck learned about it as a whole."""
    artifact: dict[str, Any] = {"location": {k: v for k, v in location.items() if k != "index"}}
    if result.status == "ok":
        r = result.readability or {}
        artifact["properties"] = {
            "letterType": result.letter_type,
            "sender": result.sender,
            "level": r.get("level"),
            "target": r.get("target"),
            "meetsTarget": r.get("meets_target"),
            "difficulty": r.get("difficulty"),
        }
    return artifact


def to_sarif(run: RunResult) -> dict[str, Any]:
    """The SARIF log of a run, as a JSON-ready dict."""
    rule_index = {rule.id: i for i, rule in enumerate(run.rules)}
    driver: dict[str, Any] = {
        "name": "lettercheck",
        "version": __version__,
        "semanticVersion": __version__,
        "language": "nl-NL",
        "rules": [_rule(rule) for rule in run.rules],
    }
    if uri := _information_uri():
        driver["informationUri"] = uri
    artifacts, results, notifications = [], [], []
    for index, result in enumerate(run.files):
        location = _artifact_location(result.path, index)
        artifacts.append(_artifact(result, location))
        if result.status == "error":
            assert result.error is not None
            notifications.append({
                "level": "error",
                "message": {"text": result.error.message},
                "descriptor": {"id": result.error.code},
                "locations": [{"physicalLocation": {"artifactLocation": location}}],
            })
            continue
        results.extend(_results(result, location, rule_index))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [{
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": {_SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
            "artifacts": artifacts,
            "results": results,
            "language": "nl-NL",
            "columnKind": "unicodeCodePoints",
            "properties": {"pipeline": run.pipeline.to_dict()},
        }],
    }


def render(run: RunResult, color: bool = False) -> str:
    return json.dumps(to_sarif(run), ensure_ascii=False, indent=2) + "\n"
