"""Quotes within a quote: words a speaker quotes from someone else, in single marks.

A speaker may quote another person inside her own quote ("Last week the mayor
declared that 'the budget is safe.' I doubt it," Doe said). The article's
reading never sees those words as quotes, because the marks sit inside a quote
and the names there are blotted out with its words. So the outer quote is read
again on its own, as a short text whose single marks are its only marks: the
same rules then credit the inner words to whoever the speaker says said them,
and credit a term or a coinage in single marks ("a 'new deal'") to no one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .people import Person
from .quotes import find_spans

if TYPE_CHECKING:
    from .attribution import Item
    from .extract import Extraction, FoundQuote


def quoted_within(item: Item, people: list[Person],
                  read: Callable[[str], Extraction]) -> list[FoundQuote]:
    """The quotes of other named people inside `item`'s quote, placed in the file; `read`
    reads a stretch of text as `extract` does, `people` are the article's."""
    span = item.span
    if item.credit is None or not item.credit.speakers or span.single:
        return []
    if not any(inner.single for inner in find_spans(span.inner)):
        return []
    outer = {person.name for person in item.credit.speakers}
    known = {person.name: person for person in people}
    begin = item.unit.text.find(span.inner, span.start)
    found = []
    for quote in read(span.inner).quotes:
        names = {person.name for person in quote.speakers}
        if not names or names & outer:
            continue
        start, end = quote.where
        where = item.unit.file_span(begin + start, begin + end) if (
            begin >= 0 and end <= len(span.inner)
        ) else item.unit.file_span(span.start, span.end)
        speakers = tuple(known.get(person.name, person) for person in quote.speakers)
        paragraph = item.unit.paragraph_at(span.start).index
        found.append(replace(quote, speakers=speakers, paragraph=paragraph, where=where))
    return found
