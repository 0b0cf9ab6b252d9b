"""A quote whose attribution the stored excerpt cut off after the speaker's name.

Copies of articles are often stored as a lead of a few paragraphs, cut off wherever the
excerpt ended; when that was inside an inverted attribution, the text ends on the name,
perhaps with the start of her appositive: "“...,” Jane Doe" or "“...,” Jane Doe, head of
research at Example Partners,". The verb is lost but the credit is not: the name right
after the closing mark is the speaker, as in "“...,” Jane Doe said". Read only at the end
of the text, where the excerpt was cut, and only for someone the article already names as
a person (a name cut in the middle, "Jane Do", names no one).
"""

from __future__ import annotations

import re

from .mentions import Mentions
from .people import Person
from .quotes import Span
from .reading import Unit

# after the name: nothing, or the start of her appositive, to the end of the text
_CUT_TAIL = re.compile(r"(?:, [^.;:!?“”\"·]{1,120})?,?\s*")


def cut_off_credit(unit: Unit, span: Span, mentions: Mentions, last: bool) -> Person | None:
    """The person named right after the quote's closing mark when the text ends there."""
    if not last or not span.closed:
        return None
    named = mentions.within(unit.index, span.end, len(unit.text))[:1]
    if not named or named[0].how != "name" or named[0].person is None:
        return None
    if named[0].start != span.end + 1 or not _CUT_TAIL.fullmatch(unit.text, named[0].end):
        return None
    return named[0].person
