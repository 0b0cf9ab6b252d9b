"""Read a news article's plain text: its body, its direct quotes and who said them.

`briefings new` drafts a briefing from this, and an editor finishes it. The
rules here are the conventions of English news copy, kept deliberately simple
and predictable so that an editor can tell why a quote was (or was not) drafted:

- Page furniture is left out (see `engine.article`).
- A quote is the text between curly or straight double quote marks; a quote
  left open at the end of a paragraph continues in the next one.
- Its speaker comes from the attribution in the same sentence ("said Shi",
  "Fallon added", "says Wyne", "according to Putin", "he said"), else from a
  speech verb before it ("Wang called for", "Putin conceded that"), else from
  the speaker of an earlier quote in the same sentence, the same paragraph, or
  the paragraph before when this paragraph opens with the quote. A short phrase
  that none of these attribute ("cloud diplomacy") is a scare quote, left out.
- Speakers are named people. A person is anyone the article introduces as one:
  by a title ("Chinese Foreign Minister Wang Yi"), a description before or
  after the name ("Eurasia Group senior analyst Ali Wyne", "Brian Hart, a
  fellow with ..."), or as the subject of an attribution. Later mentions by one
  part of the name ("Gabuev", "Shi") and "he"/"she" resolve to the most recent
  person. Quotes attributed to countries or institutions are left out.
- Analysts are the quoted or cited people who are not officials (heads of
  state, ministers, diplomats, spokespeople: anyone introduced by such a
  title), with the role and affiliation of the first description.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.article import Paragraph
from .attribution import FoundQuote, attribute, cited
from .people import People, Person, find_people
from .reading import article_body, prepare


@dataclass(frozen=True)
class Extraction:
    """Everything `briefings new` drafts from an article."""

    title: str | None
    quotes: list[FoundQuote]
    analysts: list[Person]
    people: list[Person]
    unattributed: list[str]
    paragraphs: list[Paragraph]


def extract(text: str) -> Extraction:
    title, article = article_body(text)
    blocks = prepare(article)
    people = find_people(blocks)
    quotes = attribute(blocks, people)
    return Extraction(
        title=title,
        quotes=_unique(quotes.found),
        analysts=_analysts(people, quotes.found, cited(blocks, people)),
        people=people.people,
        unattributed=list(dict.fromkeys(quotes.unattributed)),
        paragraphs=article,
    )


def _unique(found: list[FoundQuote]) -> list[FoundQuote]:
    """In reading order, each (words, speakers) once."""
    seen: set[tuple[str, tuple[int, ...]]] = set()
    result = []
    for quote in sorted(found, key=lambda q: q.paragraph):
        key = (" ".join(quote.text.casefold().split()), tuple(id(p) for p in quote.speakers))
        if key not in seen:
            seen.add(key)
            result.append(quote)
    return result


def _analysts(people: People, found: list[FoundQuote], cited_ids: set[int]) -> list[Person]:
    """Quoted or cited people who are not officials, in order of first mention."""
    quoted = {id(q.speakers[0]) for q in found if len(q.speakers) == 1}
    return [
        person
        for person in sorted(people.people, key=lambda p: p.first)
        if not person.official and (id(person) in quoted or id(person) in cited_ids)
    ]
