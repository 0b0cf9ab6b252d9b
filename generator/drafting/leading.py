"""What the words right before a name say about its bearer.

"Westpac's chief economist Jane Doe", "said history research fellow Jane Doe",
"According to the head of X at Y, Jane Doe,", "Kazakh political analyst, head of
the X research centre Jane Doe", "Wedbush's Jane Doe", "his counterpart Jane Doe".
A role read here keeps the article's words; an organisation in capitals before
the role is the affiliation, a place before it a field ("China analyst").
"""

from __future__ import annotations

import re

from .describe import JOINS, Description, describe, expert_plural, has_post, nouns_of
from .fieldword import FIELD_NOUN, capital_field
from .lexicon import (
    ANALYST_NOUNS,
    CONNECTIVES,
    LISTENER_VERBS,
    PERSON_NOUNS,
    PLACE_ALT,
    PLACES,
    PRAISE,
    ROLE_MODIFIERS,
    SAY,
    SCIENTIST,
    words,
)
from .names import ORG_NOUN, ORG_PHRASE, ORG_RUN, word_class
from .postowner import firm_post
from .posts import POST, ROLE_STOP, split_description

# "Example Partners’ chief economist": an owner ending in s may take the mark alone
_POSSESSIVE = r"(?:[’']s|(?<=s)[’'])"
_ORG_TAIL = re.compile(rf"(?<![\w’'-])({ORG_RUN}){_POSSESSIVE}? $")
# ('“...,” the head of research at X, Jane Doe, said': a quote closed, the credit follows
# with a post that one person holds; "an analyst from X, Y Z" may run the firm into the name)
_DESC_START = re.compile(rf"(?:^|[,;:] |[”\"] (?=the )|[Aa]ccording to |\b(?:{SAY}) )")
# (a name in quote marks inside it is blotted: "the analytical group “······”")
_DESC_BEFORE = re.compile(r"(?:(?:[Tt]he|[Aa]n?) )?((?:[^,·;:“”\"]|[“\"‘]·+[”\"’]){3,150}), $")
# "More in Common’s UK director Jane Doe" opening the sentence: no clause opens with a word,
# "in", a possessive, then a post and a name, so the owner's name runs over "in" (a
# connective or an adverb of time or place opening the sentence is no part of it)
_IN_OWNER = re.compile(
    rf"(?!(?:{'|'.join(sorted(CONNECTIVES))}|Earlier|Later|Elsewhere|Once)\b)"
    rf"([A-Z][a-z]+(?<!ly)(?<!ing)(?<!ed) in {ORG_RUN}){_POSSESSIVE} "
)
_OWNS = re.compile(rf"\w{_POSSESSIVE}$")
_OWNER = re.compile(rf"(?:^|[^\w’'-])({ORG_RUN}){_POSSESSIVE} $")  # "Economics' X"
_OWNED = re.compile(rf"({ORG_RUN}){_POSSESSIVE} ([a-z][^,]{{2,80}})")
# "Energy trader Example’s Global Head of Research, Jane Doe,": what the organisation is,
# then its name and the post it gives, in capitals
_OWNED_TITLE = re.compile(
    rf"(?:[\w-]+ ){{1,3}}?({ORG_RUN})[’']s ([A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|for|and|on|&))*)"
)
# A finite verb makes the words before a name a clause of narration, not a post.
_CLAUSE = re.compile(r"\b(?:did|does|do|was|were|is|are|will|would|could|should|might)\b")
# the verb of a credit, or the word that opens it ("according to", "quoted by")
_CREDIT = re.compile(rf"(?:{SAY})|to|by", re.IGNORECASE)
_TO_LISTENER = re.compile(rf"\b(?:{'|'.join(sorted(LISTENER_VERBS))}) $")
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


# "quoted economist at Singapore’s Example bank Jane Doe as saying": a post and its
# organisation run straight into the name, with no comma; the organisation is its name, not
# a place's possessive or the common noun that says what it is
_POST_AT_NAME = re.compile(
    rf"(?:^|[,;:] |\b(?:{SAY}|quoted|by) )((?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) (?:at|with) "
    rf"(?:the )?(?:(?:{PLACE_ALT})[’']s )?({ORG_RUN})(?: (?:bank|{ORG_NOUN}))? $"
)


# "Example Bank analysts led by Jane Doe", "analysts at Example Bank led by Jane Doe": the
# leader of a firm's team of analysts is one of them, at that firm; the article gives the
# team's post, not hers
_TEAM_LED_BY = re.compile(
    rf"(?:(?<![\w’'-])({ORG_RUN}){_POSSESSIVE}? (?:[a-z][\w-]* ){{0,2}}([a-z]+s)"
    rf"|\b(?:[a-z][\w-]* ){{0,2}}([a-z]+s) (?:at|from|with) (?:the )?({ORG_RUN})),? "
    rf"(?:led|headed) by $"
)


def _team_led_by(before: str) -> Description | None:
    found = _TEAM_LED_BY.search(before)
    if found is None:
        return None
    org, team = (found.group(1), found.group(2)) if found.group(1) else (
        found.group(4), found.group(3))
    if not expert_plural(team) or all(word_class(t) in ("place", "stop") for t in org.split()):
        return None
    return describe(None, org, team[:-1])


def before_name(before: str) -> Description | None:
    """What the words right before a name say about its bearer."""
    led = _team_led_by(before)
    if led is not None:
        return led
    stacked = _stacked(before)
    if stacked is not None:
        return stacked
    post = _POST_AT_NAME.search(before)
    if post and has_post(post.group(1)) and not all(
        word_class(t) in ("place", "stop") for t in post.group(2).split()
    ):
        return describe(post.group(1), post.group(2))
    for start in reversed([m.end() for m in _DESC_START.finditer(before)]):
        if _TO_LISTENER.search(before, 0, start):
            continue  # "urging executives to be careful, Doe said": whom she urges, not her
        desc = _DESC_BEFORE.fullmatch(before, start)
        titled = desc and _OWNED_TITLE.fullmatch(desc.group(1))
        if titled and has_post(titled.group(2)):
            return describe(titled.group(2), titled.group(1))
        lower = desc and (desc.group(1)[:1].islower() or desc.group(1)[:1].isdigit() or (
            # "Chief researcher of the X Center, Professor Jane Doe," opening a sentence
            start == 0 and desc.group(1).split()[0].lower() in ROLE_MODIFIERS | POST
        ))
        if lower and _CLAUSE.search(re.split(r" (?:where|which|who|whose) ", desc.group(1))[0]):
            continue  # "nor did it worry Governor X based on ..., Jane Doe": narration
        if lower and has_post(desc.group(1)):  # "The 52-year-old minister, Jane Doe,"
            if "·" in desc.group(1):  # the words in marks are not ours to draft as a role
                return Description(nouns=nouns_of(desc.group(1)))
            return describe(*split_description(desc.group(1)))
        firm = desc and firm_post(desc.group(1))
        if firm:  # "said Example Brooks gas analyst, Jane Doe": the firm owns the post
            return describe(firm[1], firm[0])
        owned = desc and _OWNED.fullmatch(desc.group(1))
        if owned and has_post(owned.group(2)):  # "X Bank's head of research, Jane Doe,"
            return describe(owned.group(2), owned.group(1))
    owner = _OWNER.search(before)
    if owner and not all(word_class(t) in ("place", "stop") for t in owner.group(1).split()):
        # "Example's Jane Doe" with no post anywhere is no analyst: a firm's own people
        # ("Examplecar's chief executive") are named that way as often as its analysts
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
        if not role and not (word.islower() and (
            low in PERSON_NOUNS or _last(low) in POST or SCIENTIST.fullmatch(low)  # "entomologist"
        )):
            return None
        if word[-1:] in ",;:":
            break  # "if they cannot finish the season, sports finance expert Jane Doe"
        # At a sentence's start a field is capitalised too: "Energy analyst", "Polling expert",
        # "Box-office analyst" (a compound in lower case after its hyphen is no name); and
        # after an owner, a title may be: "Example Bank's Chief China economist"
        field = (
            low in ROLE_MODIFIERS | PRAISE or (FIELD_NOUN.search(low) and word not in _BODY)
            or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", word) or capital_field(word)
        )
        opens = len(tokens) == 1 or tokens[-2].endswith((".", "’s", "'s", "s’", "s'"))
        # ... and right after the credit: "said Market expert Jane Doe" (a word that is no
        # field there is the firm's: "said Example analyst Jane Doe")
        credited = len(tokens) > 1 and bool(_CREDIT.fullmatch(tokens[-2]))
        capital_ok = bool(field and opens) or (bool(role) and capital_field(word) and credited)
        # ("Universiti Sains Malaysia senior lecturer": after a word of a name, the place
        # ends the institution's name, and is no field)
        # (an owner's possessive ends the owner's name: "X’s UK director" is a post in the UK)
        named = len(tokens) > 1 and tokens[-2][:1].isupper() and not _OWNS.search(tokens[-2]) and (
            word_class(tokens[-2]) == "name"
            and tokens[-2].lower() not in PRAISE | ROLE_MODIFIERS  # "Leading Dutch immunologist"
        )
        field_word = role and word.replace(".", "") in PLACES and (len(tokens) < 2 or (
            tokens[-2] not in JOINS and not named
        ))  # ("senior U.S. economist": a place written with its full stops is one too)
        # "insolvency partner and retail specialist": two posts in lower case, one role
        joined = low == "and" and role and len(tokens) > 1 and tokens[-2].islower() and (
            _last(tokens[-2]) in POST or bool(SCIENTIST.fullmatch(tokens[-2]))
        )
        if (word.islower() and low not in ROLE_STOP) or capital_ok or field_word or joined:
            role.insert(0, word)
            tokens.pop()
            continue
        break
    if not role:
        return None
    praised = role[0].lower() in PRAISE
    while len(role) > 1 and (role[0].lower() in PRAISE or (praised and role[0] in PLACES)):
        role.pop(0)  # "top virologist", "leading Indian immunologist": praise, not a post
    rest = " ".join(tokens) + " "
    org = _IN_OWNER.fullmatch(rest) or _ORG_TAIL.search(rest)
    affiliation = None
    if praised and not tokens[-1:]:
        org = None  # "Prominent economist Jane Doe" opening a sentence
    if org and not all(word_class(t) in ("place", "stop") for t in org.group(1).split()):
        affiliation = org.group(1)
    return describe(" ".join(role), affiliation)


# ("University political science professor": a body's noun in capitals is the body, the
# article's short name for it, and no field as "Energy analyst" is)
_BODY = words("University College Institute Academy School Centre Center Society Agency Council")


def _last(word: str) -> str:
    return word.split("-")[-1]
