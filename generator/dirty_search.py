"""Keep Material's search index whole under `mkdocs serve --dirty`.

A dirty rebuild renders only the pages whose Markdown changed. Material's search
plugin then merges them into the previous index as if one page had changed: it
drops the previous entries under the first re-rendered page's URL (all of them
when that page is the home page, whose URL is "") and keeps the old entries of
every other re-rendered page. Saving one briefing changes several pages (the
briefing, its analysts, its topics, the indexes, the timeline), so the preview's
search would show stale text twice, or only the re-rendered pages.

`merge_dirty_index` runs just before Material's `on_post_build`: it puts the
previous entries of every page that was not re-rendered in front of this
build's entries, and clears Material's previous index so Material writes the
result as it is (and keeps it as the next rebuild's previous index).
"""

from __future__ import annotations

from typing import Any


def page_of(location: str) -> str:
    """The page URL of a search entry ("analysts/x/#quotes" -> "analysts/x/")."""
    return location.partition("#")[0]


def merge_dirty_index(search: Any) -> bool:
    """Merge in place; False when there is nothing to merge (not a dirty rebuild)."""
    previous = getattr(search, "search_index_prev", None)
    current = getattr(search, "search_index", None)
    if previous is None or current is None or not getattr(search.config, "enabled", True):
        return False
    rendered = {page_of(entry["location"]) for entry in current.entries}
    kept = [entry for entry in previous.entries if page_of(entry["location"]) not in rendered]
    current.entries = kept + current.entries
    search.search_index_prev = None
    return True
