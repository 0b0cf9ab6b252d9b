"""The timeline: every briefing and key event on the story's time axis, oldest first.

A small archive is one page. A large one is an overview (the whole span as
a picture, the years, the key events) and parts of `TIMELINE_PAGE` briefings
(the last of a year up to twice as many: `paging.chunks`), year by year
(`timeline/2022`, or `timeline/2022-2` when a year needs several), each with
a pager; so no page grows with the archive. A key event belongs to the part
whose stretch of time holds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from ..engine.link import Entry
from ..engine.story import LinkedEvent
from . import markup, storyline
from .blocks import ALL_SOURCES, day, day_range, page, plural, span
from .kinds import Page, Site
from .paging import TIMELINE_PAGE, chunks, pager
from .routes import TIMELINE, TIMELINE_PART, relative

Part = tuple[str, list[Entry]]


def oldest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.published, e.slug))


def parts(entries: list[Entry]) -> list[Part]:
    """(key, entries) per part, oldest first; none when everything fits on one page."""
    ordered = oldest_first(entries)
    if len(ordered) < 2 * TIMELINE_PAGE:
        return []
    found: list[Part] = []
    for year, group in groupby(ordered, key=lambda e: e.published.year):
        pieces = chunks(list(group), TIMELINE_PAGE)
        for number, piece in enumerate(pieces, start=1):
            found.append((str(year) if len(pieces) == 1 else f"{year}-{number}", piece))
    return found


def pages(site: Site) -> Iterator[Page]:
    entries = site.catalog.entries
    shown = {entry.slug for entry in entries}
    events = storyline.events_within(site.story.events, shown, None, None)
    found = parts(entries)
    yield Page(TIMELINE, TIMELINE.path(), lambda: overview(entries, events, found))
    starts = [piece[0].published for _, piece in found]
    pager_keys = tuple((key, _label(piece)) for key, piece in found)
    for index, (key, piece) in enumerate(found):
        low = starts[index] if index else None
        high = starts[index + 1] if index + 1 < len(found) else None
        mine = [e for e in events if (low is None or e.event.date >= low)
                and (high is None or e.event.date < high)]
        inputs = (*(entry.briefing for entry in piece), *(e.entry.briefing for e in mine))
        values = (pager_keys, *((e.event, e.verdict) for e in mine))
        yield Page(TIMELINE_PART, TIMELINE_PART.path(key),
                   lambda i=index, p=piece, m=mine: part_page(found, i, p, m), inputs,
                   values=values)


def overview(entries: list[Entry], events: list[LinkedEvent], found: list[Part]) -> str:
    here = TIMELINE.path()
    ordered = oldest_first(entries)
    counted = plural(len(ordered), "briefing") + (
        f" and {plural(len(events), 'key event')}" if events else "")
    body = ["# Timeline"]
    if not ordered:
        return page("Timeline", ALL_SOURCES, [*body, "No briefings yet."])
    stretch = storyline.items(ordered, events)
    body.append(f"{counted} {span(ordered)}, oldest first.")
    body.append(storyline.picture(stretch if not found else storyline.items(ordered, []),
                                  "The whole timeline"))
    if not found:
        for year, group in groupby(stretch, key=lambda i: i.day.year):
            body += [f"## {year}", storyline.story_list(list(group), here)]
        return page("Timeline", ALL_SOURCES, body)
    body.append("The timeline is in parts, year by year.")
    lines = []
    for year, group in groupby(found, key=lambda part: part[0].split("-")[0]):
        group = list(group)
        count = sum(len(piece) for _, piece in group)
        target = relative(here, TIMELINE_PART.path(group[0][0]))
        pieces = f" in {plural(len(group), 'part')}" if len(group) > 1 else ""
        lines.append(f"- [{year}]({target}): {plural(count, 'briefing')}{pieces}")
    body += ["## Year by year", "\n".join(lines)]
    if events:
        starts = [piece[0].published for _, piece in found]
        lines = []
        for linked in events:
            index = max([i for i, start in enumerate(starts) if start <= linked.event.date],
                        default=0)
            target = relative(here, TIMELINE_PART.path(found[index][0]))
            lines.append(f"- {_when(linked)}: [{markup.inline(linked.event.title)}]({target})")
        body += ["## Key events", "\n".join(lines)]
    return page("Timeline", ALL_SOURCES, body)


def _when(linked: LinkedEvent) -> str:
    event = linked.event
    return day_range(event.date, event.until) if event.until else day(event.date)


def part_page(found: list[Part], index: int, piece: list[Entry],
              events: list[LinkedEvent]) -> str:
    key = found[index][0]
    here = TIMELINE_PART.path(key)
    year = key.split("-")[0]
    label = day_range(piece[0].published, piece[-1].published)
    paths = [TIMELINE_PART.path(k) for k, _ in found]
    labels = [_label(p) for _, p in found]
    nav = pager(here, paths, labels, index)
    stretch = storyline.items(piece, events)
    back = f"[The whole timeline]({relative(here, TIMELINE.path())}): every year and key event."
    body = [
        f"# Timeline: {year}" + (f", part {key.split('-')[1]}" if "-" in key else ""),
        f"{plural(len(piece), 'briefing')} from {label}, oldest first. {back}",
        nav,
        storyline.picture(stretch, f"Timeline, {label}"),
        f"## {label}",
        storyline.story_list(stretch, here),
        nav,
    ]
    return page(f"Timeline: {label}", ALL_SOURCES, body)


def _label(piece: list[Entry]) -> str:
    first, last = piece[0].published, piece[-1].published
    return day_range(first, last) if first != last else day(first)

