"""Sentences about someone the article names but does not (yet) know for a person.

"Tomas Berg, a ferry operator, disagreed. “...,” he said." -- when nothing around
"Tomas Berg" told `people` that the name is a person's, the sentence still has a
subject, and the "he" after it stands for that subject, not for whoever was named
before. Such a sentence opens with a full name (two words or more, all of them
words a name is made of) that is no organisation's or place's, then its verb or an
appositive, and the next sentence is a quote whose tag is that pronoun (a caption or a
line of narration between is no such introduction); `antecedents` reads it as a subject
it cannot name, so that the pronoun credits no one rather than the wrong person.
"""

from __future__ import annotations

import re

from ..engine.article import Kind
from .names import runs, word_class
from .reading import Unit

# right after the name: an appositive or a verb (not "and", a preposition or a possessive)
_THEN = re.compile(r"(?:, | (?!(?:and|or|of|with|to|in|on|at|for|from|by)\b)[a-z]+\b)")
_NAME_WORDS = frozenset({"name", "initial", "particle"})


# the next sentence: words in marks, then "he said" / "she added"
_PRONOUN_TAG = re.compile(
    r"\s*[“\"‘'«][^”\"’»]{1,600}?[,?!—–-][”\"’'»] (?:he|she) [a-z]+\b"
)


def strangers(unit: Unit, known: list[tuple[int, int]], following: Unit | None) -> list[int]:
    """Where sentences of the unit open with a full name no mention in `known` covers,
    right before a quote that a pronoun credits."""
    if unit.kind is not Kind.BODY:
        return []
    found = []
    for run in runs(unit.blotted, unit.written):
        start = unit.sentence_at(run.start)[0]
        if run.start != start or run.prefix or run.title or len(run.name) < 2:
            continue
        if any(word_class(token) not in _NAME_WORDS for token in run.name):
            continue
        if any(s < run.end and run.start < e for s, e in known):
            continue
        end = unit.sentence_at(run.start)[1]
        next_text = unit.text[end:] if unit.text[end:].strip() else (
            following.text if following is not None else ""
        )
        if _THEN.match(unit.blotted, run.end) and _PRONOUN_TAG.match(next_text):
            found.append(run.start)
    return found
