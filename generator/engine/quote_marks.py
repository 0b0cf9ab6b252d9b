"""A quote as an editor writes it: the article's words, `...` for a cut, `[...]` for their own.

This module reads that notation into parts the verifier looks up, and refuses
what a newsroom would refuse before anything is looked up (see "Verbatim
checking" in the contract):

- an insertion in square brackets stands alone as words: `[un]aware` or
  `[T]he` is refused, since a bracket glued to letters changes a word the
  reader cannot see;
- every passage between omission marks has at least two words, so that an
  ellipsis cannot join single words from anywhere in the article;
- at the two ends of the quote and of each passage only quote marks and the
  sentence punctuation `. , ; :` are dropped; signs, currency, percent, `?`
  and `!` stay and must match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .models import INVISIBLE

_TYPOGRAPHY = (
    *((char, "'") for char in "‘’‚‛′`´"),
    *((char, '"') for char in "“”„‟″«»"),
    *((char, "-") for char in "‐‑‒–—―−"),
)
# What may differ at the two ends of a quote or a passage: white space, quote
# marks, and the sentence punctuation a quote gains or loses when it is cut.
EDGE = " \"'.,;:"
# An omission (`...`, `…` after NFKC) or a bracketed insertion; `[...]` is an omission too.
_MARKS = re.compile(r"(\.\.\.|\[[^\[\]]*\])")
# What may stand next to a bracket: anything but a letter or a digit.
_GLUED = re.compile(r"\w\[|\]\w")


def normalise(text: str) -> str:
    """Both sides of a comparison go through this; see the contract's list.

    White space at the ends goes too. (`str.replace` per character and `split`
    beat `str.translate` and a regex on long articles.)
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = INVISIBLE.sub("", text)
    if "`" in text:
        text = text.replace("`", "'")
    if not text.isascii():
        for char, plain in _TYPOGRAPHY:
            if char in text:
                text = text.replace(char, plain)
    return " ".join(text.split()).casefold()


_WORD = re.compile(r"[^ ]*[^\W_][^ ]*")


def words(text: str) -> list[str]:
    """Words of normalised text: tokens (between single spaces) with a letter or a digit."""
    return _WORD.findall(text)


@dataclass(frozen=True)
class Insertion:
    """The editor's own words, `[like this]`, normalised; `raw` is as written."""

    text: str
    raw: str


@dataclass(frozen=True)
class Passage:
    """A run of the quote with no omission in it: article words and insertions, in order.

    `parts` alternates article text and insertions; article text is already
    normalised, and stripped of edge punctuation where it meets an omission or
    an end of the quote.
    """

    parts: tuple[str | Insertion, ...]

    @property
    def word_count(self) -> int:
        return sum(len(words(p if isinstance(p, str) else p.text)) for p in self.parts)

    @property
    def article_words(self) -> list[str]:
        return [w for p in self.parts if isinstance(p, str) for w in words(p)]

    @property
    def plain(self) -> str:
        """The article's words of this passage, for messages ("the longest part ...")."""
        return " ".join(p for p in self.parts if isinstance(p, str) and p)


class NotationError(ValueError):
    """A quote written in a way the contract refuses; the message says how to fix it."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


MIN_PASSAGE_WORDS = 2
MAX_INSERTION_WORDS = 8


def parse(quote: str) -> list[Passage]:
    """The passages of a quote, in order; `NotationError` when the notation is refused."""
    text = unicodedata.normalize("NFKC", quote)  # "…" becomes "..."
    glued = _GLUED.search(text)
    if glued:
        around = text[max(glued.start() - 12, 0) : glued.end() + 12].strip()
        raise NotationError(
            f"an insertion in [brackets] is glued to a word: “…{around}…”",
            "brackets stand alone as whole words; quote the article's own word instead",
        )
    passages: list[Passage] = []
    current: list[str | Insertion] = []
    for index, token in enumerate(_MARKS.split(text)):
        if index % 2 == 0:
            current.append(normalise(token) if token.strip() else "")
        elif token == "..." or token.strip("[] ") in ("...", ""):
            passages.append(_passage(current))
            current = []
        else:
            inner = token[1:-1]
            if len(words(normalise(inner))) > MAX_INSERTION_WORDS:
                raise NotationError(
                    f"the insertion “{_short(token)}” is more than {MAX_INSERTION_WORDS} words",
                    "an insertion adds a few words; put longer explanations in `context`",
                )
            current.append(Insertion(normalise(inner), token))
    passages.append(_passage(current))
    passages = [p for p in passages if p.parts]
    if not passages:
        raise NotationError("the quote has no words of the article", "copy the words exactly")
    if len(passages) > 1:
        for passage in passages:
            if passage.word_count < MIN_PASSAGE_WORDS or not passage.article_words:
                raise NotationError(
                    f"“{_short(passage.plain) or '…'}” is a single word between omission marks",
                    "each part around ... must be at least two words of one passage",
                )
    if not any(p.article_words for p in passages):
        raise NotationError("the quote has no words of the article", "copy the words exactly")
    return passages


def _passage(parts: list[str | Insertion]) -> Passage:
    """Strip the edges where the passage meets an omission or an end of the quote.

    Only the outer ends: next to an insertion, punctuation is part of the
    article's text around it and must match.
    """
    parts = list(parts)
    if parts and isinstance(parts[0], str):
        parts[0] = parts[0].lstrip(EDGE)
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip(EDGE)
    kept: list[str | Insertion] = []
    for part in parts:
        if isinstance(part, str):
            part = part.strip(" ")
            if part:
                kept.append(part)
        elif kept and isinstance(kept[-1], Insertion):  # "[a] [b]" is one insertion
            kept[-1] = Insertion(f"{kept[-1].text} {part.text}", f"{kept[-1].raw} {part.raw}")
        else:
            kept.append(part)
    return Passage(tuple(kept))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# A straight-quoted phrase inside an excerpt: opened after a space, a bracket or a dash.
_STRAIGHT_PAIR = re.compile(r'(^|[\s(\[—–-])"([^"\s][^"]*?)"')


def nested(text: str) -> str:
    """Article words to be shown inside our own “ ”: their quote marks become single ones.

    Newsrooms nest quotes that way, and a reader then never sees “...“no-limits””.
    Only marks change, never a word; the link to the article carries its own text.
    """
    text = text.replace("“", "‘").replace("”", "’")
    if text.count('"') % 2:
        return text  # an unpaired mark: which one opens is a guess, so leave them all
    return _STRAIGHT_PAIR.sub(lambda m: f"{m.group(1)}‘{m.group(2)}’", text)
