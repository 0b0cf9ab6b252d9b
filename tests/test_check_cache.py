"""Fast previews: the per-file check cache a preview server keeps between rebuilds.

A save re-checks only the saved file; these tests keep that shortcut exactly
as correct as a full check.
"""

from __future__ import annotations

from pathlib import Path

from site_project import copy_site

from generator.engine import check
from generator.engine.check import CheckCache, CheckResult, check_project
from generator.engine.project import Project

BRIEFING = "briefings/2023-03-05-port-opens.yaml"


def cached_check(root: Path, cache: CheckCache) -> CheckResult:
    return check_project(Project.at(root), cache)


def formatted(result) -> list[str]:
    return [problem.format() for problem in result.problems]


def test_a_cached_check_is_the_same_check(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    first = cached_check(project, cache)
    assert len(cache) == first.count == 3
    again = cached_check(project, cache)
    assert formatted(again) == formatted(first)
    assert [e.slug for e in again.catalog.entries] == [e.slug for e in first.catalog.entries]
    briefings = [e.briefing for e in first.catalog.entries]
    assert [e.briefing for e in again.catalog.entries] == briefings


def test_the_cache_rechecks_a_saved_file_and_an_edited_article(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    cached_check(project, cache)
    briefing = project / BRIEFING
    original = briefing.read_text(encoding="utf-8")
    briefing.write_text(original.replace("outlet:", "outlet: NO\n  unknown:"), encoding="utf-8")
    assert any("unknown key" in line for line in formatted(cached_check(project, cache)))
    briefing.write_text(original, encoding="utf-8")
    assert cached_check(project, cache).problems.errors == []

    article = project / "seeds" / "alpha.txt"  # the article of 2023-01-10-grain-deal
    article.write_text("Nothing that anyone said.\n", encoding="utf-8")
    assert any("not found in" in line for line in formatted(cached_check(project, cache)))
    assert formatted(cached_check(project, cache)) == formatted(check(project))


def test_the_cache_forgets_deleted_files(tmp_path):
    project = copy_site(tmp_path / "project")
    cache: dict = {}
    cached_check(project, cache)
    (project / BRIEFING).unlink()
    assert cached_check(project, cache).count == 2
    assert len(cache) == 2
