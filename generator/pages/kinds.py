"""What every page module yields: a page, its route, and the inputs it is rendered from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..engine.link import Catalog
from ..engine.problems import Problem
from ..engine.story import Story
from .routes import Format, Route


@dataclass(frozen=True)
class Site:
    """What pages need besides the catalog: the project's own words and settings."""

    catalog: Catalog
    intro: str = ""
    # Under `mkdocs serve` only: briefings that have never been valid, by slug, with
    # their problems; each gets a page that names them (pages/problem_pages.py).
    broken: dict[str, list[Problem]] = field(default_factory=dict)
    # The story files: title and lede, topic titles and descriptions, key events.
    story: Story = field(default_factory=Story)
    # The published address ("https://host/path/") or None (then no feed and no absolute
    # address anywhere: pages/head.py), and the site's name for feeds and structured data.
    site_url: str | None = None
    site_name: str = "Briefings"


@dataclass(frozen=True)
class Page:
    """One output to write. `inputs` are the checked briefings it shows, compared by
    identity to reuse an earlier render (`memo.RenderMemo`); None renders it every time.
    `values`: what else it shows of the archive, as plain data compared by equality."""

    route: Route
    path: str
    render: Callable[[], str]
    inputs: tuple | None = None
    subject: object = None  # what the page is about: an Entry, an AnalystProfile, a topic
    values: tuple = ()

    @property
    def key(self) -> str | None:
        """The `{key}` of its route's path ("2022-02-02-x" for briefings/2022-02-02-x.md)."""
        if not self.route.is_pattern:
            return None
        head, _, tail = self.route.save_as.partition("{key}")
        return self.path.removeprefix(head).removesuffix(tail)

    @property
    def format(self) -> Format:
        return self.route.format
