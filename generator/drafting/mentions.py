"""Where the article mentions each person, organisation or group, in reading order.

A person is mentioned by name, by one part of the name ("Gabuev", "Mr Harris",
"Prof Shi"), by "he" or "she" (the person mentioned last), or by a
description ("the Russian leader", "The meteorologist", "the 59-year-old"):
the most recent person the words fit, a leader for "leader", anyone for an
age. "His" and "her" before a word for speech ("in his own words", "her
take") stand for the person too. Organisations, places, groups ("analysts",
"experts"), the unnamed ("one diplomat") and someone's staff ("Doe's office",
"Doe's spokesman") are mentioned too, so that "the Kremlin said", "scientists
say" and "Doe's office said" are not Doe's words, or anyone's in particular.

This module finds the mentions of one unit; `antecedents` reads them in order
and says whom each pronoun and description stands for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import (
    GROUP_NOUNS,
    HONORIFICS,
    OFFICIAL_NOUNS,
    PERSON_NOUNS,
    SAY,
    words,
)
from .names import APOSTROPHE, DEMONYM_SURNAMES, runs, same_marks
from .people import People, Person
from .reading import Unit


@dataclass(frozen=True)
class Mention:
    unit: int
    start: int
    end: int
    person: Person | None = None
    org: str | None = None  # an organisation, a place or a group: not a person
    how: str = "name"  # name, pronoun, description, org, group

    @property
    def where(self) -> tuple[int, int]:
        return (self.unit, self.start)


_GROUPS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}"
                   for w in sorted(GROUP_NOUNS | {"they", "we", "it"}))
_GROUP = re.compile(rf"(?<![\w’'-])(?:{_GROUPS})(?![\w’'-])")
# "one European diplomat said", "a senior official told": a person the text leaves unnamed.
_UNNAMED = re.compile(
    r"(?<![\w’'-])(?:[Oo]ne|[Aa]nother|[Aa]n?) (?:[\w-]+ ){0,3}?(?:"
    + "|".join(sorted(OFFICIAL_NOUNS | words("diplomat source insider analyst expert economist "
                                             "strategist researcher scientist professor academic"),
                      key=len, reverse=True))
    + r")(?![\w’'-])(?! [A-Z])"
)
# "Jane Doe's spokesman", "Doe's office": words for someone, who is not Jane Doe.
_STAFF = re.compile(
    r"[’']s (?:office|spokes(?:man|woman|person)|campaign|team|lawyers?|attorneys?|aides?"
    r"|representatives?|camp|government|administration|ministry|party|allies|family"
    r"|supporters|press secretary|staff)(?![\w’'-])"
)
_LAST_WORD = re.compile(r"[\w.-]+$")
_ORG_NOUN = re.compile(
    r"(?<![\w’'-])[Tt]he (?:[\w’'-]+ ){0,2}(?:ministry|bank|company|government|agency|report"
    r"|outlook|firm|group|institute|fund|study|research|survey|office|statement|readout"
    r"|department|council|committee|administration|carmaker|startup|paper|newspaper"
    r"|tabloid|website|site|broadcaster|network|channel)(?![\w-])"
)
# "he", "she" (also "she’s a fellow at X:"), and "his"/"her" before words that stand for
# speech ("in his own words", "Here's her take:"): they credit the words to the person the
# pronoun stands for.
_PRONOUN = re.compile(
    r"(?<![\w’'-])(?:[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er)(?= (?:[a-z]+ ){0,2}"
    r"(?:words|take|views?|comments?|remarks?|verdict|response|reply|answer|message"
    r"|explanation|assessment|thoughts|argument|prediction|forecast|warning|conclusion"
    r"|points|pledges|promises|speech|address|statement|testimony|interview|letter|post"
    r"|tweet|lecture|excerpts|claims?|calculations?|estimates?|reckoning|contention"
    r"|assertion)\b)|(?<=ccording to )(?:him|her))"
    r"(?![\w-])(?![’'](?!s ))"
)
_NOUNS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
DESCRIPTION = re.compile(
    rf"(?<![\w’'-])[Tt]he ((?:[\w’'-]+ ){{0,3}}?)((?i:{_NOUNS})"
    rf"|\d+-year-old(?! (?:[\w-]+ )?(?:{_NOUNS})\b))(?![\w’'-])(?! [A-Z])"
)
# "the former governor and leading Liberal presidential candidate said": a second post
# joined by "and" describes the same one person (the first post says who)
_AND_POST = re.compile(rf" and (?:[\w’'-]+ ){{0,3}}?(?i:{_NOUNS})(?![\w’'-])(?! [A-Z])")


def _second_post_end(text: str, end: int) -> int:
    match = _AND_POST.match(text, end)
    return match.end() if match else end


# ("the Leader of the Opposition, Sir Jane Doe": an honorific the name's mention leaves out)
_TITLE_GAP = re.compile(
    rf"(?:(?!\b(?:{SAY})\b)[^.;:!?])" + "{0,100}, " + rf"(?:(?:{'|'.join(HONORIFICS)})\.? )?"
)
_ADJECTIVE = re.compile(rf" (?!(?:{SAY})(?![\w’'-]))[a-z]|[’']s? [a-z]")
# "..., Jane Doe said" / "..., Jane Doe, a fellow at X, a think tank, said": the name whose
# verb comes next, past an appositive of one or two pieces; she reports the clause before
SPEAKS_NEXT = re.compile(rf"^(?:(?:, [^,·“”\"]{{1,120}}){{1,2}},)? (?:{SAY})(?![\w’'-])")


@dataclass
class Mentions:
    """Mentions per unit, in order, each resolved to a person where it names one."""

    by_unit: dict[int, list[Mention]] = field(default_factory=dict)
    order: list[Mention] = field(default_factory=list)
    first_body: int = -1  # the unit the article's text starts with (after its headline)

    def within(self, unit: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.by_unit.get(unit, []) if start <= m.start and m.end <= end]

    def last_person_before(self, unit: int, offset: int) -> Person | None:
        keys = [m.where for m in self.order]
        i = bisect.bisect_left(keys, (unit, offset))
        while i > 0:
            i -= 1
            if self.order[i].person is not None:
                return self.order[i].person
        return None


def name_pattern(people: People) -> re.Pattern[str] | None:
    names = {n for p in people.people for n in (p.name, *p.forms)} | set(people.aliases)
    names |= set(people.variants)
    if not names:
        return None
    alternatives = "|".join(
        re.sub(APOSTROPHE, APOSTROPHE, re.escape(same_marks(n)))
        for n in sorted({same_marks(n) for n in names}, key=len, reverse=True)
    )
    honorific = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.? )?"
    return re.compile(rf"(?<![\w’'-]){honorific}(?:{alternatives})(?![\w-])")


def raw_mentions(unit: Unit, people: People, pattern: re.Pattern[str] | None) -> list[Mention]:
    """A unit's mentions before pronouns and descriptions are resolved."""
    text = unit.blotted
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for (index, start, end), person in people.foretold.items():
        if index == unit.index:  # "..., a former official told us." then "Jane Doe, ..."
            found.append(Mention(unit.index, start, end, person))
            taken.append((start, end))
    if pattern is not None:
        for match in pattern.finditer(text):
            name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.? ", "", match.group())
            if name in DEMONYM_SURNAMES and _ADJECTIVE.match(text, match.end()):
                continue  # "French officials": Ann French's surname as an adjective
            person = people.lookup(name)
            if person is not None:
                found.append(Mention(unit.index, match.start(), match.end(), person))
                taken.append(match.span())
    free = lambda a, b: all(b <= s or a >= e for s, e in taken)  # noqa: E731
    for run in runs(text, unit.written):
        if free(run.start, run.end) and (run.org or (run.places and not run.name)):
            found.append(Mention(unit.index, run.start, run.end, org=run.org or run.places[0],
                                 how="org"))
    for regex, how in ((_ORG_NOUN, "org"), (_GROUP, "group"), (_UNNAMED, "group"),
                       (_STAFF, "staff")):
        for match in regex.finditer(text):
            if free(*match.span()):
                if how == "staff":
                    found.append(_staff(unit, match, free))
                    continue
                found.append(Mention(unit.index, *match.span(), org=match.group(), how=how))
    for match in _PRONOUN.finditer(text):
        found.append(Mention(unit.index, *match.span(), how="pronoun"))
    for match in DESCRIPTION.finditer(text):
        lead = re.sub(r"who (?:is|was) (?:now )?$", "", text[: match.start()])  # ", who is the"
        appositive = re.search(r"[\w.] ?, $", lead) and any(
            m.person is not None and m.end == len(lead.rstrip(", ")) for m in found
        )
        # "The head of the X group, Jane Doe, said": the title of the name after it
        titles = any(
            m.person is not None and m.start > match.end()
            and _TITLE_GAP.fullmatch(text, match.end(), m.start) for m in found
        )
        end = _second_post_end(text, match.end())
        if free(*match.span()) and not appositive and not titles:
            found = [m for m in found if not (m.how == "org" and match.end() < m.start < end)]
            found.append(Mention(unit.index, match.start(), end, org=match.group(),
                                 how="description"))
    return sorted(found, key=lambda m: (m.start, -m.end))


def _staff(unit: Unit, match: re.Match[str], free: Callable[[int, int], bool]) -> Mention:
    """ "Jane Doe’s spokesman": named by the owner's name too, which the mention covers
    unless it is a person's own mention (then "said Doe’s spokesman" is read in `cues`)."""
    text = unit.blotted
    owner = next((r for r in runs(text, unit.written) if r.end == match.start()), None)
    word = _LAST_WORD.search(text, 0, match.start())
    named = owner.start if owner else word.start() if word else match.start()
    start = named if free(named, match.start()) else match.start()
    return Mention(unit.index, start, match.end(), org=text[named : match.end()], how="staff")
