"""Find a quote's passages in an article, paragraph by paragraph, as the contract allows.

Each passage is looked up inside one paragraph (a passage never runs across a
paragraph break), word edges respected, its insertions judged against the
words they stand for; passages cut by `...` follow in order, in the same
paragraph or the next one, with a bounded gap. The caller decides which
paragraphs count as the article's text (`Kind.is_text`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from .article import Paragraph, read_article
from .insertions import Substitution, edge_replacement, judge
from .quote_marks import Insertion, Passage, normalise

OMISSION_MAX_WORDS = 60  # between two passages cut by "...": one short paragraph's worth
MAX_PLACEMENTS = 200  # occurrences of a first passage tried: common phrases repeat
_LONG_DASHES = "‒–—―"  # a boundary between words; a hyphen or minus sign is not
_SIGNS_BEFORE = frozenset("-+$€£¥₽₹#@")  # dropped before a quote, they change its meaning
_MARKS_AFTER = frozenset("%?!")  # likewise after it
_TOKEN = re.compile(r"\S+")
_MARKER = re.compile("\ue000")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(eq=False)
class IndexedParagraph:
    """A paragraph's normalised text, with what maps it back to the printed text."""

    paragraph: Paragraph
    raw: str
    norm: str
    dashes: frozenset[int]  # offsets in `norm` of en/em dashes (word boundaries)

    @classmethod
    def of(cls, paragraph: Paragraph, text: str) -> IndexedParagraph:
        raw = text[paragraph.start : paragraph.end]
        if not raw.isascii():
            raw = unicodedata.normalize("NFC", raw)
        if any(dash in raw for dash in _LONG_DASHES):
            marked = raw
            for dash in _LONG_DASHES:
                marked = marked.replace(dash, "\ue000")
            norm_marked = normalise(marked)
            dashes = frozenset(m.start() for m in _MARKER.finditer(norm_marked))
            norm = norm_marked.replace("\ue000", "-")
        else:
            norm, dashes = normalise(raw), frozenset()
        return cls(paragraph, raw, norm, dashes)

    @functools.cached_property
    def tokens(self) -> list[tuple[int, int]] | None:
        """Raw token spans, when they match `norm`'s 1:1 (needed only to print a match)."""
        spans = [m.span() for m in _TOKEN.finditer(self.raw)]
        norm = self.norm
        return spans if len(spans) == (norm.count(" ") + 1 if norm else 0) else None

    def occurrences(self, needle: str, start: int = 0) -> Iterator[int]:
        """Where `needle` occurs at or after `start`, as whole words, no sign dropped."""
        norm = self.norm
        first_word, last_word = _is_word(needle[0]), _is_word(needle[-1])
        at = norm.find(needle, start)
        while at >= 0:
            end = at + len(needle)
            before = norm[at - 1] if at > 0 else " "
            after = norm[end] if end < len(norm) else " "
            dash_before = at - 1 in self.dashes
            if not (
                (first_word and _is_word(before))
                or (before in _SIGNS_BEFORE and not dash_before)
                or (last_word and _is_word(after))
                or after in _MARKS_AFTER
            ):
                yield at
            at = norm.find(needle, at + 1)

    def raw_offset(self, offset: int) -> int:
        """The printed text's offset for an offset in `norm` (snapped to a word if need be)."""
        if self.tokens is None:
            return 0 if offset == 0 else len(self.raw)
        index = self.norm.count(" ", 0, offset)
        if index >= len(self.tokens):
            return len(self.raw)
        token_start = self.norm.rfind(" ", 0, offset) + 1
        token_end = self.norm.find(" ", token_start)
        token_end = len(self.norm) if token_end < 0 else token_end
        raw_start, raw_end = self.tokens[index]
        if raw_end - raw_start == token_end - token_start:
            return raw_start + offset - token_start
        return raw_start if offset == token_start else raw_end

    def printed(self, start: int, end: int) -> str:
        """The article's text as printed between two offsets of `norm`."""
        if self.tokens is None:
            return self.norm[start:end]
        return self.raw[self.raw_offset(start) : self.raw_offset(end)]


@dataclass
class Placement:
    """Where a passage (or a whole quote) sits: paragraph, offsets in `norm`, and what it needed."""

    para: IndexedParagraph
    start: int
    end: int
    substitutions: list[Substitution] = field(default_factory=list)
    problem: str | None = None  # an insertion that changes the meaning


def place_passage(para: IndexedParagraph, passage: Passage, start: int = 0) -> Iterator[Placement]:
    """Every placement of `passage` in `para` at or after `start`, earliest first."""
    parts = passage.parts
    first = next(i for i, part in enumerate(parts) if isinstance(part, str))
    anchor = parts[first]
    assert isinstance(anchor, str)
    for at in para.occurrences(anchor, start):
        placement = _complete(para, parts, first, at)
        if placement is not None:
            yield placement


def _complete(
    para: IndexedParagraph, parts: tuple[str | Insertion, ...], first: int, at: int
) -> Placement | None:
    """The rest of the passage after its first article text, found at `at`; None if it breaks."""
    placement = Placement(para, at, at + len(parts[first]))  # type: ignore[arg-type]
    if first == 1:  # an insertion opens the passage
        _edge(placement, parts[0], before=True)  # type: ignore[arg-type]
    pending: Insertion | None = None
    for part in parts[first + 1 :]:
        if isinstance(part, Insertion):
            pending = part
            continue
        found = next(para.occurrences(part, placement.end), None)
        if found is None or pending is None:
            return None
        gap = para.norm[placement.end : found]
        replaced = para.printed(placement.end, found).strip() if gap.strip() else ""
        _judge(placement, pending, replaced)
        placement.end = found + len(part)
        pending = None
    if pending is not None:  # an insertion closes the passage
        _edge(placement, pending, before=False)
    return placement


def _edge(placement: Placement, insertion: Insertion, before: bool) -> None:
    para = placement.para
    if before:
        preceding = para.printed(0, placement.start).split()
        count = edge_replacement(preceding, before=True)
        replaced = " ".join(preceding[len(preceding) - count :]) if count else ""
    else:
        following = para.printed(placement.end, len(para.norm)).split()
        count = edge_replacement(following, before=False)
        replaced = " ".join(following[:count]) if count else ""
    _judge(placement, insertion, replaced.strip(".,;:!?\"'()“”‘’"))


def _judge(placement: Placement, insertion: Insertion, replaced: str) -> None:
    placement.problem = placement.problem or judge(insertion.text, insertion.raw, replaced)
    placement.substitutions.append(Substitution(insertion.raw, replaced))


class IndexedArticle:
    """An article read once: its paragraphs, each normalised for looking up quotes."""

    def __init__(self, text: str):
        self.text = text
        self.structure = read_article(text)
        self.paragraphs = [IndexedParagraph.of(p, text) for p in self.structure.paragraphs]

    def absolute(self, placement: Placement, offset: int) -> int:
        return placement.para.paragraph.start + placement.para.raw_offset(offset)
