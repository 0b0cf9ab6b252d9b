"""What a page's HTML head says about it, carried in its front matter for the theme.

`front_matter(page, site)` returns extra front-matter lines (YAML) for a
Markdown page; `overrides/main.html` prints them from `page.meta`:

- `description`: what the page is about, for search results and link
  previews. Material prints it unescaped (as it does the title), so it is
  stored attribute-ready (`formats.meta_text`).
- `og_type`, `published_time`: the OpenGraph type, and an article's date
  only when it is known, not inferred.
- `feeds`: the feeds the page offers (`<link rel="alternate">`), as docs/
  paths the template makes relative to the page; none without `site_url`,
  since there are no feeds then.
- `jsonld`: the page's schema.org data (`structured.py`), already JSON that
  is safe inside `<script>`.

Every value is a JSON string (`formats.yaml_value`), which YAML reads back
exactly: nothing from a briefing can add a key or end the front matter.
"""

from __future__ import annotations

from ..engine.link import AnalystProfile, Entry
from ..engine.models import editor_paragraphs
from . import data, feeds, formats, structured
from .blocks import day, plural
from .kinds import Page, Site
from .routes import (
    ANALYST,
    ANALYSTS_INDEX,
    BRIEFING,
    BRIEFINGS_INDEX,
    DATA,
    HOW_WE_VERIFY,
    TIMELINE,
    TOPIC,
    TOPICS_INDEX,
)

# Fixed descriptions of the pages that are not about one briefing, person or topic.
FIXED = {
    BRIEFINGS_INDEX: "Every briefing on this site, newest first.",
    ANALYSTS_INDEX: "Every analyst quoted or cited in the briefings, with their quotes.",
    TOPICS_INDEX: "The topics of the briefings, each with its story in order.",
    TIMELINE: "Every briefing by the date of the article it summarises.",
    HOW_WE_VERIFY: "How every quote on this site is checked against the article it comes "
    "from, and what a verified mark means.",
    DATA: "Download the briefings, quotes, key claims with their evidence, and analysts as "
    "CSV and JSON Lines, with a Frictionless data package.",
}
DESCRIPTION_MAX = 200


def front_matter(page: Page, site: Site) -> list[str]:
    lines = []
    description = describe(page, site)
    if description:
        lines.append(f"description: {formats.yaml_value(formats.meta_text(description))}")
    subject = page.subject
    is_briefing = page.route is BRIEFING and isinstance(subject, Entry)
    lines.append(f"og_type: {'article' if is_briefing else 'website'}")
    if is_briefing and subject.briefing.source.published_latest is None:
        lines.append(f"published_time: {formats.yaml_value(subject.published.isoformat())}")
    offered = feeds.feeds_of(page, site)
    if offered:
        lines.append("feeds:")
        for feed in offered:
            for path, kind in ((feed.atom_path, feeds.ATOM_TYPE),
                               (feed.json_path, feeds.JSON_FEED_TYPE)):
                lines.append(f"  - path: {formats.yaml_value(path)}")
                lines.append(f"    type: {formats.yaml_value(kind)}")
                lines.append(f"    title: {formats.yaml_value(feed.title)}")
    node = _structured(page, site)
    if node is not None:
        lines.append(f"jsonld: {formats.yaml_value(formats.script_json(node))}")
    return lines


def _structured(page: Page, site: Site) -> dict | None:
    if page.route is DATA:
        here = formats.page_address(site.site_url, page.path)
        return structured.with_context(data.dataset(site, here), here, site)
    return structured.for_page(page, site)


def describe(page: Page, site: Site) -> str:
    """One or two sentences about the page, or "" to keep the site's own description."""
    subject = page.subject
    if page.route is BRIEFING and isinstance(subject, Entry):
        first = editor_paragraphs(subject.briefing.summary)
        return formats.shorten(first[0] if first else "", DESCRIPTION_MAX)
    if page.route is ANALYST and isinstance(subject, AnalystProfile):
        return _analyst(subject)
    if page.route is TOPIC and isinstance(subject, tuple):
        topic, entries = subject
        written = site.story.topic_description(topic)
        if written.strip():
            return formats.shorten(written, DESCRIPTION_MAX)
        return _topic(site.story.topic_title(topic), entries)
    return FIXED.get(page.route, "")


def _analyst(profile: AnalystProfile) -> str:
    roles = []
    for appearance in profile.appearances:
        who = appearance.analyst
        role = ", ".join(formats.one_line(part) for part in (who.role, who.affiliation) if part)
        if role and role not in roles:
            roles.append(role)
    name = formats.one_line(profile.name)
    cited = f"cited in {plural(len(profile.appearances), 'briefing')}"
    text = f"{name} ({'; '.join(roles)}), {cited}." if roles else f"{name}, {cited}."
    return formats.shorten(text, DESCRIPTION_MAX)


def _topic(title: str, entries: list[Entry]) -> str:
    """Without a description in the topics file: what the page lists, and when."""
    title = formats.one_line(title)
    if not entries:
        return f"Briefings on {title}."
    first, last = entries[0].published, entries[-1].published
    span = day(first) if first == last else f"{day(first)} to {day(last)}"
    return f"{plural(len(entries), 'briefing')} on {title}, {span}."
