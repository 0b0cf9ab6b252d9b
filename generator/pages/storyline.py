"""The story as a timeline: briefings and key events on one time axis, oldest first.

Shared by the home page (its latest stretch) and the timeline's pages. Each
briefing shows its headline claim (the first key claim: editors put the
main one first) and one key quote (the first quote of at least
`KEY_QUOTE_WORDS` words, so that a two-word phrase already in the headline
is passed over); each key event shows the article's words that state it,
verified, and the briefing it comes from. On the same day an event comes
before the briefings: an article reports what has happened.

The list is an HTML block (`html`), so that every item can carry `<time>`
and a heading; the picture above it (`svg`) shows the same dates at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..engine.link import Entry, LinkedQuote, PersonRef
from ..engine.quote_marks import nested
from ..engine.story import LinkedEvent
from . import html, svg
from .blocks import day, day_range, plural, published, tooltip
from .routes import ANALYST, BRIEFING

KEY_QUOTE_WORDS = 6


@dataclass(frozen=True)
class Item:
    day: date
    entry: Entry | None = None
    event: LinkedEvent | None = None


def items(entries: Sequence[Entry], events: Sequence[LinkedEvent]) -> list[Item]:
    """Briefings and events oldest first (an event before a briefing of the same day)."""
    merged = [Item(e.published, entry=e) for e in entries]
    merged += [Item(e.event.date, event=e) for e in events]
    return sorted(merged, key=lambda i: (i.day, i.entry is not None, i.entry.slug if i.entry
                                         else i.event.event.title))


def events_within(events: Sequence[LinkedEvent], shown: set[str], first: date | None,
                  last: date | None) -> list[LinkedEvent]:
    """The events of a stretch of the archive whose briefing is on the site."""
    return [
        e for e in events
        if e.entry.slug in shown
        and (first is None or e.event.date >= first)
        and (last is None or e.event.date <= last)
    ]


def key_quote(entry: Entry) -> LinkedQuote | None:
    for quote in entry.quotes:
        if len(quote.quote.text.split()) >= KEY_QUOTE_WORDS:
            return quote
    return entry.quotes[0] if entry.quotes else None


def picture(stretch: Sequence[Item], what: str = "") -> str:
    """The figure: the stretch on a time axis, with a caption that says it in words."""
    if not stretch:
        return ""
    briefings = sum(1 for i in stretch if i.entry)
    events = len(stretch) - briefings
    first = stretch[0].day
    last = max(i.event.event.until or i.day if i.event else i.day for i in stretch)
    counted = plural(briefings, "briefing") + (
        f" and {plural(events, 'key event')}" if events else "")
    when = day(first) if first == last else day_range(first, last)
    name = f"{what or 'Timeline'}: {counted}, {when}."
    marks = [
        svg.Mark(i.day, "event", i.event.event.until) if i.event else svg.Mark(i.day, "briefing")
        for i in stretch
    ]
    legend = (
        '<span class="story-legend story-legend--briefing" aria-hidden="true"></span> briefing'
        + (' <span class="story-legend story-legend--event" aria-hidden="true"></span> key event'
           if events else "")
    )
    return (
        '<figure class="story-axis">'
        + svg.timeline_picture(marks, name)
        + f"<figcaption>{legend} · {html.text(counted)}, {html.text(when)}</figcaption></figure>"
    )


def story_list(stretch: Sequence[Item], here: str, level: int = 3) -> str:
    if not stretch:
        return ""
    rows = [_event(i.event, here, level) if i.event else _briefing(i.entry, here, level)
            for i in stretch]
    return '<ol class="story-timeline">' + "".join(rows) + "</ol>"


def _when(value: date, label: str, what: str) -> str:
    return f'<p class="story-when">{html.day_tag(value, label)} · {html.text(what)}</p>'


def _briefing(entry: Entry, here: str, level: int) -> str:
    b = entry.briefing
    title = html.link(b.title, here, BRIEFING.path(entry.slug))
    parts = [
        '<li class="story-item story-item--briefing">',
        _when(entry.published, published(entry), b.source.outlet),
        f'<div class="story-card"><h{level} class="story-title">{title}</h{level}>',
    ]
    claim = entry.claims[0] if entry.claims else None
    if claim is not None:
        who = f' <span class="story-who">— {_person(claim.by, here)}</span>' if claim.by else ""
        parts.append(f'<p class="story-claim">{html.text(claim.claim.claim)}{who}</p>')
    quote = key_quote(entry)
    if quote is not None:
        mark = html.verdict(quote.verdict, here, tooltip(quote.verdict))
        parts.append(
            f'<blockquote class="story-quote"><p>{html.text(quote.quote.text)}</p></blockquote>'
            f'<p class="story-who">— {_person(quote.speaker, here)} '
            f'<span data-pagefind-ignore>{mark}</span></p>'
        )
    return "".join(parts) + "</div></li>"


def _event(linked: LinkedEvent, here: str, level: int) -> str:
    event, entry = linked.event, linked.entry
    when = day_range(event.date, event.until) if event.until else day(event.date)
    source = html.link(f"{entry.briefing.source.outlet}, {published(entry)}", here,
                       BRIEFING.path(entry.slug))
    mark = html.verdict(linked.verdict, here, tooltip(linked.verdict), entry.briefing.source.url)
    return (
        '<li class="story-item story-item--event">'
        + _when(event.date, when, "Key event")
        + f'<div class="story-card"><h{level} class="story-title">{html.text(event.title)}'
        + f'</h{level}><p class="story-evidence">“{html.text(nested(event.excerpt))}” '
        + f'<span data-pagefind-ignore>{mark}</span> · stated in {source}</p></div></li>'
    )


def _person(who: PersonRef, here: str) -> str:
    if who.analyst_id:
        return html.link(who.name, here, ANALYST.path(who.analyst_id))
    return html.text(who.name)
