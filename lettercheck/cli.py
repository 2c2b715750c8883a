"""The ``lettercheck`` command: a thin layer over :class:`lettercheck.analysis.Linter`.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 a file could not be read,
or bad usage (unknown pipeline, unknown level, broken rule pack).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .model import CATEGORIES, Severity
from .readability import LEVELS
from .report import FORMATS, renderer
from .rulepack import LETTER_TYPES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lettercheck")
def main() -> None:
    """Check Dutch collection letters: language level B1, no threats, help offered."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output format.")
@click.option("--target", type=click.Choice(LEVELS), default=None,
              help="Target language level (default: config, else B1).")
@click.option("--model", default=None, metavar="NAME",
              help="spaCy pipeline to use; 'none' forces the embedded default. "
                   "Default: $LETTERCHECK_MODEL, else nl_core_news_lg/md/sm if installed, else embedded.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="warning",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even when there are findings (not when a file is unreadable).")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of rule packs to use instead of the built-in ones.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Config file. Default: the nearest .lettercheck.toml or pyproject.toml "
                                 "with [tool.lettercheck], from the first path upwards.")
@click.option("--letter-type", type=click.Choice(LETTER_TYPES), default=None,
              help="Treat every letter as this type instead of detecting it.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
def check(paths: tuple[str, ...], fmt: str, target: str | None, model: str | None, fail_on: str,
          exit_zero: bool, rules_dir: Path | None, config_path: Path | None, letter_type: str | None,
          output: Path | None) -> None:
    """Check letters (.txt, .docx) and folders of letters."""
    from .analysis import Linter
    from .config import ConfigError, find_config, load_config
    from .nlp import PipelineError
    from .rulepack import RulePackError

    try:
        config = load_config(config_path or find_config(Path(paths[0])))
        linter = Linter(model=model, target=target, rules_dir=rules_dir, config=config, letter_type=letter_type)
        run = linter.check_paths(paths)
    except (PipelineError, RulePackError, ConfigError) as exc:
        click.echo(f"lettercheck: {exc}", err=True)
        sys.exit(2)
    if output is not None and output.resolve() in {Path(f.path).resolve() for f in run.files}:
        click.echo(f"lettercheck: {output}: dit is een van de brieven; kies een ander bestand.", err=True)
        sys.exit(2)
    color = output is None and fmt == "text" and sys.stdout.isatty()
    text = renderer(fmt)(run, color)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False, color=color)
    code = run.exit_code(Severity(fail_on))
    sys.exit(0 if exit_zero and code == 1 else code)


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
