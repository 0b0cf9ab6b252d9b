"""What the words right before a name say about its bearer.

"Westpac's chief economist Jane Doe", "said history research fellow Jane Doe",
"According to the head of X at Y, Jane Doe,", "Kazakh political analyst, head of
the X research centre Jane Doe", "Wedbush's Jane Doe", "his counterpart Jane Doe".
A role read here keeps the article's words; an organisation in capitals before
the role is the affiliation, a place before it a field ("China analyst").
"""

from __future__ import annotations

import re

from .describe import (
    JOINS,
    POST,
    ROLE_STOP,
    Description,
    describe,
    has_post,
    nouns_of,
    split_description,
)
from .lexicon import ANALYST_NOUNS, PERSON_NOUNS, PLACES, ROLE_MODIFIERS, SAY
from .names import ORG_PHRASE, ORG_RUN, word_class

_ORG_TAIL = re.compile(rf"(?<![\w’'-])({ORG_RUN})(?:[’']s)? $")
_DESC_START = re.compile(rf"(?:^|[,;:] |[Aa]ccording to |\b(?:{SAY}) )")
# (a name in quote marks inside it is blotted: "the analytical group “······”")
_DESC_BEFORE = re.compile(r"(?:(?:[Tt]he|[Aa]n?) )?((?:[^,·;:“”\"]|[“\"‘]·+[”\"’]){3,150}), $")
_OWNER = re.compile(rf"(?:^|[^\w’'-])({ORG_RUN})(?:[’']s|(?<=s)[’']) $")  # "Economics' X"
_OWNED = re.compile(rf"({ORG_RUN})[’']s ([a-z][^,]{{2,80}})")
_FIELD = re.compile(r"[a-z]{3}(?:ing|ion|ence|ance|ity|ogy|ism|ics)$")  # common nouns' endings
_RELATION = re.compile(r"\b(?:his|her|their|its) (?:[\w-]+ ){0,2}([\w-]+),? $")


_STACKED = re.compile(
    rf"(?:^|[.;:] )([A-Z][\w-]* )?([a-z][\w -]{{2,60}}), ((?:[a-z][\w-]* ){{1,3}}(?:of|at) "
    rf"(?:the )?({ORG_PHRASE})) $"
)


def _stacked(before: str) -> Description | None:
    """ "Kazakh political analyst, head of the X research centre Jane Doe": two posts before
    the name, the organisation in the second; a capital before the first (a nationality at
    the start of a sentence) is no part of the role."""
    match = _STACKED.search(before)
    if match is None or not has_post(match.group(2)) or not has_post(match.group(3)):
        return None
    return describe(match.group(2), match.group(4), match.group(0))


def before_name(before: str) -> Description | None:
    """What the words right before a name say about its bearer."""
    stacked = _stacked(before)
    if stacked is not None:
        return stacked
    for start in reversed([m.end() for m in _DESC_START.finditer(before)]):
        desc = _DESC_BEFORE.fullmatch(before, start)
        lower = desc and (desc.group(1)[:1].islower() or desc.group(1)[:1].isdigit() or (
            # "Chief researcher of the X Center, Professor Jane Doe," opening a sentence
            start == 0 and desc.group(1).split()[0].lower() in ROLE_MODIFIERS | POST
        ))
        if lower and has_post(desc.group(1)):  # "The 52-year-old minister, Jane Doe,"
            if "·" in desc.group(1):  # the words in marks are not ours to draft as a role
                return Description(nouns=nouns_of(desc.group(1)))
            return describe(*split_description(desc.group(1)))
        owned = desc and _OWNED.fullmatch(desc.group(1))
        if owned and has_post(owned.group(2)):  # "X Bank's head of research, Jane Doe,"
            return describe(owned.group(2), owned.group(1))
    owner = _OWNER.search(before)
    if owner and not all(word_class(t) in ("place", "stop") for t in owner.group(1).split()):
        return describe(None, owner.group(1))
    relation = _RELATION.search(before)
    if relation and relation.group(1).lower() in PERSON_NOUNS:
        return Description(nouns=frozenset({relation.group(1).lower()}))
    return role_before(before)


_NOUN_PP = re.compile(
    r"(?:^|[\s,])((?:[a-z][\w-]* ){0,2}[a-z][\w-]* (?:in|on|for) (?:[a-z][\w-]* ){1,3})$"
)


def role_before(before: str) -> Description | None:
    """ "Westpac's chief economist " or "said history research fellow " before a name."""
    phrase = _NOUN_PP.search(before)
    if phrase and phrase.group(1).split()[-1] in ROLE_STOP:
        phrase = None  # "a consultant in emergency medicine at St Mary's": no role before
    if phrase and set(phrase.group(1).split()[:3]) & ANALYST_NOUNS:
        found = phrase.group(1).split()
        start = next(i for i, w in enumerate(found) if w in ANALYST_NOUNS)
        return describe(" ".join(found[start:]), None)
    tokens = before.split(" ")[:-1]
    role: list[str] = []
    while tokens and len(role) < 6:
        word = tokens[-1]
        low = word.lower()
        if not role and not (word.islower() and (low in PERSON_NOUNS or _last(low) in POST)):
            return None
        # At a sentence's start a field is capitalised too: "Energy analyst", "Polling expert";
        # and after an owner, a title may be: "Example Bank's Chief China economist"
        capital_ok = (low in ROLE_MODIFIERS or _FIELD.search(low) is not None) and (
            len(tokens) == 1 or tokens[-2].endswith((".", "’s", "'s"))
        )
        field_word = role and word in PLACES and (len(tokens) < 2 or tokens[-2] not in JOINS)
        if (word.islower() and low not in ROLE_STOP) or capital_ok or field_word:
            role.insert(0, word)
            tokens.pop()
            continue
        break
    if not role:
        return None
    rest = " ".join(tokens) + " "
    org = _ORG_TAIL.search(rest)
    affiliation = None
    if org and not all(word_class(t) in ("place", "stop") for t in org.group(1).split()):
        affiliation = org.group(1)
    return describe(" ".join(role), affiliation)


def _last(word: str) -> str:
    return word.split("-")[-1]
