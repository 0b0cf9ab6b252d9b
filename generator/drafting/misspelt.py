"""A surname the article misspells when it names the person again.

Copy introduces "Ed Hodgson, UK Research Manager with More in Common", then writes
"Mr Hodsgon said"; or "analyst Daniel Ahmad" and then "Admad added". Read literally,
the second form is a new person whom the article never names in full, and every quote
credited to it goes to a name nobody has. A careful sub-editor reads it as the person
already introduced: the form is one slip of the keyboard away from that person's
surname (a letter changed, added, dropped, or two swapped), and from nobody else's.

The guards keep two real people apart: both surnames are long enough for one slip to be
unlikely to make another real name (five letters or more), they start with the same
letter, the person was named in full, only one person's surname is that close, and the
form is never itself written as part of a full name, nor given a post of its own.
"""

from __future__ import annotations

from .names import same_marks
from .roster import People, Person
from .sightings import Sighting

_SHORTEST = 5


def one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter changed, added or dropped, or two neighbours
    swapped ("Hodgson"/"Hodsgon", "Ahmad"/"Admad"); not when they are the same."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def read_misspellings(people: People, singles: list[Sighting], full: list[Sighting]) -> None:
    """Let each surname-alone form that is a slip of exactly one person's surname stand
    for that person (`People.variants`)."""
    in_full = {same_marks(t) for s in full for t in s.names}
    for sighting in singles:
        token = same_marks(sighting.names[0])
        described = sighting.description is not None and (
            sighting.description.role or sighting.description.affiliation
        )  # "Mr Johnston, a spokesman for X": someone of his own
        if (len(token) < _SHORTEST or token in in_full or token in people.variants
                or described or people.known_token(token)):
            continue
        near = {id(p): p for p in people.people if _near(token, p)}
        if len(near) == 1:
            people.variants[token] = next(iter(near.values()))


def _near(token: str, person: Person) -> bool:
    if len(person.tokens) < 2:
        return False
    surname = same_marks(person.tokens[-1])
    return (len(surname) >= _SHORTEST and surname[0].lower() == token[0].lower()
            and one_slip(token.lower(), surname.lower()))
