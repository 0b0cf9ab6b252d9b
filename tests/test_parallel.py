"""Builds on every core: the same bytes as a one-process build, and a clean fallback.

The generator checks and renders in forked workers (engine/workers.py), and
`mkdocs build` renders its pages in forked workers too (generator/parallel.py).
Both are proved here to write exactly what one process writes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from site_project import mkdocs_env, tree_hashes

from generator.engine import workers
from generator.engine.workers import WorkerFailed, deal, fork_map, worker_count

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402


def square(n: int) -> int:
    return n * n


def test_fork_map_gives_the_results_in_order_whatever_the_workers():
    items = list(range(237))
    assert fork_map(square, items, 1) == fork_map(square, items, 3) == [n * n for n in items]


def test_items_that_share_work_go_to_one_process_and_weigh_as_much_as_they_cost():
    """The open-data files all read every briefing's rows: one process makes the rows."""
    items = list(range(20))
    shared = {3, 11, 17}.__contains__
    assert deal(items, 2) == [list(range(0, 20, 2)), list(range(1, 20, 2))]
    first, second = deal(items, 2, together=shared)
    assert {3, 11, 17} <= set(first) and not {3, 11, 17} & set(second)
    assert sorted(first + second) == items and abs(len(first) - len(second)) <= 1
    first, second = deal(items, 2, together=shared, together_cost=9)
    assert len(first) == 3 + 4 and len(second) == 13  # the three count as nine items
    assert first == sorted(first) and second == sorted(second)
    squares = fork_map(lambda n: n * n, items, 2, together=shared, together_cost=9)
    assert squares == [n * n for n in items]


def test_a_failure_in_a_worker_fails_the_map_with_its_traceback():
    def fail_on(n: int) -> int:
        if n == 7:
            raise ValueError("seven")
        return n

    with pytest.raises(WorkerFailed, match="ValueError: seven"):
        fork_map(fail_on, list(range(12)), 2)  # 7 is in the second worker's share


def test_the_worker_count_follows_the_cores_the_setting_and_the_work(monkeypatch):
    monkeypatch.setattr(workers, "available_cores", lambda: 4)
    assert worker_count("auto", 10_000) == 4
    assert worker_count(1, 10_000) == 1  # the setting that turns it off
    assert worker_count("2", 120) == 2  # a number is taken as set
    assert worker_count("auto", 600) == 2  # "auto": at least 250 items each
    assert worker_count("auto", 120, min_each=50) == 2
    assert worker_count("auto", 10) == 1
    monkeypatch.delattr(os, "fork")
    assert worker_count("auto", 10_000) == 1  # no fork: one process


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return corpus.make_corpus(tmp_path_factory.mktemp("parallel") / "project", 120, seed=5)


def run(args: list[str], project: Path, processes: int, **env: str):
    environment = {**mkdocs_env(), "BRIEFINGS_WORKERS": str(processes),
                   "SOURCE_DATE_EPOCH": "1700000000", **env}
    return subprocess.run(args, cwd=project, env=environment, capture_output=True, text=True,
                          timeout=600, check=False)


def generated(docs: Path) -> dict[str, str]:
    """The generator's outputs (not the stamp, a record of file times; not hand-made assets)."""
    return {
        path: digest for path, digest in tree_hashes(docs).items()
        if path.endswith((".md", ".xml", ".json", ".csv", ".jsonl")) and not path.startswith(".")
    }


def test_briefings_build_in_two_processes_writes_the_same_pages(project, tmp_path):
    trees = []
    for processes in (1, 2):
        copy = tmp_path / f"project-{processes}"
        shutil.copytree(project, copy)
        result = run([sys.executable, "-m", "generator", "build", "--root", str(copy)],
                     copy, processes)
        assert result.returncode == 0, result.stderr
        trees.append(generated(copy / "docs"))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 300


def deterministic(site: Path) -> dict[str, str]:
    """Every file of a built site but Pagefind's filter index and the files that name it.

    Pagefind itself writes its filter chunks in a different order from one run to the
    next (two one-process builds differ there too: see below); its word index and
    page fragments, and every page, are compared.
    """
    return {
        path: digest for path, digest in tree_hashes(site).items()
        if not path.startswith("pagefind/filter/")
        and not path.endswith((".pf_meta", "pagefind-entry.json"))
    }


@pytest.mark.site
@pytest.mark.parametrize("builder", ["mkdocs", "properdocs"])
def test_mkdocs_build_in_two_processes_writes_the_same_site(project, tmp_path, builder):
    sites = []
    for processes in (1, 2, 1):
        site = tmp_path / f"site-{len(sites)}"
        result = run([str(Path(sys.executable).parent / builder), "build", "--strict",
                      "-d", str(site)], project, processes)
        assert result.returncode == 0, result.stderr
        assert ("in 2 processes" in result.stderr) == (processes == 2), result.stderr
        sites.append(site)
    one, two, again = (deterministic(site) for site in sites)
    assert two == one == again
    assert len([p for p in one if p.endswith(".html")]) > 200
    assert any(p.startswith("pagefind/fragment/") for p in one)
