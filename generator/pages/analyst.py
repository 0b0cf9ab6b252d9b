"""An analyst's page: who said what, when, newest first, with their appearances over time.

The picture puts each appearance on the archive's time axis, so a reader
sees at a glance whether someone spoke once or throughout the story. Each
appearance then shows the date, the outlet, the briefing and the role the
article gave that day (people move), their quotes and their key claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..engine.link import AnalystProfile
from . import html, markup
from .blocks import (
    ALL_SOURCES,
    briefing_link,
    claim_item,
    day,
    described,
    page,
    plural,
    published,
    quote_attribution,
    quote_block,
)
from .blocks import span as blocks_span
from .kinds import Page, Site
from .paging import ANALYST_PAGE, chunks, pager
from .people import latest_role, quote_count
from .routes import ANALYST, ANALYST_PART
from .svg import appearances_picture


def paths(analyst_id: str, count: int) -> list[str]:
    """The parts' paths, oldest first; the last (the newest) is the analyst's own page."""
    return [ANALYST_PART.path(f"{analyst_id}-{n}") for n in range(1, count)] + [
        ANALYST.path(analyst_id)
    ]


def pages(site: Site) -> Iterator[Page]:
    entries = site.catalog.entries
    span = (entries[-1].published, entries[0].published) if entries else None
    for profile in site.catalog.analysts.values():
        # The name is the one its briefings give (link refuses two names for one id).
        inputs = tuple(a.entry.briefing for a in profile.appearances)
        where = paths(profile.id, len(_parts(profile)))
        for index, path in enumerate(where):
            route = ANALYST if path == where[-1] else ANALYST_PART
            # The picture's time axis is the archive's span: a page is stale when it moves.
            yield Page(route, path, lambda p=profile, i=index: render(p, span, i), inputs,
                       profile, values=(span,))


def _parts(profile: AnalystProfile) -> list[list]:
    """A prolific analyst's appearances in parts (oldest first), so no page grows for ever."""
    return chunks(list(reversed(profile.appearances)), ANALYST_PAGE)


def render(profile: AnalystProfile, span: tuple[date, date] | None = None, index: int = -1) -> str:
    parts = _parts(profile)
    where = paths(profile.id, len(parts))
    index = index % len(parts)
    here = where[index]
    shown = list(reversed(parts[index]))  # newest first within the part
    quotes = quote_count(profile)
    claims = len(profile.claims())
    count = len(profile.appearances)
    role = described(*latest_role(profile))
    days = [a.entry.published for a in profile.appearances]
    body = [f"# {markup.inline(profile.name)}" + (
        f", part {index + 1}" if index < len(parts) - 1 else "")]
    if role:
        body.append(f"As the latest article describes them: {role}.\n{{: .person-role }}")
    counts = [plural(quotes, "quote")] if quotes else []
    counts += [plural(claims, "key claim")] if claims else []
    oldest_first = [a.entry for a in reversed(profile.appearances)]
    body.append(
        f"Cited in {plural(count, 'briefing')}"
        + (f" ({', '.join(counts)})" if counts else "")
        + (f", {_when(oldest_first)}" if oldest_first else "")
        + ". Newest first; each role is the one the article gave at the time."
    )
    if days and span is not None:
        # Dates and counts only: the heading says whose they are, and an attribute holds
        # no editor text.
        name = f"{plural(count, 'appearance')} between {day(span[0])} and {day(span[1])}"
        body.append(
            '<figure class="person-axis">'
            + appearances_picture(days, span[0], span[1], name)
            + f"<figcaption>Appearances on the archive's time axis, {html.text(day(span[0]))}"
            f" to {html.text(day(span[1]))}</figcaption></figure>"
        )
    body.append(pager(here, where, [_label(part) for part in parts], index))
    for appearance in shown:
        entry = appearance.entry
        role = described(appearance.analyst.role, appearance.analyst.affiliation)
        body.append(f"## {published(entry)} · {markup.inline(entry.briefing.source.outlet)}")
        body.append(
            f"{briefing_link(entry, here)}" + (f" · described as {role}" if role else "")
        )
        mine = [q for q in entry.quotes if q.speaker.analyst_id == profile.id]
        url = entry.briefing.source.url
        body.extend(quote_block(q.quote.text, quote_attribution(q, here, url)) for q in mine)
        indexes = [
            i
            for i, c in enumerate(entry.claims)
            if c.by is not None and c.by.analyst_id == profile.id
        ]
        if indexes:
            body.append("**Key claims**")
            body.append("\n".join(claim_item(entry, i, here, attribution=False)
                                  for i in indexes))
        if not mine and not indexes:
            body.append("Cited in this briefing without a quote or key claim of their own.")
    title = profile.name + (f", part {index + 1}" if index < len(parts) - 1 else "")
    return page(title, ALL_SOURCES, body)


def _label(part: list) -> str:
    """What a part holds, for the pager: its span of dates."""
    return blocks_span([appearance.entry for appearance in part])


def _when(oldest_first: list) -> str:
    """When they were cited: one briefing's date as it stands (perhaps "about ..."), or a span."""
    if len(oldest_first) == 1:
        return published(oldest_first[0])
    return blocks_span(oldest_first)
