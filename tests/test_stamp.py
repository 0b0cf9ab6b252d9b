"""An unchanged build stops at the stamp; any change to what it read or wrote does not."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import ROOT

from generator.engine import build as build_docs
from generator.engine import builder
from generator.engine.stamp import STAMP_NAME


@pytest.fixture
def root(project):
    root = project()
    for path in (ROOT / "briefings").iterdir():
        shutil.copy(path, root / "briefings" / path.name)
    return root


def forbid_checks(monkeypatch):
    """Make any real check fail loudly, to prove a build did not run one."""

    def refuse(*args, **kwargs):
        raise AssertionError("the build checked the briefings again")

    monkeypatch.setattr(builder, "check_project", refuse)


def count_checks(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = builder.check_project

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(builder, "check_project", counted)
    return calls


def bump(path):
    """A save: new modification time (content may be the same)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_an_unchanged_build_reads_the_stamp_only(root, monkeypatch):
    first = build_docs(root)
    assert (root / "docs" / STAMP_NAME).is_file()
    outputs = len(first.report.written)  # pages and data files: the route table decides
    assert outputs > 20
    forbid_checks(monkeypatch)
    second = build_docs(root)
    assert second.report.summary() == f"0 written, {outputs} unchanged, 0 removed"


@pytest.mark.parametrize(
    "change",
    [
        "briefings/2022-02-02-putin-xi-olympic-meeting.yaml",
        "briefings/_intro.md",
        "seeds/000_65ba11957278d949.txt",
        "docs/briefings/2022-02-02-putin-xi-olympic-meeting.md",
    ],
)
def test_touching_anything_it_read_or_wrote_runs_the_full_build(root, change, monkeypatch):
    outputs = len(build_docs(root).report.written)
    bump(root / change)
    calls = count_checks(monkeypatch)
    assert build_docs(root).report.summary() == f"0 written, {outputs} unchanged, 0 removed"
    assert calls == [1]


def test_a_deleted_page_is_written_again(root):
    build_docs(root)
    page = root / "docs" / "analysts" / "yu-bin.md"
    page.unlink()
    assert build_docs(root).report.written == ["analysts/yu-bin.md"]


def test_an_edited_article_is_verified_again(root):
    build_docs(root)
    seed = root / "seeds" / "000_65ba11957278d949.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("dramatic", "dramatik"), "utf-8")
    result = build_docs(root)
    assert not result.written
    assert any("quote not found" in p.message for p in result.problems.errors)


def test_warnings_are_replayed_from_the_stamp(root, monkeypatch):
    path = root / "briefings" / "2022-09-13-china-russia-its-complicated.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("summary: >\n", "summary: >\n  TODO: shorten.\n", 1), "utf-8")
    first = build_docs(root)
    assert [w.message for w in first.warnings] == ["summary still holds a TODO placeholder"]
    forbid_checks(monkeypatch)
    assert build_docs(root).warnings == first.warnings
