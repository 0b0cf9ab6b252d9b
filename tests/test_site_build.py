"""`mkdocs build --strict` of the real project, and of a hostile one, read as HTML.

The real build writes its generated pages into the real docs/, exactly as
`make site` does: they are git-ignored and only rewritten when they change.
Its search is Pagefind's bundle in site/pagefind/ (no lunr index), read here
from the page fragments Pagefind wrote.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import pytest
from conftest import load_catalog
from site_project import ROOT, copy_site, mkdocs_build
from test_render import HOSTILE_BRIEFING, HOSTILE_TOPICS

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT)


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", page))


def test_every_page_is_built(built, catalog):
    for url in ("", "briefings", "analysts", "topics", "timeline"):
        assert (built / url / "index.html").is_file(), url
    for entry in catalog.entries:
        assert entry.briefing.title in text_of(read(built, f"briefings/{entry.slug}"))
    for analyst_id, profile in catalog.analysts.items():
        assert profile.name in text_of(read(built, f"analysts/{analyst_id}"))
    for topic in catalog.topics:
        assert (built / "topics" / topic / "index.html").is_file()


def test_a_quote_is_on_its_briefing_and_its_analyst_page(built, catalog):
    checked = 0
    for profile in catalog.analysts.values():
        for entry, linked in profile.quotes():
            words = " ".join(linked.quote.text.split())
            assert words in text_of(read(built, f"briefings/{entry.slug}"))
            assert words in text_of(read(built, f"analysts/{profile.id}"))
            checked += 1
    assert checked > 0


def test_the_nav_lists_only_the_sections(built):
    page = read(built, "")
    nav = re.findall(
        r'class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*([^<]+?)\s*<', page
    )
    assert set(nav) >= {"Home", "Briefings", "Analysts", "Topics", "Timeline"}
    assert "Ali Wyne" not in nav


def pagefind_pages(site: Path) -> dict[str, str]:
    """URL path -> the text Pagefind indexed for it, from its gzipped page fragments."""
    pages = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        pages[fragment["url"]] = " ".join(f"{fragment['meta']['title']} {fragment['content']}"
                                          .split())
    return pages


def test_the_build_ships_pagefind_and_no_lunr_index(built):
    assert (built / "pagefind" / "pagefind.js").is_file()
    assert not (built / "search" / "search_index.json").exists()
    pages = [p for p in built.rglob("index.html") if "pagefind" not in p.parts]
    assert len(pagefind_pages(built)) == len(pages)  # every page, once


def test_search_finds_analysts_and_quotes(built, catalog):
    pages = pagefind_pages(built)
    for analyst_id, profile in catalog.analysts.items():
        assert profile.name in pages[f"/analysts/{analyst_id}/"]
    for entry in catalog.entries:
        briefing = pages[f"/briefings/{entry.slug}/"]
        assert " ".join(entry.briefing.title.split()) in briefing
        for linked in entry.quotes:
            # Shown as a quote, or as part of a claim's excerpt (its edge punctuation aside).
            assert " ".join(linked.quote.text.split()).rstrip(".,;:") in briefing


def test_a_hostile_briefing_is_inert_in_the_whole_built_site(tmp_path):
    """Through Material's templates too: titles reach <title>, the header, search and tags."""
    project = copy_site(tmp_path / "project")
    (project / "briefings" / "evil.yaml").write_text(HOSTILE_BRIEFING, encoding="utf-8")
    with (project / "briefings" / "_topics.yaml").open("a", encoding="utf-8") as topics:
        topics.write(HOSTILE_TOPICS)  # its topic has a title, so the strict build publishes
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for path in sorted((tmp_path / "site").rglob("*")):
        if path.suffix not in (".html", ".json", ".xml"):
            continue
        if path.suffix == ".json" and path.parent.relative_to(tmp_path / "site").parts[:1] in (
            ("feeds",), ("data",)
        ):
            continue  # JSON Feed and data: text as data, parsed back in test_feeds/test_open_data
        content = path.read_text(encoding="utf-8")
        lowered = content.lower()
        theirs = lowered.count("<script")  # Material's own scripts, by exact shape
        ours = len(re.findall(r"<script( src=\"[^\"]+\"( defer)?)?>", lowered)) + lowered.count(
            '<script id="__config" type="application/json">'
        ) + lowered.count('<script type="application/ld+json">')  # test_structured_data.py
        assert theirs == ours, path
        assert "alert(1)</script>" not in lowered, path
        assert not re.search(r"<(img|svg|iframe|b)\s[^>]*on\w+=", lowered), path
        assert not re.search(r'(href|src)="\s*javascript:', lowered), path
        if path.suffix == ".json":
            decoded = json.dumps(json.loads(content), ensure_ascii=False).lower()
            assert "<script>alert" not in decoded and "onclick=x>" not in decoded, path
