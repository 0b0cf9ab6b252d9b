"""Fast previews, part two: under `mkdocs serve` a save re-renders only the pages that list it.

`render.RenderMemo` reuses a page while its inputs are the very objects the
check cache handed back last time. These tests hold it to two promises: the
pages are byte for byte what a fresh render gives, after any kind of edit; and
after one save, only the saved briefing's page and the analyst and topic pages
listing it are rendered again (the indexes, timeline and home always are).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from conftest import read_intro
from site_project import copy_site

from generator.engine import check
from generator.engine.check import check_project
from generator.engine.project import Project
from generator.pages import analyst, briefing, topic
from generator.pages.memo import RenderMemo
from generator.pages.routes import ANALYST, BRIEFING, TOPIC
from generator.pages.site import render_site

DOUBTS = "briefings/2023-03-05-deal-doubts.yaml"  # Jane Roe and Li Wei; topic grain-trade
PORT = "briefings/2023-03-05-port-opens.yaml"  # no analysts; topic northland-southland


class Recorder:
    """Counts which briefing, analyst and topic pages were actually rendered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rendered: list[str] = []
        for module, path_of in (
            (briefing, lambda entry, *_: BRIEFING.path(entry.slug)),
            (analyst, lambda profile, *_: ANALYST.path(profile.id)),
            (topic, lambda name, *_: TOPIC.path(name)),
        ):
            monkeypatch.setattr(module, "render", self.wrap(module.render, path_of))

    def wrap(self, original, path_of):
        def recorded(*args):
            self.rendered.append(path_of(*args))
            return original(*args)

        return recorded

    def take(self) -> list[str]:
        taken, self.rendered = sorted(self.rendered), []
        return taken


def rendered_with(project: Path, cache: dict, memo: RenderMemo) -> dict[str, str]:
    result = check_project(Project.at(project), cache)
    assert result.problems.errors == [], [p.format() for p in result.problems]
    return render_site(result.catalog, read_intro(project), memo)


def fresh(project: Path) -> dict[str, str]:
    return render_site(check(project).catalog, read_intro(project))


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "project")


def test_a_second_render_with_nothing_changed_renders_no_page_again(project, monkeypatch):
    cache: dict = {}
    memo = RenderMemo()
    first = rendered_with(project, cache, memo)
    recorder = Recorder(monkeypatch)
    assert rendered_with(project, cache, memo) == first
    assert recorder.take() == []


def test_a_save_re_renders_its_briefing_and_the_pages_that_list_it(project, monkeypatch):
    cache: dict = {}
    memo = RenderMemo()
    rendered_with(project, cache, memo)
    recorder = Recorder(monkeypatch)
    edit(project, DOUBTS, "title: ", "title: Edited ")
    pages = rendered_with(project, cache, memo)
    assert recorder.take() == [
        "analysts/jane-roe.md",
        "analysts/li-wei.md",
        "briefings/2023-03-05-deal-doubts.md",
        "topics/grain-trade.md",
    ]
    assert pages == fresh(project)
    assert "Edited " in pages["analysts/li-wei.md"]


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (DOUBTS, "title: ", "title: Edited "),  # text on several pages
        (DOUBTS, "grain-trade]", "grain-trade, ports]"),  # a new topic page
        (PORT, "[northland-southland]", "[grain-trade]"),  # a topic page loses its only entry
        (DOUBTS, "  - name: Li Wei", "  - name: Li Wei Jr"),  # an analyst page goes, one comes
        (DOUBTS, "published: 2023-03-05", "published: 2024-01-01"),  # order on other pages
    ],
)
def test_after_any_edit_the_memo_gives_what_a_fresh_render_gives(project, name, old, new):
    cache: dict = {}
    memo = RenderMemo()
    rendered_with(project, cache, memo)
    edit(project, name, old, new)
    assert rendered_with(project, cache, memo) == fresh(project)
    assert set(memo.pages) <= set(fresh(project))  # pages of the old version are forgotten


def test_a_deleted_briefing_leaves_no_page_behind(project):
    cache: dict = {}
    memo = RenderMemo()
    rendered_with(project, cache, memo)
    (project / PORT).unlink()
    pages = rendered_with(project, cache, memo)
    assert pages == fresh(project)
    assert "briefings/2023-03-05-port-opens.md" not in pages
    assert "briefings/2023-03-05-port-opens.md" not in memo.pages


def test_an_edited_article_re_renders_the_briefing_that_quotes_it(project, monkeypatch):
    cache: dict = {}
    memo = RenderMemo()
    rendered_with(project, cache, memo)
    recorder = Recorder(monkeypatch)
    seed = project / "seeds" / "alpha.txt"  # the article of 2023-01-10-grain-deal
    seed.write_text("\n\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    check_project(Project.at(project), cache)  # the quotes still verify, one paragraph further down
    pages = rendered_with(project, cache, memo)
    assert "briefings/2023-01-10-grain-deal.md" in recorder.take()
    assert pages == fresh(project)


def test_a_topic_part_learns_when_a_voice_leaves_an_earlier_part(tmp_path, monkeypatch):
    """A topic's part says which of its voices are new: that depends on every part before
    it, not only on its own briefings and the one just before (the memo's `values`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import corpus

    monkeypatch.setattr(topic, "TOPIC_PAGE", 2)  # many parts from a small corpus
    project = corpus.make_corpus(tmp_path / "project", 30, seed=5)
    cache: dict = {}
    memo = RenderMemo()
    before = rendered_with(project, cache, memo)
    # A voice of a topic's first briefing next heard two parts later or more: only the
    # voices heard before tell that later part that it is not new there.
    found = [
        (entries[0], key)
        for entries in check(project).catalog.topics.values()
        for key in {a.key for a in entries[0].briefing.analysts}
        for k, later in enumerate(entries[1:], 1)
        if k >= 2 * topic.TOPIC_PAGE and key in {a.key for a in later.briefing.analysts}
        and not any(key in {a.key for a in e.briefing.analysts} for e in entries[1:k])
    ]
    assert found, "the corpus needs such a voice"
    first, key = found[0]
    path = project / first.source_file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["analysts"] = [a for a in data["analysts"] if first_key(a) != key]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after = rendered_with(project, cache, memo)
    assert after == fresh(project)
    changed = [p for p in after if p.startswith("topics/") and after[p] != before.get(p)]
    assert changed, key  # the later part no longer hears this voice before: it is new there


def first_key(analyst: dict) -> str:
    from generator.engine.models import Analyst

    return Analyst.model_validate(analyst).key
