"""Person and People: the article's roster, and how a name finds its person.

Kept apart from the rules that decide who is a person (`people`): the roster is what
every later step reads (quotes, mentions, antecedents), the rules are how it is filled.
A person's role and affiliation are the first the article gives (`Person.describe`),
so the order descriptions are read in decides them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .describe import Description, task_only
from .lexicon import PARTICLES
from .names import name_tokens, same_marks
from .sightings import Where


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
    forms: set[str] = field(default_factory=set)  # other forms written: "Scott Sheppard"

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
    # surnames the article misspells when it names someone again ("Hodsgon"): `misspelt`
    variants: dict[str, Person] = field(default_factory=dict)
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
        if len(key) != 1:
            return self.by_tokens(tokens)
        return self.by_tokens(tokens) or self.aliases.get(key[-1]) or self.variants.get(key[-1])

    def add(self, tokens: tuple[str, ...], where: Where) -> Person:
        person = Person(" ".join(tokens), where)
        self.people.append(person)
        self.aliases = _aliases(self.people)
        return person

    def known_token(self, token: str) -> bool:
        token = same_marks(token)
        return token in self.variants or any(token in person.tokens for person in self.people)


def _aliases(people: list[Person]) -> dict[str, Person]:
    """Each part of a name stands for the person, unless two people share it."""
    owners: dict[str, set[int]] = {}
    for i, person in enumerate(people):
        for token in person.tokens:
            owners.setdefault(token, set()).add(i)
            if "-" in token and token.split("-")[0] in ("al", "el"):
                owners.setdefault(token.split("-", 1)[1], set()).add(i)
    return {token: people[next(iter(ids))] for token, ids in owners.items() if len(ids) == 1}
