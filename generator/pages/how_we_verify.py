"""The page every verified mark links to: what "verified" means here, and how to check it."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.insertions import MAX_REPLACED_WORDS
from ..engine.passages import OMISSION_MAX_WORDS
from ..engine.quote_marks import MAX_INSERTION_WORDS
from .blocks import page
from .kinds import Page, Site
from .routes import HOW_WE_VERIFY

BODY = f"""\
# How we verify

Every quote and every piece of evidence on this site carries a mark. **✓ verified
in ¶N** means that we checked the words against the text of the article they
come from, and found them there as this page describes. **unverified** means
the article's text is not on file, so nothing was checked: read those words as
the briefing's, and check them in the original.

## What "verified" means

- **The words are in the article.** The quote is compared with the article's
  text after ignoring only what typography changes: curly or straight quote
  marks, the style of a dash, white space and letter case. At the two ends, only
  quote marks and the punctuation `. , ; :` may differ; a question mark, an
  exclamation mark, a sign, a currency or a percent sign must be there as the
  article printed it.
- **They are the article's own words.** Photo captions and credits, editor's
  notes, newsletter sign-ups, datelines, bylines and "More from" blocks are not
  the article's text. Words found only there are refused.
- **Their meaning is unaltered.** A cut is marked `...` and joins parts of one
  passage only: each part at least two words, in order, in the same paragraph
  or the next, at most {OMISSION_MAX_WORDS} words apart. Words in `[square
  brackets]` are the editor's: they stand alone as words, add at most
  {MAX_INSERTION_WORDS} words or stand for at most {MAX_REPLACED_WORDS} of the
  article's words at that place, never add a negation and never put one
  person's name where the article has another's. A name may stand for "he" or
  "she", and a capital for its country; the page then says what the brackets
  replace.
- **The article credits them to that person.** We also read who the article
  says spoke the words. Where the article does not name the speaker at that
  point and the editor identified them from the context, the page says
  "attribution inferred by the editor".

## Checking for yourself

**¶N** counts the paragraphs of the article's body as you read them on its
page: the headline, captions, notes and bylines are not counted. Where we know
the article's address, **read it in the article** opens the original page at
that passage, highlighted, in browsers that support text fragments (Chrome,
Edge and Safari); in others it opens the page at the top.

## What we do not claim

A verified quote was said, or written, as the article reports it. We do not
rate whether a claim is true. A date shown as "about ..." was inferred from the
article's wording, and a title marked "title by the editor" is our own
description, not the article's headline.\
"""


def pages(site: Site) -> Iterator[Page]:
    source = "generator/pages/how_we_verify.py"
    yield Page(HOW_WE_VERIFY, HOW_WE_VERIFY.path(), lambda: page("How we verify", source, [BODY]))
