"""Under `mkdocs serve`: a page for a briefing that has never been valid, naming its problems.

An editor who opens a new briefing's address while it still has a mistake
sees why it cannot be shown, instead of a 404. Only the preview makes these:
a strict build publishes nothing while any briefing has an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.problems import Problem
from . import markup
from .blocks import page
from .kinds import Page, Site
from .routes import BRIEFING


def pages(site: Site) -> Iterator[Page]:
    for slug, problems in sorted(site.broken.items()):
        path = BRIEFING.path(slug)
        yield Page(BRIEFING, path, lambda s=slug, p=problems: render(s, p))


def render(slug: str, problems: list[Problem]) -> str:
    items = []
    for problem in problems:
        line = f"- {markup.inline(str(problem.position))}: {markup.inline(problem.message)}"
        if problem.hint:
            line += f"  \n  hint: {markup.inline(problem.hint)}"
        items.append(line)
    body = [
        f"# {markup.inline(slug)}: not shown yet",
        "This briefing has problems, so the preview cannot show it. Fix them and save: "
        "the page appears on the next reload.",
        "\n".join(items),
    ]
    return page(f"{slug}: not shown yet", f"briefings/{slug}.yaml", body)
