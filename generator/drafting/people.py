"""The people an article names: who they are, and how the article describes them.

A capitalised name is a person only on evidence from the words around it
(`sightings`): a title or honorific ("Chinese Foreign Minister Wang Yi",
"Prof Shi"), a description before or after it ("SEB analyst ...", "..., a
fellow at X"), a relation ("his Chinese counterpart Xi Jinping"), a speech
verb ("said Jane Doe", "Doe told"), or "she" opening the next sentence. A
name whose surname alone is later the subject of a speech verb ("Pratt
noted") or described ("Ueda, 71, a professor at X") is a person too; a
surname the text never gives in full is one only right after a speech verb
("added Doe."). Organisations and places are never people, so their words
never lend a person an alias: "Energy" in the Energy Information
Administration does not stand for anyone.

Role and affiliation are the article's first description that gives each
(the role from one place and the affiliation from a later one, if need be);
"Professor Jane Doe of X" gives no role, and no later post becomes one.
"""

from __future__ import annotations

import re

from .bodyonly import read_body_only
from .describe import Description
from .employer import employer_checked
from .foretold import foretold
from .fullnames import name_fully
from .latepost import read_later_posts
from .lexicon import HAN, PERSON_NOUNS, SAY
from .misspelt import read_misspellings
from .nameorder import resumed
from .names import joined_initials, name_tokens, runs, same_marks, word_class
from .reading import Unit
from .roster import People, Person
from .sightings import Sighting, Where, sightings
from .standing import read_standing
from .vouched import (
    glossed_body,
    heading_line,
    headline_case,
    owner_only,
    paired,
    plural_only,
    vouched,
    written_lower,
)

__all__ = ["People", "Person", "find_people"]


def find_people(units: list[Unit]) -> People:
    """Decide who is a person (headlines aside: their capitals are not evidence), then read
    every description in reading order, so that role and affiliation are the first given."""
    seen = [s for u in units for s in sightings(u)]
    ahead = foretold(units, seen)
    seen = sorted(seen + [f.sighting for f in ahead], key=lambda s: s.where)
    people = People()
    full = [s for s in seen if len(s.names) >= 2 or (s.names and _initialled(s))]
    at: dict[Where, list[Sighting]] = {}
    for sighting in seen:
        at.setdefault(sighting.where, []).append(sighting)
    for sighting in full:
        new = people.by_tokens(sighting.tokens) is None
        if sighting.evidence and not sighting.headline and new and _taken(sighting, at, units):
            people.add(sighting.tokens, sighting.where)
    singles = [s for s in seen if len(s.names) == 1 and not s.headline]
    read_misspellings(people, singles, full)  # "Ed Hodgson" ... "Mr Hodsgon said"
    # (and "“...,” said Doe who ...": a surname right after a speech verb)
    surnames = {s.names[0] for s in singles if s.honorific or s.inverted} | _speaking_surnames(
        units
    )
    for surname in sorted(surnames):
        if people.known_token(surname) or word_class(surname) != "name":
            continue
        earlier = resumed([s for s in full if _plain(s)], same_marks(surname))
        if earlier:
            people.add(earlier[0].tokens, earlier[0].where)
    for sighting in singles:
        token = sighting.names[0]
        if sighting.evidence and not people.known_token(token) and (
            sighting.honorific or _titled_alone(sighting)
        ):
            # "Ueda, 71, a professor at X" after "... nominate Jane Ueda as ...": the full
            # name given earlier is the person's name.
            earlier = [s for s in full if s.names[-1] == token and _plain(s)]
            if earlier:
                people.add(earlier[0].tokens, earlier[0].where)
            elif sighting.honorific or _HAN_NAME.fullmatch(token) or (
                sighting.ahead and (token in surnames or sighting.inverted or _office(sighting))
            ):
                people.add(sighting.tokens, sighting.where)
    for sighting in singles:  # "“...,” added Doe.": a surname the text never gives in full
        token = sighting.names[0]
        if sighting.inverted and not people.known_token(token) and _plain(sighting):
            people.add(sighting.tokens, sighting.where)
    # "Professor Jane Doe of X": the honorific stands for the role, which no later post
    # fills; "Professor Jane Doe" alone describes nothing yet.
    untitled = {s.where for s in seen if s.professor} - {
        s.where for s in seen if s.description and s.description.role
    }
    untitled &= {s.where for s in seen if s.description and s.description.affiliation}
    described = {id(p) for s in seen if s.description and (
        s.description.role or s.description.nouns or s.description.official
    ) for p in [_sighted(people, s)] if p is not None}
    for sighting in seen:
        person = _sighted(people, sighting)
        description = sighting.description
        if person is not None and description is not None:
            description = employer_checked(description, person, people, described)
            if sighting.headline and len(sighting.names) == 1:
                # "Example's Doe: ..." over a story that introduces Jane Doe in full: the
                # headline's short form is not where she is first described.
                description = Description(nouns=description.nouns)
            elif sighting.headline and description.role and headline_case(
                units[sighting.where[0]].blotted
            ):
                # Headline case capitalises every word: "Likely BOJ Nominee X" is no title
                # we can read; "Wedbush's X" still names the organisation. A headline in
                # sentence case writes a post as the body does ("X College professor Y").
                description = Description(None, None, description.official,
                                          description.nouns, description.former)
            person.untitled |= sighting.where in untitled and person.role is None
            person.describe(description)
    read_standing(people.people, units)  # hosts, a note's writers, doctors with no post
    read_later_posts(people.people, units)  # "the professor at X said" after the name
    read_body_only(people.people, units)  # "Jane Doe of X said": placed at a body, no post
    for unit in units:
        for run in runs(unit.blotted, unit.written):
            if not run.name and run.org:
                people.orgs.add(run.org)
    for told in ahead:
        person = people.by_tokens(told.sighting.tokens)
        if person is not None:
            people.foretold[(told.unit, told.start, told.end)] = person
    name_fully(people.people, seen)  # "Scott S. Sheppard" first, "Scott Sheppard" after
    return people


def _sighted(people: People, sighting: Sighting) -> Person | None:
    """The person a sighting names (a surname alone stands for the one person who has it)."""
    if len(sighting.names) == 1 and sighting.names[0] in people.variants:
        return people.variants[sighting.names[0]]  # "Mr Hodsgon" after "Ed Hodgson"
    person = people.by_tokens(sighting.tokens) or (
        people.aliases.get(sighting.names[-1]) if sighting.names else None
    )
    if person and not set(name_tokens(" ".join(sighting.names))) <= set(person.tokens):
        return None  # "Prime Minister Imran Khan" describes no other Khan in the story
    return person


def _taken(sighting: Sighting, at: dict[Where, list[Sighting]], units: list[Unit]) -> bool:
    """The sighting's evidence holds up (`vouched`): not a sub-heading's capitals, nor words
    the article writes in lower case too, nor an owner's possessive alone before a
    product's or a section's name, nor a firm's name the writer glosses as one ("X, a
    research firm")."""
    if heading_line(units[sighting.where[0]]) or glossed_body(sighting, units) or (
        written_lower(sighting, units)
    ):
        return False
    if plural_only(at[sighting.where]):
        return paired(sighting, units)
    return not owner_only(at[sighting.where]) or vouched(sighting, units)


_HAN_NAME = re.compile(f"[{HAN}]+")  # a whole name in one word: no surname alone


def _plain(sighting: Sighting) -> bool:
    return not sighting.in_org and all(
        word_class(t) in ("name", "initial", "particle") or joined_initials(t)
        for t in sighting.tokens
    )


def _initialled(sighting: Sighting) -> bool:
    """ "P.K. Nair", "J. Doe": a surname behind initials is a full name as given."""
    return any(word_class(t) == "initial" or joined_initials(t) for t in sighting.tokens)


def _office(sighting: Sighting) -> bool:
    """ "then-Speaker Roe": one word behind a title of office is a person; behind a
    trade ("payments specialist Examplepay lost 5p") it may be a company, unless it speaks."""
    return sighting.description is not None and sighting.description.official


def _titled_alone(sighting: Sighting) -> bool:
    """A one-word name stands for a person only behind a title ("then-Speaker Gingrich"),
    or as the surname of a full name given earlier ("Doe, a fellow at X")."""
    description = sighting.description
    return description is not None and bool(
        description.nouns & PERSON_NOUNS or description.official
    )  # a place word is no title: "University of East Anglia" names nobody


_SURNAME_SPEAKS = re.compile(  # "Doe, 67, told": an age between commas may come between
    rf"(?<![\w’'-])([A-Z][\w’'-]+)(?:, \d{{1,3}},)?(?: (?:himself|herself|\w+ly))* (?:{SAY})"
    rf"(?![\w’'-])"
)


def _speaking_surnames(units: list[Unit]) -> set[str]:
    """ "Pratt noted": a one-word subject of a speech verb, whose full name may come earlier."""
    return {m.group(1) for u in units for m in _SURNAME_SPEAKS.finditer(u.blotted)}
