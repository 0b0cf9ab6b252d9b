"""The route table is the one place that says what is generated where.

The writer, the Pagefind plugin and the page modules read it directly; the
sidebar in mkdocs.yml and the generated entries of .gitignore are written by
hand, so these tests prove that they agree with it.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import load_catalog
from site_project import FIXTURE

from generator.pages import routes
from generator.pages.routes import ROUTES, Search, route_of
from generator.pages.site import render_site

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_config() -> dict:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_the_sidebar_in_mkdocs_yml_is_the_route_tables_sections():
    assert mkdocs_config()["nav"] == routes.nav()


def test_not_in_nav_covers_every_generated_entry_page():
    patterns = mkdocs_config()["not_in_nav"].split()
    assert patterns == routes.not_in_nav()


def test_gitignore_lists_what_the_generator_owns_under_docs():
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    ignored = sorted(
        line.removeprefix("/docs/") for line in lines if line.startswith("/docs/")
        and not line.startswith("/docs/.")
    )
    assert ignored == routes.generated_roots()


def test_every_rendered_page_has_a_route_and_lives_where_the_route_says():
    pages = render_site(load_catalog(FIXTURE), site_url="https://example.org/")  # with feeds
    for path in pages:
        route = route_of(path)
        assert route is not None, path
        assert routes.owned(path)
    kinds = {route_of(path).name for path in pages}
    # Parts of long lists exist only in a large archive: tests/test_scale.py renders one.
    paged = {routes.TIMELINE_PART.name, routes.TOPIC_PART.name, routes.ANALYSTS_PART.name,
             routes.ANALYST_PART.name}
    assert kinds == {route.name for route in ROUTES} - paged


def test_index_pages_belong_to_the_section_not_to_the_entry_pattern():
    assert route_of("briefings/index.md") is routes.BRIEFINGS_INDEX
    assert route_of("briefings/2022-01-01-a.md") is routes.BRIEFING
    assert route_of("briefings/sub/x.md") is None
    assert route_of("briefings/Bad.md") is None
    assert routes.search_mode("briefings/x.md") is Search.FULL
    assert routes.search_mode("briefings/index.md") is Search.INTRO


def test_relative_links_between_pages():
    assert routes.relative("index.md", "analysts/x.md") == "analysts/x.md"
    assert routes.relative("briefings/a.md", "analysts/x.md") == "../analysts/x.md"
    assert routes.relative("briefings/a.md", "briefings/b.md") == "b.md"
    assert routes.relative("topics/t.md", "timeline.md") == "../timeline.md"
