"""The `briefings` MkDocs plugin: a thin adapter over the engine's `Builder`.

- `on_pre_build` runs before MkDocs lists docs_dir, so the pages written
  there are part of the same build.
- Defining `on_startup` keeps one plugin object across `mkdocs serve`
  rebuilds, so one incremental, lenient `Builder` (and its caches) serves
  them all: a broken file keeps its last good pages while every other
  file's edits show.
- Under `build`, problems fail the build, and with `--strict` a warning does
  too, before anything is written.
- Under `serve`, the problems also reach the page the editor is looking at
  (`serve_panel`), and only the briefings, the articles and docs/'s
  hand-written files are watched: the pages this plugin writes never
  trigger a second rebuild.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Literal

import jinja2
import jinja2.bccache
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from . import serve_panel
from .engine.builder import Builder
from .engine.problems import Problem, Problems, report
from .engine.project import Project
from .engine.workers import worker_count
from .parallel import PagesFailed, ParallelBuild
from .publishing import settle_site_url
from .serve_quick import QuickRebuild
from .serve_watch import WATCHERS, use_native_watcher, watch_hand_written_only

log = logging.getLogger("mkdocs.plugins.briefings")

Command = Literal["build", "gh-deploy", "serve"]
PAGES_EACH = 50  # a page costs MkDocs far more than the generator: fork from fewer
DIRTY_NOTE = (
    "briefings: the preview re-renders only the pages a save changes (mkdocs serve --dirty); "
    "restart it after editing mkdocs.yml or the theme"
)


class BriefingsConfig(Config):
    root = c.Optional(c.Type(str))
    """The project folder (holding briefings/ and seeds/), relative to mkdocs.yml;
    by default the folder of mkdocs.yml itself."""
    workers = c.Type((int, str), default="auto")
    """Processes that render pages in `mkdocs build` ("auto": one per core; 1: off).
    The environment variable BRIEFINGS_WORKERS overrides it."""
    watcher = c.Choice(WATCHERS, default="native")
    """How `mkdocs serve` notices a save: the system's file watcher, or MkDocs' polling
    (for folders on network or container mounts, which may send no native events)."""


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self) -> None:
        self.command: Command | None = None
        self.builder: Builder | None = None
        self.problems = Problems()
        self.parallel: ParallelBuild | None = None
        self.templates = CompiledTemplates()
        self.removed: list[str] = []
        self.written: list[str] = []
        self.quick: QuickRebuild | None = None

    def on_startup(self, *, command: Command, dirty: bool) -> None:
        self.command = command
        if command == "serve" and dirty:
            _replace_dirty_warning()
            self.quick = QuickRebuild(self.generate, self.first_look)

    def project(self, config: MkDocsConfig) -> Project:
        base = Path(config.config_file_path).resolve().parent
        root = base / self.config.root if self.config.root else base
        return Project.at(root, Path(config.docs_dir), config.site_url, config.site_name)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        settle_site_url(config, self.command, log)  # SITE_URL, and the publishing warning
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        project = self.project(config)
        serving = self.command == "serve"
        if self.builder is None or self.builder.project != project:
            self.builder = Builder(
                project, incremental=serving, lenient=serving, strict_warnings=config.strict,
                workers=self.workers(),
            )
        self.builder.strict_warnings = config.strict and not serving
        result = self.builder.build()
        self.problems = result.problems
        # Kept until a build's end deletes their built pages: a quick rebuild that
        # found a page removed hands over to a full one, whose generator removes nothing.
        self.removed += result.report.removed if result.report else []
        self.written = list(result.report.written) if result.report else []
        errors = report(result.problems, _log)
        if result.report is None:
            warnings = len(result.problems.warnings)
            if errors == 0 and warnings:
                raise PluginError(
                    f"briefings: {warnings} warning(s) in strict mode; nothing was written"
                )
            raise PluginError(f"briefings: {errors} problem(s); {result.outcome()}")
        summary = f"briefings: {result.report.summary()}"
        if errors:
            summary += f"; {errors} problem(s), shown on every page of the preview"
            log.error(summary)
        else:
            log.info(summary)

    def generate(self, config: MkDocsConfig) -> tuple[list[str], list[str]]:
        """The generator's step of a quick rebuild: the pages it wrote and removed."""
        self.on_pre_build(config=config)
        return self.written, self.removed

    def first_look(self) -> list[str]:
        """The saved briefing's own page, ahead of the rest of a quick rebuild."""
        return self.builder.first_look() if self.builder is not None else []

    def workers(self) -> int | str:
        """The `workers` setting; the environment variable BRIEFINGS_WORKERS overrides it."""
        return os.environ.get("BRIEFINGS_WORKERS") or self.config.workers

    def on_nav(self, nav, *, config: MkDocsConfig, files):
        if self.command in ("build", "gh-deploy"):
            pages = len(files.documentation_pages())
            self.parallel = ParallelBuild(worker_count(self.workers(), pages, PAGES_EACH))
            self.parallel.start(config, files)
        if self.quick is not None:
            self.quick.started(config, files, nav)
        return nav

    @event_priority(100)  # before any other plugin's post-build step (Pagefind) runs
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.parallel is not None:
            parallel, self.parallel = self.parallel, None
            try:
                parallel.finish()
            except PagesFailed as error:
                raise PluginError(f"briefings: {error}") from None
        if self.command == "serve":
            serve_panel.write_problems(Path(config.site_dir), self.problems)
            _forget_removed(Path(config.site_dir), self.removed, config.use_directory_urls)
            self.removed = []
        if self.quick is not None:
            self.quick.finished()

    def on_build_error(self, *, error: Exception) -> None:
        if self.quick is not None:
            self.quick.failed()
        if self.parallel is not None:
            self.parallel.stop()
            self.parallel = None

    def on_env(self, env, *, config: MkDocsConfig, files):
        if self.command == "serve":  # each rebuild makes a new environment: keep the compiling
            env.bytecode_cache = self.templates
        if self.quick is not None:
            self.quick.templates(env)
        return env

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.command != "serve":
            return output
        return serve_panel.inject(output, config.site_url)

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder
    ) -> LiveReloadServer:
        project = self.project(config)
        if self.config.watcher == "native":
            use_native_watcher(server, config)
        for folder in (project.briefings, project.seeds):
            if folder.is_dir():
                server.watch(str(folder))
        watch_hand_written_only(server, Path(config.docs_dir))
        if self.quick is not None:
            self.quick.attach(server)
        return server


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates, compiled once for all the rebuilds of a preview.

    MkDocs makes a new Jinja environment for every rebuild, and compiling
    Material's templates again is a good part of a rebuild's fixed cost. Jinja
    keys each entry by the template's name and source, so an edited template is
    compiled afresh.
    """

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def _forget_removed(site: Path, removed: list[str], directory_urls: bool) -> None:
    """Under `serve --dirty`: delete the built pages of removed briefings (and analysts...).

    A dirty rebuild never cleans the site folder, so a deleted briefing's page
    would stay reachable, and the preview's search (which indexes that folder)
    would keep finding it.
    """
    for page in removed:
        if not page.endswith(".md"):
            (site / page).unlink(missing_ok=True)
            continue
        stem = page.removesuffix(".md")
        built = site / stem / "index.html" if directory_urls else site / f"{stem}.html"
        built.unlink(missing_ok=True)
        if directory_urls and built.parent.is_dir() and not any(built.parent.iterdir()):
            built.parent.rmdir()


def _log(problem: Problem, text: str) -> None:
    (log.error if problem.is_error else log.warning)(text)


class _DirtyNote(logging.Filter):
    """Put one line of ours in place of MkDocs' alarming warning about `--dirty`."""

    said = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith("A 'dirty' build is being performed"):
            return True
        if not _DirtyNote.said:
            _DirtyNote.said = True
            log.info(DIRTY_NOTE)
        return False


def _replace_dirty_warning() -> None:
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(f, _DirtyNote) for f in logger.filters):
        logger.addFilter(_DirtyNote())
