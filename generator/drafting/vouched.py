"""Whether the evidence that a capitalised run names a person holds up.

Some evidence is weak on its own. An owner before a run ("Example's Jane Doe") is how
copy names an analyst by her firm, but also how it names a product or a page's section
("TipRanks' Smart Investor Picks", "Google's Tensor Processing Units (TPUs)", "Doe's Part
Two report"); and a body line in headline case with no full stop ("Example Analyst Backs
Widget's Lead") is a sub-heading, whose capitals are no more evidence than a headline's.

Kept apart from `people`, which decides who is a person from the sightings; this only
says which sightings it should not take at their word, from the text around them.
"""

from __future__ import annotations

import re

from ..engine.article import Kind
from .describe import expert_plural
from .lexicon import BODY_GLOSS, SAY, words
from .reading import Unit
from .sightings import Sighting

_SMALL_WORDS = words("a an the of for and or nor but to in on at by with as from vs via up")


def headline_case(text: str) -> bool:
    """Every word capitalised but the small ones: no lower-case word tells a post apart."""
    lower = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if w[0].islower()]
    return len([w for w in lower if w not in _SMALL_WORDS]) < 2


def written_lower(sighting: Sighting, units: list[Unit]) -> bool:
    """ "Example's Analyst Warns of Broader Contagion" over "a serious risk of broader
    contagion": words the article also writes in lower case are its own phrase, which a
    line in headline case capitalised; no one's name is written so."""
    if len(sighting.tokens) < 2:
        return False
    phrase = re.compile(rf"(?<![\w’'-]){re.escape(' '.join(sighting.tokens).lower())}(?![\w-])")
    return any(phrase.search(unit.text) for unit in units)


def heading_line(unit: Unit) -> bool:
    """ "Example Analyst Backs Widget's Lead": a short body line or section heading in
    headline case, with no comma (a credit line "Jane Doe, Chief Economist, X" has them)
    and no closing stop."""
    text = unit.blotted.strip()
    return (
        unit.kind in (Kind.BODY, Kind.HEADING) and 2 < len(text.split()) <= 12
        and "," not in text
        and not re.search(r"[.!?:;”\"’)·]$", text) and headline_case(text)
    )


# what follows a person named by her firm: a verb she is the subject of, or a clause on her
_SUBJECT_AFTER = re.compile(
    rf"^(?:,? who\b|, (?:an?|the) [a-z]|(?: (?:still|also|now|later|then|has|had|[a-z]+ly))*"
    rf" (?:{SAY}|[a-z]+(?:s|ed)|is|was|will|would|did|does|can|could|sees|saw)(?![\w’'-]))"
)
# "said Example Economics’ Jane Doe", "according to X Centre's Jane Doe": the one who speaks
_SAY_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:{SAY}|[Aa]ccording to)(?: to| by)? (?:the )?(?:[^ ,.;:]+ ){{0,5}}"
    rf"[^ ,.;:]+ $"
)


def owner_only(group: list[Sighting]) -> bool:
    """Every description of the run is an owner before it, with no post and no title."""
    return bool(group) and all(
        s.description is not None and s.ahead and not s.honorific and not s.inverted
        and s.description.affiliation is not None and not s.description.role
        and not s.description.nouns and not s.description.official
        for s in group
    )


def plural_only(group: list[Sighting]) -> bool:
    """Every description of the run is a plural post before it ("climate scientists")."""
    return bool(group) and all(
        s.description is not None and s.ahead and not s.honorific and not s.inverted
        and expert_plural((s.description.role or "").split(" ")[-1]) for s in group
    )


# the other of a pair after the name: ", MD, and Jane Doe", " and John Roe"
_PAIR_AFTER = re.compile(r"^(?:, [A-Z][\w.]*)*,? (?:and|&) [A-Z]")


def paired(sighting: Sighting, units: list[Unit]) -> bool:
    """A plural post names people only as a pair or more ("scientists Jane Doe and John
    Roe"); before one name it says what a firm is ("analysts Example Insight expect")."""
    unit, end = units[sighting.where[0]], sighting.end
    return bool(_PAIR_AFTER.match(unit.blotted[end : end + 40])) or (
        unit.blotted[: sighting.where[1]].endswith((" and ", " & "))
    )


def vouched(sighting: Sighting, units: list[Unit]) -> bool:
    """An owner-only run names a person when it is the subject of a verb or a clause, is
    spoken by one, or its last name is written again elsewhere (a re-mention)."""
    unit, end = units[sighting.where[0]], sighting.end
    if unit.blotted[end : end + 2] in ("’s", "'s"):
        return True  # "Example's Jane Doe's forecast": a person's, as a thing's seldom is
    if _SUBJECT_AFTER.match(unit.blotted[end : end + 60]):
        return True
    if _SAY_BEFORE.search(unit.blotted[max(0, sighting.where[1] - 60) : sighting.where[1]]):
        return True
    last = re.compile(rf"(?<![\w’'-]){re.escape(sighting.tokens[-1])}(?![\w-])")
    return sum(len(last.findall(u.blotted)) for u in units) > 1


# ", a California-based research firm,", ", a nonprofit think tank that ...": what a body is,
# said right after its name and closed there (", a fund manager" names a person)
_BODY_GLOSS_AFTER = re.compile(
    rf"^, (?:an?|the) {BODY_GLOSS}(?=[,.;:]| (?:that|which|based|whose|founded|in|with)\b)"
)


def glossed_body(sighting: Sighting, units: list[Unit]) -> bool:
    """ "at Doe Gaming, a research firm, told": the writer says what the name is, a firm,
    and no person is one; the verb after the gloss is the sentence's subject's."""
    unit, end = units[sighting.where[0]], sighting.end
    return bool(_BODY_GLOSS_AFTER.match(unit.blotted[end : end + 80]))
