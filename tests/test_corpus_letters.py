"""lettercheck on the project's own example letters (corpora/letters, see its README).

Expected positions are derived from the letter text itself, so a test fails when a finding
moves, not when a letter is edited elsewhere.
"""

from __future__ import annotations

import pytest

from conftest import CORPUS
from lettercheck.model import Severity

WARM = [
    "herinnering_warm_template.txt",
    "herinnering_warm_waterbedrijf.docx",
    "14-dagenbrief_warm_polderstroom.txt",
    "betalingsregeling_warm_delinde.txt",
]
HARSH = [
    "herinnering_harsh_koster.txt",
    "aanmaning_harsh_noordpunt.txt",
    "aanmaning_harsh_woonstichting.docx",
    "14-dagenbrief_harsh_vanlier.txt",
    "sommatie_harsh_template.txt",
    "deurwaarder_harsh_kessels.txt",
]


@pytest.fixture(scope="module")
def results(linter):
    run = linter.check_paths([CORPUS])
    return {r.path.rsplit("/", 1)[-1]: r for r in run.files}


def _position(name: str, phrase: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of ``phrase`` in a .txt letter."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    offset = text.index(phrase)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _at(result, rule: str, phrase: str) -> list:
    """Findings of ``rule`` on ``phrase`` (a finding may join it with a neighbour)."""
    return [f for f in result.findings if f.rule == rule and f.text is not None and phrase.lower() in f.text.lower()]


def test_every_example_letter_is_read(results) -> None:
    assert len(results) >= 14 and all(r.status == "ok" for r in results.values())


@pytest.mark.parametrize("name", WARM)
def test_warm_letters_are_quiet_and_at_b1(results, name: str) -> None:
    result = results[name]
    loud = [(f.rule, f.text) for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
    assert loud == []
    assert result.readability["meets_target"], result.readability


@pytest.mark.parametrize("name", HARSH)
def test_harsh_letters_threaten_and_offer_no_help(results, name: str) -> None:
    result = results[name]
    rules = {f.rule for f in result.findings}
    assert len([f for f in result.findings if f.category == "threat"]) >= 3
    assert {"REF-01", "PAY-01"} <= rules
    assert not result.readability["meets_target"]


@pytest.mark.parametrize(
    ("name", "rule", "phrase"),
    [
        ("aanmaning_harsh_noordpunt.txt", "THR-04", "LAATSTE WAARSCHUWING"),
        ("aanmaning_harsh_noordpunt.txt", "THR-02", "gerechtelijke stappen"),
        ("aanmaning_harsh_noordpunt.txt", "THR-07", "BKR"),
        ("14-dagenbrief_harsh_vanlier.txt", "THR-05", "sommeren"),
        ("14-dagenbrief_harsh_vanlier.txt", "THR-04", "laatste kans"),
        ("herinnering_harsh_koster.txt", "THR-01", "zonder nadere aankondiging"),
        ("herinnering_harsh_koster.txt", "JRG-02", "per omgaande"),
        ("herinnering_neutral_glasnet.txt", "JRG-01", "Uit onze administratie blijkt"),
        ("sommatie_harsh_template.txt", "THR-01", "zonder verdere waarschuwing"),
    ],
)
def test_findings_at_the_exact_place(results, name: str, rule: str, phrase: str) -> None:
    found = _at(results[name], rule, phrase)
    assert found, f"{rule} did not find {phrase!r} in {name}"
    assert (found[0].line, found[0].column) == _position(name, found[0].text)


def test_bkr_threat_is_an_error(results) -> None:
    assert all(f.severity is Severity.ERROR for f in results["aanmaning_harsh_noordpunt.txt"].findings if f.rule == "THR-07")


def test_required_consequence_in_a_14_day_letter_is_not_a_threat(results) -> None:
    result = results["14-dagenbrief_warm_polderstroom.txt"]
    assert "Dan betaalt u ook € 40 incassokosten." in (CORPUS / "14-dagenbrief_warm_polderstroom.txt").read_text()
    assert not [f for f in result.findings if f.category == "threat"]
    assert result.letter_type == "14-dagenbrief"


def test_short_neutral_letter_only_misses_debt_help(results) -> None:
    result = results["herinnering_neutral_kort.txt"]
    assert [f.rule for f in result.findings if f.severity.rank >= Severity.WARNING.rank] == ["REF-01"]


def test_iban_digits_are_not_a_phone_number(results) -> None:
    # The harsh installer's letter has an IBAN and no way to reach anyone.
    assert "CON-01" in {f.rule for f in results["herinnering_harsh_koster.txt"].findings}


def test_placeholder_phone_counts_as_contact(results) -> None:
    text = (CORPUS / "herinnering_warm_template.txt").read_text(encoding="utf-8")
    assert "{{ telefoon }}" in text and "CON-01" not in {f.rule for f in results["herinnering_warm_template.txt"].findings}


def test_harsh_letters_are_harder_than_warm_ones(results) -> None:
    warm = max(results[n].readability["difficulty"] for n in WARM)
    harsh = min(results[n].readability["difficulty"] for n in HARSH)
    assert warm < harsh
