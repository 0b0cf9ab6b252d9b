"""The preview's quick rebuild renders what a full rebuild would, and knows when it can't.

In process, as `mkdocs serve --dirty` drives it: a full build into one site
folder, an edit, the quick rebuild; then a fresh full build of the edited
project into another folder. Every file of the two sites must be the same
bytes. The search index is left out (it is built in the background, and its
requests are counted instead).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from site_project import copy_site

from generator.engine import search_index
from generator.engine.search_delta import SearchDelta

SERVE_URL = "http://127.0.0.1:8000/"
BRIEFING = "2023-03-05-port-opens"


class Preview:
    """One `mkdocs serve --dirty` session, without its HTTP server and watcher."""

    def __init__(self, project: Path, site: Path) -> None:
        self.site = site
        self.config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        self.config.plugins.on_startup(command="serve", dirty=True)
        self.config.site_url = SERVE_URL
        self.plugin = self.config.plugins["briefings"]
        self.full_builds = 0
        self.plugin.quick.full = self.full
        self.full()

    def full(self) -> None:
        self.full_builds += 1
        build(self.config, serve_url=SERVE_URL, dirty=True)

    def save(self) -> None:
        """What the serve loop does after a save."""
        self.plugin.quick()


@pytest.fixture
def indexed(monkeypatch) -> list[Path]:
    requests: list[Path] = []
    monkeypatch.setattr(search_index.BackgroundIndexer, "request",
                        lambda self, site: requests.append(site))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    return requests


def site_files(site: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(site)): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file() and not path.relative_to(site).parts[0].startswith(("pagefind", "."))
    }


def assert_same_site(project: Path, site: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh-site"
    Preview(project, fresh)
    ours, theirs = site_files(site), site_files(fresh)
    assert sorted(ours) == sorted(theirs)
    differ = [name for name in ours if ours[name] != theirs[name]]
    assert differ == []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def quick_then_fresh(tmp_path: Path, indexed: list[Path]) -> dict:
    """A save through the quick rebuild, then a fresh full build of the same project."""
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    page = site / "briefings" / BRIEFING / "index.html"
    untouched = {path: path.stat().st_mtime_ns for path in site.rglob("*.html")}
    indexed.clear()
    edit(project / "briefings" / f"{BRIEFING}.yaml", "on schedule", "a week late")
    preview.save()
    rewritten = {path for path, mtime in untouched.items() if path.stat().st_mtime_ns != mtime}
    result = {
        "builder": type(preview.config).__module__.split(".")[0],
        "builds": [preview.full_builds, preview.plugin.quick.quick_builds],
        "shown": "a week late" in page.read_text(encoding="utf-8"),
        "rewritten": [len(rewritten), len(untouched), page in rewritten],
        "indexed": [str(path) for path in indexed] == [str(site)],
    }
    # MkDocs keeps a plugin that has `on_startup` across configs: read ours first.
    ours = site_files(site)
    theirs = site_files(Preview(project, tmp_path / "fresh-site").site)
    return result | {
        "same_names": sorted(ours) == sorted(theirs),
        "differ": [name for name in ours if ours[name] != theirs.get(name)],
    }


def test_a_save_re_renders_only_its_pages_and_they_match_a_full_build(tmp_path, indexed):
    result = quick_then_fresh(tmp_path, indexed)
    assert result["builder"] == "mkdocs"
    assert result["builds"] == [1, 1]  # the first build, then one quick rebuild
    assert result["shown"]
    rewritten, pages, page_rewritten = result["rewritten"]
    assert page_rewritten and rewritten < pages / 2
    assert result["indexed"]  # the preview's search catches up in the background
    assert result["same_names"] and result["differ"] == []


PROPERDOCS_RUN = """
import json, sys
from pathlib import Path
import properdocs.replacement  # what `properdocs serve` does first: mkdocs.* is ProperDocs
sys.path.insert(0, sys.argv[1])
import test_serve_quick as t
from generator.engine import search_index
indexed = []
search_index.BackgroundIndexer.request = lambda self, site: indexed.append(site)
print(json.dumps(t.quick_then_fresh(Path(sys.argv[2]), indexed)))
"""


def test_the_quick_rebuild_works_the_same_under_properdocs(tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", PROPERDOCS_RUN, str(Path(__file__).parent), str(tmp_path)],
        capture_output=True, text=True, timeout=300, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
        cwd=Path(__file__).parent.parent,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["builder"] == "properdocs"
    assert result["builds"] == [1, 1] and result["shown"] and result["indexed"]
    assert result["same_names"] and result["differ"] == []


def test_a_title_edit_reaches_every_page_that_names_the_briefing(tmp_path, indexed):
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    briefing = project / "briefings" / f"{BRIEFING}.yaml"
    edit(briefing, "title: A new port", "title: Quickly retitled port")
    preview.save()
    assert preview.plugin.quick.quick_builds == 1
    naming = [p for p in site.rglob("*.html") if "Quickly retitled" in p.read_text("utf-8")]
    assert len(naming) >= 3  # the briefing, its analysts and topics, the lists
    assert_same_site(project, site, tmp_path)


def test_a_broken_save_shows_its_problems_on_the_quick_path(tmp_path, indexed):
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    edit(project / "briefings" / f"{BRIEFING}.yaml", "summary: >", "summary: [")
    preview.save()
    assert preview.plugin.quick.quick_builds == 1
    problems = site / "__briefings" / "problems.json"
    assert problems.is_file() and f"{BRIEFING}.yaml" in problems.read_text("utf-8")


def add_briefing(project: Path) -> None:
    source = project / "briefings" / f"{BRIEFING}.yaml"
    text = source.read_text(encoding="utf-8").replace("on schedule", "again")
    (project / "briefings" / f"{BRIEFING}-again.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("change", [
    pytest.param(add_briefing, id="a new briefing"),
    pytest.param(lambda p: (p / "briefings" / f"{BRIEFING}.yaml").unlink(), id="a deletion"),
    pytest.param(lambda p: edit(p / "mkdocs.yml", "site_name: ", "site_name: Edited "),
                 id="mkdocs.yml"),
    pytest.param(lambda p: edit(next((p / "docs" / "stylesheets").glob("*.css")), ":root",
                                "/* edited */ :root"), id="a hand-written file in docs"),
])
def test_a_change_beyond_the_pages_takes_the_full_rebuild(tmp_path, indexed, change):
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    change(project)
    preview.save()
    assert (preview.full_builds, preview.plugin.quick.quick_builds) == (2, 0)


def test_after_a_failed_full_build_the_next_save_is_a_full_one(tmp_path, indexed):
    project = copy_site(tmp_path / "project")
    preview = Preview(project, tmp_path / "site")
    preview.plugin.quick.failed()  # what on_build_error says
    edit(project / "briefings" / f"{BRIEFING}.yaml", "on schedule", "a week late")
    preview.save()
    assert (preview.full_builds, preview.plugin.quick.quick_builds) == (2, 0)


def test_a_deleted_briefing_s_page_leaves_the_site_through_the_full_rebuild(tmp_path, indexed):
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    assert (site / "briefings" / BRIEFING / "index.html").is_file()
    (project / "briefings" / f"{BRIEFING}.yaml").unlink()
    preview.save()
    assert preview.full_builds == 2
    assert not (site / "briefings" / BRIEFING).exists()


class Server:
    """What the first look reads of MkDocs' live-reload server: the epoch browsers wait on."""

    def __init__(self) -> None:
        self._epoch_cond = threading.Condition()
        self._wanted_epoch, self._visible_epoch = 2, 1


def test_the_saved_page_is_shown_before_the_pages_that_list_it(tmp_path, indexed, monkeypatch):
    asked: list[Path] = []  # the preview's search of the pages changed since its last run
    monkeypatch.setattr(SearchDelta, "request", lambda self, site: asked.append(site))
    project = copy_site(tmp_path / "project")
    site = tmp_path / "site"
    preview = Preview(project, site)
    quick = preview.plugin.quick
    quick.server = server = Server()
    seen: dict = {}
    generate = quick.generate

    def then_the_rest(config):  # the full incremental build, after the first look
        seen["page"] = "Quickly retitled" in (site / "briefings" / BRIEFING / "index.html"
                                              ).read_text("utf-8")
        seen["lists"] = [p.name for p in site.rglob("*.html")
                         if BRIEFING not in str(p) and "Quickly retitled" in p.read_text("utf-8")]
        seen["browsers told"] = server._visible_epoch == server._wanted_epoch
        seen["search asked"] = list(asked)
        return generate(config)

    quick.generate = then_the_rest
    edit(project / "briefings" / f"{BRIEFING}.yaml", "title: A new port",
         "title: Quickly retitled port")
    preview.save()
    assert seen == {"page": True, "lists": [], "browsers told": True, "search asked": [site]}
    # and a newer epoch for the serve loop to publish once the rest is built: a browser
    # that reloaded too early (on an analyst's page, say) reloads once more
    assert server._wanted_epoch > server._visible_epoch
    assert quick.quick_builds == 1
    naming = [p for p in site.rglob("*.html") if "Quickly retitled" in p.read_text("utf-8")]
    assert len(naming) >= 3  # then the rest: the topic, the timeline, the home page
    assert_same_site(project, site, tmp_path)
