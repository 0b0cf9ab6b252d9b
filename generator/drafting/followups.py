"""A phrase in marks that closes a sentence after a person's reported speech.

News copy reports what someone said, then finishes her thought in the next
sentence with her own words in marks, with no verb of its own ("Doe said it is
hot this week because of climate change. Future harm can be avoided “by
getting off fossil fuels.”"). The phrase is hers when its own sentence names
no one else and ends on the quote and its full stop, inside the marks as
quoted words take it (a term in marks rarely ends a sentence with its own
stop), and the sentence before has her speak. Her summary may run on for a
sentence or two first ("Doe says the port is losing trade. Ships sail past it.
The result is a “slow bleed.”"): plain narration, with no one else in it and no
one speaking, and quotes already credited to her, do not hand the turn on.
Inferred, since no verb stands at the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import Credit, cues
from .lexicon import words_in
from .mentions import Mentions
from .reading import Unit

if TYPE_CHECKING:
    from .attribution import Item


def finished_thought(item: Item, mentions: Mentions,
                     earlier: dict[int, Credit | None] | None = None) -> Credit | None:
    """The speaker of the reported speech a sentence or two before, for a phrase that ends
    its own sentence; `earlier`: the credits of the unit's quotes before it, by start."""
    unit, span = item.unit, item.span
    sentence = unit.sentence_at(span.start)
    if sentence not in unit.sentences or unit.sentences.index(sentence) == 0:
        return None
    if not span.closed or not span.text.endswith((".", "!", "?")):
        return None
    if words_in(unit.blotted[span.end : sentence[1]]) or _speech(unit, mentions, *sentence):
        return None
    if _someone(unit, mentions, *sentence):
        return None  # someone else's sentence, or one whose "she" may be another
    at = unit.sentences.index(sentence)
    known = earlier or {}
    between: list[Credit | None] = []  # the credits of the quotes on the way back
    for start, end in reversed(unit.sentences[max(0, at - _REACH) : at]):
        # (a term in marks there is no one's words, and no one else's turn)
        quoted = [known.get(s.start) for s in unit.spans
                  if s.start < end and start < s.end and s.start in known]
        said = [c for c in cues(unit, mentions, start, end)
                if c.credit.speakers and c.credit.how not in ("far", "unresolved")]
        if said:
            speakers = said[-1].credit.speakers
            if any(c is None or c.speakers != speakers for c in between + quoted):
                return None  # a quote there is someone else's, or no one's yet
            return Credit(speakers, how="inferred")
        if _speech(unit, mentions, start, end) or _someone(unit, mentions, start, end):
            return None  # narration with someone else in it, or another's speech
        between.extend(quoted)
    return None


# how many sentences back the speaker's reported speech may stand: her summary of what she
# said runs on for a sentence or two of plain narration before her words end one
_REACH = 3


def _speech(unit: Unit, mentions: Mentions, start: int, end: int) -> bool:
    """A speech verb in the sentence; not a word that only looks like one, with no subject
    anywhere before it ("a continued reliance on")."""
    return any(c.credit.how != "far" or not c.credit.nobody
               for c in cues(unit, mentions, start, end))


def _someone(unit: Unit, mentions: Mentions, start: int, end: int) -> bool:
    """A person, or a pronoun or description that may stand for one, in the sentence."""
    return any(m.person is not None or m.how in ("pronoun", "description")
               for m in mentions.within(unit.index, start, end))
