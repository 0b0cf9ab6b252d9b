"""The story around the briefings: its title and lede, topic labels and key events, checked.

`check_story` runs after linking (engine/check.py), because the story files
refer to briefings: an event cites the briefing whose article states it, and
its excerpt is verified against that article exactly as a claim's evidence
is; a briefing's topic must be one the topics file defines (once the project
has one), so that no reader ever meets a slug. An unknown topic is a
warning: a preview still shows the new briefing, while `make site` (strict)
refuses to publish it. An event's excerpt not in its article is an error, as a
broken quote is; an event citing a briefing that is gone is a warning (the event
is left out), as a broken link is.

The files are read once per version (by path and stat), so a preview server
hands the page renderer the same `topics` object while the file is unchanged
and the briefing pages that show topic titles are not rendered again.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from .link import Catalog, Entry
from .lookup import UNVERIFIED, Verdict
from .problems import Position, Problems
from .project import Project
from .stamp import Stat, file_stat
from .story_files import DEFAULT_TITLE, Event, StoryFile, Topic, read_story, read_topics
from .verify import article_for

if TYPE_CHECKING:
    from .check import CheckedFile


@dataclass(frozen=True)
class LinkedEvent:
    """A key event with the briefing that states it and where its article does."""

    event: Event
    entry: Entry
    verdict: Verdict


# One empty mapping for every project without a topics file: pages compare their
# inputs by identity (pages/memo.py), so "no topics" must be the same object each build.
NO_TOPICS: Mapping[str, Topic] = MappingProxyType({})


@dataclass(frozen=True)
class Story:
    """What the pages need from the story files (defaults: a project without them)."""

    title: str = DEFAULT_TITLE
    lede: str = ""
    topics: Mapping[str, Topic] = field(default_factory=lambda: NO_TOPICS)
    events: tuple[LinkedEvent, ...] = ()
    # (briefing slug, claim index) -> the earlier briefing and the index of the claim reversed
    reversals: dict[tuple[str, int], tuple[Entry, int]] = field(default_factory=dict)

    def topic_title(self, slug: str) -> str:
        """The title readers see; without a definition (a preview only), the slug as words."""
        topic = self.topics.get(slug)
        return topic.title if topic else humanised(slug)

    def topic_description(self, slug: str) -> str:
        topic = self.topics.get(slug)
        return topic.description if topic else ""

    def topic_order(self, slugs) -> list[str]:
        """Ordered topics first (by `order`), then the others by title."""

        def key(slug: str) -> tuple:
            order = self.topics[slug].order if slug in self.topics else None
            return (order is None, order or 0, self.topic_title(slug).casefold(), slug)

        return sorted(slugs, key=key)


def humanised(slug: str) -> str:
    words = slug.replace("-", " ")
    return words[:1].upper() + words[1:]


def check_story(
    project: Project, catalog: Catalog, files: list[CheckedFile]
) -> tuple[Story, Problems]:
    """`files`: every briefing file checked, valid or not (an event may cite a broken one:
    that file's own problems say what is wrong, so the event adds none)."""
    problems = Problems()
    topics, written = _topics(project, problems)
    if written is not None:
        problems.extend(_unknown_topics(written, files, project))
    by_slug = {entry.slug: entry for entry in catalog.entries}
    broken = {checked.slug for checked in files} - set(by_slug)
    reversals = _reversals(files, by_slug, problems)
    story_file, document = _story(project, problems)
    if story_file is None:
        return Story(topics=topics, reversals=reversals), problems
    events = []
    for index, event in enumerate(story_file.events):
        if event.briefing in broken:
            continue
        linked = _link_event(event, index, by_slug, document, project, problems)
        if linked is not None:
            events.append(linked)
    events.sort(key=lambda e: (e.event.date, e.event.until or e.event.date))
    story = Story(story_file.title, story_file.lede, topics, tuple(events), reversals)
    return story, problems


def _topics(project: Project, problems: Problems
            ) -> tuple[Mapping[str, Topic], set[str] | None]:
    """The valid topics, and every slug the file defines, even with a mistake in it
    (None: no file, or not a mapping at all, so no topic can be said to be missing)."""
    path = project.topics_file
    if not path.is_file():
        return NO_TOPICS, None
    topics, document, found = _read(read_topics, path, project.root, file_stat(path))
    problems.extend(found)
    if document is not None and not isinstance(document.data, dict):
        return topics, None
    written = set(document.data) if document is not None else set()
    return topics, written


def _story(project: Project, problems: Problems) -> tuple[StoryFile | None, object]:
    path = project.story_file
    if not path.is_file():
        return None, None
    story, document, found = _read(read_story, path, project.root, file_stat(path))
    problems.extend(found)
    return story, document


@functools.lru_cache(maxsize=8)
def _read(reader, path: Path, root: Path, stat: Stat):
    """One reading per version of a file: the same objects while it is unchanged."""
    return reader(path, root)


def _unknown_topics(topics: set[str], files: list[CheckedFile], project: Project) -> Problems:
    name = f"{project.briefings.name}/{project.topics_file.name}"
    found = Problems()
    for checked in files:
        if checked.briefing is None or checked.document is None:
            continue
        for index, slug in enumerate(checked.briefing.topics):
            if slug in topics:
                continue
            close = difflib.get_close_matches(slug, list(topics), n=1, cutoff=0.75)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"add it to {name} with a title and a one-paragraph description"
            )
            found.warn(
                checked.document.position(("topics", index)),
                f"topic {slug!r} is not defined in {name}, so readers would see its slug",
                hint,
            )
    return found



def _link_event(event: Event, index: int, by_slug: dict[str, Entry], document, project: Project,
                problems: Problems) -> LinkedEvent | None:
    entry = by_slug.get(event.briefing)
    if entry is None:
        close = difflib.get_close_matches(event.briefing, list(by_slug), n=1, cutoff=0.6)
        # A warning, as for a dangling link: a deleted briefing leaves the event out of a
        # preview, and `make site` (strict) refuses to publish until the editor decides.
        problems.warn(
            document.position(("events", index, "briefing")),
            f"event cites the briefing {event.briefing!r}, which does not exist; it is left out",
            f"did you mean {close[0]!r}?" if close else "use a briefing's file name without .yaml",
        )
        return None
    source = entry.briefing.source.text
    if source is None:
        return LinkedEvent(event, entry, UNVERIFIED)
    try:
        result = article_for(project.root / source).find(event.excerpt)
    except OSError as error:
        problems.add(document.position(("events", index, "excerpt")),
                     f"cannot read {source}: {(error.strerror or str(error)).lower()}")
        return None
    if isinstance(result, Verdict):
        return LinkedEvent(event, entry, result)
    where: Position = document.position(("events", index, "excerpt"))
    if result.reason == "not found":
        matched = f'"{result.longest_match}"' if result.longest_match else "nothing"
        message = f"excerpt not found in {source}; the longest part that matched: {matched}"
    else:
        message = f"excerpt not verified against {source}: {result.reason}"
    problems.add(where, message, result.hint)
    return None


def _reversals(files: list[CheckedFile], by_slug: dict[str, Entry], problems: Problems
               ) -> dict[tuple[str, int], tuple[Entry, int]]:
    """Each `reverses` of a claim, resolved: the claim it names must exist and be earlier."""
    found: dict[tuple[str, int], tuple[Entry, int]] = {}
    for checked in files:
        briefing, document = checked.briefing, checked.document
        if briefing is None or document is None or checked.slug not in by_slug:
            continue
        here = by_slug[checked.slug]
        for index, claim in enumerate(briefing.key_claims):
            if claim.reverses is None:
                continue
            where = document.position(("key_claims", index, "reverses"))
            slug, _, number = claim.reverses.partition("#")
            target = by_slug.get(slug)
            if target is None:
                close = difflib.get_close_matches(slug, list(by_slug), n=1, cutoff=0.6)
                problems.add(where, f"reverses a claim of {slug!r}, which is not a briefing",
                             f"did you mean {close[0]!r}?" if close else None)
            elif int(number) > len(target.claims):
                problems.add(where, f"{slug} has {len(target.claims)} key claims, not "
                             f"{number}", "count the claims of that file from 1")
            elif target is here or target.published > here.published:
                problems.add(where, "a claim can only reverse a claim of an earlier briefing")
            else:
                found[(here.slug, index)] = (target, int(number) - 1)
    return found
