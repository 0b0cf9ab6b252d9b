"""Accessibility: axe-core (shipped inside axe-playwright-python, no network) on the real site.

Every page kind (the home page, a briefing, an analyst, a topic, the timeline,
the three section indexes, How we verify and the 404 page), and the search
dialog open with Pagefind's results, its sort and filters in it, in the light
and the dark palette: no violation of any impact. The counts per page and
impact are printed (see them with `pytest -s tests/test_a11y.py`) and written
to tests/artifacts/axe.txt.
"""

from __future__ import annotations

from collections import Counter

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import ARTIFACTS
from conftest import load_catalog
from playwright.sync_api import Page, expect
from site_project import ROOT

pytestmark = pytest.mark.site

IMPACTS = ("critical", "serious", "moderate", "minor")
SEARCH = "search"  # not a page: the home page with the search open and its results shown


def sample_pages() -> dict[str, str]:
    catalog = load_catalog(ROOT)
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
        "verify": "how-we-verify/",
        "data": "data/",
        "404": "404.html",
        SEARCH: "",
    }


def open_search(page: Page) -> None:
    catalog = load_catalog(ROOT)
    surname = catalog.entries[0].briefing.analysts[0].name.split()[-1]
    page.keyboard.press("/")
    expect(page.locator("#__search")).to_be_checked()
    page.keyboard.type(surname, delay=20)
    expect(page.locator("a.md-search-result__link").first).to_be_visible()
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching")
    expect(page.locator(".briefings-search-filters select[name=topic]")).to_be_visible()
    expect(page.locator(".briefings-search-meta").first).to_be_visible()
    # The dialog fades in: colours measured mid-transition are blends, not the real ones.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


@pytest.fixture(scope="module")
def report():
    lines: list[str] = []
    yield lines
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(scheme, site_url, open_tab, report):
    tab = open_tab(site_url, color_scheme=scheme)
    axe = Axe()
    found = []
    for name, url in sample_pages().items():
        tab.page.goto(url)
        if name == SEARCH:
            open_search(tab.page)
        violations = axe.run(tab.page).response["violations"]
        counts = Counter(v["impact"] for v in violations)
        line = f"axe {scheme:5} {name:8} " + " ".join(f"{i}={counts[i]}" for i in IMPACTS)
        print(line)
        report.append(line)
        for v in violations:
            detail = f"  {v['impact']}: {v['id']} ({len(v['nodes'])} nodes) {v['help']}"
            targets = [node["target"] for node in v["nodes"][:3]]
            why = [check["message"] for check in v["nodes"][0]["any"]][:1]  # e.g. the colours
            report.append(f"{detail} {targets} {why}")
            found.append(f"{name}: {detail} {targets} {why}")
    assert found == [], "\n".join(found)
