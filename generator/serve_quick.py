"""The preview's quick rebuild: after a save, MkDocs renders only the pages it changed.

A `mkdocs serve --dirty` rebuild still lists docs/, lays out the navigation,
makes a page object and stats the source and output of every page, and walks
the theme's templates, each time: at thousands of briefings that costs more
than rendering the few pages a save changes. The generator already knows
which pages a save changed (it writes nothing else), so when the site keeps
the same pages, the quick rebuild hands just those to MkDocs' own page
rendering (its `_populate_page` and `_build_page`, with every plugin event
they run), reusing the files, navigation and templates of the last full
build, and runs the post-build events (the preview's problem panel, the
background search index).

Before that, the first look (`engine/first_look.py`): when the save changed
one briefing and its page keeps its address and links, the generator writes
that page alone, MkDocs renders it, and the browsers reload at once; the rest
of the rebuild then brings the pages that list it up to date and reloads them
again.

Anything else takes MkDocs' full rebuild: a page added or removed (the
navigation and the file list change), mkdocs.yml or a hand-written file in
docs/ edited, or no full build finished yet. A failure in the quick path also
falls back to the full rebuild, which reports it the way MkDocs does.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from .pages.routes import owned
from .parallel import build_module

log = logging.getLogger("mkdocs.plugins.briefings")

Fingerprint = frozenset[tuple[str, int, int]]


@dataclass
class LastBuild:
    """What a full build laid out, for the quick rebuilds after it."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: object  # the theme's Jinja environment
    outside: Fingerprint  # mkdocs.yml, docs/'s hand-written files and `watch:` entries


def outside_generator(config: MkDocsConfig) -> Fingerprint:
    """Name, modification time and size of every watched file the generator does not own.

    A change to any of them can change every page (mkdocs.yml) or is a page
    MkDocs alone knows about (a hand-written one), so it takes a full rebuild.
    """
    docs = Path(config.docs_dir)
    paths: list[Path] = [Path(p) for p in (config.config_file_path, *config.watch) if p]
    if docs.is_dir():
        paths += [p for p in docs.iterdir()
                  if not p.name.startswith(".") and not owned(_route_name(p))]
    return frozenset(_stats(paths))


def _route_name(path: Path) -> str:
    return path.name + "/" if path.is_dir() else path.name


def _stats(paths: Iterable[Path]) -> Iterable[tuple[str, int, int]]:
    for path in paths:
        if path.is_dir():
            for folder, _, names in os.walk(path):
                yield from _stats(Path(folder, name) for name in names)
        elif path.exists():
            stat = path.stat()
            yield str(path), stat.st_mtime_ns, stat.st_size


class QuickRebuild:
    """The serve loop's builder: the quick rebuild when it can, MkDocs' full one when not.

    `generate` runs the briefings generator on the last full build's config
    and returns the docs-relative paths it wrote and removed.
    """

    def __init__(
        self,
        generate: Callable[[MkDocsConfig], tuple[list[str], list[str]]],
        first_look: Callable[[], list[str]] | None = None,
    ) -> None:
        self.full: Callable[[], None] | None = None  # MkDocs' own rebuild (`attach`)
        self.server: LiveReloadServer | None = None
        self.generate = generate
        # The saved briefing's own page, written before the build that brings the rest
        # up to date (engine/first_look.py): shown at once, the rest follows.
        self.first_look = first_look
        self.last: LastBuild | None = None
        self.laying_out: LastBuild | None = None
        self.quick_builds = 0  # for tests: how many saves took the quick path
        self.shown = False  # this rebuild's first look has reloaded the browsers

    def attach(self, server: LiveReloadServer) -> None:
        """Take the place of MkDocs' rebuild in the serve loop, keeping it as the fallback."""
        self.full, server.builder = server.builder, self
        self.server = server

    # The plugin's events during a full build record what the build laid out.
    def started(self, config: MkDocsConfig, files: Files, nav: Navigation) -> None:
        self.last = None  # until this build finishes, the last one may not match the site
        self.laying_out = LastBuild(config, files, nav, None, outside_generator(config))

    def templates(self, env: object) -> None:
        if self.laying_out is not None:
            self.laying_out.env = env

    def finished(self) -> None:
        if self.laying_out is not None and self.laying_out.env is not None:
            self.last, self.laying_out = self.laying_out, None

    def failed(self) -> None:
        self.last = self.laying_out = None

    def __call__(self) -> None:
        self.shown = False
        try:
            done = self.last is not None and self._quick(self.last)
        except Exception as error:  # the full rebuild that follows reports it properly
            log.debug("briefings: quick rebuild failed (%s); a full one follows", error)
            done = False
        if not done and self.full is not None:
            self.last = None
            self.full()
        if self.shown:
            self._reload_again()

    def _quick(self, last: LastBuild) -> bool:
        start = time.monotonic()
        if outside_generator(last.config) != last.outside:
            return False
        early = self.first_look() if self.first_look is not None else []
        if early and self._render(last, early):
            self._show_now()
            for plugin in last.config.plugins.values():  # the preview's search, for one
                if hasattr(plugin, "pages_shown_early"):
                    plugin.pages_shown_early(last.config)
            log.info(f"The saved briefing's page shown in {time.monotonic() - start:.2f} seconds; "
                     "the pages that list it follow")
        written, removed = self.generate(last.config)
        if removed or not self._render(last, written):
            return False  # the site gains or loses pages
        last.config.plugins.on_post_build(config=last.config)
        self.quick_builds += 1
        log.info(f"Documentation built in {time.monotonic() - start:.2f} seconds "
                 f"({len(written)} page(s) re-rendered)")
        return True

    def _render(self, last: LastBuild, written: list[str]) -> bool:
        """MkDocs renders the pages the generator wrote; False if the site changed shape."""
        changed = [last.files.get_file_from_path(path) for path in written]
        if any(file is None or (file.is_documentation_page() and file.page is None)
               for file in changed):
            return False
        pages = [file for file in changed if file.is_documentation_page()]
        for file in changed:
            if not file.is_documentation_page():
                file.copy_file()
        mkdocs = build_module(last.config)  # MkDocs' or ProperDocs' page rendering
        doc_files = last.files.documentation_pages()
        for file in pages:
            mkdocs._populate_page(file.page, last.config, last.files)
        for file in pages:
            mkdocs._build_page(file.page, last.config, doc_files, last.nav, last.env)
        return True

    def _show_now(self) -> None:
        """Reload the browsers now, before the rest of the rebuild: what MkDocs' serve loop
        does after a build (its epoch, which the pages' live-reload script waits on). It
        also lets the server answer page requests again, which wait for that epoch."""
        server = self.server
        try:
            with server._epoch_cond:  # type: ignore[union-attr]
                server._visible_epoch = server._wanted_epoch  # type: ignore[union-attr]
                server._epoch_cond.notify_all()  # type: ignore[union-attr]
            self.shown = True
        except AttributeError:  # another server: the reload comes after the whole rebuild
            pass

    def _reload_again(self) -> None:
        """A newer epoch for the serve loop to publish when the rebuild returns: browsers
        that reloaded on the first look (an analyst's page, say, not yet up to date) reload
        once more, now that every page is."""
        server = self.server
        try:
            with server._epoch_cond:  # type: ignore[union-attr]
                server._wanted_epoch = max(  # type: ignore[union-attr]
                    round(time.monotonic() * 1000), server._visible_epoch + 1  # type: ignore[union-attr]
                )
        except AttributeError:
            pass
