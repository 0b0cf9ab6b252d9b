"""A briefing's page: the article's facts, the summary, the claims, the quotes, the analysts."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Entry, PersonRef
from ..engine.models import Analyst
from . import markup
from .blocks import (
    claim_item,
    described,
    page,
    person,
    published,
    quote_attribution,
    quote_block,
)
from .kinds import Page, Site
from .routes import BRIEFING, TOPIC, relative


def pages(site: Site) -> Iterator[Page]:
    for entry in site.catalog.entries:
        path = BRIEFING.path(entry.slug)
        yield Page(BRIEFING, path, lambda e=entry: render(e), (entry.briefing,), entry)


def render(entry: Entry) -> str:
    here = BRIEFING.path(entry.slug)
    b = entry.briefing
    byline = [f"**{markup.inline(b.source.outlet)}**", published(entry)]
    if b.source.authors:
        byline.append("by " + ", ".join(markup.inline(name) for name in b.source.authors))
    original = markup.url(b.source.url) if b.source.url else None
    notes = []
    if b.title_by_editor:
        notes.append("Title by the editor: the article's own headline is not on file.")
    if b.source.published_latest is not None:
        notes.append("The date is inferred from the article's wording, not confirmed.")
    body = [
        f"# {markup.inline(b.title)}",
        " · ".join(byline),
        " ".join(f"*{note}*" for note in notes),
        f"[Read the original article]({original}) at {markup.inline(b.source.outlet)}."
        if original
        else "",
        ""
        if entry.verified
        else "The article's text is not on file, so its quotes are shown as unverified.",
        "## Summary",
        markup.block_text(b.summary),
        "## Key claims",
        "\n".join(claim_item(entry, i, here) for i in range(len(entry.claims))),
    ]
    if entry.quotes:
        body.append("## Quotes")
        body.extend(
            quote_block(q.quote.text, quote_attribution(q, here, b.source.url))
            for q in entry.quotes
        )
    if b.analysts:
        body.append("## Analysts cited")
        body.append("\n".join(_cited(analyst, here) for analyst in b.analysts))
    if b.topics:
        body.append("## Topics")
        body.append(
            " · ".join(
                markup.page_link(topic, relative(here, TOPIC.path(topic)))
                for topic in dict.fromkeys(b.topics)
            )
        )
    return page(b.title, entry.source_file, body, tags=dict.fromkeys(b.topics))


def _cited(analyst: Analyst, here: str) -> str:
    """An analyst as this article presents them: linked name, role, affiliation."""
    name = person(PersonRef(analyst.name, analyst.key), here)
    role = described(analyst.role, analyst.affiliation)
    return f"- {name}, {role}" if role else f"- {name}"
