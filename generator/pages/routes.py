"""The route table: every kind of generated output, where it is saved and how it is treated.

One table, in the spirit of Pelican's `*_SAVE_AS` settings, that every part of
the project reads instead of knowing paths itself:

- the page modules build their paths with `Route.path` and their links with
  `relative`;
- the writer owns exactly what the table says it generates (and removes stale
  files only there);
- `.gitignore` lists `generated_roots()` and `mkdocs.yml`'s `nav` and
  `not_in_nav` follow `nav()` and `not_in_nav()` (tests/test_routes.py proves
  both agree with this table);
- the Pagefind plugin asks `search_mode` how much of a built page to index.

Adding an output kind is one entry here plus one module in `pages/`.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from enum import StrEnum


class Format(StrEnum):
    """How an output is written and escaped: Markdown through `markup` only; each other
    format through its own writer (a feed library, `json`, `csv`), never by hand."""

    MARKDOWN = "markdown"
    XML = "xml"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


class Search(StrEnum):
    """How much of a built page Pagefind indexes."""

    FULL = "full"  # the whole page: a briefing
    INTRO = "intro"  # the heading and introduction: pages that repeat the briefings' words
    NONE = "none"


@dataclass(frozen=True)
class Route:
    """One kind of generated output. `save_as` is relative to docs/, with `{key}` fields."""

    name: str
    save_as: str
    format: Format = Format.MARKDOWN
    nav: str | None = None  # the sidebar title, for the few pages that are sections
    search: Search = Search.INTRO

    def path(self, key: str | None = None) -> str:
        return self.save_as.format(key=key) if key is not None else self.save_as

    @property
    def folder(self) -> str:
        """The docs/ folder its outputs live in ("" for the top)."""
        return posixpath.dirname(self.save_as)

    @property
    def is_pattern(self) -> bool:
        return "{" in self.save_as

    def matches(self, path: str) -> bool:
        if not self.is_pattern:
            return path == self.save_as
        head, _, tail = self.save_as.partition("{key}")
        middle = path.removeprefix(head).removesuffix(tail)
        return (
            path.startswith(head)
            and path.endswith(tail)
            and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", middle) is not None
        )


HOME = Route("home", "index.md", nav="Home")
BRIEFINGS_INDEX = Route("briefings-index", "briefings/index.md", nav="Briefings")
ANALYSTS_INDEX = Route("analysts-index", "analysts/index.md", nav="Analysts")
TOPICS_INDEX = Route("topics-index", "topics/index.md", nav="Topics")
TIMELINE = Route("timeline", "timeline.md", nav="Timeline")
HOW_WE_VERIFY = Route("how-we-verify", "how-we-verify.md", nav="How we verify")
BRIEFING = Route("briefing", "briefings/{key}.md", search=Search.FULL)
ANALYST = Route("analyst", "analysts/{key}.md")
TOPIC = Route("topic", "topics/{key}.md")
# Long lists in parts of a bounded size (pages/paging.py): no page grows with the archive.
TIMELINE_PART = Route("timeline-part", "timeline/{key}.md")
TOPIC_PART = Route("topic-part", "topics/parts/{key}.md")
ANALYSTS_PART = Route("analysts-part", "analysts/a-z/{key}.md")
ANALYST_PART = Route("analyst-part", "analysts/parts/{key}.md")
# The Data page and the downloads it lists (pages/data.py; described by datapackage.json).
DATA = Route("data", "data.md", nav="Data")
DATA_PACKAGE = Route("data-package", "data/datapackage.json", Format.JSON)
DATA_CSV = Route("data-csv", "data/{key}.csv", Format.CSV)
DATA_JSONL = Route("data-jsonl", "data/{key}.jsonl", Format.JSONL)
# Feeds (pages/feeds.py): Atom and JSON Feed, for the whole site, each topic, each analyst.
SITE_ATOM = Route("site-atom", "feeds/all.xml", Format.XML)
SITE_JSON_FEED = Route("site-json-feed", "feeds/all.json", Format.JSON)
TOPIC_ATOM = Route("topic-atom", "feeds/topics/{key}.xml", Format.XML)
TOPIC_JSON_FEED = Route("topic-json-feed", "feeds/topics/{key}.json", Format.JSON)
ANALYST_ATOM = Route("analyst-atom", "feeds/analysts/{key}.xml", Format.XML)
ANALYST_JSON_FEED = Route("analyst-json-feed", "feeds/analysts/{key}.json", Format.JSON)

# In the order of the sidebar; the section indexes come before their entries.
ROUTES: tuple[Route, ...] = (
    HOME,
    BRIEFINGS_INDEX,
    ANALYSTS_INDEX,
    TOPICS_INDEX,
    TIMELINE,
    HOW_WE_VERIFY,
    DATA,
    BRIEFING,
    ANALYST,
    TOPIC,
    TIMELINE_PART,
    TOPIC_PART,
    ANALYSTS_PART,
    ANALYST_PART,
    DATA_PACKAGE,
    DATA_CSV,
    DATA_JSONL,
    SITE_ATOM,
    SITE_JSON_FEED,
    TOPIC_ATOM,
    TOPIC_JSON_FEED,
    ANALYST_ATOM,
    ANALYST_JSON_FEED,
)


def route_of(path: str) -> Route | None:
    """The route a docs-relative path belongs to (an index before its section's pattern)."""
    for route in ROUTES:
        if route.matches(path):
            return route
    return None


def nav() -> list[dict[str, str]]:
    """The sidebar as `mkdocs.yml` writes it: sections only (see the README, Performance)."""
    return [{route.nav: route.save_as} for route in ROUTES if route.nav]


def not_in_nav() -> list[str]:
    """`mkdocs.yml`'s `not_in_nav` patterns: the pages reached through a section index."""
    return list(
        dict.fromkeys(
            f"/{route.folder}/*.md"
            for route in ROUTES
            if route.is_pattern and route.format is Format.MARKDOWN
        )
    )


def generated_roots() -> list[str]:
    """What the generator owns under docs/: single files and whole folders (for .gitignore)."""
    roots = set()
    for route in ROUTES:
        top = route.save_as.split("/")[0]
        roots.add(top + "/" if "/" in route.save_as else top)
    return sorted(roots)


def owned(path: str) -> bool:
    """Whether a docs-relative path is somewhere the generator writes."""
    return any(
        path == root or (root.endswith("/") and path.startswith(root))
        for root in generated_roots()
    )


def search_mode(src_path: str) -> Search:
    """How Pagefind indexes the page built from `src_path` (a docs-relative path)."""
    route = route_of(src_path)
    return route.search if route else Search.INTRO


def relative(from_page: str, to_page: str) -> str:
    """The relative .md path from one docs page to another, as MkDocs validates it."""
    return _relative(from_page.rpartition("/")[0], to_page)


@functools.lru_cache(maxsize=65536)
def _relative(from_folder: str, to_page: str) -> str:
    # Only the folder of the linking page matters, and a site has a handful of them;
    # `posixpath.relpath` would call getcwd() every time.
    start = from_folder.split("/") if from_folder else []
    target = to_page.split("/")
    common = 0
    while common < min(len(start), len(target) - 1) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:])
