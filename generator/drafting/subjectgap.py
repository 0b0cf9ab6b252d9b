"""What may stand between a person and the speech verb she is the subject of.

News copy puts her description, a time or an adverb there ("Jane Doe, a fellow at X, on
Friday said"), and is careless with the appositive's commas: the closing one is often
left out ("Jane Doe, professor at X has warned", "Jane Doe, a physician with Example
Clinic in Tide City told"), and two or three pieces of description come in a row ("Jane
Doe, Polish economist, head of research at X, said"). Health and science copy puts her
degrees first ("Jane Doe, MD, a pediatrician in Tide County, Ore., said"), and US copy gives
a town with its state, a comma between them, inside the appositive. Split from `subjects`,
which decides which mention is the subject, because reading the gap is its own job.
"""

from __future__ import annotations

import re

from .appositive import DEGREES
from .describe import has_post
from .lexicon import BETWEEN_SUBJECT_AND_VERB, BODY_GLOSS, DAYS, words_in

# ", a pediatrician in Tide County, Ore.,": one appositive, its place's state after a comma
_PARENTHETICAL = re.compile(
    r"^,(?:[^,]{1,160} in [A-Z][^,]{0,40}, [A-Z][\w.]*(?: [A-Z][\w.]*)?|[^,]{1,160}),"
)
# "The professor who founded the app said": a clause that tells which one
_RELATIVE = re.compile(r"^ who (?!(?:is|was|are|were)\b)[^,;.·“”\"]{1,80} $")
# "Jane Doe, professor at X has warned": an appositive whose closing comma was left out
_OPEN_APPOSITIVE = re.compile(r"^, [^,;.·“”\"]{1,160}?(?= (?:has|have|had) $)")
_GAP_OK = BETWEEN_SUBJECT_AND_VERB | {w.lower() for w in DAYS}
# "Jane Doe, a sleep physician with Example Clinic in Tide City told": her post at an
# organisation, the closing comma left out, whether or not the organisation's capitals
# were read as one (a name with no organisation's word in it is not)
_OPEN_POST_AT_ORG = re.compile(
    r", (?:an? |the )?([A-Za-z][^,;.·“”\"()]{0,80}?) (?:of|from|at|with|for) (?:the )?"
    r"[A-Z][^,;.·“”\"()]{0,60} "
)
# "Jane Doe, Polish economist, head of research at X, said": pieces of description in a row
_STACKED = re.compile(r", ([^,;·“”\"()]{1,120}(?:, [^,;·“”\"()]{1,120}){1,2}), ?")
# "..., a fellow at Example Institute, a think tank based in Tide City, said": after her post
# at an organisation, what the organisation is (and where), the writer's gloss of it
_ORG_GLOSS = re.compile(
    rf"(?:an? |the )?{BODY_GLOSS}(?: (?:based |headquartered )?(?:in|near|outside) "
    rf"[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,3}})?"
)
_NAME_PIECE = re.compile(r"(?:the )?[A-Z][\w&.-]*(?: (?:of|for|and|the|&|[A-Z][\w&.-]*))*")


def gap_ok(gap: str) -> bool:
    """Only an appositive, a time or an adverb between a subject and its verb."""
    gap = DEGREES.sub("", gap)  # "Jane Doe, MD, PhD, a fellow at X, said"
    gap = _PARENTHETICAL.sub("", re.sub(r"^, \d{1,3}(?=, [^,]{1,160},)", "", gap))
    gap = _RELATIVE.sub(" ", _OPEN_APPOSITIVE.sub("", gap))
    if "," in gap or ";" in gap or "." in gap.replace("(", "").strip(" ()"):
        return False
    tokens = words_in(gap)
    return len(tokens) <= 6 and all(
        w.lower() in _GAP_OK or w.endswith("ly") or w.isdigit() or w[:-2].isdigit()
        for w in tokens
    )


def open_post_at_org(gap: str) -> bool:
    """Her post at an organisation, the appositive left open before the verb."""
    match = _OPEN_POST_AT_ORG.fullmatch(gap)
    return match is not None and has_post(match.group(1))


def stacked_posts(gap: str) -> bool:
    """Each piece a post ("head of the agency’s research group") or a name ("Example
    Bank"): a clause ("died on Tuesday", "the council said") ends the description."""
    match = _STACKED.fullmatch(gap)
    if match is None:
        return False
    pieces = match.group(1).split(", ")
    return all(
        has_post(piece) or _NAME_PIECE.fullmatch(piece) is not None
        or (n > 0 and has_post(pieces[0]) and _ORG_GLOSS.fullmatch(piece) is not None)
        for n, piece in enumerate(pieces)
    )
