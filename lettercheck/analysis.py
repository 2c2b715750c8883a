"""The library API: one pipeline that every letter flows through once.

    path -> reader -> Document -> spaCy (once) -> readability + rules -> FileResult

The CLI, and later the web page, are thin layers over :class:`Linter`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, lettertype, nlp as pipeline
from .checks import LetterContext
from .config import Config
from .model import Document, FileError, FileResult, PipelineInfo, Severity
from .readers import SUPPORTED_SUFFIXES, ReadError, read_document
from .readability import LEVELS
from .readers.txt import parse as parse_text
from .rulepack import Rule, load_rules

if TYPE_CHECKING:
    from .engine import Checker

SCHEMA = "lettercheck/1"


@dataclass
class RunResult:
    """The outcome of checking a set of files: the JSON contract's top level."""

    pipeline: PipelineInfo
    files: list[FileResult] = field(default_factory=list)
    #: The rules the run checked with, for formats that describe them (SARIF).
    rules: tuple[Rule, ...] = ()

    def summary(self) -> dict[str, Any]:
        ok = [f for f in self.files if f.status == "ok"]
        severities = Counter(x.severity.value for f in ok for x in f.findings)
        categories = Counter(x.category for f in ok for x in f.findings)
        levels = Counter(f.readability["level"] for f in ok if f.readability)
        return {
            "files": len(self.files),
            "ok": len(ok),
            "errors": len(self.files) - len(ok),
            "findings": sum(severities.values()),
            "by_severity": {s.value: severities.get(s.value, 0) for s in Severity},
            "by_category": dict(sorted(categories.items())),
            "levels": {level: levels[level] for level in LEVELS if levels.get(level)},
            "above_target": sum(1 for f in ok if f.readability and not f.readability["meets_target"]),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "version": __version__,
            "pipeline": self.pipeline.to_dict(),
            "files": [f.to_dict() for f in self.files],
            "summary": self.summary(),
        }

    def exit_code(self, fail_on: Severity = Severity.WARNING) -> int:
        """2 if a file could not be read, 1 if a finding is at or above ``fail_on``, else 0."""
        if any(f.status == "error" for f in self.files):
            return 2
        worst = max((x.severity.rank for f in self.files for x in f.findings), default=-1)
        return 1 if worst >= fail_on.rank else 0


class Linter:
    """A configured lettercheck: which pipeline, which rules, which target, which profile.

    Arguments given here win over the config. The pipeline name is resolved at once (a
    wrong ``--model`` is a usage error before any file is read) but the pipeline itself
    loads on the first letter.
    """

    def __init__(
        self,
        model: str | None = None,
        target: str | None = None,
        rules_dir: Path | None = None,
        config: Config | None = None,
        letter_type: str | None = None,
    ) -> None:
        self.config = config or Config()
        self.target = target or self.config.target
        if self.target not in LEVELS:
            raise ValueError(f"unknown target level {self.target!r}; use one of {', '.join(LEVELS)}")
        self.pipeline_name = pipeline.resolve(model if model is not None else self.config.model)
        self.letter_type = letter_type
        self.rules: tuple[Rule, ...] = load_rules(rules_dir)
        self._checker: Checker | None = None

    @property
    def pipeline(self) -> PipelineInfo:
        return pipeline.load(self.pipeline_name)[1]

    def _ready(self) -> Checker:
        if self._checker is None:
            from .engine import Checker

            nlp, _ = pipeline.load(self.pipeline_name)
            self._checker = Checker(nlp, self.rules, self.config.profile, self.config.severity)
        return self._checker

    def check_document(self, document: Document, letter_type: str | None = None, sender: str | None = None) -> FileResult:
        """Analyse one document that a reader produced; ``letter_type`` and ``sender``
        overrule what is configured or detected for it."""
        return next(self._analyse([document], letter_type, sender))

    def check_text(
        self, text: str, path: str = "<tekst>", letter_type: str | None = None, sender: str | None = None
    ) -> FileResult:
        """Analyse a letter given as a string (as if read from a .txt file)."""
        return self.check_document(parse_text(path, text), letter_type, sender)

    def check_paths(self, paths: Iterable[str | os.PathLike[str]]) -> RunResult:
        """Check files and folders (recursively). Unreadable files become error results;
        the rest of the batch is still checked."""
        results: list[FileResult] = []
        documents: list[Document] = []
        order: list[str] = []
        for path in expand_paths(paths):
            order.append(path)
            try:
                documents.append(read_document(path))
            except ReadError as exc:
                results.append(FileResult(path=path, status="error", error=FileError(exc.code, exc.message)))
        results.extend(self._analyse(documents))
        position = {p: i for i, p in enumerate(order)}
        results.sort(key=lambda r: position.get(r.path, len(order)))
        return RunResult(pipeline=self.pipeline, files=results, rules=self.rules)

    def _analyse(
        self, documents: list[Document], letter_type: str | None = None, sender: str | None = None
    ) -> Iterator[FileResult]:
        """Run the pipeline over all documents in one ``nlp.pipe`` stream, then measure and
        check each. A letter that breaks the analysis becomes an error result: a bug in
        lettercheck must not stop the rest of a batch."""
        from .readability import measure

        checker = self._ready()
        nlp, _ = pipeline.load(self.pipeline_name)
        for document, doc in zip(documents, nlp.pipe(pipeline.make_doc(nlp, d) for d in documents)):
            try:
                context = self._context(document, letter_type, sender)
                findings = checker.check(doc, document, context)
                for finding in findings:
                    if finding.end is not None:
                        finding.end_line, finding.end_column = document.locate_end(finding.end)
                yield FileResult(
                    path=document.path,
                    status="ok",
                    letter_type=context.letter_type,
                    sender=context.sender,
                    readability=_located(measure(doc, self.target).to_dict(), document),
                    findings=findings,
                    text=document.text,
                )
            except Exception as exc:  # noqa: BLE001 - reported per file, never swallowed silently
                yield FileResult(path=document.path, status="error", error=FileError("analysis-failed", _internal(exc)))


    def _context(self, document: Document, letter_type: str | None, sender: str | None) -> LetterContext:
        """Letter type and sender: as given, as configured for this file, or detected."""
        kind = (
            letter_type
            or self.letter_type
            or self.config.letter_type_for(document.path)
            or lettertype.detect(document.text)
        )
        sender = sender or self.config.profile.sender or lettertype.detect_sender(document.text, kind)
        titled = lettertype.has_title(document.text, sender)
        return LetterContext(letter_type=kind, sender=sender, profile=self.config.profile, titled=titled)


def _located(readability: dict[str, Any], document: Document) -> dict[str, Any]:
    """Give each sentence of the level result the line and column a reader can find it at."""
    for sentence in readability["sentence_difficulty"]:
        sentence["line"], sentence["column"], _ = document.locate(sentence["start"])
    return readability


def _internal(exc: Exception) -> str:
    return (
        "Er ging iets mis in lettercheck bij het controleren van deze brief. "
        f"Meld dit aan de makers van lettercheck, met deze melding: {type(exc).__name__}: {exc}"
    )


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Files as given, and the .txt/.docx files inside folders, sorted, without hidden
    files or Word's lock files (~$brief.docx)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith(("~$", "."))
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            ]
            yield from (str(p) for p in sorted(found))
        else:
            yield str(raw)
