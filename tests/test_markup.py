"""The escaping layer: editor text shows as text, whatever it contains.

Assertions are made on the Markdown and on the HTML that Python-Markdown
produces with exactly the extensions MkDocs loads for this site (its built-ins
plus mkdocs.yml's), so a change to mkdocs.yml is tested here too.
"""

from __future__ import annotations

import html
import os
import re
import string

import markdown
import pytest
import yaml
from mkdocs.config import load_config
from site_project import ROOT

from generator.pages import markup, routes

HOSTILE = [
    "<script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<http://evil.example>",
    "[x]: javascript:alert(1)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "{{ config.site_name }} {% include 'x' %} {# c #}",
    '{: onclick="alert(1)" }',
    "# heading",
    "## heading ##",
    "> quote",
    "- item",
    "+ item",
    "* item",
    "1. item",
    "1) item",
    "---",
    "title\n===",
    "title\n---",
    "    indented code",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "`code` *em* **strong** _em_ __strong__",
    "a | b | c\n--|--|--\n1 | 2 | 3",
    "back\\slash \\* \\[",
    "&lt;script&gt; &amp; &#60;script&#62; &#x3C;",
    "line one  \nline two",
    "\x02wzxhzdk:0\x03 \x00 \x1b[31m \x7f \u0085",
    "[TOC]",
    "*[HTML]: Hyper",
    "<!-- comment --> <?php ?> <![CDATA[x]]>",
    "emoji :smile: and ^^sup^^ ~~del~~ ==mark==",
    "'single' \"double\" `tick` ‘curly’ “curly”",
    "Ünïcödé — and ¶ and 中文",
]


def site_markdown() -> markdown.Markdown:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )


@pytest.fixture(scope="module")
def md() -> markdown.Markdown:
    return site_markdown()


def to_html(md: markdown.Markdown, text: str) -> str:
    md.reset()
    return md.convert(text)


def visible_text(fragment: str) -> str:
    """What a reader sees: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", fragment)).strip()


ALLOWED_TAGS = {"p", "h1", "ul", "ol", "li", "blockquote"}


def assert_inert(fragment: str) -> None:
    """Only the structure the template itself asked for: no tag, attribute or link from text."""
    for tag in re.findall(r"<[^>]*>", fragment):
        name = re.match(r"</?([a-zA-Z0-9]+)", tag)
        if name and name.group(1) in ALLOWED_TAGS:
            assert " " not in tag or tag.startswith("<h1 id="), tag
        else:
            # The heading permalink the toc extension adds is the only link.
            assert re.fullmatch(
                r'<a class="headerlink" href="#[a-z0-9_-]*" title="[^"]*">', tag
            ) or (tag == "</a>"), (tag, fragment)


def test_the_escaped_characters_are_exactly_what_the_site_markdown_escapes(md):
    # Fewer would let syntax through; more would show stray backslashes. The
    # rest of ESCAPED_CHARS markup.py writes as entities.
    assert set(md.ESCAPED_CHARS) >= markup.MARKDOWN_SPECIALS
    assert set(md.ESCAPED_CHARS) <= markup.MARKDOWN_SPECIALS | set(markup.ENTITY_ESCAPED)


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_is_literal(md, text):
    source = markup.inline(text)
    assert "\n" not in source
    assert "<" not in source
    assert "{{" not in source and "{%" not in source
    assert "](" not in source.replace("\\](", "").replace("\\]\\(", "")
    rendered = to_html(md, source)
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    assert re.findall(r"<[^>]*>", rendered[3:-4]) == []
    assert visible_text(rendered) == markup.plain(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_is_literal_at_the_start_of_any_line(md, text):
    # Headings and paragraphs put editor text first on a line; list items after "- ".
    for template in ("{}", "# {}", "- {}", "> {}", "1. {}", "text\n{}"):
        rendered = to_html(md, template.format(markup.inline(text)))
        assert_inert(rendered)
        assert markup.plain(text) in visible_text(rendered)


def test_every_printable_character_survives(md):
    text = string.printable + "«»‹›„“”‘’–—…¶§©®™€£¥¢°±×÷"
    rendered = to_html(md, markup.inline(text))
    assert visible_text(rendered) == markup.plain(text)


def test_inline_folds_white_space_and_drops_control_characters():
    assert markup.inline("  a\n\n b\tc\r\n") == "a b c"
    assert markup.plain("a\x00b\x02c\x03d\x1be\u2028f") == "abcde f"


def test_paragraphs_keep_blank_line_breaks(md):
    text = "# one\nstill one\n\n> two <b>x</b>\n\n\n- three"
    source = markup.block_text(text)
    assert source.count("\n\n") == 2
    rendered = to_html(md, source)
    assert rendered.count("<p>") == 3
    assert_inert(rendered)
    assert markup.block_text("") == ""


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative",
        "relative.md",
        "ftp://example.org/x",
        "https://",
        "https://exa mple.org",
        "https://example.org/\x00",
        "http://[::1",
    ],
)
def test_only_http_addresses_become_links(address):
    assert markup.url(address) is None
    assert markup.link("text", address) == "text"


def test_urls_cannot_break_out_of_the_link(md):
    address = "https://example.org/a?b=1&c=(2)*_x_[y]{z}|w\\v)](javascript:alert(1))\"'<>`"
    href = markup.url(address)
    assert href is not None
    assert not set(href) & set("()[]{}<>\"'`|\\* ")
    rendered = to_html(md, markup.link("<b>read</b>", address))
    assert rendered.count("href=") == 1
    assert 'href="https://example.org/a?b=1&amp;c=%282%29' in rendered
    assert "javascript:alert%281%29" in rendered  # inside the path, percent-encoded: inert
    assert visible_text(rendered) == "<b>read</b>"


def test_ordinary_urls_are_kept():
    address = "https://edition.cnn.com/2022/02/02/asia/x-y/index.html?a=1&b=c%20d#top"
    assert markup.url(address) == address


def test_page_links_must_be_relative_paths_built_from_slugs():
    assert (
        markup.page_link("A <b>", "../analysts/jane-roe.md")
        == "[A &lt;b&gt;](../analysts/jane-roe.md)"
    )
    for bad in ("javascript:alert(1)", "../x.md)(javascript:x", "/abs.md", "a b.md", "X.md"):
        with pytest.raises(ValueError):
            markup.page_link("x", bad)


def test_relative_paths_between_pages():
    assert routes.relative("briefings/a.md", "analysts/b.md") == "../analysts/b.md"
    assert routes.relative("index.md", "briefings/a.md") == "briefings/a.md"
    assert routes.relative("analysts/index.md", "analysts/b.md") == "b.md"


@pytest.mark.parametrize("text", [*HOSTILE, "a: b # c", "- x", "'", '"', "\\", "yes", "null", "1"])
def test_yaml_strings_read_back_exactly(text):
    assert yaml.safe_load(f"key: {markup.yaml_str(text)}") == {"key": markup.plain(text)}


@pytest.mark.parametrize("text", HOSTILE)
def test_titles_cannot_open_a_tag_even_after_one_unescape(text):
    title = yaml.safe_load(f"title: {markup.title_meta(text)}")["title"]
    # The theme prints the title raw in the header, and un-escaped in <title>.
    assert "<" not in title and ">" not in title
    assert "<" not in html.unescape(title) and ">" not in html.unescape(title)


def test_url_and_title_meta_agree_with_the_character_loops():
    """The regex and translate table say what a loop over unicodedata categories says."""
    import json
    import unicodedata

    every = [chr(c) for c in range(0x3100)] + [chr(c) for c in range(0xD7F0, 0xE010)]
    every += ["\U0001f600", "\u2028", "\u2029", "\u3000", "\ufeff"]
    for ch in every:
        refused = ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs")
        address = f"https://example.org/a{ch}b"
        assert (markup.url(address) is None) == refused, hex(ord(ch))
        flat = markup.plain(f"a{ch}<b>&").replace("<", "‹").replace(">", "›")
        expected = "".join(markup.ENTITY_ESCAPED.get(c, c) for c in flat)
        assert json.loads(markup.title_meta(f"a{ch}<b>&")) == expected, hex(ord(ch))
