"""People described before they are named: the lede of wire copy, or "another analyst".

A news lede often holds the name back ("Rates may fall again soon, a former
central bank economist said on Monday.") and the next paragraph opens with
it ("Jane Doe, who left the bank in 2019, ..."). The description is then the
person's first, so it gives their role and affiliation, and the words it is
the subject of are theirs; read without this, the description is an
unnamed source and the person has no description at all.

Only an expert's description is read ahead (an economist, a professor, a
former official): an anonymous source ("a senior official said") is the
same shape, is never named, and must stay nobody's. The lede's clause may open with a
conjunction ("Sales soared, but an analyst said demand would fade").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..engine.article import Kind
from .describe import Description, describe, has_post
from .lexicon import ANALYST_NOUNS, PLACES, SAY
from .names import word_class
from .posts import split_description
from .reading import Unit
from .sightings import Sighting
from .vouched import heading_line, written_lower

# ("Rates fell in May, but an economist said ...": a conjunction may open the clause)
_LEDE = re.compile(
    rf"(?:^|, |[.!?] )(?:(?:but|and|yet|while|though|although) )?"
    rf"((?:([Aa]nother|An?|an?)|[Tt]he) ([^,.;:!?·“”\"()]{{3,100}}?))"
    rf" (?:has |have |had )?(?:{SAY})(?![\w’'-])"
)
_PLACE_TAIL = re.compile(r" in ([A-Z][\w-]*(?: [A-Z][\w-]*)*)$")  # "an official in Japan"


@dataclass(frozen=True)
class Foretold:
    """A lede's description of the person the next paragraph names."""

    sighting: Sighting  # the person's name, described where the lede describes them
    unit: int
    start: int
    end: int


def foretold(units: list[Unit], seen: list[Sighting]) -> list[Foretold]:
    """Each expert's description in a lede that the next paragraph's new name fits."""
    body = [u for u in units if u.kind is Kind.BODY]
    seen = [s for s in seen if not written_lower(s, units)]  # a phrase, no one's name
    found = []
    for n, unit in enumerate(body[:-1]):
        for match in _LEDE.finditer(unit.blotted):
            if not match.group(2) and n > 1:
                continue  # "the economist said" later on is someone already named
            description = _description(match.group(3))
            if description is None:
                continue
            naming = _naming(body[n + 1 : n + 6], seen)
            sighting = _named_next(naming, seen, description) if naming else None
            if sighting is not None:
                description = sighting.description or description
                start, end = match.span(1)
                where = (unit.index, start)
                found.append(Foretold(replace(sighting, where=where, description=description,
                                              evidence=True, ahead=True), unit.index,
                                      start, end))
    return found


def _description(text: str) -> Description | None:
    tail = text.split()[-2:]
    if not has_post(text) or (len(tail) == 2 and all(word_class(w) == "name" for w in tail)):
        return None  # no post; or a name after all ("the analyst Jane Doe said")
    role, affiliation = split_description(text)
    place = _PLACE_TAIL.search(role)
    if place and all(w in PLACES for w in place.group(1).split()):
        role = role[: place.start()]
    found = describe(role, affiliation, text)
    return found if found.expert and not found.official else None


def _naming(after: list[Unit], seen: list[Sighting]) -> Unit | None:
    """The first paragraph after the lede that names someone in full: a paragraph of
    background or of "he said ..." between the lede and the name names no one else, and a
    sub-heading in headline case ("Example's Analyst Warns of Broader Contagion") names
    no one at all, so the name is looked for past it."""
    after = [u for u in after if not heading_line(u)][:3]
    for unit in after:
        if any(s.where[0] == unit.index and len(s.names) >= 2 for s in seen):
            return unit
    return after[0] if after else None


def _named_next(unit: Unit, seen: list[Sighting], lede: Description) -> Sighting | None:
    """The first full name in the paragraph after the lede, if named there first and bare:
    "Jane Doe, the finance minister, ..." is someone else. "Jane Doe, a professor at X,"
    describes herself: the lede's words are a teaser, so her own description is the first
    that counts, but the lede's words are hers when its post is hers ("a leading economist
    said" ... "Example Bank chief economist Jane Doe said"); the sighting returned then
    carries her own description."""
    here = [s for s in seen if s.where[0] == unit.index and len(s.names) >= 2]
    if not here:
        return None
    first = min(here, key=lambda s: s.where)
    earlier = [s for s in seen if s.where < (unit.index, 0) and not s.headline
               and s.names[-1:] == first.names[-1:]]
    same = [s for s in here if s.tokens == first.tokens and s.description is not None]
    if earlier:
        return None
    own = [s for s in same if s.description.role or s.description.affiliation]
    if own and _same_post(lede, own[0].description):
        return own[0]
    return None if own else first


def _same_post(lede: Description, own: Description) -> bool:
    """The lede's expert noun is the one her own post ends with ("economist"), or, when a
    qualifier ends it ("Professor Emeritus"), one of the expert nouns her post holds."""
    heads = set((own.role or "").lower().split()[-1:]) & ANALYST_NOUNS
    if not heads and not own.official:
        return bool(set(own.nouns) & ANALYST_NOUNS & lede.nouns)
    return bool(heads) and heads <= lede.nouns and not own.official
