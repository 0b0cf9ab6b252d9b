"""The section indexes: the lists of briefings, analysts and topics the sidebar leads to.

Each stays bounded: the briefings index lists the latest `BRIEFINGS_LATEST`
and sends the rest to the timeline's years; the analysts index is in parts
of `ANALYSTS_PAGE` people by surname, with a letter bar; topics are as many
as the editor defines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from ..engine.link import AnalystProfile, Catalog, PersonRef
from ..engine.story import Story
from . import markup, timeline
from .blocks import ALL_SOURCES, described, entry_line, page, person, plural, span
from .kinds import Page, Site
from .paging import ANALYSTS_PAGE, BRIEFINGS_LATEST, chunks, pager
from .people import by_surname, initial, latest_role, quote_count, surname_first
from .routes import (
    ANALYSTS_INDEX,
    ANALYSTS_PART,
    BRIEFINGS_INDEX,
    TIMELINE_PART,
    TOPIC,
    TOPICS_INDEX,
    relative,
)


def pages(site: Site) -> Iterator[Page]:
    catalog = site.catalog
    yield Page(BRIEFINGS_INDEX, BRIEFINGS_INDEX.path(), lambda: briefings_index(catalog))
    parts = AnalystParts.of(catalog)
    for index, path in enumerate(parts.paths):
        route = ANALYSTS_INDEX if index == 0 else ANALYSTS_PART
        mine = parts.people[index]
        inputs = tuple(a.entry.briefing for profile in mine for a in profile.appearances)
        values = (parts.count, parts.labels, parts.starts, tuple(p.id for p in mine))
        yield Page(route, path, lambda i=index: analysts_index(parts, i), inputs,
                   values=values)
    yield Page(TOPICS_INDEX, TOPICS_INDEX.path(), lambda: topics_index(catalog, site.story))


def briefings_index(catalog: Catalog) -> str:
    here = BRIEFINGS_INDEX.path()
    latest = catalog.entries[:BRIEFINGS_LATEST]
    count = plural(len(catalog.entries), "briefing")
    body = ["# Briefings"]
    if len(latest) == len(catalog.entries):
        body.append(f"{count}, newest first.")
    else:
        years = []
        for year, group in groupby(timeline.parts(catalog.entries), key=lambda p: p[0][:4]):
            first = next(group)[0]
            years.append(f"[{year}]({relative(here, TIMELINE_PART.path(first))})")
        body.append(f"{count}; the latest {len(latest)} are listed here, newest first. "
                    f"Older ones are in the timeline, year by year: {' · '.join(reversed(years))}.")
    body.append("\n".join(entry_line(entry, here) for entry in latest))
    return page("Briefings", ALL_SOURCES, body)


@dataclass(frozen=True)
class AnalystParts:
    """The analysts index cut into parts, worked out once for all of its pages."""

    people: list[list[AnalystProfile]]
    paths: list[str]
    labels: tuple[str, ...]  # each part's first and last surname, for the pager
    starts: tuple[tuple[str, int], ...]  # the part each letter starts in
    count: int

    @classmethod
    def of(cls, catalog: Catalog) -> AnalystParts:
        people = chunks(by_surname(catalog), ANALYSTS_PAGE)
        paths = [ANALYSTS_INDEX.path()] + [ANALYSTS_PART.path(str(n)) for n in
                                           range(2, len(people) + 1)]
        starts: dict[str, int] = {}
        for number, part in enumerate(people):
            for profile in part:
                starts.setdefault(initial(profile), number)
        labels = tuple(_range(part) for part in people)
        return cls(people, paths, labels, tuple(starts.items()), len(catalog.analysts))


def analysts_index(parts: AnalystParts, index: int) -> str:
    here = parts.paths[index]
    mine = parts.people[index]
    starts = dict(parts.starts)
    body = [
        "# Analysts" + (f", part {index + 1}" if index else ""),
        f"{plural(parts.count, 'analyst')} by surname, each with the role the "
        "latest article gave them, their quotes and the briefings that cite them.",
        _letters(parts, here),
        pager(here, parts.paths, list(parts.labels), index),
    ]
    for letter, group in groupby(mine, key=initial):
        heading = "Other" if letter == "#" else letter
        continued = starts[letter] != index
        body.append(f"## {heading}" + (" (continued)" if continued else ""))
        body.append("\n".join(_row(profile, here) for profile in group))
    body.append(pager(here, parts.paths, list(parts.labels), index))
    title = "Analysts" + (f", part {index + 1}" if index else "")
    return page(title, ALL_SOURCES, body)


def _row(profile: AnalystProfile, here: str) -> str:
    role = described(*latest_role(profile))
    quotes = quote_count(profile)
    counts = [plural(quotes, "quote")] if quotes else []
    counts.append(plural(len(profile.appearances), "briefing"))
    return (f"- {person(PersonRef(profile.name, profile.id), here)}"
            + (f" — {role}" if role else "") + " · " + " · ".join(counts))


def _letters(parts: AnalystParts, here: str) -> str:
    """Links to where each letter starts: at most 27, however many people there are."""
    links: list[str] = []
    for letter, number in parts.starts:
        anchor = "other" if letter == "#" else letter.lower()
        target = "" if parts.paths[number] == here else relative(here, parts.paths[number])
        label = "Other" if letter == "#" else letter
        links.append(f"[{label}]({target}#{anchor})")
    if len(links) < 2:
        return ""
    return "By surname: " + " ".join(links) + "\n{: .briefing-letters }"


def _range(part: list[AnalystProfile]) -> str:
    if not part:
        return ""
    first, last = part[0], part[-1]
    return (f"{markup.inline(surname_first(first.name, first.id)[0].title())}–"
            f"{markup.inline(surname_first(last.name, last.id)[0].title())}")


def topics_index(catalog: Catalog, story: Story) -> str:
    here = TOPICS_INDEX.path()
    body = [
        "# Topics",
        f"{plural(len(catalog.topics), 'topic')}. Each topic's page tells its story oldest "
        "first: the briefings' main claims, who made them, and what changed.",
    ]
    for slug in story.topic_order(catalog.topics):
        entries = catalog.topics[slug]
        target = relative(here, TOPIC.path(slug))
        body.append(f"## [{markup.inline(story.topic_title(slug))}]({target})")
        description = story.topic_description(slug)
        if description:
            body.append(markup.inline(description))
        body.append(f"{plural(len(entries), 'briefing')} {span(entries)}.")
    return page("Topics", ALL_SOURCES, body)
