"""Shared fixtures. The pipeline under test comes from LETTERCHECK_MODEL, so CI runs the
whole suite once with the embedded default and once with a trained pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettercheck.analysis import Linter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "letters"
SHARED = ROOT.parent / "shared"


def pytest_report_header(config: pytest.Config) -> str:
    from lettercheck import nlp

    return f"lettercheck pipeline: {nlp.resolve()}"


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


@pytest.fixture(scope="session")
def embedded_linter() -> Linter:
    return Linter(model="none")


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """`lettercheck check` caches results in the user cache folder: each test gets its own,
    so tests never share results, nor touch the cache of the person running them."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
