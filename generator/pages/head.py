"""What a page's HTML head says about it, carried in its front matter for the theme.

`front_matter(page, site)` returns extra front-matter lines (YAML) for a
Markdown page: the place for a per-page description, structured data and
links to feeds (the theme's `main.html` reads them from `page.meta`). Values
go through `markup.yaml_str` (JSON strings are YAML), never pasted raw.
"""

from __future__ import annotations

from .kinds import Page, Site


def front_matter(page: Page, site: Site) -> list[str]:
    return []
