"""Where a clause after a name places its bearer, when it is not the "POST at X" that the
description readers split: "who runs X, a political risk advisory firm", "a marine
ecologist who tracks the trade at X, a consultancy in Y", "director of housing research,
for X, a real estate research firm", "a climate scientist who is president of the X Center
in Y, Z".

Why: writers often give the person's organisation in a relative clause or in a comma
phrase of its own, and often by a name that holds no organisation's word ("X Foresight",
"X Biologic"); what tells the reader it is an organisation is the writer's gloss right
after it ("X, a consultancy"). That gloss is read as the writer's word that the name is
an organisation's, and the kind it gives says whether its people comment as experts (a
research firm's) or speak for it (a company's head). Kept apart from `appositive`, which
reads the description between the commas; this reads the clause that goes on after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .describe import Description, describe
from .lexicon import EXPERT_KIND, FIRM_KIND, SAY
from .names import ORG_RUN, is_org_name
from .posts import POST


@dataclass(frozen=True)
class Placement:
    """An organisation a clause places a person at, and what the clause says of the tie."""

    org: str
    at: int  # where the words that place the person start ("at X, a consultancy")
    expert_kind: bool  # the writer's gloss calls it a kind whose people comment as experts
    heads: bool  # the clause says the person runs it ("who runs X", "who founded X")


# the clause ends with its sentence or the speech verb the person is the subject of
_CLAUSE_END = re.compile(rf"(?<![\w’'-])(?:{SAY})(?![\w’'-])|[.;:!?](?= |$)(?<!\b[A-Z]\.)")
_PLACING = re.compile(
    r"(?<![\w’'-])(?:(?:at|for|with|from)|(runs|ran|heads|headed|leads|led|directs|founded"
    rf"|co-founded|manages|chairs)) (?:the )?((?:\d+ )?{ORG_RUN})(?![\w’'-])"
)  # (a name that opens with a number, "at 14 X Strategies", is vouched for by the gloss)
# the verb of a relative clause before a preposition that places its subject at work
_WHO = re.compile(r"\bwho (?:[a-z]+ly )?([a-z]+)")
_WORKS = re.compile(
    r"(?:works?|worked|tracks|tracked|covers|covered|follows|followed|studies|studied"
    r"|researches|researched|teaches|taught|lectures|consults|is|was|serves|served)$"
)
_KIND = rf"(?:{EXPERT_KIND}|{FIRM_KIND})"
# "X, a consultancy", "X, a political risk advisory firm in Y": what X is, after its name
_GLOSS = re.compile(rf", an? (?:[\w-]+ ){{0,4}}?({_KIND})(?![\w-])")
# "who is president of the X Center": a post in a relative clause, held at a body named
# as one (a name without an organisation's word is read only when glossed)
_WHO_HOLDS = re.compile(
    r"(?:^|(?<=[\w,]) )who (?:is|serves as) (?:now |currently )?(?:an? |the )?"
    rf"((?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) (?:of|at|with) (?:the )?({ORG_RUN})(?![\w’'-])"
)


def clause_of(after: str) -> str:
    """The words after a description, up to the end of their clause."""
    end = _CLAUSE_END.search(after)
    return after[: end.start()] if end else after


def placed_in(after: str) -> Placement | None:
    """The organisation the clause opening `after` places the person at, if the writer
    glosses what it is, or a relative clause names the post held there."""
    clause = clause_of(after)
    for found in _PLACING.finditer(clause):
        gloss = _GLOSS.match(clause, found.end(2))
        relative = _WHO.search(clause, 0, found.start())
        if relative and not found.group(1) and not _WORKS.match(relative.group(1)):
            continue  # "who sued X, a firm": a clause on something she did, not her work
        if gloss:
            expert = bool(re.fullmatch(EXPERT_KIND, gloss.group(1)))
            return Placement(found.group(2), found.start(), expert, bool(found.group(1)))
    holds = _WHO_HOLDS.search(clause)
    if holds and set(holds.group(1).split()) & POST and is_org_name(holds.group(2)):
        return Placement(holds.group(2), holds.start(), False, False)
    return None


def placed_description(description: str, post: str, role: str | None,
                       full: str) -> Description | None:
    """The post with the organisation the clause that opens with it (`description`, the
    post's own words `post` first) places the person at: a research firm's head comments
    as an expert, a company's speaks for it. Words that place the person inside the post
    ("director of X programs at 14 Y Strategies, a consultancy") are no part of the role."""
    placement = placed_in(description)
    if placement is None:
        return None
    if role and placement.at < len(post):
        role = post[: placement.at].strip() or None
    boss = "executive" if placement.heads and not placement.expert_kind else ""
    found = describe(role, placement.org, f"{full} {boss}")
    return replace(found, expert_kind=placement.expert_kind)


def glossed_expert(found: Description | None, after: str) -> Description | None:
    """The description, known to be of an expert organisation's people when the words
    after it gloss its organisation as one ("director at X, a consultancy")."""
    if found is None or not found.affiliation or found.expert_kind:
        return found
    end = after.find(found.affiliation)
    gloss = _GLOSS.match(after, end + len(found.affiliation)) if end >= 0 else None
    if gloss and re.fullmatch(EXPERT_KIND, gloss.group(1)):
        return replace(found, expert_kind=True)
    return found
