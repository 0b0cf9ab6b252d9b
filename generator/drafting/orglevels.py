"""What the words right after an organisation's name still add to it, where a description
ends there: the levels it belongs to ("X Centre, Y Institute, Z Academy of Sciences"), a
university's campus town ("X University, Kestrel"), its initials or a branch's place in
brackets ("X Institute (XI)").

Why: writers set these after the name with commas or brackets, which otherwise end the
description; the labels keep them as part of the affiliation. Kept apart from
`appositive`, which finds the description after a person's name; this only reads on past
the organisation it gave.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .describe import Description
from .lexicon import ORG_WORDS
from .names import ORG_RUN, word_class
from .orgname import in_brackets, initials

# ", Institute of Y, Z Academy of Sciences": one level of an organisation between commas
_LEVEL = re.compile(rf", ({ORG_RUN})(?=[,.;]| [a-z])")


def hierarchy(found: Description | None, text: str, full: str, after: str,
               end: int) -> Description | None:
    """ "Director of the X Centre, Y Institute, Z Academy of Sciences": a unit written with
    what it belongs to, each level a name of its own between commas, is one affiliation; so
    is a university's campus town after it, "X University, Kestrel", as the name is written
    (a country after it only says where it is)."""
    if found is None or not found.affiliation or full.strip() != text or not (
        text.endswith(found.affiliation)
    ):
        return found
    campus = _CAMPUS.match(after, end)
    if campus and initials(f"{found.affiliation} {campus.group(1)}") == campus.group(2):
        # "University of X, Kestrel (UXK)": the initials in brackets span the campus too
        return replace(found, affiliation=found.affiliation + campus.group())
    levels = []
    while (level := _LEVEL.match(after, end)) and any(
        w in ORG_WORDS for w in level.group(1).split()
    ) and not any(word_class(w) == "title" for w in level.group(1).split()):
        levels.append(level.group(1))
        end = level.end()
    town = _TOWN.match(after, end)
    if town and _ACADEMIC.search(levels[-1] if levels else found.affiliation) and all(
        word_class(w) == "name" for w in town.group(1).split()
    ) and not _IN_PLACE.search(after, 0, end):
        # "University of X, Example County", "X University, Example": its campus's town
        # (after "X Institute in Example, Shire" the place goes on, and is no name)
        levels.append(town.group(1))
    return replace(found, affiliation=", ".join([found.affiliation, *levels])) if levels else found


def bracketed(found: Description | None, text: str, after: str, end: int) -> Description | None:
    """A post in lower case "at" an organisation with brackets right after its name: its
    initials, or the place of a branch, are written as part of the name where the post is
    given, and kept with it (a title in capitals, "President of X (XI)", is read elsewhere
    and keeps its own form)."""
    if found is None or not found.affiliation or not text.endswith(found.affiliation):
        return found
    more = in_brackets(found.affiliation, after[end:])
    return replace(found, affiliation=found.affiliation + more) if more else found


_CAMPUS = re.compile(r", ([A-Z][\w-]*(?: [A-Z][\w-]*)?) \(([A-Z]{3,})\)")
# A town or a county written after a university's name, as its campus is, where the
# description ends ("X University, Example, made the remark"); a country after it
# ("X University, China") says only where it is, and a full name after it is the next
# person in a list ("..., Jane Doe, a fellow at Y"). Only a university's or a college's
# campus: an academy's or an institute's seat ("X Academy of Sciences, Example") is where
# it sits.
_TOWN = re.compile(
    r", ([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)"
    r"(?=[.;]|, (?!(?:and|or|an?|the|who|which|whose)\b)[a-z])"
)
_IN_PLACE = re.compile(r" in (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?$")
_ACADEMIC = re.compile(r"\b(?:University|College)\b")
