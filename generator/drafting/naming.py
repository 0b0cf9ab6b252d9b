"""What a named person calls something, in marks: "Doe called the find a “fairy tale”".

Marks after "called it", or between an article and the noun they qualify ("a
“fairy tale” discovery"), often hold a term that nobody says. But when the
subject of "called" is a person, news copy gives her own word for the thing:
"Jane Doe, a geologist, called it an “alarming loss.”" quotes Doe, as "X
called interest rates the “mother of all evil”" does. A title in capitals
("what he called a “Harbour Plan”") is still a name, not speech.
"""

from __future__ import annotations

import re

from .cues import Cue
from .quotes import Span
from .reading import Unit

# the verb, then what is called (a word or a few: "it", "the deal", "Guyana") and its article
_CALLED = re.compile(r"(?:call|calls|called|calling)")
_OBJECT = re.compile(r"(?: [\w’'-]+){1,5} ")


def named_by_person(unit: Unit, found: list[Cue], span: Span) -> bool:
    """Whether a person's "called" right before the marks gives them as her words."""
    text = unit.blotted
    for cue in reversed(found):
        if cue.end > span.start:
            continue
        return bool(
            _CALLED.fullmatch(cue.verb) and cue.credit.speakers
            and cue.credit.how not in ("far", "unresolved")
            and _OBJECT.fullmatch(text, cue.end, span.start)
        )
    return False
