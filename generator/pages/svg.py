"""Small pictures drawn at build time: the story on a time axis, a person's appearances.

Plain SVG written into the page (no script, no library, nothing fetched):
colours come from the theme's variables through CSS classes, so both
palettes work, and the viewBox is sized for a phone's column, so labels stay
legible there. Every picture is `role="img"` with a one-sentence name; the
lists next to them carry the same facts as text, for readers and for the
keyboard. Only numbers and the generator's own month names are written
inside: no editor text. Many briefings become bars per month or year, so a
picture's size does not grow with the archive.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import html
from .blocks import MONTHS

WIDTH = 360
PAD = 14
DOTS_MAX = 60  # beyond this, briefings are counted per period and drawn as bars
LABEL_GAP = 40  # the least room between two labels on the axis, in viewBox units


@dataclass(frozen=True)
class Mark:
    day: date
    kind: str  # "briefing" or "event"
    until: date | None = None


def _x(day: date, first: date, last: date) -> float:
    span = (last - first).days
    if span <= 0:
        return WIDTH / 2
    return PAD + (day - first).days / span * (WIDTH - 2 * PAD)


def _next(day: date, unit: str) -> date:
    if unit == "year":
        return date(day.year + 1, 1, 1)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _bounds(first: date, last: date) -> tuple[date, date, str]:
    """The span widened to whole months (whole years over a long span), and which."""
    unit = "month" if (last.year - first.year) * 12 + last.month - first.month <= 18 else "year"
    start = date(first.year, first.month if unit == "month" else 1, 1)
    return start, _next(last, unit), unit


def _axis(first: date, last: date, unit: str, baseline: float, label_y: float) -> list[str]:
    """The line, a tick at each month (or year) boundary, and labels between the ticks."""
    bounds, day = [], first
    while day < last:
        bounds.append(day)
        day = _next(day, unit)
    bounds.append(last)
    parts = [f'<line class="axis-line" x1="{PAD}" y1="{baseline}" x2="{WIDTH - PAD}" '
             f'y2="{baseline}"/>']
    spacing = (WIDTH - 2 * PAD) / max(1, len(bounds) - 1)
    every = max(1, math.ceil(LABEL_GAP / spacing))
    if unit == "year" and every > 1:  # round years: 2015, 2020 rather than 2016, 2021
        every = next(n for n in (2, 5, 10, 20, 50, 100) if n >= every)
    for index, tick in enumerate(bounds):
        x = _x(tick, first, last)
        parts.append(f'<line class="axis-tick" x1="{x:.1f}" y1="{baseline - 4}" x2="{x:.1f}" '
                     f'y2="{baseline + 4}"/>')
        if index + 1 < len(bounds) and (tick.year if unit == "year" else index) % every == 0:
            middle = (x + _x(bounds[index + 1], first, last)) / 2
            parts.append(f'<text x="{middle:.1f}" y="{label_y}" text-anchor="middle">'
                         f"{_label(tick, unit, index == 0)}</text>")
    return parts


def _label(day: date, unit: str, first_label: bool) -> str:
    if unit == "year":
        return str(day.year)
    name = MONTHS[day.month - 1][:3]
    return f"{name} {day.year}" if first_label or day.month == 1 else name


def _bins(days: Sequence[date], first: date, last: date) -> list[tuple[date, date, int]]:
    """(start, end, count) per month, or per year over a long span."""
    yearly = (last.year - first.year) > 4
    counts = Counter(date(d.year, 1, 1) if yearly else date(d.year, d.month, 1) for d in days)
    out = []
    for start, count in sorted(counts.items()):
        end = date(start.year + 1, 1, 1) if yearly else date(
            start.year + start.month // 12, start.month % 12 + 1, 1)
        out.append((start, end, count))
    return out


def timeline_picture(marks: Sequence[Mark], name: str) -> str:
    """The axis with a dot per briefing (or bars) and a diamond per key event."""
    if not marks:
        return ""
    first, last, unit = _bounds(min(m.day for m in marks), max(m.until or m.day for m in marks))
    height, baseline = 70, 38
    parts = _axis(first, last, unit, baseline, 62)
    briefings = [m.day for m in marks if m.kind == "briefing"]
    if len(briefings) > DOTS_MAX:
        bins = _bins(briefings, first, last)
        most = max(count for _, _, count in bins)
        for start, end, count in bins:
            x1 = _x(max(start, first), first, last)
            x2 = max(x1 + 1.5, _x(min(end, last), first, last) - 0.5)
            tall = max(2.0, 18 * count / most)
            parts.append(f'<rect class="briefing-bar" x="{x1:.1f}" y="{baseline - tall:.1f}" '
                         f'width="{x2 - x1:.1f}" height="{tall:.1f}"/>')
    else:
        seen: Counter[date] = Counter()
        for day in briefings:
            y = baseline - 7 * seen[day]
            seen[day] += 1
            parts.append(f'<circle class="briefing-dot" cx="{_x(day, first, last):.1f}" '
                         f'cy="{y:.1f}" r="4.5"/>')
    for mark in (m for m in marks if m.kind == "event"):
        x = _x(mark.day, first, last)
        if mark.until:
            x2 = _x(mark.until, first, last)
            parts.append(f'<line class="event-span" x1="{x:.1f}" y1="12" x2="{x2:.1f}" y2="12"/>')
        parts.append(f'<path class="event-mark" d="M{x:.1f} 5 l6 7 l-6 7 l-6 -7 z"/>')
    return _svg(parts, height, name, "story-picture")


def appearances_picture(days: Sequence[date], first: date, last: date, name: str) -> str:
    """A strip over the archive's span with a dot per appearance (stacked on one day)."""
    if not days:
        return ""
    first, last, unit = _bounds(min(first, *days), max(last, *days))
    height, baseline = 44, 24
    parts = _axis(first, last, unit, baseline, 40)
    # Dots stack where appearances fall on one spot, at most three high: the picture
    # keeps its size however often someone is cited (the label gives the count).
    seen: Counter[int] = Counter()
    for day in sorted(days):
        x = _x(day, first, last)
        spot = round(x)
        if seen[spot] < MAX_STACK:
            y = baseline - 6 * seen[spot]
            parts.append(f'<circle class="briefing-dot" cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
        seen[spot] += 1
    return _svg(parts, height, name, "person-picture")


MAX_STACK = 3


def _svg(parts: list[str], height: int, name: str, css: str) -> str:
    """`name`: the generator's sentence of dates and counts (escaped here all the same)."""
    return (f'<svg class="{css}" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-label="{html.text(name)}" focusable="false">' + "".join(parts) + "</svg>")
