"""Every internal link and anchor of the built site resolves: read from the HTML, no browser.

Each `href` and `src` of every HTML page that points into the site (relative, or
an absolute path) must name a file that exists (a folder URL means its
index.html), and its `#anchor` an `id` (or `<a name>`) in the target page.
Ignored, and only these: external http(s) links and `mailto:`. Anything else,
a `javascript:` URL included, fails.
"""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

pytestmark = pytest.mark.site

LINK_ATTRIBUTES = {"href", "src"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((tag, value))


@cache
def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def target_file(site: Path, path: str) -> Path:
    """The file a site URL path is served from: a folder URL means its index.html."""
    relative = unquote(path).lstrip("/")
    file = site / relative
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file


def broken_links(site: Path) -> list[str]:
    broken = []
    pages = sorted(site.rglob("*.html"))
    assert pages, site
    for source in pages:
        here = "/" + source.relative_to(site).as_posix()
        for tag, url in parse(source).links:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto") or parts.netloc:
                continue  # external: not this site's to prove
            assert parts.scheme == "", f"{here}: <{tag}> {url}: unexpected scheme"
            absolute = urlsplit(urljoin(here, url))  # `..` past the root stays at the root
            file = target_file(site, absolute.path)
            if not file.is_file():
                broken.append(f"{here}: <{tag}> {url} -> missing {file.relative_to(site)}")
                continue
            anchor = unquote(absolute.fragment)
            if anchor and file.suffix == ".html" and anchor not in parse(file).ids:
                broken.append(f"{here}: <{tag}> {url} -> no #{anchor}")
    return broken


def test_every_internal_link_and_anchor_resolves(real_site):
    assert broken_links(real_site) == []
    # It looked at something: every generated page links to others, with anchors too.
    links = [url for _, url in parse(real_site / "index.html").links]
    assert any(url.startswith("#") for url in links)
    assert any(url.startswith("briefings/") for url in links)


def test_a_broken_link_or_anchor_is_reported(tmp_path):
    """The walker itself: a missing page and a missing anchor are both found."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="here"><a href="#here">ok</a> <a href="../b/">gone</a> '
        '<a href="../#nowhere">no anchor</a> <a href="https://example.org/x">external</a></p>',
        encoding="utf-8",
    )
    (tmp_path / "index.html").write_text('<h1 id="top">Home</h1>', encoding="utf-8")
    assert broken_links(tmp_path) == [
        "/a/index.html: <a> ../b/ -> missing b/index.html",
        "/a/index.html: <a> ../#nowhere -> no #nowhere",
    ]
