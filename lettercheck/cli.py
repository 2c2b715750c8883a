"""The ``lettercheck`` command: a thin layer over :class:`lettercheck.analysis.Linter`.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 a file could not be read,
or bad usage (unknown pipeline, unknown level, broken rule pack).
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from . import __version__
from .model import CATEGORIES, Severity
from .levels import LEVELS
from .report import FORMATS, renderer
from .rulepack import LETTER_TYPES

if TYPE_CHECKING:
    from .analysis import Linter
    from .cache import Cache
    from .model import FileResult


@dataclass(frozen=True)
class Analysis:
    """How letters are analysed, as the shared options chose it."""

    target: str | None
    model: str | None
    rules_dir: Path | None
    config_path: Path | None
    letter_type: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]

    def linter(self, first_path: str) -> Linter:
        """A Linter with these options over the config found from ``first_path``."""
        from .analysis import Linter
        from .config import find_config, load_config

        config = load_config(self.config_path or find_config(Path(first_path)))
        return Linter(model=self.model, target=self.target, rules_dir=self.rules_dir, config=config,
                      letter_type=self.letter_type, select=self.select, ignore=self.ignore)


def _selectors(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """Rule names from repeated, comma-separated options, as ruff takes them."""
    from .config import is_selector

    codes = tuple(code.strip() for value in values for code in value.split(",") if code.strip())
    wrong = [code for code in codes if not is_selector(code)]
    if wrong:
        raise click.BadParameter(
            f"{', '.join(wrong)}: noem regels (THR-02), reeksen (THR), categorieën (threat) of ALL."
        )
    return codes


_ANALYSIS_OPTIONS = (
    click.option("--target", type=click.Choice(LEVELS), default=None,
                 help="Target language level (default: config, else B1)."),
    click.option("--model", default=None, metavar="NAME",
                 help="spaCy pipeline to use; 'none' forces the embedded default. "
                      "Default: $LETTERCHECK_MODEL, else nl_core_news_lg/md/sm if installed, else embedded."),
    click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
                 default=None, help="Folder of rule packs to use instead of the built-in ones."),
    click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 default=None, help="Config file. Default: the nearest .lettercheck.toml or pyproject.toml "
                                    "with [tool.lettercheck], from the first path upwards."),
    click.option("--letter-type", type=click.Choice(LETTER_TYPES), default=None,
                 help="Treat every letter as this type instead of detecting it."),
    click.option("--select", multiple=True, callback=_selectors, metavar="RULES",
                 help="Check only these rules: ids, id prefixes or categories, comma-separated "
                      "(replaces the config's selection)."),
    click.option("--ignore", multiple=True, callback=_selectors, metavar="RULES",
                 help="Do not check these rules: ids, id prefixes or categories, comma-separated."),
)


def analysis_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options that choose how letters are analysed; the command gets them as one
    ``analysis`` argument (:class:`Analysis`)."""

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> Any:
        names = ("target", "model", "rules_dir", "config_path", "letter_type", "select", "ignore")
        analysis = Analysis(**{name: kwargs.pop(name) for name in names})
        return command(analysis=analysis, **kwargs)

    for option in reversed(_ANALYSIS_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


@contextmanager
def usage_errors(letter: str | None = None) -> Iterator[None]:
    """Exit with code 2 and the reason for what stops a command: an unknown pipeline, a
    broken rule pack or config, an unreadable letter, a refused write."""
    from .atomic import WriteRefused
    from .config import ConfigError
    from .nlp import PipelineError
    from .readers import ReadError
    from .rulepack import RulePackError

    try:
        yield
    except (PipelineError, RulePackError, ConfigError, WriteRefused) as exc:
        click.echo(f"lettercheck: {exc}", err=True)
        sys.exit(2)
    except ReadError as exc:
        click.echo(f"lettercheck: {letter}: {exc.message}", err=True)
        sys.exit(2)


def _stop_on_error(result: FileResult) -> None:
    """A letter that could not be analysed: its reason, exit code 2."""
    if result.status != "ok":
        message = result.error.message if result.error else ""
        click.echo(f"lettercheck: {result.path}: {message}", err=True)
        sys.exit(2)


#: Objects allocated before a collection of the youngest generation, and how many of those
#: before a collection of the next (Python's defaults: 700, 10, 10).
_GC_THRESHOLDS = (50_000, 20, 100)


def run() -> NoReturn:
    """The ``lettercheck`` command (and ``python -m lettercheck``): :func:`main`, then an
    exit that leaves the run's objects to the operating system.

    A batch ends holding every letter's results, a million small objects, and Python frees
    them one by one on a normal exit: 6-7% of a re-run from the cache (mypy exits this way
    for the same reason). By then every command has written and closed its files and ended
    its worker processes (all inside ``with`` blocks); only the standard streams are left to
    flush. A non-numeric exit status (a message) exits the normal way."""
    try:
        main()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    if code is not None and not isinstance(code, int):
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (``| head``) or a closed stream
            pass
    os._exit(code or 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lettercheck")
def main() -> None:
    """Check Dutch collection letters: language level B1, no threats, help offered."""
    # Each letter makes many small objects and drops them again, nearly all without
    # reference cycles. At Python's default thresholds the cyclic collector runs every 700
    # new objects, and now and then walks the whole heap, word lists and compiled rules
    # included: 5-10% of a batch. Rarer collections keep memory as flat (as mypy does).
    gc.set_threshold(*_GC_THRESHOLDS)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-on", type=click.Choice([*(s.value for s in Severity), "never"]), default="warning",
              show_default=True, help="Lowest severity that makes the exit code 1; 'never': findings never do.")
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even when there are findings (not when a file is unreadable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("-q", "--quiet", is_flag=True, help="Text format: print only the findings.")
@click.option("-v", "--verbose", is_flag=True, help="Text format: print the summary line also when all is well.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for a batch. Default: one per core; 1 analyses in this process.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Cache folder. Default: lettercheck's folder in the user cache ($XDG_CACHE_HOME).")
@click.option("--no-cache", is_flag=True, help="Analyse every letter again; do not use or fill the cache.")
@click.option("--baseline", "baseline_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Leave out the findings in this baseline file: only new findings count.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every current finding to this baseline file.")
@analysis_options
def check(paths: tuple[str, ...], fmt: str, fail_on: str, exit_zero: bool, output: Path | None, quiet: bool,
          verbose: bool, jobs: int | None, cache_dir: Path | None, no_cache: bool, baseline_file: Path | None,
          write_baseline: Path | None, analysis: Analysis) -> None:
    """Check letters (.txt, .docx) and folders of letters."""
    from . import baseline
    from .atomic import write_bytes
    from .progress import ProgressBar

    with usage_errors():
        linter = analysis.linter(paths[0])
        cache = None if no_cache else _cache(linter, cache_dir)
        accepted = baseline.load(baseline_file) if baseline_file else None
        with ProgressBar(enabled=not quiet) as progress:
            run = linter.check_paths(paths, jobs=jobs or _cores(), cache=cache, progress=progress)
    targets = [t for t in (output, write_baseline) if t is not None]
    letters = {os.path.realpath(f.path) for f in run.files} if targets else set()  # realpath: also for a link loop
    for target in targets:
        if os.path.realpath(target) in letters:
            click.echo(f"lettercheck: {target}: dit is een van de brieven; kies een ander bestand.", err=True)
            sys.exit(2)
    with usage_errors():
        if write_baseline is not None:
            count = baseline.write(run, write_baseline)
            click.echo(f"lettercheck: {count} meldingen vastgelegd in {write_baseline}.", err=True)
            baseline_file, accepted = write_baseline, baseline.load(write_baseline)
        if baseline_file is not None and accepted is not None:
            baseline.apply(run, accepted, baseline_file)
        color = output is None and fmt == "text" and sys.stdout.isatty()
        if fmt == "text":
            from .report.text import render

            text = render(run, color, -1 if quiet else int(verbose))
        else:
            text = renderer(fmt)(run, color)
        if output is not None:
            write_bytes(output, text.encode("utf-8"))
        else:
            click.echo(text, nl=False, color=color)
    code = run.exit_code(None if fail_on == "never" else Severity(fail_on))
    sys.exit(0 if exit_zero and code == 1 else code)


def _cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _cache(linter: Linter, folder: Path | None) -> Cache:
    from .cache import Cache, default_folder

    return Cache(folder or default_folder(), linter.pipeline_name, linter.rules)


@main.command("config")
@click.argument("letter", type=click.Path(dir_okay=False, path_type=str))
@analysis_options
def show_config(letter: str, analysis: Analysis) -> None:
    """Show the settings that apply to one letter, and where each one comes from."""
    from .config import COMMAND_LINE, DEFAULT_SOURCE
    from .nlp import ENV_VAR
    from .report.settings import render_settings

    with usage_errors():
        linter = analysis.linter(letter)
    config = linter.config
    chosen = (
        COMMAND_LINE if analysis.model is not None
        else config.source if config.model is not None
        else ENV_VAR if os.environ.get(ENV_VAR) is not None
        else f"{DEFAULT_SOURCE}: het beste dat geïnstalleerd is"
    )
    settings = linter.settings_for(letter)
    click.echo(render_settings(letter, config.source, settings, (linter.pipeline_name, chosen), linter.rules), nl=False)


@main.command("rules")
@click.option("--category", type=click.Choice(CATEGORIES), default=None, help="Only this category.")
def list_rules(category: str | None) -> None:
    """List the rule catalogue."""
    from .report.catalogue import render_rules
    from .rulepack import load_rules

    rules = tuple(r for r in load_rules() if category in (None, r.category))
    click.echo(render_rules(rules), nl=False)


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain one rule: what it finds, why, its source and its examples."""
    import difflib

    from .report.catalogue import render_rule
    from .rulepack import load_rules

    rules = {r.id: r for r in load_rules()}
    rule = rules.get(rule_id.upper())
    if rule is None:
        close = difflib.get_close_matches(rule_id.upper(), rules, n=3)
        hint = f" Bedoelt u {' of '.join(close)}?" if close else " Zie: lettercheck rules"
        click.echo(f"lettercheck: regel {rule_id} bestaat niet.{hint}", err=True)
        sys.exit(2)
    click.echo(render_rule(rule), nl=False)


@main.command()
@click.argument("letter", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="Where to write the copy with comments (.docx); never the letter itself.")
@analysis_options
def annotate(letter: str, output: str, analysis: Analysis) -> None:
    """Write a copy of a letter (.docx, or .txt made into .docx) with each finding as a Word
    comment on its words, and one comment with the language level."""
    from .annotate import annotate as annotate_letter

    with usage_errors(letter):
        done = annotate_letter(analysis.linter(letter), letter, output)
    _stop_on_error(done.result)
    level = done.result.readability or {}
    click.echo(f"{output}: {done.comments} opmerkingen bij {letter} "
               f"(niveau {level.get('level')}, doel {level.get('target')}).")
    if done.unplaced:
        click.echo(f"lettercheck: {done.unplaced} opmerkingen konden nergens staan: de brief heeft geen "
                   "gewone alinea met tekst.", err=True)


@main.command()
@click.argument("letter", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write the fixed letter to this file.")
@click.option("--in-place", is_flag=True, help="Write the fixed letter over the letter itself.")
@click.option("--diff", "show_diff", is_flag=True, help="Show the changes as a unified diff; write nothing.")
@analysis_options
def fix(letter: str, output: str | None, in_place: bool, show_diff: bool, analysis: Analysis) -> None:
    """Make the safe replacements (indien -> als) in a letter. Never in template fields or
    in wording the law asks for."""
    from .fix import fix as fix_letter

    if (output is not None) + in_place + show_diff != 1:
        click.echo("lettercheck: kies één van deze drie: -o BESTAND, --in-place of --diff.", err=True)
        sys.exit(2)
    with usage_errors(letter):
        fixed = fix_letter(analysis.linter(letter), letter, output, in_place)
    _stop_on_error(fixed.result)
    if show_diff:
        click.echo(fixed.diff(), nl=False)
        return
    where = "in de brief zelf" if in_place else f"in {output}"
    count = len(fixed.edits)
    click.echo(f"{letter}: {count} {'woord' if count == 1 else 'woorden'} vervangen {where}."
               if count else f"{letter}: niets om zelf te vervangen.")
    for edit in fixed.edits:
        click.echo(f"    {edit.where}: {edit.old} → {edit.new} ({edit.rule})")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this computer can reach the default.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on; 0 lets the system choose a free one.")
@analysis_options
def serve(host: str, port: int, analysis: Analysis) -> None:
    """Start a local web page: drop a letter, see the findings, download the annotated copy."""
    from dataclasses import replace

    from .web.app import LOCAL_HOSTS, create_app, serve as serve_page

    def make_linter(target: str | None, letter_type: str | None) -> Linter:
        chosen = replace(analysis, target=target or analysis.target, letter_type=letter_type or analysis.letter_type)
        return chosen.linter(".")

    def started(address: str) -> None:
        click.echo(f"lettercheck draait op {address} . Open dit adres in uw browser. Stoppen: Ctrl+C.")
        if host not in LOCAL_HOSTS:
            click.echo("Let op: ook andere computers in het netwerk kunnen deze pagina nu openen.")
        sys.stdout.flush()

    click.echo("lettercheck laadt het taalmodel ...")
    with usage_errors():
        app = create_app(make_linter)
    try:
        serve_page(app, host, port, started)
    except OSError as exc:
        click.echo(f"lettercheck: {host}:{port} kan niet worden gebruikt ({exc.strerror}). "
                   "Kies een andere poort met --port.", err=True)
        sys.exit(2)
