"""The preview as an editor on deadline meets it: `make serve` (mkdocs serve --livereload --dirty)
in a copy of the fixture project, an open page in Chromium, and saves that go wrong.

- A bad save makes a problems panel appear on the open page's reload, naming the
  file, line, column, message and hint; the fix makes it go away.
- While one file is broken, an edit to another shows.
- The panel is accessible (axe), in both palettes, and the built site never has it.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import screenshot
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from site_project import copy_site, fetch, free_port, mkdocs_build, mkdocs_serve, wait_for

pytestmark = pytest.mark.site

PORT_OPENS = "2023-03-05-port-opens"
GRAIN = "2023-01-10-grain-deal"
BROKEN = "summary: [unclosed\n"

# How Chromium reports a navigation that a live reload cut off: as an aborted load,
# or, when the reload started first, as "interrupted by another navigation".
NAVIGATION_CUT = ("ERR_ABORTED", "interrupted by another navigation")


@pytest.fixture
def served(tmp_path):
    project = copy_site(tmp_path / "project")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, "--dirty"):
        wait_for(lambda: "A new port opens" in (fetch(f"{base}briefings/{PORT_OPENS}/") or ""),
                 "the first page", log)
        yield project, base, log


def go(page, url: str) -> None:
    """Open `url`; again if the preview's reload cut the first try off. A save reloads
    the browsers twice (its own page first, then the rest: `serve_quick.py`), and the
    second reload may land while the test is navigating. The preview answers a page only
    after the rebuild under way ends, so the wait is as long as the other waits here: a
    rebuild on a loaded machine, not a slow page, is what it waits for. Chromium reports
    a cut-off navigation in two ways (NAVIGATION_CUT); CI met the second once."""
    for attempt in range(3):
        try:
            page.goto(url, timeout=30_000)
            return
        except PlaywrightError as error:
            if attempt == 2 or not any(cut in str(error) for cut in NAVIGATION_CUT):
                raise


def edit(project, slug: str, old: str, new: str) -> None:
    path = project / "briefings" / f"{slug}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_problems_panel_appears_after_a_bad_save_and_clears_after_the_fix(
    served, open_tab, scheme
):
    project, base, log = served
    tab = open_tab(base, color_scheme=scheme)
    page = tab.page
    page.goto(f"briefings/{PORT_OPENS}/")
    panel = page.locator("#briefings-problems")
    expect(panel).to_be_hidden()

    edit(project, PORT_OPENS, "summary: >\n", BROKEN + "key: >\n")
    expect(panel).to_be_visible(timeout=30_000)  # on the live reload, without a manual one
    expect(panel).to_contain_text(f"briefings/{PORT_OPENS}.yaml:")
    expect(panel).to_contain_text("hint:")
    expect(panel).to_contain_text("problem(s) in the briefings")
    expect(page.locator("article h1")).to_have_text(re.compile(r"^A new port opens"))
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    violations = Axe().run(page).response["violations"]
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    screenshot(page, f"preview-problems-{scheme}")

    edit(project, PORT_OPENS, BROKEN + "key: >\n", "summary: >\n")
    expect(panel).to_be_hidden(timeout=30_000)
    assert tab.errors == [], log.read_text()


def test_an_edit_to_one_file_shows_while_another_is_broken(served, open_tab):
    project, base, log = served
    edit(project, PORT_OPENS, "summary: >\n", BROKEN + "key: >\n")
    wait_for(lambda: "shown on every page of the preview" in log.read_text(), "the error", log)
    tab = open_tab(base)
    page = tab.page
    page.goto(f"briefings/{GRAIN}/")
    heading = page.locator("article h1")
    expect(heading).to_have_text(re.compile(r"^Northland and Southland sign a grain deal"))
    edit(project, GRAIN, "title: Northland and Southland sign a grain deal",
         "title: Northland and Southland sign a grain pact")
    expect(heading).to_have_text(re.compile(r"^Northland and Southland sign a grain pact"),
                                 timeout=30_000)
    expect(page.locator("#briefings-problems")).to_be_visible()  # the other file is still broken
    go(page, f"briefings/{PORT_OPENS}/")  # the broken file keeps its last good page
    expect(page.locator("article h1")).to_have_text(re.compile(r"^A new port opens"))


def test_the_built_site_has_no_panel(tmp_path):
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    for page in site.rglob("*.html"):
        assert "briefings-problems" not in page.read_text(encoding="utf-8"), page
    assert not (site / "__briefings").exists()
