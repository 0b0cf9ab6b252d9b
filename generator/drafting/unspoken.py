"""Words in quote marks that nobody said: a term, the title of a work, a nickname.

News copy puts marks around more than speech: "so-called “...”", a book or a
show ("her book, “After the Storm,”", "told Example TV’s “Money Hour.”"), a
nickname inside a name ("Juan “Kiko” R. Reyes"). Such marks credit no one,
and the speaker chain runs on past them.
"""

from __future__ import annotations

import re

from ..engine.article import Kind
from .lexicon import OUTLET_OWNS, TERM, WORK, WORK_AFTER, words, words_in
from .quotes import Span
from .reading import Unit

_MAKER = re.compile(r",? by (?:the )?[A-Z]")
_NICKNAME = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")


def unspoken(unit: Unit, window: str, span: Span, doubled: bool = False,
             called: bool = False) -> bool:
    """Whether the marked `span` is a term, a title or a nickname; `window`: the words of
    its sentence before it; `doubled`: the article quotes speech in double marks; `called`:
    a person "called" it what the marks hold (`naming`), her words unless a title or a
    name."""
    term = TERM.search(window)
    if term and called and re.match(r"called it\b", term.group()):
        term = None  # "Doe called it an “extreme loss.”": her word for it
    return bool(
        term
        or (doubled and not called and _single_term(unit, span))
        or (_work(unit, window, span) and _title_case(span.text))
        or _nickname(unit.blotted, span)
        or _rating(unit.blotted, window, span)
        or (not called and _modifier(unit.blotted, window, span))
        or _named(unit, window, span)
    )


# "rates the stock at “Outperform”", "cut it to “Sell” from “Hold”", "a “Buy” rating"
_RATED = re.compile(
    r"(?i:\brat(?:e|es|ed|ing|ings)\b[^.;:!?·]{0,60}?\b(?:at|to|as|of|remained|remains)"
    r"|\b(?:up|down)grad(?:e|es|ed|ing)\b[^.;:!?·]{0,60}?\b(?:to|from))\s*$"
)
_RATING_AFTER = re.compile(r",?[”\"’']?\s*(?:rating|recommendation)s?\b")


def _rating(text: str, window: str, span: Span) -> bool:
    """A broker's rating in marks ("Underperform", "Sector Perform", "Buy"): the name of a
    grade, a word or three in capitals, after "rate ... at" or before "rating"."""
    grade = words_in(span.text)
    graded = 1 <= len(grade) <= 3 and all(w[:1].isupper() for w in grade)
    return graded and bool(_RATED.search(window) or _RATING_AFTER.match(text, span.end))


def _single_term(unit: Unit, span: Span) -> bool:
    """ "the bank may need to ‘lean on’ lenders": copy that quotes speech in double marks
    keeps single ones for terms, in a sentence of its body (a headline's single marks are
    its quotes)."""
    return (
        span.single and unit.kind is Kind.BODY and len(unit.text.split()) > 14
        and len(span.text.split()) <= 3 and not span.text.endswith((".", "!", "?"))
    )


def _nickname(text: str, span: Span) -> bool:
    """ "Juan “Kiko” R. Reyes": a word or two in marks inside a name is a nickname."""
    return bool(
        _NICKNAME.fullmatch(span.text) and re.search(r"(?<![.!?:] )\b[A-Z][\w’'-]+ $",
                                                     text[max(0, span.start - 40) : span.start])
        and re.match(r" [A-Z]", text[span.end : span.end + 2])
    )


def _work(unit: Unit, window: str, span: Span) -> bool:
    """Words around the marks that make them a title: "her book", "told X TV’s", "...
    interview", "... by its maker"; a headline's possessive is a speaker's ("Wedbush’s Doe:
    ‘...’")."""
    owner = OUTLET_OWNS.search(window) if unit.kind is Kind.BODY else None
    # in the body, words in title case right after a possessive are a thing owned ("told X
    # TV’s “Money Hour”", "the studio's “Night Harbour”"): speech is no one's property
    maker = _MAKER.match(unit.blotted, span.end)  # "“Harbour Lights” by Anna Veld"
    return bool(WORK.search(window) or WORK_AFTER.match(unit.blotted, span.end) or owner
                or maker)


def _title_case(text: str) -> bool:
    """A title, whose full stop is the sentence's when it ends one ("told X’s “Y Z.”")."""
    text = text[:-1] if text.endswith(".") and not text.endswith("..") else text
    tokens = words_in(text)
    major = [w for i, w in enumerate(tokens) if len(w) > 3 or i == 0]
    return len(tokens) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in major) and (
        not text.endswith((".", "!", "?"))
    )


def _named(unit: Unit, window: str, span: Span) -> bool:
    """ "during a “State of the Harbour” forum", "the “Gateway of the North,”": words in title
    case after an article are a name (an event's, a plan's, a place's), whatever follows; a
    speaker's words in capitals end on their stop ("as “The Best Show Ever.”") or stand
    alone. A headline's title case is its style, not a name."""
    tokens = words_in(span.text)
    return (
        unit.kind is Kind.BODY and 2 <= len(tokens) <= 8 and _ARTICLE.search(window) is not None
        and _title_case(span.text) and sum(w[:1].isupper() for w in tokens) >= 2
        and not span.inner.rstrip().endswith((".", "!", "?"))
    )


_ARTICLE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


# "their “snow day” savings", "the “Harbour Gate” affair", "a ‘no-deal’ plan": marks between
# a determiner and the noun they qualify
_DETERMINER = re.compile(r"\b(?:the|a|an|their|its|his|her|our|this|these|those) $", re.I)
_NOUN_AFTER = re.compile(r"[”\"’'»]? ([a-z][\w’'-]*)")
_NOT_NOUNS = words(
    "is are was were be been has have had will would can could may might must should do "
    "does did that which who whom whose for of in on at to and or but as with by from than "
    "into about over under after before between because if when while so not also only "
    "still now then there here this these those it its they the a an he she we i you"
)


def _modifier(text: str, window: str, span: Span) -> bool:
    """A name or a coinage in marks used as a modifier ("the “Harbour Gate” affair"): two
    or three words, a hyphened compound or a capitalised word, then a plain noun. A lone
    lowercase word there is as often the speaker's verdict ("an “unsatisfactory” way"), and
    a participle after the marks ("a “fifth column” manipulated by ...") starts a clause."""
    tokens = span.text.split()
    coined = 2 <= len(tokens) <= 3 or "-" in span.text or span.text[:1].isupper()
    after = _NOUN_AFTER.match(text, span.end)
    if not (coined and len(tokens) <= 3 and after and _DETERMINER.search(window)):
        return False
    noun = after.group(1)
    # (the comma a quote ends on is dropped from its text, so the marks' own words are read:
    # "a “temporary plateau,” she said" ends its clause on the comma)
    return not (
        span.inner.rstrip().endswith((".", "!", "?", ",")) or noun in _NOT_NOUNS
        or noun.endswith(("ly", "ing", "ed"))
    )
