"""Quotes with no cue of their own, credited by what comes right before them.

Two conventions of news copy. Reported speech introduces the direct quote
that follows it: "X said that the offer was serious. “It stands.”", or a
paragraph ending "..., according to X." and then a paragraph that is nothing
but a quote (inferred when X's verb is further back in a paragraph where only
X speaks). And a piece built from someone's words introduces them once,
with a colon ("Here are some of his recent comments:"), then gives paragraph
after paragraph of quotes, perhaps under small headings ("On inflation"); a
heading that says what follows ("Key Quotes") stands for the colon.

Both read the quote as the words of the person credited right before it, so
the credit is not marked inferred. A third (`resumed`, inferred): a line of
narration that names no one else does not end a speaker's turn, so the quote
paragraph after it is still theirs (a "READ: ..." link to another story between
is the page's, not narration), and so are the paragraphs that quote runs on
into. Nothing is carried over a quote credited
to someone else, or over narration. And a headline's quote may be credited
only by the standfirst under it ("Governor Jane Doe says inflation is
stubborn"): the person that one-sentence summary has speak.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..engine.article import Kind
from .cues import Credit, Cue, cues
from .followups import finished_thought
from .lexicon import DAYS, PLACES, words_in
from .mentions import Mentions
from .profiled import profiled
from .reading import Unit

if TYPE_CHECKING:
    from .attribution import Item


def _whole_sentence(item: Item) -> tuple[int, int] | None:
    """The quote's sentence, when the quote is all of it."""
    unit, span = item.unit, item.span
    start, end = unit.sentence_at(span.start)
    if words_in(unit.blotted[start : span.start]) or words_in(unit.blotted[span.end : end]):
        return None
    return (start, end)


def _person_cue(unit: Unit, mentions: Mentions, start: int, end: int) -> Credit | None:
    found = [c for c in cues(unit, mentions, start, end)
             if c.credit.speakers and c.credit.how not in ("far", "unresolved")]
    return Credit(found[-1].credit.speakers, how="carried") if found else None


def after_reported(item: Item, units: list[Unit], mentions: Mentions,
                   nobody: frozenset[tuple[int, int]] = frozenset()) -> Credit | None:
    """The speaker of the reported speech in the sentence right before the quote; a quote
    there that is someone unnamed's ("X says growth is in a decline another economist
    called “weird”", `nobody`: their (unit, start)) does not stop it."""
    sentence = _whole_sentence(item)
    if sentence is None:
        return None
    unit = item.unit
    at = unit.sentences.index(sentence) if sentence in unit.sentences else 0
    if at > 0:
        before, (start, end) = unit, unit.sentences[at - 1]
    elif unit.index > 0 and units[unit.index - 1].kind is Kind.BODY:
        before = units[unit.index - 1]
        if not before.sentences:
            return None
        start, end = before.sentences[-1]
    else:
        return None
    if any(s.start < end and start < s.end and (before.index, s.start) not in nobody
           for s in before.spans):
        return None  # a quote there: the rules for quotes after quotes apply
    return _person_cue(before, mentions, start, end) or _paragraph_speaker(
        item, before, mentions)


def _paragraph_speaker(item: Item, before: Unit, mentions: Mentions) -> Credit | None:
    """ "Rates crept back up, Doe says. But they are still low." then a paragraph that is
    nothing but a quote: a paragraph of narration whose every speech verb has the same
    person speak is her turn, though its last sentence goes on without a verb; the quote
    after it is hers, inferred (the verb is not in the sentence right before it)."""
    if before is item.unit or before.spans or not item.unit.only_quote:
        return None
    said = cues(before, mentions, 0, len(before.text))
    if not said or any(c.credit.nobody or c.credit.how in ("far", "unresolved") for c in said):
        return None
    speakers = {id(p): p for c in said for p in c.credit.speakers}
    return Credit(tuple(speakers.values()), how="inferred") if len(speakers) == 1 else None


def introduced(item: Item, units: list[Unit], mentions: Mentions,
               credits: dict[int, Credit | None]) -> Credit | None:
    """The speaker a paragraph ending in a colon introduces, over quote paragraphs and
    headings to this one."""
    if not item.unit.only_quote:
        return None
    quotes_heading = False  # "Key Quotes" over them: the paragraph above introduces them
    for unit in reversed(units[max(0, item.unit.index - 12) : item.unit.index]):
        credited = _credit_heading(unit, mentions)
        if credited is not None:
            return credited
        if unit.kind is Kind.HEADING and not unit.spans:
            quotes_heading = quotes_heading or bool(_QUOTES_HEADING.fullmatch(unit.text))
            continue
        if quotes_heading and unit.kind is Kind.BODY and not unit.spans and unit.sentences:
            return _person_cue(unit, mentions, *unit.sentences[-1])
        if unit.kind is Kind.BODY and unit.only_quote:
            credit = credits.get(unit.index)
            if credit is not None:  # the introduction's, or someone else's quote between
                return credit if credit.how == "carried" else None
            continue
        if unit.kind is not Kind.BODY or not unit.text.rstrip().endswith(":") or unit.spans:
            return None
        if not unit.sentences:
            return None
        last = unit.sentences[-1]
        return _person_cue(unit, mentions, *last) or _colon_subject(unit, mentions, *last)
    return None


_QUOTES_HEADING = re.compile(r"(?i)(?:key |main |top )?(?:quotes|comments|remarks)")


def _credit_heading(unit: Unit, mentions: Mentions) -> Credit | None:
    """ "Jane Doe, senior fellow, Example Institute" on a line of its own over quote
    paragraphs (a wire factbox of reactions): the line introduces them as a colon would."""
    text = unit.text.strip()
    if unit.spans or re.search(r"[.!?:;]$", text) or len(text.split()) > 16:
        return None
    found = mentions.within(unit.index, 0, len(unit.text))[:1]
    if not found or found[0].person is None or found[0].start != 0:
        return None
    if not unit.text.startswith(", ", found[0].end) or cues(unit, mentions, 0, len(unit.text)):
        return None
    return Credit((found[0].person,), how="carried")


def _colon_subject(unit: Unit, mentions: Mentions, start: int, end: int) -> Credit | None:
    """ "These were her main points:": the person the introducing sentence opens with (not
    "The report, led by Jane Doe, found:", whose words are the report's)."""
    found = mentions.within(unit.index, start, end)[:1]
    if not found or found[0].person is None:
        return None
    if len(words_in(unit.blotted[start : found[0].start])) > 6:
        return None
    return Credit((found[0].person,), how="carried")


def carry(items: list[Item], units: list[Unit], mentions: Mentions) -> None:
    """Credit the body's cue-less, sentence-like quotes by what comes right before them."""
    credits = {i.unit.index: i.credit for i in items if i.unit.only_quote}
    nobody = frozenset((i.unit.index, i.span.start) for i in items
                       if i.credit is not None and i.credit.nobody and i.credit.how != "far")
    for item in items:
        if item.credit is not None or item.term or item.unit.kind is not Kind.BODY:
            continue
        earlier = {i.span.start: i.credit for i in items if i.unit is item.unit and not i.term}
        if not item.span.speech_like:
            item.credit = finished_thought(item, mentions, earlier)
            continue
        # after a quote of someone's in the paragraph, `_context` credits it, in so many
        # words when only her attribution stands between the two ("“...,” she said. “...”")
        follows = any(c is not None and c.speakers
                      for at, c in earlier.items() if at < item.span.start)
        credit = after_reported(item, units, mentions, nobody) or introduced(
            item, units, mentions, credits
        ) or profiled(item, units, mentions) or (
            None if follows else finished_thought(item, mentions, earlier))
        if credit is not None:
            item.credit = credit
            if item.unit.only_quote:
                credits[item.unit.index] = credit


def standfirst(item: Item, units: list[Unit], mentions: Mentions) -> Credit | None:
    """The speaker of the one-sentence summary right under a headline with a quote."""
    at = item.unit.index + 1
    if item.unit.kind is not Kind.HEADLINE or at >= len(units):
        return None
    dek = units[at]
    if dek.spans or dek.kind is Kind.HEADLINE or len(dek.sentences) != 1:
        return None
    if len(dek.text.split()) > 35:
        return None
    credit = _person_cue(dek, mentions, 0, len(dek.text))
    return Credit(credit.speakers, how="headline") if credit else None


def resumed(items: list[Item], units: list[Unit], mentions: Mentions) -> None:
    """A paragraph that is nothing but a quote, after a line or two of narration that names
    no one else and has no one speak, goes on with the speaker of the last quote before it
    (news copy puts a remark between a speaker's quotes without handing the turn on);
    inferred, so the draft says so and `check` flags it."""
    previous: Item | None = None
    for item in items:
        if item.term:
            continue
        if item.credit is None and (_resumes(item, previous, units, mentions) or (
            previous is not None and previous.person and item.span.continued
            and previous.span.continues  # the rest of the quote it resumed with
        )):
            assert previous is not None and previous.credit is not None
            item.credit = Credit(previous.credit.speakers, previous.credit.org, "inferred")
        previous = item


def _resumes(item: Item, previous: Item | None, units: list[Unit], mentions: Mentions) -> bool:
    unit = item.unit
    if previous is None or not previous.person or unit.kind is not Kind.BODY:
        return False
    if not item.span.speech_like or not unit.only_quote or previous.unit.kind is not Kind.BODY:
        return False
    between = [u for u in units[previous.unit.index + 1 : unit.index]
               if not (_TEASER.match(u.text) and not u.spans and len(u.text.split()) <= 25)]
    if not 1 <= len(between) <= 2:
        return False
    speakers = set(map(id, previous.credit.speakers)) if previous.credit else set()
    # the quote before was left open: its marks say the speaker goes on, so what stands
    # between is the page's insertion, and the things it names are no one taking the turn
    left_open = not previous.span.closed and not previous.span.continues
    for narration in between:
        if narration.kind is not Kind.BODY or narration.spans:
            return False
        named = mentions.by_unit.get(narration.index, [])
        if not _speaker_opens(narration, named, speakers) and (
            (not left_open and _names_another(
                narration, previous.credit.speakers if previous.credit else ()))
            or any(m.person is not None and id(m.person) not in speakers for m in named)
        ):
            return False
        if any(m.person is None and m.how in ("pronoun", "description") for m in named):
            return False  # "she" or "the minister" with no one to stand for
        # where the sentence right before the quote starts (-1: this is not that paragraph)
        last = narration.sentences[-1][0] if narration is between[-1] else -1
        said = cues(narration, mentions, 0, len(narration.text))
        if any(not {id(p) for p in c.credit.speakers} <= speakers or (
            c.credit.nobody and not _told_before(c, last)
        ) for c in said):
            return False
    return True


# "READ: Inflation eases again", "Also read: ...": a link to another story set between the
# paragraphs by the page, no part of the story's narration
_TEASER = re.compile(r"(?i)(?:also read|read also|read more|read|related|see also|watch):")


def _speaker_opens(unit: Unit, named: list, speakers: set[int]) -> bool:
    """ "Doe expects the mayor to win with 40 percent.": a one-sentence paragraph whose
    subject is the speaker sums up what the speaker goes on to say; the others it names
    are what the sentence is about, not someone taking the turn."""
    if len(unit.sentences) != 1 or not named or named[0].start != unit.sentences[0][0]:
        return False
    first = named[0]
    return first.person is not None and id(first.person) in speakers and bool(
        re.match(r" (?!(?:and|or|of|with)\b)[a-z]+\b", unit.blotted[first.end :])
    )


def _told_before(cue: Cue, last: int) -> bool:
    """ "The U.S. declared the disease eliminated in 2000. Two doses protect nearly
    everyone.": a country's or an organisation's act told in a sentence that another
    sentence of plain fact follows is narration; only in the sentence right before the
    quote would it introduce the quote as theirs."""
    return bool(cue.credit.org) and cue.credit.how == "" and cue.start < last


def _names_another(unit: Unit, speakers: tuple) -> bool:
    """A capitalised word inside a sentence that is not the speaker's name: someone or
    something else (a name the article gives no evidence for is still someone). A country,
    a people or a date ("The U.S. declared ... in March") names no one who could speak."""
    own = {token for person in speakers for token in person.tokens}
    starts = {start for start, _ in unit.sentences}
    for word in re.finditer(r"[A-Z](?:\.[A-Z]\.|[\w’'-]*)", unit.blotted):
        if word.start() in starts or word.group() in own or word.group() == "I":
            continue
        if re.sub(r"[’']s?$", "", word.group()).replace(".", "") not in PLACES | DAYS:
            return True  # ("February's rate", "China’s exports": a date's, a country's)
    return False
