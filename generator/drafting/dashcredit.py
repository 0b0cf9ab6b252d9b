"""A quote's credit set after it with a dash: "“...” - Jane Doe, Example Securities".

Round-ups of City or analyst reaction print each comment as a paragraph of its own, the
quote first and then, after a dash, the commentator's name and firm, with no speech verb
anywhere. The dash line plays the part of "said Jane Doe": the name right after it is the
speaker, and the paragraph ends with her name or her name and firm. Kept apart from
`attribution`, whose rules read speech verbs, and from its credit line on a line of its
own under a block quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .quotes import Span
from .reading import Unit

if TYPE_CHECKING:  # (`sightings` reads this module before people and mentions exist)
    from .mentions import Mentions
    from .people import Person

# how such a credit is marked: each comment of a round-up has its own credit after it, so
# it does not run on to the quote paragraph after it, nor back to the one before
DASH_CREDIT = "dash credit"
# the closing mark, a dash set off by spaces, then the credit up to the paragraph's end
DASH_AFTER_MARKS = re.compile(r"[”\"’]\s+[-–—]\s+$")
# what follows the name: nothing, or her post and firm after a comma, with no sentence
CREDIT_TAIL = re.compile(r"(?:, [^.;:!?“”\"·]{1,80})?\.?\s*$")
_DASH = re.compile(r"\s+[-–—]\s+")


def dash_credited(unit: Unit, start: int, end: int) -> bool:
    """The name at `start`..`end` is a dash credit: a closing mark and a dash before it,
    nothing but her post and firm after it to the paragraph's end (evidence of a person,
    as "said" before a name is)."""
    return bool(DASH_AFTER_MARKS.search(unit.text, 0, start)) and bool(
        CREDIT_TAIL.fullmatch(unit.text, end)
    )


def dash_credit(unit: Unit, span: Span, mentions: Mentions) -> Person | None:
    """The person named after the dash that follows the quote's closing mark, when the
    name and her firm end the paragraph."""
    if not span.closed:
        return None
    dash = _DASH.match(unit.text, span.end)
    if dash is None:
        return None
    at = dash.end()
    named = [m for m in mentions.within(unit.index, at, len(unit.text)) if m.how == "name"]
    if not named or named[0].start != at or named[0].person is None:
        return None
    if not dash_credited(unit, at, named[0].end):
        return None
    return named[0].person
