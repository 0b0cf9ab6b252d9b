"""Whether the organisation a description gives is someone in the story: "Example adviser
Jane Doe" works for the Example the story names as a person, "a Doe spokesman" speaks for
Doe; neither is an employer's name. A firm named after its founder is ("Doe Capital", or
"Doe analyst Jane Roe" where Doe is a firm the story only cites: "according to John Q.
Doe").

Kept apart from `people`, which decides who is a person and gathers their descriptions;
this reads one description's affiliation against the people already found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .describe import Description
from .names import is_org_name

if TYPE_CHECKING:
    from .people import People, Person

_AIDE = re.compile(r"(?:[a-z][\w-]* )*(?:advis[eo]r|aide|assistant)")


def employer_checked(description: Description, person: Person, people: People,
                     described: set[int]) -> Description:
    """The description with an affiliation that names someone else in the story taken out.

    `described` holds the people the story says something of (a post, a title, a trade):
    a name it only cites as a source, never describing its bearer, may be a firm's.
    """
    if _AIDE.fullmatch(description.role or "") and description.affiliation and (
        people.lookup(description.affiliation.split()[-1]) not in (None, person)
    ):  # "Example adviser Jane Doe": an aide to a person in the story works for him
        return replace(description, affiliation=None, official=True)
    named = people.lookup(description.affiliation) if description.affiliation else None
    if named is not None and id(named) in described and not (
        is_org_name(description.affiliation or "")  # a firm named after its founder
        or description.expert_kind  # "of research firm X": the text says what X is
    ):
        return replace(description, affiliation=None)
    return description
