"""Pagefind behind Material's search box (generator/pagefind_plugin.py): the site's search.

mkdocs.yml enables the hook for every build (and a plain install brings the
binary). A build has no lunr index, a Pagefind bundle and the box; switched
back to Material's search as the README says, it has lunr's index and no
Pagefind. In Chromium the box finds pages by analyst, quote words and title,
and page text never becomes markup in the results. Under `mkdocs serve`
Pagefind indexes in the background at a lower CPU priority; `mkdocs build`
runs it at normal priority.
"""

from __future__ import annotations

import collections
import gzip
import json
import logging
import os
import re
import shutil
import sys
import threading
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pagefind_bin  # noqa: F401  (a dependency of the project; a missing binary fails)
import pytest
from browser_support import build_site, serve_folder
from mkdocs.config import load_config
from site_project import (
    ROOT,
    copy_site,
    fetch,
    free_port,
    material_search,
    mkdocs_build,
    mkdocs_serve,
    wait_for,
)
from test_render import HOSTILE_BRIEFING

from generator import pagefind_plugin
from generator.engine import search_index
from generator.pagefind_plugin import PagefindPlugin

pytestmark = pytest.mark.site

MATERIAL_HEADER = (
    Path(__import__("material").__file__).parent / "templates" / "partials" / "header.html"
)
ALLOWED_IN_RESULTS = {"LI", "A", "ARTICLE", "H1", "P", "MARK"}
NAVIGATION_SECONDS = 5  # one look at the preview; the wait for a condition is longer


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The fixture project built by the real mkdocs.yml: Pagefind is its search."""
    project = copy_site(tmp_path_factory.mktemp("pagefind-project"))
    return build_site(project, tmp_path_factory.mktemp("pagefind-site"))


def test_the_real_mkdocs_yml_searches_with_pagefind_and_a_plain_install_brings_it(
    monkeypatch,
):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert "hooks" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert isinstance(config.plugins["briefings-pagefind"], PagefindPlugin)
    assert "search" not in config.plugins and "material/search" not in config.plugins
    assert not [f for f in config.theme["features"] if f.startswith("search.")]  # inert now
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("pagefind-bin") for dep in project["dependencies"])


def test_the_header_override_is_materials_header_plus_one_include():
    ours = (pagefind_plugin.THEME_DIR / "partials" / "header.html").read_text(encoding="utf-8")
    theirs = MATERIAL_HEADER.read_text(encoding="utf-8")
    body = ours.split("-#}\n", 1)[1]
    added = [line for line in body.splitlines() if "briefings" in line or "pagefind" in line]
    assert added == [
        "    {#- briefings: Pagefind behind the search box (generator/pagefind_plugin.py) -#}",
        '    {% include "partials/pagefind.html" %}',
    ]
    kept = "\n".join(line for line in body.splitlines() if line not in added)
    assert kept + "\n" == theirs.split("-#}\n", 1)[1], (
        "Material's header.html changed: copy it again into generator/pagefind_theme/partials/"
    )


def test_a_default_build_has_the_bundle_and_the_box_but_no_lunr_index(site):
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "assets" / "javascripts" / "pagefind-search.js").is_file()
    assert not (site / "search").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.count("data-briefings-search") == 1
    assert 'href="assets/stylesheets/pagefind-search.css"' in home
    assert (site / "assets" / "stylesheets" / "pagefind-search.css").is_file()
    assert 'data-md-component="search' not in home  # Material's lunr worker never starts


def test_switching_back_to_materials_search_as_the_readme_says(tmp_path):
    project = material_search(copy_site(tmp_path / "project"))
    site = build_site(project, tmp_path / "site")
    assert (site / "search" / "search_index.json").is_file()
    assert not (site / "pagefind").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' in home and "data-briefings-search" not in home
    assert 'data-md-component="search-suggest"' in home  # the features are back too


def test_briefing_pages_are_indexed_in_full_and_the_others_by_their_introduction():
    page = "<h1>T</h1><p>intro</p><h2>A</h2><ul><li>x</li></ul>"
    full = pagefind_plugin.indexed_part(page, "briefings/2022-01-01-a.md")
    assert full == f"<div data-pagefind-body>{page}</div>"
    for src in ("index.md", "briefings/index.md", "analysts/jane-roe.md", "topics/trade.md",
                "timeline.md"):
        assert pagefind_plugin.indexed_part(page, src) == (
            "<div data-pagefind-body><h1>T</h1><p>intro</p></div><h2>A</h2><ul><li>x</li></ul>"
        )
    listing = "<h1>Briefings</h1><p>3 briefings.</p>\n<ul><li>a</li></ul>"
    assert pagefind_plugin.indexed_part(listing, "briefings/index.md").startswith(
        "<div data-pagefind-body><h1>Briefings</h1><p>3 briefings.</p>\n</div><ul>"
    )


FAKE_PAGEFIND = f"""#!{sys.executable}
# Stands in for Pagefind: writes the bundle's entry point and its own CPU niceness.
import os, pathlib, sys
site = pathlib.Path(sys.argv[sys.argv.index("--site") + 1])
bundle = site / sys.argv[sys.argv.index("--output-subdir") + 1]
bundle.mkdir(exist_ok=True)
(bundle / "pagefind.js").write_text("")
(site / "niceness").write_text(str(os.nice(0)))
if (site / "generation").exists():  # a file named by content, as Pagefind's index chunks are
    (bundle / "index").mkdir()
    (bundle / "index" / ((site / "generation").read_text() + ".pf_index")).write_text("")
"""


@pytest.fixture
def fake_pagefind(tmp_path, monkeypatch) -> Path:
    executable = tmp_path / "pagefind"
    executable.write_text(FAKE_PAGEFIND, encoding="utf-8")
    executable.chmod(0o755)
    monkeypatch.setattr(search_index, "pagefind_executable", lambda: executable)
    return executable


def niceness_of_pagefind(command: str, site: Path) -> int:
    """Run the hook as `mkdocs <command>` would after a build; Pagefind's niceness."""
    site.mkdir()
    plugin = PagefindPlugin()
    plugin.on_startup(command=command, dirty=False)
    plugin.on_post_build(config=SimpleNamespace(site_dir=str(site)))
    indexer = plugin.indexer
    deadline = time.monotonic() + 30
    while indexer is not None and indexer.running and time.monotonic() < deadline:
        time.sleep(0.05)  # under serve, Pagefind runs in a thread
    return int((site / "niceness").read_text(encoding="utf-8"))


def test_serve_indexes_at_a_lower_cpu_priority_and_build_at_normal(fake_pagefind, tmp_path):
    ours = os.nice(0)
    assert niceness_of_pagefind("build", tmp_path / "built") == ours
    assert niceness_of_pagefind("serve", tmp_path / "served") == min(
        ours + search_index.BACKGROUND_NICENESS, 19
    )
    assert niceness_of_pagefind("gh-deploy", tmp_path / "deployed") == ours


def test_only_the_background_command_is_niced(fake_pagefind, tmp_path):
    plain = search_index.pagefind_command(tmp_path)
    assert plain[0] == str(fake_pagefind)
    niced = search_index.pagefind_command(tmp_path, background=True)
    assert niced[1:] == ["-n", "10", *plain] and Path(niced[0]).name == "nice"


def test_a_new_index_replaces_the_live_one_and_no_file_is_ever_half_written(site, tmp_path):
    """A preview reloads pages while Pagefind runs: what they read is whole."""
    served = tmp_path / "site"
    shutil.copytree(site, served)
    bundle = served / "pagefind"
    before = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    (served / search_index.NEXT_BUNDLE).mkdir()  # left by a killed run
    done = threading.Event()
    broken: list[str] = []

    def read_while_indexing() -> None:
        while not done.is_set():
            try:
                json.loads((bundle / "pagefind-entry.json").read_bytes())
                gzip.decompress((bundle / "wasm.en.pagefind").read_bytes())
            except (OSError, ValueError) as error:
                broken.append(repr(error))

    reader = threading.Thread(target=read_while_indexing)
    reader.start()
    try:
        for _ in range(3):
            unused = search_index.index_site(served)  # Pagefind's filter files vary by run
            assert all((bundle / name).is_file() for name in unused)  # kept one run longer
    finally:
        done.set()
        reader.join()
    assert broken == []
    after = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert after.keys() == before.keys() and after["languages"].keys() == {"en"}
    assert sorted(p.name for p in served.iterdir() if "pagefind" in p.name) == ["pagefind"]


def test_the_preview_deletes_an_unused_index_file_one_run_later(fake_pagefind, tmp_path):
    """A page reloaded just before a run may still read the index before it."""
    site = tmp_path / "site"
    site.mkdir()
    indexer = search_index.BackgroundIndexer(logging.getLogger("test"))
    expected = {"a": ["a"], "b": ["a", "b"], "c": ["b", "c"], "c again": ["c"]}
    for step, kept in expected.items():
        (site / "generation").write_text(step[0], encoding="utf-8")
        indexer.request(site)
        deadline = time.monotonic() + 30
        while indexer.running and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not indexer.running
        index = site / "pagefind" / "index"
        assert sorted(p.stem for p in index.iterdir()) == kept, step


def test_a_failed_index_leaves_the_last_one_in_place(tmp_path, monkeypatch):
    failing = tmp_path / "pagefind-bin"
    failing.write_text(f"#!{sys.executable}\nimport sys\nsys.exit('no disk')\n")
    failing.chmod(0o755)
    monkeypatch.setattr(search_index, "pagefind_executable", lambda: failing)
    (tmp_path / "site" / "pagefind").mkdir(parents=True)
    (tmp_path / "site" / "pagefind" / "pagefind.js").write_text("live", encoding="utf-8")
    with pytest.raises(search_index.SearchIndexError, match="no disk"):
        search_index.index_site(tmp_path / "site")
    assert (tmp_path / "site" / "pagefind" / "pagefind.js").read_text(encoding="utf-8") == "live"


@pytest.fixture(scope="module")
def browser(chromium):
    """Debian's Chromium, from browser_support: missing, it fails the run."""
    return chromium


def search(page, query: str) -> list[str]:
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    return page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(a => new URL(a.href).pathname)"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jane Roe", "/analysts/jane-roe/"),
        ("Li Wei", "/analysts/li-wei/"),
        ("bread, not about borders", "/briefings/2023-01-10-grain-deal/"),
        ("This deal is about bread", "/briefings/2023-01-10-grain-deal/"),  # stop words
        ("Northland and Southland sign a grain deal", "/briefings/2023-01-10-grain-deal/"),
        ("A new port opens on the border", "/briefings/2023-03-05-port-opens/"),
    ],
)
def test_the_box_finds_pages_by_analyst_quote_and_title(site, browser, query, expected):
    with serve_folder(site) as base:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "timeline/")
        assert expected in search(page, query)
        assert page.is_checked("#__search")
        page.keyboard.press("Escape")
        assert not page.is_checked("#__search")
        assert errors == []
        page.close()


def pagefind_requests(browser, base: str, save_data: bool) -> list[str]:
    """The Pagefind files a page fetches in its first two idle seconds, search unopened."""
    context = browser.new_context()
    if save_data:
        context.add_init_script(
            "Object.defineProperty(navigator, 'connection', {value: {saveData: true}})"
        )
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(base + "timeline/")
    page.wait_for_timeout(2000)
    assert not page.is_checked("#__search")
    context.close()
    return [url.rsplit("/", 1)[-1] for url in fetched if "/pagefind/" in url]


def test_the_engine_warms_up_when_the_page_is_idle_unless_the_reader_saves_data(site, browser):
    with serve_folder(site) as base:
        warmed = pagefind_requests(browser, base, save_data=False)
        assert "pagefind.js" in warmed
        assert any(name.endswith(".pagefind") for name in warmed)  # the WebAssembly
        assert not any(name.endswith(".pf_index") or name.endswith(".pf_fragment")
                       for name in warmed)  # no query's chunks before a query
        assert pagefind_requests(browser, base, save_data=True) == []


def test_a_result_link_opens_its_page(site, browser):
    with serve_folder(site) as base:
        page = browser.new_page()
        page.goto(base)
        search(page, "Jane Roe")
        page.click(".md-search-result__link[href*='/analysts/jane-roe/']")
        page.wait_for_url("**/analysts/jane-roe/")
        assert "Jane Roe" in page.inner_text("h1")
        page.close()


def test_page_text_never_becomes_markup_in_the_results(tmp_path, browser):
    project = tmp_path / "project"
    copy_site(project)
    for path in (project / "briefings").glob("*.yaml"):
        path.unlink()
    (project / "briefings" / "evil.yaml").write_text(HOSTILE_BRIEFING, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(project, site, strict=False)
    assert result.returncode == 0, result.stderr
    with serve_folder(site) as base:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(base)
        for query in ("script", "onclick", "img"):
            assert search(page, query)
            tags = page.eval_on_selector_all(
                ".md-search-result__list *", "nodes => nodes.map(n => n.tagName)"
            )
            assert set(tags) <= ALLOWED_IN_RESULTS, set(tags) - ALLOWED_IN_RESULTS
            page.fill(".md-search__input", "")
        assert dialogs == []
        page.close()


@pytest.mark.parametrize("options", [(), ("--dirty",)], ids=["cleaned", "dirty"])
def test_a_rebuild_under_serve_never_leaves_pages_without_an_index(tmp_path, options):
    """Reloaded pages ask for the index at once, before the next Pagefind run ends."""
    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / "2023-03-05-port-opens.yaml"
    port = free_port()
    base = f"http://127.0.0.1:{port}/pagefind/"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, *options):
        wait_for(lambda: fetch(base + "pagefind.js") is not None, "the index", log)
        statuses: list[int] = []
        stop = threading.Event()

        def poll() -> None:
            while not stop.is_set():
                for name in ("pagefind-entry.json", "wasm.en.pagefind"):
                    try:
                        with urllib.request.urlopen(base + name, timeout=10) as response:
                            statuses.append(response.status)
                    except urllib.error.HTTPError as error:
                        statuses.append(error.code)

        poller = threading.Thread(target=poll)
        poller.start()
        try:
            for runs, title in enumerate(("A harbour opens", "A quay opens"), start=2):
                text = briefing.read_text(encoding="utf-8")
                briefing.write_text(re.sub(r"title: .*", f"title: {title}", text, count=1),
                                    encoding="utf-8")
                wait_for(lambda n=runs: log.read_text(encoding="utf-8").count(
                    "search index updated") >= n, "the new index", log)
        finally:
            stop.set()
            poller.join()
    assert len(statuses) > 20 and set(statuses) == {200}, collections.Counter(statuses)
    assert "Cleaning site directory" in log.read_text(encoding="utf-8") or options


def look(page, url: str, cut: list[str]) -> bool:
    """Open `url` in `page`; False, with why in `cut`, when the navigation did not finish.

    Each save reloads the preview's pages, and a reload that starts while the test opens
    a page cuts the test's navigation short: Chromium says so (aborted, or interrupted by
    another navigation), or, now and then, never fires the load event the navigation waits
    for, though the server answers at once. So a navigation gets a few seconds, and the
    caller looks again, rather than one stuck navigation using up the whole wait.
    """
    from playwright.sync_api import Error as playwright_error

    try:
        page.goto(url, timeout=NAVIGATION_SECONDS * 1000)
    except playwright_error as error:
        answered = fetch(url) is not None
        cut.append(f"{str(error).splitlines()[0]} (the server answered: {answered})")
        return False
    return True


def test_serve_indexes_in_the_background_and_keeps_up_with_edits(tmp_path, browser):
    from playwright.sync_api import Error as playwright_error
    from playwright.sync_api import TimeoutError as playwright_timeout

    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / "2023-03-05-port-opens.yaml"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, "--dirty"):
        wait_for(lambda: fetch(base + "/pagefind/pagefind.js") is not None, "the index", log)
        briefing.write_text(
            briefing.read_text(encoding="utf-8").replace("A new port opens", "A harbour opens"),
            encoding="utf-8",
        )
        wait_for(lambda: "A harbour opens" in (fetch(base + "/briefings/2023-03-05-port-opens/")
                                               or ""), "the edit", log)
        page = browser.new_page()

        def found() -> bool:
            if not look(page, base + "/", []):
                return False
            try:
                return "/briefings/2023-03-05-port-opens/" in search(page, "harbour")
            except playwright_error:  # no result yet: the old index is still served
                return False

        wait_for(found, "the new title in the search", log)
        # Between two full runs the pages written since the last one are indexed on
        # their own (engine/search_delta.py); only the preview loads that script.
        assert "pagefind-changes.js" in (fetch(base + "/") or "")
        wait_for(lambda: "search changes indexed" in log.read_text(encoding="utf-8"),
                 "the changed pages indexed on their own", log)
        gone = project / "briefings" / "2023-01-10-grain-deal.yaml"
        gone.unlink()
        wait_for(lambda: fetch(base + "/briefings/2023-01-10-grain-deal/") is None,
                 "the deleted briefing's page gone", log)

        last_shown: list[str] = []
        cut: list[str] = []

        def forgotten() -> bool:
            if not look(page, base + "/", cut):
                return False
            try:
                shown = search(page, "grain")
            except playwright_timeout:  # no result at all
                return True
            except playwright_error:  # a reload came mid-search: look again
                return False
            last_shown[:] = shown
            return "/briefings/2023-01-10-grain-deal/" not in shown

        try:
            wait_for(forgotten, "the deleted briefing gone from the search", log)
        except AssertionError as error:  # what the search box read, for a rare failure
            changes = fetch(base + "/pagefind-changes.json")
            raise AssertionError(f"{error}\nlast results: {last_shown}\n"
                                 f"pagefind-changes.json: {changes}\n"
                                 f"navigations cut: {cut[-5:]} ({len(cut)})") from None
        page.close()
