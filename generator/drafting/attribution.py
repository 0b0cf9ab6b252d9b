"""Who said each quote: the attribution rules of English news copy, in order of strength.

1. A cue right after the quote ("...," said X / X said / he added / according
   to X), then the nearest cue before it in the sentence ("X told the FT that
   the Bank would face a “live” decision", "X said in a speech yesterday:
   “...”"), a clause that introduces it with a colon ("X takes a critical view:
   “...”", "Here's his take: “...”"), a person's claim or reckoning ("by X's
   calculations, “...”", "his claim that it is “...”") or view ("X sees a “...”",
   `views`), then a cue later in the
   sentence ("His opponents, a “fifth column”, will meet an ugly fate, X vowed"). A term
   ("so-called “...”") or a title after "book", "wrote", "author of", an
   outlet's possessive ("told Example TV’s “Money Hour.”") or before
   "interview" is no one's words; what a named person "called" something is hers
   (`naming`). An outlet or a source after the marks only
   relays them when a person's verb before them governs their clause ("X said
   that the jars “...”, Example News adds"), and marks that open on the speech
   verb ("X “stressed that ...”") are the subject's right before them (`relays`).
   With no verb at all, a dash and a name after the marks ("“...” - Jane Doe, Example
   Securities", `dashcredit`) credit the quote, and so does a name right after the marks
   where the excerpt ends ("“...,” Jane Doe", `cutoff`).
2. A quote carried over several paragraphs is one quote: what credits any of
   its pieces credits all of them, and a credit line after it ("– Prof Jane
   Doe, Example University") credits the whole block.
3. A sentence-like quote with no cue of its own is credited by what comes right
   before it (`carried`): the reported speech of the sentence or paragraph
   before ("X said that ... “...”"), or an introduction ending in a colon over
   a run of quote paragraphs and small headings ("Here are his remarks:").
4. Otherwise the speaker of an earlier quote in the same sentence; then, for
   a sentence-like quote, in the same paragraph; then, when the paragraph
   opens with the quote, in the paragraph before; and a paragraph with no
   speech verb that ends on its one quote goes on with the speaker the
   paragraph before ended on (translated copy writes analysis so), inferred.
5. A quote in a headline or a section heading is credited by its own cue
   ("Wedbush's Jane Doe: '...'"), else by the body quote that holds its
   words, else by the standfirst under the headline ("Governor Jane Doe says
   ..."), else by the description heading it ("..., warns economist",
   ": Analyst" for the one expert the article cites) (`headings`).

Words credited to an organisation, a place, a group or someone unnamed ("one
diplomat", "Doe's office") are nobody's; a short phrase that no rule credits
is a scare quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..engine.article import Kind
from .carried import carry, resumed
from .cues import Credit, Cue, cues
from .cutoff import cut_off_credit
from .dashcredit import DASH_CREDIT, dash_credit
from .headings import headings
from .lexicon import SAY_RE, words_in
from .mentions import Mentions
from .naming import named_by_person
from .people import People
from .quotes import Span
from .reading import Unit
from .relays import owned_claim, relayed, reports, speaks_in_marks
from .runup import closed_by_next
from .unspoken import unspoken
from .views import view_holder


@dataclass
class Item:
    """A quoted span and what the article credits it to (None: not decided yet)."""

    unit: Unit
    span: Span
    credit: Credit | None = None
    term: bool = False

    @property
    def person(self) -> bool:
        return self.credit is not None and bool(self.credit.speakers)


def _own(item: Item, mentions: Mentions, spans_after: int, doubled: bool) -> Credit | None:
    """Rule 1: the cues of the quote's own sentence."""
    unit, span = item.unit, item.span
    text = unit.blotted
    start, end = unit.sentence_at(span.start)
    earlier = [s.end for s in unit.spans if start <= s.end <= span.start]
    window = text[max([start, *earlier]) : span.start]
    found = cues(unit, mentions, start, end)
    if unspoken(unit, window, span, doubled, named_by_person(unit, found, span)):
        item.term = True  # a term, a title or a nickname: "her book, “After the Storm,”"
        return None
    before = [c for c in found if c.end <= span.start]
    # "X now says Y’s “...” comments mean “...”": a speech word with no subject of its own
    # (here a noun) does not take the words from the verb before them that has one
    spoken = [c for c in before if c.credit.how != "far" and c.credit.speakers]
    if before and before[-1].credit.how == "far":
        before = spoken or before
    if before and reports(before[-1], text[before[-1].end : span.start]):
        return before[-1].credit
    subject = speaks_in_marks(unit, mentions, start, span)
    if subject is not None:
        return subject
    limit = min(spans_after, end)
    for cue in found:
        if span.end <= cue.start < limit and not words_in(text[span.end : cue.subject]) and (
            cue.credit.how != "far" or not spoken
        ):
            if spoken and relayed(cue, spoken[-1], text[spoken[-1].end : span.start]):
                return spoken[-1].credit
            return cue.credit
    if span.closed and not words_in(text[span.end : end]) and end < len(text):
        following = unit.sentence_at(end)
        for cue in cues(unit, mentions, *following):
            if cue.subject == following[0]:
                return cue.credit  # “Hey!” Pratt noted.
    if before:
        return before[-1].credit
    if window.rstrip().endswith(":"):
        clause = re.split(r"[;.]", window)[-1]
        at = span.start - len(window) + window.rfind(clause)
        subject = [m for m in mentions.within(unit.index, at, span.start)][:1]
        if subject and len(words_in(text[at : subject[0].start])) <= 3:
            person = subject[0].person
            return Credit((person,)) if person else Credit(org=subject[0].org)
    owned = owned_claim(unit, mentions, start, span.start) or view_holder(
        unit, mentions, start, span
    )
    if owned is not None:
        return owned
    later = [c for c in found if c.start >= span.end and c.credit.how != "far"]
    return later[0].credit if later else None


def _chains(items: list[Item]) -> list[list[Item]]:
    chains: list[list[Item]] = []
    for item in items:
        if item.span.continued and chains and chains[-1][-1].span.continues:
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains


_CREDIT_LINE = re.compile(r"^[–—-]\s*\S")


def _credit_line(units: list[Unit], last: Item, mentions: Mentions) -> Credit | None:
    """ "– Prof Jane Doe, Example University" under a block quote."""
    after = last.unit.index + 1
    if after >= len(units) or not _CREDIT_LINE.match(units[after].text):
        return None
    if len(units[after].text.split()) > 14 or units[after].spans:
        return None
    people = [m.person for m in mentions.within(after, 0, len(units[after].text)) if m.person]
    return Credit((people[0],), how="credit line") if people else None


def _context(items: list[Item]) -> None:
    """Rule 3: the speaker of the sentence, the paragraph, or the paragraph before.

    A credit found only far from the quote yields to the speaker of an
    earlier quote in the same sentence. A quote that follows the last one
    with nothing between is that speaker's in so many words, and so is a
    paragraph that is nothing but a quote, right after a paragraph ending in
    that speaker's quote (the convention of news copy); one after some
    narration, or opening a paragraph that goes on, is credited by inference
    (`Credit.inferred`), which the draft says and `check` flags.
    """
    last_in_unit: dict[int, Item] = {}
    for item in items:
        unit, span = item.unit, item.span
        previous = last_in_unit.get(unit.index)
        same_sentence = previous is not None and previous.person and (
            unit.sentence_at(previous.span.start) == unit.sentence_at(span.start)
        )
        if item.credit is not None and item.credit.how == "far" and same_sentence:
            item.credit = previous.credit
        elif item.credit is None and not item.term:
            body = unit.kind is Kind.BODY
            opening = not words_in(unit.text[: span.start])
            before = last_in_unit.get(unit.index - 1)
            if before is not None and before.credit is not None and (
                before.credit.how == DASH_CREDIT
            ):
                before = None  # a round-up credits each comment after it, none before
            if same_sentence or (
                previous is not None and previous.person and body and span.speech_like
            ):
                between = unit.blotted[previous.span.end : span.start]
                # "“...,” said X, a fellow at Y. “...”": only the attribution between them.
                ends = sum(previous.span.end < a <= span.start for a, _ in unit.sentences)
                sandwich = ends <= 1 and SAY_RE.search(between) is not None
                item.credit = _inferred(previous.credit, bool(words_in(between)) and not sandwich)
            elif (
                body and opening and span.speech_like and before is not None and before.person
                and before.unit.kind is Kind.BODY
            ):
                # A paragraph that is nothing but a quote, right after one that ends
                # with a person's quote, is theirs by the convention of news copy.
                alone = not words_in(unit.text[span.end :])
                item.credit = _inferred(before.credit, not alone)
            elif body and _goes_on(item, before):
                item.credit = _inferred(before.credit, True)
        if not item.term:  # a title between two quotes leaves the speaker speaking
            last_in_unit[unit.index] = item


def _goes_on(item: Item, before: Item | None) -> bool:
    """ "X's bet “did not work.”" right after a paragraph that ends on Y's words: the one
    quote of a paragraph with no speech verb, ending it as a sentence, goes on with Y (the
    style of translated copy); the draft marks it inferred. One word ("the results they
    considered “unexpected.”") is a term, whatever stop it ends on."""
    unit, span = item.unit, item.span
    return (
        before is not None and before.person and before.unit.kind is Kind.BODY
        and _ends_on_quote(before) and len(unit.spans) == 1
        and span.closed and span.text.endswith((".", "!", "?")) and len(words_in(span.text)) > 1
        and not words_in(unit.text[span.end :]) and SAY_RE.search(unit.blotted) is None
    )


def _ends_on_quote(item: Item) -> bool:
    """The paragraph ends on the quote, or on the quote and its short credit ("“...,” Doe
    says."): either way the speaker's words are the last thing the reader heard."""
    rest = item.unit.blotted[item.span.end :]
    return not words_in(rest) or (len(words_in(rest)) <= 4 and SAY_RE.search(rest) is not None
                                  and rest.rstrip().endswith("."))


def _inferred(credit: Credit | None, inferred: bool) -> Credit | None:
    if credit is None or not inferred:
        return credit
    return Credit(credit.speakers, credit.org, "inferred")


def attribute(units: list[Unit], people: People, mentions: Mentions) -> list[Item]:
    """Every quoted span of the article with what the article credits it to."""
    items = [Item(unit, span) for unit in units for span in unit.spans]
    doubled = any(not i.span.single and i.unit.kind is Kind.BODY for i in items)
    last = units[-1].index if units else -1
    for item in items:
        starts = [s.start for s in item.unit.spans if s.start > item.span.start]
        dashed = dash_credit(item.unit, item.span, mentions)
        item.credit = Credit((dashed,), how=DASH_CREDIT) if dashed is not None else _own(
            item, mentions, min(starts, default=len(item.unit.text)), doubled
        )
        cut = cut_off_credit(item.unit, item.span, mentions, item.unit.index == last)
        if item.credit is None and cut is not None:
            item.credit = Credit((cut,))
    for chain in _chains(items):
        credit = _credit_line(units, chain[-1], mentions) if len(chain) > 1 or (
            not chain[-1].span.closed or not chain[-1].span.opened
        ) else None
        credit = credit or next((i.credit for i in chain if i.credit is not None), None)
        for member in chain:
            if credit is not None and (member.credit is None or credit.how == "credit line"):
                member.credit, member.term = credit, False
    carry(items, units, mentions)
    _context(items)
    resumed(items, units, mentions)
    closed_by_next(items, units)
    headings(items, people, units, mentions)
    return items


def narration_cues(units: list[Unit], mentions: Mentions) -> list[tuple[Unit, Cue]]:
    """Every speech cue in the article's text, for reported speech ("X said that ...")."""
    return [
        (unit, cue)
        for unit in units
        for start, end in unit.sentences
        for cue in cues(unit, mentions, start, end)
    ]
