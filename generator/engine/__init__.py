"""The engine: briefings in, checked catalog and pages out, without MkDocs.

    from generator.engine import check, build
    result = check("path/to/project")      # CheckResult: catalog, problems, count
    result = build("path/to/project")      # BuildResult: problems, report (None if refused)

Adapters (the CLI, the MkDocs plugin) make a `Project` and a `Builder`
themselves when they need more (a docs folder of their own, a builder kept
across preview rebuilds).
"""

from __future__ import annotations

from pathlib import Path

from .builder import Builder, BuildResult
from .check import CheckResult
from .project import Project


def check(root: Path | str) -> CheckResult:
    return Builder(Project.at(Path(root))).check()


def build(root: Path | str, docs: Path | str | None = None) -> BuildResult:
    return Builder(Project.at(Path(root), Path(docs) if docs else None)).build()


__all__ = ["BuildResult", "Builder", "CheckResult", "Project", "build", "check"]
