"""Feeds: every Atom and JSON Feed of the site parses, lists the right briefings newest first,
and carries the editors' words as plain text, a hostile briefing's included.

Atom is read back with feedparser (what many feed readers use); JSON Feed,
which feedparser does not read, with `reader` (a maintained feed reader
library with its own JSON Feed parser), and against the fields version 1.1 of
its spec requires.
"""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlsplit

import feedparser
import pytest
from conftest import load_catalog, read_intro
from reader import make_reader
from site_project import FIXTURE
from test_render import HOSTILE_BRIEFING

from generator.engine.link import newest_first
from generator.pages import feeds, formats
from generator.pages.site import render_site

SITE = "https://briefings.example.org/news/"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(FIXTURE)


@pytest.fixture(scope="module")
def outputs(catalog) -> dict[str, str]:
    return render_site(catalog, read_intro(FIXTURE), site_url=SITE, site_name="Fixture site")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[dict[str, str], object]:
    root = tmp_path_factory.mktemp("hostile-feeds")
    (root / "briefings").mkdir()
    (root / "briefings" / "evil.yaml").write_text(HOSTILE_BRIEFING, encoding="utf-8")
    catalog = load_catalog(root)
    return render_site(catalog, site_url=SITE, site_name="<b>Site</b> & co"), catalog


def feed_paths(outputs: dict[str, str]) -> list[str]:
    return sorted(path for path in outputs if path.startswith("feeds/"))


def test_every_feed_exists_for_the_site_each_topic_and_each_analyst(outputs, catalog):
    expected = {"feeds/all.xml", "feeds/all.json"}
    for topic in catalog.topics:
        expected |= {f"feeds/topics/{topic}.xml", f"feeds/topics/{topic}.json"}
    for analyst in catalog.analysts:
        expected |= {f"feeds/analysts/{analyst}.xml", f"feeds/analysts/{analyst}.json"}
    assert set(feed_paths(outputs)) == expected


def test_no_feed_without_a_site_url(catalog):
    """Feed readers need absolute addresses: no site_url, no feed (and no link to one)."""
    outputs = render_site(catalog)
    assert feed_paths(outputs) == []
    assert not any("feeds:" in text for path, text in outputs.items() if path.endswith(".md"))


def expected_entries(outputs_path: str, catalog) -> list:
    name = outputs_path.removeprefix("feeds/").rsplit(".", 1)[0]
    if name == "all":
        return list(catalog.entries)
    kind, key = name.split("/")
    if kind == "topics":
        return sorted(catalog.topics[key], key=newest_first)
    return [a.entry for a in catalog.analysts[key].appearances]


def test_atom_feeds_parse_and_list_their_briefings_newest_first(outputs, catalog):
    for path in feed_paths(outputs):
        if not path.endswith(".xml"):
            continue
        parsed = feedparser.parse(outputs[path])
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", path
        entries = expected_entries(path, catalog)
        assert [e.title for e in parsed.entries] == [x.briefing.title for x in entries], path
        assert [e.link for e in parsed.entries] == [
            f"{SITE}briefings/{x.slug}/" for x in entries
        ], path
        days = [date(*e.published_parsed[:3]) for e in parsed.entries]
        assert days == sorted(days, reverse=True), path
        self_link = [link.href for link in parsed.feed.links if link.rel == "self"]
        assert self_link == [SITE + path], path
        for entry in parsed.entries:
            assert entry.summary_detail.type == "text/plain"
            assert "<!--" not in entry.summary and "&#" not in entry.summary


def test_json_feeds_follow_the_spec(outputs, catalog):
    for path in feed_paths(outputs):
        if not path.endswith(".json"):
            continue
        feed = json.loads(outputs[path])
        assert_json_feed(feed, path)
        entries = expected_entries(path, catalog)
        assert [item["title"] for item in feed["items"]] == [x.briefing.title for x in entries]
        assert feed["feed_url"] == SITE + path


def test_json_feeds_are_read_by_a_feed_reader(outputs, catalog, tmp_path):
    """What a subscriber's reader sees: each feed's title, and its entries' titles and links."""
    for path in feed_paths(outputs):
        if path.endswith(".json"):
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(outputs[path], encoding="utf-8")
    with make_reader(":memory:", feed_root=str(tmp_path)) as subscriber:
        paths = [path for path in feed_paths(outputs) if path.endswith(".json")]
        for path in paths:
            subscriber.add_feed(path)
        subscriber.update_feeds()
        for path in paths:
            feed = subscriber.get_feed(path)
            assert feed.version == "json11" and feed.last_exception is None, path
            assert feed.title == json.loads(outputs[path])["title"], path
            read = sorted(subscriber.get_entries(feed=path), key=lambda e: e.link)
            entries = sorted(expected_entries(path, catalog), key=lambda x: x.slug)
            assert [(e.title, e.link) for e in read] == [
                (x.briefing.title, f"{SITE}briefings/{x.slug}/") for x in entries
            ], path
            assert all(e.summary is None or "<" not in e.summary for e in read), path


def assert_json_feed(feed: dict, path: str) -> None:
    """JSON Feed 1.1: the required fields, their types, absolute URLs, RFC 3339 dates."""
    assert feed["version"] == "https://jsonfeed.org/version/1.1", path
    assert isinstance(feed["title"], str) and feed["title"], path
    assert isinstance(feed["items"], list), path
    for key in ("home_page_url", "feed_url"):
        assert urlsplit(feed[key]).scheme == "https", (path, key)
    ids = [item["id"] for item in feed["items"]]
    assert len(set(ids)) == len(ids), path
    for item in feed["items"]:
        assert isinstance(item["id"], str), path
        assert isinstance(item.get("content_text") or item.get("content_html"), str), path
        assert urlsplit(item["url"]).scheme == "https", path
        if "external_url" in item:
            assert urlsplit(item["external_url"]).scheme in ("http", "https"), path
        stamp = item["date_published"]
        assert date.fromisoformat(stamp[:10]) and stamp.endswith("Z"), path
        assert all(isinstance(tag, str) for tag in item.get("tags", [])), path


def test_an_inferred_date_is_said_in_the_entry(outputs):
    feed = json.loads(outputs["feeds/all.json"])
    port = next(item for item in feed["items"] if item["url"].endswith("port-opens/"))
    assert "about 5–8 March 2023 (the date is inferred" in port["content_text"]
    assert port["date_published"] == "2023-03-05T00:00:00Z"  # the earliest it can be


def test_pages_link_their_feeds(outputs):
    def feeds_of(path: str) -> list[str]:
        head = outputs[path].removeprefix("---\n").partition("\n---\n")[0]
        return [line.split('"')[1] for line in head.splitlines() if "- path:" in line]

    assert feeds_of("index.md") == ["feeds/all.xml", "feeds/all.json"]
    assert feeds_of("topics/grain-trade.md") == [
        "feeds/all.xml", "feeds/all.json",
        "feeds/topics/grain-trade.xml", "feeds/topics/grain-trade.json",
    ]
    assert feeds_of("analysts/jane-roe.md")[2:] == [
        "feeds/analysts/jane-roe.xml", "feeds/analysts/jane-roe.json",
    ]


def test_a_hostile_briefing_cannot_break_a_feed(hostile):
    outputs, catalog = hostile
    (entry,) = catalog.entries
    title = formats.one_line(entry.briefing.title)
    paths = feed_paths(outputs)
    assert len(paths) == 2 * (1 + len(catalog.topics) + len(catalog.analysts))
    for path in paths:
        text = outputs[path]
        if path.endswith(".xml"):
            parsed = feedparser.parse(text)
            assert not parsed.bozo, (path, parsed.get("bozo_exception"))
            assert parsed.feed.title.endswith("— <b>Site</b> & co")  # text, not markup
            (item,) = parsed.entries
            assert item.title == title
            assert item.title_detail.type == "text/plain"
            assert "<script>alert(1)</script>" in item.summary  # the editor's words, as text
            assert "<script" not in text  # ... and never as markup in the XML
        else:
            feed = json.loads(text)
            assert_json_feed(feed, path)
            (item,) = feed["items"]
            assert item["title"] == title
            assert item["external_url"] == "https://example.org/a?q=1&x=%28y%29%2A_%5Bz%5D%7Bw%7D%7Cv"


def test_feed_text_strips_what_xml_cannot_hold():
    assert formats.one_line("a\x00b\x1bc\ufffed\uffffe\ud800f") == "abcdef"
    assert feeds.JSON_FEED_VERSION.endswith("/1.1")


def test_setting_site_url_later_writes_the_feeds(tmp_path):
    """The stamp counts the settings: an unchanged project built again with a site_url
    is rendered again, not skipped as fresh."""
    import shutil

    from generator.engine import Builder
    from generator.engine.project import Project

    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    assert Builder(Project.at(root)).build().written
    assert not (root / "docs" / "feeds").exists()
    again = Builder(Project.at(root, site_url=SITE)).build()
    assert "feeds/all.xml" in again.report.written
    assert feedparser.parse((root / "docs" / "feeds" / "all.xml").read_text()).feed.id == (
        SITE + "feeds/all.xml"
    )
    assert Builder(Project.at(root)).build().report.removed  # and gone again without it


def test_briefings_build_reads_site_url_and_name_as_mkdocs_would(tmp_path, monkeypatch):
    from generator.publishing import cli_settings

    monkeypatch.delenv("SITE_URL", raising=False)
    assert cli_settings(tmp_path) == (None, None)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Mine\nextra: !ENV [X, y]\nhook: !!python/name:os.getcwd\n", encoding="utf-8"
    )
    assert cli_settings(tmp_path) == (None, "Mine")
    monkeypatch.setenv("SITE_URL", "https://env.example.org/x")
    assert cli_settings(tmp_path) == ("https://env.example.org/x/", "Mine")
    (tmp_path / "mkdocs.yml").write_text("site_url: https://yml.example.org\n", encoding="utf-8")
    assert cli_settings(tmp_path) == ("https://yml.example.org/", None)  # mkdocs.yml wins
