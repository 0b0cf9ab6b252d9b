"""Look a quote up in its article: a verdict a reader can check, or the reason it fails.

The order of the reasons is the order an editor needs them: a notation the
contract refuses; an insertion that changes the meaning; passages too far
apart; words found only in page furniture; passages out of order; and last,
words not in the article at all, with the longest part that is.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .article import Kind
from .insertions import Substitution
from .passages import (
    MAX_PLACEMENTS,
    OMISSION_MAX_WORDS,
    IndexedArticle,
    IndexedParagraph,
    Placement,
    place_passage,
)
from .quote_marks import NotationError, Passage, normalise, parse, words

FRAGMENT_WORDS = 4  # words at each end of a long passage in a URL text fragment
_EDGE_MARKS = "\"'“”‘’«»()[]"


@dataclass(frozen=True)
class Verdict:
    """Where a quote stands in its article.

    `paragraph` counts the article's body paragraphs as a reader does;
    `where` is the matched passage's (start, end) in the article file's text;
    `fragment` the words a URL text fragment (`#:~:text=start,end`) needs.
    """

    verified: bool
    paragraph: int | None = None
    place: Kind = Kind.BODY
    where: tuple[int, int] | None = None
    fragment: tuple[str, str] | None = None
    substitutions: tuple[Substitution, ...] = ()

    @property
    def label(self) -> str:
        if not self.verified:
            return "unverified"
        if self.place is Kind.HEADLINE:
            return "verified in the headline"
        if self.place is Kind.HEADING:
            return "verified in a section heading"
        return f"verified in ¶{self.paragraph}"


UNVERIFIED = Verdict(False)


@dataclass(frozen=True)
class Miss:
    """Why a quote is not verified: a short reason, a hint, and what did match."""

    reason: str
    hint: str
    longest_match: str = ""


Chain = list[Placement]


class Article(IndexedArticle):
    """An article ready to look quotes up in (`find`)."""

    def find(self, quote: str) -> Verdict | Miss:
        try:
            passages = parse(quote)
        except NotationError as error:
            return Miss(str(error), error.hint)
        text = [p for p in self.paragraphs if p.paragraph.kind.is_text]
        chain, problem = self._search(passages, text, bounded=True)
        if chain is not None:
            return self._verdict(chain)
        if problem:
            return Miss(problem, "keep insertions to what the article says at that place")
        if self._search(passages, text, bounded=False)[0] is not None:
            return Miss(
                "its parts around ... are too far apart in the article "
                f"(more than {OMISSION_MAX_WORDS} words, or beyond the next paragraph)",
                "an omission cuts within one passage; quote the parts separately",
            )
        anywhere, _ = self._search(passages, self.paragraphs, bounded=True)
        if anywhere is not None:
            kind = anywhere[0].para.paragraph.kind
            return Miss(
                f"found only in {kind.described}, which is not the article's text",
                "quote the article's body: a caption, a note or a byline is nobody's words",
            )
        if len(passages) > 1 and all(self._found(p, text) for p in passages):
            return Miss(
                "its parts are in the article, but not in this order",
                "keep the parts around ... or [brackets] in the article's order",
            )
        return Miss(
            "not found",
            "copy the words exactly from the article; mark a cut with ... "
            "and your own words with [brackets]",
            self.longest_match(passages, text),
        )

    def _search(
        self, passages: list[Passage], allowed: list[IndexedParagraph], bounded: bool
    ) -> tuple[Chain | None, str | None]:
        """A placement of every passage, problem-free if possible; else the first problem.

        When the words before an omission recur, the tightest placement wins: an
        omission joins nearby words, and the loosest reading could start inside
        somebody else's quote a paragraph earlier."""
        problem: str | None = None
        best: Chain | None = None
        for at, para in enumerate(allowed):
            for first in itertools.islice(place_passage(para, passages[0]), MAX_PLACEMENTS):
                chain = self._follow([first], passages[1:], allowed, at, bounded)
                if chain is None:
                    continue
                found = next((p.problem for p in chain if p.problem), None)
                if found is not None:
                    problem = problem or found
                    continue
                if len(chain) == 1:
                    return chain, None
                if best is None or self._spread(chain) < self._spread(best):
                    best = chain
        return (best, None) if best is not None else (None, problem)

    def _spread(self, chain: Chain) -> int:
        """How many words a chain's omissions leave out."""
        return sum(self._gap(a, b) for a, b in itertools.pairwise(chain))

    def _follow(
        self, chain: Chain, rest: list[Passage], allowed: list[IndexedParagraph], at: int,
        bounded: bool,
    ) -> Chain | None:
        if not rest:
            return chain
        previous = chain[-1]
        last = at + 1 if bounded else len(allowed) - 1
        fallback: Chain | None = None
        for index in range(at, min(last, len(allowed) - 1) + 1):
            para = allowed[index]
            start = previous.end if index == at else 0
            for placement in itertools.islice(place_passage(para, rest[0], start), MAX_PLACEMENTS):
                if bounded and self._gap(previous, placement) > OMISSION_MAX_WORDS:
                    break
                found = self._follow([*chain, placement], rest[1:], allowed, index, bounded)
                if found is None:
                    continue
                if all(p.problem is None for p in found):
                    return found
                fallback = fallback or found
        return fallback

    @staticmethod
    def _gap(previous: Placement, placement: Placement) -> int:
        if previous.para is placement.para:
            return len(words(previous.para.norm[previous.end : placement.start]))
        after = previous.para.norm[previous.end :]
        return len(words(after)) + len(words(placement.para.norm[: placement.start]))

    def _found(self, passage: Passage, allowed: list[IndexedParagraph]) -> bool:
        return any(next(place_passage(para, passage), None) for para in allowed)

    def _verdict(self, chain: Chain) -> Verdict:
        first, last = chain[0], chain[-1]
        start, end = self.absolute(first, first.start), self.absolute(last, last.end)
        exact = all(p.para.tokens is not None for p in chain)
        return Verdict(
            True,
            first.para.paragraph.number,
            first.para.paragraph.kind,
            (start, end) if exact else None,
            _fragment(self.text[start:end]) if exact else None,
            tuple(s for p in chain for s in p.substitutions),
        )

    def longest_match(self, passages: list[Passage], allowed: list[IndexedParagraph]) -> str:
        """The longest run of whole words of the quote found in one paragraph of the article."""
        best: list[str] = []
        for passage in passages:
            for part in passage.parts:
                if not isinstance(part, str):
                    continue
                tokens = part.split(" ")
                for begin in range(len(tokens)):
                    end = begin + len(best) + 1
                    while end <= len(tokens) and self._phrase_found(tokens[begin:end], allowed):
                        best = tokens[begin:end]
                        end += 1
        return _short(" ".join(best))

    @staticmethod
    def _phrase_found(tokens: list[str], allowed: list[IndexedParagraph]) -> bool:
        phrase = normalise(" ".join(tokens)).strip(" \"'.,;:")
        return bool(phrase) and any(next(p.occurrences(phrase), None) is not None for p in allowed)


def _fragment(printed: str) -> tuple[str, str] | None:
    """The words a URL text fragment needs: the passage, or its first and last few words."""
    tokens = printed.split()
    if not tokens:
        return None
    tokens[0] = tokens[0].lstrip(_EDGE_MARKS)
    tokens[-1] = tokens[-1].rstrip(_EDGE_MARKS + ".,;:!?")
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    if len(tokens) <= 2 * FRAGMENT_WORDS:
        return (" ".join(tokens), "")
    head = tokens[:FRAGMENT_WORDS]
    tail = tokens[-FRAGMENT_WORDS:]
    head[-1] = head[-1].rstrip(_EDGE_MARKS + ".,;:!?")
    tail[0] = tail[0].lstrip(_EDGE_MARKS)
    return (" ".join(head), " ".join(tail))


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
