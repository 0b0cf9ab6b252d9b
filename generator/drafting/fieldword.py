"""A capitalised word before a post that names the post's field, not an organisation.

"Market expert Jane Doe", "said Financial Analyst Jane Doe", "Computer scientist Jane Doe":
copy capitalises the field of a post where it opens the sentence, right after the speech
verb, or in a title written in capitals; a firm's name stands in the same place ("SEB
analyst Jane Doe", "said Westpac economist Jane Doe"). What tells them apart is the word
itself: a field is a common noun or adjective of a line of work, one the lexicon lists
for the posts it goes before ("market", "financial", "computer") or one with the ending of
a field or of an adjective made from one ("-ology", "-ics", "-ical", "-ial"); a firm's
name is a proper name, initials ("SEB") or a word run together from parts ("JPMorgan"),
and a word of an organisation ("Capital", "Research") may end a firm's name of its own.
"""

from __future__ import annotations

import re

from .lexicon import ORG_WORDS, PLACES, ROLE_MODIFIERS, words

# Fields that go before an expert's post besides those of `ROLE_MODIFIERS`
_MORE_FIELDS = words(
    "computer software cultural environmental medical legal tax property retail consumer "
    "automotive aviation shipping banking insurance crypto tech"
)
FIELDS = ROLE_MODIFIERS | _MORE_FIELDS
# a field's ending ("technology", "economics", "engineering"): common nouns' endings
_NOUN_ENDINGS = "ing|ion|ence|ance|ity|ogy|ism|ics"
FIELD_NOUN = re.compile(rf"[a-z]{{3}}(?:{_NOUN_ENDINGS})$")
# ... or an adjective's made from a field ("political", "financial", "cultural")
_FIELD_ENDING = re.compile(rf"[a-z]{{3}}(?:{_NOUN_ENDINGS}|ical|ial|ural|ental)$")


def capital_field(word: str) -> bool:
    """A capitalised word that names a post's field rather than the organisation holding it."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word):
        return False  # initials ("SEB"), a name run together ("JPMorgan"), a number
    if word in ORG_WORDS or word in PLACES:
        return False  # a firm's word ("Capital"); a place's field is read where places are
    low = word.lower()
    return low in FIELDS or bool(_FIELD_ENDING.search(low))
