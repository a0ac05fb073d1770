"""The README tells the truth: its quick start matches CI, and every command and setting is documented."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from typer.main import get_command

from eventwire.cli import app
from eventwire.config import Config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    cmds = _quick_start()
    assert len(cmds) == 2
    assert "eventwire demo" in cmds[0]
    assert "pytest" in cmds[1]
    assert cmds[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented():
    root = get_command(app)
    names = []
    for name, cmd in root.commands.items():
        sub = getattr(cmd, "commands", None)
        if sub:
            names += [(f"{name} {s}", c) for s, c in sub.items()]
        else:
            names.append((name, cmd))
    for name, cmd in names:
        assert f"eventwire {name}" in README, f"command '{name}' is not in the README"
        for p in cmd.params:
            for opt in getattr(p, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"option {opt} of '{name}' is not in the README"


def test_every_setting_is_documented():
    for f in fields(Config):
        assert f"`{f.name}`" in README, f"setting {f.name} is not in the README"
