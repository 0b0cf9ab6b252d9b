"""Quote marks: where each quoted stretch of a paragraph starts and ends.

News copy uses every kind of mark: curly and straight, double and single,
guillemets, two apostrophes for a double mark, and a straight opening with a
curly closing when text was pasted between systems. Single marks are the
hard case, because ’ is also the apostrophe: a mark between two letters
("wasn’t") or after an "s" before a lower-case word ("players’ union") is an
apostrophe, and a single-quoted stretch never opens inside a double-quoted one
(there it is a quote within the quote).

A quote left open at the end of a paragraph continues when the next
paragraph opens with a mark (the convention for long quotes), or when the
paragraphs after it carry no marks at all until one closes without having
opened (a block quote). An open single mark that continues nowhere is not a
quote ("the ‘Stans").

Pasting and hurried typing break marks in a few set ways, read as the writer
meant them: a mark glued between a full stop and a capital, whichever way it
faces; a double quote closed with a single mark; and a double mark that opens
while one is open with too few closing marks after it for a quote within a
quote (the first was never closed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from .lexicon import SAY

_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_BEFORE_OPEN = "([{—–-/:;" + _DOUBLE_OPEN + _SINGLE_OPEN + '"'
_AFTER_CLOSE = ".,;:!?)]}—–-/…" + _DOUBLE_CLOSE + _SINGLE_CLOSE + "\"'"


@dataclass(frozen=True)
class Span:
    """A quoted stretch of a unit's text.

    `start` is the opening mark (or 0 when the unit opens inside a quote),
    `end` is past the closing mark (or the unit's end when it stays open).
    """

    start: int
    end: int
    inner: str
    opened: bool = True
    closed: bool = True
    single: bool = False
    continued: bool = False  # this span goes on from the unit before
    continues: bool = False  # and this one into the unit after

    @property
    def text(self) -> str:
        """The quote as the briefing gives it: the words inside, a trailing comma dropped."""
        return " ".join(self.inner.split()).strip().rstrip(",").strip()

    @property
    def speech_like(self) -> bool:
        """A sentence rather than a phrase: worth attributing to the current speaker."""
        text = self.text
        first = text.lstrip("[(…. ")[:1]  # "[President X’s] approval ..." is a sentence
        sentence = len(text.split()) >= 3 or text.endswith((".", "!", "?"))  # “Nobody came.”
        # (an ellipsis first takes up a sentence in its middle: “...the cold has ...”)
        resumed = text.startswith(("...", "…")) and len(text.split()) >= 5
        return sentence and (first.isupper() or first.isdigit() or resumed)


@dataclass(frozen=True)
class _Mark:
    at: int
    size: int
    role: str  # "open", "close" or "either"


def _context(text: str, at: int, size: int) -> tuple[bool, bool]:
    """(may open, may close): what the characters on each side allow."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + size] if at + size < len(text) else " "
    may_open = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
    may_close = not before.isspace() and at > 0 and (after.isspace() or after in _AFTER_CLOSE)
    return may_open, may_close


def _role(base: str, may_open: bool, may_close: bool) -> str:
    if may_open and not may_close:
        return "open"
    if may_close and not may_open:
        return "close"
    return base


# (", he said" after it too; and a straight mark as well as a curly one: '"...,' she said")
_STRAY_CLOSE = re.compile(r"[.!?,][’'](?=\s+[A-Z]|\s+(?:he|she|they)\s|$)")
_SINGLE_OPENS = re.compile(r"‘|(?<!\w)'(?=\w)")  # a quote within the quote, not "don't"
_DOUBLE = re.compile("''|’’|‘‘|[“”„‟«»\"]")
_SINGLE = re.compile("[‘‹’›']")


def _double_marks(text: str) -> list[_Mark]:
    marks = []
    for match in _DOUBLE.finditer(text):
        i, size, ch = match.start(), len(match.group()), match.group()[0]
        base = "either" if ch in "\"'" else "open" if ch in _DOUBLE_OPEN + "‘" else "close"
        if ch in "«»":
            marks.append(_Mark(i, size, base))  # French spacing: « text » is never reversed
            continue
        may_open, may_close = _context(text, i, size)
        if _glued_after_stop(text, i, size):
            base = "either"  # "... last year.”It was ...": the space lost, the mark either way
        marks.append(_Mark(i, size, _role(base, may_open, may_close)))
    return marks


def _glued_after_stop(text: str, at: int, size: int) -> bool:
    """A mark between a full stop and a capital with no space on either side.

    Pasted copy loses the space around marks and turns an opening mark into a
    closing one (".”It was"): its shape then says nothing, so the quotes open
    before it decide: it closes one that is open, else it opens one.
    """
    after = text[at + size : at + size + 1]
    return at > 0 and text[at - 1] in ".!?" and after.isupper()


def _pairs(text: str, marks: list[_Mark], single: bool) -> list[Span]:
    """Pair marks in order; an unmatched closing mark opens at the unit's start."""
    spans: list[Span] = []
    depth, opened = 0, None
    for index, mark in enumerate(marks):
        role = mark.role if mark.role != "either" else ("close" if depth else "open")
        if role == "open" and depth == 1 and not single and opened is not None and (
            _closers(marks[index + 1 :]) < 2
        ):
            spans += _never_closed(text, opened, mark)
            opened = mark
            continue
        if role == "open":
            if depth == 0:
                opened = mark
            depth += 0 if single and depth else 1
        elif depth:
            depth -= 1
            if depth == 0 and opened is not None:
                spans.append(_span(text, opened.at, mark.at, mark.size, single))
        elif not spans and not single:
            spans.append(replace(_span(text, -1, mark.at, mark.size, single), opened=False))
    if depth and opened is not None:
        stray = None if single else _STRAY_CLOSE.search(text, opened.at)
        if stray is not None and not _SINGLE_OPENS.search(text, opened.at, stray.start()):
            # “... as soon as possible.’ Even if ...: a single mark after a full stop is no
            # apostrophe, so it closes the double one that nothing else closes
            spans.append(_span(text, opened.at, stray.start() + 1, 1, single))
            return [s for s in spans if any(ch.isalnum() for ch in s.inner)]
        inner = text[opened.at + opened.size :]
        spans.append(Span(opened.at, len(text), inner, closed=False, single=single))
    return [s for s in spans if any(ch.isalnum() for ch in s.inner)]


def _closers(marks: list[_Mark]) -> int:
    return sum(m.role != "open" for m in marks)


# '“The calm could not last, Doe told Example TV. “...”': the credit after the first
# quote's last comma, up to where the next quote opens
_CREDIT_TAIL = re.compile(
    rf",\s+(?:(?:[A-Z][\w’'.-]*|he|she)\s+){{1,4}}(?:{SAY})\b[^“”\"]{{0,80}}[.,:]\s*$"
)


def _never_closed(text: str, opened: _Mark, reopened: _Mark) -> list[Span]:
    """A double mark that opens while one is open, with too few closing marks after it
    for a quote within a quote: the first was never closed.

    When a credit sits between the two (", Doe told X. “"), the first quote
    ends at the comma before it; otherwise where it ends cannot be told, and
    the mark opens nothing.
    """
    inner_start = opened.at + opened.size
    tail = _CREDIT_TAIL.search(text, inner_start, reopened.at)
    if tail is None:
        return []
    return [Span(opened.at, tail.start() + 1, text[inner_start : tail.start() + 1])]


def _span(text: str, open_at: int, close_at: int, size: int, single: bool) -> Span:
    """From an opening mark at `open_at` (-1: none) to a closing mark at `close_at`."""
    if open_at < 0:
        return Span(0, close_at + size, text[:close_at], single=single)
    inner_start = open_at + (2 if text[open_at : open_at + 2] in ("''", "‘‘") else 1)
    return Span(open_at, close_at + size, text[inner_start:close_at], single=single)


def _single_marks(text: str, outside: list[Span]) -> list[_Mark]:
    marks = []
    for match in _SINGLE.finditer(text):
        i, ch = match.start(), match.group()
        if any(s.start <= i < s.end for s in outside):
            continue
        if text[i : i + 2] in ("''", "’’", "‘‘") or text[i - 1 : i + 1] in ("''", "’’", "‘‘"):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: wasn’t, it’s, O’Brien
        if after.isdigit() and not before.isalnum():
            continue  # the ’90s
        may_open, may_close = _context(text, i, 1)
        possessive = before in "sS" and text[i + 1 : i + 3][:1] == " " and text[i + 2 : i + 3]
        if ch != "‘" and possessive and text[i + 2].islower() and not may_open:
            continue  # the players’ union
        base = "open" if ch in _SINGLE_OPEN else "close" if ch in _SINGLE_CLOSE else "either"
        role = _role(base, may_open, may_close)
        if role != "either":
            marks.append(_Mark(i, 1, role))
    return marks


def find_spans(text: str) -> list[Span]:
    """Double-quoted stretches first, then single-quoted ones outside them."""
    double = _pairs(text, _double_marks(text), single=False)
    single = _pairs(text, _single_marks(text, double), single=True)
    # 'People ask, "Is it over?" It is.': the double marks quote within the single ones
    double = [d for d in double if not any(s.start < d.start and d.end < s.end for s in single)]
    return sorted(double + single, key=lambda s: s.start)


class _Unit(Protocol):
    text: str
    spans: list[Span]


def link_units(units: list[_Unit]) -> None:
    """Carry open quotes into the next unit(s); drop open single marks that go nowhere."""
    for i, unit in enumerate(units):
        if not unit.spans or unit.spans[-1].closed:
            continue
        last = unit.spans[-1]
        after = units[i + 1] if i + 1 < len(units) else None
        if after is not None and after.spans and after.spans[0].start == 0 and (
            after.spans[0].opened or not last.single
        ):
            unit.spans[-1] = replace(last, continues=True)
            after.spans[0] = replace(after.spans[0], continued=True)
            continue
        if last.single:
            unit.spans.pop()
        elif after is not None:
            _block_quote(units, i)


def _block_quote(units: list[_Unit], i: int) -> bool:
    """Paragraphs with no marks, then one that closes a quote it never opened."""
    plain = []
    for unit in units[i + 1 : i + 4]:
        if not unit.spans:
            plain.append(unit)
            continue
        first = unit.spans[0]
        if first.start == 0 and not first.opened and plain:
            units[i].spans[-1] = replace(units[i].spans[-1], continues=True)
            for middle in plain:
                middle.spans = [Span(0, len(middle.text), middle.text, opened=False,
                                     closed=False, continued=True, continues=True)]
            unit.spans[0] = replace(first, continued=True)
            return True
        return False
    return False


def blot(text: str, spans: list[Span]) -> str:
    """The unit with the words inside quotes blotted out, offsets unchanged.

    Attribution and names are looked for outside quotes only; a final . ! ?
    inside a quote is kept so that the sentence still ends there.
    """
    pieces, cursor = [], 0
    for span in spans:
        first = span.start + (1 if span.opened else 0)
        stop = span.end - 1 if span.closed else span.end
        if first < cursor or stop <= first:
            continue
        keep = span.closed and text[stop - 1] in ".!?"
        pieces += [text[cursor:first], "·" * (stop - first - keep), text[stop - 1] if keep else ""]
        cursor = stop
    pieces.append(text[cursor:])
    return "".join(pieces)
