"""Hostile and broken input: every unreadable file is reported with its reason and the rest
of the batch is checked; time and memory stay bounded; nothing of the user's is written, and
an interrupted write leaves nothing half-written."""

from __future__ import annotations

import importlib
import io
import json
import os
import pkgutil
import re
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_files import GIB, GOOD_DOCX, GOOD_TXT, OK, build_folder, declare_size, docx_members, write_bomb, zip_bytes

import lettercheck
from lettercheck import analysis, atomic, readers
from lettercheck.analysis import Linter
from lettercheck.cli import main
from lettercheck.config import Config
from lettercheck.readers import DEFAULT_MAX_LETTER_LENGTH, ReadError, read_document
from lettercheck.readers import docx as docx_reader
from lettercheck.rulepack import load_rules

ROOT = Path(__file__).resolve().parent.parent
#: The test folder's zip bombs inflate to 64 MiB, far past every limit; the 1 GiB bomb has
#: its own test below, and scripts/hostile_folder.py puts it in the folder.
BOMB = 64 << 20


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry under ``folder``: its mode and content (or link target)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            found[str(path)] = (info.st_mode, os.readlink(path))
        elif path.is_file() and os.access(path, os.R_OK):
            found[str(path)] = (info.st_mode, path.read_bytes())
        else:
            found[str(path)] = (info.st_mode, "")
    return found


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile") / "brieven"
    folder.mkdir()
    return folder, build_folder(folder, bomb_size=BOMB)


# --- the whole folder ------------------------------------------------------------------


def test_every_file_gets_its_outcome_and_check_writes_nothing(hostile, tmp_path: Path) -> None:
    folder, expected = hostile
    before = _snapshot(folder)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    result = _run("check", "--format", "json", "--jobs", "1", *cache, str(folder))
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert {f["path"]: f["error"]["code"] if f["error"] else f["status"] for f in files} == expected
    for f in files:
        if f["status"] == "ok":
            assert f["readability"]["level"] and f["letter_type"]
        else:
            assert not f["findings"] and len(f["error"]["message"]) > 20
    # The text report (the good letters now from the cache) names each file and its reason.
    result = _run("check", "--jobs", "1", *cache, str(folder))
    assert result.exit_code == 2 and "Traceback" not in result.output
    for path, outcome in expected.items():
        if outcome != OK:
            assert re.search(rf"^{re.escape(path)}: error {outcome} \S", result.output, re.MULTILINE), path
    assert _snapshot(folder) == before


def test_the_same_letter_in_every_encoding_gives_the_same_findings(hostile) -> None:
    folder, expected = hostile
    variants = sorted(p for p in expected if Path(p).name.startswith("goed-") and p.endswith(".txt"))
    run = Linter().check_paths(variants)
    assert len(variants) == 10 and all(r.status == "ok" for r in run.files)
    seen = {json.dumps([f.to_dict() for f in r.findings]) + json.dumps(r.readability) for r in run.files}
    assert len(seen) == 1 and run.files[0].findings


def test_error_codes_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Limits and error codes") :]
    raised = set(re.findall(r'ReadError\(\s*"([a-z-]+)"', _source("lettercheck")))
    raised |= set(re.findall(r'FileError\(\s*"([a-z-]+)"', _source("lettercheck")))
    assert raised >= {"empty", "binary", "too-large", "too-long", "password-protected", "broken-link"}
    assert not [code for code in raised if f"`{code}`" not in section]


def _source(package: str) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / package).rglob("*.py"))


# --- files that go away, pipes, folders, permissions -------------------------------------


def test_a_file_that_vanishes_mid_batch_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copyfile(GOOD_TXT, tmp_path / name)
    listed = analysis.expand_paths

    def listed_then_gone(paths):
        found = list(listed(paths))
        (tmp_path / "b.txt").unlink()
        return iter(found)

    monkeypatch.setattr(analysis, "expand_paths", listed_then_gone)
    run = Linter().check_paths([tmp_path])
    outcomes = [(Path(r.path).name, r.error.code if r.error else r.status) for r in run.files]
    assert outcomes == [("a.txt", "ok"), ("b.txt", "not-found"), ("c.txt", "ok")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_named_like_a_letter_is_never_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "brief.txt"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    with pytest.raises(ReadError) as caught:
        read_document(pipe)
    assert caught.value.code == "not-a-file"
    assert Linter().check_paths([tmp_path]).files == []  # a folder scan passes it by


def test_a_folder_named_like_a_letter_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "brief.docx"
    folder.mkdir()
    with pytest.raises(ReadError) as caught:
        read_document(folder)
    assert caught.value.code == "not-a-file"


def test_a_letter_lettercheck_may_not_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copyfile(GOOD_TXT, letter)

    def refused(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refused)  # as root, chmod would not stop the read
    with pytest.raises(ReadError) as caught:
        read_document(letter)
    assert caught.value.code == "no-permission"


def test_other_letter_formats_in_a_folder_are_reported_not_skipped(tmp_path: Path) -> None:
    for name in ("brief.doc", "brief.rtf", "brief.odt", "brief.pdf", "brief.txt"):
        shutil.copyfile(GOOD_TXT, tmp_path / name)
    run = Linter().check_paths([tmp_path])
    outcomes = {Path(r.path).name: r.error.code if r.error else r.status for r in run.files}
    assert outcomes == {"brief.doc": "old-word-format", "brief.odt": "odt-format", "brief.rtf": "rtf-format", "brief.txt": "ok"}


# --- limits ------------------------------------------------------------------------------


def test_limits_come_from_the_config(tmp_path: Path) -> None:
    (tmp_path / ".lettercheck.toml").write_text('max-file-size = "3 kB"\nmax-letter-length = 1500\n', encoding="utf-8")
    letter = GOOD_TXT.read_text(encoding="utf-8")
    assert 1500 < len(letter) < 3000
    (tmp_path / "lang.txt").write_text(letter, encoding="utf-8")
    (tmp_path / "groot.txt").write_text(letter * 2, encoding="utf-8")
    (tmp_path / "kort.txt").write_text(letter[:1400], encoding="utf-8")
    files = json.loads(_run("check", "--format", "json", "--no-cache", str(tmp_path)).stdout)["files"]
    errors = {Path(f["path"]).name: f["error"] for f in files}
    assert errors["kort.txt"] is None
    assert errors["lang.txt"]["code"] == "too-long" and "1.500 tekens" in errors["lang.txt"]["message"]
    assert errors["groot.txt"]["code"] == "too-large" and "3 kB" in errors["groot.txt"]["message"]


def test_a_file_that_grows_after_its_size_was_read_is_read_whole_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader reads as much as stat said, and on when the file turns out longer: a
    letter saved again meanwhile is read whole, and still no further than the limit."""
    letter = GOOD_TXT.read_bytes()
    path = tmp_path / "brief.txt"
    path.write_bytes(letter)
    real_stat = Path.stat

    def stat_before_it_grew(self: Path, **kwargs: object) -> os.stat_result:
        info = real_stat(self, **kwargs)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))  # st_size: 10 bytes

    monkeypatch.setattr(Path, "stat", stat_before_it_grew)
    assert readers.read_source(path) == ("txt", letter)
    with pytest.raises(ReadError) as caught:
        readers.read_source(path, readers.Limits(len(letter) - 1, DEFAULT_MAX_LETTER_LENGTH))
    assert caught.value.code == "too-large"


def test_a_limit_that_is_no_size_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / ".lettercheck.toml").write_text('max-file-size = "heel groot"\n', encoding="utf-8")
    shutil.copyfile(GOOD_TXT, tmp_path / "brief.txt")
    result = _run("check", str(tmp_path / "brief.txt"))
    assert result.exit_code == 2 and "max-file-size" in result.output


def test_a_text_too_long_for_a_letter_is_refused_not_analysed() -> None:
    linter = Linter(config=Config(max_letter_length=1000))
    assert linter.check_text("Wij helpen u. " * 80).error.code == "too-long"
    # Longer than spaCy takes in one go: refused with a reason, never a crash.
    assert Linter().check_text("a" * 1_200_000).error.code == "too-long"


def test_a_text_of_too_many_words_is_refused_and_the_limit_follows_the_length() -> None:
    """Under the length limit, but a word or sign every two characters: each costs a
    trained pipeline memory. Real letters, even in short sentences, stay far below it."""
    rows = "€ 1 " * 4_950
    refused = Linter().check_text(rows).error
    assert refused.code == "too-long" and "4.000 woorden en tekens" in refused.message
    assert Linter(config=Config(max_letter_length=50_000)).check_text(rows).status == "ok"
    plain = (GOOD_TXT.read_text(encoding="utf-8") + "\n\n") * 8
    assert len(plain) < DEFAULT_MAX_LETTER_LENGTH and Linter().check_text(plain).status == "ok"


@pytest.mark.parametrize(
    "unit",
    ["a ", "1234567890", "€ 1 ", "u je «Naam» indien ", "Wij helpen u.\n", "«Naam» "],
)
def test_a_letter_of_one_endless_pattern_is_analysed_in_bounded_time(linter: Linter, unit: str) -> None:
    """As long as the limits allow: the length in characters, or in words and signs."""
    words_in_unit = len(readers._WORD_OR_SIGN.findall(unit))
    most_words = DEFAULT_MAX_LETTER_LENGTH // readers.CHARACTERS_PER_WORD
    text = (unit * DEFAULT_MAX_LETTER_LENGTH)[: min(DEFAULT_MAX_LETTER_LENGTH, most_words // words_in_unit * len(unit))]
    # As long as allowed: a little more is refused.
    assert len(text) == DEFAULT_MAX_LETTER_LENGTH or linter.check_text(text + unit * 2).error.code == "too-long"
    started = time.perf_counter()
    result = linter.check_text(text)
    assert result.status == "ok"
    assert time.perf_counter() - started < 60  # seconds; one that grows quadratically takes far longer


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every regular expression lettercheck runs: in the rule packs, and in its modules."""
    found = [
        (rule.id, re.compile(regex, 0 if matchers.case_sensitive else re.IGNORECASE))
        for rule in load_rules()
        for matchers in (rule.match, rule.unless, rule.when, rule.except_when, rule.if_, rule.any_of)
        for regex in matchers.regex
    ]
    for module in pkgutil.walk_packages(lettercheck.__path__, "lettercheck."):
        if not module.name.endswith("__main__"):
            names = vars(importlib.import_module(module.name)).items()
            found += [(f"{module.name}.{name}", value) for name, value in names if isinstance(value, re.Pattern)]
    return found


@pytest.mark.parametrize("unit", ["a ", "1234567890", "€ 1 ", " ", "\t", "\n", "A", "1.", "«", "é"])
def test_no_pattern_backtracks_on_a_long_line(unit: str) -> None:
    """200,000 characters: a pattern that backtracks (time growing with the square of the
    length) takes minutes here, a linear one well under a second."""
    text = (unit * 200_000)[:200_000]
    slow = []
    for name, pattern in _patterns():
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        if (elapsed := time.perf_counter() - started) > 2:
            slow.append(f"{name}: {elapsed:.1f} s")
    assert not slow


# --- zip bombs and XML tricks ------------------------------------------------------------


@pytest.fixture(scope="module")
def gib_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bom.docx"
    write_bomb(path, GIB)
    return path


def _inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the bytes zipfile unpacks from now on."""
    counted: list[int] = []
    real = zipfile.ZipExtFile.read

    def read(self, n=-1):
        data = real(self, n)
        counted.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    return counted


def test_a_gib_bomb_is_refused_before_anything_is_unpacked(gib_bomb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert gib_bomb.stat().st_size < 2_000_000
    inflated = _inflated(monkeypatch)
    with pytest.raises(ReadError) as caught:
        read_document(gib_bomb)
    assert caught.value.code == "too-large" and sum(inflated) == 0


def test_a_bomb_whose_header_lies_is_unpacked_no_further_than_it_says(
    gib_bomb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    liar = tmp_path / "liegt.docx"
    liar.write_bytes(declare_size(gib_bomb.read_bytes(), "word/document.xml", 4096))
    inflated = _inflated(monkeypatch)
    with pytest.raises(ReadError) as caught:
        read_document(liar)
    assert caught.value.code == "corrupt-docx" and sum(inflated) < 1_000_000


def test_a_part_is_unpacked_in_chunks_up_to_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Opened without the size check: the unpacking itself must stop at the limit.
    data = zip_bytes({"word/document.xml": b" " * (docx_reader.MAX_XML_SIZE + 5_000_000)})
    inflated = _inflated(monkeypatch)
    with zipfile.ZipFile(io.BytesIO(data)) as archive, pytest.raises(ReadError) as caught:
        docx_reader.read_part(archive, "word/document.xml")
    assert caught.value.code == "too-large"
    assert docx_reader.MAX_XML_SIZE < sum(inflated) <= docx_reader.MAX_XML_SIZE + (1 << 16)


def test_entities_and_dtds_are_never_loaded(hostile) -> None:
    folder, _ = hostile
    for name in ("extern-entiteit.docx", "extern-dtd.docx"):
        text = read_document(folder / name).text
        assert "Geachte heer Jansen," in text and "root:" not in text and "GELEKT" not in text


def test_too_many_parts_and_locked_parts() -> None:
    members = docx_members()
    many = zip_bytes({**members, **{f"customXml/item{i}.xml": b"<a/>" for i in range(docx_reader.MAX_PARTS)}})
    with pytest.raises(ReadError) as caught:
        docx_reader.read("brief.docx", many)
    assert caught.value.code == "too-large"


# --- nothing written, nothing half-written -------------------------------------------------


def _interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while a file is being written: after its bytes, before it takes its name."""

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)


@pytest.mark.parametrize("command", ["check", "fix", "fix-in-place", "annotate"])
def test_ctrl_c_while_writing_leaves_no_partial_file(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer,\n\nIndien u niet betaalt, nemen wij gerechtelijke stappen.\n", encoding="utf-8")
    out = tmp_path / "uit"
    out.mkdir()
    args = {
        "check": ["check", "--no-cache", "-o", str(out / "verslag.txt"), str(letter)],
        "fix": ["fix", str(letter), "-o", str(out / "nieuw.txt")],
        "fix-in-place": ["fix", "--in-place", str(letter)],
        "annotate": ["annotate", str(letter), "-o", str(out / "opmerkingen.docx")],
    }[command]
    before = _snapshot(tmp_path)
    _interrupt(monkeypatch)
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, (KeyboardInterrupt, SystemExit)) and result.exit_code != 0
    assert _snapshot(tmp_path) == before  # no report, no copy, no temporary file; the letter as it was


def test_write_refuses_the_letter_and_cleans_up_on_any_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "verslag.txt"
    target.write_text("oud", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(atomic.WriteRefused, match="De schijf is vol"):
        atomic.write_bytes(target, b"nieuw")
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.txt"] and target.read_text(encoding="utf-8") == "oud"


def test_annotate_and_fix_never_write_over_the_letter(tmp_path: Path) -> None:
    letter = tmp_path / "brief.docx"
    shutil.copyfile(GOOD_DOCX, letter)
    before = letter.read_bytes()
    for args in (["annotate", str(letter), "-o", str(letter)], ["fix", str(letter), "-o", str(letter)]):
        result = _run(*args)
        assert result.exit_code == 2 and "brief zelf" in result.output
    assert letter.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["brief.docx"]
