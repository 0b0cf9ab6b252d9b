"""Posts held in a field of study: what makes a post an expert's whatever noun heads it.

"director of research at X", "the department of economics", "head of petroleum analysis":
the field is research, so the holder studies what the story is about. The same holds
when an office's noun heads the post ("vice president of data and analytics at X",
"general manager of the investment research department", "political science chairman"):
the office is over a desk of research or a department of a discipline, not over the body,
and its holder is cited for what the desk knows, not to speak for the body.

Kept apart from `describe`, which reads what a whole description says of a person; this
reads only the field a post names.
"""

from __future__ import annotations

import re

from .lexicon import DISCIPLINE

# a post in research ("director of research at X", "head of strategy")
RESEARCH = re.compile(r"\b(?:research|strategy|economics|analysis|forecasting)\b", re.I)
# "X's physics department", "the department of economics": a discipline's department
ACADEMIC = re.compile(
    rf"\b{DISCIPLINE} (?:department|faculty)\b|\b(?:department|faculty) of {DISCIPLINE}\b"
)
# (and "director for nonproliferation policy": a line of policy analysis, not the body's head)
HEADS_RESEARCH = re.compile(
    r"\b(?:head|director|chief) of (?:[\w-]+ )?research\b|\bresearch (?:head|director)\b"
    r"|\b(?:head|director) (?:of|for) (?:[a-z][\w-]* ){1,2}policy\b", re.I
)
# An office's noun over a desk of study: "vice president of data and analytics",
# "general manager of the investment research department"; a discipline's chair
# ("political science chairman"). Not a minister or a secretary: "Minister of Research"
# holds office whatever the field.
_FIELD_OFFICE = re.compile(
    r"\b(?:(?:vice[- ])?president|manager|chair(?:man|woman)?|officer) (?:of|for) (?:the )?"
    r"(?:[a-z][\w-]* (?:and )?){0,3}?"
    r"(?:research|data|analytics|insights|intelligence|economics|analysis|forecasting)\b"
    rf"|^(?:[a-z]+ )?{DISCIPLINE} (?:department )?(?:chair(?:man|woman)?|head)$",
    re.IGNORECASE,
)


def field_office(role: str | None) -> bool:
    """An office's noun heads the post, but over a desk of research or a discipline."""
    return bool(_FIELD_OFFICE.search(role or ""))


# "leader of the experimental virology group", "head of the X lab", "project lead": the
# post is over a unit of work, not over the body the unit belongs to
_UNIT_LEAD = re.compile(
    r"\b(?:leader|head|lead|chief) of (?:the |an? |its |their )?(?:[\w-]+ ){0,5}?"
    r"(?:group|team|lab|laboratory|unit|project)s?\b"
    r"|\b(?:group|team|lab|laboratory|unit|project) (?:leader|lead|head)\b",
    re.IGNORECASE,
)


def leads_research_unit(role: str | None, at_expert_body: bool) -> bool:
    """The leader of a group, a team, a lab or a project at a university or an institute:
    scientists are organised in such units, and their leaders are cited for what the unit
    studies, not to speak for the body (a party's "group leader" at a parliament is not:
    `at_expert_body` says the body is one whose people comment as experts)."""
    return at_expert_body and bool(_UNIT_LEAD.search(role or ""))
