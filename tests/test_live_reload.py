"""Live reload as an editor sees it: save a briefing, and the open page in Chromium follows.

`mkdocs serve --livereload` (what `make serve` runs) on a free loopback port, in
a copy of the fixture project. The test never reloads the page itself: a mark
left on the old page's `window` is gone afterwards, so the new title arrived
by the server's live reload.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from site_project import copy_site, fetch, free_port, mkdocs_serve, wait_for

pytestmark = pytest.mark.site

SLUG = "2023-03-05-port-opens"
TITLE = "A new port opens on the border"
EDITED = "A new port opens on the border, a week late"


def test_an_open_page_shows_the_edited_title_without_a_manual_reload(tmp_path, open_tab):
    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / f"{SLUG}.yaml"
    original = briefing.read_text(encoding="utf-8")
    assert f"title: {TITLE}\n" in original
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log):
        wait_for(lambda: TITLE in (fetch(f"{base}briefings/{SLUG}/") or ""), "the page", log)
        tab = open_tab(base)
        page = tab.page
        page.goto(f"briefings/{SLUG}/")
        heading = page.locator("article h1")
        expect(heading).to_have_text(re.compile(rf"^{re.escape(TITLE)}¶?$"))
        page.evaluate("window.__before_the_edit = true")

        briefing.write_text(original.replace(TITLE, EDITED), encoding="utf-8")
        expect(heading).to_have_text(re.compile(rf"^{re.escape(EDITED)}¶?$"), timeout=30_000)
        assert page.evaluate("window.__before_the_edit") is None, "not a fresh page"
        assert tab.errors == [], log.read_text()


def test_an_open_page_that_lists_the_briefing_follows_the_first_look(tmp_path, open_tab):
    """Under `make serve` (`--dirty`) the saved briefing's own page is shown first and the
    browsers reload; an open topic page, reloaded then, is not up to date yet, so it
    must reload once more when the pages that list the briefing are."""
    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / f"{SLUG}.yaml"
    original = briefing.read_text(encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, "--dirty"):
        topic = f"{base}topics/northland-southland/"
        wait_for(lambda: TITLE in (fetch(topic) or ""), "the topic page", log)
        tab = open_tab(base)
        page = tab.page
        page.goto("topics/northland-southland/")
        listed = page.locator("article").get_by_text(EDITED)
        expect(page.locator("article").get_by_text(TITLE).first).to_be_visible()

        briefing.write_text(original.replace(TITLE, EDITED), encoding="utf-8")
        expect(listed.first).to_be_visible(timeout=30_000)
        text = log.read_text()
        assert "The saved briefing's page shown" in text, text  # the first look ran
        assert tab.errors == [], text
