"""Pagefind search behind Material's search box: the `briefings-pagefind` MkDocs plugin.

Material's built-in search writes the whole site into one JSON index that every
reader downloads and indexes in the browser on the first page load, which is
slow and heavy for a large archive (README, "Performance"). Pagefind
(https://pagefind.app; the `pagefind-bin` wheel ships its binary) splits the
index into chunks; a query fetches only the chunks for its words and the
fragments of the results it shows.

It is this project's search: mkdocs.yml lists it among the plugins, and no
`search` plugin:

    plugins:
      - tags
      - briefings
      - briefings-pagefind

Then, for every build:

- `on_config` switches Material's search plugin off if it is listed (no
  search_index.json, no lunr worker) and puts `pagefind_theme/` first in the
  theme's folders: a copy of Material's header with one include added, the
  search box in Material's markup, the script that queries Pagefind
  (pagefind-search.js) and pagefind-search.css, which it adds to extra_css.
- `on_page_content` marks what Pagefind indexes, as the route table says
  (`routes.search_mode`): a briefing page in full; every other page (analyst,
  topic, section, timeline, home) by its heading and introduction, the part
  before its first `<h2>` or list. Those pages repeat the briefings' titles,
  quotes and claims; indexing the repeats made the index several times bigger,
  while a query still finds the briefing that says it.
- `on_post_build` runs Pagefind over site/ (engine.search_index). Under
  `mkdocs serve` it runs in the background after each rebuild, at a lower CPU
  priority, so neither the preview nor the next edit's rebuild is held up;
  meanwhile a small index of just the pages written since the last run
  (engine.search_delta) lets the box find them as they now read, and never
  find a page that is gone. The box loads pagefind-changes.js for that only
  under `mkdocs serve` (`extra.briefings_search_changes`, set here).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .engine.search_delta import SearchDelta
from .engine.search_index import (
    BackgroundIndexer,
    SearchIndexError,
    index_site,
    pagefind_executable,
)
from .pages.routes import Search, search_mode

log = logging.getLogger("mkdocs.plugins.briefings_pagefind")

THEME_DIR = Path(__file__).resolve().parent / "pagefind_theme"
STYLESHEET = "assets/stylesheets/pagefind-search.css"  # in THEME_DIR, copied into the site
_LISTING = re.compile(r"<(h2|ul|ol)\b")  # where a page's heading and introduction end


def indexed_part(html: str, src_path: str) -> str:
    """The page's content with the part Pagefind should index in a data-pagefind-body."""
    mode = search_mode(src_path)
    if mode is Search.FULL:
        return f"<div data-pagefind-body>{html}</div>"
    if mode is Search.NONE:
        return html
    listing = _LISTING.search(html)
    cut = listing.start() if listing else len(html)
    return f"<div data-pagefind-body>{html[:cut]}</div>{html[cut:]}"


class PagefindPlugin(BasePlugin):
    def __init__(self) -> None:
        self.indexer: BackgroundIndexer | None = None
        self.serving = False
        self.site_dir: Path | None = None
        self.dirty = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.indexer = BackgroundIndexer(log, SearchDelta(log)) if self.serving else None
        self.dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if config.theme.name != "material":
            raise PluginError("briefings-pagefind: the search box override needs theme 'material'")
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is not None and getattr(search.config, "enabled", False):
            search.config.enabled = False
            log.debug("briefings-pagefind: Material's search is off; Pagefind answers the box")
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(0, str(THEME_DIR))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        config.extra["briefings_search_changes"] = self.serving
        try:
            pagefind_executable()  # fail at the start of the build, not after it
        except SearchIndexError as error:
            raise PluginError(f"briefings-pagefind: {error}") from None
        return config

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return indexed_part(html, page.file.src_uri)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # A dirty rebuild never cleans the site folder: the index can stay where it is.
        if self.indexer is not None and not self.dirty:
            self.site_dir = Path(config.site_dir)
            self.indexer.keep(self.site_dir)

    def on_build_error(self, *, error: Exception) -> None:
        if self.indexer is not None and self.site_dir is not None:
            self.indexer.restore(self.site_dir)  # the last index serves the last good pages

    def pages_shown_early(self, config: MkDocsConfig) -> None:
        """The preview showed a saved page before the rest of its rebuild (the first look,
        `serve_quick.py`): index it among the changes now, so that the search finds it
        as soon as the page does; the full run waits for the rebuild's end."""
        if self.indexer is not None and self.indexer.delta is not None:
            self.indexer.delta.request(Path(config.site_dir))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.indexer is not None:
            self.indexer.restore(Path(config.site_dir))
            self.indexer.request(Path(config.site_dir))
            return
        try:
            index_site(Path(config.site_dir))
        except SearchIndexError as error:
            raise PluginError(f"briefings-pagefind: {error}") from None
