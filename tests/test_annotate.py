"""``lettercheck annotate``: the copy carries one Word comment per finding on exactly its
words, and otherwise is the letter it was: same visible text, formatting, headers, tables,
fields and comments. Checked by opening the copy again, with python-docx and with
lettercheck's own reader, and by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx_builder import build_full_letter

from lettercheck.annotate import AUTHOR, annotate
from lettercheck.atomic import WriteRefused
from lettercheck.cli import main
from lettercheck.docx_edit import COMMENTABLE_PARTS
from lettercheck.model import Document
from lettercheck.readers import read_document

from conftest import CORPUS

DOCX_LETTERS = sorted(CORPUS.glob("*.docx"))
TXT_LETTER = CORPUS / "aanmaning_harsh_noordpunt.txt"


def comments(path: Path) -> list[tuple[str, str, str]]:
    """(author, comment text, the text its range covers) for every comment in the body."""
    word = docx.Document(str(path))
    texts = {c.comment_id: (c.author, c.text) for c in word.comments}
    open_ranges: dict[str, list[str]] = {}
    covered: dict[int, str] = {}
    wanted = ("w:commentRangeStart", "w:commentRangeEnd", "w:t", "w:tab", "w:br", "w:p")
    for element in word.element.body.iter(*(qn(t) for t in wanted)):
        tag = element.tag
        if tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif tag == qn("w:commentRangeEnd"):
            covered[int(element.get(qn("w:id")))] = "".join(open_ranges.pop(element.get(qn("w:id"))))
        elif any(a.tag == qn("w:del") for a in element.iterancestors()):
            continue
        else:
            char = {qn("w:t"): element.text or "", qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:p"): "\n\n"}[tag]
            for parts in open_ranges.values():
                if parts or tag != qn("w:p"):
                    parts.append(char)
    return [(author, text, covered.get(i, "").strip("\n")) for i, (author, text) in texts.items()]


def first_paragraph(document: Document) -> str:
    return next(b.text for b in document.blocks if b.origin.part in COMMENTABLE_PARTS)


def _visible(document: Document) -> list[tuple[str, str, str, dict]]:
    return [(b.text, b.origin.part, b.origin.detail, b.style) for b in document.blocks]


@pytest.fixture(scope="module")
def annotated(linter, tmp_path_factory):
    """Each .docx example letter, the builder's letter with every Word construct, and a
    .txt letter: (original, copy, what annotate reported)."""
    folder = tmp_path_factory.mktemp("annotated")
    full = folder / "volledig.docx"
    build_full_letter(full)
    done = {}
    for letter in [*DOCX_LETTERS, full, TXT_LETTER]:
        copy = folder / f"{letter.stem}.opmerkingen.docx"
        done[letter.name] = (letter, copy, annotate(linter, str(letter), str(copy)))
    return done


@pytest.mark.parametrize("name", [p.name for p in DOCX_LETTERS] + ["volledig.docx", TXT_LETTER.name])
def test_each_finding_has_a_comment_on_exactly_its_words(annotated, name: str) -> None:
    _, copy, done = annotated[name]
    result = done.result
    assert result.status == "ok"
    ours = Counter((text, anchor) for author, text, anchor in comments(copy) if author == AUTHOR)
    reread = read_document(copy)
    first = first_paragraph(reread)
    for finding in result.findings:
        block = reread.block_at(finding.start) if finding.start is not None else None
        in_body = block is not None and block.origin.part in COMMENTABLE_PARTS
        anchor = finding.text if in_body else first
        match = next(
            (key for key in ours if key[1] == anchor and finding.message in key[0] and finding.rule in key[0]
             and all(s in key[0] for s in finding.suggestions) and "Beter:" in key[0]),
            None,
        )
        assert match is not None, f"no comment for {finding.rule} on {anchor!r}"
        if finding.start is not None and not in_body:
            assert finding.location in match[0], "a comment moved to the first paragraph says where the words are"
        ours[match] -= 1
        if not ours[match]:
            del ours[match]
    # What is left is the one summary comment, on the first paragraph.
    assert len(ours) == 1 and sum(ours.values()) == 1
    (summary, anchor), = ours
    assert anchor == first
    level = result.readability
    assert f"taalniveau {level['level']}" in summary and f"doel is {level['target']}" in summary
    if not level["meets_target"]:
        assert level["reasons"][0] in summary
    assert done.comments == len(result.findings) + 1 and done.unplaced == 0


@pytest.mark.parametrize("name", [p.name for p in DOCX_LETTERS] + ["volledig.docx"])
def test_the_copy_reads_as_the_original(annotated, name: str) -> None:
    """Same text in the same parts with the same formatting, placeholders and all."""
    original, copy, _ = annotated[name]
    before, after = read_document(original), read_document(copy)
    assert after.text == before.text
    assert _visible(after) == _visible(before)
    assert after.placeholders == before.placeholders


def test_a_txt_letter_becomes_a_word_letter_with_its_own_paragraphs(linter, annotated) -> None:
    original, copy, done = annotated[TXT_LETTER.name]
    before, after = read_document(original), read_document(copy)
    assert [b.text for b in after.blocks] == [b.text for b in before.blocks]
    assert {b.origin.part for b in after.blocks} == {"body"}
    # Same paragraphs, so the same sentences: the findings are the ones `check` gives.
    checked = linter.check_paths([TXT_LETTER]).files[0]
    found = Counter((f.rule, f.text) for f in done.result.findings)
    assert found == Counter((f.rule, f.text) for f in checked.findings)


def test_existing_comments_headers_tables_fields_and_notes_stay(annotated) -> None:
    original, copy, _ = annotated["volledig.docx"]
    theirs = [(text, anchor) for author, text, anchor in comments(copy) if author != AUTHOR]
    assert theirs == [(text, anchor) for author, text, anchor in comments(original)]
    assert theirs == [("Interne notitie: toon nog verzachten",
                       "Neem contact met ons op als u het niet eens bent met deze brief.")]
    word = docx.Document(str(copy))
    assert "Incassobureau Zeewind" in word.sections[0].header.paragraphs[0].text
    assert "Postbus 4321" in word.sections[0].footer.paragraphs[0].text
    assert word.tables[0].cell(1, 0).text == "Hoofdsom factuur maart"
    instructions = [e.text for e in word.element.body.iter(qn("w:instrText"))]
    assert any("MERGEFIELD Naam" in i for i in instructions)
    simple = [e.get(qn("w:instr")) for e in word.element.body.iter(qn("w:fldSimple"))]
    assert any("MERGEFIELD Bedrag" in i for i in simple)
    parts = {Path(str(p.partname)).name for p in word.part.package.iter_parts()}
    assert {"footnotes.xml", "endnotes.xml"} <= parts


def test_split_runs_keep_their_formatting(linter, tmp_path) -> None:
    """A finding in the middle of a bold run: the comment covers exactly the words, and
    every part of the run is still bold."""
    letter = tmp_path / "vet.docx"
    word = docx.Document()
    word.add_paragraph("Geachte mevrouw De Vries,")
    paragraph = word.add_paragraph("U heeft de rekening nog niet betaald. ")
    paragraph.add_run("Wij nemen anders gerechtelijke stappen tegen u.").bold = True
    word.save(str(letter))
    copy = tmp_path / "vet.opmerkingen.docx"
    done = annotate(linter, str(letter), str(copy))
    threat = next(f for f in done.result.findings if f.rule == "THR-02")
    assert any(anchor == threat.text for _, _, anchor in comments(copy))
    runs = docx.Document(str(copy)).paragraphs[1].runs
    bold = "".join(r.text for r in runs if r.bold)
    assert bold == "Wij nemen anders gerechtelijke stappen tegen u."
    assert threat.text in [r.text for r in runs if r.bold]


def test_annotate_never_writes_over_the_letter(linter, tmp_path) -> None:
    letter = tmp_path / "brief.docx"
    shutil.copy(DOCX_LETTERS[0], letter)
    data = letter.read_bytes()
    with pytest.raises(WriteRefused):
        annotate(linter, str(letter), str(tmp_path / "." / "brief.docx"))
    result = CliRunner().invoke(main, ["annotate", str(letter), "-o", str(letter)])
    assert result.exit_code == 2
    assert "dit is de brief zelf" in result.output
    assert letter.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_annotate_wants_a_docx_name_and_a_readable_letter(tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["annotate", str(TXT_LETTER), "-o", str(tmp_path / "kopie.txt")])
    assert result.exit_code == 2 and ".docx" in result.output
    result = runner.invoke(main, ["annotate", str(tmp_path / "weg.docx"), "-o", str(tmp_path / "kopie.docx")])
    assert result.exit_code == 2 and "bestaat niet" in result.output
    result = runner.invoke(main, ["annotate", str(TXT_LETTER), "-o", str(tmp_path / "geen" / "kopie.docx")])
    assert result.exit_code == 2 and "Deze map bestaat niet" in result.output
    assert not list(tmp_path.iterdir())


def test_annotate_command(tmp_path) -> None:
    copy = tmp_path / "kopie.docx"
    result = CliRunner().invoke(main, ["annotate", str(TXT_LETTER), "-o", str(copy), "--model", "none"])
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ opmerkingen bij .*noordpunt\.txt \(niveau [ABC][12], doel B1\)", result.output)
    assert sum(1 for author, _, _ in comments(copy) if author == AUTHOR) > 1


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (Debian package libreoffice-writer-nogui) is not installed")
def test_libreoffice_opens_the_copy_and_sees_every_comment(annotated, tmp_path) -> None:
    _, copy, done = annotated["volledig.docx"]
    # Comments as PDF annotations: one per comment tells LibreOffice read them all.
    export = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    run = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profiel'}", "--headless",
         "--convert-to", export, "--outdir", str(tmp_path), str(copy)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    pdf = tmp_path / f"{copy.stem}.pdf"
    assert run.returncode == 0 and pdf.exists(), run.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Subtype /Text") == done.comments + 1  # ours and the writer's own
