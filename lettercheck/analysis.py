"""The library API: one pipeline that every letter flows through once.

    path -> reader -> Document -> markers out -> spaCy (once) -> readability + rules
         -> accepted findings out -> FileResult

The CLI, and later the web page, are thin layers over :class:`Linter`. For a batch,
unchanged letters come from the cache (:mod:`.cache`), the others are analysed in chunks,
here or in worker processes (:mod:`.batch`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, nlp as pipeline
from .config import Config, ConfigError, FileSettings, selector_matches
from .model import Document, FileError, FileResult, PipelineInfo, Severity
from .readers import SCANNED_SUFFIXES, Limits, ReadError, check_length, read_source, source_digest
from .levels import LEVELS
from .readers.txt import parse as parse_text
from .rulepack import Rule, load_rules
from .suppression import Suppression, apply as apply_suppressions, strip_markers

if TYPE_CHECKING:
    from .cache import Cache
    from .checks import LetterContext
    from .engine import Checker

SCHEMA = "lettercheck/1"

#: Called with (letters done, letters in the run) as a batch goes on.
Progress = Callable[[int, int], None]


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
            "suppressed": sum(f.suppressed for f in ok),
            "baselined": sum(f.baselined for f in ok),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "version": __version__,
            "pipeline": self.pipeline.to_dict(),
            "files": [f.to_dict() for f in self.files],
            "summary": self.summary(),
        }

    def exit_code(self, fail_on: Severity | None = Severity.WARNING) -> int:
        """2 if a file could not be read, 1 if a finding is at or above ``fail_on`` (never
        for None), else 0."""
        if any(f.status == "error" for f in self.files):
            return 2
        worst = max((x.severity.rank for f in self.files for x in f.findings), default=-1)
        return 1 if fail_on is not None and worst >= fail_on.rank else 0


class Linter:
    """A configured lettercheck: which pipeline, which rules, which settings per file.

    Arguments given here (the command line) win over the config. The pipeline name is
    resolved at once (a wrong ``--model`` is a usage error before any file is read) but the
    pipeline itself loads on the first letter.
    """

    def __init__(
        self,
        model: str | None = None,
        target: str | None = None,
        rules_dir: Path | None = None,
        config: Config | None = None,
        letter_type: str | None = None,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
    ) -> None:
        self.config = config or Config()
        if target is not None and target not in LEVELS:
            raise ValueError(f"unknown target level {target!r}; use one of {', '.join(LEVELS)}")
        self.target = target
        self.letter_type = letter_type
        self.select = list(select) if select else None
        self.ignore = tuple(ignore)
        self.pipeline_name = pipeline.resolve(model if model is not None else self.config.model)
        self.limits = Limits(int(self.config.max_file_size), self.config.max_letter_length)
        self.rules: tuple[Rule, ...] = load_rules(rules_dir)
        self._checkers: dict[str, Checker] = {}
        self._settings: dict[tuple[tuple[bool, ...], tuple[bool, ...]], FileSettings] = {}
        self._check_selectors()

    def __getstate__(self) -> dict[str, Any]:
        """For worker processes that do not inherit this one: compiled matchers stay here."""
        return {**self.__dict__, "_checkers": {}}

    def _check_selectors(self) -> None:
        """Every rule name in select and ignore must name a rule: a typo would silently
        check all, or nothing."""
        named = [
            (where, code)
            for where, settings in (
                (self.config.source, self.config),
                *((f"{self.config.source}, overrides[{i}]", o) for i, o in enumerate(self.config.overrides, 1)),
            )
            for code in [*(settings.select or []), *settings.ignore]
        ]
        named += [("--select", code) for code in self.select or []] + [("--ignore", code) for code in self.ignore]
        for where, code in named:
            if not any(selector_matches(code, rule.id, rule.category) for rule in self.rules):
                raise ConfigError(
                    f"{where}: '{code}' is geen regel en geen categorie. Kijk welke er zijn met: lettercheck rules"
                )

    def settings_for(self, path: str) -> FileSettings:
        """The effective settings for one file: config, its overrides, then the command line.

        Worked out once per outcome of the config's globs (:meth:`Config.globs_matched`), not
        per file: files that match the same globs share one FileSettings, which nobody changes."""
        key = self.config.globs_matched(path)
        settings = self._settings.get(key)
        if settings is None:
            settings = self._settings[key] = self.config.for_file(
                path, self.target, self.letter_type, self.select, self.ignore
            )
        return settings

    @property
    def pipeline(self) -> PipelineInfo:
        return pipeline.load(self.pipeline_name)[1]

    def prepare(self) -> None:
        """Load the pipeline and the word lists now rather than on the first letter, so that
        worker processes started after this share them instead of each loading its own."""
        self.check_text("Wij helpen u graag.")

    def _checker(self, settings: FileSettings) -> Checker:
        """The compiled rules for these settings; files with the same settings share them."""
        key = settings.rules_key
        if key not in self._checkers:
            from .engine import Checker

            nlp, _ = pipeline.load(self.pipeline_name)
            rules = [rule for rule in self.rules if settings.selects(rule)]
            self._checkers[key] = Checker(nlp, rules, settings.profile, settings.severity)
        return self._checkers[key]

    def check_document(
        self,
        document: Document,
        letter_type: str | None = None,
        sender: str | None = None,
        suppressions: Sequence[Suppression] = (),
    ) -> FileResult:
        """Analyse one document that a reader produced; ``letter_type`` and ``sender``
        overrule what is configured or detected for it, ``suppressions`` (from Word
        comments) add to the markers in its text."""
        try:
            check_length(document.text, self.limits)
        except ReadError as exc:
            return unreadable(document.path, exc)
        return self._analyse([(document, list(suppressions))], letter_type, sender)[0]

    def check_text(
        self, text: str, path: str = "<tekst>", letter_type: str | None = None, sender: str | None = None
    ) -> FileResult:
        """Analyse a letter given as a string (as if read from a .txt file); a text that
        is too long or not text at all gives an error result."""
        try:
            check_length(text, self.limits)
            document = parse_text(path, text)
        except ReadError as exc:
            return unreadable(path, exc)
        return self.check_document(document, letter_type, sender)

    def check_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        jobs: int = 1,
        cache: Cache | None = None,
        progress: Progress | None = None,
    ) -> RunResult:
        """Check files and folders (recursively), results in the order of the files.
        Unreadable files become error results; the rest of the batch is still checked.

        ``jobs`` > 1 analyses in that many worker processes; ``cache`` takes unchanged
        letters from the cache and stores the new results.
        """
        files = list(expand_paths(paths))
        results: list[FileResult | None] = [None] * len(files)
        keys: dict[int, str] = {}
        digests: dict[int, str] = {}
        info: PipelineInfo | None = None
        done = 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, len(files))

        if cache is not None:
            for i, path in enumerate(files):
                try:
                    fmt, data = read_source(path, self.limits)
                except ReadError:
                    continue  # reported by the analysis below
                digests[i] = source_digest(data)
                keys[i] = cache.key(fmt, digests[i], self.settings_for(path).fingerprint)
                hit = cache.get(keys[i], path)
                if hit is not None:
                    results[i], info = hit
                    advance(1)
        pending = [i for i, result in enumerate(results) if result is None]
        if pending:
            from .batch import analyse_files

            fresh = analyse_files(self, [files[i] for i in pending], jobs, advance)
            info = self.pipeline
            for i, result in zip(pending, fresh, strict=True):
                results[i] = result
                # Only under the key of the bytes that were analysed: a letter saved again
                # while the batch ran is analysed as it is now, and not cached as it was.
                if cache is not None and i in keys and result.status == "ok" and result.source == digests[i]:
                    cache.put(keys[i], result, info)
        return RunResult(pipeline=info or self.pipeline, files=[r for r in results if r], rules=self.rules)

    def analyse_paths(self, paths: Sequence[str]) -> list[FileResult]:
        """Read and analyse files in one ``nlp.pipe`` stream, results in their order: the
        unit of work of a batch."""
        from .docx_comments import parse_with_suppressions

        results: dict[int, FileResult] = {}
        read: list[tuple[int, Document, list[Suppression], str]] = []
        for i, path in enumerate(paths):
            try:
                fmt, data = read_source(path, self.limits)
                document, suppressions = parse_with_suppressions(path, fmt, data, self.limits)
                read.append((i, document, suppressions, source_digest(data)))
            except ReadError as exc:
                results[i] = unreadable(path, exc)
        analysed = self._analyse([(document, extra) for _, document, extra, _ in read])
        for (i, _, _, digest), result in zip(read, analysed, strict=True):
            result.source = digest
            results[i] = result
        return [results[i] for i in range(len(paths))]

    def _analyse(
        self,
        items: list[tuple[Document, list[Suppression]]],
        letter_type: str | None = None,
        sender: str | None = None,
    ) -> list[FileResult]:
        """Run the pipeline over all documents in one ``nlp.pipe`` stream, then measure and
        check each. A letter that breaks the analysis becomes an error result: a bug in
        lettercheck must not stop the rest of a batch."""
        from .readability import measure

        nlp, _ = pipeline.load(self.pipeline_name)
        prepared = []
        for original, extra in items:
            document, marked = strip_markers(original)
            prepared.append((original, document, [*marked, *extra], self.settings_for(original.path)))
        results = []
        # Batches hold at most one longest allowed letter's worth of text: the memory a
        # trained pipeline takes grows with the words in a batch.
        longest = max((len(document.text) for _, document, _, _ in prepared), default=1)
        batch = max(1, self.limits.letter_length // max(longest, 1))
        docs = nlp.pipe((pipeline.make_doc(nlp, document) for _, document, _, _ in prepared), batch_size=batch)
        for (original, document, suppressions, settings), doc in zip(prepared, docs, strict=True):
            try:
                context = self._context(document, settings, letter_type, sender)
                found = self._checker(settings).check(doc, document, context)
                findings, suppressed = apply_suppressions(found, suppressions)
                for finding in findings:
                    if finding.end is not None:
                        finding.end_line, finding.end_column = document.locate_end(finding.end)
                results.append(
                    FileResult(
                        path=document.path,
                        status="ok",
                        letter_type=context.letter_type,
                        sender=context.sender,
                        readability=_located(measure(doc, settings.target).to_dict(), document),
                        findings=findings,
                        text=original.text,
                        suppressed=suppressed,
                    )
                )
            except Exception as exc:  # noqa: BLE001 - reported per file, never swallowed silently
                results.append(FileResult(path=document.path, status="error", error=internal_error(exc)))
        return results

    def _context(
        self, document: Document, settings: FileSettings, letter_type: str | None, sender: str | None
    ) -> LetterContext:
        """Letter type and sender: as given, as configured for this file, or detected."""
        from . import lettertype  # compiles its cues: not imported by a run that only reads the cache
        from .checks import LetterContext

        kind = letter_type or settings.letter_type or lettertype.detect(document.text)
        sender = sender or settings.profile.sender or lettertype.detect_sender(document.text, kind)
        titled = lettertype.has_title(document.text, sender)
        return LetterContext(letter_type=kind, sender=sender, profile=settings.profile, titled=titled)


def _located(readability: dict[str, Any], document: Document) -> dict[str, Any]:
    """Give each sentence of the level result the line and column a reader can find it at."""
    for sentence in readability["sentence_difficulty"]:
        sentence["line"], sentence["column"], _ = document.locate(sentence["start"])
    return readability


def unreadable(path: str, exc: ReadError) -> FileResult:
    """The result for a letter that could not be read: its reason, nothing analysed."""
    return FileResult(path=path, status="error", error=FileError(exc.code, exc.message))


def internal_error(exc: Exception) -> FileError:
    """The error result for a letter that broke lettercheck (a bug, or a worker that died)."""
    return FileError(
        "analysis-failed",
        "Er ging iets mis in lettercheck bij het controleren van deze brief. "
        f"Meld dit aan de makers van lettercheck, met deze melding: {type(exc).__name__}: {exc}",
    )


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Files as given, and the letters inside folders, sorted, without hidden files or
    Word's lock files (~$brief.docx). Letters are .txt and .docx files, and .doc, .rtf and
    .odt files, which are reported as unreadable rather than skipped without a word."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if (p.is_file() or (p.is_symlink() and not p.exists()))  # a broken link is reported
                and p.suffix.lower() in SCANNED_SUFFIXES
                and not p.name.startswith(("~$", "."))
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            ]
            yield from (str(p) for p in sorted(found))
        else:
            yield str(raw)
