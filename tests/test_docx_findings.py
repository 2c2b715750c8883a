"""A Word letter end to end: findings come from every part a reader of the printed letter
sees, and never from deleted text, field codes, comments or placeholders."""

from __future__ import annotations

import docx
import pytest
from docx_builder import (
    add_complex_field,
    add_content_control_block,
    add_content_control_run,
    add_hyperlink,
    add_note_reference,
    add_notes,
    add_textbox,
    add_tracked_deletion,
    add_tracked_insertion,
)

# part of the letter -> (phrase placed there, rule that must find it, expected Origin.part)
PLACED = {
    "header": ("Betaal per omgaande.", "JRG-02", "header"),
    "body": ("Hierbij sommeer ik u om te betalen.", "THR-05", "body"),
    "table": ("Wij handelen zonder nadere aankondiging.", "THR-01", "table"),
    "nested_table": ("Dit is uw laatste waarschuwing.", "THR-04", "table"),
    "textbox": ("Wij nemen gerechtelijke stappen.", "THR-02", "textbox"),
    "content_control_run": ("melding bij het BKR", "THR-07", "body"),
    "content_control_block": ("Wij leggen beslag op uw loon.", "THR-06", "body"),
    "hyperlink": ("betaal middels de website", "JRG-01", "body"),
    "insertion": ("Wij zullen de vordering uit handen geven.", "THR-03", "body"),
    "footnote": ("Alle kosten komen voor uw rekening.", "THR-08", "footnote"),
    "footer": ("Betaal onverwijld.", "JRG-02", "footer"),
}
PHRASE = {part: phrase for part, (phrase, _, _) in PLACED.items()}


def _build(path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = PHRASE["header"]
    d.sections[0].footer.paragraphs[0].text = PHRASE["footer"]
    greeting = d.add_paragraph("Geachte ")
    add_complex_field(greeting, " MERGEFIELD Indien_Naam \\* MERGEFORMAT ", "«Indien_Naam»")
    greeting.add_run(",")
    body = d.add_paragraph(PHRASE["body"])
    add_note_reference(body, "footnote", 1)
    deleted = d.add_paragraph("U krijgt ")
    add_tracked_deletion(deleted, "zonder verdere waarschuwing een sommatie ")
    add_tracked_insertion(deleted, PHRASE["insertion"])
    commented = d.add_paragraph("Bel ons op 010 123 45 67.")
    d.add_comment(commented.runs[0], text="Dreig hier met gerechtelijke stappen", author="X", initials="X")
    link = d.add_paragraph("U kunt ")
    add_hyperlink(link, "https://example.org", PHRASE["hyperlink"])
    control = d.add_paragraph("Anders volgt een ")
    add_content_control_run(control, PHRASE["content_control_run"])
    add_content_control_block(d, PHRASE["content_control_block"])
    anchor = d.add_paragraph("Lees het kader.")
    add_textbox(anchor, PHRASE["textbox"])
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = PHRASE["table"]
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = PHRASE["nested_table"]
    d.save(str(path))
    add_notes(path, footnotes={1: PHRASE["footnote"]}, endnotes={}, continuation_notice="")


@pytest.fixture(scope="module")
def result(linter, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    _build(path)
    run = linter.check_paths([path])
    assert run.files[0].status == "ok", run.files[0].error
    return run.files[0]


@pytest.mark.parametrize("part", sorted(PLACED))
def test_a_finding_from_every_part(result, part: str) -> None:
    phrase, rule, origin_part = PLACED[part]
    hits = [f for f in result.findings if f.rule == rule and f.text and f.text.lower() in phrase.lower()]
    assert hits, f"{rule} found nothing in the {part}"
    label = {"header": "koptekst", "footer": "voettekst", "table": "tabel", "textbox": "tekstvak",
             "footnote": "voetnoot", "body": "hoofdtekst"}[origin_part]
    assert any(h.location.startswith(label) for h in hits), [h.location for h in hits]


def test_nothing_from_deleted_text_field_codes_comments_or_placeholders(result) -> None:
    texts = " | ".join(f.text or "" for f in result.findings)
    for hidden in ("verdere waarschuwing", "sommatie", "MERGEFIELD", "Indien_Naam"):
        assert hidden.lower() not in texts.lower(), hidden
    # The comment's "gerechtelijke stappen" is not in the letter; the text box's is, once.
    assert len([f for f in result.findings if f.rule == "THR-02"]) == 1


def test_positions_point_into_the_visible_text(result, linter, tmp_path) -> None:
    from lettercheck.readers import read_document

    path = tmp_path / "brief.docx"
    _build(path)
    document = read_document(path)
    for f in result.findings:
        if f.start is not None:
            assert document.text[f.start : f.end] == f.text
