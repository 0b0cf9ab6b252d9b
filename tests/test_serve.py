"""Live preview: `mkdocs serve --livereload` follows edits, survives a bad save, recovers.

A real server on a free loopback port, in a copy of the fixture project; only
urllib against 127.0.0.1. The server is always stopped in `finally`.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from site_project import copy_site, fetch, free_port, mkdocs_serve, wait_for

pytestmark = pytest.mark.site

PAGE = "briefings/2023-03-05-port-opens/"


def builds(log: Path) -> int:
    """Builds begun: MkDocs' full ones, and the preview's quick ones (generator/serve_quick.py)."""
    return len(re.findall(r"Building documentation|Detected file changes", log.read_text()))


def test_serve_follows_edits_and_survives_an_invalid_save(tmp_path):
    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / "2023-03-05-port-opens.yaml"
    original = briefing.read_text(encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/{PAGE}"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log):
        wait_for(lambda: "opened on schedule" in (fetch(url) or ""), "the first page", log)

        briefing.write_text(original.replace("on schedule", "a week late"), encoding="utf-8")
        wait_for(lambda: "opened a week late" in (fetch(url) or ""), "the edit to show", log)

        docs = (project / "docs" / "briefings" / "2023-03-05-port-opens.md").read_bytes()
        briefing.write_text(original.replace("summary: >", "summary: ["), encoding="utf-8")
        wait_for(lambda: "shown on every page of the preview" in log.read_text(), "the error", log)
        assert "briefings/2023-03-05-port-opens.yaml:" in log.read_text()
        page = fetch(url)
        assert page is not None and "opened a week late" in page
        assert (project / "docs" / "briefings" / "2023-03-05-port-opens.md").read_bytes() == docs

        briefing.write_text(original.replace("on schedule", "two weeks late"), encoding="utf-8")
        wait_for(lambda: "opened two weeks late" in (fetch(url) or ""), "the recovery", log)

        # Our own writes cause at most one more rebuild, which writes nothing: no loop.
        time.sleep(1.5)
        settled = builds(log)
        time.sleep(1.5)
        assert builds(log) == settled, log.read_text()


def test_make_serve_builds_once_per_save_and_explains_dirty_in_one_line_of_ours(tmp_path):
    project = copy_site(tmp_path / "project")
    briefing = project / "briefings" / "2023-03-05-port-opens.yaml"
    original = briefing.read_text(encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/{PAGE}"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, "--dirty"):
        wait_for(lambda: "opened on schedule" in (fetch(url) or ""), "the first page", log)
        time.sleep(1.5)
        before = builds(log)
        briefing.write_text(original.replace("on schedule", "a week late"), encoding="utf-8")
        wait_for(lambda: "opened a week late" in (fetch(url) or ""), "the edit to show", log)
        time.sleep(2.5)  # a second rebuild, if our own writes caused one, would start by now
        assert builds(log) == before + 1, log.read_text()
        assert log.read_text().count("Reloading browsers") == 1, log.read_text()
        assert re.search(r"\(\d+ page\(s\) re-rendered\)", log.read_text()), log.read_text()
    text = log.read_text()
    assert "A 'dirty' build is being performed" not in text
    assert text.count("the preview re-renders only the pages a save changes") == 1


def test_a_deleted_briefing_leaves_the_preview_and_its_search(tmp_path):
    project = copy_site(tmp_path / "project")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, port, log, "--dirty"):
        wait_for(lambda: "opened on schedule" in (fetch(base + PAGE) or ""), "the page", log)
        wait_for(lambda: fetch(base + "pagefind/pagefind-entry.json") is not None,
                 "the search index", log)
        (project / "briefings" / "2023-03-05-port-opens.yaml").unlink()
        wait_for(lambda: fetch(base + PAGE) is None, "the page to go", log)
        # Its HTML is gone from the served folder (a 404), which is what Pagefind indexes.
        assert "A new port opens" not in (fetch(base) or "")
