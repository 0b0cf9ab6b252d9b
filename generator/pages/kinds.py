"""What every page module yields: a page, its route, and the inputs it is rendered from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..engine.link import Catalog
from .routes import Format, Route


@dataclass(frozen=True)
class Site:
    """What pages need besides the catalog: the project's own words and settings."""

    catalog: Catalog
    intro: str = ""


@dataclass(frozen=True)
class Page:
    """One output to write. `inputs` are the checked briefings it shows, compared by
    identity to reuse an earlier render (`memo.RenderMemo`); None renders it every time."""

    route: Route
    path: str
    render: Callable[[], str]
    inputs: tuple | None = None

    @property
    def format(self) -> Format:
        return self.route.format
