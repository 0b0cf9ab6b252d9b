"""An article's body prepared for attribution: quote spans, sentences, blotted text.

The article's structure (which paragraphs are body text, which are captions,
datelines and other furniture, and the headline) comes from
`engine.article`, the same reading `check` verifies against, so a drafted
quote's paragraph is the one the verifier reports.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..engine.article import Kind, Paragraph, read_article


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col Sgt Capt Jan Feb Mar Apr Jun Jul Aug Sep "
    "Sept Oct Nov Dec No vs"
)


def article_body(text: str) -> tuple[str | None, list[Paragraph]]:
    """The headline (if the text starts with one) and the body paragraphs, in order."""
    article = read_article(text)
    return article.title, [p for p in article.paragraphs if p.kind is Kind.BODY]


# --- Quote marks and sentences -----------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A quoted stretch of a paragraph; `end` is past the closing mark, or the paragraph's end."""

    start: int
    end: int
    closed: bool
    inner: str

    @property
    def text(self) -> str:
        """The quote as the briefing gives it: the words inside, a trailing comma dropped."""
        return " ".join(self.inner.split()).strip().rstrip(",").strip()

    @property
    def speech_like(self) -> bool:
        """A sentence rather than a phrase: worth attributing to the current speaker."""
        text = self.text
        return len(text.split()) >= 3 and (text[:1].isupper() or text[:1].isdigit())


def quote_spans(text: str) -> list[Span]:
    """Curly marks pair “ with ”; straight marks pair in order; an open quote runs to the end."""
    spans: list[Span] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if opened is None:
            if ch in '“"':
                opened = i
        elif (text[opened] == "“" and ch == "”") or (text[opened] == '"' and ch == '"'):
            spans.append(Span(opened, i + 1, True, text[opened + 1 : i]))
            opened = None
    if opened is not None:
        spans.append(Span(opened, len(text), False, text[opened + 1 :]))
    return [span for span in spans if any(ch.isalnum() for ch in span.inner)]


def masked(text: str, spans: list[Span]) -> str:
    """The paragraph with the words inside quotes blotted out, offsets unchanged.

    Attribution and names are looked for outside quotes only; a final . ! ?
    inside a quote is kept so that the sentence still ends there.
    """
    chars = list(text)
    for span in spans:
        stop = span.end - 1 if span.closed else span.end
        for i in range(span.start + 1, stop):
            chars[i] = "·"
        if span.closed and stop - 1 > span.start and text[stop - 1] in ".!?":
            chars[stop - 1] = text[stop - 1]
    return "".join(chars)


_BOUNDARY = re.compile(r"[.!?][”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")


def sentences(blotted: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, found outside quotes; "U.S." and "Mr." do not end one."""
    bounds = [0]
    for match in _BOUNDARY.finditer(blotted):
        word = re.search(r"(\w+)$", blotted[: match.start()])
        if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        bounds.append(match.end())
    bounds.append(len(blotted))
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


@dataclass(frozen=True)
class Block:
    """A body paragraph prepared for attribution."""

    index: int
    paragraph: Paragraph
    text: str
    spans: tuple[Span, ...]
    blotted: str
    sentences: tuple[tuple[int, int], ...]


def prepare(paragraphs_: list[Paragraph]) -> list[Block]:
    blocks = []
    for index, paragraph in enumerate(paragraphs_):
        text = paragraph.text
        spans = quote_spans(text)
        blotted = masked(text, spans)
        blocks.append(
            Block(index, paragraph, text, tuple(spans), blotted, tuple(sentences(blotted)))
        )
    return blocks
