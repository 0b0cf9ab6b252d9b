"""check -> render -> write: the engine every adapter drives (CLI, MkDocs plugin, tests).

A `Builder` belongs to one project and keeps what a preview server reuses
between builds: the per-file check outcomes and the rendered pages. Nothing
is written unless every briefing is valid and every target path is ours; a
build never raises for the user's mistakes, it returns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..pages.memo import RenderMemo
from ..pages.site import render_site
from .check import CheckCache, CheckResult, check_project, collector_paused
from .problems import Problems
from .project import Project
from .stamp import Snapshot, still_fresh, write_stamp
from .write import WriteReport, write_pages


@dataclass
class BuildResult:
    """What a build did. `report` is None when it wrote nothing because of `problems`."""

    problems: Problems
    report: WriteReport | None = None
    checked: int = 0

    @property
    def written(self) -> bool:
        return self.report is not None

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
    cache: CheckCache = field(default_factory=dict)
    memo: RenderMemo = field(default_factory=RenderMemo)

    def check(self) -> CheckResult:
        return check_project(self.project, self.cache if self.incremental else None)

    def build(self) -> BuildResult:
        project = self.project
        if not self.incremental and (stamp := still_fresh(project)) is not None:
            return BuildResult(stamp.warnings, WriteReport(unchanged=list(stamp.pages)))
        before = Snapshot.take(project)
        result = self.check()
        if result.problems.errors:
            return BuildResult(result.problems, None, result.count)
        with collector_paused():
            memo = self.memo if self.incremental else RenderMemo()
            pages = render_site(result.catalog, project.intro(), memo)
            report, found = write_pages(pages, project.docs, project.root)
        if found.errors:
            return BuildResult(Problems(result.problems.warnings).extend(found), None, result.count)
        warnings = Problems(result.problems.warnings)
        warnings.extend(write_stamp(project, before, result.sources(), list(pages), warnings))
        return BuildResult(warnings, report, result.count)
