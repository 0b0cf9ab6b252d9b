"""Feeds: Atom and JSON Feed 1.1 for the whole site, for each topic and for each analyst.

- **Atom through feedgen.** A feed is XML that feed readers parse strictly;
  feedgen builds it with lxml, which escapes every character and refuses the
  ones XML cannot hold, so no briefing can make a feed invalid or turn its
  text into markup. (mkdocs-rss-plugin makes one feed of a whole site from
  page metadata; the per-topic and per-analyst feeds need the catalog.)
  JSON Feed is plain JSON: `json` writes it, and the fields are the spec's.
- **Absolute addresses or no feed.** Feed readers fetch a feed on its own, so
  every link and id in it must be absolute; without `site_url` there are no
  feeds at all (the publishing build warns: mkdocs_plugin.py), rather than
  feeds whose links go nowhere.
- **Plain text.** Titles and summaries are the editor's words as text
  (`formats.one_line`), never Markdown-escaped or entity-encoded, and never
  the generator's marker comment.
- **Deterministic.** Every date is the article's (midnight UTC; for an
  inferred date, the earliest it can be, and the entry says so), and the
  feed's own `updated` is its newest entry's: no clock, so an unchanged site
  writes unchanged feeds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator

from ..engine.link import AnalystProfile, Entry, newest_first
from . import formats
from .blocks import published
from .kinds import Page, Site
from .routes import (
    ANALYST,
    ANALYST_ATOM,
    ANALYST_JSON_FEED,
    BRIEFING,
    HOME,
    SITE_ATOM,
    SITE_JSON_FEED,
    TOPIC,
    TOPIC_ATOM,
    TOPIC_JSON_FEED,
    Route,
)

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# A feed is for what is new: the latest entries only, so that no feed (and no build)
# grows with the archive; readers keep what they have already fetched.
FEED_ENTRIES = 50
ATOM_TYPE = "application/atom+xml"
JSON_FEED_TYPE = "application/feed+json"


@dataclass(frozen=True)
class Feed:
    """One feed, in both formats: what it lists and where its page and files are."""

    key: str | None  # the topic slug or analyst id; None for the whole site
    title: str
    description: str
    page: str  # the docs/ path of the HTML page the feed follows
    atom: Route
    json: Route
    entries: tuple[Entry, ...]  # newest first

    @property
    def atom_path(self) -> str:
        return self.atom.path(self.key)

    @property
    def json_path(self) -> str:
        return self.json.path(self.key)


def site_feeds(site: Site) -> list[Feed]:
    """Every feed of the site; none without a site_url (feeds need absolute addresses)."""
    if formats.site_address(site.site_url) is None:
        return []
    catalog = site.catalog
    feeds = [_site_feed(site)]
    feeds += [_topic_feed(site, topic, entries) for topic, entries in catalog.topics.items()]
    feeds += [_analyst_feed(site, profile) for profile in catalog.analysts.values()]
    return [feed for feed in feeds if feed.entries]


def _latest(entries) -> tuple[Entry, ...]:
    return tuple(entries)[:FEED_ENTRIES]


def _site_feed(site: Site) -> Feed:
    return Feed(
        None, f"Every briefing — {formats.one_line(site.site_name)}",
        "Every briefing, newest first.", HOME.path(), SITE_ATOM, SITE_JSON_FEED,
        _latest(site.catalog.entries),
    )


def _topic_feed(site: Site, topic: str, entries: list[Entry]) -> Feed:
    title = formats.one_line(site.story.topic_title(topic))
    return Feed(
        topic, f"{title} — {formats.one_line(site.site_name)}",
        f"Briefings on {title}, newest first.", TOPIC.path(topic),
        TOPIC_ATOM, TOPIC_JSON_FEED, _latest(sorted(entries, key=newest_first)),
    )


def _analyst_feed(site: Site, profile: AnalystProfile) -> Feed:
    who = formats.one_line(profile.name)
    return Feed(
        profile.id, f"{who} — {formats.one_line(site.site_name)}",
        f"Briefings that quote or cite {who}, newest first.", ANALYST.path(profile.id),
        ANALYST_ATOM, ANALYST_JSON_FEED, _latest(a.entry for a in profile.appearances),
    )


def feeds_of(page: Page, site: Site) -> list[Feed]:
    """The feeds a page links to: the site's, and its own topic's or analyst's."""
    if formats.site_address(site.site_url) is None or not site.catalog.entries:
        return []
    feeds = [_site_feed(site)]
    subject = page.subject
    if page.route is TOPIC and isinstance(subject, tuple):
        feeds.append(_topic_feed(site, *subject))
    elif page.route is ANALYST and isinstance(subject, AnalystProfile):
        feeds.append(_analyst_feed(site, subject))
    return feeds


def pages(site: Site) -> Iterator[Page]:
    _TEXTS.clear()  # one render's texts: a briefing is in several feeds
    for feed in site_feeds(site):
        inputs = tuple(entry.briefing for entry in feed.entries)
        yield Page(feed.atom, feed.atom_path, lambda f=feed: atom(f, site), inputs, feed)
        yield Page(feed.json, feed.json_path, lambda f=feed: json_feed(f, site), inputs, feed)


def _address(site: Site, docs_path: str) -> str:
    address = formats.page_address(site.site_url, docs_path)
    assert address is not None  # site_feeds yields nothing without a site_url
    return address


def _moment(entry: Entry) -> datetime:
    published_on = entry.briefing.source.published
    return datetime(published_on.year, published_on.month, published_on.day, tzinfo=UTC)


# id(entry) -> (entry, text): kept for one render (pages() empties it); the entry is
# held too, so its id cannot be reused while the text is cached.
_TEXTS: dict[tuple[int, bool], tuple[Entry, str]] = {}


def _text(entry: Entry, with_address: bool = False) -> str:
    key = (id(entry), with_address)
    if key not in _TEXTS:
        _TEXTS[key] = (entry, _entry_text(entry, with_address))
    return _TEXTS[key][1]


def _entry_text(entry: Entry, with_address: bool) -> str:
    """The entry's text: where and when the article appeared, then the summary."""
    source = entry.briefing.source
    when = published(entry)
    if source.published_latest is not None:
        when += " (the date is inferred from the article's wording)"
    summary = formats.paragraphs(entry.briefing.summary)
    text = f"{formats.one_line(source.outlet)}, {when}.\n\n{summary}"
    original = _original(entry)
    if with_address and original:
        text += f"\n\nThe article: {original}"
    return text


def _original(entry: Entry) -> str | None:
    """The article's address, percent-encoded as every page links it (or None)."""
    url = entry.briefing.source.url
    return formats.markup.url(url) if url else None


def atom(feed: Feed, site: Site) -> str:
    generator = FeedGenerator()
    self_address = _address(site, feed.atom_path)
    generator.id(self_address)
    generator.title(feed.title)
    generator.subtitle(feed.description)
    generator.author({"name": formats.one_line(site.site_name)})
    generator.link(href=_address(site, feed.page), rel="alternate", type="text/html")
    generator.link(href=self_address, rel="self", type=ATOM_TYPE)
    generator.language("en")
    generator.generator("briefings")
    generator.updated(_moment(feed.entries[0]))
    for entry in feed.entries:
        item = generator.add_entry(order="append")
        page = _address(site, BRIEFING.path(entry.slug))
        item.id(page)
        item.title(formats.one_line(entry.briefing.title))
        # One link only: feedgen 1.0 writes an entry's links without their `rel`
        # (python-feedgen issue #135), and a second one would then be a second
        # "alternate", which Atom forbids. The article's address is in the text.
        item.link(href=page, rel="alternate")
        item.summary(_text(entry, with_address=True), type="text")
        item.published(_moment(entry))
        item.updated(_moment(entry))
        for topic in dict.fromkeys(entry.briefing.topics):
            item.category(term=topic, label=formats.one_line(site.story.topic_title(topic)))
    return generator.atom_str(pretty=True).decode("utf-8")


def json_feed(feed: Feed, site: Site) -> str:
    items = []
    for entry in feed.entries:
        page = _address(site, BRIEFING.path(entry.slug))
        item: dict = {
            "id": page,
            "url": page,
            "title": formats.one_line(entry.briefing.title),
            "content_text": _text(entry),
            "summary": formats.shorten(entry.briefing.summary),
            "date_published": _moment(entry).isoformat().replace("+00:00", "Z"),
        }
        if original := _original(entry):
            item["external_url"] = original
        if entry.briefing.topics:
            item["tags"] = list(dict.fromkeys(entry.briefing.topics))
        items.append(item)
    document = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": _address(site, feed.page),
        "feed_url": _address(site, feed.json_path),
        "description": feed.description,
        "language": "en",
        "authors": [{"name": formats.one_line(site.site_name)}],
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"

