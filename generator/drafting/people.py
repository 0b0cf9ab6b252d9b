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
from dataclasses import dataclass, field

from .describe import Description, task_only
from .employer import employer_checked
from .foretold import foretold
from .latepost import read_later_posts
from .lexicon import HAN, PARTICLES, PERSON_NOUNS, SAY
from .names import (
    Run,
    joined_initials,
    name_tokens,
    runs,
    same_marks,
    word_class,
)
from .reading import Unit
from .sightings import Sighting, Where, sightings
from .standing import read_standing
from .vouched import heading_line, headline_case, owner_only, paired, plural_only, vouched


@dataclass(eq=False)
class Person:
    """Someone the article names; identity is the object (two people may share a surname)."""

    name: str
    first: Where
    role: str | None = None
    affiliation: str | None = None
    official: bool = False
    descriptions: list[Description] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)
    untitled: bool = False  # introduced as "Professor X": the honorific stands for a role
    host: bool = False  # first named as a talk's moderator or host: not the one cited

    @property
    def tokens(self) -> tuple[str, ...]:
        return name_tokens(self.name)

    def describe(self, description: Description) -> None:
        if task_only(self.role) and description.role:  # a post after "study author X"
            self.role, self.affiliation = None, description.affiliation or self.affiliation
        self.descriptions.append(description)
        self.official = self.official or description.official
        self.nouns |= description.nouns
        if self.role is None and description.role and not self.untitled:
            self.role = description.role
            if self.affiliation is None:
                self.affiliation = description.affiliation
        elif self.affiliation is None and description.affiliation:
            self.affiliation = description.affiliation
        elif self.affiliation is None and description.past and self.role and not (
            self.descriptions[0].former
        ):  # "leading immunologist X" ... "X, a former scientist at Y": placed at Y
            self.affiliation = description.past

    @property
    def analyst(self) -> bool:
        """An expert commenting: not in office, not a company or lobby head, not a bystander."""
        if self.official or self.host:
            return False
        found = self.descriptions
        if any(d.executive for d in found) and not any(d.expert and not d.executive for d in found):
            return False
        described = [d for d in found if d.nouns]
        lay = bool(described) and all(d.lay for d in described)
        return any(d.expert for d in found) and not lay


@dataclass
class People:
    """Everyone the article names as a person, and the names that stand for each."""

    people: list[Person] = field(default_factory=list)
    aliases: dict[str, Person] = field(default_factory=dict)
    orgs: set[str] = field(default_factory=set)
    # a lede's description of someone named only in the next paragraph: (unit, start, end)
    foretold: dict[tuple[int, int, int], Person] = field(default_factory=dict)

    def by_tokens(self, tokens: tuple[str, ...]) -> Person | None:
        key = name_tokens(" ".join(tokens))
        for person in self.people:
            if person.tokens == key:
                return person
        return self._by_particle(tokens)

    def _by_particle(self, tokens: tuple[str, ...]) -> Person | None:
        """ "Van Aken said", "Le Roux": a surname with its particle (capitalised to open a
        sentence, or as the name is spelt) is the end of the full name given earlier."""
        if len(tokens) < 2 or tokens[0].lower() not in PARTICLES:
            return None
        tail = [same_marks(t).lower() for t in tokens]
        found = [p for p in self.people if len(p.name.split(" ")) > len(tail)
                 and [same_marks(t).lower() for t in p.name.split(" ")][-len(tail):] == tail]
        return found[0] if len(found) == 1 else None

    def lookup(self, name: str) -> Person | None:
        """A full name, else one part of a name that only one person has."""
        tokens = tuple(name.split(" "))
        key = name_tokens(name)
        return self.by_tokens(tokens) or (self.aliases.get(key[-1]) if len(key) == 1 else None)

    def add(self, tokens: tuple[str, ...], where: Where) -> Person:
        person = Person(" ".join(tokens), where)
        self.people.append(person)
        self.aliases = _aliases(self.people)
        return person

    def known_token(self, token: str) -> bool:
        token = same_marks(token)
        return any(token in person.tokens for person in self.people)


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
    # (and "“...,” said Doe who ...": a surname right after a speech verb)
    surnames = {s.names[0] for s in singles if s.honorific or s.inverted} | _speaking_surnames(
        units
    )
    for surname in sorted(surnames):
        if people.known_token(surname) or word_class(surname) != "name":
            continue
        earlier = [s for s in full if s.names[-1] == same_marks(surname) and _plain(s)]
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
    for unit in units:
        for run in runs(unit.blotted):
            if not run.name and run.org:
                people.orgs.add(run.org)
    for told in ahead:
        person = people.by_tokens(told.sighting.tokens)
        if person is not None:
            people.foretold[(told.unit, told.start, told.end)] = person
    return people


def _sighted(people: People, sighting: Sighting) -> Person | None:
    """The person a sighting names (a surname alone stands for the one person who has it)."""
    person = people.by_tokens(sighting.tokens) or (
        people.aliases.get(sighting.names[-1]) if sighting.names else None
    )
    if person and not set(name_tokens(" ".join(sighting.names))) <= set(person.tokens):
        return None  # "Prime Minister Imran Khan" describes no other Khan in the story
    return person


def _taken(sighting: Sighting, at: dict[Where, list[Sighting]], units: list[Unit]) -> bool:
    """The sighting's evidence holds up (`vouched`): not a sub-heading's capitals, nor an
    owner's possessive alone before a product's or a section's name."""
    if heading_line(units[sighting.where[0]]):
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


def _aliases(people: list[Person]) -> dict[str, Person]:
    """Each part of a name stands for the person, unless two people share it."""
    owners: dict[str, set[int]] = {}
    for i, person in enumerate(people):
        for token in person.tokens:
            owners.setdefault(token, set()).add(i)
            if "-" in token and token.split("-")[0] in ("al", "el"):
                owners.setdefault(token.split("-", 1)[1], set()).add(i)
    return {token: people[next(iter(ids))] for token, ids in owners.items() if len(ids) == 1}


def run_person(people: People, run: Run) -> Person | None:
    """The person a run names, if it names one the article knows."""
    if not run.name:
        return None
    return people.by_tokens(run.name) or (
        people.aliases.get(name_tokens(" ".join(run.name))[-1])
        if name_tokens(" ".join(run.name)) else None
    )
