"""check -> render -> write: the engine every adapter drives (CLI, MkDocs plugin, tests).

A `Builder` belongs to one project and keeps what a preview server reuses
between builds: the per-file check outcomes and the rendered pages. A build
never raises for the user's mistakes, it returns them.

Two policies, one engine:

- strict (a build for publishing): nothing is written unless every briefing is
  valid, every target path is ours and, with `strict_warnings`, there is no
  warning either (`mkdocs build --strict` would fail on one after writing);
- `lenient` (a preview): a broken file never blocks the others. It keeps its
  last good version, or, never valid, gets a page that names its problems;
  every other file's edits show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..pages.kinds import Site
from ..pages.memo import RenderMemo
from ..pages.site import render_site
from .check import CheckCache, CheckedFile, CheckResult, check_project, collector_paused
from .first_look import first_look
from .link import link
from .models import RESERVED_SLUGS, is_slug
from .problems import Problem, Problems
from .project import Project
from .stamp import Snapshot, still_fresh, write_stamp
from .workers import worker_count
from .write import WriteReport, Written, write_pages


@dataclass
class BuildResult:
    """What a build did. `report` is None when it did not finish because of `problems`.

    `stopped_after` counts the files a build wrote or removed before a write
    failed (a full disk, a permission): the editor must not be told that
    nothing changed when some pages are already new.
    """

    problems: Problems
    report: WriteReport | None = None
    checked: int = 0
    stopped_after: int = 0

    @property
    def written(self) -> bool:
        return self.report is not None

    def outcome(self) -> str:
        """The last line of a build that did not finish, for the terminal."""
        if self.stopped_after:
            return (f"the build stopped after writing {self.stopped_after} file(s), each one whole;"
                    " fix the problem and build again")
        return "nothing was written"

    @property
    def warnings(self) -> list:
        return self.problems.warnings


@dataclass
class Builder:
    """Builds one project's pages; `incremental` keeps caches for the next build (serve).

    A one-off build (`briefings build`, `mkdocs build`) first asks the stamp
    whether anything changed since the last one; an incremental builder does
    not need to, since its caches make an unchanged build cheap already.
    """

    project: Project
    incremental: bool = False
    lenient: bool = False
    strict_warnings: bool = False
    workers: int | str = "auto"  # processes for a one-off build (engine/workers.py)
    cache: CheckCache = field(default_factory=dict)
    memo: RenderMemo = field(default_factory=RenderMemo)
    last_good: dict[Path, CheckedFile] = field(default_factory=dict)
    written: Written = field(default_factory=Written)
    last_site: Site | None = None  # what the last preview build rendered from

    def check(self) -> CheckResult:
        if self.incremental:  # a preview server: threaded, so never forked
            return check_project(self.project, self.cache)
        return check_project(self.project, None, self.workers)

    def build(self) -> BuildResult:
        project = self.project
        if not self.incremental and (stamp := still_fresh(project)) is not None:
            if self.strict_warnings and stamp.warnings.warnings:
                return BuildResult(stamp.warnings, None)
            return BuildResult(stamp.warnings, WriteReport(unchanged=list(stamp.pages)))
        # The stamp serves one-off builds; a preview's own writes would only make it stale.
        before = None if self.incremental else Snapshot.take(project)
        result = self.check()
        broken: dict[str, list[Problem]] = {}
        if self.lenient:
            self._remember_good(result)
        if result.problems.errors:
            if not self.lenient:
                return BuildResult(result.problems, None, result.count)
            result, broken = self._isolate(result)
        elif self.strict_warnings and result.problems.warnings:
            return BuildResult(result.problems, None, result.count)
        intro = project.intro()
        with collector_paused():
            memo = self.memo if self.incremental else RenderMemo()
            workers = 1 if self.incremental else worker_count(self.workers, result.count)
            pages = render_site(
                result.catalog, intro, None if workers > 1 else memo, broken,
                site_url=project.site_url, site_name=project.site_name, story=result.story,
                workers=workers,
            )
            report, found = write_pages(
                pages, project.docs, project.root, self.written if self.incremental else None
            )
        if found.errors:
            done = len(report.written) + len(report.removed)
            return BuildResult(Problems(result.problems).extend(found), None, result.count, done)
        if self.incremental:
            self.last_site = Site(result.catalog, intro, story=result.story,
                                  site_url=project.site_url, site_name=project.site_name)
        problems = Problems(list(result.problems))
        if not result.problems.errors and before is not None:
            problems.extend(write_stamp(project, before, result.sources(), list(pages), problems))
        return BuildResult(problems, report, result.count)

    def first_look(self) -> list[str]:
        """A preview's first look at a save: the saved briefing's own page, written ahead
        of the build that brings the rest up to date (`engine.first_look`). The pages
        written, docs-relative; none when a first look could mislead."""
        if not self.incremental or self.last_site is None:
            return []
        project = self.project
        with collector_paused():
            return first_look(project.briefing_files(Problems()), project.root, project.docs,
                              self.cache, self.written, self.last_site)

    def _remember_good(self, result: CheckResult) -> None:
        """The newest error-free version of each file (a link error counts against it)."""
        failing = {p.position.path for p in result.problems.errors}
        for checked in result.files:
            if checked.briefing is not None and checked.display not in failing:
                self.last_good[checked.path] = checked
        for gone in set(self.last_good) - {checked.path for checked in result.files}:
            del self.last_good[gone]

    def _isolate(self, result: CheckResult) -> tuple[CheckResult, dict[str, list[Problem]]]:
        """The catalog without the files that have errors: each keeps its last good
        version if it had one; the others are listed, with their problems, as broken."""
        kept = [self.last_good[c.path] for c in result.files if c.path in self.last_good]
        catalog, found = link(kept)
        while found.errors:  # a last good version may clash with another file's new one
            clashing = {p.position.path for p in found.errors}
            kept = [checked for checked in kept if checked.display not in clashing]
            catalog, found = link(kept)
        shown = {entry.slug for entry in catalog.entries}
        broken = {
            checked.slug: result.problems.in_file(checked.display).errors
            for checked in result.files
            if checked.slug not in shown
            and is_slug(checked.slug)
            and checked.slug not in RESERVED_SLUGS
        }
        return CheckResult(catalog, result.problems, result.count, kept, result.story), broken
