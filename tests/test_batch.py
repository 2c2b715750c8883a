"""Batch scans: worker processes, the cache, quiet output, the summary and --fail-on."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lettercheck import batch
from lettercheck.analysis import Linter
from lettercheck.cli import main
from lettercheck.progress import ProgressBar

from conftest import CORPUS

#: Enough letters for two workers (each needs batch.MIN_PER_WORKER), .txt and .docx.
LETTERS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))[: 2 * batch.MIN_PER_WORKER + 3]
HARSH = CORPUS / "14-dagenbrief_harsh_meubel_b.txt"
WARM = CORPUS / "14-dagenbrief_warm_polderstroom.txt"
FINDING = re.compile(r"^\S+?:(\d+:\d+:)? (error|warning|info) [A-Z]{3}-\d+ ")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "brieven"
    target.mkdir()
    for letter in LETTERS:
        shutil.copy(letter, target / letter.name)
    (target / "kapot.docx").write_bytes(b"geen zip")
    return target


def test_workers_give_the_same_json_as_one_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools = []

    class CountedPool(batch.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            pools.append(kwargs["max_workers"])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountedPool)
    code_one, one = _run("check", "--format", "json", "--no-cache", "--jobs", "1", str(folder))
    assert pools == []
    code_two, two = _run("check", "--format", "json", "--no-cache", "--jobs", "2", str(folder))
    assert pools == [2]
    assert (code_one, one) == (code_two, two)
    paths = [f["path"] for f in json.loads(two)["files"]]
    assert paths == sorted(str(p) for p in folder.iterdir())  # input order, the broken file included


def test_a_small_batch_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "ProcessPoolExecutor", None)  # would fail if used
    run = Linter().check_paths([HARSH, WARM], jobs=8)
    assert [r.status for r in run.files] == ["ok", "ok"]


def test_cache_gives_identical_output_and_skips_the_analysis(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(cache), str(folder))
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == len(LETTERS)  # every letter that could be read, not the broken one
    uncached = _run("check", "--format", "json", "--no-cache", "--jobs", "1", str(folder))
    assert first == uncached

    analysed: list[str] = []
    real = Linter.analyse_paths
    monkeypatch.setattr(Linter, "analyse_paths", lambda self, paths: analysed.extend(paths) or real(self, paths))
    assert _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(cache), str(folder)) == first
    assert analysed == [str(folder / "kapot.docx")]  # unreadable files are never cached

    # Damaged entries are not trusted: the letters are analysed again, the output is the same.
    entries[0].write_text(entries[0].read_text(encoding="utf-8")[:100], encoding="utf-8")
    entry = json.loads(entries[1].read_text(encoding="utf-8"))
    entry["result"]["findings"] = "niets"
    entries[1].write_text(json.dumps(entry), encoding="utf-8")
    entry = json.loads(entries[2].read_text(encoding="utf-8"))
    entry["format"] = 0
    entries[2].write_text(json.dumps(entry), encoding="utf-8")
    analysed.clear()
    assert _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(cache), str(folder)) == first
    assert len(analysed) == 4

    # Other settings are another key: nothing is taken from the cache.
    analysed.clear()
    _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(cache), "--target", "B2", str(folder))
    assert len(analysed) == len(LETTERS) + 1


def test_changed_letter_is_analysed_again(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(WARM.read_text(encoding="utf-8"), encoding="utf-8")
    _run("check", "--format", "json", str(letter))
    letter.write_text(WARM.read_text(encoding="utf-8") + "\nWij nemen gerechtelijke stappen.\n", encoding="utf-8")
    code, out = _run("check", "--format", "json", str(letter))
    assert code == 1 and "THR-02" in {f["rule"] for f in json.loads(out)["files"][0]["findings"]}


def test_a_letter_saved_again_during_the_run_is_not_cached_under_its_old_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache hashes the bytes first, the analysis reads the file later: a letter saved in
    between is analysed as it is now, and that result must not be kept for the old bytes."""
    letter = tmp_path / "brief.txt"
    warm = WARM.read_text(encoding="utf-8")
    letter.write_text(warm, encoding="utf-8")
    real = Linter.analyse_paths

    def saved_meanwhile(self: Linter, paths: list[str]) -> list:
        letter.write_text(warm + "\nWij nemen gerechtelijke stappen.\n", encoding="utf-8")
        return real(self, paths)

    monkeypatch.setattr(Linter, "analyse_paths", saved_meanwhile)
    code, out = _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(tmp_path / "cache"), str(letter))
    assert "THR-02" in {f["rule"] for f in json.loads(out)["files"][0]["findings"]}  # what is there now
    assert not list((tmp_path / "cache").rglob("*.json"))

    monkeypatch.setattr(Linter, "analyse_paths", real)
    letter.write_text(warm, encoding="utf-8")
    code, out = _run("check", "--format", "json", "--jobs", "1", "--cache-dir", str(tmp_path / "cache"), str(letter))
    assert "THR-02" not in {f["rule"] for f in json.loads(out)["files"][0]["findings"]}


def test_cache_goes_to_the_user_cache_folder_unless_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _run("check", "--no-cache", str(WARM))
    assert not (tmp_path / "xdg").exists()
    _run("check", str(WARM))
    assert len(list((tmp_path / "xdg" / "lettercheck").rglob("*.json"))) == 1


def test_no_output_when_all_is_well(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(WARM.read_text(encoding="utf-8"), encoding="utf-8")
    code, data = _run("check", "--format", "json", "--select", "threat", str(letter))
    assert code == 0 and json.loads(data)["files"][0]["findings"] == []
    assert _run("check", "--select", "threat", str(letter)) == (0, "")
    code, out = _run("check", "--select", "threat", "--verbose", str(letter))
    assert code == 0 and len(out.splitlines()) == 1 and "niets gevonden" in out


def test_quiet_prints_only_the_findings() -> None:
    code, out = _run("check", "--quiet", str(HARSH), str(WARM))
    lines = out.splitlines()
    assert code == 1 and lines
    assert all(FINDING.match(line) or line.startswith("    tip: ") for line in lines)
    _, full = _run("check", "--format", "json", str(HARSH), str(WARM))
    assert sum(1 for line in lines if FINDING.match(line)) == json.loads(full)["summary"]["findings"]


def test_batch_summary_names_the_letters_with_most_work(folder: Path) -> None:
    _, out = _run("check", "--jobs", "1", str(folder))
    summary = out[out.index("Samenvatting van") :].splitlines()
    assert summary[0] == f"Samenvatting van {len(LETTERS) + 1} brieven:"
    assert summary[1].lstrip().startswith("niveau: ") and summary[2].lstrip().startswith("meldingen per soort: ")
    named = [line.split(":")[0].strip() for line in summary[summary.index("    eerst aanpakken:") + 1 : -1]]
    assert len(named) == 5
    data = json.loads(_run("check", "--format", "json", "--jobs", "1", str(folder))[1])
    errors = {f["path"]: sum(x["severity"] == "error" for x in f["findings"]) for f in data["files"] if f["status"] == "ok"}
    assert errors[named[0]] == max(errors.values())
    assert [errors[p] for p in named] == sorted((errors[p] for p in named), reverse=True)
    # One letter: no batch summary.
    assert "Samenvatting" not in _run("check", str(HARSH))[1]


def test_fail_on_decides_the_exit_code(tmp_path: Path) -> None:
    assert _run("check", "--fail-on", "never", str(HARSH))[0] == 0
    assert _run("check", "--fail-on", "error", "--select", "JRG", str(HARSH))[0] == 0
    assert _run("check", "--fail-on", "info", "--select", "JRG", str(HARSH))[0] == 1
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"geen zip")
    assert _run("check", "--fail-on", "never", str(broken), str(HARSH))[0] == 2


def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.delenv("CI", raising=False)
    assert ProgressBar().enabled and not ProgressBar(enabled=False).enabled
    monkeypatch.setenv("CI", "true")
    assert not ProgressBar().enabled
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr.isatty", lambda: False, raising=False)
    assert not ProgressBar().enabled
