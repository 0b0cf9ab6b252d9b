"""Speech cues: the verbs that credit words to someone, and who their subject is.

The subject of "said" is the name, pronoun or description right before it
("Fallon added", "she said", "The Russian leader, elected ..., went on"),
with an appositive, a time or an adverb allowed in between ("Ueda on Friday
called", "Pratt enthusiastically noted"); or the name right after it ("said
Jane Doe", "said history research fellow Jane Doe", "said Prof Shi");
or the name after "according to". When the subject is an organisation, a
place or a group ("the Kremlin said", "it added", "analysts say"), the words
are theirs and nobody's in particular.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .describe import has_post
from .lexicon import (
    ACCORDING_TO,
    BETWEEN_SUBJECT_AND_VERB,
    DAYS,
    LISTENER_VERBS,
    SAY_RE,
    words,
)
from .mentions import Mention, Mentions
from .names import word_class
from .people import Person
from .reading import Unit
from .sightings import open_post

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


# "the X Bureau's head of climate monitoring and prediction, ": a post of the organisation
# in lower case, then its holder's name after the comma
_OWNED_POST = re.compile(
    r"(?:(?: (?:of|for|and|on|the|&))* [A-Z][\w&-]*)*[’']s (?:[a-z][\w-]* ){0,10}[a-z][\w-]*, "
)
_CLAUSE_WORDS = words(
    "is are was were be been being will would can could that to about with which who "
    "it its they their this"
)
_PARENTHETICAL = re.compile(r"^,[^,]{1,160},")
# "The professor who founded the app said": a clause that tells which one
_RELATIVE = re.compile(r"^ who (?!(?:is|was|are|were)\b)[^,;.·“”\"]{1,80} $")
# "Jane Doe, professor at X has warned": an appositive whose closing comma was left out
_OPEN_APPOSITIVE = re.compile(r"^, [^,;.·“”\"]{1,160}?(?= (?:has|have|had) $)")
_OF_ORG = re.compile(r" (?:of|from|at|with) (?:the )?[A-Z][^,;.·“”\"]{0,60}(?: \w+ly)? ")
_OF_PLACE = re.compile(r" of (?:[A-Z][\w-]* ){1,4}")
_FIRM_POST = re.compile(r" [A-Z][\w&-]* (?:[a-z][\w-]* ){1,3}")
_TO = re.compile(r"(?<![\w’'-])to $")
# "Doe was careful to say", "Doe was quick to point out": her own speech, "to" before it
_KEEN_TO = re.compile(
    r"(?<![\w’'-])(?:(?:is|was|are|were|has been|had been) )?"
    r"(?:careful|quick|keen|eager|anxious|swift|at pains) to $"
)
_IN_APPOSITIVE = re.compile(r", [^,]{1,150}$")
_GAP_OK = BETWEEN_SUBJECT_AND_VERB | {w.lower() for w in DAYS}


def _gap_ok(gap: str) -> bool:
    """Only an appositive, a time or an adverb between a subject and its verb."""
    gap = _PARENTHETICAL.sub("", re.sub(r"^, \d{1,3}(?=, [^,]{1,160},)", "", gap))
    gap = _RELATIVE.sub(" ", _OPEN_APPOSITIVE.sub("", gap))
    if "," in gap or ";" in gap or "." in gap.replace("(", "").strip(" ()"):
        return False
    words = re.findall(r"[\w’'-]+", gap)
    return len(words) <= 6 and all(
        w.lower() in _GAP_OK or w.endswith("ly") or w.isdigit() or w[:-2].isdigit()
        for w in words
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


class Subjects:
    """Finds the subject of each speech verb of a unit."""

    def __init__(self, unit: Unit, mentions: Mentions):
        self.unit = unit
        self.mentions = mentions
        self.text = unit.blotted

    def before(self, verb_start: int, floor: int) -> Mention | None:
        """The subject right before a verb, an appositive or adverbs allowed in between."""
        found = self.mentions.within(self.unit.index, floor, verb_start)
        for n, mention in enumerate(reversed(found[-8:])):
            gap = self.text[mention.end : verb_start]
            if mention.person is not None and SAY_RE.fullmatch(gap.strip(" ,")) and (
                self.text[: mention.start].endswith(", ")
            ):
                continue  # "Officials, Doe said, insisted": Doe reports who insisted
            if gap == " as " and re.match(r"\w+ing\b", self.text[verb_start:]):
                gap = " "  # "Reuters quoted Jane Doe as saying": she is the one saying
            if _gap_ok(gap) or (gap.strip() == "," and self.text[: mention.start].endswith(", ")
                                and mention.person is not None) or (  # "The minister, X, said"
                mention.person is not None and _OF_PLACE.fullmatch(gap)
            ):  # "Mayor X of New Example City said": no mention stands for the place
                return self._of_org(found[: len(found) - n - 1], mention, verb_start)
            inside = gap.strip() == "," and _IN_APPOSITIVE.search(
                self.text, max(floor, mention.start - 160), mention.start
            )
            if mention.person is not None and not inside:
                return None  # a nearer person is not the subject: no farther one is either
        return None  # (unless the nearer one is inside an appositive: "X, an aide to Y, said")

    def _of_org(self, earlier: list[Mention], subject: Mention, verb_start: int) -> Mention:
        """ "Jane Doe of Example and Co wrote": the person, not her firm, is the subject."""
        people = [m for m in earlier if m.person is not None]
        between = self.text[people[-1].end : verb_start] if people else ""
        if subject.person is None and people and (
            _OF_ORG.fullmatch(between) or _gap_ok(between) or open_post(between)
        ):
            return people[-1]
        return subject

    def after(self, verb_end: int, limit: int) -> Mention | None:
        """The subject right after a verb: "said Jane Doe", "said former EU negotiator X"."""
        cursor = verb_end
        found = self.mentions.within(self.unit.index, verb_end, limit)[:4]
        for n, mention in enumerate(found[:3]):
            staff = found[n + 1] if n + 1 < len(found) else None
            if mention.person is not None and staff is not None and staff.how == "staff" and (
                staff.start == mention.end
            ):
                # "said Jane Doe's spokesman, John Roe": the spokesman, named or not
                named = found[n + 2] if n + 2 < len(found) else None
                if named is not None and named.person is not None and (
                    self.text[staff.end : named.start] == ", "
                ):
                    return named
                return staff
            gap = self.text[cursor : mention.start]
            words = re.sub(r"[’'](?:s\b)?", " ", gap).split()  # "Example Economics’ Jane Doe"
            owned = n > 0 and mention.person is not None and _OWNED_POST.fullmatch(gap)
            if not owned and ("," in gap or len(words) > 6 or set(words) & _CLAUSE_WORDS):
                return None
            if not all(w.islower() or word_class(w) != "name" for w in words) and not (
                mention.person is not None and _FIRM_POST.fullmatch(gap)
                and has_post(gap.split(" ", 2)[-1])
            ):  # "says Brantwell chief economist Jane Doe": the firm she holds a post at
                return None
            if mention.person is not None or mention.how == "pronoun":
                return mention
            if self.text[mention.start : mention.end] in ("it", "they", "we"):
                return None  # "believes it is ...": the verb's object, never its subject
            if not self._premodifies(mention, limit):
                return mention  # "said the Kremlin", "according to Reuters"
            cursor = mention.end
        return None

    def _premodifies(self, org: Mention, limit: int) -> bool:
        """ "Eurasia Group senior analyst Ali Wyne": the organisation describes a person."""
        later = [m for m in self.mentions.within(self.unit.index, org.end, limit) if m.person]
        if not later:
            return False
        raw = self.text[org.end : later[0].start]
        if _OWNED_POST.fullmatch(raw):
            return True  # "said the Bureau's manager of flood forecasting, Jane Doe": hers
        gap = raw.replace("’s", "").replace("'s", "")
        return "," not in gap and len(gap.split()) <= 5

    def joint(self, mention: Mention, floor: int) -> Speakers:
        """ "X, a ..., and Y both told": X as well as Y."""
        if mention.person is None:
            return ()
        found = [m for m in self.mentions.within(self.unit.index, floor, mention.start) if m.person]
        if not found:
            return (mention.person,)
        other = found[-1]
        between = self.text[other.end : mention.start]
        joined = re.fullmatch(r"(?:,[^,]{1,160})?,? and (?:[\w’'-]+ ){0,4}", between)
        if joined and other.person is not mention.person:
            return (other.person, mention.person)
        return (mention.person,)

    def far(self, verb_start: int, floor: int) -> Mention | None:
        """The nearest person (or he/she) before a verb in the sentence, however far."""
        found = [
            m for m in self.mentions.within(self.unit.index, floor, verb_start)
            if m.person is not None or m.how == "pronoun"
        ]
        return found[-1] if found else None


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
        elif verb not in LISTENER_VERBS:
            after = subjects.after(match.end(), end)
            credit = credit_of(after, mentions, unit, end) if after else None
        if credit is None:
            far = subjects.far(match.start(), start)
            credit = credit_of(far, mentions, unit, end) if far else Credit()
            if far is not None and far.person is not None:
                credit = Credit(subjects.joint(far, start))
            credit = Credit(credit.speakers, credit.org, "far")
        found.append(Cue(match.start(), match.end(), verb, credit, at))
    return sorted(found, key=lambda c: c.start)
