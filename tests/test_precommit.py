"""The pre-commit hook: its definition, and a real run through pre-commit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import CORPUS, ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"


def test_hook_definition_checks_txt_and_docx_files() -> None:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "lettercheck" and hook["language"] == "python"
    assert hook["entry"] == "lettercheck check"
    assert hook["types"] == ["file"]  # .docx is binary: not "text"
    files = re.compile(hook["files"])
    assert files.search("sjablonen/aanmaning.docx") and files.search("brieven/herinnering.txt")
    assert not files.search("brieven/herinnering.doc") and not files.search("README.md")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args], cwd=cwd,
                   check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None,
                    reason="pre-commit (the test extra) or git is not installed")
@pytest.mark.skipif(bool(os.environ.get("LETTERCHECK_MODEL")),
                    reason="the hook installs lettercheck afresh, with its embedded pipeline: run once")
def test_pre_commit_runs_the_hook_on_changed_letters(tmp_path: Path) -> None:
    # The hook repository as pre-commit would clone it: this project's files, committed.
    hooks = tmp_path / "lettercheck"
    hooks.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, hooks / name)
    for folder in ("lettercheck", "rules"):
        shutil.copytree(ROOT / folder, hooks / folder, ignore=shutil.ignore_patterns("__pycache__"))
    _git(hooks, "init", "-q")
    _git(hooks, "add", "-A")
    _git(hooks, "commit", "-qm", "hook")
    # A template repository with one harsh and one warm letter.
    templates = tmp_path / "sjablonen"
    templates.mkdir()
    shutil.copy(CORPUS / "14-dagenbrief_harsh_meubel_b.txt", templates / "streng.txt")
    shutil.copy(CORPUS / "herinnering_warm_waterbedrijf.docx", templates / "vriendelijk.docx")
    (templates / "notities.md").write_text("Geen brief: dreigen met gerechtelijke stappen.\n", encoding="utf-8")
    _git(templates, "init", "-q")
    _git(templates, "add", "-A")
    env = {k: v for k, v in os.environ.items() if k != "LETTERCHECK_MODEL"}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), CI="true")

    def run(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pre-commit", "try-repo", str(hooks), "lettercheck", "--files", *files],
            cwd=templates, env=env, capture_output=True, text=True, timeout=900,
        )

    failed = run("streng.txt", "vriendelijk.docx", "notities.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "streng.txt:" in failed.stdout and " THR-" in failed.stdout
    assert "notities.md" not in failed.stdout  # not a letter: pre-commit does not pass it on
    passed = run("vriendelijk.docx", "notities.md")
    assert passed.returncode == 0 and "Passed" in passed.stdout, passed.stdout + passed.stderr
