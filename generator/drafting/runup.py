"""Quote paragraphs credited by the quote paragraph right after them.

A run of quote paragraphs is one speaker's turn, and news copy may name the
speaker only once in it, at its end: "“...", "“...”", then "“...,” he
stressed." When nothing has credited the paragraphs before (the speaker
before them was an institution, or narration came between), the verb of the
paragraph that closes the run is theirs too. Inferred, so the draft says so
and `check` flags it. Kept apart from `carried`, which reads backwards from a
quote to what introduced it; this reads forwards to what closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.article import Kind
from .cues import Credit
from .lexicon import words_in
from .reading import Unit

if TYPE_CHECKING:
    from .attribution import Item


def _quote_paragraph(unit: Unit) -> bool:
    """A body paragraph that is a quote from its first word (a credit may follow it)."""
    return unit.kind is Kind.BODY and bool(unit.spans) and not words_in(
        unit.text[: unit.spans[0].start]
    )


def _only_quote(item: Item) -> bool:
    unit = item.unit
    return _quote_paragraph(unit) and len(unit.spans) == 1 and not words_in(
        unit.text[item.span.end :]
    )


def closed_by_next(items: list[Item], units: list[Unit]) -> None:
    """Credit each uncredited paragraph that is nothing but a quote with the person whose
    own verb credits the quote opening the very next paragraph (read from the last, so that
    a run of several takes the credit back to its first)."""
    first_in: dict[int, Item] = {}
    for item in items:
        first_in.setdefault(item.unit.index, item)
    closed: set[int] = set()  # the items credited here, whose credit runs on back
    for item in reversed(items):
        if item.credit is not None or item.term or not item.span.speech_like:
            continue
        if not _only_quote(item):
            continue
        after = first_in.get(item.unit.index + 1)
        if after is None or after.span.start != 0 or not _quote_paragraph(after.unit):
            continue
        credit = after.credit
        if credit is None or not credit.speakers or not (
            id(after) in closed or (credit.how == "" and _credited_in(after))
        ):
            continue
        item.credit = Credit(credit.speakers, credit.org, "inferred")
        closed.add(id(item))


def _credited_in(item: Item) -> bool:
    """The quote's own paragraph names who said it ("...,” he stressed."), after the quote."""
    return bool(words_in(item.unit.blotted[item.span.end :]))
