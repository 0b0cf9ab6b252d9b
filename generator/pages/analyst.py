"""An analyst's page: every quote and key claim, newest first, with the role of the day."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import AnalystProfile
from . import markup
from .blocks import (
    ALL_SOURCES,
    briefing_link,
    claim_item,
    described,
    page,
    plural,
    published,
    quote_attribution,
    quote_block,
)
from .kinds import Page, Site
from .routes import ANALYST


def pages(site: Site) -> Iterator[Page]:
    for profile in site.catalog.analysts.values():
        # The name is the one its briefings give (link refuses two names for one id).
        inputs = tuple(a.entry.briefing for a in profile.appearances)
        path = ANALYST.path(profile.id)
        yield Page(ANALYST, path, lambda p=profile: render(p), inputs, profile)


def render(profile: AnalystProfile) -> str:
    here = ANALYST.path(profile.id)
    quotes = profile.quotes()
    claims = profile.claims()
    body = [
        f"# {markup.inline(profile.name)}",
        f"Cited in {plural(len(profile.appearances), 'briefing')}, with "
        f"{plural(len(quotes), 'quote')} and {plural(len(claims), 'key claim')}. "
        "Newest first; each role and affiliation is the one the article gave at the time.",
    ]
    for appearance in profile.appearances:
        entry = appearance.entry
        role = described(appearance.analyst.role, appearance.analyst.affiliation)
        body.append(f"## {markup.inline(entry.briefing.title)}")
        body.append(
            f"{published(entry)} · {markup.inline(entry.briefing.source.outlet)} · "
            f"briefing: {briefing_link(entry, here)}" + (f" · described as {role}" if role else "")
        )
        mine = [q for q in entry.quotes if q.speaker.analyst_id == profile.id]
        url = entry.briefing.source.url
        body.extend(
            quote_block(q.quote.text, quote_attribution(q, here, url, speaker=False))
            for q in mine
        )
        indexes = [
            i
            for i, c in enumerate(entry.claims)
            if c.by is not None and c.by.analyst_id == profile.id
        ]
        if indexes:
            body.append("**Key claims**")
            body.append("\n".join(claim_item(entry, i, here, attribution=False) for i in indexes))
        if not mine and not indexes:
            body.append("Cited in this briefing without a quote or key claim of their own.")
    return page(profile.name, ALL_SOURCES, body)
