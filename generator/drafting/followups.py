"""A phrase in marks that closes the sentence after a person's reported speech.

News copy reports what someone said, then finishes her thought in the next
sentence with her own words in marks, with no verb of its own ("Doe said it is
hot this week because of climate change. Future harm can be avoided “by
getting off fossil fuels.”"). The phrase is hers when the sentence before it
has her speak and holds no quote, and its own sentence names no one else and
ends on the quote and its full stop, inside the marks as quoted words take it
(a term in marks rarely ends a sentence with its own stop). Inferred, since
no verb stands at the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import Credit, cues
from .lexicon import words_in
from .mentions import Mentions

if TYPE_CHECKING:
    from .attribution import Item


def finished_thought(item: Item, mentions: Mentions) -> Credit | None:
    """The speaker of the sentence before, for a phrase that ends the next one."""
    unit, span = item.unit, item.span
    sentence = unit.sentence_at(span.start)
    if sentence not in unit.sentences or unit.sentences.index(sentence) == 0:
        return None
    if not span.closed or not span.text.endswith((".", "!", "?")):
        return None
    if words_in(unit.blotted[span.end : sentence[1]]) or cues(unit, mentions, *sentence):
        return None
    if any(m.person is not None or m.how in ("pronoun", "description")
           for m in mentions.within(unit.index, *sentence)):
        return None  # someone else's sentence, or one whose "she" may be another
    start, end = unit.sentences[unit.sentences.index(sentence) - 1]
    if any(s.start < end and start < s.end for s in unit.spans):
        return None
    said = [c for c in cues(unit, mentions, start, end)
            if c.credit.speakers and c.credit.how not in ("far", "unresolved")]
    return Credit(said[-1].credit.speakers, how="inferred") if said else None
