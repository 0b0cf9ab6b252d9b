"""Sightings: each capitalised run of a unit that may name a person, with the evidence
around it that it does, and what the words before and after it say about its bearer.

The evidence is a title or honorific, a description (`leading`, `appositive`,
`titled`), a speech verb next to the name ("said Jane Doe", "Doe, ..., told"),
or "he"/"she" opening the next sentence. `people` decides from these who is a
person; nothing here does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..engine.article import Kind
from .appositive import DEGREES, after_name
from .dashcredit import dash_credited
from .describe import Description, has_post
from .leading import before_name
from .lexicon import ACCORDING_TO, GROUP_NOUNS, LISTENER_VERBS, PERSON_NOUNS, SAY, words
from .names import Run, bare, is_org_name, name_tokens, runs, word_class
from .portfolios import portfolio_title, said_before_portfolio, title_of_portfolio
from .postowner import owns_post
from .reading import Unit
from .titled import from_run, title_at_org, title_of_org

Where = tuple[int, int]  # (unit index, offset in the unit's text)


@dataclass(frozen=True)
class Sighting:
    where: Where
    tokens: tuple[str, ...]
    description: Description | None
    evidence: bool
    headline: bool = False
    honorific: bool = False
    ahead: bool = False  # the description stands before the name, or is its own title
    inverted: bool = False  # speaks at the marks: "added Doe", "“...,” Doe said"
    professor: bool = False  # "Professor Jane Doe", "Prof Doe"
    in_org: bool = False  # the run ends an organisation's name: "Institute of X and Y Z"

    @property
    def names(self) -> tuple[str, ...]:
        return name_tokens(" ".join(self.tokens))

    @property
    def end(self) -> int:
        """Where the run ends in its unit's text."""
        return self.where[1] + len(" ".join(self.tokens))


_SAY_BEFORE = re.compile(rf"(?<![\w’'-])({SAY})(?: (?:to|by))? $")
# "said Conservative housing critic Jane Doe": a title between the verb and the name.
_SAY_TITLE_BEFORE = re.compile(
    rf"(?<![\w’'-])({SAY})(?: (?!(?:that|which|in|on|at|about|with|to|for|of|and|but|as|it"
    rf"|was|is|the|a|an)\b)[\w’'-]+){{1,4}} $"
)
# "said former Federal Maritime Safety Board member Jane Doe": a body's name in capitals
# and one word of post may run longer than a title does
_SAY_BODY_POST_BEFORE = re.compile(
    rf"(?<![\w’'-])({SAY}) (?:former |then-)?(?:[A-Z][\w&-]* (?:(?:of|for|and|on|the|&) )*)"
    rf"{{2,6}}[a-z][\w-]+ $"
)
# "Doe said", "Doe, a fellow at X, said", "Doe, 52, who ..., said", "Doe, 67, told",
# "Doe has also said", "Doe, a pediatrician in Tide County, Ore., said" (a town and its state)
_SAY_AFTER = re.compile(
    rf"^(?:, \d{{1,3}},|(?:, \d{{1,3}}(?=,))?(?:, [^,·“”\"]{{1,120}}?"
    rf"(?: in [A-Z][^,·“”\"]{{0,40}}, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?,)?)"
    rf"(?: (?:also|has|have|had|later|then|both|himself|herself|\w+ly))* (?:{SAY})(?![\w’'-])"
)
# "said the X Bureau's manager of flood forecasting, Jane Doe": the verb's subject is the
# name after the organisation's post
_SAY_OWNED_POST = re.compile(
    rf"(?<![\w’'-])(?:{SAY}) (?:the )?[A-Z][\w&-]*(?: (?:(?:of|for|and|on|the|&) )*[A-Z][\w&-]*)*"
    rf"[’']s (?:[a-z][\w-]* ){{0,10}}[a-z][\w-]*, $"
)
# "said Law Professor at Example University, Jane Doe": her post, where she holds it, a comma
_SAY_POST_AT_ORG = re.compile(
    rf"(?<![\w’'-])(?:{SAY}) (?:the |an? )?((?:[\w-]+ ){{0,4}}?[\w-]+) (?:at|of|with|from) "
    rf"(?:the )?[A-Z][\w&.-]*(?: (?:(?:of|for|and|on|the|&) )*[A-Z][\w&.-]*)*, $"
)
# "“...,” Doe said": one word between a quote's closing mark and its speech verb is the
# speaker, as "added Doe" is; "its" after the verb ("Doe said in its statement") is a firm's
_CLOSING_MARK = re.compile(r"[,?!—–-][”\"’] $")
_SPEAKS_AT_MARKS = re.compile(rf"^ (?:\w+ly )?(?:{SAY})(?![\w’'-])(?!(?: \w+){{0,3}} its\b)")
_JOINT = re.compile(rf"^ and (?:[\w’'.-]+ ){{0,4}}?[A-Z][\w’'-]+ (?:{SAY})(?![\w’'-])")


# "Jane Doe, Director, Example Institute said": a post and its organisation, the comma
# that would close them left out
_POST_ORG = re.compile(r", ((?:[\w’'-]+ ){0,4}[\w’'-]+), (?:the )?[A-Z][^,;.·“”\"]{0,80} ")
# "Jane Doe, senior fellow at the X Institute said", "Jane Doe, a scientist at the University
# of X, Y (UXY), said": a post at an organisation (perhaps with its campus and acronym, or
# a school at a college: "dean of the X School at Y College said"),
# the comma closing the appositive given or left out
_POST_AT_ORG = re.compile(
    r", (?:an? |the )?((?:[\w’'-]+ ){0,4}?[\w’'-]+) (?:at|of|with|from) (?:the )?"
    r"[A-Z][\w’'&.-]*(?: (?:of|for|and|on|the|&|at|[A-Z][\w’'&.-]*))*"
    r"(?:, [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)?(?: \([A-Z][\w&.-]*(?:/[A-Z][\w&.-]*)?\))?,? "
)
_OPEN_POST_SAY = re.compile(rf"^(, [^;.·“”\"]{{1,160}}? )(?:{SAY})(?![\w’'-])")


def open_post(between: str) -> bool:
    """ "Jane Doe, a Hydrologist and Professor Emeritus at X told": between a name and its
    verb, a post and where it is held, the closing comma perhaps left out. The post ends in
    a title, or in a word that qualifies one ("Emeritus", "Professor") after a title."""
    post = _POST_ORG.fullmatch(between) or _POST_AT_ORG.fullmatch(between)
    if not post:
        return False
    classes = [word_class(w) for w in post.group(1).split()]
    return classes[-1] == "title" or (
        classes[-1] in ("title-part", "honorific") and "title" in classes[:-1]
    )


# The last word of a place's name ("New Example City"), never of a person's
_PLACE_NOUNS = words(
    "City County Province Prefecture Township District Region Islands Valley Heights"
)
# What may follow an inverted attribution's name: a relative clause or where it was said
# (a verb after it makes the name the subject of what is said: "said Tesla faced ...").
_INVERTED_TAIL = re.compile(r" (?:who|in|during|at|on|after|before|while|when)\b")


# "Jane Doe: “...”", "Jane Doe (on the red card): “...”"
_COLON_QUOTE = re.compile(r"(?: \([^()·]{1,80}\))?: ?[\"“‘'«]")


def _plural_subject(token: str) -> bool:
    """ "Scientists", "Doctors": a group or the plural of a noun of a person opens no name."""
    word = token.lower()
    return word in GROUP_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


def _colon_opening(unit: Unit, run: Run, after: str) -> bool:
    """A round-up of reactions gives each speaker's full name and a colon, then the words
    in marks, opening the paragraph: the name is a person's, speaking."""
    return (unit.kind is Kind.BODY and run.start == 0 and len(run.name) > 1
            and bool(_COLON_QUOTE.match(after)))


def _referred(unit: Unit, run: Run) -> bool:
    """ "Jane Doe served on the board. She argued ...": a full name opening a sentence that
    "he" or "she" opens the next of is a person's."""
    start, end = unit.sentence_at(run.start)
    return len(run.name) > 1 and run.start == start and bool(
        re.match(r"(?:He|She|According to (?:him|her)\b) ", unit.blotted[end : end + 20])
    )


# "Jane Doe, vice president, Example Metals, said": the run after a name and her post is
# where she holds it, not a second person (nor the one who speaks)
_AFTER_POST = re.compile(r"[A-Z][\w’'-]*, (?:[a-z][\w-]* ){0,4}([a-z][\w-]*), $")
_AFTER_PLACE = re.compile(r"\b(?:in|near|outside) [A-Z][\w-]*, $")
_IN_LIST = re.compile(r"[A-Z][\w-]* (?:for|of|on) (?:[A-Z][\w-]*(?: [A-Z][\w-]*)*, )+$")


def _post_at_org_before(before: str) -> bool:
    """ "said Law Professor at Example University, Jane Doe": the verb's subject is the name
    after her post and its institution (a post, not a second name, stands there)."""
    match = _SAY_POST_AT_ORG.search(before)
    return bool(match) and has_post(match.group(1))


def _post_then_verb(after: str) -> bool:
    """ "Doe, a Hydrologist and Professor Emeritus at X told ...": a name, its post, a verb."""
    match = _OPEN_POST_SAY.match(after)
    return bool(match) and open_post(match.group(1))


def _speaks_at_marks(unit: Unit, run: Run, after: str, possessive: bool) -> bool:
    """ "“...,” Doe said": one word alone between the quote's closing mark and the verb."""
    return (len(run.name) == 1 and not run.prefix and not possessive
            and bool(_CLOSING_MARK.search(unit.text, 0, run.start))
            and bool(_SPEAKS_AT_MARKS.match(after)))


def sightings(unit: Unit) -> list[Sighting]:
    """Every capitalised run of a unit that may be a person, with what its context says."""
    text = unit.blotted
    found: list[Sighting] = []
    headline = unit.kind is Kind.HEADLINE
    listed_at: list[tuple[Run, int]] = []  # each run read and where its sightings start
    for run in runs(text, unit.written):
        listed_at.append((run, len(found)))
        if not run.name or (len(run.name) > 1 and run.name[-1] in _PLACE_NOUNS):
            continue  # "New Example City", "Example County": a place, whoever stands before
        if _plural_subject(run.name[0]):
            continue  # "Scientists Warn of ...": a headline's plural subject, no one's name
        # "Goldman Sachs’ chief economist": a name ending in s may take the mark alone
        possessive = text[run.end : run.end + 2] in ("’s", "'s") or bool(
            run.name[-1].endswith("s") and re.match(r"[’'] [a-z]", text[run.end : run.end + 3])
        )
        start = max(unit.sentence_at(run.start)[0], run.start - 200)
        before = text[start : run.start]
        post = _AFTER_POST.search(before)
        if post and word_class(post.group(1)) == "title":
            continue
        if len(run.name) == 1 and _AFTER_PLACE.search(before):
            continue  # "at X in Sutton, Surrey, where ...": a county, not a person
        if re.search(r"\b(?:in|near|outside) $", before) and not (run.title or possessive):
            continue  # "Dr. Jane Doe in New Example warning ...": where she is, no one else
        listed = _IN_LIST.search(before) and re.match(r",? (?:and|&) [A-Z]", text[run.end :])
        if listed or (run.org_before and re.match(r" \([A-Z]{2,}\)", text[run.end :])):
            continue  # "Institute for Peace, Law, and Security (IPLS)": words of a name
        after = "" if possessive else text[run.end : run.end + 200]
        ahead = [d for d in (title_of_org(before, run) or portfolio_title(before, run)
                             or from_run(run),
                             title_at_org(before) or before_name(before)) if d]
        described = ahead + [d for d in (after_name(after),) if d]
        said = _SAY_BEFORE.search(before)
        titled = _SAY_TITLE_BEFORE.search(before) or _SAY_BODY_POST_BEFORE.search(before) or (
            said_before_portfolio(before, run)
        )
        speaks = not possessive and (
            bool(said and said.group(1) not in LISTENER_VERBS)
            or bool(titled and titled.group(1) not in LISTENER_VERBS)
            # ("Doe, MD, PhD, a fellow at X, said": her degrees before her description)
            or bool(_SAY_AFTER.match(DEGREES.sub("", after)) or ACCORDING_TO.search(before[-40:]))
            # "X's head of research, Jane Doe, said": the name is the appositive (not a
            # bracket's last words: "Doe (professor, Example College) said" is Doe's)
            or bool(before.endswith(", ") and after[:1] == "," and _SAY_AFTER.match(after[1:]))
            or bool(_JOINT.match(after))
            or _post_then_verb(after)
            or bool(_SAY_OWNED_POST.search(before))
            or _post_at_org_before(before)
            or _colon_opening(unit, run, after)
            or dash_credited(unit, run.start, run.end)
        )
        # A name is not "the" anything ("the Ministerial Meeting of X"), and the end of an
        # organisation's name ("... Center for Immunization and Respiratory Diseases") is
        # not described by that organisation.
        named = [d for d in described if not (run.org_before and not d.role and not d.nouns)]
        # "added Doe." / "said Doe, ..." -- not "said Tesla faced ..." (a clause's subject).
        inverted = bool(said and said.group(1) not in LISTENER_VERBS) and not possessive and (
            after[:1] in ("", ",", ".", ";", ":")  # ("noted X's forecasts": X's, not X)
            or bool(_INVERTED_TAIL.match(after))  # "said Doe who ...", "said Doe in her speech"
        )
        inverted = inverted or _speaks_at_marks(unit, run, after, possessive)
        # "the Institute of Heart and Lung Medicine said": the end of an organisation's
        # name speaks for the organisation, so it is no evidence of a person
        in_org = run.name_start == run.start and is_org_name(run.org_before)
        # ("said Example Brooks gas analyst, Jane Doe": the run owns the post, Doe speaks)
        owner = owns_post(after)
        speaks, inverted = speaks and not in_org and not owner, inverted and not owner
        # ("The United States has said": a sentence's "The" is read into the run's prefix)
        the = before.endswith(("the ", "The ")) or run.prefix[-1:] in (("The",), ("the",))
        evidence = not the and (
            run.honorific or run.titled or bool(named) or speaks or _referred(unit, run)
            or title_of_portfolio(run)
        )
        where = (unit.index, run.name_start)
        for description in described or [None]:
            found.append(Sighting(where, run.name, description, evidence, headline,
                                  run.honorific, description in ahead, inverted,
                                  any(bare(t) in ("Professor", "Prof") for t in run.title),
                                  in_org))
    return _listed(text, listed_at, found)


def _listed(text: str, read: list[tuple[Run, int]], found: list[Sighting]) -> list[Sighting]:
    """ "the students – Ada Moll, Bert van Dijk, and Cas Tuin, of X University": full
    names in one list ("A, B, and C") share what the text says of one of them, so that one
    placed or described makes them all people (though not their descriptions)."""
    ends = [at for _, at in read[1:]] + [len(found)]
    groups: list[list[int]] = []
    for i, (run, _) in enumerate(read):
        if groups and _LIST_GAP.fullmatch(text, read[groups[-1][-1]][0].end, run.start):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        spans = [range(read[i][1], ends[i]) for i in group]
        if len(group) < 3 or not all(
            len(read[i][0].name) >= 2 and not read[i][0].title and not read[i][0].prefix
            for i in group
        ) or not any(found[k].evidence for span in spans for k in span):
            continue
        for span in spans:
            for k in span:
                found[k] = replace(found[k], evidence=True)
    return found


_LIST_GAP = re.compile(r",(?: and)? | and ")
