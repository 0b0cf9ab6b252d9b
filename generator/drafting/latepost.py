"""A post the article gives only after it has named the person: by a definite description
that stands for them ("Speaking to radio, the professor of X at Y said", "the commentator
argued", "But the senior faculty member brushes that aside"), or by a pronoun ("She's a
political analyst with Y").

Why: a story may open with the bare name, or the name behind an honorific, and say what
the person does a sentence or a paragraph later; the labels take the role and the
affiliation from the first description that gives them, wherever it stands. Kept apart
from `people`, which reads the descriptions next to a name; these stand for the person
mentioned last, so they are read once everyone is known.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..engine.article import Kind
from .describe import describe, has_post
from .names import ORG_RUN
from .posts import split_description
from .reading import Unit

if TYPE_CHECKING:
    from .people import Person

_DESCRIPTION = (
    r"((?:(?!(?:of|at|with|from|in|the|who|and)\b)[a-z][\w-]* ){0,3}"
    r"(?!(?:of|at|with|from|in|the|who|and)\b)[a-z][\w-]*"
    rf"(?: (?:of|at|with|from|in) (?:the )?(?:{ORG_RUN})){{0,2}})"
)
# the description as the subject of its clause: opening the sentence (perhaps after "But")
# or after an opening phrase's comma, and a verb or a second description after it
_DEFINITE = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=, ))(?:(?:But|And|Yet) )?(?:[Tt]he) {_DESCRIPTION}"
    r"(?=,? (?:and (?:an? |the )?[a-z]|(?!(?:of|at|with|from|in|and|or|who)\b)[a-z]+\b))"
)
_PRONOUN = re.compile(rf"(?:^|(?<=[.!?] ))(?:She|He)(?:’s|'s| is) (?:an?|the) {_DESCRIPTION}")


def read_later_posts(people: list[Person], units: list[Unit]) -> None:
    """Give a person named with no post the expert's post a later description gives."""
    for index, unit in enumerate(units):
        if unit.kind is not Kind.BODY:
            continue
        for found in [*_DEFINITE.finditer(unit.blotted), *_PRONOUN.finditer(unit.blotted)]:
            text = found.group(1)
            if not has_post(text):
                continue
            person = _named_last(people, units, index, found.start())
            if person is None or person.role is not None or person.official:
                continue
            role, affiliation = split_description(text)
            if person.affiliation and not affiliation:
                # "Jane Doe from X ... The meteorologist told": a bare noun after a name
                # placed by its body re-mentions her (the labels split on it; the older
                # set leaves the role out)
                continue
            description = describe(role, affiliation, text)
            if description.expert and not description.official and not description.former:
                person.describe(description)


def _named_last(people: list[Person], units: list[Unit], index: int, at: int) -> Person | None:
    """The person whose name (or surname) comes last before `at`, in this paragraph or the
    one before it."""
    for back, unit in ((0, units[index]), (1, units[index - 1] if index else None)):
        if unit is None:
            continue
        text = unit.blotted[:at] if back == 0 else unit.blotted
        best: tuple[int, Person] | None = None
        for person in people:
            for token in {person.name, person.tokens[-1] if person.tokens else person.name}:
                spot = max((m.start() for m in re.finditer(
                    rf"(?<![\w’'-]){re.escape(token)}(?![\w-])", text)), default=-1)
                if spot >= 0 and (best is None or spot > best[0]):
                    best = (spot, person)
        if best:
            return best[1]
    return None
