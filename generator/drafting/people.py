"""The people an article names: who they are, how they are described, where they are mentioned.

A person is anyone the article introduces as one: by a title ("Chinese
Foreign Minister Wang Yi"), a description before or after the name
("Eurasia Group senior analyst Ali Wyne", "Brian Hart, a fellow with ..."),
or as the subject of an attribution. Later mentions by one part of the name
("Gabuev", "Shi") resolve to the person; officials are told apart from analysts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import (
    ANALYST_NOUNS,
    NON_NAME,
    OFFICIAL_NOUNS,
    RUN,
    SAY,
    SPEECH_WORDS,
    STOP,
    TITLES,
    TOKEN,
    words,
)
from .reading import Block

Where = tuple[int, int]  # (block index, offset): a place in the body, in reading order


@dataclass(eq=False)
class Person:
    """Someone the article names; identity is the object (two people may share a surname)."""

    name: str
    first: Where
    official: bool = False
    role: str | None = None
    affiliation: str | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split(" "))


@dataclass(frozen=True)
class Sighting:
    """One place where the text shows that a capitalised name is a person."""

    where: Where
    tokens: tuple[str, ...]
    official: bool = False
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Mention:
    where: Where
    end: int
    person: Person


@dataclass
class People:
    """Everyone named in the body, and where each is mentioned (outside quotes)."""

    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, Person] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def by_name(self, tokens: tuple[str, ...]) -> Person | None:
        name = " ".join(tokens)
        for person in self.people:
            if person.name == name:
                return person
        return None

    def lookup(self, tokens: tuple[str, ...]) -> Person | None:
        """A full name, else one part of a name: the surname first, then the given name."""
        if not tokens:
            return None
        found = self.by_name(tokens)
        if found is None and len(tokens) == 1:
            found = self.aliases.get(tokens[0])
        return found

    def latest_before(self, where: Where) -> Person | None:
        """The most recently mentioned person before `where`: what "he" or "she" means."""
        keys = [m.where for m in self.mentions]
        i = bisect.bisect_left(keys, where)
        return self.mentions[i - 1].person if i else None

    def in_text(self, block: int, text: str, offset: int = 0) -> list[Mention]:
        """Mentions of known people in `text` (a slice of block `block` at `offset`)."""
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text):
            person = self.lookup(tuple(match.group().split(" ")))
            if person is not None:
                where = (block, offset + match.start())
                found.append(Mention(where, offset + match.end(), person))
        return found


def words_before(text: str, count: int) -> str:
    return " ".join(text.split()[-count:]) if count else ""


def title_split(tokens: list[str], before: str) -> tuple[list[str], bool]:
    """Cut a title off the front of a name: "Chinese President Xi Jinping" -> Xi Jinping."""
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        is_title = token in TITLES or (
            token == "State" and i == 0 and before.rstrip().endswith("Secretary of")
        )
        if is_title:
            return tokens[i + 1 :], True
    # "But ..." and "Economist Jane Doe": a capital that starts a sentence is not a name.
    while tokens and (tokens[0] in STOP or tokens[0].lower() in ANALYST_NOUNS):
        tokens = tokens[1:]
    return tokens, False


_PREMODIFIER = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]* ){1,4})$")
_TRAILING_RUN = re.compile(rf"({TOKEN}(?: {TOKEN})*)(?:[’']s)? $")
_ROLE_STOP = words(
    "said says added according to by with and of for a an the as from told observed"
)


def _premodifier(before: str) -> tuple[bool, str | None, str | None] | None:
    """ "Eurasia Group senior analyst " before a name -> (official, role, affiliation)."""
    match = _PREMODIFIER.search(before)
    if not match:
        return None
    words = match.group(1).split()
    noun = words[-1]
    if noun in OFFICIAL_NOUNS:
        return True, None, None
    if noun not in ANALYST_NOUNS:
        return None
    while words and words[0] in _ROLE_STOP:
        words = words[1:]
    org = _TRAILING_RUN.search(before[: match.start()])
    affiliation = None
    if org and before[: match.start()].endswith(" ") and words == match.group(1).split():
        org_tokens = [t for t in org.group(1).split(" ") if t not in STOP]
        affiliation = " ".join(org_tokens) or None
    return False, " ".join(words), affiliation


_APPOSITIVE = re.compile(r"^(?:,| is| was) (?:(?:a|an|the) )?([a-z][^,.;:!?“”\"·]*)")
_ROLE_OF = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) of (?:the )?([A-Z].*)$")


def split_description(description: str) -> tuple[str, str | None]:
    """ "director of SOAS China Institute at ..." -> role and affiliation, in the article's words.

    "ROLE of Organisation" names the organisation directly; otherwise the
    affiliation follows the first " at " (or " with " an organisation).
    """
    description = description.strip()
    role_of = _ROLE_OF.match(description)
    if role_of and " and " not in role_of.group(1):
        return role_of.group(1), role_of.group(2)
    for joint in (" at ", " with "):
        role, sep, rest = description.partition(joint)
        rest = rest.removeprefix("the ")
        if sep and rest[:1].isupper():
            return role, rest
    return description, None


def _appositive(after: str) -> tuple[bool, str | None, str | None] | None:
    """ ", an associate professor at X" after a name -> (official, role, affiliation)."""
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    description = match.group(1).strip()
    head = description.split()[:6]
    if any(word in OFFICIAL_NOUNS for word in head[:2]):
        return True, None, None
    if not any(word in ANALYST_NOUNS for word in head):
        return None
    role, affiliation = split_description(description)
    return False, role, affiliation


_SAY_BEFORE_NAME = re.compile(rf"(?:{SAY}) $")
_VERB_AFTER_NAME = re.compile(
    rf"^(?:, [a-z][^“”\"·.]*,)? (?:{SPEECH_WORDS}|told|tells)(?![\w’'-])"
)
_JOINT_AFTER_NAME = re.compile(
    rf"^ and (?:[\w’'-]+ ){{0,4}}?{TOKEN}(?: {TOKEN})* (?:{SPEECH_WORDS})(?![\w’'-])"
)


def _sighting(block: Block, match: re.Match[str]) -> Sighting | None:
    """What the words around a capitalised run say about it being a person."""
    text = block.blotted
    before, after = text[: match.start()], text[match.end() :]
    if after.startswith(("’s", "'s")):
        return None
    tokens, official = title_split(match.group().split(" "), before)
    if not tokens or len(tokens) > 3:
        return None
    role = affiliation = None
    described = _appositive(after) or (None if official else _premodifier(before))
    if described:
        official = official or described[0]
        role, affiliation = described[1], described[2]
    adjacent = bool(
        _SAY_BEFORE_NAME.search(before)
        or _VERB_AFTER_NAME.match(after)
        or _JOINT_AFTER_NAME.match(after)
    )
    if not (official or described or adjacent):
        return None
    if any(token in NON_NAME for token in tokens):
        return None
    offset = match.end() - len(" ".join(tokens))
    return Sighting((block.index, offset), tuple(tokens), official, role, affiliation)


def find_people(blocks: list[Block]) -> People:
    """Register people from their sightings in reading order, then index their mentions."""
    sightings = sorted(
        (
            sighting
            for block in blocks
            for match in RUN.finditer(block.blotted)
            if (sighting := _sighting(block, match)) is not None
        ),
        key=lambda s: s.where,
    )
    people = People()
    for sighting in (s for s in sightings if len(s.tokens) >= 2):
        _merge(people, people.by_name(sighting.tokens), sighting)
    people.aliases = _aliases(people.people)
    for sighting in (s for s in sightings if len(s.tokens) == 1):
        _merge(people, people.aliases.get(sighting.tokens[0]), sighting, create=False)
    names = sorted(
        {p.name for p in people.people} | set(people.aliases), key=len, reverse=True
    )
    if names:
        alternatives = "|".join(re.escape(name) for name in names)
        people.pattern = re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])")
    people.mentions = sorted(
        (m for block in blocks for m in people.in_text(block.index, block.blotted)),
        key=lambda m: m.where,
    )
    return people


def _merge(people: People, person: Person | None, sighting: Sighting, create: bool = True) -> None:
    """The first description of a person is the one kept: the article's first mention."""
    if person is None:
        if not create:
            return
        person = Person(" ".join(sighting.tokens), sighting.where)
        people.people.append(person)
    person.official = person.official or sighting.official
    if person.role is None and person.affiliation is None:
        person.role, person.affiliation = sighting.role, sighting.affiliation


def _aliases(people: list[Person]) -> dict[str, Person]:
    """Each part of a name stands for the person, unless two people share it."""
    owners: dict[str, set[int]] = {}
    for i, person in enumerate(people):
        for token in person.tokens:
            owners.setdefault(token, set()).add(i)
    return {
        token: people[next(iter(ids))]
        for token, ids in owners.items()
        if len(ids) == 1 and token not in NON_NAME
    }
