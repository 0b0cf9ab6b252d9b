"""Rendering: the pages' Markdown pinned by goldens, and hostile text kept inert.

The fixture project (tests/fixtures/site) has three briefings: one verified
against its article, one without `source.text` (so "unverified"), and one
with no analysts or quotes; Jane Roe appears in two of them with different
roles, as people do. Its story files give the topics titles and the story two
key events, one verified and one not.
"""

from __future__ import annotations

import posixpath
import re

import pytest
import yaml
from conftest import read_intro
from site_project import FIXTURE
from test_markup import assert_inert, site_markdown, to_html, visible_text

from generator.engine import check
from generator.engine.write import is_generated
from generator.pages.site import render_site

# The open data's tables (pages/data_tables.py), each as CSV and JSON Lines.
DATA_TABLES = ("analysts", "appearances", "briefings", "claims", "evidence", "quotes")


def render_project(root) -> dict[str, str]:
    result = check(root)
    assert result.problems.errors == [], [p.format() for p in result.problems.errors]
    return render_site(result.catalog, read_intro(root), story=result.story)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_project(FIXTURE)


def front_matter(text: str) -> dict:
    head, _, _ = text.removeprefix("---\n").partition("\n---\n")
    return yaml.safe_load(head)


def test_the_site_has_every_page(pages):
    assert sorted(pages) == sorted([
        "analysts/index.md",
        "analysts/jane-roe.md",
        "analysts/li-wei.md",
        "briefings/2023-01-10-grain-deal.md",
        "briefings/2023-03-05-deal-doubts.md",
        "briefings/2023-03-05-port-opens.md",
        "briefings/index.md",
        "data.md",
        *(f"data/{table}.{kind}" for table in DATA_TABLES for kind in ("csv", "jsonl")),
        "data/datapackage.json",
        "how-we-verify.md",
        "index.md",
        "timeline.md",
        "topics/grain-trade.md",
        "topics/index.md",
        "topics/northland-southland.md",
    ])


def test_pages_match_goldens(pages, golden):
    for path, text in pages.items():
        golden(f"render/{path}", text)


def test_rendering_is_deterministic(pages):
    assert render_project(FIXTURE) == pages
    for text in pages.values():
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert "\r" not in text


def test_every_page_carries_front_matter_and_the_marker(pages):
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue  # data files and feeds: owned through the list of outputs (write.py)
        assert is_generated(text), path
        assert isinstance(front_matter(text)["title"], str)
    assert (
        "from briefings/2023-01-10-grain-deal.yaml;" in pages["briefings/2023-01-10-grain-deal.md"]
    )
    # Topic chips are the page's own, below the headline, in words; no tags for the theme.
    assert "tags" not in front_matter(pages["briefings/2023-01-10-grain-deal.md"])


def served(path: str) -> str:
    """The folder MkDocs serves a page at: `a/b.md` -> `a/b`, `a/index.md` -> `a`."""
    stem = path.removesuffix(".md")
    return stem.removesuffix("index").rstrip("/") if stem.endswith("index") else stem


def test_every_link_between_pages_resolves(pages):
    folders = {served(path): path for path in pages}
    for path, text in pages.items():
        for target in re.findall(r"\]\(([^)#]+\.md)(?:#[a-z0-9-]+)?\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, (path, target)
        # Links inside HTML blocks are written as served URLs, relative to the page's folder.
        for target in re.findall(r'<a href="([^"]+)"', text):
            if target.startswith("http"):
                continue
            assert target.endswith("/"), (path, target)
            resolved = posixpath.normpath(posixpath.join(served(path), target))
            assert resolved.removeprefix(".") in folders, (path, target)


def test_quotes_show_who_and_whether_verified(pages):
    verified = pages["briefings/2023-01-10-grain-deal.md"]
    speaker = "### [Jane Roe](../analysts/jane-roe.md)"
    assert f"{speaker}\n\n> This deal is about bread, not about borders" in verified
    assert "\n\nOn the grain agreement · [verified in ¶2]" in verified
    assert '[verified in ¶2](../how-we-verify.md "Found word for word in paragraph 2 ' in verified
    assert (
        "[read it in the article](https://example.org/news/grain-deal?id=1&lang=en"
        "#:~:text=This%20deal%20is%20about%20bread%2C%20not%20about%20borders)"
    ) in verified
    unverified = pages["briefings/2023-03-05-deal-doubts.md"]
    assert "[unverified](../how-we-verify.md" in unverified and "verified in" not in unverified
    assert "read it in the article" not in unverified
    assert "### A Minister\n\n> We remain committed" in unverified  # not an analyst: no link
    assert "\n\nAttribution inferred by the editor · [unverified]" in unverified


def test_what_an_insertion_replaced_is_shown_next_to_it(pages):
    text = pages["briefings/2023-01-10-grain-deal.md"]
    assert "(\\[Jane Roe\\] stands for “She” in the article)" in text


def test_an_inferred_date_and_an_editors_title_are_said_plainly(pages):
    port = pages["briefings/2023-03-05-port-opens.md"]
    assert "**The Daily Fixture** · about 5–8 March 2023" in port
    assert "*Title by the editor: the article's own headline is not on file.*" in port
    assert "*The date is inferred from the article's wording, not confirmed.*" in port
    assert '<time datetime="2023-03-05">about 5–8 March 2023</time>' in pages["timeline.md"]
    grain = pages["briefings/2023-01-10-grain-deal.md"]
    assert "Title by the editor" not in grain and "inferred" not in grain


def test_each_quote_is_its_own_blockquote_unless_it_is_already_an_excerpt(pages):
    text = pages["briefings/2023-03-05-deal-doubts.md"]
    rendered = to_html(site_markdown(), text)
    # Three quotes; Li Wei's words are the excerpt of his own claim, so shown once, there.
    assert rendered.count("<blockquote>") == 2
    assert "The trains simply are not there" not in text.split("## Quotes")[1]
    assert "In the article: “the trains simply are not there”" in text


def test_analyst_page_is_newest_first_with_the_role_of_the_day(pages):
    text = pages["analysts/jane-roe.md"].partition("\n---\n")[2]  # the body, not the head
    later = text.index("Doubts grow over the grain deal")
    earlier = text.index("Northland and Southland sign a grain deal")
    assert later < earlier
    assert "described as senior fellow, Lighthouse Centre" in text[later:earlier]
    assert "described as trade economist, Harbour Institute" in text[earlier:]
    assert "This deal is about bread" in text and "It is too early to call" in text
    assert "Prices are likely to fall by spring\\." in text


def test_topic_page_is_oldest_first(pages):
    text = pages["topics/grain-trade.md"]
    assert text.index("## 10 January 2023") < text.index("## 5 March 2023")


def test_the_article_text_is_never_republished(pages):
    everything = "\n".join(pages.values())
    assert "declined to comment" not in everything  # in the seed, quoted nowhere
    assert "https://example.org/news/grain-deal?id=1&lang=en" in everything


def test_the_intro_is_plain_text(pages):
    assert "the &lt;b&gt;people&lt;/b&gt; who read it" in pages["index.md"]


def test_a_slug_named_index_is_refused_before_rendering(project):
    """`briefings/index.md`, `analysts/index.md` and `topics/index.md` are section pages."""
    root = project(
        {
            "index.yaml": """
                title: T
                source: {outlet: O, published: 2023-01-01}
                summary: S
                topics: [index]
                analysts: [{name: Index}]
                key_claims: [{claim: C}]
            """
        }
    )
    assert [p.format() for p in check(root).problems.errors] == [
        "briefings/index.yaml:1:1: the slug 'index' is reserved for the section's index page",
        "briefings/index.yaml:4:10: topics: 'index' is reserved for the section's index page",
        "briefings/index.yaml:5:12: analysts: the id 'index' is reserved; give this analyst "
        "another id",
    ]


# -- hostile text in every field ------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
LINK = "[x](javascript:alert(1))"
IMAGE = "![i](javascript:alert(1))"
TEMPLATE = "{{ config }} {% include 'x' %}"
ATTRS = '{: onclick="alert(1)" }'
IMG = "<img src=x onerror=alert(1)>"
ALL = f"{SCRIPT} {LINK} {IMAGE} {TEMPLATE} {ATTRS} {IMG} | a | b |"
SHORT = "<script>x</script> [x](javascript:x) {{ x }} {% x %} <b onclick=x>"  # names: <= 120
SHORT_FIELDS = {"outlet", "author", "name", "other", "by", "speaker"}
SHORT_FIELDS |= {"story-title", "event", "topic"}  # titles of the story files: <= 200
SHORT_FIELDS |= {"story-title", "event", "topic"}  # titles of the story files: <= 200


def hostile(field: str) -> str:
    """A YAML scalar: every hazard, a line break and line-start hazards."""
    payload = SHORT if field in SHORT_FIELDS else ALL
    return yaml.safe_dump(f"# {field} {payload}\n> - 1. ~~~ {field}", width=10_000).strip()


HOSTILE_BRIEFING = f"""
title: {hostile("title")}
source:
  outlet: {hostile("outlet")}
  published: 2023-01-01
  url: "https://example.org/a?q=1&x=(y)*_[z]{{w}}|v"
  authors: [{hostile("author")}]
summary: {hostile("summary")}
topics: [hostile-topic]
analysts:
  - name: {hostile("name")}
    id: evil
    role: {hostile("role")}
    affiliation: {hostile("affiliation")}
  - name: {hostile("other")}
    id: other
key_claims:
  - claim: {hostile("claim")}
    by: evil
    evidence: [{hostile("evidence")}]
  - claim: {hostile("claim2")}
    by: {hostile("by")}
quotes:
  - text: {hostile("quote")}
    speaker: evil
    context: {hostile("context")}
  - text: {hostile("quote2")}
    speaker: {hostile("speaker")}
"""


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("hostile")
    (root / "briefings").mkdir()
    (root / "briefings" / "evil.yaml").write_text(HOSTILE_BRIEFING, encoding="utf-8")
    (root / "briefings" / "_intro.md").write_text(f"# intro {ALL}\n", encoding="utf-8")
    (root / "briefings" / "_story.yaml").write_text(HOSTILE_STORY, encoding="utf-8")
    (root / "briefings" / "_topics.yaml").write_text(HOSTILE_TOPICS, encoding="utf-8")
    pages = render_project(root)
    del pages["how-we-verify.md"]  # our own words only: no editor text reaches it
    # Markdown pages only: data files and feeds have their own writers and tests.
    return {path: text for path, text in pages.items() if path.endswith(".md")}


# The story files: every field the pages show. One-paragraph fields hold no line break.
HOSTILE_STORY = f"""
title: {hostile("story-title")}
lede: {yaml.safe_dump(f"# lede {ALL}", width=10_000).strip()}
events:
  - date: 2023-01-01
    title: {hostile("event")}
    briefing: evil
    excerpt: {hostile("excerpt")}
"""
HOSTILE_TOPICS = f"""
hostile-topic:
  title: {hostile("topic")}
  description: {yaml.safe_dump(f"# description {ALL}", width=10_000).strip()}
"""
STORY_FIELDS = {"story-title", "lede", "event", "excerpt", "topic", "description"}


# The only attribute lists the pages may hold are the ones the renderer writes itself.
OUR_ATTRS = re.compile(
    r"\{: \.(?:briefing|story|person)-[a-z-]+(?: \.briefing-[a-z-]+)*(?: data-pagefind-ignore)? \}"
)


def test_hostile_text_stays_text_in_the_markdown(hostile_pages):
    for path, text in hostile_pages.items():
        head, _, body = text.partition("\n---\n")
        body = OUR_ATTRS.sub("", body)
        for bad in ("<script", "<img", "](javascript", "{{", "{%", "{:", "~~~", "\n> -", "\n# #"):
            assert bad not in body, (path, bad)
        for line in body.splitlines():
            # After the structure the renderer chose, editor text never opens a block.
            rest = re.sub(r"^(#{1,3} |- |    - |> |>$|\*\*|\*)", "", line)
            assert not re.match(r"(#|>|-|\+|\*|\d+[.)]|~~~|```|\s)", rest), (path, line)
        assert yaml.safe_load(head.removeprefix("---\n"))  # front matter still parses


def test_hostile_text_stays_text_in_the_html(hostile_pages):
    md = site_markdown()
    seen = set()
    for path, text in hostile_pages.items():
        _, _, body = text.partition("\n---\n")
        rendered = to_html(md, body)
        lowered = rendered.lower()
        assert "<script" not in lowered and "<img" not in lowered, path
        assert not re.search(r"<[^>]+\son\w+=", lowered), path  # no event-handler attribute
        assert 'href="javascript:' not in lowered, path
        for href in re.findall(r'href="([^"]*)"', rendered):
            # The data page's licence is the only other address (pages/data.py).
            trusted = ("#", "../", "./", "https://example.org/", "https://creativecommons.org/")
            assert href.startswith(trusted) or re.fullmatch(
                r"[a-z0-9/-]+(\.[a-z]+)?/?", href
            ), (path, href)
        assert_no_stray_tags(rendered)
        shown = visible_text(rendered)
        fields = ("title", "summary", "quote", "context", "name", "role", "claim", "by")
        for field in (*fields, *STORY_FIELDS):
            if f"# {field} {SHORT if field in SHORT_FIELDS else ALL}" in shown:
                seen.add(field)
    # The words themselves reach the reader, literally.
    assert seen == {"title", "summary", "quote", "context", "name", "role", "claim", "by",
                    *STORY_FIELDS}


def assert_no_stray_tags(rendered: str) -> None:
    for tag in re.findall(r"<[^>]*>", rendered):
        if tag.startswith("<!-- generated by briefings"):
            continue
        name = re.match(r"</?([a-z0-9]+)", tag)
        assert name, tag
        assert name.group(1) in {
            *("p", "h1", "h2", "h3", "ul", "ol", "li", "blockquote", "a", "strong", "em"),
            *("span", "nav", "div", "time", "figure", "figcaption"),
            *("svg", "line", "circle", "path", "rect", "text"),  # the pictures (pages/svg.py)
            *("table", "thead", "tbody", "tr", "th", "td", "code"),  # the data page's tables
        }, tag


def test_hostile_titles_are_safe_in_front_matter(hostile_pages):
    title = front_matter(hostile_pages["briefings/evil.md"])["title"]
    assert "<" not in title and "{{" not in title


def test_assert_inert_is_shared_with_markup_tests():
    assert_inert("<p>text</p>")
