"""Structured data: every built page's JSON-LD and social tags, parsed back from the HTML and
checked against the page, and a hostile briefing that cannot close the <script>.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import load_catalog
from site_project import TEST_SITE_URL, copy_site, mkdocs_build
from test_render import HOSTILE_BRIEFING

from generator.engine.models import editor_paragraphs
from generator.pages import formats

pytestmark = pytest.mark.site


class Head(HTMLParser):
    """The JSON-LD blocks (raw), the meta tags and the links of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []
        self.h1 = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "script" and values.get("type") == "application/ld+json":
            self._in = "script"
            self.scripts.append("")
        elif tag == "meta" and ("property" in values or "name" in values):
            self.meta[values.get("property") or values["name"]] = values.get("content", "")
        elif tag == "link":
            self.links.append(values)
        elif tag == "h1":
            self._in = "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "h1"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "h1":
            self.h1 += data


def head_of(path: Path) -> Head:
    parser = Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "pagefind" not in p.parts)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_site(tmp_path_factory.mktemp("structured") / "project")


@pytest.fixture(scope="module")
def built(project) -> Path:
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def page(site: Path, url: str) -> Head:
    return head_of(site / url / "index.html")


def test_every_page_has_one_parsable_json_ld_block_and_social_tags(built):
    for path in pages(built):
        head = head_of(path)
        assert len(head.scripts) == 1, path
        data = json.loads(head.scripts[0])
        assert data["@context"] == "https://schema.org", path
        assert "ClaimReview" not in head.scripts[0], path
        for name in ("og:title", "og:type", "og:site_name", "twitter:card"):
            assert head.meta.get(name), (path, name)
        assert head.meta["og:url"].startswith(TEST_SITE_URL), path
        assert head.meta["og:url"] == next(
            link["href"] for link in head.links if link.get("rel") == "canonical"
        ), path


def test_a_briefing_describes_itself_and_the_article_it_is_based_on(built, project):
    catalog = load_catalog(project)
    for entry in catalog.entries:
        head = page(built, f"briefings/{entry.slug}")
        data = json.loads(head.scripts[0])
        b = entry.briefing
        assert data["@type"] == "Article"
        assert data["headline"] == " ".join(head.h1.replace("¶", "").split()) == b.title
        assert data["url"] == f"{TEST_SITE_URL}briefings/{entry.slug}/"
        article = data["isBasedOn"]
        assert article["@type"] == "NewsArticle"
        assert article["publisher"]["name"] == b.source.outlet
        assert ("headline" in article) is (not b.title_by_editor)
        if b.source.published_latest is None:
            assert article["datePublished"] == b.source.published.isoformat()
            assert head.meta["article:published_time"] == b.source.published.isoformat()
        else:  # an inferred date is no datePublished: it is said in words
            assert "datePublished" not in article and "article:published_time" not in head.meta
            assert b.source.published_latest.isoformat() in article["disambiguatingDescription"]
        quotes = data.get("hasPart", [])
        verified = [q for q in entry.quotes if q.verdict.verified]
        assert [q["text"] for q in quotes] == [q.quote.text for q in verified]
        for node, linked in zip(quotes, verified, strict=True):
            assert node["@type"] == "Quotation"
            assert node["isBasedOn"] == {"@id": article["@id"]}
            if linked.quote.speaker_inferred:
                assert "creator" not in node
            else:
                assert node["creator"]["name"] == linked.speaker.name
        assert head.meta["og:type"] == "article"
        first = editor_paragraphs(b.summary)[0]
        assert head.meta["description"] == head.meta["og:description"] == formats.shorten(first)


def test_an_analyst_is_a_person_with_an_affiliation_per_appearance(built, project):
    catalog = load_catalog(project)
    for analyst_id, profile in catalog.analysts.items():
        data = json.loads(page(built, f"analysts/{analyst_id}").scripts[0])
        person = data["mainEntity"]
        assert (person["@type"], person["name"]) == ("Person", profile.name)
        described = [a for a in profile.appearances if a.analyst.role or a.analyst.affiliation]
        roles = person.get("affiliation", [])
        assert [r.get("roleName") for r in roles] == [a.analyst.role for a in described]
        assert [r.get("affiliation", {}).get("name") for r in roles] == [
            a.analyst.affiliation for a in described
        ]
        assert [r["subjectOf"]["url"] for r in roles] == [
            f"{TEST_SITE_URL}briefings/{a.entry.slug}/" for a in described
        ]


def test_feeds_are_linked_from_the_head(built):
    links = [link for link in page(built, "topics/grain-trade").links
             if link.get("rel") == "alternate"]
    assert [(link["type"], link["href"]) for link in links] == [
        ("application/atom+xml", "../../feeds/all.xml"),
        ("application/feed+json", "../../feeds/all.json"),
        ("application/atom+xml", "../../feeds/topics/grain-trade.xml"),
        ("application/feed+json", "../../feeds/topics/grain-trade.json"),
    ]
    for link in links:
        assert (built / "topics" / "grain-trade" / link["href"]).resolve().is_file()


def test_the_sitemap_lists_every_page(built):
    listed = set(re.findall(r"<loc>([^<]+)</loc>", (built / "sitemap.xml").read_text()))
    expected = {
        TEST_SITE_URL + path.parent.relative_to(built).as_posix().removeprefix(".") + "/"
        for path in pages(built)
    }
    expected = {url.replace(TEST_SITE_URL + "/", TEST_SITE_URL) for url in expected}
    assert listed == expected


def test_a_hostile_briefing_cannot_close_the_script_or_an_attribute(tmp_path):
    project = copy_site(tmp_path / "project")
    (project / "briefings" / "evil.yaml").write_text(HOSTILE_BRIEFING, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    evil = load_catalog(project)
    entry = next(e for e in evil.entries if e.slug == "evil")
    seen = 0
    for path in pages(tmp_path / "site"):
        text = path.read_text(encoding="utf-8")
        head = head_of(path)
        for raw in head.scripts:
            assert not re.search(r"[<>&\u2028\u2029]", raw), path  # all \u-escaped
            data = json.loads(raw)
            if data.get("@type") == "Article" and path.parent.name == "evil":
                assert data["headline"] == formats.one_line(entry.briefing.title)
                assert "<script>alert(1)</script>" in data["abstract"]  # text, as data
                seen += 1
        for value in head.meta.values():
            assert "<" not in value and ">" not in value, (path, value)
        heads = text.split("</head>")[0].lower()
        assert heads.count("<script") == heads.count("<script src=") + heads.count(
            '<script type="application/ld+json">'
        ) + heads.count("<script>"), path
    assert seen == 1
    description = page(tmp_path / "site", "briefings/evil").meta["description"]
    assert description.startswith("# summary ‹script›alert(1)‹/script› [x](javascript:")


def test_script_json_escapes_what_could_end_a_script():
    text = formats.script_json({"a": "</script><!-- & \u2028\u2029"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}
