"""A post written in capitals after a name, between commas: "Jane Doe, Assistant Professor
of Y at X University,", "Jane Doe, Director, Example Institute,", "Jane Doe, Partner in the X
Group at Y", or an organisation alone under a block quote ("– Prof Jane Doe, Example
University").

Kept apart from `appositive`, which finds the words after a name and reads the lower-case
description; capitals need their own reading, word by word, of what is a title and what
names the organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .describe import Description, describe, has_post
from .leading import role_before
from .lexicon import UP
from .names import ORG_PHRASE, ORG_RUN, is_org_name, word_class
from .posts import post_word

_TITLES = ("title", "honorific")
# "President of the X Institute of Y (XIY)": the title, then the organisation it is of
_CAPITAL_OF = re.compile(
    r"((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*) of (?:the )?([A-Z][^,]*?)(?: \([A-Z]{2,}\))?"
)
# ("Senior Fellow on X's Economic Studies program": a fellow is on a programme; "Regents'
# Professor of X at Y": a named chair's possessive is part of the title)
# ("Climatologist and Professor Emeritus at X": two posts in capitals, joined)
_CAPITAL_TITLE = re.compile(
    r"((?:[A-Z][\w’'-]* (?:and )?){0,3}[A-Z][\w-]*(?: of [^,]{1,60}?)?) (?:at|on|with) (?:the )?"
    r"(.+)"
)

# "Partner in the X Group at Y": a post in a unit, and the firm the unit is part of (the
# unit and its firm are one affiliation, as written)
_CAPITAL_IN = re.compile(
    r"((?:[A-Z][\w’'-]* ){0,3}[A-Z][\w-]*) in (?:the )?([A-Z][^,]*? at (?:the )?[A-Z][^,]*)"
)


def names_something(org: str) -> bool:
    """Words that name something, not only places and sentence openers."""
    return not all(word_class(t) in ("place", "stop") for t in org.split())


def title_only(text: str) -> bool:
    """ "Director", "Senior Fellow": a post in capitals and nothing else."""
    kinds = [word_class(t) for t in text.split()]
    if "-" in text.split()[0] and kinds[0] == "title":  # "Head-Fixed Income": a desk's head
        return all(k in ("name", "title", "title-part") for k in kinds[1:3]) and len(kinds) <= 3
    return kinds[-1] == "title" and all(k in ("title", "title-part") for k in kinds)


def _ends_in_title(head: list[str]) -> bool:
    """ "Senior Fellow", "Professor Emeritus": a title last, or a title and its rank after it."""
    kinds = [word_class(t) for t in head]
    return kinds[-1] in _TITLES or (
        len(kinds) > 1 and kinds[-1] == "title-part" and kinds[-2] in _TITLES
    )


def joined_title(text: str) -> bool:
    """ "Proprietary Index Trader and Technical Analyst": two posts in capitals joined by
    "and", the last a title; the first (no title word of ours) ends in no organisation's word."""
    first, sep, last = text.rpartition(" and ")
    kinds = [word_class(t) for t in last.split()]
    return bool(sep) and kinds[-1] == "title" and all(
        k in ("name", "title", "title-part") for k in kinds
    ) and word_class(first.split()[-1]) in ("name", "title")


_FIELD = re.compile(r" (?:of|for) [a-z][\w-]*(?: (?:and )?[a-z][\w-]*){0,2}")


def capitalised(text: str) -> Description | None:
    """ "Assistant Professor of Y at X University", "X Bank chief economist", or an
    organisation alone under a block quote ("– Prof Jane Doe, Example University")."""
    titled = _CAPITAL_TITLE.fullmatch(text) or _CAPITAL_OF.fullmatch(text) or (
        _CAPITAL_IN.fullmatch(text)
    )
    if titled and _ends_in_title(titled.group(1).split(" of ")[0].split()):
        # "Director at X and keen observer of Y": what follows "and" is the writer's
        org = re.sub(r" and (?:an? |the )?[a-z].*$", "", titled.group(2))
        if re.fullmatch(rf"(?:{ORG_RUN}[’']s )?{ORG_PHRASE}(?: at (?:the )?{ORG_PHRASE})?",
                        org) and names_something(org):
            return describe(titled.group(1), org)
    # ("X University physicist": a post named by its ending is one too)
    posts = [m.end() for m in re.finditer(r"[\w-]+", text) if post_word(m.group())]
    described = role_before(text[: posts[0]] + " ") if posts else None
    field = _FIELD.fullmatch(text, posts[0]) if posts else None
    if described and described.role and field and text[: posts[0]].endswith(described.role):
        # "X Bank head of metals": the field in lower case after the post is part of it
        described = replace(described, role=described.role + field.group())
    if described is None and is_org_name(text) and re.fullmatch(ORG_RUN, text):
        return describe(None, text)
    topic = _TOPIC_POST_AT.fullmatch(text)
    if (described is None or not described.affiliation) and topic and has_post(topic.group(1)):
        # "a COVID modeller and statistician at X University": the capitals open a post in
        # lower case (what it is about), and the organisation is the one after "at"
        return describe(topic.group(1), topic.group(2))
    return described if described and described.affiliation else None


_TOPIC_POST_AT = re.compile(rf"([{UP}][\w-]*(?: [a-z][\w-]*)+) at (?:the )?({ORG_PHRASE})")
