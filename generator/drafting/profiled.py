"""A quote paragraph right after a paragraph about its speaker, with no cue of its own.

News copy, features above all, often introduces a person in a line of narration
with the person as its subject ("Team manager Jane Doe was left fuming at the
referee.", "Film director Jane Doe chose to stand with the jailed actors.") and
then gives her words in the next paragraph, with no verb: the narration says
what she did, the quote is what she said. Read strictly, so that a quote is
credited so only when nothing else could be meant: the paragraph before is
plain narration (no quote, no speech verb at all, whoever's) that follows no quote
(it opens a new turn, not a remark between someone's quotes), it opens with the
person's name as its subject, and the quote is a paragraph of its own that
speaks of her by name nowhere (words about someone name them; one's own words
say "I"). Inferred: the draft says so and `check` flags it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..engine.article import Kind
from .cues import Credit, cues
from .mentions import Mention, Mentions
from .reading import Unit

if TYPE_CHECKING:
    from .attribution import Item

# between a sentence's start and its subject's name: a post or a trade in a few words
# ("Team manager", "Globally renowned film director"), no clause of its own
_LEAD = re.compile(r"(?:[\w’'-]+ ){0,4}")
# right after the name: its verb, or an appositive
_THEN_VERB = re.compile(r"(?:, | (?!(?:and|or|of|with|to|in|on|at|for)\b)[a-z]+\b)")


def profiled(item: Item, units: list[Unit], mentions: Mentions) -> Credit | None:
    """The person the paragraph before is about, for a quote paragraph with no cue."""
    unit = item.unit
    if unit.kind is not Kind.BODY or unit.index == 0 or not unit.only_quote:
        return None
    before = units[unit.index - 1]
    if before.kind is not Kind.BODY or before.spans or not before.sentences:
        return None
    if cues(before, mentions, 0, len(before.text)) or _after_quotes(units, before):
        return None
    subject = _subject(before, mentions)
    if subject is None or subject.person is None:
        return None
    own = {token for token in subject.person.tokens if token[:1].isupper()}
    if own & set(re.findall(r"[\w’'-]+", item.span.inner)):
        return None  # the quote names her: words about her, not hers
    return Credit((subject.person,), how="inferred")


def _after_quotes(units: list[Unit], narration: Unit) -> bool:
    """Narration between someone's quotes and a quote paragraph: whose turn the quote is,
    the one before or the one named, is not for a rule to say. A phrase in marks before it
    ("the regulator feared the deal would “undermine competition”") is no turn of talk
    that the quote paragraph could go on with."""
    return narration.index > 0 and any(s.speech_like for s in units[narration.index - 1].spans)


def _subject(unit: Unit, mentions: Mentions) -> Mention | None:
    """The name that opens the paragraph's first sentence as its subject."""
    start, end = unit.sentences[0]
    found = mentions.within(unit.index, start, end)[:1]
    if not found or found[0].how != "name":
        return None
    first = found[0]
    if not _LEAD.fullmatch(unit.blotted, start, first.start):
        return None
    return first if _THEN_VERB.match(unit.blotted, first.end) else None
