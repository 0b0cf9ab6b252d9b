"""Lines a stored copy broke in mid-sentence, read as the one paragraph they are.

Some copies reach us with a hard line break wherever the source's column ended, and every
stored line became a paragraph of the file. A sentence, an attribution or a quote then
runs over a paragraph break: read apart, a quote after the break is cut off from the
speaker named before it ("said Jane Doe, || of Example Union. “...”"), and a quote over
the break falls into pieces that each look like a quote of their own ("Doe said.“We ||
will ...,” she said."). Edited copy never opens a paragraph in lower case, nor ends one on
a bare word or a comma, so the two together say the break is a line's, not the writer's.
"""

from __future__ import annotations

import re

from ..engine.article import Kind, Paragraph

# the paragraph stops on a word or a comma: no stop, no colon, no closing mark or bracket
_OPEN_END = re.compile(r"[\w,]$")
# the next opens on a lower-case word: the sentence goes on
_GOES_ON = re.compile(r"^[a-z]")


def broken_line(before: str, last: Paragraph, after: str, paragraph: Paragraph) -> bool:
    """Whether `paragraph` (its text `after`) goes on with the sentence that `last` (the
    text `before`) left open. Only the very next block of the file: an advertisement's
    slot between is a cut the copy made on purpose, and its pieces stay apart."""
    return (
        last.kind is Kind.BODY and paragraph.kind is Kind.BODY
        and last.index + 1 == paragraph.index
        and bool(_OPEN_END.search(before)) and bool(_GOES_ON.match(after))
    )
