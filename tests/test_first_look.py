"""The preview's first look: the saved briefing's page first, then the rest of the site.

A preview builder writes the saved briefing's own page before the build that
brings every other page up to date (`engine/first_look.py`). These tests hold
it to its promises: it writes that one page and nothing else; the build after
it ends with the very pages a fresh build writes; and it steps aside (writes
nothing) whenever a page of its own could mislead: more than one file changed,
a file with an error, a briefing whose analysts, topics or address changed, a
new briefing, or a page someone edited by hand (never overwritten).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_project import copy_site

from generator.engine import Builder, Project

DOUBTS = "briefings/2023-03-05-deal-doubts.yaml"  # Jane Roe and Li Wei; topic grain-trade
PORT = "briefings/2023-03-05-port-opens.yaml"
DOUBTS_PAGE = "briefings/2023-03-05-deal-doubts.md"


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def docs_pages(project: Path) -> dict[str, str]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(docs.rglob("*")) if p.is_file() and not p.name.startswith(".")}


@pytest.fixture
def preview(tmp_path: Path) -> tuple[Path, Builder]:
    project = copy_site(tmp_path / "project")
    builder = Builder(Project.at(project), incremental=True, lenient=True)
    assert builder.build().written
    return project, builder


def test_the_saved_page_comes_first_and_the_build_after_it_writes_the_rest(preview, tmp_path):
    project, builder = preview
    edit(project, DOUBTS, "title: ", "title: Retitled ")
    before = docs_pages(project)
    assert builder.first_look() == [DOUBTS_PAGE]
    now = docs_pages(project)
    assert [p for p in now if now[p] != before[p]] == [DOUBTS_PAGE]
    assert "Retitled" in now[DOUBTS_PAGE]
    assert "Retitled" not in now["analysts/li-wei.md"]  # the lists follow with the build
    result = builder.build()
    assert DOUBTS_PAGE not in result.report.written  # already written, not again
    assert "analysts/li-wei.md" in result.report.written
    fresh = copy_site(tmp_path / "fresh")
    edit(fresh, DOUBTS, "title: ", "title: Retitled ")
    assert Builder(Project.at(fresh)).build().written
    assert docs_pages(project) == docs_pages(fresh)


def test_nothing_changed_means_no_first_look(preview):
    _, builder = preview
    assert builder.first_look() == []


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ([(DOUBTS, "title: ", "title: A "), (PORT, "title: ", "title: B ")], "two files"),
        ([(DOUBTS, "  - name: Li Wei", "  - name: Li Wei Jr")], "an analyst's name"),
        ([(DOUBTS, "grain-trade]", "grain-trade, ports]")], "a topic"),
        ([(DOUBTS, "title: ", "titel: ")], "an error"),
    ],
)
def test_a_save_that_could_mislead_gets_no_first_look(preview, changes, why):
    project, builder = preview
    for name, old, new in changes:
        edit(project, name, old, new)
    before = docs_pages(project)
    assert builder.first_look() == [], why
    assert docs_pages(project) == before


def test_a_new_briefing_gets_no_first_look(preview):
    project, builder = preview
    text = (project / DOUBTS).read_text(encoding="utf-8")
    (project / "briefings" / "2023-03-06-deal-doubts-again.yaml").write_text(text, "utf-8")
    assert builder.first_look() == []


def test_a_page_edited_by_hand_is_never_overwritten_by_a_first_look(preview):
    project, builder = preview
    page = project / "docs" / DOUBTS_PAGE
    page.write_text("My own notes\n", encoding="utf-8")
    edit(project, DOUBTS, "title: ", "title: Retitled ")
    assert builder.first_look() == []
    assert page.read_text(encoding="utf-8") == "My own notes\n"
