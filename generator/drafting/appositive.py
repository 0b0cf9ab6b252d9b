"""What the words right after a name say about its bearer: "Jane Doe, a fellow at X,",
"Jane Doe of X", "Jane Doe, from the X University's research unit", "Jane Doe, 71, a
professor at X", "Jane Doe, Assistant Professor of Y at X".

A former post ("the Bank's former chief economist") is kept as the role without its
organisation, which the person no longer speaks for; what they do now ("who now leads
the X thinktank") gives the affiliation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .capitalposts import capitalised, joined_title, names_something, title_only
from .describe import Description, describe, has_post
from .fieldposts import HEADS_RESEARCH, field_office
from .lexicon import (
    EXPERT_KIND,
    EXPERT_NOUNS,
    FIRM_KIND,
    FORMER,
    PLACE_ALT,
    ROLE_MODIFIERS,
    SAY,
    UP,
    words,
)
from .names import ORG_PHRASE, ORG_RUN, is_org_name, runs, word_class
from .orglevels import bracketed, hierarchy
from .placed import glossed_expert, placed_description
from .posts import split_description

# A letter's full stop ("U.S. Army") ends no description, as it ends no sentence, nor
# does a saint's ("St. Mary's College"), nor initials after a possessive ("X University’s
# (XU) Reef project"), and
# nor do the commas of a list in a name ("Institute for Peace, Law, and Security"), nor a
# city's and its state's ("Example City, Ore.-based").
_PIECE = (
    r"(?:(?<![\w.])(?:[A-Z]\.)+|(?<![\w.])(?:St|Mt|Ft)\.(?= [A-Z])|(?<=[’']s )\([A-Z]{2,}\)(?= )"
    r"|, (?:[A-Z][\w-]*(?: [A-Z][\w-]*)*, )+(?:and|&) (?=[A-Z])"
    r"|, (?=[A-Z][\w.]*-based )|\.(?=-based )"  # "at Example City, Ore.-based X": where X is
    r"|(?<=[A-Za-z])\.(?=[a-z]{2,}\b)"  # "an analyst at Example.com": a domain names its site
    r"|[^,.;:!?·“”\"()])"
)
_APPOSITIVE = re.compile(rf"^,? (?:(?:is|was) )?(?:(?:a|an|the) )?({_PIECE}+)((?:, {_PIECE}+)?)")
# ("of political consultancy X", "at trading firm X": what the organisation is, before its
# name; only an expert's kind says its people are experts)
_OF_ORG = re.compile(
    rf"^,? (?:of|from|at|with) (?:the )?(?:((?:[a-z][\w-]* ){{0,2}}(?:{EXPERT_KIND})) "
    rf"|(?:[a-z][\w-]* ){{0,2}}(?:{FIRM_KIND}) )?"
    rf"({ORG_PHRASE}(?:[’']s {ORG_RUN})?)(?![\w’'-])"
)
# (not the verb she is the subject of: "Jane Doe, of X, said the voter ...")
_POST_NEXT = re.compile(
    rf", (?!(?:{SAY})\b)(?:an? |the )?"
    r"((?:(?!(?:who|which|that|and|of|at|with|for|in|on)\b)[a-z][\w-]* ){0,3}"
    r"(?!(?:who|which|that|and|of|at|with|for|in|on)\b)[a-z][\w-]*)(?=[ ,.;])"
)
_HOME = re.compile(rf" at (?:the )?((?:[{UP}][\w-]*[’']s )?{ORG_RUN})(?![\w’'-])")
# the end of one person's organisation: the next person, with an organisation of their own
_PERSON_NEXT = re.compile(rf" and (?={ORG_RUN} from (?:the )?[A-Z])")
_CUT_AT_TITLE = re.compile(
    r"\b(?:of|book|novel|memoir|film|documentary|study|report|titled|entitled) ?[“\"‘]$"
)  # "Assistant Professor of X" after a name is a post
# (with the auxiliary of a description left open: "Jane Doe, professor at X has warned")
# (and "quoted X, analyst at Y as saying": "as" is no part of the name)
# ("Ifo's head of forecasts": after "of" or "the" the word is a noun, no verb)
_SAY_WORD = re.compile(
    rf"(?<!\bof)(?<!\bthe)(?<!\bfor)(?:\s(?:has|have|had|also|would|will|is|was|as))*"
    rf"\s(?:{SAY})\b.*$"
)
_FORMER = re.compile(FORMER, re.IGNORECASE)
# "X's head of Australian economics": a place's capital may stand inside the post
_OWNED = re.compile(rf"({ORG_RUN})[’']s ([a-z][\w-]*(?: [\w-]+){{0,5}} [a-z][\w-]*|[a-z][\w-]*)")
# ... and in capitals: "Jane Doe, Example’s Chief China Economist, said" (a place may stand
# inside the title, as in lower case), perhaps with the field it is held in ("Example’s Senior
# Vice President of Energy Research")
_OWNED_TITLE = re.compile(  # (owner, post: its title, then the field it is over)
    rf"({ORG_RUN})[’']s (((?:[{UP}][\w-]* ){{0,3}}[{UP}][\w-]*)"
    rf"(?: (?:of|for) ((?:[{UP}][\w-]* ){{0,3}}[{UP}][\w-]*))?)"
)
_NOW_AT = re.compile(
    r"\bwho (?:now |currently )?(?:leads|heads|runs|directs|chairs|works (?:at|for)"
    rf"|is (?:now )?(?:at|with)) (?:the )?({ORG_PHRASE})(?![\w’'-])"
)
# "a Washington-based analyst", "a Russian historian", "a Middle East analyst": capitals
# that are no organisation
_PLACE_LEAD = re.compile(rf"(?:[{UP}][\w-]*-based|(?:{PLACE_ALT})(?: (?:{PLACE_ALT}))*) [a-z]")
# "who teaches politics at X": an academic's post, told by a verb
_WHO_AT = re.compile(
    rf"^, who (?:[^,;.]{{0,60}}? and )?(teaches|lectures|researches|studies|works|worked|led"
    rf"|leads|conducted|is based|co-?authored|authored)( [^,;.]{{0,60}}?)? at (?:the )?"
    rf"({ORG_PHRASE})(?![\w’'-])"
)
# "analyst X, who covers the company for Y": the firm an analyst follows a company for
_WHO_FOR = re.compile(
    r"^, who (?:covers|covered|follows|followed|tracks|tracked|rates|rated)(?: [^,;.]{0,60}?)?"
    rf" for (?:the )?({ORG_PHRASE})(?![\w’'-])"
)
# "Jane Doe is the lead author of a study, from the University of X": where the post is held
_FROM_BODY = re.compile(rf", (?:from|at) (?:the )?{ORG_RUN}$")
_STUDY = re.compile(r"\b(?:study|studies|research|paper|report|trial|survey|analysis)\b")


# "Jane Doe, M.D., is a professor", "Jane Doe, MBBS, MPH, PhD, a fellow": degrees, not a post
DEGREES = re.compile(
    r"^(?:,? (?:M\.?D|Ph\.?D|D\.?Phil|M\.?P\.?H|Dr\.?P\.?H|D\.?O|R\.?N|M\.?B\.?A|FRCPC?|MBBS"
    r"|MB\.?Ch\.?B|M\.?Sc|B\.?Sc|D\.?Sc|M\.?Phil|FACP|Pharm\.?D|DVM)\.?)+(?=,? )"
)


# "Jane Doe who is the Professor of X at Y pointed to ...", "Doe who served as Director of
# X (XI) told ...": a clause with no comma to close it ends with its organisation's name
_WHO_POST = re.compile(
    rf"^,? who (is|serves as|served) (?:now |currently )?(?:as )?(?:an? |the )?"
    rf"([^,.;:!?“”\"()]*? (?:at|of|with|from) (?:the )?{ORG_RUN})"
    rf"(?= (?!(?:at|of|in|with|from|for|and|on)\b)[a-z]| \(|[,.;:])"
)


# "Jane Doe, also from X,", "Jane Doe, now a fellow at X,": the adverb ties the description to
# the story or the time; the post or the organisation follows it
_ADVERB_OPENS = re.compile(
    r"^, (?:also|now|currently) (?=(?:an?|the) [a-z]|(?:of|from|at|with) (?:the )?[A-Z])"
)


def after_name(after: str) -> Description | None:
    """The description that follows a name, if any (an age before it is skipped)."""
    after = re.sub(r"^, \d{1,3}(?=, )", "", after)
    bracket = re.match(r" \(([a-z][^()]{2,100})\)", after)
    if bracket and has_post(bracket.group(1)):
        # "Jane Doe (professor of economics, Example College) explained": the description
        # in brackets, as a table of speakers writes it, is the one between commas
        return after_name(f", {bracket.group(1)}")
    after = DEGREES.sub("", after)
    who = _WHO_POST.match(after)
    if who:  # as the same clause between commas; a post once served is a former one
        former = "former " if who.group(1) == "served" else ""
        after = f", {former}{who.group(2)},{after[who.end():]}"
    after = re.sub(r"^, who is (?:now |currently )?(?=(?:an? |the )?[a-z]|the [A-Z])", ", ", after)
    after = _ADVERB_OPENS.sub(", ", after)
    org = _OF_ORG.match(after)
    # "from X Group and Jane Doe from Y": X Group is his, Y hers
    other = org and _PERSON_NEXT.search(after, org.start(2))
    if other and other.start() < org.end(2):
        org = _OF_ORG.match(after[: other.start()])
    elif org and (cut := _without_next_person(org.group(2), after[org.end(2):])) != org.group(2):
        org = _OF_ORG.match(after[: org.start(2) + len(cut)])
    if org and names_something(org.group(2)):
        # "of the X Institute at Britain’s Y College": the institute's home is named too
        home = _HOME.match(after, org.end())
        named = home and is_org_name(home.group(1))
        # "Jane Doe of X University, a scientist who studies Y,": her post after it
        post = None if named else _POST_NEXT.match(after, org.end())
        role = post.group(1) if post and has_post(post.group(1)) else None
        found = describe(role, org.group(2) + (home.group() if named else ""))
        return replace(found, expert_kind=True) if org.group(1) else found
    who = _WHO_AT.match(after)
    if who and names_something(who.group(3)):
        verb = who.group(1)
        teaches = verb in ("teaches", "lectures", "researches")
        studied = _STUDY.search(who.group(2) or "") and not verb.startswith(("work", "is"))
        return describe(None, who.group(3), "lecturer" if teaches else
                        "researcher" if studied else "")
    covers = _WHO_FOR.match(after)
    if covers and names_something(covers.group(1)):
        return describe(None, covers.group(1), "analyst")
    if after.startswith(", who"):  # "who runs X, a consultancy": the clause places her
        return placed_description(after, "", None, "")
    if not after.startswith((", ", " is ", " was ")):
        return None
    copula = re.match(r" (?:is|was) ([\w-]+)", after)
    if copula and not (copula.group(1)[:1].isupper() or has_post(copula.group(1))
                       or copula.group(1).lower() in _PREDICATE):
        # "Doe was in conversation with X": a clause about her, not what she is
        return None
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    full = match.group(1)
    text = _RELATIVE.split(_SAY_WORD.sub("", full), maxsplit=1)[0].strip()
    if not text or not (has_post(text) or text[:1].isupper()) or _next_named(text):
        return None
    now = _NOW_AT.search(full)
    owned = _OWNED.fullmatch(text) or _owned_title(text)
    if owned and has_post(owned.group(2)):
        # "the Bank's chief economist"; a former post's organisation is no affiliation.
        former = _FORMER.match(owned.group(2))
        affiliation = now.group(1) if now else None if former else owned.group(1)
        return describe(owned.group(2), affiliation, full)
    segment = match.group(2)
    text = _without_next_person(text, after[match.end(1):])
    if text[:1].isupper() and not _PLACE_LEAD.match(text):
        org = _SAY_WORD.sub("", segment[2:]).strip()
        # "Jane Doe, Director, Example Institute of X said", "..., Chief Economist, Example
        # Ratings, expected": a post in capitals, then a name that is no place's
        if (title_only(text) or joined_title(text)) and names_something(org) and (
            re.fullmatch(ORG_RUN, org)
        ):
            return describe(text, org)
        return hierarchy(capitalised(text), text, full, after, match.end(1))
    if not (segment[2:3].isupper() or _FROM_BODY.match(segment)) or _SAY_WORD.search(segment) or (
        _RELATIVE.search(full)  # a comma piece after a relative clause goes on with it
    ):
        segment = ""
    role, affiliation = split_description(text + segment)
    if affiliation is None and (
        found := placed_description(after[match.start(1):], text, role, full)
    ):
        return found
    if affiliation is None and now and _FORMER.match(role):
        affiliation = now.group(1)
    if _CUT_AT_TITLE.search(after[: match.end(1) + 1]) and not (
        # "a professor at X and author of “...”": the title ends a second task, not the post
        affiliation and re.search(rf"{re.escape(affiliation)} and (?:an? |the )?[a-z][^,]*$",
                                  text)
    ):
        # "author of the new book “...”": the words stop at a title, so they are no post
        # to quote as a role; a later description gives it.
        return Description(nouns=describe(role, None, full).nouns)
    found = hierarchy(describe(role, affiliation, full), text, full, after, match.end(1))
    return glossed_expert(bracketed(found, text, after, match.end(1)), after)


_RELATIVE = re.compile(r" (?:who|which|that|whose)\b")


def _owned_title(text: str) -> re.Match[str] | None:
    """ "Example’s Chief China Economist": an owner, then an expert's post in capitals alone
    (a country's "President" is read as a title of office, where the name's run is), or an
    office's title over a field of study ("Example’s Vice President of Energy Research")."""
    owned = _OWNED_TITLE.fullmatch(text)
    if owned is None:
        return None
    post, field = owned.group(3), owned.group(4)
    kinds = [word_class(t) for t in post.split()]
    if not (kinds and kinds[-1] == "title" and all(
        k in ("title", "title-part", "place") for k in kinds
    )):
        return None
    # an office's title over a field of study is a post of study ("Head of Research", "Vice
    # President of Energy Research"); over anything else it runs the firm
    studied = field_office(owned.group(2)) or HEADS_RESEARCH.search(owned.group(2))
    return owned if (post.split()[-1].lower() in EXPERT_NOUNS and not field) or (
        field and studied) else None


def _next_named(text: str) -> bool:
    """ "Jane Doe, senior fellow at X Research John Roe, and ...": the words after her name
    run into the next person's, an organisation's then a full name, in a list of people;
    they are his description, not hers."""
    last = runs(text)[-1:] if text else ()
    return bool(last) and last[0].end == len(text) and len(last[0].name) >= 2 and bool(
        last[0].prefix
    ) and is_org_name(last[0].org or "")


# " and Arthur Doe" closing a description: a full name of two or three words
_AND_NAMED = re.compile(rf" and ((?:[{UP}][\w.’'-]* ){{1,2}}[{UP}][\w’'-]+)$")


def _without_next_person(text: str, rest: str) -> str:
    """ "professor A at X and B, professor and chair of Y": the list's next name, given a
    post of his own after it, ends the first one's organisation ("X", not "X and B")."""
    named = _AND_NAMED.search(text)
    if not named or not all(
        word_class(t) in ("name", "initial") for t in named.group(1).split()
    ):
        return text
    post = re.match(r", (?:an? |the )?([a-z][\w-]*(?: [\w-]+){0,6})", rest)
    return text[: named.start()] if post and has_post(post.group(1)) else text


# what "Jane Doe is ..." / "was ..." may go on with to say what she is
_PREDICATE = words("a an the one now currently also") | ROLE_MODIFIERS
