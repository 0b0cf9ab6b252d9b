"""How the word lists are written and read: a list as one string, a text as its words.

Its own module so that every list module (`lexicon`, `speechwords`, `placewords`) can
build its lists the same way without importing one another.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[\w’'-]+")


def words_in(text: str) -> list[str]:
    """The words of a text, with the apostrophes and hyphens inside them ("Doe’s", "so-called")."""
    return _WORD.findall(text)
