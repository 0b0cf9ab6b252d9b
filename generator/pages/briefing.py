"""A briefing's page: what a reader checks first, then the claims and the words behind them.

The headline, then outlet, date and the link to the original; the topics as
chips below the headline (our own, in words: Material would put its tag
chips above the title, with slugs); the summary; the key claims with their
excerpts; the quotes grouped by speaker, without those whose words are
already an excerpt on the page; the analysts. A hidden block gives Pagefind
the date to sort by and the filters (topic, outlet, analyst, year).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.link import Entry, LinkedQuote, PersonRef
from ..engine.models import Analyst
from ..engine.story import Story
from ..engine.verify import normalise
from . import html, markup, reversals
from .blocks import (
    NOT_INDEXED,
    claim_item,
    described,
    page,
    person,
    published,
    quote_attribution,
    quote_block,
)
from .kinds import Page, Site
from .routes import BRIEFING, TOPIC

Folded = dict[tuple[int, int], list[LinkedQuote]]


def pages(site: Site) -> Iterator[Page]:
    for entry in site.catalog.entries:
        yield page_of(entry, site.story)


def page_of(entry: Entry, story: Story) -> Page:
    inputs = (entry.briefing, story.topics, *reversals.sources(story, entry))
    return Page(BRIEFING, BRIEFING.path(entry.slug), lambda: render(entry, story), inputs, entry)


def render(entry: Entry, story: Story | None = None) -> str:
    story = story or Story()
    here = BRIEFING.path(entry.slug)
    b = entry.briefing
    byline = [f"**{markup.inline(b.source.outlet)}**", published(entry)]
    if b.source.authors:
        byline.append("by " + ", ".join(markup.inline(name) for name in b.source.authors))
    original = markup.url(b.source.url) if b.source.url else None
    if original:
        byline.append(f"[Read the original article]({original})")
    notes = []
    if b.title_by_editor:
        notes.append("Title by the editor: the article's own headline is not on file.")
    if b.source.published_latest is not None:
        notes.append("The date is inferred from the article's wording, not confirmed.")
    shown, folded = fold_quotes(entry)
    body = [
        f"# {markup.inline(b.title)}",
        # Search shows the outlet and date as the result's own line (search_data), and
        # filters by outlet: the byline would only repeat them in every excerpt.
        " · ".join(byline) + f"\n{{: .briefing-byline {NOT_INDEXED} }}",
        chips(entry, story, here),
        " ".join(f"*{note}*{{: .briefing-note }}" for note in notes)
        + f"\n{{: .briefing-notes {NOT_INDEXED} }}"
        if notes
        else "",
        ""
        if entry.verified
        else "The article's text is not on file, so its quotes are shown as unverified.",
        "## Summary",
        markup.block_text(b.summary),
        "## Key claims",
        "\n".join(
            claim_item(entry, i, here, words_of=folded,
                       reverses=reversals.line(story, entry, i, here))
            for i in range(len(entry.claims))
        ),
    ]
    if shown:
        body.append("## Quotes")
        for speaker, quotes in _by_speaker(shown):
            body.append(f"### {person(speaker, here)}")
            body.extend(
                quote_block(q.quote.text, quote_attribution(q, here, b.source.url))
                for q in quotes
            )
    if b.analysts:
        body.append("## Analysts cited")
        body.append("\n".join(_cited(analyst, here) for analyst in b.analysts))
    body.append(search_data(entry, story))
    return page(b.title, entry.source_file, body)


def chips(entry: Entry, story: Story, here: str) -> str:
    """The briefing's topics, in words, each a link to its topic's page."""
    slugs = list(dict.fromkeys(entry.briefing.topics))
    if not slugs:
        return ""
    links = " ".join(
        html.link(story.topic_title(slug), here, TOPIC.path(slug), "briefing-chip")
        for slug in slugs
    )
    return f'<nav class="briefing-topics" aria-label="Topics">{links}</nav>'


def fold_quotes(entry: Entry) -> tuple[list[LinkedQuote], Folded]:
    """The quotes to show, and those whose words lie inside an excerpt (by excerpt).

    Inside means within the excerpt's passage in the article (both verified),
    or, unverified, contained in its text once normalised as verification does.
    """
    shown: list[LinkedQuote] = []
    folded: Folded = {}
    excerpts = [
        ((i, j), text, result)
        for i, claim in enumerate(entry.claims)
        for j, (text, result) in enumerate(claim.evidence)
    ]
    for quote in entry.quotes:
        home = next((key for key, text, result in excerpts if _inside(quote, text, result)), None)
        if home is None:
            shown.append(quote)
        else:
            folded.setdefault(home, []).append(quote)
    return shown, folded


def _inside(quote: LinkedQuote, text: str, result) -> bool:
    mine, theirs = quote.verdict.where, result.where
    if mine is not None and theirs is not None:
        return theirs[0] <= mine[0] and mine[1] <= theirs[1]
    if quote.verdict.verified or result.verified:
        return False
    return normalise(quote.quote.text).strip(" .,;:") in normalise(text)


def _by_speaker(quotes: list[LinkedQuote]) -> list[tuple[PersonRef, list[LinkedQuote]]]:
    """Quotes grouped by who said them, in the order each speaker first appears."""
    groups: dict[tuple[str | None, str], list[LinkedQuote]] = {}
    people: dict[tuple[str | None, str], PersonRef] = {}
    for quote in quotes:
        key = (quote.speaker.analyst_id, quote.speaker.name.casefold())
        groups.setdefault(key, []).append(quote)
        people.setdefault(key, quote.speaker)
    return [(people[key], groups[key]) for key in groups]


def _cited(analyst: Analyst, here: str) -> str:
    """An analyst as this article presents them: linked name, role, affiliation."""
    name = person(PersonRef(analyst.name, analyst.key), here)
    role = described(analyst.role, analyst.affiliation)
    return f"- {name}, {role}" if role else f"- {name}"


def search_data(entry: Entry, story: Story) -> str:
    """What Pagefind files the page under: hidden from readers, not part of its text."""
    b = entry.briefing

    def tag(kind: str, name: str, value: str) -> str:
        return f'<span data-pagefind-{kind}="{name}">{html.text(value)}</span>'

    when = b.source.published.isoformat()
    # The date twice: to sort by, and as a result's metadata, which is what the
    # preview's search (pagefind-changes.js) can read to place a new page.
    parts = [tag("sort", "date", when),
             tag("meta", "published", when),
             tag("meta", "date", published(entry)),
             tag("meta", "outlet", b.source.outlet),
             tag("filter", "outlet", b.source.outlet),
             tag("filter", "year", str(b.source.published.year))]
    parts += [tag("filter", "topic", story.topic_title(t)) for t in dict.fromkeys(b.topics)]
    parts += [tag("filter", "analyst", a.name) for a in b.analysts]
    return '<div class="briefing-search-data" hidden data-pagefind-ignore>' + "".join(parts) + \
        "</div>"
