"""The organisation's own name inside the words a description gives as its affiliation.

Why one step: writers put more around a body's name than the name, and every new set of
articles brought a new wording of the same thing, each once read by a rule of its own. The
words around the name say

- where the body is: "the New Delhi-based X", "Tallinn's X University", "X based in Y",
  "X University in the western city of Y", "University of X in Greece";
- what kind of body it is: "business consultancy X", "the Danish research organisation X";
- when: "X on Monday";
- that a second body follows a place: "X in Paris and the University of Y";
- or the field of the post, run in front of the body: "(director of) Alzheimer's research
  at the X", "(head of) Americas for X".

The labels keep the name as written (capitalised words with "of/for/the/and/on/&/de",
initials, "(INITIALS)", a unit "at" its home, the kind written after the name: "Tendencias
consultancy", a city after a university's own name: "X University in Beijing", as the seed
articles' labels keep it) and nothing of the rest (not a country after the name: "X
University Medical Center in the Netherlands"); a field goes back to the post. Where the
labels disagree the majority is followed: a city's possessive is dropped (kept twice,
dropped four times; a place's before an institute too), and a named unit "at" its home
stays one affiliation (kept whole six times, split three times).
"""

from __future__ import annotations

import re

from .lexicon import CONNECTIVES, DAYS, ORG_WORDS, PLACE_ALT, PLACES, UP
from .names import bare
from .placewords import CITIES, DEMONYMS

_WEEKDAY_MONTH = "|".join(sorted(DAYS))
_ORG_ALT = "|".join(sorted(ORG_WORDS))
_STOP = r"(?!(?:of|by|and|at|for|in|on|to|with|from|the|a|an|who|which|that)\b)"

# What the body is and where it is, before its name: "the New Delhi-based", "Example City,
# Ore.-based", "Westpac-owned", "Washington D.C. business consultancy", "the Danish research
# organisation", "think tank";
# a place alone stays ("American Enterprise Institute" is a name), unless a kind follows it.
_LEAD = re.compile(
    rf"^(?:the )?(?:"
    rf"(?:[{UP}][\w.]*,? )*[{UP}][\w.]*-(?:based|owned) (?:{_STOP}[a-z][\w-]* ){{0,3}}"
    rf"|(?:(?:{PLACE_ALT}|(?:[A-Z]\.)+) )+(?:{_STOP}[a-z][\w-]* ){{1,3}}"
    rf"|(?:{_STOP}[a-z][\w-]* ){{0,3}}"
    rf")(?=[{UP}])"
)
# "Tallinn's Example University", "Paris' Example university": a city does not own a
# university, it says where it is ("King's College", "Moody's Analytics" are names, and
# "X University's Y Centre" is a unit of X)
_CITY_OWNS = re.compile(
    rf"^(?:the )?[{UP}][\w-]*(?:[’']s|(?<=s)[’']) (?=University of [A-Z]"
    rf"|(?!(?:{_ORG_ALT})\b)[{UP}][\w-]*(?: [{UP}][\w-]*)* [Uu]niversity$)"
)
# "Ecuador's Institute for X", "Britain's Academy of Y": a country or a city does not own an
# institute either (a named owner does: "X University's Institute of Y" is its unit)
_PLACE_OWNS = re.compile(
    rf"^(?:the )?(?:{PLACE_ALT})(?:[’']s|(?<=s)[’']) (?=(?:[{UP}][\w-]* )*"
    rf"(?:Institute|Academy|College|Centre|Center)\b)"
)
# ... and after the name: when, where it is based, a place told as a place; a dash that
# opens an aside or the rest of the sentence ("at X — which advises ...", "X – it may"; a
# spaced dash before a capital may join two places in a name, "Asia – Caucasus Institute")
_TAIL = re.compile(
    rf"(?: ?—| [–-]{{1,2}} (?![{UP}])"
    rf"|(?: (?:on|in|at|last|this|next))? (?:{_WEEKDAY_MONTH})\b"
    r"|,? based (?:in|at|out of) "
    r"| in the (?:[\w-]+ ){0,3}(?:city|town|village|state|province|region|capital|district"
    r"|county|prefecture|port|island) of [A-Z]"
    r").*$"
)
# "University of Example in Greece": after the place a university is named for, the city or
# country says where it is
_CITY_TAIL = re.compile(
    r"(\b(?:University|College|Institute|Academy|School|Centre|Center) of [A-Z][\w-]*)"
    r" in (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?$"
)
# "Example University Medical Center in the Netherlands", "Example Institute in Norway": once
# the name has ended on the kind of body it is, a country or a region after "in" says where
# it is (a city is kept as written, as a campus may be known by it: "Example University in
# Beijing"). A name whose own words go on after "in" ends on no such kind ("More in
# Common", "Democracy in Africa", "Center for Research in X"); one that is only a
# nationality and a kind needs its place ("American University in Cairo").
_COUNTRY_TAIL = re.compile(
    r"(\b(?:University|College|Institute|Academy|School|Centre|Center|Hospital|Clinic"
    r"|Laboratory|Observatory|Museum)) in (?:the [A-Z][\w-]*(?: [A-Z][\w-]*)?"
    rf"|(?:{'|'.join(sorted(PLACES - DEMONYMS - CITIES))}))$"
)
_BARE_KIND = re.compile(rf"^(?:the )?(?:(?:{PLACE_ALT}) )+[A-Z][\w-]*$")


def _without_place(text: str) -> str:
    text = _CITY_TAIL.sub(r"\1", text)
    found = _COUNTRY_TAIL.search(text)
    if not found or _BARE_KIND.match(text[: found.end(1)]):
        return text
    return text[: found.end(1)]


# "X in Paris and the University of Y": after the place, another body is another affiliation
_SECOND = re.compile(rf"( in [{UP}][\w.-]*(?: [{UP}][\w.-]*){{0,2}}) and (?:the |an? )?[{UP}].*$")
_LOOSE_END = re.compile(r"(?: (?:and|of|for|the|at|in|on|&))+$")


def name_in(affiliation: str) -> str:
    """The body's name as the article writes it, without where, when or what kind it is."""
    first, _, rest = affiliation.partition(" ")
    if first in CONNECTIVES and rest[:1].isupper():  # "But X University professor Jane Doe"
        affiliation = rest
    text = _TAIL.sub("", affiliation)
    text = _SECOND.sub(r"\1", _without_place(text))
    text = _LOOSE_END.sub("", text.strip(" ,"))
    lead = _CITY_OWNS.match(text) or _PLACE_OWNS.match(text) or _LEAD.match(text)
    return text[lead.end():] if lead and lead.end() < len(text) else text


# "Alzheimer's research at the X", "Americas for X", "North Korean studies at X": a field
_FIELD = re.compile(rf"([{UP}][^,]*?) (?:at|for) (?:the )?([{UP}].*)")


# "lecturer of International Affairs at X": a discipline in capitals is the post's field too
_DISCIPLINE_AT = re.compile(
    r"((?:[A-Z][\w-]* ){0,3}(?:Affairs|Studies|Relations|Science|Sciences|Engineering|Law"
    r"|History|Politics|Medicine|Policy|Management|Finance|Journalism|Literature|Arts?|Music"
    r"|[A-Z][a-z]+(?:ology|ics|omy|istry|sophy))) at (?:the )?([A-Z].*)"
)


def field_before(org: str, stop: frozenset[str]) -> tuple[str, str] | None:
    """The field of a post ("director of Alzheimer's research at the X") and the body after it.

    A field ends in a word in lower case, or is a place ("head of Americas for X"); a name
    that holds an organisation's word ("the Europe Program at X", "Center for Y") is a unit
    or a body of its own and stays whole. A discipline in capitals ("International
    Affairs at X") is a field too, unless it holds one of the `stop` words.
    """
    found = _FIELD.fullmatch(org)
    if found:
        tokens = found.group(1).split()
        own_name = any(bare(t).removesuffix("’s").removesuffix("'s") in ORG_WORDS for t in tokens)
        if not own_name and not set(tokens) & stop and (
            tokens[-1][:1].islower() or all(t in PLACES for t in tokens)
        ):
            return found.group(1), found.group(2)
    discipline = _DISCIPLINE_AT.fullmatch(org)
    if discipline and not set(discipline.group(1).split()) & stop:
        return discipline.group(1), discipline.group(2)
    return None


# "the X Economic Summit Group (XESG)", "X University (Kestrel)", "X Securities (Japan) Ltd.":
# initials in brackets, or a branch's place, then perhaps the firm's legal form; a body known
# by its initials in two languages gives both, split by a slash ("(XGI/XESG)")
_BRACKETS = re.compile(
    rf" ?\(([{UP}][A-Za-z&]{{1,9}}(?:/[{UP}][A-Za-z&]{{1,9}})?|[{UP}][a-z]+(?: [{UP}][a-z]+)?)\)"
    r"((?: (?:Ltd|Inc|Co|Corp|LLC|Plc|PLC)\.?)?)(?=[,.;:]| [a-z])"
)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def in_brackets(name: str, rest: str) -> str:
    """What of the words after a name, in brackets, is still the name (or "")."""
    found = _BRACKETS.match(rest)
    if not found:
        return ""
    inner = found.group(1)
    # initials that are the name's own; or a place, in capital then small letters
    own = initials(name) in inner.upper().split("/") or all(w[1:].islower() for w in inner.split())
    return " " + found.group().lstrip() if own else ""
