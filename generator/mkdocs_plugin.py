"""The `briefings` MkDocs plugin: a thin adapter over `build.build_docs`.

- `on_pre_build` runs before MkDocs lists docs_dir, so the pages written
  there are part of the same build.
- Defining `on_startup` keeps one plugin object across `mkdocs serve`
  rebuilds and tells us whether this is `build` or `serve`.
- Under `serve`, an invalid save logs every problem and leaves docs/ alone,
  so the server keeps showing the last good pages until the next valid save.
  Under `build`, problems fail the build.
- `on_serve` watches briefings/ and seeds/. The writer only touches files
  whose bytes changed, so the rebuild our own writes cause finds nothing to
  do and the loop stops there.

The project root is the folder holding mkdocs.yml.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority

from .build import build_docs
from .dirty_search import merge_dirty_index
from .pipeline import CheckCache
from .problems import BriefingsError, Severity
from .render import RenderMemo

log = logging.getLogger("mkdocs.plugins.briefings")

WATCHED = ("briefings", "seeds")

Command = Literal["build", "gh-deploy", "serve"]


class BriefingsPlugin(BasePlugin):
    def __init__(self) -> None:
        self.command: Command | None = None
        # Under serve, a save re-checks only the files that changed (pipeline.CheckCache)
        # and re-renders only the pages that list them (render.RenderMemo).
        self.check_cache: CheckCache = {}
        self.render_memo = RenderMemo()

    def on_startup(self, *, command: Command, dirty: bool) -> None:
        self.command = command

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        root = project_root(config)
        try:
            if self.command == "serve":
                result = build_docs(root, Path(config.docs_dir), self.check_cache, self.render_memo)
            else:
                result = build_docs(root, Path(config.docs_dir))
        except BriefingsError as error:
            for problem in error.problems:
                log.error(problem.format())
            count = sum(p.severity is Severity.ERROR for p in error.problems)
            if self.command == "serve":
                log.error(f"briefings: {count} problem(s); still serving the last good pages")
                return
            raise PluginError(f"briefings: {count} problem(s); nothing was written") from None
        for problem in result.warnings:
            log.warning(problem.format())
        log.info(f"briefings: {result.report.summary()}")

    @event_priority(50)  # before Material's search plugin writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.command == "serve":  # `serve --dirty` re-renders only the changed pages
            merge_dirty_index(config.plugins.get("material/search"))

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder
    ) -> LiveReloadServer:
        root = project_root(config)
        for name in WATCHED:
            folder = root / name
            if folder.is_dir():
                server.watch(str(folder))
        return server


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent
