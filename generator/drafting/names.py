"""Capitalised runs of words, and what they are: a person's name, a title, an organisation.

A run such as "Kazakhstan Institute for Strategic Studies Deputy Director
Sanat Kushkumbayev" is read from the right: the name is the longest tail of
name-like words (initials "M." and particles "van der", "bin" included), the
title the words of office or post before it, and what is left an
organisation or a place. Runs are found outside quote marks only.

Nothing here decides that a name is a person: that needs evidence from the
words around it (`people`). This module only says what a run could be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    ANALYST_NOUNS,
    HAN,
    HONORIFICS,
    LOW,
    OFFICE_TITLES,
    OFFICIAL_NOUNS,
    ORG_WORDS,
    PARTICLES,
    PERSON_NOUNS,
    PLACES,
    STOP,
    TITLE_PARTS,
    UP,
)
from .namewords import (
    DEMONYM_SURNAMES,
    MONTH_NAMES,
    NAME_PART_TITLES,
    SHORT_GIVEN,
    SHORT_TITLES,
    SURNAME_TITLES,
    given_month,
    month_within,
    org_tail,
    place_half_named,
)

_TITLE_DOTS = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Adm|Jr|Sr|St|Rev|Fr"
    r"|Co|Inc|Corp|Ltd|Coun|Cllr|Amb|Pres|Supt|Insp|Det|Atty)\."
)
# "O'Hara", "O’Hara", "O‘Hara": copies write a name's apostrophe with any of these marks.
_APOSTROPHE_MARKS = "’'‘ʼ`´"
APOSTROPHE = f"[{_APOSTROPHE_MARKS}]"
_WORD = (
    rf"[{UP}](?:[{LOW}]+(?:[{UP}][{LOW}]+)?|(?={APOSTROPHE}[{UP}]))"
    rf"(?:{APOSTROPHE}[{UP}][{LOW}]+)?"
)
# (a hyphenated surname's second half may have a capital inside: "Pardo-McKenna")
_PREFIXED = (
    rf"(?:(?:then|ex|al|el|as|ash|ad|ul|abu|bin)-)?{_WORD}(?:-[{UP}]?[{LOW}]+(?:[{UP}][{LOW}]+)?)*"
)
# ("JPMorgan": initials run into a capitalised word name a firm, never a person; two
# capitals alone may open a surname written without its apostrophe, "ONeil")
_ACRONYM = r"(?:[A-Z]\.){2,}|[A-Z]{3,}[a-z]{2,}|[A-Z][A-Za-z&]*[A-Z][a-z]?\+?"
_JOINED = r"[A-Z][A-Za-z]*[+&][A-Z][a-z]+"  # "A+Analytics": a brand, never a name
# "R Mohan Iyer": an initial without its full stop, before another capitalised word ("A"
# and "I" are words, not initials).
_BARE_INITIAL = r"[B-HJ-Z](?= [A-Z])"
# "said Ma. Lourdes Doe": a given name cut short (`namewords`), only where a run opens
_SHORT_GIVEN = rf"(?:(?:{'|'.join(sorted(SHORT_GIVEN))})\. (?=[A-Z][a-z]))?"
_PART = (
    rf"(?:{_TITLE_DOTS}|{_JOINED}|{_ACRONYM}|[A-Z]\.|{_BARE_INITIAL}|{_PREFIXED}"
    rf"|[{HAN}]{{2,4}})"
)
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
RUN = re.compile(
    rf"(?<![\w’'\-.]){_SHORT_GIVEN}{_PART}(?: (?:(?:{_PARTICLE}) )*{_PART})*(?![\w-])"
)
INITIAL = re.compile(r"^[A-Z]\.?$")
# "P.K. Nair": initials run together with full stops, which an acronym is written as too
_JOINED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
ACRONYM = re.compile(rf"^(?:{_ACRONYM})$")


def _roman(number: int) -> str:
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


# "Robert Smith III", "Nana Amoasi VII", "Pope Leo XIV": a numeral after a name is part of
# it (a lone V or X is more often an initial or the platform X)
SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr",
                      *(_roman(n) for n in range(2, 31) if n not in (5, 10))})
# An organisation's name in running text: capitalised words, joined by "of", "for", "&" ...
ORG_RUN = rf"(?:{_PART})(?:(?: (?:of|for|and|on|de|du|&|the|a))* (?:{_PART}))*"
# "the Royal Society for Arts thinktank", "X University's climatic research unit": an
# organisation's name may go on in lower case with the noun of what it is.
ORG_NOUN = (
    r"(?:think[ -]?tank|thinktank|unit|centre|center|institute|group|department|programme"
    r"|program|laboratory|lab|consultancy|firm|team|school|faculty|division)"
)
ORG_PHRASE = rf"{ORG_RUN}(?:(?:[’']s)?(?: [a-z][\w-]*){{0,2}}? {ORG_NOUN}(?![\w-]))?"
_ORG_BEFORE = re.compile(rf"({ORG_RUN} (?:of|for|and|on|de|du|&)) $")


def bare(token: str) -> str:
    """A token without a trailing dot or a "then-"/"ex-" prefix: "Adm." -> "Adm"."""
    return re.sub(r"^(?:then|ex)-", "", token).rstrip(".")


@lru_cache(maxsize=4096)
def word_class(token: str) -> str:
    """What one word of a run can be: name, initial, particle, honorific, title, org, place."""
    word = bare(token)
    if token in SUFFIXES:
        return "suffix"
    if INITIAL.match(token):
        return "initial"
    if token in PARTICLES:
        return "particle"
    if word in HONORIFICS:
        return "honorific"
    if word in OFFICE_TITLES or word.lower() in ANALYST_NOUNS or word.lower() in OFFICIAL_NOUNS:
        return "title"
    if word in _POSTS:  # "Coral Reef Watch Coordinator Jane Doe": a post, not a given name
        return "title"
    parts = word.split("-")
    if len(parts) > 1 and parts[-1] in OFFICE_TITLES and all(  # "Prime-Minister", as some
        part in OFFICE_TITLES | TITLE_PARTS for part in parts[:-1]  # copy hyphenates it
    ):
        return "title"
    if len(parts) > 1 and word[:1].isupper() and parts[-1].islower() and (
        parts[-1] in PERSON_NOUNS  # "Co-author Jane Doe", "Vice-chair": a post, as no
    ):  # given name ends in a person's noun in lower case
        return "title"
    if len(parts) > 1 and parts[0].lower() in _DESK_HEADS and parts[1][:1].isupper():
        return "title"  # "Head-Fixed Income", "Chief-Equities": a desk's head, as some copy
    if word in TITLE_PARTS:
        return "title-part"
    if word in ORG_WORDS or (ACRONYM.match(token) and not INITIAL.match(token)) or (
        re.search(r"\w[+&]\w", token)
    ):
        return "org"
    if word in PLACES or any(part in PLACES for part in word.split("-")):
        return "place"
    if word in STOP:
        return "stop"
    return "name"


_DESK_HEADS = frozenset({"head", "chief", "director", "manager"})
# Capitalised posts held in any organisation, written before the holder's name as a title
# (none a given name): the name after them starts after them.
_POSTS = frozenset({
    "Coordinator", "Co-ordinator", "Administrator", "Supervisor", "Inspector", "Manager",
    "Curator", "Registrar", "Provost", "Chaplain", "Trustee", "Investigator", "Technician",
    "Organiser", "Organizer",
})
_NAME_CLASSES = frozenset({"name", "initial", "particle", "suffix"})


@dataclass(frozen=True)
class Run:
    """A capitalised run split into parts; offsets are the unit's."""

    start: int
    end: int
    prefix: tuple[str, ...]  # organisation or place words before the title
    title: tuple[str, ...]  # honorifics and titles of office or post
    name: tuple[str, ...]  # the name itself, possibly empty
    name_start: int
    org_before: str = ""  # an organisation the run continues ("Institute for" + run)

    @property
    def honorific(self) -> bool:
        return any(word_class(t) == "honorific" for t in self.title)

    @property
    def titled(self) -> bool:
        return any(word_class(t) == "title" for t in self.title)

    @property
    def org(self) -> str | None:
        """The organisation the run names before its title, or the whole run when no name."""
        words = [t for t in self.prefix if word_class(t) not in ("stop",)]
        text = " ".join(words)
        if self.org_before:
            text = f"{self.org_before} {text}".strip()
        if not text or (all(word_class(t) == "place" for t in words) and not self.org_before):
            return None
        return text

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(t for t in self.prefix if word_class(t) == "place")


def split_run(text: str, match: re.Match[str], written: frozenset[str] = frozenset()) -> Run:
    """Read a run from the right: name, then title, then organisation or place; `written`
    is every run the article writes, to tell where a name starts (`namewords.org_tail`)."""
    tokens = match.group().split(" ")
    classes = [word_class(t) for t in tokens]
    if len(tokens) > 1 and tokens[-1] in SHORT_TITLES | SURNAME_TITLES and (
        classes[-2] == "name"
    ):
        classes[-1] = "name"  # "Amrita Sen", "Jane King": a title ends no run
    for k in range(1, len(tokens)):  # "Indira Sen Varma": nor stands between two names
        if tokens[k] in NAME_PART_TITLES and [classes[k - 1]] == classes[k + 1 : k + 2] == ["name"]:
            classes[k] = "name"
        if month_within(tokens, classes, k) or place_half_named(tokens, classes, k):
            classes[k] = "name"  # "Geert Jan van Doe": a given name; "Chin Hong" no place
    if len(tokens) > 1 and tokens[-1] in DEMONYM_SURNAMES and classes[-2] == "name":
        classes[-1] = "name"  # "Simon Welsh": an adjective ends no run, so it is a surname
    if given_month(text, match.start(), tokens, classes):
        classes[0] = "name"
    if len(tokens) > 2 and tokens[0].lower() in PERSON_NOUNS and (
        re.search(r"(?:^|[.!?:”\"’]\s)$", text[max(0, match.start() - 3) : match.start()])
    ):
        classes[0] = "title"  # "Patient Jane Doe, 52, said": a noun capitalised to open a sentence
    i = len(tokens)
    while i > 0 and classes[i - 1] in _NAME_CLASSES:
        i -= 1
    if 0 < i < len(tokens) and _initials(tokens, classes, i - 1):
        i -= 1
        classes[i] = "initial"
    elif i == 1 and len(tokens) >= 3 and classes[0] == "org" and (
        _BARE_INITIALS.fullmatch(tokens[0]) and tokens[0] not in PLACES
    ):  # "GM Saifur Rahman": initials without stops open a full name, not an acronym
        i = 0
    while i < len(tokens) and classes[i] in ("particle", "suffix"):
        i += 1  # a name does not start with "van" or "Jr."
    name = tokens[i:]
    if not any(c == "name" for c in classes[i:]):
        name, i = [], len(tokens)
    org_before = ""
    continued = _ORG_BEFORE.search(text[max(0, match.start() - 120) : match.start()])
    if continued and continued.group(1).endswith(" and") and _PLACED.match(text, match.end()):
        continued = None  # "X from Y Group and Jane Doe from Z": a second person, placed too
    if continued and len(name) > 2 and (i == 0 or org_tail(name, classes[i - 1], written)):
        # "Center for Politics Larry Sabato": the run starts inside an organisation.
        keep = 3 if any(INITIAL.match(t) for t in name[-3:-1]) else 2
        i = len(tokens) - keep
        name = tokens[i:]
    j = i
    while j > 0 and classes[j - 1] in ("honorific", "title", "title-part"):
        if _ends_org(tokens, classes, j - 1):
            break
        j -= 1
    title = tokens[j:i]
    if title and word_class(title[-1]) not in ("honorific", "title"):
        j, title = i, []
    prefix = tuple(tokens[:j])
    if continued and (name or any(word_class(t) == "org" for t in prefix)):
        org_before = continued.group(1)
    name_start = match.end() - len(" ".join(name)) if name else match.end()
    return Run(match.start(), match.end(), prefix, tuple(title), tuple(name), name_start,
               org_before)


_BARE_INITIALS = re.compile(r"[A-Z]{2,3}")
_PLACED = re.compile(r" from (?:the )?[A-Z]|, (?:an?|the) [a-z]")
def joined_initials(token: str) -> bool:
    """ "P.K.": initials, unless the letters spell a place ("U.S.")."""
    return bool(_JOINED_INITIALS.match(token)) and token.replace(".", "") not in PLACES


def _initials(tokens: list[str], classes: list[str], at: int) -> bool:
    """ "Prof. P.K. Nair", "said A.B. Doe": letters with full stops before a name are its
    initials when nothing but a title goes before them and they spell no place ("U.S.")."""
    return (
        joined_initials(tokens[at]) and (at == 0 or classes[at - 1] in ("honorific", "title"))
    )


def _ends_org(tokens: list[str], classes: list[str], at: int) -> bool:
    """ "BMO Capital Markets Senior Economist": a word that may open a title ("Markets")
    but follows an organisation's words belongs to the organisation."""
    return (
        classes[at] == "title-part" and bare(tokens[at]) in ORG_WORDS and at > 0
        and classes[at - 1] in ("org", "name")
    )


@lru_cache(maxsize=64)
def runs(text: str, written: frozenset[str] = frozenset()) -> tuple[Run, ...]:
    """The runs of a unit's text (asked for by people, mentions and cues alike); `written`
    is every run of the article (`reading.Unit.written`)."""
    return tuple(split_run(text, match, written) for match in RUN.finditer(text))


# "O'Hara" and "O’Hara" in one article are one person: copies mix the marks.
_APOSTROPHES = str.maketrans(dict.fromkeys(_APOSTROPHE_MARKS, "'"))


def same_marks(token: str) -> str:
    """A name's word with every kind of apostrophe written one way, to compare names by."""
    return token.translate(_APOSTROPHES)


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name that may stand for it alone: no initials, particles or suffixes."""
    tokens = same_marks(name).split(" ")
    return tuple(
        t for i, t in enumerate(tokens)
        if word_class(t) == "name" or "-" in t or (i and i == len(tokens) - 1 and t in (
            SHORT_TITLES | SURNAME_TITLES)) or (i == len(tokens) - 1 and t in DEMONYM_SURNAMES)
        or (not i and len(tokens) > 1 and t in MONTH_NAMES)
    )


def is_org_name(text: str) -> bool:
    return any(bare(t) in ORG_WORDS or ACRONYM.match(t) for t in text.split(" "))
