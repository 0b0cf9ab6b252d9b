"""Which cue credits a quote when one stands before the marks and another after them.

Split from `attribution`, whose first rule takes the cue right after a quote: news copy
often has a verb before the marks govern them ("X said that the jars “...”") while an
outlet or a source after them only relays the words ("..., Example News adds",
"..., according to the ministry"). Also a person's claim or reckoning that introduces
the marks ("by Doe’s calculations, “...”"), which is a cue with no verb.
"""

from __future__ import annotations

import re

from .cues import Credit, Cue
from .lexicon import SAY_RE, words_in
from .mentions import Mentions
from .quotes import Span
from .reading import Unit

# "by Doe’s calculations, “...”", "his claim that the market is “...”": a person's claim or
# reckoning, then the words in marks (right after it, or as what the claim says); where or
# when it was made may stand between ("Doe’s admission outside the court that “...”")
_CLAIM = re.compile(
    r"(?:[’']s?)? (?:[a-z]+ ){0,2}?(?:claims?|calculations?|estimates?|reckoning|contention"
    r"|assertion|argument|view|belief|prediction|warning|admission|comments|remarks"
    r"|statement|insistence|assurance)"
    r"(?:, |(?: (?:in|on|at|outside|during|after|before|last|this) [^,;·]{1,40}?)?"
    r" that (?:[^,;·]{1,80} )?)$"
)


def owned_claim(unit: Unit, mentions: Mentions, start: int, at: int) -> Credit | None:
    """The person whose claim or reckoning, named right before the marks, they give."""
    owners = [m for m in mentions.within(unit.index, start, at) if m.person is not None]
    if owners and _CLAIM.fullmatch(unit.blotted, owners[-1].end, at):
        return Credit((owners[-1].person,))
    return None


# What ends the clause a speech verb opens: past it, the quote is no longer what was said.
_CLAUSE_END = re.compile(r"[,;—–]|\b(?:but|while|whereas|though|although|yet|and)\b")


def reports(cue: Cue, between: str) -> bool:
    """The verb right before the marks reports them: "X said that “...”, according to a
    reporter of Y" is X's (the reporter only relays it), and so is a group's "said"."""
    if cue.credit.speakers and cue.credit.how == "" and cue.verb != "according to":
        return not [w for w in words_in(between) if w.lower() != "that"]
    return _nobody_s(cue, between)


def speaks_in_marks(unit: Unit, mentions: Mentions, start: int, span: Span) -> Credit | None:
    """ "Minister Jane Doe “stressed that the talks will go on” in a call, according to the
    ministry": a readout quoted from the speech verb on, its subject right before the marks;
    the source cited after only relays it."""
    if not SAY_RE.match(span.text):
        return None
    named = [m for m in mentions.within(unit.index, start, span.start) if m.person is not None]
    if named and named[-1].how == "name" and not unit.blotted[named[-1].end : span.start].strip():
        return Credit((named[-1].person,))
    return None


def relayed(after: Cue, before: Cue, between: str) -> bool:
    """ "X said that the jars “may be older than thought”, Example News adds": an outlet or
    an institution after the marks only relays them, when a person's verb before them
    governs the clause they close."""
    return (not after.credit.speakers and before.credit.how == ""
            and not _CLAUSE_END.search(between) and len(words_in(between)) <= 12)


def _nobody_s(cue: Cue, between: str) -> bool:
    """ "Danish officials said “nothing changed,” Holt added": the words are what the verb
    right before them reports, so a group's, an institution's or an unnamed person's,
    however close a named person's cue is (Holt only repeats them)."""
    credit = cue.credit
    return (not credit.speakers and credit.how == "" and not _CLAUSE_END.search(between)
            and len(words_in(between)) <= 12)
