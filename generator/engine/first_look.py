"""The preview's first look: the saved briefing's own page, before the rest of the site.

Under `mkdocs serve`, a save is usually an edit to one briefing, and the
editor is looking at that briefing's page. Its page depends on that file, its
article and the story files only (`pages.briefing`), while the pages that
list it (analysts, topics, the timeline, the home page, the data files and
feeds) depend on the whole archive: linking, listing and comparing them takes
time that grows with the archive. So the preview shows the saved page first
and the full incremental build follows at once, in the same rebuild, and
brings every other page up to date (and rewrites this one if the whole
archive says otherwise, e.g. when linking finds a problem).

A first look is only taken when it cannot mislead: exactly one briefing file
changed, it has no error, and its page keeps its address and its links (same
slug, analysts and topics), over a site a full build has already written.
Otherwise the ordinary build does everything, as before.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..pages.kinds import Site
from ..pages.site import render_briefing
from .check import CheckCache, CheckedFile, check_file, stale
from .link import link_one
from .stamp import file_stat
from .write import Written, replace_page


def first_look(
    briefings: list[Path], root: Path, docs: Path, cache: CheckCache, written: Written,
    last: Site,
) -> list[str]:
    """Check the one saved briefing and write its page; the docs-relative paths written.
    `last`: what the last build rendered from (its catalog, story files and settings)."""
    if set(briefings) != set(cache):
        return []  # a briefing added or removed: the site changes shape
    changed = [path for path in briefings if stale(cache[path], root)]
    if len(changed) != 1:
        return []
    path = changed[0]
    before, checked = cache[path], check_file(path, root)
    if checked.briefing is None or checked.problems.errors or not _same_links(before, checked):
        return []
    entry, found = link_one(checked)
    if found.errors:
        return []
    relative, text = render_briefing(entry, last)
    target = f"{docs}{os.sep}{relative}"
    known = written.pages.get(relative)
    if known is None or file_stat(target) != known[1]:
        return []  # not the page this preview wrote last: the full build decides
    cache[path] = checked  # the build that follows reuses the check
    if known[0] == text:
        return []
    replace_page(Path(target), text)
    written.pages[relative] = (text, file_stat(target))
    return [relative]


def _same_links(before: CheckedFile, after: CheckedFile) -> bool:
    """Same address, and links to the same analyst and topic pages."""
    old, new = before.briefing, after.briefing
    if old is None or new is None or before.slug != after.slug:
        return False
    people = [(a.key, a.name) for a in old.analysts] == [(a.key, a.name) for a in new.analysts]
    return people and list(old.topics) == list(new.topics)


