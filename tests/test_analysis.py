"""The library API end to end on small letters: positions, placeholders, pipelines."""

from __future__ import annotations

import pytest

from lettercheck import nlp
from lettercheck.analysis import Linter
from lettercheck.readers.txt import read

HARSH = (
    "Geachte heer De Vries,\n"
    "\n"
    "Indien wij het bedrag niet binnen 5 dagen ontvangen, zullen wij zonder nadere\n"
    "aankondiging gerechtelijke stappen ondernemen.\n"
)


def test_findings_point_at_the_exact_words(linter: Linter) -> None:
    result = linter.check_text(HARSH, "brief.txt")
    by_rule = {f.rule: f for f in result.findings}
    thr01 = by_rule["THR-01"]
    # The phrase is wrapped over two lines: it is still found, at line 3.
    assert thr01.text == "zonder nadere\naankondiging"
    assert (thr01.line, thr01.column) == (3, HARSH.splitlines()[2].index("zonder") + 1)
    assert HARSH[thr01.start : thr01.end] == thr01.text
    thr02 = by_rule["THR-02"]
    assert thr02.text == "gerechtelijke stappen"
    assert (thr02.line, thr02.column) == (4, len("aankondiging ") + 1)
    jrg = by_rule["JRG-01"]
    assert (jrg.text, jrg.line, jrg.column, jrg.suggestions) == ("Indien", 3, 1, ["Schrijf: Als"])
    for rule in ("REF-01", "CON-01", "PAY-01"):
        assert by_rule[rule].start is None and by_rule[rule].line is None


def test_inflected_forms_match_through_lemmas(linter: Linter) -> None:
    result = linter.check_text("Wij hebben u gesommeerd. Daarna sommeerden wij u nogmaals.")
    assert [f.text for f in result.findings if f.rule == "THR-05"] == ["gesommeerd", "sommeerden"]


def test_word_boundaries_hold(linter: Linter) -> None:
    # "bkr" inside another word, "tijdig" inside "tijdigheid" are not findings.
    result = linter.check_text("De abkrt-code en de tijdigheidsnorm staan op de site.")
    assert not [f for f in result.findings if f.rule in ("THR-07", "JRG-02")]


def test_placeholders_are_opaque_and_stand_for_their_kind(linter: Linter) -> None:
    text = (
        "Beste «Naam»,\n\nU moet nog € {{ bedrag }} betalen voor [FACTUURNUMMER]. "
        "Bel ons op {{telefoon}} of mail naar %EMAIL%.\n"
    )
    result = linter.check_text(text)
    flagged = {f.text for f in result.findings if f.text}
    assert not any(ph in t for t in flagged for ph in ("«Naam»", "{{ bedrag }}", "[FACTUURNUMMER]", "%EMAIL%"))
    assert "CON-01" not in {f.rule for f in result.findings}  # {{telefoon}} is a phone number
    doc = read("x.txt", text.encode())
    assert [(p.name, p.kind) for p in doc.placeholders] == [
        ("Naam", "name"), ("bedrag", "amount"), ("FACTUURNUMMER", "reference"), ("telefoon", "phone"), ("EMAIL", "email"),
    ]


def test_all_caps_passages_use_the_same_rules(linter: Linter) -> None:
    result = linter.check_text("LAATSTE WAARSCHUWING: BETAAL PER OMGAANDE!")
    assert {"THR-04", "JRG-02"} <= {f.rule for f in result.findings}


def test_legally_required_consequence_is_not_a_threat(linter: Linter) -> None:
    text = "Betaalt u niet binnen 14 dagen? Dan betaalt u ook € 40 incassokosten."
    result = linter.check_text(text)
    assert not [f for f in result.findings if f.category == "threat"]


def test_same_letter_in_any_encoding_gives_identical_findings(linter: Linter, tmp_path) -> None:
    variants = {
        "utf8.txt": HARSH.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + HARSH.encode("utf-8"),
        "utf16.txt": HARSH.encode("utf-16"),
        "cp1252.txt": HARSH.encode("cp1252"),
        "crlf.txt": HARSH.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": HARSH.replace("\n", "\r").encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    run = linter.check_paths([tmp_path])
    seen = {tuple((f.rule, f.start, f.line, f.column) for f in r.findings) for r in run.files}
    assert len(run.files) == len(variants) and len(seen) == 1


def test_embedded_pipeline_is_named_and_forced_by_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.ENV_VAR, "nl_core_news_lg")
    assert Linter(model="none").pipeline_name == nlp.EMBEDDED
    info = Linter(model="none").pipeline
    assert (info.name, info.trained) == ("embedded", False)


def test_unknown_pipeline_is_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(nlp.ENV_VAR, raising=False)
    with pytest.raises(nlp.PipelineError, match="niet geïnstalleerd"):
        Linter(model="nl_bestaat_niet")
    monkeypatch.setenv(nlp.ENV_VAR, "nl_bestaat_niet")
    with pytest.raises(nlp.PipelineError):
        Linter()


def test_best_installed_pipeline_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(nlp.ENV_VAR, raising=False)
    installed = {"nl_core_news_md", "nl_core_news_sm"}
    monkeypatch.setattr(nlp, "is_installed", lambda name: name in installed)
    assert nlp.resolve() == "nl_core_news_md"
    installed.clear()
    assert nlp.resolve() == nlp.EMBEDDED


@pytest.mark.skipif(not nlp.is_installed("nl_ud_standin"), reason="stand-in trained pipeline not installed")
def test_trained_pipeline_reports_itself_and_agrees_on_threats() -> None:
    trained = Linter(model="nl_ud_standin")
    assert trained.pipeline.trained and trained.pipeline.name.endswith("ud_standin")
    embedded = Linter(model="none")
    rules = lambda linter: {(f.rule, f.start) for f in linter.check_text(HARSH).findings if f.category == "threat"}
    assert rules(trained) == rules(embedded) != set()


def test_a_letter_that_breaks_the_analysis_does_not_stop_the_batch(linter: Linter, tmp_path, monkeypatch) -> None:
    from lettercheck import lettertype

    real = lettertype.detect
    monkeypatch.setattr(lettertype, "detect", lambda text: real(text) if "KAPOT" not in text else 1 / 0)
    (tmp_path / "a.txt").write_text("Deze brief is KAPOT.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(HARSH, encoding="utf-8")
    run = linter.check_paths([tmp_path])
    assert [(r.status, r.error.code if r.error else None) for r in run.files] == [
        ("error", "analysis-failed"), ("ok", None),
    ]
    assert "ZeroDivisionError" in run.files[0].error.message
    assert run.exit_code() == 2
