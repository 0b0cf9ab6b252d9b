"""Lines a stored copy broke in mid-sentence, read as the one paragraph they are.

Some copies reach us with a hard line break wherever the source's column ended, and every
stored line became a paragraph of the file. A sentence, an attribution or a quote then
runs over a paragraph break: read apart, a quote after the break is cut off from the
speaker named before it ("said Jane Doe, || of Example Union. “...”"), and a quote over
the break falls into pieces that each look like a quote of their own ("Doe said.“We ||
will ...,” she said."). Edited copy never opens a paragraph in lower case, nor ends one on
a bare word or a comma, so the two together say the break is a line's, not the writer's.

A quote whose last words close on a comma inside the mark ("“...,”") is a sentence that
goes on to its credit; when the copy breaks it there, the credit stands alone as the next
paragraph ("said Jane Doe.", or "Doe explained." with the name first): the two are one
sentence, and the quote is the credit's.
"""

from __future__ import annotations

import re

from ..engine.article import Kind, Paragraph
from .speechwords import SAY

# the paragraph stops on a word or a comma: no stop, no colon, no closing mark or bracket
_OPEN_END = re.compile(r"[\w,]$")
# the next opens on a lower-case word: the sentence goes on
_GOES_ON = re.compile(r"^[a-z]")
# a quote that stops on a comma inside its closing mark: its credit is still to come
_QUOTE_GOES_ON = re.compile(r",[”\"’']$")
# ... and a credit and nothing else: a few words that end on a speech verb ("Doe explained.",
# "She added.", "The professor said.")
_BARE_CREDIT = re.compile(rf"^[A-Z][\w’'.-]*(?: [\w’'.-]+){{0,3}} (?:{SAY})[.!]$")


def broken_line(before: str, last: Paragraph, after: str, paragraph: Paragraph) -> bool:
    """Whether `paragraph` (its text `after`) goes on with the sentence that `last` (the
    text `before`) left open. Only the very next block of the file: an advertisement's
    slot between is a cut the copy made on purpose, and its pieces stay apart."""
    if not (
        last.kind is Kind.BODY and paragraph.kind is Kind.BODY
        and last.index + 1 == paragraph.index
    ):
        return False
    if _QUOTE_GOES_ON.search(before):  # "“...,”" then "said Doe." or "Doe explained."
        return bool(_GOES_ON.match(after) or _BARE_CREDIT.match(after))
    return bool(_OPEN_END.search(before)) and bool(_GOES_ON.match(after))
