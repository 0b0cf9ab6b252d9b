"""Parts of a bounded size for every list that grows with the archive.

A reader on a phone should never download a page that holds the whole
archive: the timeline, a busy topic, a prolific analyst and the analysts
index are split into
parts of a bounded size, each with a pager (first, earlier, later, last: the
pager itself does not grow either). Parts are cut from the oldest end, so an
old part keeps its address and its content when new briefings arrive; only
the last one grows, until it splits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .routes import relative

T = TypeVar("T")

# Parts hold this many items, the last one up to twice as many less one (`chunks`).
TIMELINE_PAGE = 30  # briefings in one part of the timeline (within a year)
TOPIC_PAGE = 20  # briefings in one part of a topic's story
ANALYSTS_PAGE = 100  # people in one part of the analysts index
ANALYST_PAGE = 25  # appearances in one part of an analyst's page
BRIEFINGS_LATEST = 50  # briefings listed on the briefings index; the rest by year
HOME_STORY = 12  # briefings on the home page's timeline: the latest ones
MOST_QUOTED = 6


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` cut into parts of `size` from the start; the last one takes in a short rest.

    So no part is nearly empty (the newest part is the one readers open first),
    and every part but a lone one holds `size` to `2 * size - 1` items. One
    empty list for no items.
    """
    parts = [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]
    if len(parts) > 1 and len(parts[-1]) < size:
        parts[-2].extend(parts.pop())
    return parts


def pager(here: str, paths: Sequence[str], labels: Sequence[str], current: int) -> str:
    """A Markdown line leading to the first, previous, next and last parts (0-based `current`).

    `labels` say what each part holds ("2 February – 10 March 2022"); they are
    the generator's own words built from dates and names, escaped by the caller.
    """
    if len(paths) < 2:
        return ""
    last = len(paths) - 1

    def to(index: int, text: str) -> str:
        return f"[{text}]({relative(here, paths[index])})"

    parts = [f"Part {current + 1} of {len(paths)}: {labels[current]}"]
    if current > 1:
        parts.append(to(0, "first part"))
    if current > 0:
        parts.append(to(current - 1, f"earlier: {labels[current - 1]}"))
    if current < last:
        parts.append(to(current + 1, f"later: {labels[current + 1]}"))
    if current < last - 1:
        parts.append(to(last, "latest part"))
    return " · ".join(parts) + "\n{: .briefing-pager }"
