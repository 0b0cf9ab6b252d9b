"""Fast previews: the per-file check cache, and `mkdocs serve --dirty` with a whole search index.

Issue 6: at 1,000 briefings a full `mkdocs serve` rebuild takes ~20 s; a dirty
one re-renders only the pages whose Markdown changed. These tests keep the two
things that make that fast also correct.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from site_project import copy_site, fetch, free_port, material_search, mkdocs_serve, wait_for

from generator.dirty_search import merge_dirty_index
from generator.pipeline import check_project

BRIEFING = "briefings/2023-03-05-port-opens.yaml"


def formatted(result) -> list[str]:
    return [problem.format() for problem in result.problems]


def test_a_cached_check_is_the_same_check(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    first = check_project(project, cache)
    assert len(cache) == first.count == 3
    again = check_project(project, cache)
    assert formatted(again) == formatted(first)
    assert [e.slug for e in again.catalog.entries] == [e.slug for e in first.catalog.entries]
    briefings = [e.briefing for e in first.catalog.entries]
    assert [e.briefing for e in again.catalog.entries] == briefings


def test_the_cache_rechecks_a_saved_file_and_an_edited_article(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    check_project(project, cache)
    briefing = project / BRIEFING
    original = briefing.read_text(encoding="utf-8")
    briefing.write_text(original.replace("outlet:", "outlet: NO\n  unknown:"), encoding="utf-8")
    assert any("unknown key" in line for line in formatted(check_project(project, cache)))
    briefing.write_text(original, encoding="utf-8")
    assert check_project(project, cache).errors == []

    article = project / "seeds" / "alpha.txt"  # the article of 2023-01-10-grain-deal
    article.write_text("Nothing that anyone said.\n", encoding="utf-8")
    assert any("not found in" in line for line in formatted(check_project(project, cache)))
    assert formatted(check_project(project, cache)) == formatted(check_project(project))


def test_the_cache_forgets_deleted_files(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    check_project(project, cache)
    (project / BRIEFING).unlink()
    assert check_project(project, cache).count == 2
    assert len(cache) == 2


def entries(*locations: str) -> list[dict]:
    return [{"location": location, "title": location, "text": ""} for location in locations]


def fake_search(previous: list[dict] | None, current: list[dict]) -> SimpleNamespace:
    return SimpleNamespace(
        config=SimpleNamespace(enabled=True),
        search_index_prev=SimpleNamespace(entries=previous) if previous is not None else None,
        search_index=SimpleNamespace(entries=current),
    )


def test_a_dirty_rebuild_replaces_every_rerendered_page_and_keeps_the_rest():
    search = fake_search(
        entries("", "analysts/a/", "analysts/a/#q", "briefings/b/", "briefings/c/", "topics/t/"),
        entries("", "analysts/a/", "briefings/b/"),  # the home page first: Material drops all
    )
    assert merge_dirty_index(search)
    locations = [entry["location"] for entry in search.search_index.entries]
    assert sorted(locations) == ["", "analysts/a/", "briefings/b/", "briefings/c/", "topics/t/"]
    assert search.search_index_prev is None  # Material writes our merge as it is


def test_a_full_build_is_left_alone():
    search = fake_search(None, entries("", "briefings/b/"))
    assert not merge_dirty_index(search)
    assert merge_dirty_index(None) is False


def test_serve_dirty_shows_an_edit_and_keeps_every_page_in_the_search_index(tmp_path):
    # Material's search, for a site switched back to it (the default is Pagefind).
    project = material_search(copy_site(tmp_path / "project"))
    briefing = project / BRIEFING
    original = briefing.read_text(encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"

    def index() -> dict[str, str]:
        data = json.loads(fetch(base + "search/search_index.json") or '{"docs": []}')
        return {doc["location"]: doc["title"] for doc in data["docs"]}

    with mkdocs_serve(project, port, log, "--dirty"):
        wait_for(lambda: "A new port opens" in (fetch(base + "briefings/2023-03-05-port-opens/")
                                                or ""), "the first page", log)
        before = index()
        pages = {location.partition("#")[0] for location in before}
        briefing.write_text(original.replace("A new port opens", "A new harbour opens"),
                            encoding="utf-8")
        wait_for(lambda: "A new harbour opens" in (
            fetch(base + "briefings/2023-03-05-port-opens/") or ""), "the edit", log)
        wait_for(lambda: any("A new harbour opens" in t for t in index().values()),
                 "the search index", log)
        after = index()
        assert {location.partition("#")[0] for location in after} == pages
        assert len(after) == len(before)
        assert not any("A new port opens" in title for title in after.values())
