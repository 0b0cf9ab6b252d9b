"""A field of study written before a capitalised "Professor": "political science Professor Jane
Doe", "economics Professor John Roe".

"Professor Jane Doe" alone is an honorific, which gives no role (`people`); but the field
in front of it makes the word a post, as "political science professor" is in lower case,
and the article's words are its role. Kept apart from `titled`, which reads the run's own
capitals: this reads the lower-case words the run stands behind.
"""

from __future__ import annotations

import re

from .describe import Description
from .lexicon import DISCIPLINE
from .names import Run, bare

# the field right before the title, with an adjective of its own at most ("political
# science", "molecular biology", "computer science"); a word before it of another kind (a
# verb, "the") is no part of it
_FIELD_BEFORE = re.compile(
    rf"(?:^|(?<=[\s,;:“\"(]))((?:(?:[a-z]+(?:al|ic|ar)|computer) )?{DISCIPLINE}) $"
)
_PROFESSOR = ("Professor", "Prof")


def field_title(before: str, run: Run) -> Description | None:
    """ "political science Professor Jane Doe": the field and the title are her role."""
    if len(run.title) != 1 or bare(run.title[0]) not in _PROFESSOR or run.prefix or (
        run.org_before or len(run.name) < 2
    ):
        return None
    field = _FIELD_BEFORE.search(before)
    if field is None:
        return None
    role = f"{field.group(1)} {run.title[0]}"
    return Description(role, None, False, frozenset({"professor"}))
