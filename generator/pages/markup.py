"""The one escaping layer: every piece of editor text reaches Markdown through here.

Briefings are written by hand and quote people who may write anything, so a
field must never turn into HTML, a link, an image, a heading or template
syntax on the site. The rule is simple: text from YAML is shown as text.

- `inline` is the workhorse. It removes control characters (Python-Markdown
  uses STX/ETX as its own placeholders), folds every run of white space into
  one space (so no field can start a new line: no heading, list, quote,
  setext underline or indented code block can begin inside it), turns
  `& < > " ' { } ~` into entities and puts a backslash before every other
  character that Python-Markdown, with the site's extensions, would read as
  syntax. One pass over the characters, so
  an entity is never escaped twice.
- `block_text` is `inline` for blank-line separated text (a summary, the intro).
- `url` lets only http(s) addresses through, percent-encoded so that nothing
  in them can close the Markdown link or an attribute.
- `title_meta` is for the page title in front matter, which the theme prints
  raw in the header and un-escapes once inside `<title>`; angle brackets are
  replaced by look-alikes there so neither place can open a tag.
- `yaml_str` quotes a string for front matter (JSON is valid YAML).

Links between pages are built from slugs (validated to `[a-z0-9-]`), checked
again by `page_link` before they are written.
"""

from __future__ import annotations

import functools
import json
import re
from urllib.parse import quote, urlsplit

from ..engine.models import INVISIBLE, editor_paragraphs

# Python-Markdown's ESCAPED_CHARS with the `tables` extension (which adds `|`);
# tests/test_markup.py checks this set against the extensions in mkdocs.yml.
# A backslash before any other character would show, so only these get one.
MARKDOWN_SPECIALS = frozenset("\\`*_[]()#+-.!|")

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# Entities are literal text everywhere. Braces: so that no `{{`, `{%` or `{:`
# (template or attribute-list syntax) is ever in the Markdown source, not even
# behind a backslash. Tilde: `~~~` opens a fenced code block (MkDocs always
# loads fenced_code) and a backslash cannot escape it.
ENTITY_ESCAPED = {**_ENTITIES, "{": "&#123;", "}": "&#125;", "~": "&#126;"}
_TABLE = {
    **{ch: "\\" + ch for ch in MARKDOWN_SPECIALS},
    **ENTITY_ESCAPED,
}
# One regex over the text, calling back only on special characters: faster than
# `str.translate` with this table, as most characters are not special.
_SPECIAL = re.compile("[" + re.escape("".join(_TABLE)) + "]")
_ENTITY_TRANSLATION = str.maketrans(ENTITY_ESCAPED)
_SAFE_PATH = re.compile(r"^(\.\./)*([a-z0-9]+(-[a-z0-9]+)*/)*[a-z0-9]+(-[a-z0-9]+)*\.md$")


# Control characters (Cc: C0/C1, incl. Markdown's \x02/\x03 placeholders) and lone
# surrogates (Cs), less the controls that are white space
# (\t \n \v \f \r \x1c-\x1f \x85), which split() folds like any other space. One
# regex instead of a Python loop per character, since rendering spends much of its
# time here (tests/test_bench.py checks that they agree with the loop).
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")
# An address may hold no control character, surrogate or white space at all.
_REFUSED_IN_URL = re.compile("[\\s\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def plain(text: str) -> str:
    """Text as one line: no control or invisible characters, white space folded."""
    return " ".join(INVISIBLE.sub("", _UNPRINTABLE.sub("", text)).split())


@functools.cache
def inline(text: str) -> str:
    """Editor text as literal Markdown text on one line.

    Cached because a site repeats its text: a quote is on its briefing's page and
    its analyst's, a claim on the topic pages too. `site.render_site` empties
    this module's caches when it is done (`clear_caches`), so they live for one
    render.
    """
    return _SPECIAL.sub(_escaped, plain(text))


def _escaped(match: re.Match[str]) -> str:
    return _TABLE[match.group()]


def block_text(text: str) -> str:
    """Blank-line separated editor text as literal Markdown paragraphs."""
    return "\n\n".join(inline(p) for p in editor_paragraphs(text) if plain(p))


def url(address: str) -> str | None:
    """An http(s) address ready for a Markdown link target, or None if it is not one."""
    address = address.strip()
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _REFUSED_IN_URL.search(address):
        return None
    # Everything outside this set is percent-encoded: no ( ) < > " ' ` [ ] { } | \ * _ space.
    return quote(address, safe="/:?#&=+;,%@!$~.-")


def text_fragment_url(address: str, start: str, end: str = "") -> str | None:
    """`address` opening at a passage: a URL text fragment (`#:~:text=start,end`).

    Browsers that support text fragments (Chromium, Edge, Safari) scroll to the
    passage and highlight it; others open the page as usual. The words are the
    article's, percent-encoded whole (`-`, `,` and `&` too, which the syntax uses).
    """
    base = url(address)
    if base is None or not start:
        return base
    words = [_fragment_part(start)] + ([_fragment_part(end)] if end else [])
    separator = ":~:" if "#" in base else "#:~:"
    return f"{base}{separator}text={','.join(words)}"


def _fragment_part(text: str) -> str:
    return quote(plain(text), safe="").replace("-", "%2D")


def link(text: str, target: str) -> str:
    """A Markdown link whose text is editor text and whose target is an http(s) URL."""
    href = url(target)
    return f"[{inline(text)}]({href})" if href else inline(text)


def page_link(text: str, target: str) -> str:
    """A link to another generated page by its relative .md path (built from slugs)."""
    return f"[{inline(text)}]({_safe_path(target)})"


@functools.cache
def _safe_path(target: str) -> str:
    """`target`, checked (cached: a site links to the same few thousand pages again and again)."""
    if not _SAFE_PATH.match(target):
        raise ValueError(f"unsafe page path {target!r}")
    return target


def title_meta(text: str) -> str:
    """A page title for front matter: shown raw by the theme, un-escaped once in <title>."""
    flat = plain(text).replace("<", "‹").replace(">", "›")
    return yaml_str(flat.translate(_ENTITY_TRANSLATION))


def yaml_str(text: str) -> str:
    """A YAML scalar that reads back as exactly `text` (JSON strings are YAML)."""
    return json.dumps(plain(text), ensure_ascii=True)


def clear_caches() -> None:
    """Forget the cached escapes and links (kept for one render: see `inline`)."""
    for cached in (inline, _safe_path):
        cached.cache_clear()
