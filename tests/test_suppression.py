"""Accepted findings: `lettercheck: negeer` markers in text, Word comments, and a baseline."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from lettercheck.analysis import Linter
from lettercheck.cli import main

from conftest import CORPUS

# A harsh letter from the corpus: court threat (THR-02), "laatste waarschuwing" (THR-04),
# "Indien" (JRG-01), and no referral to debt help (REF-01).
HARSH = (CORPUS / "14-dagenbrief_harsh_meubel_b.txt").read_text(encoding="utf-8")
COURT = "Daarnaast zullen wij gerechtelijke stappen tegen u ondernemen."
FORMAL = "Indien wij uw betaling niet binnen deze termijn hebben ontvangen"


def _rules(result, rule: str) -> list[str]:
    return [f.text for f in result.findings if f.rule == rule]


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if words in line)


def test_the_letter_has_the_findings_the_markers_accept(linter: Linter) -> None:
    result = linter.check_text(HARSH, "brief.txt")
    assert _rules(result, "THR-02") and _rules(result, "JRG-01") and _rules(result, "REF-01") == [None]


def test_marker_on_the_line_accepts_only_the_rules_it_names(linter: Linter) -> None:
    marked = HARSH.replace(COURT, COURT + " <!-- lettercheck: negeer THR-02 -->")
    plain, result = linter.check_text(HARSH, "brief.txt"), linter.check_text(marked, "brief.txt")
    assert _rules(result, "THR-02") == [] and result.suppressed == len(_rules(plain, "THR-02"))
    # Same line, other rule: still reported; so is every finding elsewhere.
    same = lambda findings: {(f.rule, f.text, f.line) for f in findings}  # noqa: E731
    assert same(f for f in plain.findings if f.rule != "THR-02") == same(result.findings)
    assert [f for f in result.findings if f.line == _line_of(HARSH, COURT)]


@pytest.mark.parametrize("marker", ["LetterCheck: Negeer THR-02", "LETTERCHEC\u212a: NEGEER THR-02"])
def test_marker_in_any_case_is_found(linter: Linter, marker: str) -> None:
    # Markers are looked for case-insensitively, as re does: the Kelvin sign is a k to it.
    result = linter.check_text(HARSH.replace(COURT, f"{COURT} # {marker}"), "brief.txt")
    assert _rules(result, "THR-02") == [] and result.suppressed >= 1


def test_marker_on_its_own_line_accepts_the_next_line_with_text(linter: Linter) -> None:
    # The paragraph with "Indien" (JRG-01) and the court threat (THR-02) is one line.
    marked = HARSH.replace(FORMAL, "# lettercheck: negeer JRG-01\n" + FORMAL)
    result = linter.check_text(marked, "brief.txt")
    line = _line_of(marked, FORMAL)
    assert not [f for f in result.findings if f.rule == "JRG-01" and f.line == line]
    assert [f for f in result.findings if f.rule == "THR-02" and f.line == line]
    # "Indien" elsewhere in the letter (none here) would still count: the marker covers one line.
    assert result.suppressed == 1


def test_marker_without_rules_accepts_every_finding_on_its_line(linter: Linter) -> None:
    marked = HARSH.replace(FORMAL, "<!-- lettercheck: negeer -->\n" + FORMAL)
    line = _line_of(marked, FORMAL)
    plain = linter.check_text(marked.replace("<!-- lettercheck: negeer -->", ""), "brief.txt")
    result = linter.check_text(marked, "brief.txt")
    on_line = [f for f in plain.findings if f.line == line]
    assert len(on_line) >= 3  # JRG-01, TON-04 'genoodzaakt', THR-02 ...
    assert not [f for f in result.findings if f.line == line]
    assert result.suppressed == len(on_line)
    # A marker that names no rule does not accept what is missing from the letter.
    assert _rules(result, "REF-01") == [None]


def test_marker_naming_a_rule_accepts_it_when_something_is_missing(linter: Linter) -> None:
    marked = HARSH + "\n<!-- lettercheck: negeer REF-01 PAY-01: zakelijke klant -->\n"
    result = linter.check_text(marked, "brief.txt")
    assert not _rules(result, "REF-01") and not _rules(result, "PAY-01")
    assert _rules(result, "THR-02")


def test_marker_text_gives_no_findings_and_does_not_count_for_the_level(linter: Linter) -> None:
    long_marker = "# lettercheck: negeer THR-02 want de rechter is hier echt de volgende stap voor deze klant"
    marked = HARSH.replace(COURT, long_marker + "\n" + COURT)
    plain, result = linter.check_text(HARSH, "brief.txt"), linter.check_text(marked, "brief.txt")
    start = marked.index(long_marker)
    assert not [f for f in result.findings if f.start is not None and start <= f.start < start + len(long_marker)]
    for key in ("words", "sentences", "difficulty", "level"):
        assert result.readability[key] == plain.readability[key]
    # The report still shows the letter as written, marker and all.
    assert result.text == marked


def _word_letter(path: Path, comment: str) -> None:
    """A short Word letter with a court threat that carries ``comment``, and a second
    threat elsewhere."""
    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    threat = document.add_paragraph("Betaalt u niet op tijd? ")
    commented = threat.add_run("Dan nemen wij gerechtelijke stappen.")
    document.add_paragraph("Dit is uw laatste waarschuwing.")
    document.add_comment(commented, text=comment, author="Team Incasso", initials="TI")
    document.save(path)


def test_word_comment_accepts_the_named_rule_in_its_passage(linter: Linter, tmp_path: Path) -> None:
    plain, marked = tmp_path / "gewoon.docx", tmp_path / "negeer.docx"
    _word_letter(plain, "Klopt dit bedrag wel?")
    _word_letter(marked, "lettercheck: negeer THR-02")
    before, after = linter.check_paths([plain, marked]).files
    assert _rules(before, "THR-02") == ["gerechtelijke stappen"] and before.suppressed == 0
    assert _rules(after, "THR-02") == [] and after.suppressed == 1
    # Outside the commented passage the letter is checked as before.
    assert _rules(after, "THR-04") == _rules(before, "THR-04") != []


def test_word_comment_for_another_rule_accepts_nothing_here(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    _word_letter(path, "lettercheck: negeer JRG-01")
    result = linter.check_paths([path]).files[0]
    assert _rules(result, "THR-02") == ["gerechtelijke stappen"] and result.suppressed == 0


def _check(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_baseline_hides_known_findings_and_keeps_new_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    letter = tmp_path / "sjablonen" / "brief.txt"
    letter.parent.mkdir()
    letter.write_text(HARSH, encoding="utf-8")
    code, first = _check(str(letter))
    known = len(first["files"][0]["findings"])
    assert code == 1 and known > 3

    code, written = _check("--write-baseline", "baseline.json", str(letter))
    assert code == 0 and written["files"][0]["findings"] == []
    assert written["summary"]["baselined"] == known
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == known and {e["path"] for e in entries} == {"sjablonen/brief.txt"}

    # Lines added above every finding: nothing is new.
    moved = HARSH.replace("Geachte mevrouw", "Uw klantnummer: 778812.\n\nGeachte mevrouw", 1)
    letter.write_text(moved, encoding="utf-8")
    code, again = _check("--baseline", "baseline.json", str(letter))
    assert code == 0 and again["files"][0]["findings"] == [] and again["summary"]["baselined"] == known

    # A new threat counts, even next to an accepted one; the old ones stay hidden.
    letter.write_text(moved.replace(COURT, COURT + " Wij schakelen ook een deurwaarder in."), encoding="utf-8")
    code, new = _check("--baseline", "baseline.json", str(letter))
    assert code == 1
    assert [(f["category"], "deurwaarder" in f["text"]) for f in new["files"][0]["findings"]] == [("threat", True)]
    assert new["summary"]["baselined"] == known

    # Another folder: paths are relative to the baseline file, so it still applies.
    monkeypatch.chdir(letter.parent)
    letter.write_text(moved, encoding="utf-8")
    code, elsewhere = _check("--baseline", str(tmp_path / "baseline.json"), "brief.txt")
    assert code == 0 and elsewhere["summary"]["baselined"] == known


def test_a_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(HARSH, encoding="utf-8")
    broken = tmp_path / "baseline.json"
    broken.write_text('{"schema": "iets anders", "findings": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--baseline", str(broken), str(letter)])
    assert result.exit_code == 2 and "baseline" in result.output


def test_fix_leaves_accepted_words_alone(tmp_path: Path) -> None:
    text = "Beste mevrouw Jansen,\n\nIndien u vragen heeft, kunt u ons bellen.\n\nMet vriendelijke groet,\nTeam Incasso\n"
    letter = tmp_path / "brief.txt"
    letter.write_text(text, encoding="utf-8")
    plain = CliRunner().invoke(main, ["fix", "--diff", str(letter)], catch_exceptions=False).output
    assert "-Indien u" in plain and "+Als u" in plain
    letter.write_text(text.replace("Indien", "# lettercheck: negeer JRG-01\nIndien"), encoding="utf-8")
    marked = CliRunner().invoke(main, ["fix", "--diff", str(letter)], catch_exceptions=False).output
    assert marked == ""
