"""A draft's TODO placeholders: accepted by `check`, flagged, refused by a strict build."""

from __future__ import annotations

from click.testing import CliRunner

from generator.cli import main

DRAFT = """\
title: "TODO: title"
source: {outlet: CNN, published: 2022-02-02}
summary: >
  TODO: summarise the article.
key_claims:
  - claim: "A real claim."
  - claim: "TODO: the article's main claim"
quotes:
  - text: Old friends
    speaker: Xi Jinping
    context: "no placeholder here: TODOS, todo"
"""


def test_check_passes_but_warns_at_each_placeholder(project):
    root = project({"draft.yaml": DRAFT})
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert "1 briefings OK" in result.stdout
    lines = [line for line in result.stderr.splitlines() if "TODO" in line]
    assert lines == [
        "briefings/draft.yaml:1:8: warning: title still holds a TODO placeholder",
        "briefings/draft.yaml:3:10: warning: summary still holds a TODO placeholder",
        "briefings/draft.yaml:7:12: warning: key_claims.claim still holds a TODO placeholder",
    ]
