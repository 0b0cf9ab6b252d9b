"""The name a person is drafted under: the fullest form the article writes it in.

Copy often gives a name in full once and shorter after: "a team led by Scott S.
Sheppard" and then "said astronomer Scott Sheppard"; "John Roe Jr." and then "John
Roe"; "Jane de la Cruz" and then "De la Cruz". The forms are one person, since the
words a name is looked up by (`names.name_tokens`: no initials, particles or
suffixes) are the same, but the person is added where the evidence is, which is often
the shorter form. The labels name a person by the full name as first given, so the
drafted name is the form with the most words (the first such in reading order); the
other forms are kept so that each is still found as one mention of the person.

Forms whose extra words disagree ("John A. Smith", "John B. Smith") leave the name as
it was added: which of the two is meant cannot be told from the name.
"""

from __future__ import annotations

from .names import joined_initials, word_class
from .roster import Person
from .sightings import Sighting

_NAME_PARTS = frozenset({"name", "initial", "particle", "suffix"})


def _plain(sighting: Sighting) -> bool:
    """Only the words of a name, none of an organisation: "Scott S. Sheppard"."""
    return not sighting.in_org and all(
        word_class(t) in _NAME_PARTS or joined_initials(t) for t in sighting.tokens
    )


def name_fully(people: list[Person], seen: list[Sighting]) -> None:
    """Give each person the fullest form of the name the article writes, and keep the
    others as the person's forms."""
    forms: dict[tuple[str, ...], list[Sighting]] = {}
    for sighting in sorted(seen, key=lambda s: s.where):
        if sighting.tokens and _plain(sighting):
            forms.setdefault(sighting.names, []).append(sighting)
    for person in people:
        written = list(dict.fromkeys(" ".join(s.tokens) for s in forms.get(person.tokens, [])))
        longest = max((len(w.split(" ")) for w in written), default=0)
        fullest = [w for w in written if len(w.split(" ")) == longest]
        if longest > len(person.name.split(" ")) and _agree(person.name, fullest):
            person.forms.add(person.name)
            person.name = fullest[0]
        person.forms.update(w for w in written if w != person.name)


def _agree(name: str, fullest: list[str]) -> bool:
    """The longest forms are one name written alike ("Jane Q. Doe", "Jane Q Doe"), and the
    name as added is that name with words left out."""
    spelt = {w.replace(".", "") for w in fullest}
    if len(spelt) != 1:
        return False
    words = iter(next(iter(spelt)).split(" "))
    return all(word in words for word in name.replace(".", "").split(" "))
