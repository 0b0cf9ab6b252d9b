"""Speech cues: the verbs that credit words to someone, and who their subject is.

The subject of "said" is the name, pronoun or description right before it
("Fallon added", "she said", "The Russian leader, elected ..., went on"),
with an appositive, a time or an adverb allowed in between ("Ueda on Friday
called", "Pratt enthusiastically noted"); or the name right after it ("said
Jane Doe", "said history research fellow Jane Doe", "said Prof Shi");
or the name after "according to"; a participle hung on a "said" ("the council said,
calling him ...") has that verb's subject. When the subject is an organisation, a
place or a group ("the Kremlin said", "it added", "analysts say"), the words
are theirs and nobody's in particular. Finding the subject is `subjects`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ACCORDING_TO, LISTENER_VERBS, SAY_RE
from .mentions import Mention, Mentions
from .people import Person
from .reading import Unit
from .subjects import Subjects

Speakers = tuple[Person, ...]


@dataclass(frozen=True)
class Credit:
    """Who the article credits some words to: people, or an organisation, or nobody."""

    speakers: Speakers = ()
    org: str | None = None
    how: str = ""

    @property
    def nobody(self) -> bool:
        return not self.speakers

    @property
    def inferred(self) -> bool:
        """Credited from the quotes around it, not at these words."""
        return self.how == "inferred"


@dataclass(frozen=True)
class Cue:
    """A speech verb in a unit and what it credits."""

    start: int
    end: int
    verb: str
    credit: Credit
    subject: int  # where the subject starts (the verb itself when the subject follows)


_TO = re.compile(r"(?<![\w’'-])to $")
# "“...?” asked Doe": a verb right after the closing mark has its subject after it, even
# one whose object is otherwise its listener ("asked Putin")
_AT_MARKS = re.compile(r"[,?!—–-][”\"’'»] $")
# a speech word right after an article is a noun or its modifier, not a verb
_DETERMINER = re.compile(r"(?<![\w’'-])(?:[Aa]|[Aa]n|[Tt]he) $")
# "Doe was careful to say", "Doe was quick to point out": her own speech, "to" before it
_KEEN_TO = re.compile(
    r"(?<![\w’'-])(?:(?:is|was|are|were|has been|had been) )?"
    r"(?:careful|quick|keen|eager|anxious|swift|at pains) to $"
)
# "For Jane Doe, a professor at X, “...”": a sentence opened by "for" and a person, whose
# words in marks follow her description with no verb, gives her view in her words.
_FOR_OPENER = re.compile(r"(?<![\w’'-])[Ff]or (?=[A-Z])")
_FOR_GAP = re.compile(r"(?:, [^“”\"‘;·]{0,160})?, [“\"‘]")
_FOR_LEAD = re.compile(r"(?:(?:In fact|But|And|Yet|Still|Now),? )?")


def _according_gap(gap: str) -> bool:
    """ "according to X", "according to state news agency X", "according to the head of
    the department at Y, X," -- not "according to plan, ... X"."""
    if re.fullmatch(r"(?:the |a |an |his |her )?[^,;—–·]{0,150}, ", gap):
        return True
    words = gap.split()
    return len(words) <= 5 and not re.search(r"[,;—–·]|\b(?:that|which|who|to)\b", gap)


# "the council said on Wednesday, calling": a time or a setting between a verb and the comma
_TO_PARTICIPLE = re.compile(
    r"(?: (?:on|in|at|during|after|late|early|last|this) [^,;.·“”\"]{1,40})?, $"
)


def _hung_on(found: list[Cue], text: str, at: int) -> Credit | None:
    """ "X died, the council said, calling him “...”": a participle hung on the "said"
    right before it has that verb's subject (an organisation's words are nobody's), not the
    person the sentence is about."""
    last = found[-1] if found else None
    if last is None or last.verb.endswith("ing") or last.credit.how == "far":
        return None
    return last.credit if _TO_PARTICIPLE.fullmatch(text, last.end, at) else None


def credit_of(mention: Mention, mentions: Mentions, unit: Unit, limit: int) -> Credit:
    """What a subject mention credits: its person, or an organisation; a pronoun with no
    antecedent yet stands for the next person in the sentence ("what he called ..., Putin")."""
    if mention.person is not None:
        return Credit((mention.person,))
    if mention.how == "pronoun":
        later = [m for m in mentions.within(unit.index, mention.end, limit) if m.person]
        if later:
            return Credit((later[0].person,))
        # A text that opens with "he said" (an excerpt) names him in the next paragraph;
        # only at the very start: in a stretch read alone (`check`), "he" is someone earlier.
        ahead = [m for m in mentions.by_unit.get(unit.index + 1, []) if m.person]
        if ahead and unit.index == mentions.first_body and (
            mentions.last_person_before(unit.index, mention.start) is None
        ):
            return Credit((ahead[0].person,), how="inferred")
        return Credit(how="unresolved")
    if mention.how == "description" and mention.person is None:
        return Credit(how="unresolved")
    return Credit(org=mention.org)


def cues(unit: Unit, mentions: Mentions, start: int, end: int) -> list[Cue]:
    """Every speech verb in unit text [start, end) with what it credits (people or a group)."""
    subjects = Subjects(unit, mentions)
    text = unit.blotted
    found: list[Cue] = []
    for match in ACCORDING_TO.finditer(text, start, end):
        after = mentions.within(unit.index, match.end(), end)[:4]
        # "according to Director of the X Institute Dr Jane Doe,": the person, not the
        # organisation that describes her ("according to Reuters, Jane Doe ..." is Reuters).
        person = next((m for m in after if m.person is not None), None)
        titled = person is not None and person is not after[0] and re.fullmatch(
            r"(?:[^,;—–·]{0,150}|[a-z][^;—–·]{0,150}, )", text[match.end() : person.start]
        )
        if titled or (after and _according_gap(text[match.end() : after[0].start])):
            after = [person] if titled else after
            credit = credit_of(after[0], mentions, unit, end)
            found.append(Cue(match.start(), match.end(), "according to", credit, match.start()))
    for match in _FOR_OPENER.finditer(text, start, end):
        person = mentions.within(unit.index, match.end(), end)[:1]
        if person and person[0].person and person[0].start == match.end() and re.match(
            _FOR_GAP, text[person[0].end : end]
        ) and _FOR_LEAD.fullmatch(text, unit.sentence_at(match.start())[0], match.start()):
            credit = credit_of(person[0], mentions, unit, end)
            found.append(Cue(match.start(), match.end(), "according to", credit, match.start()))
    for match in SAY_RE.finditer(text, start, end):
        if _DETERMINER.search(text, max(0, match.start() - 5), match.start()):
            continue  # "a continued reliance", "the reported deal": a noun's modifier
        keen = _KEEN_TO.search(text, max(start, match.start() - 40), match.start())
        if keen is None and _TO.search(text[max(0, match.start() - 4) : match.start()]):
            continue  # "went on to describe" is counted once, at "went on"
        verb = match.group()
        subject = subjects.before(keen.start() if keen else match.start(), start)
        credit, at = None, match.start()
        if subject is not None:
            at = subject.start
            credit = credit_of(subject, mentions, unit, end)
            if credit.speakers and subject.person is not None:
                credit = Credit(subjects.joint(subject, start))
        elif (verb not in LISTENER_VERBS or _AT_MARKS.search(text, start, match.start())) and (
            not verb.endswith("ing")
        ):
            # ("said Jane Doe" inverts; "arguing the party's return is ..." never does: what
            # follows a participle is what it says, its subject the clause's before it)
            after = subjects.after(match.end(), end)
            credit = credit_of(after, mentions, unit, end) if after else None
        hung = _hung_on(found, text, match.start()) if verb.endswith("ing") else None
        if hung is not None:
            credit, at = hung, match.start()
        if credit is None:
            far = subjects.far(match.start(), start)
            credit = credit_of(far, mentions, unit, end) if far else Credit()
            if far is not None and far.person is not None:
                credit = Credit(subjects.joint(far, start))
            credit = Credit(credit.speakers, credit.org, "far")
        found.append(Cue(match.start(), match.end(), verb, credit, at))
    return sorted(found, key=lambda c: c.start)
