"""Hostile text in every field of a briefing, as Chromium shows it: visible words, nothing more.

The briefing is unverified (no `source.text`), so its evidence need not be
found anywhere. It is built with the fixture briefings in a throwaway project,
by the real mkdocs.yml, and served on loopback. Each page is then read three
ways: its text shows every payload literally; no JavaScript dialog opened and
no script error happened; and the DOM holds no element or attribute that came
from the payload.
"""

from __future__ import annotations

import datetime

import pytest
import yaml
from browser_support import build_site, serve_folder
from playwright.sync_api import Page, expect
from site_project import copy_site

pytestmark = pytest.mark.site

HAZARDS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{ config }}",
    "{% raw %}",
    '"><svg onload=alert(1)>',
    "</textarea>",
)
MORE = (
    "<iframe src=javascript:alert(1)></iframe>",
    "' onmouseover='alert(1)",
    '{: onclick="alert(1)" }',
    "&lt;b&gt;not bold&lt;/b&gt;",
    "</title><!--",
)
# Names are at most 120 characters: they carry the hazards in two halves.
NAME_A = " ".join(HAZARDS[:2] + HAZARDS[5:])
NAME_B = " ".join(HAZARDS[:1] + HAZARDS[2:5])


def payload(field: str) -> str:
    """Every hazard, behind the field's name so that each field can be found on the page."""
    if field.endswith("-a"):
        return f"{field} {NAME_A}"
    if field.endswith("-b"):
        return f"{field} {NAME_B}"
    if field == "title":  # at most 200 characters
        return f"{field} {' '.join(HAZARDS)}"
    return f"{field} {' '.join(HAZARDS + MORE)}"


BRIEFING = {
    "title": payload("title"),
    "source": {
        "outlet": payload("outlet-a"),
        "published": datetime.date(2023, 6, 1),
        "authors": [payload("author-a"), payload("author-b")],
    },
    "summary": payload("summary") + "\n\n" + payload("summary2"),
    "topics": ["hostile"],
    "analysts": [
        {
            "name": payload("name-a"),
            "id": "evil",
            "role": payload("role"),
            "affiliation": payload("affiliation"),
        },
        {"name": payload("name-b"), "id": "evil-too"},
    ],
    "key_claims": [
        {"claim": payload("claim"), "by": "evil", "evidence": [payload("evidence")]},
        {"claim": payload("claim2"), "by": payload("by-a")},
        {"claim": payload("claim3"), "by": payload("by-b")},
    ],
    "quotes": [
        {"text": payload("quote"), "speaker": "evil", "context": payload("context")},
        {"text": payload("quote2"), "speaker": payload("speaker-a")},
        {"text": payload("quote3"), "speaker": "evil-too"},
        {"text": payload("quote4"), "speaker": payload("speaker-b")},
    ],
}
# The topic's title and description are the editor's too (briefings/_topics.yaml).
TOPIC = {"title": payload("topic-a"), "description": payload("description")}
FIELDS_ON_THE_BRIEFING = (
    *("title", "outlet-a", "author-a", "author-b", "summary", "summary2"),
    *("name-a", "name-b", "role", "affiliation", "claim", "claim2", "claim3", "evidence"),
    *("by-a", "by-b", "quote", "quote2", "quote3", "quote4", "context", "speaker-a", "speaker-b"),
    "topic-a",
)
PAGES = {
    "briefings/evil/": FIELDS_ON_THE_BRIEFING,
    "analysts/evil/": ("name-a", "title", "outlet-a", "role", "affiliation", "quote", "context"),
    "analysts/evil-too/": ("name-b", "title", "quote3"),
    "topics/hostile/": ("topic-a", "description", "title", "outlet-a", "claim", "claim2", "by-a",
                        "by-b"),
    "topics/": ("topic-a", "description"),
    "timeline/": ("title", "outlet-a"),
    "briefings/": ("title", "outlet-a"),
    "analysts/": ("name-a", "name-b", "role", "affiliation"),
    "": ("title", "outlet-a"),
}

# Every element and attribute that could run script or was made from a payload:
# - elements no page of ours has (iframe, img, ...), a <script> carrying a payload, and
#   inside the article anything the renderer does not write (<b>, and <em> and <svg> but
#   for its notes and pictures);
# - any on* attribute, and any attribute that is a javascript: URL (none of our pages has
#   one: Material's search-share button, which has, went with Material's search);
# - a payload in any attribute but those that only ever hold text to show or speak:
#   `title` (Material sets it to a clipped nav or header title, e.g. the hostile page title,
#   whose < and > front matter already turned into look-alikes), `aria-label`, and a
#   <meta>'s `content` (the page's description for search engines and social cards);
# - structured data (JSON-LD) that no longer parses: a payload that closed its <script>.
INTRUDERS = """() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (["iframe", "img", "textarea", "object", "embed", "frame"].includes(tag)) {
      found.push(`<${tag}>`);
    }
    if (tag === "script" && el.type === "application/ld+json") {
      // Structured data holds the payloads as JSON strings: fine while it parses as JSON
      // (a payload that closed the script would leave broken JSON behind).
      try { JSON.parse(el.textContent); } catch (e) { found.push("<script> broken JSON-LD"); }
    } else if (tag === "script" && (el.textContent.includes("alert") || /alert|^x$/.test(el.src))) {
      found.push(`<script>${el.textContent.slice(0, 40)}`);
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith("on")) found.push(`<${tag} ${name}=${attr.value}>`);
      if (value.replace(/[\\s\\u0000-\\u001f]/g, "").startsWith("javascript:")) {
        found.push(`<${tag} ${name}=${attr.value}>`);
      }
      // A <meta> description (and its OpenGraph and Twitter copies) is text for others to show.
      const text = ["title", "aria-label"].includes(name) || (tag === "meta" && name === "content");
      if ((value.includes("alert(") && !text) || (name === "src" && value === "x")) {
        found.push(`<${tag} ${name}=${attr.value}>`);
      }
    }
  }
  // Our own: the pictures (pages/svg.py) and the notes in our words (class briefing-note).
  const ours = "article b, article svg:not(.story-picture, .person-picture), "
    + "article em:not(.briefing-note)";
  for (const el of document.querySelectorAll(ours)) {
    found.push(`<${el.tagName.toLowerCase()}> in the article`);
  }
  return found;
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("hostile")
    project = copy_site(root / "project")
    text = yaml.safe_dump(BRIEFING, sort_keys=False, allow_unicode=True, width=10_000)
    (project / "briefings" / "evil.yaml").write_text(text, encoding="utf-8")
    with (project / "briefings" / "_topics.yaml").open("a", encoding="utf-8") as topics:
        topics.write(yaml.safe_dump({"hostile": TOPIC}, allow_unicode=True, width=10_000))
    site = build_site(project, root / "site")
    with serve_folder(site) as url:
        yield url


def shown(page: Page) -> str:
    return " ".join(page.locator("article").inner_text().split())


def assert_inert(page: Page) -> None:
    assert page.evaluate(INTRUDERS) == [], page.url


@pytest.mark.parametrize("url", list(PAGES))
def test_hostile_text_is_shown_as_text_and_does_nothing(url, hostile_url, open_tab):
    tab = open_tab(hostile_url)
    tab.page.goto(url)
    text = shown(tab.page)
    missing = [field for field in PAGES[url] if payload(field) not in text]
    assert missing == [], text
    assert_inert(tab.page)
    tab.page.mouse.move(300, 300)
    tab.page.wait_for_timeout(100)  # time for an injected handler to fire
    assert tab.dialogs == [] and tab.errors == []


def test_hostile_text_in_search_results_and_instant_navigation(hostile_url, open_tab):
    tab = open_tab(hostile_url)
    page = tab.page
    page.goto("")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("onerror", delay=20)
    result = page.locator('a.md-search-result__link[href*="/briefings/evil/"]').first
    expect(result).to_be_attached()
    assert "<img src=x onerror=alert(1)>" in page.locator(".md-search-result").inner_text()
    assert_inert(page)

    result.click()  # Material's instant navigation swaps the page in place
    page.wait_for_url("**/briefings/evil/**")
    expect(page.locator("article h1")).to_contain_text(payload("title"))
    assert_inert(page)
    page.locator("article").get_by_role("link", name=payload("name-a")).first.click()
    page.wait_for_url("**/analysts/evil/")
    expect(page.locator("article h1")).to_contain_text(payload("name-a"))
    assert_inert(page)
    assert tab.dialogs == [] and tab.errors == []


def test_the_checks_see_an_injection_when_there_is_one(hostile_url, open_tab):
    """The same checks on a page where markup did get through: they must fail."""
    tab = open_tab(hostile_url)
    tab.page.goto("briefings/evil/")
    tab.page.locator("article").evaluate(
        """article => article.insertAdjacentHTML("beforeend",
            '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a><b>b</b>')"""
    )
    tab.page.wait_for_timeout(200)
    found = tab.page.evaluate(INTRUDERS)
    assert "<img>" in found and "<b> in the article" in found
    assert any("javascript:alert(2)" in item for item in found)
    assert any("onerror" in item for item in found)
    assert tab.dialogs == ["alert: 1"]
