"""Render the whole site: {docs-relative path: text}, one page module per page kind.

Pure and deterministic (no clock, no file system, sorted iteration, `\\n`,
final newline), so that writing only what changed, golden tests and live
reload can all rely on the same input giving the same bytes.
"""

from __future__ import annotations

from ..engine.link import Catalog, Entry
from ..engine.problems import Problem
from ..engine.story import Story
from ..engine.workers import fork_map
from . import (
    analyst,
    briefing,
    data,
    feeds,
    head,
    home,
    how_we_verify,
    indexes,
    markup,
    problem_pages,
    timeline,
    topic,
)
from .kinds import Page, Site
from .memo import RenderMemo
from .routes import Format

# One module per page kind; each yields its pages (see `kinds.Page`).
PAGE_KINDS = (
    *(home, timeline, indexes, how_we_verify, briefing, problem_pages, analyst, topic),
    *(data, feeds),
)

Pages = dict[str, str]
NO_STORY = Story()  # one object for every render without story files (memo inputs)


def site_pages(site: Site) -> list[Page]:
    return [page for kind in PAGE_KINDS for page in kind.pages(site)]


def render_site(
    catalog: Catalog,
    intro: str = "",
    memo: RenderMemo | None = None,
    broken: dict[str, list[Problem]] | None = None,
    *,
    site_url: str | None = None,
    site_name: str = "Briefings",
    story: Story | None = None,
    workers: int = 1,
) -> Pages:
    """Every output of the site (slugs named `index` were refused by validation).

    `memo`: pages rendered by an earlier call, reused while their inputs are the
    same objects; `mkdocs serve` keeps one across rebuilds (the builder does).
    `site_url`, `site_name`: the project's settings (`Project.settings`).
    `story`: the story files, checked (`engine.story`).
    `workers`: processes rendering pages, for a one-off build without a memo
    (`engine.workers`); the pages come out the same either way.
    """
    if memo is None and workers > 1:
        return _render_in_workers(catalog, intro, broken, site_url, site_name, story, workers)
    memo = memo if memo is not None else RenderMemo()
    site = Site(
        catalog, intro, broken or {}, story=story or NO_STORY, site_url=site_url,
        site_name=site_name,
    )
    try:
        rendered: Pages = {}
        for page in site_pages(site):
            finish = _finisher(page, site)
            if page.inputs is None:
                rendered[page.path] = finish()
            else:
                rendered[page.path] = memo.get(page.path, page.inputs, finish, page.values)
        memo.keep_only(rendered)
        return dict(sorted(rendered.items()))
    finally:
        markup.clear_caches()


def render_briefing(entry: Entry, site: Site) -> tuple[str, str]:
    """One briefing's page (path, text) as `render_site` would write it: it depends on
    the briefing, its article and the story files only (see `engine.first_look`)."""
    try:
        page = briefing.page_of(entry, site.story)
        return page.path, _finisher(page, site)()
    finally:
        markup.clear_caches()


def _render_in_workers(catalog, intro, broken, site_url, site_name, story, workers) -> Pages:
    site = Site(
        catalog, intro, broken or {}, story=story or NO_STORY, site_url=site_url,
        site_name=site_name,
    )
    try:
        pages = site_pages(site)
        texts = fork_map(lambda page: _finisher(page, site)(), pages, workers,
                         together=lambda page: page.route in data.READ_EVERY_ROW,
                         together_cost=len(catalog.entries) // data.ROWS_PER_PAGE)
        return dict(sorted((page.path, text) for page, text in zip(pages, texts, strict=True)))
    finally:
        markup.clear_caches()


def _finisher(page: Page, site: Site):
    """The page's text, with what `head` adds to a Markdown page's front matter."""

    def finish() -> str:
        text = page.render()
        if page.format is not Format.MARKDOWN:
            return text
        extra = head.front_matter(page, site)
        if not extra:
            return text
        assert text.startswith("---\n")
        return "---\n" + "".join(f"{line}\n" for line in extra) + text.removeprefix("---\n")

    return finish
