"""Search as readers of a news archive expect it, in Chromium: filters, date sort, clean results.

Pagefind (generator/pagefind_plugin.py) indexes what the briefing pages declare:
the date to sort by, the outlet and date to show, and the topic (its title),
outlet, analyst and year to filter by; the marks and attribution lines are not
indexed, so excerpts are the words themselves.
"""

from __future__ import annotations

import pytest
from browser_support import ARTIFACTS, MOBILE
from playwright.sync_api import Page, expect
from site_project import ROOT

from generator.engine import check
from generator.pages.blocks import published

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def result():
    return check(ROOT)


def results(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(a => new URL(a.href).pathname)")


def type_query(page: Page, query: str) -> None:
    page.keyboard.press("/")
    page.keyboard.type(query, delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    expect(page.locator(".briefings-search-filters select[name=topic]")).to_be_visible()


def choose(page: Page, name: str, value: str) -> None:
    """Select the option of filter `name` for `value` ("" for any); options read "value (n)"."""
    menu = page.locator(f".briefings-search-filters select[name={name}]")
    if not value:
        menu.select_option(index=0)
        return
    labels = menu.locator("option").all_inner_texts()
    (index,) = [i for i, label in enumerate(labels) if label.rsplit(" (", 1)[0] == value]
    menu.select_option(index=index)


def shows(page: Page, expected, ordered: bool = False) -> None:
    """Wait until the results are `expected` (in order if `ordered`): they arrive after the
    count, in batches, so a test reading them at once could see the previous ones."""
    page.wait_for_function(
        """([want, ordered]) => {
            const got = [...document.querySelectorAll('.md-search-result__link')]
              .map(a => new URL(a.href).pathname);
            return ordered ? JSON.stringify(got) === JSON.stringify(want)
                           : got.length === want.length && want.every(w => got.includes(w));
        }""",
        arg=[list(expected), ordered],
    )


def test_results_say_their_outlet_and_date_and_excerpts_skip_the_marks(result, site_url,
                                                                      open_tab):
    tab = open_tab(site_url)
    page = tab.page
    page.goto("")
    type_query(page, "sliver of daylight")
    entry = next(e for e in result.catalog.entries
                 if any("sliver of daylight" in q.quote.text for q in e.quotes))
    first = page.locator(".md-search-result__item").first
    expect(first.locator(".briefings-search-meta")).to_have_text(
        f"{entry.briefing.source.outlet} · {published(entry)}")
    for text in page.locator(".md-search-result__article p").all_inner_texts():
        assert "verified in" not in text and "read it in the article" not in text
    assert tab.errors == []


def test_sorting_by_date_lists_briefings_newest_or_oldest_first(result, site_url, open_tab):
    tab = open_tab(site_url)
    page = tab.page
    page.goto("")
    type_query(page, "Putin")
    by_date = {f"/briefings/{e.slug}/": e.published for e in result.catalog.entries}
    for order in ("desc", "asc"):
        page.select_option(".briefings-search-filters select[name=sort]", order)
        # Only pages with a date, the briefings, in date order.
        expected = sorted(by_date, key=by_date.get, reverse=order == "desc")
        shows(page, expected, ordered=True)
        days = [by_date[path] for path in results(page)]
        assert days == sorted(days, reverse=order == "desc")
    assert tab.errors == []


def test_filters_by_topic_outlet_analyst_and_year(result, site_url, open_tab):
    story, entries = result.story, result.catalog.entries
    tab = open_tab(site_url)
    page = tab.page
    page.goto("")
    type_query(page, "China")
    menu = page.locator(".briefings-search-filters select[name=topic]")
    titles = menu.locator("option").all_inner_texts()
    assert all(not option.startswith(slug) for option in titles for slug in result.catalog.topics
               if "-" in slug)  # titles, never slugs
    topic = min(result.catalog.topics, key=lambda t: len(result.catalog.topics[t]))
    expected = {f"/briefings/{e.slug}/" for e in result.catalog.topics[topic]}
    choose(page, "topic", story.topic_title(topic))
    shows(page, expected)

    choose(page, "topic", "")
    outlet = entries[0].briefing.source.outlet
    choose(page, "outlet", outlet)
    shows(page, [f"/briefings/{e.slug}/" for e in entries if e.briefing.source.outlet == outlet])

    choose(page, "outlet", "")
    profile = result.catalog.analysts["theresa-fallon"]
    choose(page, "analyst", profile.name)
    shows(page, [f"/briefings/{a.entry.slug}/" for a in profile.appearances])

    choose(page, "analyst", "")
    year = str(entries[0].published.year)
    choose(page, "year", year)
    # A filter alone, without words, lists every briefing of that year.
    page.fill("input.md-search__input", "")
    shows(page, [f"/briefings/{e.slug}/" for e in entries if e.published.year == int(year)])
    assert tab.errors == []


def test_tab_walks_the_filters_and_leaving_them_closes_the_search(site_url, open_tab):
    tab = open_tab(site_url)
    page = tab.page
    page.goto("timeline/")
    type_query(page, "Gabuev")
    menus = page.locator(".briefings-search-filters select")
    for i in range(menus.count()):
        page.keyboard.press("Tab")
        expect(menus.nth(i)).to_be_focused()
    page.keyboard.press("ArrowDown")  # a select takes the arrows: the box stays open
    expect(page.locator("#__search")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator("#__search")).not_to_be_checked()
    assert tab.errors == []


def test_the_search_on_a_phone_fits_the_screen(site_url, open_tab):
    tab = open_tab(site_url, viewport=MOBILE, is_mobile=True, has_touch=True)
    page = tab.page
    page.goto("")
    page.locator('label.md-header__button[for="__search"]').first.click()
    page.keyboard.type("Putin", delay=20)
    expect(page.locator(".briefings-search-filters select[name=sort]")).to_be_visible()
    page.select_option(".briefings-search-filters select[name=sort]", "desc")
    expect(page.locator(".briefings-search-meta").first).to_be_visible()
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    # What the reader sees, not the page behind the dialog: the viewport only.
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-mobile.png"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "search-desktop.png"))
    assert tab.errors == []
