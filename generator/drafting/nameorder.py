"""Which full name a one-word re-mention resumes.

Western names put the surname last ("Jane Doe" ... "Doe said"); Chinese and Korean names
romanised in news copy put it first, and their given name is often a pair of syllables
joined by a hyphen ("Lai Ching-te" ... "said Lai", "Park Kyung-ae" ... "Park told"). The
hyphened pair in lower case after the hyphen is what tells the order apart: a Western
double-barrelled surname capitalises both parts ("Smith-Jones").
"""

from __future__ import annotations

import re

from .sightings import Sighting

_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def surname_first(names: tuple[str, ...], word: str) -> bool:
    """ "Lai Ching-te" for "Lai": two words, the second a hyphened pair of syllables."""
    return len(names) == 2 and names[0] == word and _SYLLABLE_PAIR.fullmatch(names[1]) is not None


def resumed(full: list[Sighting], word: str) -> list[Sighting]:
    """The full names `word` alone may stand for, in the text's order: those it ends
    first, then those it opens surname first (the Western reading wins a tie)."""
    last = [s for s in full if s.names[-1] == word]
    return last + [s for s in full if s.names[-1] != word and surname_first(s.names, word)]
