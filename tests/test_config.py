"""Configuration files and the organisation profile."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lettercheck.analysis import Linter
from lettercheck.cli import main
from lettercheck.config import Config, ConfigError, Profile, find_config, load_config

from conftest import CORPUS

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


HARSH_LETTER = (CORPUS / "14-dagenbrief_harsh_meubel_b.txt").read_text(encoding="utf-8")


def _json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", *args], catch_exceptions=False)
    return json.loads(result.stdout)


def _by_name(data: dict) -> dict[str, dict]:
    return {f["path"].rsplit("/", 1)[-1]: f for f in data["files"]}


def test_overrides_apply_to_the_files_their_globs_match(tmp_path) -> None:
    (tmp_path / "b2b" / "jaar").mkdir(parents=True)
    (tmp_path / "b2b" / "jaar" / "zakelijk.txt").write_text(HARSH_LETTER, encoding="utf-8")
    (tmp_path / "consument.txt").write_text(HARSH_LETTER, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lettercheck]\nignore = ["layout"]\n'
        '[[tool.lettercheck.overrides]]\nfiles = ["b2b/**"]\nignore = ["referral", "PAY-01"]\ntarget = "B2"\n'
        '[tool.lettercheck.overrides.severity]\nthreat = "error"\n',
        encoding="utf-8",
    )
    files = _by_name(_json(str(tmp_path)))
    business, consumer = files["zakelijk.txt"], files["consument.txt"]
    rules = lambda f: {x["rule"] for x in f["findings"]}  # noqa: E731
    assert {"REF-01", "PAY-01"} <= rules(consumer) and not {"REF-01", "PAY-01"} & rules(business)
    assert not any(r.startswith("LAY") for r in rules(consumer) | rules(business))  # top level: both
    assert (consumer["readability"]["target"], business["readability"]["target"]) == ("B1", "B2")
    threats = lambda f: {x["severity"] for x in f["findings"] if x["category"] == "threat"}  # noqa: E731
    assert threats(business) == {"error"} and threats(consumer) != {"error"}


def test_select_and_ignore_in_config_and_on_the_command_line(tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(HARSH_LETTER, encoding="utf-8")
    (tmp_path / ".lettercheck.toml").write_text('select = ["threat", "JRG"]\nignore = ["THR-04"]\n', encoding="utf-8")
    rules = lambda *args: {x["rule"] for x in _json(*args, str(letter))["files"][0]["findings"]}  # noqa: E731
    configured = rules()
    assert configured and all(r.startswith(("THR", "JRG")) for r in configured) and "THR-04" not in configured
    assert "THR-02" in configured and "JRG-01" in configured
    # --ignore takes more out; --select starts afresh, and the config's ignore no longer applies to it.
    assert rules("--ignore", "JRG,THR-02") == configured - {r for r in configured if r.startswith("JRG")} - {"THR-02"}
    assert rules("--select", "THR-04,referral") == {"THR-04", "REF-01"}


def test_a_rule_name_that_names_no_rule_is_a_usage_error(tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(HARSH_LETTER, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "THR-99", str(letter)])
    assert result.exit_code == 2 and "THR-99" in result.output and "lettercheck rules" in result.output
    result = CliRunner().invoke(main, ["check", "--ignore", "dreigen", str(letter)])
    assert result.exit_code == 2 and "dreigen" in result.output
    (tmp_path / ".lettercheck.toml").write_text('[[overrides]]\nfiles = ["*"]\nignore = ["XYZ-01"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(letter)])
    assert result.exit_code == 2 and "overrides[1]" in result.output


def test_model_cannot_be_overridden_per_file(tmp_path) -> None:
    path = tmp_path / ".lettercheck.toml"
    path.write_text('[[overrides]]\nfiles = ["b2b/**"]\nmodel = "nl_core_news_sm"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="model"):
        load_config(path)


def test_config_command_prints_the_settings_of_one_letter_and_their_source(tmp_path) -> None:
    (tmp_path / "b2b").mkdir()
    letter = tmp_path / "b2b" / "brief.txt"
    letter.write_text(HARSH_LETTER, encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text(
        '[tool.lettercheck]\ntarget = "A2"\n[tool.lettercheck.severity]\nJRG-01 = "warning"\n'
        '[[tool.lettercheck.overrides]]\nfiles = ["b2b/*.txt"]\nignore = ["referral"]\n'
        '[tool.lettercheck.overrides.profile]\nsender = "incassobureau"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["config", "--target", "B2", str(letter)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = {line.split("=")[0].strip(): line for line in result.output.splitlines() if "=" in line}
    assert lines["target"].split("#") == ['target = "B2"'.ljust(40) + " ", " opdrachtregel"]
    assert "REF-01" in lines["off"] and "overrides[1]" in lines["off"]
    assert lines["JRG-01"].startswith('JRG-01 = "warning"') and lines["JRG-01"].endswith(str(config))
    assert lines["sender"].startswith('sender = "incassobureau"') and "overrides[1] (b2b/*.txt)" in lines["sender"]
    # The same letter elsewhere gets only the top level.
    other = tmp_path / "brief.txt"
    other.write_text(HARSH_LETTER, encoding="utf-8")
    output = CliRunner().invoke(main, ["config", str(other)]).output
    assert 'target = "A2"' in output and "sender" not in output and "REF-01" not in output


def test_files_that_match_the_same_globs_share_their_settings(tmp_path) -> None:
    """The linter works settings out once per outcome of the globs; each file still gets
    what the config says for it."""
    path = tmp_path / ".lettercheck.toml"
    path.write_text(
        '[letter-types]\n"*/veertien/*" = "14-dagenbrief"\n"*.docx" = "aanmaning"\n'
        '[[overrides]]\nfiles = ["b2b/**"]\ntarget = "B2"\n[overrides.letter-types]\n"*/oud/*" = "herinnering"\n'
        '[[overrides]]\nfiles = ["**/*.docx"]\nignore = ["referral"]\n',
        encoding="utf-8",
    )
    config = load_config(path)
    linter = Linter(config=config, model="none")
    files = [
        "a.txt", "b.txt", "veertien/a.txt", "b2b/a.txt", "b2b/veertien/a.docx", "b2b/oud/a.txt",
        "oud/a.txt", "c.docx", "b2b/c.docx", "veertien/b.txt",
    ]
    for name in files:
        assert linter.settings_for(str(tmp_path / name)) == config.for_file(str(tmp_path / name)), name
    assert len({linter.settings_for(str(tmp_path / name)).fingerprint for name in files}) >= 6
    assert linter.settings_for(str(tmp_path / "a.txt")) is linter.settings_for(str(tmp_path / "b.txt"))
