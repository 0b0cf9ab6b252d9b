"""The story at a glance, in Chromium: the timeline, the home page, topics, people, 404, print.

On the real site (built once per session, tests/browser_support.py). What the
pages should hold comes from the checked project (catalog and story files),
so new briefings and events do not break these tests.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from browser_support import DESKTOP, MOBILE, screenshot
from playwright.sync_api import Page, expect
from site_project import ROOT

from generator.engine import check
from generator.pages.people import surname_first

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def result():
    found = check(ROOT)
    assert found.problems.errors == []
    return found


def timeline_items(page: Page) -> list[dict]:
    return page.evaluate("""() => [
      ...document.querySelectorAll('ol.story-timeline > li')].map(li => ({
        kind: li.classList.contains('story-item--event') ? 'event' : 'briefing',
        day: li.querySelector('time').getAttribute('datetime'),
        title: li.querySelector('.story-title').textContent.trim(),
        href: li.querySelector('.story-title a')?.getAttribute('href') || null,
    }))""")


@pytest.mark.parametrize("url", ["", "timeline/"])
def test_the_timeline_places_every_briefing_and_event_in_date_order(result, url, site_url,
                                                                     open_tab):
    tab = open_tab(site_url)
    tab.page.goto(url)
    items = timeline_items(tab.page)
    days = [date.fromisoformat(item["day"]) for item in items]
    assert days == sorted(days)
    briefings = [item for item in items if item["kind"] == "briefing"]
    oldest_first = sorted(result.catalog.entries, key=lambda e: (e.published, e.slug))
    assert [b["title"] for b in briefings] == [" ".join(e.briefing.title.split())
                                              for e in oldest_first]
    assert [b["day"] for b in briefings] == [e.published.isoformat() for e in oldest_first]
    events = [item["title"] for item in items if item["kind"] == "event"]
    assert events == [" ".join(e.event.title.split()) for e in result.story.events]
    # Each key event shows the article's words, verified, and the briefing stating them.
    evidence = tab.page.locator("li.story-item--event .story-evidence")
    assert evidence.count() == len(result.story.events)
    for i, linked in enumerate(result.story.events):
        expect(evidence.nth(i).locator("a.briefing-verdict--verified")).to_have_count(1)
        href = evidence.nth(i).locator("a", has_text=linked.entry.briefing.source.outlet)
        assert urlsplit(href.get_attribute("href")).path.rstrip("/").endswith(linked.entry.slug)
    # The picture above says the same at a glance, with a name for screen readers.
    picture = tab.page.locator("figure.story-axis svg[role=img]")
    assert re.search(rf"{len(briefings)} briefings and {len(events)} key events",
                     picture.get_attribute("aria-label"))
    assert tab.page.locator("figure.story-axis circle").count() == len(briefings)
    assert tab.errors == []


def test_the_timeline_is_reachable_by_keyboard_in_its_order(result, site_url, open_tab):
    tab = open_tab(site_url)
    page = tab.page
    page.goto("timeline/")
    wanted = [f"/briefings/{e.slug}/" for e in
              sorted(result.catalog.entries, key=lambda e: (e.published, e.slug))]
    reached: list[str] = []
    for _ in range(150):
        page.keyboard.press("Tab")
        inside = page.evaluate("""() => {
            const a = document.activeElement;
            return a.closest('.story-title') ? new URL(a.href).pathname : null }""")
        if inside:
            reached.append(inside)
        if len(reached) == len(wanted):
            break
    assert reached == wanted
    # The focused link is visible: the theme draws its focus ring on it.
    expect(page.locator(".story-title a").last).to_be_focused()
    assert tab.errors == []


def test_the_home_page_tells_the_story_first(result, site_url, open_tab):
    tab = open_tab(site_url, viewport=MOBILE, is_mobile=True, has_touch=True)
    page = tab.page
    page.goto("")
    expect(page.locator("article h1")).to_have_text(re.compile(re.escape(result.story.title)))
    expect(page.locator(".story-lede")).to_have_text(" ".join(result.story.lede.split()))
    headings = page.locator("article h2").all_inner_texts()
    assert [h.rstrip("¶") for h in headings][:3] == [
        "The story so far", "Latest briefings", "Most quoted"]
    # Most quoted: each with an affiliation and a count.
    quoted = page.locator("article h2:has-text('Most quoted') + ul > li").all_inner_texts()
    assert quoted and all(re.search(r"\d+ quotes? in \d+ briefings?", line) for line in quoted)
    # The site's own name and mark, whole in the phone's header.
    name = page.locator(".md-header__topic .md-ellipsis").first
    assert name.inner_text().strip() == "China–Russia Briefings"
    assert name.evaluate("e => e.scrollWidth <= e.clientWidth")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert icon.endswith("assets/favicon.svg")
    assert tab.errors == []


def test_the_analysts_index_is_by_surname_with_affiliation_and_counts(result, site_url,
                                                                      open_tab):
    tab = open_tab(site_url)
    tab.page.goto("analysts/")
    rows = tab.page.locator("article li").all_inner_texts()
    names = [row.split(" — ")[0] for row in rows]
    profiles = sorted(result.catalog.analysts.values(),
                      key=lambda p: surname_first(p.name, p.id))
    assert names == [p.name for p in profiles]
    assert names.index("Shi Yinhong") > names.index("Anna Kireeva")  # under S, not A
    assert names.index("Yu Bin") == len(names) - 1  # under Y
    assert all(re.search(r" · \d+ briefings?$", row) for row in rows)
    assert any(", Eurasia Group · " in row for row in rows)
    assert tab.errors == []


def test_an_analyst_page_shows_their_appearances_on_the_time_axis(result, site_url, open_tab):
    profile = max(result.catalog.analysts.values(), key=lambda p: len(p.quotes()))
    tab = open_tab(site_url)
    tab.page.goto(f"analysts/{profile.id}/")
    picture = tab.page.locator("figure.person-axis svg[role=img]")
    expect(picture).to_have_count(1)
    assert picture.locator("circle").count() == len(profile.appearances)
    assert tab.page.locator("article blockquote").count() == len(profile.quotes())
    assert tab.errors == []


def test_every_column_of_the_data_table_shows_on_a_phone(site_url, open_tab):
    """Material scrolls a wide table sideways inside the page: a column off screen is unread."""
    tab = open_tab(site_url, viewport=MOBILE)
    tab.page.goto("data/")
    table = tab.page.locator("article table").first
    expect(table).to_contain_text("one verbatim quote and its verdict")
    fits = "t => t.getBoundingClientRect().width <= t.closest('article').clientWidth"
    assert table.evaluate(fits), table.evaluate(
        "t => [t.getBoundingClientRect().width, t.closest('article').clientWidth]")
    assert tab.errors == []


def test_the_404_page_offers_a_search_and_the_sections(result, site_url, open_tab):
    tab = open_tab(site_url)
    page = tab.page
    response = page.goto("no/such/page/")
    assert response.status == 404  # the test server does not serve 404.html: open it
    page.goto("404.html")
    expect(page.locator("article h1")).to_have_text("Page not found")
    sections = page.locator("article ul a").all_inner_texts()
    assert sections[:3] == ["Home", "Briefings", "Analysts"] and "Timeline" in sections
    field = page.get_by_label(re.compile("Search the briefings"))
    field.type("Fallon", delay=20)
    expect(page.locator("#__search")).to_be_checked()
    expect(page.locator("input.md-search__input")).to_have_value("Fallon")
    expect(page.locator("a.md-search-result__link[href*='/analysts/theresa-fallon/']")
           ).to_be_attached()
    assert tab.errors == []


def test_a_briefing_prints_without_the_site_around_it(result, site_url, open_tab):
    entry = next(e for e in result.catalog.entries if e.briefing.source.url)
    tab = open_tab(site_url)
    page = tab.page
    page.goto(f"briefings/{entry.slug}/")
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", "nav.briefing-topics"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("article h1")).to_be_visible()
    after = page.evaluate("""() => getComputedStyle(
        document.querySelector('.briefing-byline a[href^="http"]'), '::after').content""")
    assert entry.briefing.source.url in after  # the address is written out on paper
    assert tab.errors == []


# -- screenshots of every page kind, for a person to look at as a reader would ----------


def page_kinds(catalog) -> dict[str, str]:
    entry = catalog.entries[0]
    return {
        "home": "",
        "briefing": f"briefings/{entry.slug}/",
        "analyst": f"analysts/{entry.briefing.analysts[0].key}/",
        "topic": f"topics/{entry.briefing.topics[0]}/",
        "timeline": "timeline/",
        "briefings": "briefings/",
        "analysts": "analysts/",
        "topics": "topics/",
        "how-we-verify": "how-we-verify/",
        "data": "data/",
        "not-found": "404.html",
    }


def test_screenshots(result, site_url, open_tab):
    for size, viewport in (("desktop", DESKTOP), ("mobile", MOBILE)):
        for scheme in ("light", "dark"):
            tab = open_tab(site_url, viewport=viewport, color_scheme=scheme)
            for name, url in page_kinds(result.catalog).items():
                tab.page.goto(url)
                tab.page.evaluate("document.fonts.ready")
                suffix = "" if scheme == "light" else "-dark"
                assert screenshot(tab.page, f"{name}-{size}{suffix}").stat().st_size > 0
            assert tab.errors == []
