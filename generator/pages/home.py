"""The home page: the editor's introduction, the counts and the latest briefings."""

from __future__ import annotations

from collections.abc import Iterator

from . import markup
from .blocks import entry_line, page, plural
from .kinds import Page, Site
from .routes import ANALYSTS_INDEX, BRIEFINGS_INDEX, HOME, TIMELINE, TOPICS_INDEX, relative

LATEST_ON_HOME = 5


def pages(site: Site) -> Iterator[Page]:
    yield Page(HOME, HOME.path(), lambda: render(site))


def render(site: Site) -> str:
    here = HOME.path()
    catalog = site.catalog
    latest = catalog.entries[:LATEST_ON_HOME]

    def to(route) -> str:
        return relative(here, route.path())

    body = [
        "# Briefings",
        markup.block_text(site.intro) if site.intro.strip() else "",
        f"{plural(len(catalog.entries), 'briefing')} · "
        f"{plural(len(catalog.analysts), 'analyst')} · {plural(len(catalog.topics), 'topic')}",
        "## Latest briefings",
        "\n".join(entry_line(entry, here) for entry in latest),
        f"See [all briefings]({to(BRIEFINGS_INDEX)}), the [analysts]({to(ANALYSTS_INDEX)}), "
        f"the [topics]({to(TOPICS_INDEX)}) or the [timeline]({to(TIMELINE)}).",
    ]
    return page("Home", "briefings/*.yaml and briefings/_intro.md", body)
