"""Configuration files and the organisation profile."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lettercheck.analysis import Linter
from lettercheck.cli import main
from lettercheck.config import Config, ConfigError, Profile, find_config, load_config

LETTER = (
    "Beste mevrouw Jansen,\n\n"
    "Wij hebben uw betaling van € 40 nog niet ontvangen. Indien u al betaald heeft, hoeft u niets te doen.\n\n"
    "Vragen? Bel Team Incasso op 088 - 12 34 567. Wilt u in delen betalen? Dat kan.\n"
    "Heeft u meer geldzorgen? De Vraagwijzer van uw stad denkt met u mee.\n"
)


def test_config_is_found_by_walking_up(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.lettercheck]\ntarget = "B2"\n', encoding="utf-8")
    letters = tmp_path / "sjablonen" / "incasso"
    letters.mkdir(parents=True)
    assert find_config(letters) == tmp_path / "pyproject.toml"
    (tmp_path / "sjablonen" / ".lettercheck.toml").write_text('target = "A2"\n', encoding="utf-8")
    found = find_config(letters / "brief.txt")
    assert found == tmp_path / "sjablonen" / ".lettercheck.toml"
    assert load_config(found).target == "A2"


def test_pyproject_without_our_section_is_skipped(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_bad_config_names_the_file_and_the_key(tmp_path) -> None:
    path = tmp_path / ".lettercheck.toml"
    path.write_text('target = "B7"\n[profile]\nsender = "bank"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value) and "target" in str(info.value) and "sender" in str(info.value)
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "brief.txt")])
    assert result.exit_code == 2 and "target" in result.output


def test_profile_contact_and_referral_partners_count() -> None:
    plain = Linter(model=None).check_text(LETTER)
    assert {"CON-01", "REF-01"} <= {f.rule for f in plain.findings}
    profile = Profile(phone=["088 - 12 34 567"], referral_partners=["Vraagwijzer"])
    known = Linter(config=Config(profile=profile)).check_text(LETTER)
    assert not {"CON-01", "REF-01"} & {f.rule for f in known.findings}


def test_severity_overrides_and_switching_rules_off() -> None:
    config = Config(severity={"JRG-01": "error", "referral": "off"})
    result = Linter(config=config).check_text(LETTER)
    jargon = [f for f in result.findings if f.rule == "JRG-01"]
    assert jargon and all(f.severity.value == "error" for f in jargon)
    assert not [f for f in result.findings if f.category == "referral"]


def test_letter_type_and_sender_from_config_and_cli(tmp_path) -> None:
    folder = tmp_path / "veertien"
    folder.mkdir()
    (folder / "brief.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / ".lettercheck.toml").write_text(
        '[letter-types]\n"*/veertien/*.txt" = "14-dagenbrief"\n[profile]\nsender = "incassobureau"\n',
        encoding="utf-8",
    )
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(folder)]).output)
    assert (data["files"][0]["letter_type"], data["files"][0]["sender"]) == ("14-dagenbrief", "incassobureau")
    assert "LEG-03" in {f["rule"] for f in data["files"][0]["findings"]}  # no costs amount in a 14-dagenbrief
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "--letter-type", "herinnering", str(folder)]).output)
    assert data["files"][0]["letter_type"] == "herinnering"


def test_house_style_decides_which_form_is_odd() -> None:
    text = "Je hebt de rekening nog niet betaald. Wil je vóór 1 maart betalen? Bel ons als u vragen heeft."
    default = Linter().check_text(text)
    assert [f.text for f in default.findings if f.rule == "TON-06"] == ["u"]
    formal = Linter(config=Config(profile=Profile(house_style="u"))).check_text(text)
    assert [f.text for f in formal.findings if f.rule == "TON-06"] == ["Je", "je"]
