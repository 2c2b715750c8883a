"""``lettercheck config LETTER``: the settings that apply to one letter, and where each
comes from (the default, a config file, one of its overrides, the command line).

TOML-like, so that a line can be copied into a config file; the source is a comment.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..config import DEFAULT_SOURCE

if TYPE_CHECKING:
    from ..config import FileSettings
    from ..rulepack import Rule

_WIDTH = 40


def _line(key: str, value: object, source: str) -> str:
    text = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    return f"{text:<{_WIDTH}} # {source}" if source else text


def render_settings(
    letter: str, config_file: str, settings: FileSettings, pipeline: tuple[str, str], rules: tuple[Rule, ...]
) -> str:
    """The settings for ``letter``; ``pipeline`` is the pipeline's name and where it was chosen."""
    src = settings.sources
    lines = [f"# lettercheck-instellingen voor {letter}", f"# configuratie: {config_file}", ""]
    lines.append(_line("target", settings.target, src.get("target", DEFAULT_SOURCE)))
    lines.append(_line("model", pipeline[0], pipeline[1]))
    if settings.letter_type:
        lines.append(_line("letter-type", settings.letter_type, src.get("letter-type", "")))
    else:
        lines.append("# letter-type: per brief herkend")
    off = [rule.id for rule in rules if not settings.selects(rule)]
    where = "; ".join(
        sorted(
            {source for key, source in src.items() if key.startswith("selection.")}
            | {src[f"severity.{k}"] for k, v in settings.severity.items() if v == "off"}
        )
    )
    lines += ["", "[rules]", _line("on", len(rules) - len(off), ""), _line("off", off, where)]
    if settings.severity:
        lines += ["", "[severity]"]
        lines += [_line(key, value, src.get(f"severity.{key}", "")) for key, value in settings.severity.items()]
    profile = settings.profile
    if profile.model_fields_set:
        lines += ["", "[profile]"]
        lines += [
            _line(name.replace("_", "-"), getattr(profile, name), src.get(f"profile.{name}", ""))
            for name in sorted(profile.model_fields_set)
        ]
    return "\n".join(lines) + "\n"
