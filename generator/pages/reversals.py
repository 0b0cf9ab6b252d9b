"""Claims that reverse earlier ones, where the editor linked them (`reverses` in a claim).

The link is the editor's judgement, made once in the later briefing; the
topic pages say it where the story moved ("reverses ..."), and the briefing
page says it under the claim. Resolved and checked by `engine.story`.
"""

from __future__ import annotations

from ..engine.link import Entry
from ..engine.story import Story
from . import markup
from .blocks import published
from .routes import BRIEFING, relative


def sources(story: Story, entry: Entry) -> tuple:
    """The earlier briefings this one's claims reverse: inputs of its pages' renders."""
    return tuple(
        story.reversals[(entry.slug, i)][0].briefing
        for i in range(len(entry.claims))
        if (entry.slug, i) in story.reversals
    )


def line(story: Story, entry: Entry, index: int, here: str) -> str:
    """ "reverses “...” (CNN, 2 February 2022)", linked to the earlier briefing; or ""."""
    found = story.reversals.get((entry.slug, index))
    if found is None:
        return ""
    target, number = found
    claim = markup.inline(target.claims[number].claim.claim)
    where = relative(here, BRIEFING.path(target.slug))
    source = f"{markup.inline(target.briefing.source.outlet)}, {published(target)}"
    return f"reverses an earlier claim: “{claim}” ([{source}]({where}))"


def notes(story: Story, entry: Entry, here: str) -> list[str]:
    return [text for i in range(len(entry.claims)) if (text := line(story, entry, i, here))]
