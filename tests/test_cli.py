"""The command line: output formats, the JSON contract and exit codes."""

from __future__ import annotations

import json
import os
import re

from click.testing import CliRunner

from lettercheck.cli import main

HARSH = "Geachte heer,\n\nIndien u niet betaalt, nemen wij gerechtelijke stappen.\n"
FINE = (
    "Beste mevrouw Jansen,\n\n"
    "Wij hebben uw betaling van € 40 nog niet ontvangen. Wilt u dit bedrag vóór 1 maart betalen?\n\n"
    "Lukt dat niet? Bel ons op 010 123 45 67. Dan maken we samen een betalingsregeling.\n"
    "Heeft u meer geldzorgen? Kijk op Geldfit.nl of bel gratis 0800-8115.\n"
)
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[A-Z]{3}-\d+) ")


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_text_output_has_path_line_column_and_a_summary(tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(HARSH, encoding="utf-8")
    result = _run("check", str(letter))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    located = [m.groupdict() for line in lines if (m := LINE.match(line))]
    assert {"path": str(letter), "line": "3", "col": "1", "sev": "info", "rule": "JRG-01"} in located
    assert any(d["rule"] == "THR-02" and d["col"] == str(HARSH.splitlines()[2].index("gerechtelijke") + 1) for d in located)
    assert any(line.startswith("    tip: ") for line in lines)
    assert lines[-1].startswith("1 brief gecontroleerd met taalmodel ")


def test_text_output_points_at_the_sentences_that_make_a_letter_too_hard(tmp_path) -> None:
    hard = (
        "Geachte heer,\n\nWij hebben uw betaling nog niet ontvangen.\n"
        "Middels dit schrijven verzoeken wij u om de hoofdsom, vermeerderd met de wettelijke rente en de "
        "buitengerechtelijke incassokosten, onverwijld aan ons te voldoen, bij gebreke waarvan wij zonder "
        "nadere aankondiging tot invordering zullen overgaan.\nBel ons als u vragen heeft.\n"
    )
    letter = tmp_path / "brief.txt"
    letter.write_text(hard, encoding="utf-8")
    lines = _run("check", str(letter)).output.splitlines()
    start = lines.index("    Herschrijf eerst deze zinnen:")
    marked = lines[start + 1 :]
    assert marked[0].startswith(f"    {letter}:4:1: ") and "'Middels dit schrijven verzoeken" in marked[0]
    assert not any(f"{letter}:3:" in line or f"{letter}:5:" in line for line in marked)


def test_json_contract(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(HARSH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FINE, encoding="utf-8")
    result = _run("check", "--format", "json", str(tmp_path))
    data = json.loads(result.output)
    assert data["schema"] == "lettercheck/1"
    assert set(data["pipeline"]) == {"name", "version", "trained"}
    assert [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == ["a.txt", "b.txt"]
    for f in data["files"]:
        assert f["status"] == "ok" and f["error"] is None
        assert {"level", "target", "difficulty", "sentences", "words"} <= set(f["readability"])
        for finding in f["findings"]:
            assert set(finding) == {"rule", "category", "severity", "message", "text", "start", "end",
                                    "line", "column", "end_line", "end_column", "location", "suggestions", "source"}
    fine = data["files"][1]
    assert [x["rule"] for x in fine["findings"] if x["severity"] != "info"] == []
    assert data["summary"]["files"] == 2 and data["summary"]["errors"] == 0


def test_exit_codes(tmp_path) -> None:
    fine = tmp_path / "goed.txt"
    fine.write_text(FINE, encoding="utf-8")
    assert _run("check", str(fine)).exit_code == 0
    assert _run("check", "--fail-on", "info", str(fine)).exit_code in (0, 1)
    harsh = tmp_path / "hard.txt"
    harsh.write_text(HARSH, encoding="utf-8")
    assert _run("check", str(harsh)).exit_code == 1
    assert _run("check", "--fail-on", "error", str(harsh)).exit_code == 0
    assert _run("check", "--model", "nl_bestaat_niet", str(harsh)).exit_code == 2
    assert _run("check", "--target", "B7", str(harsh)).exit_code == 2


def test_one_bad_file_does_not_stop_the_batch(tmp_path) -> None:
    (tmp_path / "kapot.docx").write_bytes(b"dit is geen zip")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "hard.txt").write_text(HARSH, encoding="utf-8")
    result = _run("check", "--format", "json", str(tmp_path), str(tmp_path / "weg.txt"))
    assert result.exit_code == 2
    data = json.loads(result.output)
    status = {f["path"].rsplit("/", 1)[-1]: (f["status"], (f["error"] or {}).get("code")) for f in data["files"]}
    assert status["hard.txt"] == ("ok", None)
    assert status["leeg.txt"] == ("error", "empty")
    assert status["kapot.docx"][0] == "error"
    assert status["weg.txt"] == ("error", "not-found")
    text = _run("check", str(tmp_path)).output
    assert re.search(r"kapot\.docx: error \S+ .+", text)


def test_report_to_file_never_overwrites_a_letter(tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(HARSH, encoding="utf-8")
    result = _run("check", str(letter), "-o", str(letter))
    assert result.exit_code == 2
    assert letter.read_text(encoding="utf-8") == HARSH
    out = tmp_path / "rapport.json"
    assert _run("check", "--format", "json", str(letter), "-o", str(out)).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["status"] == "ok"


def test_rules_lists_the_catalogue_and_explain_shows_one_rule() -> None:
    from lettercheck.rulepack import load_rules

    listing = _run("rules")
    assert listing.exit_code == 0
    ids = [line.split()[0] for line in listing.output.splitlines()[:-1]]
    assert ids == [r.id for r in load_rules()]
    threat_only = _run("rules", "--category", "threat").output.splitlines()[:-1]
    assert threat_only and all(line.split()[1] == "threat" for line in threat_only)
    rule = load_rules()[0]
    shown = _run("explain", rule.id.lower())
    assert shown.exit_code == 0
    for part in (rule.id, rule.title, rule.source, rule.suggestions[0], "Hier geeft de regel een melding:", "Hier niet:"):
        assert part in shown.output
    missing = _run("explain", "THR-99")
    assert missing.exit_code == 2 and "bestaat niet" in missing.output


def test_the_command_writes_everything_and_keeps_its_exit_code_when_it_exits_fast(tmp_path) -> None:
    """``python -m lettercheck`` leaves its objects to the operating system when it exits
    (``cli.run``): what it printed must still all arrive, through a pipe, with the exit code
    that ``main`` chose."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpora" / "letters"
    for letter in sorted(corpus.glob("*.txt"))[:12]:
        shutil.copyfile(letter, tmp_path / letter.name)
    (tmp_path / "kapot.docx").write_bytes(b"geen brief")

    def both(*args: str) -> tuple[subprocess.CompletedProcess[str], object]:
        command = ["check", "--no-cache", "--jobs", "1", *args, str(tmp_path)]
        process = subprocess.run([sys.executable, "-m", "lettercheck", *command], capture_output=True, text=True, check=False)
        return process, CliRunner().invoke(main, command, catch_exceptions=False)

    process, in_process = both()
    assert process.returncode == in_process.exit_code == 2  # an unreadable file
    assert process.stdout == in_process.stdout and process.stdout.count("\n") > 100
    os.remove(tmp_path / "kapot.docx")
    for args, code in ((("--format", "json"), 1), (("--exit-zero",), 0)):
        process, in_process = both(*args)
        assert process.returncode == in_process.exit_code == code
        assert process.stdout == in_process.stdout
