"""People an article places at a body and gives no post at all: "Jane Doe of Example
House, a nonprofit, noted that ...", "Example Securities’ Jane Doe said", "Jane Doe from
Example Metals said".

News copy names a commentator this way when the body is what lends the words weight (a
bank's research desk, a think tank, a university's lab): the reader is meant to take the
person as the body's expert, as "an analyst at X" would say in full. Officials and
executives are almost always given their office ("X's chief executive"), so a bare
"of X" is the expert's form. Not so when the body is a newspaper or a broadcaster (the
person is its reporter), a business named after the person (their own farm or firm), a
lobby, a company or a government (`ADVOCACY_ORG_WORDS`, and the seats of power named for
their buildings: "the Kremlin's Ivan Petrov"), or where the person comes from
("Jane Doe, from Leeds,"; "Jane Doe with X in Y": the writer's note of a place, or a
practitioner's employer). "According to Jane Doe of X", with no post, cites a report the
way a press round-up cites a paper's reporter.

Kept apart from `people` and `standing`: this is read once every description is in, and
only for people no description gave a post, a noun or an office.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .describe import Description
from .lexicon import ADVOCACY_ORG_WORDS, OUTLET_WORDS, PLACES, STOP, words
from .names import bare
from .reading import Unit

if TYPE_CHECKING:
    from .roster import Person

# Conjunctions that open a sentence before a body's name, and are no part of it
_OPENERS = words("Until Unless Whenever Wherever")
# Seats of power a government is named by: their people speak for it
_SEATS = re.compile(r"\b(?:Kremlin|Pentagon|Whitehall|Elysee|Élysée|White House|Downing Street|"
                    r"Blue House|Zhongnanhai)\b")
# A reporter's verb right after the name: "The Example Post's Jane Doe reported"
_REPORTS = re.compile(r",?\s+(?:reported|reports|writes|wrote for)\b")


def read_body_only(people: list[Person], units: list[Unit]) -> None:
    """Describe as the body's expert each person the article places only at an expert's
    kind of body, in the forms "Name of X", "Name from X" or "X’s Name"."""
    for person in people:
        if person.role or person.nouns or person.official or not person.affiliation:
            continue
        if any(d.role or d.nouns or d.official or d.former for d in person.descriptions):
            continue
        if _commentator_body(person, person.affiliation, units):
            person.describe(Description(affiliation=person.affiliation, expert_kind=True))


def _commentator_body(person: Person, body: str, units: list[Unit]) -> bool:
    """The body is one a commentator speaks from, and the text places the person at it in
    one of the three forms (never as a reporter's, nor by "according to")."""
    tokens = [bare(w).strip("’'").removesuffix("’s").removesuffix("'s") for w in body.split()]
    if tokens and tokens[0] in ("The", "the"):
        tokens = tokens[1:]
    if not tokens or tokens[0] in STOP or tokens[0] in _OPENERS:
        return False  # "Until Example’s Audience Measurement captures ...": a sentence's word
    if person.tokens[-1] in tokens:
        return False  # "Jane Doe of Doe Farms": her own business
    if any(w in ADVOCACY_ORG_WORDS or w.title() in OUTLET_WORDS for w in tokens):
        return False
    if _SEATS.search(body):
        return False
    if all(w.replace(".", "") in PLACES for w in tokens):
        return False
    name, org = re.escape(person.name), re.escape(body)
    placed = re.compile(
        rf"(?<![\w’'-])(?<!according to ){name} (?:of|from) (?:the )?{org}\b"
        rf"|(?<![\w’'-]){org}(?:[’']s?|s[’']) (?:(?:Dr|Prof)\.? )?{name}(?![\w’'-])",
    )
    for unit in units:
        for match in placed.finditer(unit.blotted):
            if not _REPORTS.match(unit.blotted, match.end()):
                return True
    return False
