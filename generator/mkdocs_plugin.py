"""The `briefings` MkDocs plugin: a thin adapter over the engine's `Builder`.

- `on_pre_build` runs before MkDocs lists docs_dir, so the pages written
  there are part of the same build.
- Defining `on_startup` keeps one plugin object across `mkdocs serve`
  rebuilds, so one incremental `Builder` (and its caches) serves them all.
- Under `serve`, an invalid save logs every problem and leaves docs/ alone,
  so the server keeps showing the last good pages until the next valid save.
  Under `build`, problems fail the build.
- `on_serve` watches the briefings and the articles. The writer only touches
  files whose bytes changed, so the rebuild our own writes cause finds
  nothing to do and the loop stops there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin

from .engine.builder import Builder
from .engine.problems import Problem, report
from .engine.project import Project

log = logging.getLogger("mkdocs.plugins.briefings")

Command = Literal["build", "gh-deploy", "serve"]


class BriefingsConfig(Config):
    root = c.Optional(c.Type(str))
    """The project folder (holding briefings/ and seeds/), relative to mkdocs.yml;
    by default the folder of mkdocs.yml itself."""


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self) -> None:
        self.command: Command | None = None
        self.builder: Builder | None = None

    def on_startup(self, *, command: Command, dirty: bool) -> None:
        self.command = command

    def project(self, config: MkDocsConfig) -> Project:
        base = Path(config.config_file_path).resolve().parent
        root = base / self.config.root if self.config.root else base
        return Project.at(root, Path(config.docs_dir), config.site_url)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        project = self.project(config)
        serving = self.command == "serve"
        if self.builder is None or self.builder.project != project:
            self.builder = Builder(project, incremental=serving)
        result = self.builder.build()
        errors = report(result.problems, _log)
        if not result.written:
            if serving:
                log.error(f"briefings: {errors} problem(s); still serving the last good pages")
                return
            raise PluginError(f"briefings: {errors} problem(s); nothing was written")
        log.info(f"briefings: {result.report.summary()}")

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder
    ) -> LiveReloadServer:
        project = self.project(config)
        for folder in (project.briefings, project.seeds):
            if folder.is_dir():
                server.watch(str(folder))
        return server


def _log(problem: Problem, text: str) -> None:
    (log.error if problem.is_error else log.warning)(text)
