"""What the words at a person's first mention say of their standing, outside any description
of a post: a talk's host ("moderated by Jane Doe"), the writer of an analyst's note ("In an
analyst note Monday, Jane Doe ..."), or a doctor named with no post at all ("said Dr. Jane
Doe").

Kept apart from `people`, which decides who is a person and reads their descriptions; these
are read once everyone is known, from the text just before the first mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .describe import Description
from .reading import Unit

if TYPE_CHECKING:
    from .people import Person

# the agent of a talk's hosting, named before the name (its title may go with it)
_HOSTED_BY = re.compile(
    r"\b(?:moderated|hosted|chaired|introduced|emceed|presented) by (?:[A-Z][\w.]* ){0,2}$"
)
_NOTE_OPENS = re.compile(
    r"In an? (?:[a-z][\w-]* ){0,2}(?:note|report|commentary)\b[^,.;:]{0,30}, "
)
# "said Dr. Jane Doe" with nothing said of her post: the title of a physician or a scholar
# the story speaks of the experts it rounds up as a group
_GROUP = re.compile(r"\b(?:[Ee]conomists|[Aa]nalysts|[Ss]trategists)\b")
_DOCTOR = re.compile(r"(?<![\w’'-])Dr\.? $")


def read_standing(people: list[Person], units: list[Unit]) -> None:
    """Mark hosts; describe a note's writer as an analyst, and a doctor with no post as one."""
    for person in people:  # "the panel, moderated by Jane Doe, a professor at X,"
        unit, at = units[person.first[0]], person.first[1]
        person.host = bool(_HOSTED_BY.search(unit.blotted, 0, at))
        if _NOTE_OPENS.fullmatch(unit.blotted, unit.sentence_at(at)[0], at):
            # "In an analyst note Monday, Jane Doe of X kept her rating": she wrote it
            person.describe(Description(nouns=frozenset({"analyst"})))
        elif not person.descriptions and _DOCTOR.search(unit.blotted, max(0, at - 4), at):
            # an article quotes a doctor it gives no post for as one who knows the field
            person.describe(Description(nouns=frozenset({"doctor"})))
    firm_only = [p for p in people if p.affiliation and p.descriptions and not p.nouns and all(
        not d.role and not d.official and not d.former for d in p.descriptions
    ) and not p.analyst]  # (two at least, neither placed as an expert by its firm's name)
    if len(firm_only) >= 2 and any(_GROUP.search(u.blotted) for u in units):
        # "Economists are split ... Example Bank’s Jane Doe said ... Sample’s John Roe said":
        # a round-up of the economists the story speaks of, each named by their firm alone
        for person in firm_only:
            person.describe(Description(nouns=frozenset({"economist"})))
