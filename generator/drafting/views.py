"""A person's view given in marks: "Doe sees a chance of a “two-horse race”".

Copy often reports an analyst's outlook with a verb of seeing rather than of speech ("Doe
even sees ...", "she views the port as “...”", "he regards it as “...”"), and what it
puts in marks is the view in her own words. No speech verb credits them, so without this
they would read as a scare quote. The verb's subject must be a person: a firm or a
ministry that "sees" something speaks for no one in particular, and a clause break
(a semicolon, "but", "while") between the verb and the marks ends the view.
"""

from __future__ import annotations

import re

from .cues import Credit, credit_of
from .lexicon import SAY_RE
from .mentions import Mentions
from .quotes import Span
from .reading import Unit
from .subjects import Subjects

_VIEW = re.compile(r"(?<![\w’'-])(?:sees|saw|views|viewed|regards|regarded)(?![\w’'-])")
# what ends the clause the verb opens before the marks come
_BREAK = re.compile(r"[;:·—–]|\b(?:but|while|whereas|though|although|which|who)\b")
_REACH = 160  # how far the marks may stand from the verb
# "Doe even sees", "she still views": words that qualify the verb, not its subject
_QUALIFIERS = re.compile(r"(?: (?:even|also|still|now|only|already|[a-z]+ly))+ $")
# "Doe is widely regarded as “...”": how others see her, not her view
_PASSIVE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|be|been|being)(?: [a-z]+ly)? $")


def view_holder(unit: Unit, mentions: Mentions, start: int, span: Span) -> Credit | None:
    """The person whose view the marks give: the subject of the last verb of seeing
    before them in the sentence, with nothing between that ends its clause."""
    text = unit.blotted
    views = list(_VIEW.finditer(text, max(start, span.start - _REACH), span.start))
    if not views:
        return None
    verb = views[-1]
    if _PASSIVE.search(text, start, verb.start()):
        return None
    between = text[verb.end() : span.start]
    if _BREAK.search(between) or SAY_RE.search(between):
        return None
    qualified = _QUALIFIERS.search(text, start, verb.start())
    at = qualified.start() + 1 if qualified else verb.start()
    subject = Subjects(unit, mentions).before(at, start)
    if subject is None:
        return None
    credit = credit_of(subject, mentions, unit, span.start)
    return Credit(credit.speakers) if credit.speakers and not credit.inferred else None
