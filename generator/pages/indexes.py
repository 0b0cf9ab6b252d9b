"""The section indexes: the lists of briefings, analysts and topics the sidebar leads to."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Catalog, PersonRef
from . import markup
from .blocks import ALL_SOURCES, day, described, entry_line, page, person, plural
from .kinds import Page, Site
from .routes import ANALYSTS_INDEX, BRIEFINGS_INDEX, TOPIC, TOPICS_INDEX, relative


def pages(site: Site) -> Iterator[Page]:
    catalog = site.catalog
    yield Page(BRIEFINGS_INDEX, BRIEFINGS_INDEX.path(), lambda: briefings_index(catalog))
    yield Page(ANALYSTS_INDEX, ANALYSTS_INDEX.path(), lambda: analysts_index(catalog))
    yield Page(TOPICS_INDEX, TOPICS_INDEX.path(), lambda: topics_index(catalog))


def briefings_index(catalog: Catalog) -> str:
    here = BRIEFINGS_INDEX.path()
    body = [
        "# Briefings",
        f"{plural(len(catalog.entries), 'briefing')}, newest first.",
        "\n".join(entry_line(entry, here) for entry in catalog.entries),
    ]
    return page("Briefings", ALL_SOURCES, body)


def analysts_index(catalog: Catalog) -> str:
    here = ANALYSTS_INDEX.path()
    profiles = sorted(catalog.analysts.values(), key=lambda p: (p.name.casefold(), p.id))
    lines = []
    for profile in profiles:
        latest = profile.appearances[0].analyst if profile.appearances else None
        role = described(latest.role, latest.affiliation) if latest else ""
        lines.append(
            f"- {person(PersonRef(profile.name, profile.id), here)} · "
            f"{plural(len(profile.appearances), 'briefing')}"
            + (f" · latest: {role}" if role else "")
        )
    body = ["# Analysts", f"{plural(len(profiles), 'analyst')}, by name.", "\n".join(lines)]
    return page("Analysts", ALL_SOURCES, body)


def topics_index(catalog: Catalog) -> str:
    here = TOPICS_INDEX.path()
    lines = []
    for topic, entries in catalog.topics.items():
        span = day(entries[0].published)
        if entries[-1].published != entries[0].published:
            span += f" to {day(entries[-1].published)}"
        target = relative(here, TOPIC.path(topic))
        lines.append(
            f"- {markup.page_link(topic, target)} · {plural(len(entries), 'briefing')} · {span}"
        )
    body = ["# Topics", f"{plural(len(lines), 'topic')}.", "\n".join(lines)]
    return page("Topics", ALL_SOURCES, body)
