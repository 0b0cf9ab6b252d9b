"""What a reader can check, in Chromium: the verified marks, their tooltip, "How we verify",
and the links that open the original article at the passage (a URL text fragment).

No network: the article's own site is never loaded; the tests assert the link's target
and that its words are the article's.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from browser_support import screenshot
from conftest import load_catalog
from playwright.sync_api import expect
from site_project import ROOT

from generator.pages.briefing import fold_quotes

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def entry():
    """A briefing with an address, so its marks have "read it in the article" links."""
    return next(e for e in load_catalog(ROOT).entries if e.briefing.source.url)


def test_every_verified_mark_links_to_how_we_verify_and_says_where(entry, site_url, open_tab):
    tab = open_tab(site_url)
    tab.page.goto(f"briefings/{entry.slug}/")
    marks = tab.page.locator("a.briefing-verdict--verified")
    count = marks.count()
    # A quote whose words are already an excerpt of a claim is shown once, as the excerpt.
    shown, _ = fold_quotes(entry)
    assert count == len(shown) + sum(len(c.evidence) for c in entry.claims)
    for i in range(count):
        mark = marks.nth(i)
        assert mark.evaluate("a => new URL(a.href).pathname") == "/how-we-verify/"
        label = mark.inner_text()
        assert re.fullmatch(r"verified in (¶\d+|the headline)", label), label
        number = label.removeprefix("verified in ¶")
        assert f"paragraph {number} of the article's body" in mark.get_attribute("title")
    assert tab.errors == []


def test_the_mark_shows_a_tooltip_on_hover_and_opens_how_we_verify(entry, site_url, open_tab):
    tab = open_tab(site_url)
    tab.page.goto(f"briefings/{entry.slug}/")
    mark = tab.page.locator("a.briefing-verdict--verified").first
    mark.scroll_into_view_if_needed()
    mark.hover()
    tooltip = tab.page.locator(".md-tooltip2, .md-tooltip").filter(has_text="Found word for word")
    expect(tooltip.first).to_be_visible()
    screenshot(tab.page, "verified-mark-tooltip")
    mark.click()
    tab.page.wait_for_url("**/how-we-verify/")
    expect(tab.page.locator("article h1")).to_have_text(re.compile(r"^How we verify"))
    expect(tab.page.locator("article")).to_contain_text("Photo captions and credits")
    expect(tab.page.locator("article")).to_contain_text("never add a negation")
    screenshot(tab.page, "how-we-verify-after-the-mark")


def test_how_we_verify_is_in_the_sidebar(site_url, open_tab):
    tab = open_tab(site_url)
    tab.page.goto("")
    link = tab.page.locator("nav.md-nav--primary a", has_text="How we verify").first
    assert link.evaluate("a => new URL(a.href).pathname") == "/how-we-verify/"


def test_a_text_fragment_link_opens_the_original_at_the_passage(entry, site_url, open_tab):
    tab = open_tab(site_url)
    tab.page.goto(f"briefings/{entry.slug}/")
    links = tab.page.locator("a.briefing-source-link")
    assert links.count() >= len(fold_quotes(entry)[0])
    article = " ".join((ROOT / entry.briefing.source.text).read_text(encoding="utf-8").split())
    url = entry.briefing.source.url
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href.startswith(f"{url}#:~:text="), href
        directive = href.split("#:~:text=", 1)[1]
        assert re.fullmatch(r"[A-Za-z0-9%._~]+(,[A-Za-z0-9%._~]+)?", directive), directive
        for part in directive.split(","):
            words = unquote(part)
            assert words in article, words  # the article's own words, as printed
    assert tab.errors == []
