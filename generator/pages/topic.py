"""A topic's page: its story, oldest first, told by the briefings' main claims.

Each briefing shows its first key claims (editors put the main ones first)
and who made them, and then what changed since the previous briefing on the
topic: how much later it came, the voices heard for the first time, and the
claims that reverse an earlier one where the editor linked them
(`reverses`). A busy topic is cut into parts (`paging.chunks`): the
topic's own address holds the latest part, earlier parts live under
`topics/parts/`, and a pager leads between them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Entry, PersonRef
from ..engine.story import Story
from . import markup, reversals, storyline
from .blocks import (
    ALL_SOURCES,
    briefing_link,
    claim_item,
    day,
    page,
    person,
    plural,
    published,
    span,
)
from .kinds import Page, Site
from .paging import TOPIC_PAGE, chunks, pager
from .routes import TOPIC, TOPIC_PART, TOPICS_INDEX, relative

HEADLINE_CLAIMS = 3


def paths(slug: str, count: int) -> list[str]:
    """The parts' paths, oldest first; the last (the latest) is the topic's own page."""
    return [TOPIC_PART.path(f"{slug}-{n}") for n in range(1, count)] + [TOPIC.path(slug)]


def pages(site: Site) -> Iterator[Page]:
    story = site.story
    for slug, entries in site.catalog.topics.items():
        pieces = chunks(entries, TOPIC_PAGE)
        where = paths(slug, len(pieces))
        # Besides its own briefings, a part shows the topic's count, span and pager,
        # the briefing before it and the voices heard before it.
        shared = (len(entries), span(entries), tuple(_label(p) for p in pieces))
        heard: set[str] = set()
        previous: tuple = ()
        for index, path in enumerate(where):
            piece = pieces[index]
            sources = (r for e in piece for r in reversals.sources(story, e))
            inputs = (*previous, *(e.briefing for e in piece), *sources, story.topics)
            route = TOPIC if path == where[-1] else TOPIC_PART
            keys = [a.key for e in piece for a in e.briefing.analysts]
            # of the voices heard before, the page shows only whether its own are new
            before = frozenset(key for key in keys if key in heard)
            yield Page(route, path,
                       lambda s=slug, e=entries, i=index: render(s, e, i, story),
                       inputs, (slug, entries), values=(*shared, before))
            heard.update(keys)
            previous = (piece[-1].briefing,)


def render(slug: str, entries: list[Entry], index: int, story: Story) -> str:
    pieces = chunks(entries, TOPIC_PAGE)
    where = paths(slug, len(pieces))
    here = where[index]
    piece = pieces[index]
    title = story.topic_title(slug)
    labels = [_label(p) for p in pieces]
    nav = pager(here, where, labels, index)
    body = [
        f"# {markup.inline(title)}" + (f", part {index + 1}" if index < len(pieces) - 1 else ""),
        markup.inline(story.topic_description(slug)),
        f"{plural(len(entries), 'briefing')} {span(entries)}, oldest first: the main claims of "
        f"each, who made them, and what changed. All [topics]"
        f"({relative(here, TOPICS_INDEX.path())}).",
        nav,
        storyline.picture(storyline.items(piece, []), "Briefings on this topic"),
    ]
    start = sum(len(p) for p in pieces[:index])
    seen = _voices_before(entries, start)
    previous = entries[start - 1] if index else None
    for entry in piece:
        body += _briefing(entry, previous, seen, here, story)
        seen.update(a.key for a in entry.briefing.analysts)
        previous = entry
    body.append(nav)
    return page(title if index == len(pieces) - 1 else f"{title}, {_label(piece)}",
                ALL_SOURCES, body)


def _voices_before(entries: list[Entry], end: int) -> set[str]:
    return {a.key for entry in entries[:end] for a in entry.briefing.analysts}


def _briefing(entry: Entry, previous: Entry | None, seen: set[str], here: str,
              story: Story) -> list[str]:
    outlet = markup.inline(entry.briefing.source.outlet)
    count = len(entry.claims)
    shown = min(count, HEADLINE_CLAIMS)
    blocks = [
        f"## {published(entry)} · {outlet}",
        f"**{briefing_link(entry, here)}**",
        "\n".join(claim_item(entry, i, here, evidence=False) for i in range(shown)),
    ]
    if count > shown:
        blocks.append(f"{plural(count - shown, 'more key claim')} in the briefing.")
    blocks.append(_changes(entry, previous, seen, here, story))
    return blocks


def _changes(entry: Entry, previous: Entry | None, seen: set[str], here: str,
             story: Story) -> str:
    turns = reversals.notes(story, entry, here)
    if previous is None:
        first = "*The first briefing on this topic.*{: .briefing-note }"
        return first + "".join(f" {t[:1].upper()}{t[1:]}." for t in turns)
    notes = [_gap(previous, entry)]
    new = [a for a in dict.fromkeys(a.key for a in entry.briefing.analysts) if a not in seen]
    names = {a.key: a.name for a in entry.briefing.analysts}
    if new:
        voices = ", ".join(person(PersonRef(names[key], key), here) for key in new)
        notes.append(f"new voices: {voices}")
    else:
        notes.append("no new voices")
    return "*What changed:*{: .briefing-note } " + "; ".join(notes + turns) + "."


def _gap(previous: Entry, entry: Entry) -> str:
    days = (entry.published - previous.published).days
    if days <= 0:
        return "the same day as the previous briefing"
    if days < 14:
        return f"{plural(days, 'day')} after the previous briefing"
    if days < 60:
        return f"{plural(round(days / 7), 'week')} after the previous briefing"
    return f"{plural(round(days / 30.44), 'month')} after the previous briefing"


def _label(piece: list[Entry]) -> str:
    first, last = piece[0].published, piece[-1].published
    return day(first) if first == last else f"{day(first)} – {day(last)}"
