"""Quotes in a headline or a heading: credited by the body, the standfirst, or a noun.

A headline's quote rarely has a cue of its own; the article credits it lower
down (the body quote with the same words), in the one-sentence summary under
it ("Governor Jane Doe says ..."), or by a description heading it ("...,
warns economist"). Kept apart from `attribution` because it runs once the
body's quotes are all credited, and reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.article import Kind
from .carried import standfirst
from .cues import Credit
from .lexicon import PERSON_NOUNS, words_in
from .mentions import Mentions
from .people import People
from .reading import Unit

if TYPE_CHECKING:
    from .attribution import Item


def _normal(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(words_in(text.casefold()))


def _heading_like(unit: Unit) -> bool:
    """A headline, a heading, or a short line that is no sentence (a live blog's kicker)."""
    text = unit.text.rstrip("”’\"' ")
    return unit.kind is not Kind.BODY or (
        len(unit.text.split()) <= 14 and not text.endswith((".", ":", ",", ";"))
    )


def _writer_asks(item: Item) -> bool:
    """ "So what is this “crisis?”": a line that is the writer's question, with a word or two
    in marks near its end to doubt them, is nobody's quote, whoever uses the word later."""
    unit, span = item.unit, item.span
    return (
        unit.text.rstrip("”’\"' ").endswith("?")
        and len(words_in(span.text)) <= 2
        and len(words_in(unit.text[: span.start])) >= 2
        and ":" not in unit.text[: span.start]
    )


def headings(items: list[Item], people: People, units: list[Unit],
             mentions: Mentions) -> None:
    """Rule 4 for headlines and headings: the body quote with the same words, the
    standfirst's speaker, or a noun."""
    body = [i for i in items if i.unit.kind is Kind.BODY and i.person]
    for item in items:
        if item.person or not _heading_like(item.unit) or (
            item.term and item.unit.kind is Kind.BODY  # a caption's title of a work
        ) or _writer_asks(item):
            continue
        words = _normal(item.span.text)
        if not words:
            continue
        # whole words: "PERILOUS" over a quote with "perilously" is the sub-editor's word
        same = [b for b in body if f" {words} " in f" {_normal(b.span.text)} "]
        if not same and len(words.split()) >= 3:
            wanted = set(words.split())
            same = [b for b in body if wanted <= set(_normal(b.span.text).split())]
        if len({tuple(id(p) for p in b.credit.speakers) for b in same}) > 1:
            continue  # "Still 'steady'" over two people's "steady": the writer's summary
        if same:
            item.credit, item.term = same[0].credit, False
            continue
        dek = standfirst(item, units, mentions)
        if dek is not None:
            item.credit, item.term = dek, False
            continue
        lead = item.unit.text[: item.span.start] + " " + item.unit.text[item.span.end :]
        nouns = {w.lower() for w in words_in(lead)[:3] + words_in(lead)[-2:]} & PERSON_NOUNS
        # ": Analyst" under a quote fits the one expert the article cites, whatever
        # post it gives them (a professor, a fellow).
        fitting = [p for p in people.people if not p.official and (
            nouns & p.nouns or (nouns & {"analyst", "expert"} and p.analyst))]
        if len(fitting) == 1:
            item.credit, item.term = Credit((fitting[0],), how="headline"), False
