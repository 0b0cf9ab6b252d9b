"""check -> render -> write: the one entry point the CLI and the MkDocs plugin share.

Nothing is written unless every briefing is valid and every target path is
ours; `BriefingsError` carries every problem otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .pipeline import CheckCache, check_project, collector_paused
from .problems import BriefingsError, Problem
from .render import RenderMemo, render_site
from .stamp import still_fresh, write_stamp
from .write import WriteReport, write_pages

DOCS_DIR = "docs"
INTRO_FILE = "briefings/_intro.md"


@dataclass
class BuildResult:
    report: WriteReport
    warnings: list[Problem]


def read_intro(root: Path) -> str:
    """The home page's few sentences, read as plain text (escaped when rendered)."""
    path = root / INTRO_FILE
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""


def build_docs(
    root: Path,
    docs: Path | None = None,
    cache: CheckCache | None = None,
    memo: RenderMemo | None = None,
) -> BuildResult:
    """`cache` and `memo`: per-file check outcomes and rendered pages kept between
    calls (`pipeline.CheckCache`, `render.RenderMemo`), so that under `mkdocs
    serve` a save re-checks one file and re-renders only the pages listing it."""
    root = root.resolve()
    docs = (docs or root / DOCS_DIR).resolve()
    if cache is None and (stamp := still_fresh(root, docs)) is not None:
        return BuildResult(WriteReport(unchanged=list(stamp.pages)), list(stamp.warnings))
    result = check_project(root, cache)
    if result.errors:
        raise BriefingsError(result.problems)
    with collector_paused():
        pages = render_site(result.catalog, read_intro(root), memo)
        report = write_pages(pages, docs, root)
    sources = [e.briefing.source.text for e in result.catalog.entries if e.briefing.source.text]
    write_stamp(root, docs, list(pages), sources, result.warnings)
    return BuildResult(report, result.warnings)
