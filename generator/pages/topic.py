"""A topic's page: its briefings oldest first, so the story reads from top to bottom."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Entry
from . import markup
from .blocks import ALL_SOURCES, briefing_link, claim_item, page, plural, published
from .kinds import Page, Site
from .routes import TOPIC


def pages(site: Site) -> Iterator[Page]:
    for topic, entries in site.catalog.topics.items():
        inputs = tuple(entry.briefing for entry in entries)
        path = TOPIC.path(topic)
        yield Page(TOPIC, path, lambda t=topic, e=entries: render(t, e), inputs, (topic, entries))


def render(topic: str, entries: list[Entry]) -> str:
    here = TOPIC.path(topic)
    body = [
        f"# Topic: {markup.inline(topic)}",
        f"{plural(len(entries), 'briefing')}, oldest first, so the story reads from top to bottom.",
    ]
    for entry in entries:
        body.append(f"## {published(entry)}: {markup.inline(entry.briefing.title)}")
        outlet = markup.inline(entry.briefing.source.outlet)
        body.append(f"{outlet} · briefing: {briefing_link(entry, here)}")
        body.append(
            "\n".join(claim_item(entry, i, here, evidence=False) for i in range(len(entry.claims)))
        )
    return page(f"Topic: {topic}", ALL_SOURCES, body)
