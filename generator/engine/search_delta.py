"""The preview's search between two full Pagefind runs: a small index of what changed since.

Pagefind has no incremental mode: every run reads every page, and at thousands
of briefings a run takes longer than an editor waits before searching for what
they just wrote. So the preview keeps two indexes. The base is the last full
run (engine.search_index). The delta holds only the pages written since that
run began, made in a moment by a second Pagefind run over copies of just those
pages. Beside them, `pagefind-changes.json` names the base's entries that those pages
replace and the entries whose page is gone; the search box
(pagefind-changes.js) asks both indexes, drops those entries and merges the
rest. A saved page is found as it now reads, and a deleted briefing is never
found, long before the next full run ends; when that run ends, the delta
starts again from it.

A rewrite of most of the site (a preview without `--dirty` writes every page)
is not worth a delta as big as the base: then only the entries of pages that
are gone are dropped, and the base answers until the next full run.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .search_index import (
    BUNDLE,
    KEPT_BUNDLE,
    NEXT_BUNDLE,
    LiveBundle,
    OneAtATime,
    SearchIndexError,
    run_pagefind,
)

DELTA_BUNDLE = "pagefind-delta"
NEXT_DELTA = ".pagefind-delta-next"
CHANGES = "pagefind-changes.json"  # in site/, beside the two bundles
MOST_PAGES = 500  # more changed pages than this: wait for the full run instead
_BUNDLES = {BUNDLE, KEPT_BUNDLE, NEXT_BUNDLE, DELTA_BUNDLE, NEXT_DELTA}
_FRAGMENT_URL = re.compile(rb'^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")')

Snapshot = dict[str, tuple[int, int]]  # a page's path in site/ -> (mtime_ns, size)


@dataclass(frozen=True)
class Base:
    """A full index, and the pages as they were when its run began to read them."""

    pages: Snapshot
    ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # URL -> its entries


@dataclass(frozen=True)
class Changes:
    written: tuple[str, ...]  # pages new or rewritten since the base
    gone: tuple[str, ...]


def snapshot(site_dir: Path) -> Snapshot:
    """Every HTML page in the site with its modification time and size."""
    pages: Snapshot = {}
    for folder, dirs, files in os.walk(site_dir):
        if folder == str(site_dir):
            dirs[:] = [d for d in dirs if d not in _BUNDLES]
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except FileNotFoundError:  # removed while listing: it is gone
                continue
            pages[os.path.relpath(path, site_dir).replace(os.sep, "/")] = (
                stat.st_mtime_ns, stat.st_size)
    return pages


def url_of(page: str) -> str:
    """The URL Pagefind files a page under: its folder for an index.html."""
    if page == "index.html":
        return "/"
    if page.endswith("/index.html"):
        return "/" + page.removesuffix("index.html")
    return "/" + page


def entry_ids(bundle: Path) -> dict[str, tuple[str, ...]]:
    """Each URL's entries in a Pagefind bundle, read from the head of its fragments.

    A fragment is gzip holding a signature and the page's JSON, URL first: the
    first few kilobytes tell it without inflating whole pages.
    """
    ids: dict[str, list[str]] = {}
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        head = zlib.decompressobj(wbits=31).decompress(fragment.read_bytes(), 4096)
        match = _FRAGMENT_URL.match(head)
        if match:
            ids.setdefault(json.loads(match.group(1)), []).append(
                fragment.name.removesuffix(".pf_fragment"))
    return {url: tuple(sorted(found)) for url, found in ids.items()}


def changes_since(base: Base, now: Snapshot) -> Changes:
    written = tuple(sorted(page for page, stat in now.items() if base.pages.get(page) != stat))
    gone = tuple(sorted(page for page in base.pages if page not in now))
    return Changes(written, gone)


def _index_pages(site_dir: Path, pages: tuple[str, ...]) -> bool:
    """Index copies of `pages` into pagefind-delta/; False when none was left to copy."""
    with tempfile.TemporaryDirectory(prefix="briefings-search-delta-") as scratch:
        copied = 0
        for page in pages:
            target = Path(scratch) / page
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                shutil.copyfile(site_dir / page, target)
                copied += 1
            except FileNotFoundError:
                continue
        if not copied:
            return False
        run_pagefind(Path(scratch), output=site_dir / NEXT_DELTA)
    return True


def write_changes(site_dir: Path, record: dict) -> None:
    """The list of changes, whole or not at all: a page may read it at any moment."""
    temp = site_dir / f".{CHANGES}.{os.getpid()}.tmp"
    temp.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
    os.replace(temp, site_dir / CHANGES)


class SearchDelta:
    """Keeps pagefind-delta/ up to date with the pages written since the base.

    Runs in a thread of the preview server, one update at a time; a request
    during an update asks for one more. No base yet (the first full run has not
    ended), nothing to do: the first full run reads every page anyway.
    """

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.lock = threading.Lock()
        self.base: Base | None = None
        self.generation = 0
        self.bundle = LiveBundle()
        self.runs = OneAtATime(self._update_or_warn)

    @property
    def running(self) -> bool:
        return self.runs.running

    def begin(self, site_dir: Path) -> Snapshot:
        """The pages as a full run begins: whatever is written later is a change."""
        return snapshot(site_dir)

    def read_base(self, site_dir: Path, pages: Snapshot) -> Base:
        """The full run's entries, read before they join the live bundle's older ones."""
        return Base(pages, entry_ids(site_dir / NEXT_BUNDLE))

    def rebased(self, site_dir: Path, base: Base) -> None:
        """A full run has ended: from now on, changes count from when it began."""
        with self.lock:
            self.base = base
        self.request(site_dir)

    def request(self, site_dir: Path) -> None:
        with self.lock:
            if self.base is None:
                return
        self.runs.request(site_dir)

    def _update_or_warn(self, site_dir: Path) -> None:
        with self.lock:
            base = self.base
        try:
            if base is not None:
                self.update(site_dir, base)
        except (SearchIndexError, OSError) as error:
            self.log.warning(f"search changes: {error}")

    def update(self, site_dir: Path, base: Base) -> Changes:
        changes = changes_since(base, snapshot(site_dir))
        indexed = 0 < len(changes.written) <= MOST_PAGES and _index_pages(site_dir, changes.written)
        if indexed:
            self.bundle.merge(site_dir / NEXT_DELTA, site_dir / DELTA_BUNDLE)
        dropped = (*changes.written, *changes.gone) if indexed else changes.gone
        stale = {entry: url_of(page) for page in dropped
                 for entry in base.ids.get(url_of(page), ())}
        self.generation += 1
        write_changes(site_dir, {
            "generation": self.generation,
            "index": bool(indexed),
            "pages": [url_of(page) for page in changes.written] if indexed else [],
            "stale": stale,
        })
        if indexed or changes.gone:
            self.log.info(f"search changes indexed: {len(changes.written)} pages written, "
                          f"{len(changes.gone)} gone since the full index, "
                          f"{len(stale)} of its entries hidden")
        return changes
