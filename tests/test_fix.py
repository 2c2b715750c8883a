"""``lettercheck fix``: safe replacements only, written where the user asked and nowhere
else, with the letter's encoding, line ends and Word formatting kept; never in template
fields or legally required wording."""

from __future__ import annotations

import codecs
import re
import shutil
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx_builder import add_note_reference, add_notes

from lettercheck.atomic import WriteRefused
from lettercheck.cli import main
from lettercheck.fix import fix, match_case, safe_edits
from lettercheck.model import FileResult, Finding, Severity
from lettercheck.readers import read_document
from lettercheck.readers.txt import parse
from lettercheck.rulepack import RulePackError, load_pack, load_rules

from conftest import CORPUS

TXT_LETTER = CORPUS / "aanmaning_harsh_noordpunt.txt"
DOCX_LETTER = CORPUS / "aanmaning_harsh_woonstichting.docx"
INDIEN = re.compile(r"\bindien\b", re.IGNORECASE)


def _jrg01(result: FileResult) -> list[str]:
    return sorted(f.text.lower() for f in result.findings if f.rule == "JRG-01" and f.text)


def test_fix_a_txt_letter_to_a_new_file(linter, tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copy(TXT_LETTER, letter)
    before = letter.read_bytes()
    out = tmp_path / "brief-nieuw.txt"
    fixed = fix(linter, str(letter), str(out))
    assert letter.read_bytes() == before, "the letter itself is never touched without --in-place"
    old, new = before.decode("utf-8"), out.read_text(encoding="utf-8")
    assert INDIEN.search(old) and not INDIEN.search(new)
    assert "Indien wij uw betaling niet" in old and "Als wij uw betaling niet" in new
    assert {(e.old, e.new) for e in fixed.edits} >= {("Indien", "Als"), ("derhalve", "daarom")}
    # Only the replaced words changed.
    assert len(new) - len(old) == sum(len(e.new) - len(e.old) for e in fixed.edits)
    # Checking the fixed letter again: the fixed findings are gone, the rest stays.
    again = linter.check_paths([out]).files[0]
    first = linter.check_paths([letter]).files[0]
    gone = sorted(e.old.lower() for e in fixed.edits)
    remaining = _jrg01(first)
    for word in gone:
        remaining.remove(word)
    assert _jrg01(again) == remaining
    assert {f.rule for f in first.findings} - {"JRG-01"} <= {f.rule for f in again.findings}


def test_diff_previews_and_writes_nothing(linter, tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copy(TXT_LETTER, letter)
    before = letter.read_bytes()
    result = CliRunner().invoke(main, ["fix", str(letter), "--diff"])
    assert result.exit_code == 0, result.output
    removed = [line for line in result.output.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in result.output.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any("Indien wij" in line for line in removed) and any("Als wij" in line for line in added)
    assert len(removed) == len(added)
    assert letter.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.txt"]


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [("utf-8", codecs.BOM_UTF8, "\r\n"), ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
     ("utf-16-be", codecs.BOM_UTF16_BE, "\n"), ("cp1252", b"", "\r\n"), ("utf-8", b"", "\r")],
)
def test_txt_keeps_encoding_bom_and_line_ends(linter, tmp_path, encoding: str, bom: bytes, newline: str) -> None:
    text = TXT_LETTER.read_text(encoding="utf-8")
    letter = tmp_path / "brief.txt"
    letter.write_bytes(bom + text.replace("\n", newline).encode(encoding))
    out = tmp_path / "uit.txt"
    fixed = fix(linter, str(letter), str(out))
    assert fixed.edits
    data = out.read_bytes()
    assert data.startswith(bom)
    written = data[len(bom):].decode(encoding)
    assert written.count(newline) == text.count("\n")
    assert written.replace(newline, "\n") == fixed.after
    assert "€ 272,72" in written  # the euro sign survived the round trip


def test_in_place_is_the_only_way_to_write_over_the_letter(linter, tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copy(TXT_LETTER, letter)
    before = letter.read_bytes()
    runner = CliRunner()
    for args in (["-o", str(letter)], [], ["-o", str(tmp_path / "x.txt"), "--diff"]):
        result = runner.invoke(main, ["fix", str(letter), *args])
        assert result.exit_code == 2, args
        assert letter.read_bytes() == before
    with pytest.raises(WriteRefused):
        fix(linter, str(letter), str(letter))
    result = runner.invoke(main, ["fix", str(letter), "--in-place"])
    assert result.exit_code == 0, result.output
    assert "vervangen in de brief zelf" in result.output
    assert not INDIEN.search(letter.read_text(encoding="utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.txt"], "no temporary file is left behind"


def test_placeholders_and_legal_wording_are_never_touched(linter, tmp_path) -> None:
    text = (
        "Geachte {{ naam }},\n\n"
        "U heeft de factuur {{ factuurnummer }} van {{ datum }} nog niet betaald. Het gaat om € 80,00.\n\n"
        "Indien u niet binnen 14 dagen na de dag waarop u deze brief heeft gekregen betaalt, "
        "dan betaalt u ook € 40,00 incassokosten.\n\n"
        "Indien u vragen heeft, kunt u ons bellen op 010 123 45 67.\n\n"
        "Met vriendelijke groet,\n{{ medewerker }}\n"
    )
    letter = tmp_path / "brief.txt"
    letter.write_text(text, encoding="utf-8")
    out = tmp_path / "uit.txt"
    fixed = fix(linter, str(letter), str(out))
    new = out.read_text(encoding="utf-8")
    assert "Indien u niet binnen 14 dagen" in new, "the statement the law asks for stays as it is"
    assert "Als u vragen heeft" in new
    for field in ("{{ naam }}", "{{ factuurnummer }}", "{{ datum }}", "{{ medewerker }}"):
        assert field in new
    assert [(e.old, e.new) for e in fixed.edits] == [("Indien", "Als")]


def test_a_finding_on_a_placeholder_is_skipped() -> None:
    """Even if a rule were to find a formal word inside a template field."""
    document = parse("brief.txt", "Geachte «indien_naam», indien u vragen heeft, bel ons.")
    rules = load_rules()

    def jargon(start: int) -> Finding:
        return Finding("JRG-01", "jargon", Severity.INFO, "", [], "", text="indien", start=start, end=start + 6)

    inside, outside = document.text.index("indien"), document.text.index("indien u")
    result = FileResult("brief.txt", "ok", findings=[jargon(inside), jargon(outside)], readability={})
    assert [(e.start, e.new) for e in safe_edits(result, document, rules)] == [(outside, "als")]


def test_only_safe_exact_forms_are_replaced() -> None:
    rule = {r.id: r for r in load_rules()}["JRG-01"]
    assert rule.safe_replacement("Indien") == "als"
    assert rule.safe_replacement("verschuldigd") is None, "in the pack, but not marked safe"
    assert rule.safe_replacement("verzocht") is None
    assert match_case("INDIEN", "als") == "ALS" and match_case("Indien", "als") == "Als"


def test_safe_must_name_replacements(tmp_path) -> None:
    pack = {
        "category": "jargon",
        "rules": [{
            "id": "JRG-99", "type": "phrase", "severity": "info", "title": "t", "message": "m",
            "suggestions": ["s"], "source": "s", "replacements": {"indien": "als"}, "safe": ["middels"],
            "examples": {"fail": ["Indien u wilt."], "pass": ["Als u wilt."]},
        }],
    }
    path = tmp_path / "jargon.yml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    with pytest.raises(RulePackError, match="middels"):
        load_pack(path)


def _bold_letter(path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Geachte heer Bakker,")
    paragraph = word.add_paragraph()
    paragraph.add_run("In").bold = True
    paragraph.add_run("dien").bold = True
    paragraph.add_run(" u vragen heeft, kunt u ons ")
    paragraph.add_run("tevens").italic = True
    paragraph.add_run(" mailen. Wij helpen u ")
    paragraph.add_run("GRAAG").bold = True
    paragraph.add_run(".")
    word.save(str(path))


def test_fix_a_docx_letter_keeps_its_formatting(linter, tmp_path) -> None:
    letter = tmp_path / "brief.docx"
    _bold_letter(letter)
    before = letter.read_bytes()
    out = tmp_path / "uit.docx"
    fixed = fix(linter, str(letter), str(out))
    assert letter.read_bytes() == before
    assert {(e.old, e.new) for e in fixed.edits} == {("Indien", "Als"), ("tevens", "ook")}
    runs = docx.Document(str(out)).paragraphs[1].runs
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in runs] == [
        ("Als", True, False), ("", True, False), (" u vragen heeft, kunt u ons ", False, False),
        ("ook", False, True), (" mailen. Wij helpen u ", False, False), ("GRAAG", True, False), (".", False, False),
    ]
    assert read_document(out).text == fixed.after


def test_fix_a_corpus_docx_letter(linter, tmp_path) -> None:
    out = tmp_path / "uit.docx"
    fixed = fix(linter, str(DOCX_LETTER), str(out))
    assert ("Indien", "Als") in {(e.old, e.new) for e in fixed.edits}
    before, after = read_document(DOCX_LETTER), read_document(out)
    assert after.text == fixed.after
    # Same parts, same red and bold text (the replaced words were plain).
    assert [(b.origin, b.style["red"], b.style["bold"]) for b in after.blocks] == [
        (b.origin, b.style["red"], b.style["bold"]) for b in before.blocks
    ]
    again = linter.check_paths([out]).files[0]
    replaced = {e.old.lower() for e in fixed.edits}
    assert not any(f.rule == "JRG-01" and f.text.lower() in replaced for f in again.findings)


def test_docx_diff_writes_nothing(tmp_path) -> None:
    letter = tmp_path / "brief.docx"
    _bold_letter(letter)
    before = letter.read_bytes()
    result = CliRunner().invoke(main, ["fix", str(letter), "--diff"])
    assert result.exit_code == 0, result.output
    assert "-Indien u vragen heeft, kunt u ons tevens mailen." in result.output
    assert "+Als u vragen heeft, kunt u ons ook mailen." in result.output
    assert letter.read_bytes() == before and len(list(tmp_path.iterdir())) == 1


def test_fix_reaches_headers_and_footnotes(linter, tmp_path) -> None:
    letter = tmp_path / "brief.docx"
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "Wij zijn thans verhuisd."
    paragraph = word.add_paragraph("U heeft de rekening nog niet betaald.")
    add_note_reference(paragraph, "footnote", 1)
    word.save(str(letter))
    add_notes(letter, footnotes={1: "Wij rekenen tevens rente."}, endnotes={})
    out = tmp_path / "uit.docx"
    fixed = fix(linter, str(letter), str(out))
    assert {(e.old, e.new, e.where.split(",")[0]) for e in fixed.edits} == {
        ("thans", "nu", "koptekst"), ("tevens", "ook", "voetnoot")
    }
    blocks = {b.origin.part: b.text for b in read_document(out).blocks}
    assert blocks["header"] == "Wij zijn nu verhuisd."
    assert blocks["footnote"] == "Wij rekenen ook rente."
