"""Whom each mention stands for, read in the article's order: "he" and "she", "the
economist", "the 59-year-old".

`mentions` finds the words that may name someone; this module keeps the state
that reading order gives them: the person mentioned last, the subject of the
sentence before, the person "according to" cites (who "he said" goes on with).
"""

from __future__ import annotations

import re

from ..engine.article import Kind
from .describe import Description
from .genders import Genders
from .lexicon import ACCORDING_TO, ANALYST_NOUNS, LEADER_TITLES, PERSON_NOUNS, SAY
from .mentions import (
    DESCRIPTION,
    SPEAKS_NEXT,
    Mention,
    Mentions,
    name_pattern,
    raw_mentions,
)
from .people import People, Person
from .reading import Unit
from .strangers import strangers


def find_mentions(units: list[Unit], people: People, opening: bool = True) -> Mentions:
    """Every mention, pronouns and descriptions resolved in reading order.

    "He" is the first person named in its sentence before it (the subject),
    else the first named in the sentence before that names anyone; someone
    named only as an owner ("Tokayev's address") is not the antecedent, a
    "he" keeps its person the subject ("He argued ... Gov. X." then "he"),
    and the person "according to" cites comes first ("X may hold back,
    according to Y." then "“...,” he said" is Y). `opening`: the text is a
    whole article, so that a "he" before anyone is named looks ahead.
    """
    pattern = name_pattern(people)
    first = next((u for u in units if u.kind is Kind.BODY), None)
    mentions = Mentions(first_body=first.index if first is not None and opening else -1)
    recent: list[Person] = []
    subjects: list[Person | None] = []  # the first person of the last sentence that named one
    former: set[int] = set()  # people named as "former President X": out of office
    genders = Genders()
    for number, unit in enumerate(units):
        resolved = []
        sentence: tuple[int, int] | None = None
        current: list[Person | None] = []
        last = 0
        raw = raw_mentions(unit, people, pattern)
        unknown = strangers(unit, [(m.start, m.end) for m in raw],
                           units[number + 1] if number + 1 < len(units) else None)
        for mention in sorted(raw + [Mention(unit.index, at, at, how="stranger")
                                     for at in unknown], key=lambda m: m.start):
            here = unit.sentence_at(mention.start)
            if here != sentence:
                subjects = current[:1] or subjects
                sentence, current = here, []
            if mention.how == "stranger":
                current = current or [None]  # a subject no one knows: "he" is not the last
                continue
            if mention.how in ("pronoun", "description"):
                if mention.how == "pronoun":
                    said = genders.of_pronoun(unit, mention)
                    person = _not_the_topic(
                        unit, mention, genders.fitting(current or subjects or recent, said)
                        or genders.known(recent, said), genders.fitting(recent, said), resolved
                    )
                    genders.learn(person, said)
                else:
                    person = _resolve(mention.org or "", recent, unit.index, former)
                    _learn(unit, mention, person)
                mention = Mention(mention.unit, mention.start, mention.end, person,
                                  None if person else mention.org, mention.how)
            person = mention.person
            if person is not None and mention.how == "name":
                genders.learn(person, genders.of_honorific(unit, mention))
            if person is not None and mention.how == "name" and _FORMER_BEFORE.search(
                unit.blotted, max(0, mention.start - 60), mention.start
            ):
                former.add(id(person))
            owner = unit.blotted[mention.end : mention.end + 2] in _OWNER
            if person is not None and not owner and mention.how != "pronoun":
                if person in recent:
                    recent.remove(person)
                recent.insert(0, person)
                # "..., according to X." -- X is who "he said" goes on with next.
                cited = _CITED.search(unit.blotted, sentence[0], mention.start) or (
                    _REPORTER.search(unit.blotted, sentence[0], mention.start)
                    and _INVERTED_END.match(unit.blotted, mention.end)
                ) or SPEAKS_NEXT.match(unit.blotted[mention.end :])
                if not cited and (_FRONTED.match(unit.blotted, sentence[0], mention.start)
                                  or _SOURCE_MADE_BY.match(unit.blotted, sentence[0],
                                                           mention.start)):
                    resolved.append(mention)  # "Despite his criticism of Y, he said": not Y
                    last = mention.end
                    continue
                if len(current) == 1 and current[0] not in (None, person) and _BOTH.fullmatch(
                    unit.blotted, last, mention.start
                ):  # "X from A and Y from B spoke ...", then "he said": either of them
                    current[0] = None
                current.insert(0, person) if cited else current.append(person)
            elif person is not None and mention.how == "pronoun":
                current.append(person)  # "He argued ... Gov. X": "he" stays the subject
            elif mention.how == "description" and not current and _opens(unit, mention):
                current.append(None)  # "The president (unnamed) struck a tone. ..., he said"
            resolved.append(mention)
            last = mention.end
        subjects = current[:1] or subjects
        mentions.by_unit[unit.index] = resolved
        mentions.order.extend(resolved)
    return mentions


_OWNER = ("’s", "'s", "’ ", "' ")
# "X “is trusted”, he added": the pronoun of an attribution right after the closing mark
_AFTER_QUOTE = re.compile(r",? ")


def _not_the_topic(unit: Unit, mention: Mention, candidates: list[Person | None],
                   recent: list[Person], resolved: list[Mention]) -> Person | None:
    """The person "he" stands for; in "Governor X “has the trust of the markets”, he
    added" not X, whose name opens the quoted words (what is said is about X), but the
    person before X (news copy names the speaker himself so)."""
    span = next((s for s in unit.spans if s.end <= mention.start and s.opened
                 and _AFTER_QUOTE.fullmatch(unit.blotted[s.end : mention.start])), None)
    topic = next((m.person for m in resolved if span is not None
                  and m.person is not None and m.how != "pronoun"
                  and m.end <= span.start and not unit.blotted[m.end : span.start].strip()),
                 None)
    if topic is None:
        return (candidates or [None])[0]
    others = [p for p in candidates if p is not None and p is not topic] or [
        p for p in recent if p is not topic
    ]
    return others[0] if others else None
# two people named as one subject, each with no more than an organisation of their own
_BOTH = re.compile(r"(?: (?:from|of|at) (?:the )?[A-Z][^,.;:·“”\"]{0,60}?)?,? and ")


def _opens(unit: Unit, mention: Mention) -> bool:
    """The mention is its sentence's subject: nothing but a word or two before it."""
    start = unit.sentence_at(mention.start)[0]
    return len(unit.blotted[start : mention.start].split()) <= 2


_CITED = re.compile(rf"(?:{ACCORDING_TO.pattern})[^,;·]{{0,60}}$")
# "Governor Y gave no hint of a change, said Mr X." (or "With Y set to win, X says ..."):
# X speaks, Y is what X reported, so a "he said" after it goes on with X, like one after
# "according to X"
_REPORTER = re.compile(rf"\S, (?:{SAY}) (?:(?:the )?[a-z][\w-]* ){{0,4}}$")
# ... and the name ends that attribution: "..., says El Rio will ..." has the name open the
# clause of what is said (its subject), and the speaker is the subject before the verb
_INVERTED_END = re.compile(
    r"\s*(?:$|[,.;:!?)(—–-]| (?:in|on|at|to|of|from|for|during|after|before|when|while|with"
    r"|about|who|whose|last|this|earlier|recently|yesterday|today|via|as)\b)"
)
# A phrase opening the sentence, up to its comma ("Despite his criticism of Y, he ...",
# "Looking at the prospect of Y winning, he said"): a person named inside it is not the
# subject that the "he" of the main clause stands for.
_FRONTED = re.compile(
    r"(?:Despite|In spite of|Unlike|Besides|Beyond|Like|Against|Regarding|Notwithstanding"
    r"|[A-Z][a-z]{2,}ing(?= [a-z])|(?:When )?[Aa]sked"
    r"|(?:Apart|Aside) from|Contrary to|In contrast to|Compared (?:with|to)|Along with)"
    r"\b[^,;:·“”\"]*$"
)

# "According to the report, delivered in X by the panel and its chairman, Y, over 300 ...":
# Y is named inside the phrase that cites the source, as the one who made it; the subject
# of the sentence comes after, so "he said" later does not stand for Y.
_SOURCE_MADE_BY = re.compile(
    r"According to [^·“”\";:]*?\b[a-z]+(?:ed|en|wn)\b[^·“”\";:]* by [^·“”\";:.]*$"
)


# "former President Jane Doe", "ex-Governor Doe": the title she no longer holds
_FORMER_BEFORE = re.compile(r"(?:\b[Ff]ormer |\b[Ee]x-)(?:[A-Z][\w.-]* ){0,3}$")


def _resolve(phrase: str, recent: list[Person], unit: int,
             former: frozenset[int] | set[int] = frozenset()) -> Person | None:
    """The most recent person a description fits ("the Russian leader": a Russian leader);
    "the former president" fits first one the article named as a former president, though
    the serving one was named since."""
    match = DESCRIPTION.match(phrase)
    if not match:
        return None
    noun = match.group(2).lower()
    adjectives = {w.lower() for w in match.group(1).split() if w[:1].isupper()}
    if noun == "year-old" or "-year-old" in noun or noun in ("man", "woman"):
        return recent[0] if recent else None
    fitting = []
    for person in recent[:8]:
        fits = noun in person.nouns or (noun == "leader" and person.nouns & LEADER_TITLES)
        places = {n for n in person.nouns if n[:1].isalpha() and n not in PERSON_NOUNS}
        if fits and (not adjectives or not places or adjectives & places):
            fitting.append(person)
    out = [p for p in fitting if id(p) in former] if "former" in match.group(1).split() else []
    if out or fitting:
        return (out or fitting)[0]
    if noun in ANALYST_NOUNS:
        for person in recent[:2]:
            if not person.official and person.first[0] >= unit - 2:
                return person
    return None


def _learn(unit: Unit, mention: Mention, person: Person | None) -> None:
    """ "The meteorologist told ...": what a speaker is called tells what they are."""
    if person is None or not SPEAKS_NEXT.match(unit.blotted[mention.end :]):
        return
    noun = (mention.org or "").split()[-1].lower()
    if noun in PERSON_NOUNS and noun not in person.nouns:
        person.describe(Description(nouns=frozenset({noun})))
