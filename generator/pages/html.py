"""Raw HTML blocks inside the Markdown pages: for structure Markdown cannot say.

The timeline, the topic chips, the small SVG pictures and the search data
are HTML written into the Markdown (Python-Markdown passes a block that
starts with a block-level tag through untouched, and does not read Markdown
inside it: `md_in_html` is off). So, inside these blocks:

- editor text goes through `text`, which is `markup`'s own cleaning (no
  control characters, white space folded) and its entity table: `& < > " '`
  and `{ } ~` become entities, in content and attribute values alike, and so
  do Markdown's `[ ] \\ ` * _ |`;
- links are built URLs (`url`), since MkDocs rewrites `.md` links only in
  Markdown. The site uses MkDocs' directory URLs (`use_directory_urls`, the
  default): `briefings/x.md` is served as `briefings/x/`;
- addresses outside the site pass `markup.url` (http and https only);
- a block never holds a blank line or an indented line, where Markdown would
  take over again.
"""

from __future__ import annotations

import functools

from . import markup
from .routes import HOW_WE_VERIFY, route_of


@functools.cache
def _entities() -> dict[int, str]:
    """markup's entities, and Markdown's link and emphasis characters too: inside an HTML
    block Markdown is not read, and were a block ever not taken as one, no text of an
    editor's could still become a link or emphasis. (Built on first use: `markup` and the
    engine import each other.)"""
    return str.maketrans({**markup.ENTITY_ESCAPED, **{c: f"&#{ord(c)};" for c in "[]\\`*_|"}})


def text(value: str) -> str:
    """Editor text as HTML text or a quoted attribute value: never markup."""
    return markup.plain(value).translate(_entities())


def external(address: str | None) -> str | None:
    """An http(s) address for an href, or None if it is not one."""
    safe = markup.url(address) if address else None
    return safe.translate(_entities()) if safe else None


def page_url(path: str) -> str:
    """The served folder of a docs page: `briefings/x.md` -> `briefings/x/`, `index.md` -> ``."""
    if not path.endswith(".md") or route_of(path) is None:
        raise ValueError(f"unsafe page path {path!r}")
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index").rstrip("/")
    return f"{stem}/" if stem else ""


@functools.lru_cache(maxsize=65536)
def url(here: str, target: str) -> str:
    """The relative URL from the page `here` to the page `target` (both docs paths)."""
    start = [part for part in page_url(here).split("/") if part]
    goal = [part for part in page_url(target).split("/") if part]
    common = 0
    while common < min(len(start), len(goal)) and start[common] == goal[common]:
        common += 1
    parts = [".."] * (len(start) - common) + goal[common:]
    return "/".join(parts) + "/" if parts else "./"


def link(label: str, here: str, target: str, css: str = "") -> str:
    """A link to another page of the site; `label` is editor text."""
    attrs = f' class="{css}"' if css else ""
    return f'<a href="{url(here, target)}"{attrs}>{text(label)}</a>'


def day_tag(value, label: str) -> str:
    return f'<time datetime="{value.isoformat()}">{text(label)}</time>'


def verdict(result, here: str, tooltip: str, source: str | None = None) -> str:
    """The verified mark (and the link to the passage), as the Markdown pages write it."""
    kind = "verified" if result.verified else "unverified"
    mark = (
        f'<a href="{url(here, HOW_WE_VERIFY.path())}" title="{text(tooltip)}" '
        f'class="briefing-verdict briefing-verdict--{kind}">{text(result.label)}</a>'
    )
    if not (result.verified and source and result.fragment):
        return mark
    address = external(markup.text_fragment_url(source, *result.fragment) or "")
    if not address:
        return mark
    return f'{mark} <a href="{address}" class="briefing-source-link">read it in the article</a>'
