"""Which of "he" and "she" each person is, as the article itself says it.

A person the article has called "he" (or "Mr") is not the "she" of a later
attribution, nor the reverse: "“...,” he added" about one speaker, then
"“...,” she said" is someone else's quote, even when the speaker before was
the last person named. Nothing is guessed from first names; only the
article's own pronouns and honorifics teach a person's, the first one read
holding.
"""

from __future__ import annotations

import re

from .mentions import Mention
from .people import Person
from .reading import Unit

_HE = frozenset({"he", "his", "him"})
_SHE = frozenset({"she", "her", "hers"})
_HONORIFIC = re.compile(r"(Mr|Mrs|Ms|Miss)\b\.?")


class Genders:
    """The pronoun each person was given so far, in reading order."""

    def __init__(self) -> None:
        self._said: dict[int, str] = {}

    @staticmethod
    def of_pronoun(unit: Unit, mention: Mention) -> str | None:
        word = unit.blotted[mention.start : mention.end].lower()
        return "he" if word in _HE else "she" if word in _SHE else None

    @staticmethod
    def of_honorific(unit: Unit, mention: Mention) -> str | None:
        match = _HONORIFIC.match(unit.blotted, mention.start, mention.end)
        if match is None:
            return None
        return "he" if match.group(1) == "Mr" else "she"

    def learn(self, person: Person | None, said: str | None) -> None:
        if person is not None and said is not None:
            self._said.setdefault(id(person), said)

    def fitting(self, candidates: list[Person | None], said: str | None) -> list[Person | None]:
        """The candidates the pronoun may stand for: none the article gave the other one."""
        return [p for p in candidates if p is None or self._fits(p, said)]

    def known(self, people: list[Person], said: str | None) -> list[Person | None]:
        """People the article already gave this pronoun, most recent first."""
        return [p for p in people if said is not None and self._said.get(id(p)) == said]

    def _fits(self, person: Person, said: str | None) -> bool:
        return said is None or self._said.get(id(person), said) == said
