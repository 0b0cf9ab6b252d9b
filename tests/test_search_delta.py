"""The preview's search between two full Pagefind runs (engine/search_delta.py).

After a full index of the fixture site, a briefing page is rewritten, another
is deleted and a new one appears: the delta indexes just the written pages,
pagefind-changes.json names the base entries they replace or that are gone,
and in Chromium the box finds the new words and the new page (in its date's
place under a sort), and never the deleted briefing or the old words. The URL
rule is Pagefind's own, checked against a real run.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import time
from pathlib import Path

import pytest
from browser_support import build_site, serve_folder
from site_project import copy_site

from generator.engine import search_delta, search_index
from generator.engine.search_delta import CHANGES, DELTA_BUNDLE, Base, SearchDelta

pytestmark = pytest.mark.site

EDITED = "briefings/2023-03-05-port-opens/index.html"
DELETED = "briefings/2023-01-10-grain-deal/index.html"
NEW = "briefings/2023-04-01-late-arrival/index.html"
SEARCH_SCRIPT = re.compile(r'<script src="([^"]*)pagefind-search\.js')
SCRIPT = r'<script src="\1pagefind-changes.js" defer></script>\g<0>'


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = copy_site(tmp_path_factory.mktemp("delta-project"))
    return build_site(project, tmp_path_factory.mktemp("delta-site") / "site")


def base_of(site: Path) -> Base:
    return Base(search_delta.snapshot(site), search_delta.entry_ids(site / "pagefind"))


def edit(site: Path) -> None:
    """Rewrite one briefing page, delete another, add a third (a copy, retitled and redated)."""
    page = site / EDITED
    time.sleep(0.01)  # a new modification time even on a coarse clock
    page.write_text(page.read_text(encoding="utf-8").replace("A new port opens", "Harbourmaster"),
                    encoding="utf-8")
    (site / DELETED).unlink()
    new = site / NEW
    new.parent.mkdir()
    text = (site / EDITED).read_text(encoding="utf-8")
    text = text.replace("Harbourmaster", "Quayside").replace(
        'data-pagefind-sort="date">2023-03-05', 'data-pagefind-sort="date">2023-04-01').replace(
        'data-pagefind-meta="published">2023-03-05', 'data-pagefind-meta="published">2023-04-01')
    new.write_text(text, encoding="utf-8")


def test_urls_are_the_ones_pagefind_files_pages_under(tmp_path):
    site = tmp_path / "site"
    for page in ("index.html", "a/index.html", "a/b/index.html", "plain.html", "c/page.html"):
        (site / page).parent.mkdir(parents=True, exist_ok=True)
        (site / page).write_text(f"<html lang='en'><body><p>{page} words</p></body></html>",
                                 encoding="utf-8")
    search_index.index_site(site)
    ids = search_delta.entry_ids(site / "pagefind")
    assert set(ids) == {search_delta.url_of(p) for p in search_delta.snapshot(site)}
    assert set(ids) == {"/", "/a/", "/a/b/", "/plain.html", "/c/page.html"}
    assert all(len(entries) == 1 for entries in ids.values())


def test_the_delta_indexes_only_the_written_pages_and_drops_what_they_replace(built, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built, site)
    base = base_of(site)
    edit(site)
    changes = SearchDelta(logging.getLogger("test")).update(site, base)
    assert changes.written == (EDITED, NEW) and changes.gone == (DELETED,)
    listed = json.loads((site / CHANGES).read_text(encoding="utf-8"))
    assert listed["index"] is True and listed["generation"] == 1
    assert listed["pages"] == ["/briefings/2023-03-05-port-opens/",
                               "/briefings/2023-04-01-late-arrival/"]
    assert listed["stale"] == {base.ids["/briefings/2023-01-10-grain-deal/"][0]:
                               "/briefings/2023-01-10-grain-deal/",
                               base.ids["/briefings/2023-03-05-port-opens/"][0]:
                               "/briefings/2023-03-05-port-opens/"}
    delta = search_delta.entry_ids(site / DELTA_BUNDLE)
    assert set(delta) == {"/briefings/2023-04-01-late-arrival/",
                          "/briefings/2023-03-05-port-opens/"}
    assert not (site / search_delta.NEXT_DELTA).exists()


def test_a_rewrite_of_most_pages_waits_for_the_full_run_but_still_drops_the_gone(
        built, tmp_path, monkeypatch):
    site = tmp_path / "site"
    shutil.copytree(built, site)
    base = base_of(site)
    edit(site)
    monkeypatch.setattr(search_delta, "MOST_PAGES", 1)
    SearchDelta(logging.getLogger("test")).update(site, base)
    listed = json.loads((site / CHANGES).read_text(encoding="utf-8"))
    assert listed["index"] is False and listed["pages"] == []
    assert list(listed["stale"].values()) == ["/briefings/2023-01-10-grain-deal/"]
    assert not (site / DELTA_BUNDLE / "pagefind.js").exists()


def test_nothing_changed_since_the_full_run_means_an_empty_list(built, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built, site)
    SearchDelta(logging.getLogger("test")).update(site, base_of(site))
    listed = json.loads((site / CHANGES).read_text(encoding="utf-8"))
    assert listed == {"generation": 1, "index": False, "pages": [], "stale": {}}


def test_after_a_full_run_the_changes_count_from_when_it_began(built, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built, site)
    delta = SearchDelta(logging.getLogger("test"))
    indexer = search_index.BackgroundIndexer(logging.getLogger("test"), delta)
    edit(site)
    indexer.request(site)  # no base yet: the delta waits for the first full run
    deadline = time.monotonic() + 60
    while (indexer.running or delta.running) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert delta.base is not None and not indexer.running and not delta.running
    listed = json.loads((site / CHANGES).read_text(encoding="utf-8"))
    assert listed == {"generation": 1, "index": False, "pages": [], "stale": {}}
    assert "/briefings/2023-01-10-grain-deal/" not in delta.base.ids


@pytest.fixture
def served(built, tmp_path):
    """The built site after `edit`, with its delta, and the changes script as serve has it."""
    site = tmp_path / "site"
    shutil.copytree(built, site)
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(SEARCH_SCRIPT.sub(SCRIPT, text, count=1), encoding="utf-8")
    base = base_of(site)
    edit(site)
    SearchDelta(logging.getLogger("test")).update(site, base)
    with serve_folder(site) as url:
        yield url, site


SETTLED = """query => {
    const region = document.querySelector(".md-search-result");
    return region.getAttribute("aria-busy") === "false" && region.dataset.query === query;
}"""


def results(page, query: str, sort: str = "") -> list[str]:
    """The result links once the box has answered `query` (and the sort, when given)."""
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    page.wait_for_function(SETTLED, arg=query)
    if sort:
        page.select_option(".briefings-search-filters select[name=sort]", sort)
        page.wait_for_function(SETTLED, arg=query)
    return page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(a => new URL(a.href).pathname)")


def test_the_box_finds_pages_as_they_now_read_and_never_a_deleted_one(served, chromium):
    page = chromium.new_page()
    page.goto(served[0])
    assert page.evaluate("typeof window.briefingsSearchChanges") == "function"
    assert results(page, "Harbourmaster") == ["/briefings/2023-03-05-port-opens/"]
    assert results(page, "Quayside") == ["/briefings/2023-04-01-late-arrival/"]
    assert "/briefings/2023-01-10-grain-deal/" not in results(page, "grain")
    assert "/briefings/2023-03-05-port-opens/" not in results(page, "\"new port opens\"")
    for sort, where in (("desc", 0), ("asc", -1)):  # the newest page, placed by its date
        dated = [u for u in results(page, "port", sort) if u.startswith("/briefings/")]
        assert dated[where] == "/briefings/2023-04-01-late-arrival/", (sort, dated)
        assert "/briefings/2023-03-05-port-opens/" in dated and len(dated) == len(set(dated))
    page.close()


def test_without_the_small_index_the_written_pages_answer_as_they_were(served, chromium):
    """The small index rewritten under a page that reads it: the pages it held answer
    from the full index as they were, and a deleted briefing is still never found."""
    url, site = served
    shutil.rmtree(site / DELTA_BUNDLE)
    page = chromium.new_page()
    page.goto(url)
    assert results(page, "Harbourmaster") == []
    assert "/briefings/2023-03-05-port-opens/" in results(page, "\"new port opens\"")
    assert "/briefings/2023-01-10-grain-deal/" not in results(page, "grain")
    page.close()
