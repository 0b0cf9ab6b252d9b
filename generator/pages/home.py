"""The home page: the story for a reader with five minutes, on a phone.

Its title and lede (the story file), then the story so far on a time axis
(the latest `HOME_STORY` briefings and the key events of that stretch), the
latest briefings, the people quoted most, the topics, and last the editor's
introduction to the collection. Every part is bounded, so the page weighs the same at 5 briefings or
5,000; the rest of the archive is one link away.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import AnalystProfile, PersonRef
from . import html, markup, storyline
from .blocks import ALL_SOURCES, described, entry_line, page, person, plural
from .kinds import Page, Site
from .paging import HOME_STORY, MOST_QUOTED
from .people import latest_role, most_quoted
from .routes import (
    ANALYSTS_INDEX,
    BRIEFINGS_INDEX,
    HOME,
    HOW_WE_VERIFY,
    TIMELINE,
    TOPIC,
    TOPICS_INDEX,
    relative,
)

LATEST_ON_HOME = 5


def pages(site: Site) -> Iterator[Page]:
    yield Page(HOME, HOME.path(), lambda: render(site))


def render(site: Site) -> str:
    here = HOME.path()
    catalog, story = site.catalog, site.story

    def to(route) -> str:
        return relative(here, route.path())

    latest = catalog.entries[:HOME_STORY]
    oldest_first = list(reversed(latest))
    first = oldest_first[0].published if len(catalog.entries) > HOME_STORY and latest else None
    shown = {entry.slug for entry in catalog.entries}
    events = storyline.events_within(story.events, shown, first, None)
    stretch = storyline.items(oldest_first, events)
    earlier = len(catalog.entries) - len(latest)
    body = [
        f"# {markup.inline(story.title)}",
        f"{markup.inline(story.lede)}\n{{: .story-lede }}" if story.lede.strip() else "",
    ]
    if stretch:
        body += [
            "## The story so far" if not earlier else "## The latest stretch of the story",
            storyline.picture(stretch, "The story so far"),
            storyline.story_list(stretch, here),
            f"{plural(earlier, 'earlier briefing')} in the [timeline]({to(TIMELINE)})."
            if earlier
            else f"The [timeline]({to(TIMELINE)}) lists every briefing by date.",
        ]
    body += [
        "## Latest briefings",
        "\n".join(entry_line(entry, here) for entry in catalog.entries[:LATEST_ON_HOME]),
        f"See [all briefings]({to(BRIEFINGS_INDEX)}).",
    ]
    quoted = most_quoted(catalog, MOST_QUOTED)
    if quoted:
        lines = []
        for profile, count in quoted:
            role = described(*latest_role(profile))
            lines.append(
                f"- {person_link(profile, here)}"
                + (f", {role}" if role else "")
                + f" · {plural(count, 'quote')} in {plural(len(profile.appearances), 'briefing')}"
            )
        body += ["## Most quoted", "\n".join(lines),
                 f"See [all analysts]({to(ANALYSTS_INDEX)}), by surname."]
    if catalog.topics:
        chips = " ".join(
            html.link(story.topic_title(slug), here, TOPIC.path(slug), "briefing-chip")
            for slug in story.topic_order(catalog.topics)
        )
        body += ["## Topics", f'<nav class="briefing-topics" aria-label="Topics">{chips}</nav>',
                 f"Each topic's page tells its story oldest first; see [all topics]"
                 f"({to(TOPICS_INDEX)})."]
    body += [
        "## About these briefings",
        markup.block_text(site.intro) if site.intro.strip() else "",
        f"{plural(len(catalog.entries), 'briefing')} · "
        f"{plural(len(catalog.analysts), 'analyst')} · {plural(len(catalog.topics), 'topic')}."
        f" Every quote is checked word for word against its article: [how we verify]"
        f"({to(HOW_WE_VERIFY)}).",
    ]
    return page(story.title, f"{ALL_SOURCES}, briefings/_story.yaml and _intro.md", body)


def person_link(profile: AnalystProfile, here: str) -> str:
    return person(PersonRef(profile.name, profile.id), here)
