"""The timeline: every briefing by publication date, under a heading per year."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Catalog
from .blocks import ALL_SOURCES, entry_line, page, plural
from .kinds import Page, Site
from .routes import TIMELINE


def pages(site: Site) -> Iterator[Page]:
    yield Page(TIMELINE, TIMELINE.path(), lambda: render(site.catalog))


def render(catalog: Catalog) -> str:
    here = TIMELINE.path()
    body = ["# Timeline", f"All {plural(len(catalog.entries), 'briefing')} by publication date."]
    oldest_first = sorted(catalog.entries, key=lambda e: (e.published, e.slug))
    year = None
    lines: list[str] = []
    for entry in oldest_first:
        if entry.published.year != year:
            if lines:
                body.append("\n".join(lines))
            year, lines = entry.published.year, []
            body.append(f"## {year}")
        lines.append(entry_line(entry, here))
    if lines:
        body.append("\n".join(lines))
    return page("Timeline", ALL_SOURCES, body)
