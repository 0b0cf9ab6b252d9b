"""The MkDocs plugin: generates before the build, fails `build`, forgives `serve`.

One test drives it through the real `mkdocs build`; the rest call its hooks
in-process on a loaded config, which is what MkDocs does, only faster.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from site_project import copy_site, mkdocs_build, tree_hashes

from generator.mkdocs_plugin import BriefingsPlugin

BROKEN = "title: Broken\nsource: {outlet: O, published: 2023-02-30}\nsummary: S\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "project")


def plugin_for(command: str) -> BriefingsPlugin:
    plugin = BriefingsPlugin()
    errors, warnings = plugin.load_config({})
    assert errors == warnings == []
    plugin.on_startup(command=command, dirty=False)
    return plugin


def config_for(site: Path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    return load_config(str(site / "mkdocs.yml"))


def test_the_plugin_is_registered_as_briefings():
    (entry,) = entry_points(group="mkdocs.plugins", name="briefings")
    assert entry.load() is BriefingsPlugin


@pytest.mark.site
def test_mkdocs_build_fails_on_an_invalid_briefing_and_leaves_docs_alone(site, tmp_path):
    good = mkdocs_build(site, tmp_path / "site1")
    assert good.returncode == 0, good.stderr
    assert (site / "docs" / "briefings" / "2023-01-10-grain-deal.md").is_file()
    before = tree_hashes(site / "docs")
    (site / "briefings" / "2023-01-10-grain-deal.yaml").unlink()  # would remove pages
    (site / "briefings" / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
    bad = mkdocs_build(site, tmp_path / "site2")
    assert bad.returncode != 0
    assert "briefings/zz-broken.yaml:2:" in bad.stderr
    assert "missing required field 'key_claims'" in bad.stderr
    assert "nothing was written" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert tree_hashes(site / "docs") == before


def test_build_command_raises_with_every_problem(site, monkeypatch, caplog):
    config = config_for(site, monkeypatch)
    (site / "briefings" / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(PluginError, match=r"problem\(s\); nothing was written"):
        plugin_for("build").on_pre_build(config=config)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("2023-02-30" in e and "zz-broken.yaml:2:" in e for e in errors)
    assert any("key_claims" in e for e in errors)
    assert not (site / "docs" / "index.md").exists()


def test_serve_keeps_the_last_good_pages_and_recovers(site, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.briefings")
    config = config_for(site, monkeypatch)
    plugin = plugin_for("serve")
    plugin.on_pre_build(config=config)
    docs = site / "docs"
    before = tree_hashes(docs)
    path = site / "briefings" / "2023-03-05-port-opens.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("summary: >", "summary: [", 1), encoding="utf-8")
    caplog.clear()
    plugin.on_pre_build(config=config)  # no exception under serve
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any(e.startswith("briefings/2023-03-05-port-opens.yaml:") for e in errors)
    assert any("shown on every page of the preview" in e for e in errors)
    assert tree_hashes(docs) == before  # its last good pages stay
    assert [p.position.path for p in plugin.problems.errors] == [
        "briefings/2023-03-05-port-opens.yaml"
    ]
    path.write_text(good.replace("on schedule", "a week late"), encoding="utf-8")
    caplog.clear()
    plugin.on_pre_build(config=config)
    assert "a week late" in (docs / "briefings" / "2023-03-05-port-opens.md").read_text()
    # The briefing, and the pages and data that gather every briefing (index, timeline, data).
    assert "briefings: 6 written, 21 unchanged, 0 removed" in caplog.text
    assert list(plugin.problems) == []


def test_under_serve_a_broken_file_never_blocks_another_files_edit(site, monkeypatch):
    config = config_for(site, monkeypatch)
    plugin = plugin_for("serve")
    plugin.on_pre_build(config=config)
    broken = site / "briefings" / "2023-03-05-port-opens.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    other = site / "briefings" / "2023-01-10-grain-deal.yaml"
    other.write_text(
        other.read_text(encoding="utf-8").replace(
            "Northland and Southland sign a grain deal", "A grain deal is signed"
        ),
        encoding="utf-8",
    )
    plugin.on_pre_build(config=config)
    docs = site / "docs"
    assert "A grain deal is signed" in (docs / "briefings" / "2023-01-10-grain-deal.md").read_text()
    assert "A new port opens" in (docs / "briefings" / "2023-03-05-port-opens.md").read_text()


def test_under_serve_a_briefing_never_valid_gets_a_page_naming_its_problems(
    site, monkeypatch
):
    config = config_for(site, monkeypatch)
    plugin = plugin_for("serve")
    (site / "briefings" / "2023-04-01-draft.yaml").write_text(BROKEN, encoding="utf-8")
    plugin.on_pre_build(config=config)
    page = (site / "docs" / "briefings" / "2023-04-01-draft.md").read_text(encoding="utf-8")
    assert "not shown yet" in page
    assert "briefings/2023\\-04\\-01\\-draft\\.yaml:2:" in page
    assert "missing required field &#39;key\\_claims&#39;" in page
    assert (site / "docs" / "index.md").is_file()  # the other briefings are all there


def test_a_strict_build_with_a_warning_writes_nothing(site, monkeypatch, caplog):
    config = config_for(site, monkeypatch)
    config.strict = True
    path = site / "briefings" / "2023-01-10-grain-deal.yaml"
    path.write_text(path.read_text().replace("summary: >\n", "summary: >\n  TODO: more.\n", 1))
    with pytest.raises(PluginError, match=r"1 warning\(s\) in strict mode; nothing was written"):
        plugin_for("build").on_pre_build(config=config)
    assert not (site / "docs" / "index.md").exists()


def test_warnings_are_logged_as_warnings(site, monkeypatch, caplog):
    config = config_for(site, monkeypatch)
    path = site / "briefings" / "2023-01-10-grain-deal.yaml"
    path.write_text(path.read_text().replace("id: jane-roe", "id: roe-jane"), encoding="utf-8")
    plugin_for("build").on_pre_build(config=config)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("appears under the ids 'jane-roe', 'roe-jane'" in w for w in warnings)


class FakeServer:
    def __init__(self, docs: Path) -> None:
        self.watched: list[str] = [str(docs)]  # MkDocs watches docs/ before on_serve

    def watch(self, path: str) -> None:
        self.watched.append(path)

    def unwatch(self, path: str) -> None:
        self.watched.remove(path)


def test_serve_watches_the_briefings_and_the_seeds(site, monkeypatch):
    config = config_for(site, monkeypatch)
    (site / "docs" / "briefings").mkdir(parents=True, exist_ok=True)  # generated
    server = FakeServer(site / "docs")
    assert plugin_for("serve").on_serve(server, config=config, builder=None) is server
    # Not docs/ itself: the pages the plugin writes there would ask for a second rebuild.
    assert server.watched == [
        str(site / "briefings"),
        str(site / "seeds"),
        str(site / "docs" / "assets"),
        str(site / "docs" / "stylesheets"),
    ]
