"""The subject of a speech verb: who "said" has before it, after it, or far back.

Split from `cues` (which finds the verbs and what they credit) because finding
a verb's subject is its own job with its own conventions: the appositive, the
time or the adverb allowed between a subject and its verb ("Jane Doe, a fellow
at X, on Friday said"), a firm or a post before an inverted name ("said X
chief economist Jane Doe"), and the names inside an appositive that are never
the subject (her firm, her university, the person she advises).
"""

from __future__ import annotations

import re

from .describe import has_post
from .lexicon import HONORIFICS, SAY_RE, words
from .mentions import Mention, Mentions
from .names import word_class
from .people import Person
from .postowner import firm_post
from .reading import Unit
from .sightings import open_post
from .subjectgap import gap_ok, open_post_at_org, stacked_posts

Speakers = tuple[Person, ...]

# "the X Bureau's head of climate monitoring and prediction, ": a post of the organisation
# in lower case, then its holder's name after the comma
_OWNED_POST = re.compile(
    r"(?:(?: (?:of|for|and|on|the|&))* [A-Z][\w&-]*)*[’']s (?:[a-z][\w-]* ){0,10}[a-z][\w-]*, "
)
_CLAUSE_WORDS = words(
    "is are was were be been being will would can could that to about with which who "
    "it its they their this"
)
_OF_ORG = re.compile(r" (?:of|from|at|with) (?:the )?[A-Z][^,;.·“”\"]{0,60}(?: \w+ly)? ")
# "Jane Doe of Example Economics": the organisation right after her name is hers, so a gap
# allowed between it and the verb is allowed between her and the verb
_JOINED_ORG = re.compile(r" (?:of|from|at|with) (?:the )?")
_CLAUSE_BEFORE_VERB = re.compile(r", (?:who|which|where) [^,;.·“”\"]{1,160}, $")
_OF_PLACE = re.compile(r" of (?:[A-Z][\w-]* ){1,4}")
# "said Secretary of Commerce Jane Doe": a post in capitals written as its title, "of" or
# "for", and what it is over; one held before too ("said former Secretary of Labor X")
_TITLE_OF_PORTFOLIO = re.compile(
    r" (?:(?:former|ex-|then-) ?)?((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*) (?:of|for) (?:the )?"
    r"[A-Z][\w&-]*(?: (?:(?:of|and|for|&) )?[A-Z][\w&-]*){0,3} "
)


def _firm_post(gap: str) -> bool:
    """ "says Brantwell chief economist Jane Doe", "said Example Brooks gas analyst, Jane
    Doe": the firm she holds a post at, between the verb and her name."""
    return gap[:1] == " " and firm_post(gap) is not None


def _portfolio_title(gap: str) -> bool:
    match = _TITLE_OF_PORTFOLIO.fullmatch(gap)
    return bool(match) and all(
        word_class(word) in ("title", "title-part") for word in match.group(1).split()
    ) and word_class(match.group(1).split()[-1]) == "title"


_IN_APPOSITIVE = re.compile(r", [^,]{1,150}$")
# "says political analyst, Jane Doe": a post in lower case, a stray comma, then the name
_POST_COMMA = re.compile(r" (?:an? |the )?(?:[a-z][\w-]* ){0,3}[a-z][\w-]*, ")
# "said the Leader of the Opposition, Sir Jane Doe": a post in capitals, the name after it
_TITLE_COMMA = re.compile(
    rf" the [A-Z][a-z]+(?: of (?:the )?[A-Z][\w-]*(?: (?:of |the )*[A-Z][\w-]*){{0,3}})?, "
    rf"(?:(?:{'|'.join(HONORIFICS)})\.? )?"
)
# "said Law Professor at Example University, Jane Doe": her post and where she holds it,
# then a comma and her name (the capitals of the post and the place read as organisations)
_POST_AT_ORG_COMMA = re.compile(
    r" (?:the |an? )?(?:[A-Za-z][\w-]* ){0,4}?[A-Za-z][\w-]* (?:at|of|with|from|for) (?:the )?"
    r"[A-Z][\w&.-]*(?: (?:(?:of|for|and|the|&) )*[A-Z][\w&.-]*){0,5}, "
)
# "Doe’s", "Doe Polling's": a name (perhaps the first word of a firm's) as an owner
_POSSESSED = re.compile(r"(?: [A-Z][\w&-]*)*(?:[’']s\b|(?<=s)[’'](?= ))")
# Between a person's name and the verb, her description, naming where she works: "Jane Doe,
# director at Acme Research, said", "Jane Doe (professor of law, Example College) said"
_HELD_APPOSITIVE = re.compile(r", ([^,;·“”\"()]{1,160}), ?| ?\(([^()·“”\"]{1,160})\) ?")
# and only where the name inside is an organisation's: "Jane Doe, head of policy at Acme
# said" (the closing comma left out), "Jane Doe of Example University, UK, told"
_HELD_AT_ORG = re.compile(
    r"(?:, (?:an? |the )?[^,;·“”\"()]{1,120}?)? (?:of|from|at|with|for) (?:the )?"
    r"[A-Z][^,;·“”\"()]{0,60}?(?:, [A-Z][\w.-]*(?: (?:of |for |and )?[A-Z][\w.-]*){0,4},)? "
)
# "Jane Doe at Queen Anne, University of X, said": a name right after "at" in her
# description is a place of work named after someone, not a second person who speaks
_AT = re.compile(r"(?<![\w’'-])at (?:[A-Z][\w’'-]* )?$")  # ("at Queen Anne": a title read apart)


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
            holder = self._holder(found[: len(found) - n - 1], mention, verb_start)
            if holder is not None:
                return holder
            gap = self.text[mention.end : verb_start]
            if any(mention.end <= s.start < verb_start for s in self.unit.spans):
                # "they center on Example Corp “...,” said Jane Doe": a quote between a name
                # and the verb ends the clause the name is in; "said" inverts, its subject after
                return None
            if mention.person is not None and SAY_RE.fullmatch(gap.strip(" ,")) and (
                self.text[: mention.start].endswith(", ")
            ):
                continue  # "Officials, Doe said, insisted": Doe reports who insisted
            if mention.person is not None and open_post_at_org(gap):
                return mention
            if gap == " as " and re.match(r"\w+ing\b", self.text[verb_start:]):
                gap = " "  # "Reuters quoted Jane Doe as saying": she is the one saying
            if gap_ok(gap) or (gap.strip() == "," and self.text[: mention.start].endswith(", ")
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

    def _holder(self, earlier: list[Mention], inner: Mention, verb_start: int) -> Mention | None:
        """ "Jane Doe (professor, Example College) said": a name in the description between a
        person and the verb is where she works, never the subject, even when it was read as
        a person's ("Example College"); she is. The description has a post in it (a word in
        lower case): "The minister, Jane Doe, said" is hers."""
        people = [m for m in earlier if m.person is not None and not self._named_after(m)]
        # ("Jane Doe, a former adviser to the Secretary of the Navy, said": the post in her
        # description reads as her, and the name before it is still the subject)
        described = inner.how == "description"
        if not people or people[-1].end > inner.start or (
            people[-1].person is inner.person and not described
        ):
            return None
        between = self.text[people[-1].end : verb_start]
        held = _HELD_APPOSITIVE.fullmatch(between)
        if held and re.search(r"\b[a-z]{2,}\b", held.group(1) or held.group(2)):
            return people[-1]
        if stacked_posts(between):
            return people[-1]
        if (inner.person is None or self._named_after(inner)) and _HELD_AT_ORG.fullmatch(
            between
        ):
            return people[-1]
        return None

    def _named_after(self, mention: Mention) -> bool:
        return bool(_AT.search(self.text, max(0, mention.start - 30), mention.start))

    def _of_org(self, earlier: list[Mention], subject: Mention, verb_start: int) -> Mention:
        """ "Jane Doe of Example and Co wrote": the person, not her firm, is the subject."""
        people = [m for m in earlier if m.person is not None]
        if subject.person is None and people and _JOINED_ORG.fullmatch(
            self.text, people[-1].end, subject.start
        ):
            return people[-1]  # "Jane Doe of Example Economics, played down ..., saying"
        between = self.text[people[-1].end : verb_start] if people else ""
        # ("Jane Doe of the Example Center, who once worked at X, said": the clause about her
        # between her firm and the verb leaves her the subject)
        # ("Jane Doe, a scientist with the research body X, who built Y, said": her post and
        # where she holds it between commas, then the clause about her)
        held = _HELD_APPOSITIVE.fullmatch(_CLAUSE_BEFORE_VERB.sub(", ", between))
        between = _CLAUSE_BEFORE_VERB.sub(" ", between)
        if subject.person is None and people and (
            _OF_ORG.fullmatch(between) or gap_ok(between) or open_post(between)
            or (held and has_post(held.group(1) or held.group(2)))
        ):
            return people[-1]
        return subject

    def after(self, verb_end: int, limit: int) -> Mention | None:
        """The subject right after a verb: "said Jane Doe", "said former EU negotiator X"."""
        cursor = verb_end
        found = self.mentions.within(self.unit.index, verb_end, limit)[:4]
        posted = self._post_at_org(found, verb_end)
        if posted is not None:
            return posted
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
            if mention.person is not None and staff is not None and staff.person is not None and (
                _OWNED_POST.fullmatch(self.text, mention.end, staff.start)
            ):
                return staff  # "said Jane Doe's deputy, John Roe": the deputy speaks
            if mention.person is not None and _POSSESSED.match(self.text, mention.end) and not (
                staff is not None and staff.person is not None
            ):
                return None  # "said Doe Polling's result is ...": whose result, not who says
            gap = self.text[cursor : mention.start]
            words = re.sub(r"[’'](?:s\b)?", " ", gap).split()  # "Example Economics’ Jane Doe"
            owned = n > 0 and mention.person is not None and _OWNED_POST.fullmatch(gap)
            owned = owned or (n == 0 and mention.person is not None and bool(
                _POST_COMMA.fullmatch(gap)) and has_post(gap))  # "says analyst, Jane Doe"
            owned = owned or (n == 0 and mention.person is not None and _firm_post(gap))
            if n == 0 and mention.person is not None and _TITLE_COMMA.fullmatch(gap) and (
                has_post(gap)
            ):
                return mention  # (its capitals are the post's, not another name's)
            if not owned and ("," in gap or len(words) > 6 or set(words) & _CLAUSE_WORDS):
                return None
            if not all(w.islower() or word_class(w) != "name" for w in words) and not (
                mention.person is not None and (_firm_post(gap) or _portfolio_title(gap))
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

    def _post_at_org(self, found: list[Mention], verb_end: int) -> Mention | None:
        """ "said Law Professor at Example University, Jane Doe": the first person after the
        verb, when only her post, where she holds it and a comma stand before her name."""
        named = [m for m in found if m.person is not None][:1]
        if not named:
            return None
        gap = self.text[verb_end : named[0].start]
        if _POST_AT_ORG_COMMA.fullmatch(gap) and has_post(re.split(r" (?:at|of|with|from|for) ",
                                                                 gap)[0]):
            return named[0]
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
        """The nearest person (or he/she) before a verb in the sentence, however far; not one
        named in the possessive ("He doubts Europe can change Doe’s policy, adding “...”"):
        that is whose thing the sentence is about, not who speaks."""
        found = [
            m for m in self.mentions.within(self.unit.index, floor, verb_start)
            if (m.person is not None or m.how == "pronoun")
            and not (m.how == "name" and re.match(r"[’']s", self.text[m.end : m.end + 2]))
        ]
        return found[-1] if found else None
