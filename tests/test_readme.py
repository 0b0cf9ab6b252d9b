"""The README is the manual: it must show every command and every make target."""

from __future__ import annotations

import re

from conftest import ROOT

from generator.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_every_cli_command_with_an_example():
    for name in main.commands:
        assert re.search(rf"^briefings {name}\b", README, re.MULTILINE), name


def test_readme_shows_every_make_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z]+):.*##", makefile, re.MULTILINE)
    assert {"site", "test", "serve", "check"} <= set(targets)
    for target in targets:
        assert f"make {target}" in README, target


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in README and "make site" in README
