"""Words that are something else in general copy but parts of a name where they stand:
titles written short ("Sen", "Gen") and titles or months that are surnames ("Jane King",
"Theresa May"), nationalities that are surnames ("Simon Welsh"), and months that are given
names ("June Doe", "Geert Jan van Doe"); and the other way round, the last word of an
organisation's name run straight into a person's (`org_tail`).

Kept apart from `names`, which splits a capitalised run into organisation, title and name:
these are the exceptions to its word classes, each read from the words beside it.
"""

from __future__ import annotations

import re

from .lexicon import words

# Titles written short without a dot, which are surnames too when a name ends with them.
SHORT_TITLES = words("Sen Sens Rep Reps Gen Gov Col Lt Capt Adm Sgt Fr Rev")
# ... of which some are the first part of a two-word surname as well ("Sen Gupta")
NAME_PART_TITLES = words("Sen")
# Given names cut short with a full stop, as Filipino and Malay copy writes Maria and
# Mohamed ("said Ma. Lourdes Doe"): they open a name after a word in lower case (after a
# capital "Ma." is a surname ending a sentence: "said Jack Ma. Shares fell")
SHORT_GIVEN = words("Ma Md Mohd Muhd")
# A title stands before a name in English, and a month's name after a given name is no
# date: after a given name these are surnames ("Jane King", "Theresa May").
SURNAME_TITLES = words(
    "King Dean Bishop Judge Major Pope Prince Marshal Cardinal Chancellor Sheriff Shah "
    "May June April August Jan"
)
# Nationalities that are surnames too ("Simon Welsh", "Ann French").
DEMONYM_SURNAMES = words("Welsh French Irish English German")
# ... and a month before a surname is a given name ("June Doe", "Jan Doe"): see `given_month`
MONTH_NAMES = words("May June April August Jan")
# ... and a month written short that is a syllable of an Asian given name ("Yeap Jun Doe")
_SYLLABLE_MONTHS = words("Jun")


# A month after these words is a date ("in June", "since May"), before a name or not.
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|by|since|until|till|to|from|through|last|next|this|that|early|late"
    r"|mid|before|after|during|each|every|come|for)[ -]|\d[ ,]*)$", re.IGNORECASE
)


def given_month(text: str, start: int, tokens: list[str], classes: list[str]) -> bool:
    """ "June Teufel Dreyer, a professor": a month opening a run of names that no date
    word leads into is a given name, as "May" ends one ("Theresa May")."""
    return (
        len(tokens) > 1 and tokens[0] in MONTH_NAMES
        and all(c == "name" for c in classes[1:])
        and not _DATE_BEFORE.search(text[max(0, start - 12) : start])
    )


def month_within(tokens: list[str], classes: list[str], at: int) -> bool:
    """ "Geert Jan van Doe", "Mary May Roe": a month between a given name and the rest of a
    name (a surname, or its particle) is a given name too; a date has no name before it."""
    return (
        0 < at < len(tokens) - 1 and tokens[at] in MONTH_NAMES | _SYLLABLE_MONTHS
        and classes[at - 1] == "name"
        and classes[at + 1] in ("name", "particle")
    )


# Halves of a two-word place that are surnames on their own: "Hong Kong" is a place, but
# "Jane Chin Hong" a name (the place needs both words, side by side)
_PLACE_HALVES = {"Hong": (1, "Kong"), "Kong": (-1, "Hong")}


def place_half_named(tokens: list[str], classes: list[str], at: int) -> bool:
    """A half of a two-word place, without its other half beside it, next to a name."""
    half = _PLACE_HALVES.get(tokens[at])
    if half is None:
        return False
    step, other = half
    beside = tokens[at + step] if 0 <= at + step < len(tokens) else None
    near = [classes[k] for k in (at - 1, at + 1) if 0 <= k < len(tokens)]
    return beside != other and "name" in near


def org_tail(name: list[str], before: str, written: frozenset[str]) -> bool:
    """ "the Centre for Coastal Studies Tidal Jane Doe" ... "Doe said": an organisation's
    name may end in a name of its own (a brand, a founder's name), run straight into the
    person's with no post between. The article's other mentions tell where the person's
    name starts: it resumes her by the surname alone or by the last two words, and never
    writes the three words as a name of their own. ("Park Min Soo" ... "Park said" resumes by
    the first word, so the three stay one name.)"""
    return before not in ("honorific", "title") and " ".join(name) not in written and (
        name[-1] in written or " ".join(name[-2:]) in written
    )
