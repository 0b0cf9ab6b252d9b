"""Prove that every quote and evidence excerpt is in the article, word for word.

The comparison forgives only what typography and editing legitimately change
(see "Verbatim checking" in the contract): Unicode forms, curly vs straight
quotes, dash styles, white space, letter case, punctuation at the ends, `...`
for an omission and `[...]` for an editorial insertion. Anything else that
differs is a fabricated or mistyped quote, and the build stops.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .load import Document
from .problems import Problems

_TYPOGRAPHY = (
    *((char, "'") for char in "‘’‚‛′`´"),
    *((char, '"') for char in "“”„‟″«»"),
    *((char, "-") for char in "‐‑‒–—―−"),
)
# Paragraphs of an article: the ¶N of a verdict, and of `briefings new`'s drafts.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_OMISSION = re.compile(r"(\.\.\.|\[[^\]]*\])")
_EDGE = string.punctuation + " "


def normalise(text: str) -> str:
    """Both sides of a comparison go through this; see the contract's list.

    White space at the ends goes too. (`str.replace` per character and `split`
    beat `str.translate` and a regex on long articles.)
    """
    text = unicodedata.normalize("NFKC", text)
    if "`" in text:
        text = text.replace("`", "'")
    if not text.isascii():
        for char, plain in _TYPOGRAPHY:
            if char in text:
                text = text.replace(char, plain)
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Piece:
    """A part of a quote that must appear in the article, and whether each end is a word edge.

    An end glued to a bracket, as in "[T]he", is part of a word on purpose: the
    bracket substitutes the rest of it. Every other end must fall between words,
    so that "West" does not match inside "Western".
    """

    text: str
    word_start: bool = True
    word_end: bool = True


def split_quote(quote: str) -> list[Piece]:
    """The parts of a quote that must appear in order, omissions cut out."""
    quote = unicodedata.normalize("NFKC", quote)  # "…" becomes "..."
    if "..." not in quote and "[" not in quote:
        text = normalise(quote).strip(_EDGE)
        return [Piece(text)] if text else []
    parts = _OMISSION.split(quote)
    found = []
    for index in range(0, len(parts), 2):
        raw = parts[index]
        text = normalise(raw).strip(_EDGE)
        if not text:
            continue
        after_bracket = index > 0 and parts[index - 1].startswith("[")
        before_bracket = index + 1 < len(parts) and parts[index + 1].startswith("[")
        found.append(
            Piece(
                text,
                word_start=not (after_bracket and _kept(raw[:1])),
                word_end=not (before_bracket and _kept(raw[-1:])),
            )
        )
    return found


def _kept(char: str) -> bool:
    """Whether this end character of a quote's part stays in the piece (is not space or an edge)."""
    plain = normalise(char)
    return bool(plain) and plain[0] not in _EDGE


def pieces(quote: str) -> list[str]:
    """The texts of `split_quote`."""
    return [piece.text for piece in split_quote(quote)]


def _is_word(char: str) -> bool:
    r"""What `\w` means in a regular expression, for one character."""
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Verdict:
    """Where a quote stands in its article; `paragraph` is 1-based."""

    verified: bool
    paragraph: int | None = None

    @property
    def label(self) -> str:
        return f"verified in ¶{self.paragraph}" if self.verified else "unverified"


UNVERIFIED = Verdict(False)


@dataclass(frozen=True)
class Miss:
    """A quote that is not in the article, with the longest run of it that is."""

    longest_match: str
    out_of_order: bool = False


class Article:
    """An article's normalised text, with paragraph boundaries to report hits."""

    def __init__(self, text: str):
        paras = [p for p in PARAGRAPH_BREAK.split(text) if p.strip()]
        self.starts: list[int] = []
        chunks: list[str] = []
        offset = 0
        for para in paras:
            chunk = normalise(para)
            self.starts.append(offset)
            chunks.append(chunk)
            offset += len(chunk) + 1
        self.text = " ".join(chunks)

    def find(self, quote: str) -> Verdict | Miss:
        parts = split_quote(quote)
        if not parts:
            return Miss("")
        cursor = 0
        first = None
        for part in parts:
            start = self.search(part, cursor)
            if start < 0:
                if cursor and self.search(part) >= 0:
                    return Miss(part.text, out_of_order=True)
                return Miss(self.longest_match(part.text))
            first = start if first is None else first
            cursor = start + len(part.text)
        return Verdict(True, bisect.bisect_right(self.starts, first))

    def search(self, piece: Piece, cursor: int = 0) -> int:
        """Where `piece` first occurs at or after `cursor`, respecting word edges; -1 if not."""
        text, needle = self.text, piece.text
        check_start = piece.word_start and _is_word(needle[0])
        check_end = piece.word_end and _is_word(needle[-1])
        start = text.find(needle, cursor)
        while start >= 0:
            end = start + len(needle)
            if not (check_start and start > 0 and _is_word(text[start - 1])) and not (
                check_end and end < len(text) and _is_word(text[end])
            ):
                return start
            start = text.find(needle, start + 1)
        return -1

    def longest_match(self, piece: str) -> str:
        """The longest run of whole words of `piece` found in the article (the first, on a tie)."""
        words = piece.split(" ")
        best: list[str] = []
        for start in range(len(words)):
            end = start + len(best) + 1
            while end <= len(words) and self.search(Piece(" ".join(words[start:end]))) >= 0:
                best = words[start:end]
                end += 1
        return " ".join(best)


@lru_cache(maxsize=256)
def load_article(path: Path, mtime_ns: int) -> Article:
    """Articles are shared by many briefings; parse each version once."""
    return Article(path.read_text(encoding="utf-8", errors="replace"))


def article_for(path: Path) -> Article:
    return load_article(path, path.stat().st_mtime_ns)


Loc = tuple[str | int, ...]


def quote_loc(index: int) -> Loc:
    """Where quote `index`'s text is in a briefing: a verdict's key and a YAML position."""
    return ("quotes", index, "text")


def evidence_loc(claim: int, index: int) -> Loc:
    return ("key_claims", claim, "evidence", index)


@dataclass(frozen=True)
class Excerpt:
    """A quote or evidence excerpt to look for, and where the briefing has it."""

    loc: Loc
    kind: str  # "quote" or "evidence", as messages name it
    text: str


class Verdicts:
    """One file's verdicts, asked for by what they are about, never by a hand-built key."""

    def __init__(self, found: dict[Loc, Verdict] | None = None):
        self._found = found or {}

    def quote(self, index: int) -> Verdict:
        return self._found.get(quote_loc(index), UNVERIFIED)

    def evidence(self, claim: int, index: int) -> Verdict:
        return self._found.get(evidence_loc(claim, index), UNVERIFIED)

    def __len__(self) -> int:
        return len(self._found)


def excerpts(data: object) -> list[Excerpt]:
    """Every quote and evidence excerpt of a document, read from its raw data.

    Raw data, not the model, so that a file with an unrelated mistake (a typo in
    a key) still has its quotes checked in the same run.
    """
    if not isinstance(data, dict):
        return []
    found: list[Excerpt] = []
    for i, quote in _items(data.get("quotes")):
        if isinstance(quote, dict) and _written(quote.get("text")):
            found.append(Excerpt(quote_loc(i), "quote", quote["text"]))
    for i, claim in _items(data.get("key_claims")):
        if isinstance(claim, dict):
            for j, text in _items(claim.get("evidence")):
                if _written(text):
                    found.append(Excerpt(evidence_loc(i, j), "evidence", text))
    return found


def _written(text: object) -> bool:
    """Text to look for; an empty one is validation's to report."""
    return isinstance(text, str) and bool(text.strip())


def _items(value: object) -> list[tuple[int, object]]:
    return list(enumerate(value)) if isinstance(value, list) else []


def verify_document(document: Document, source_text: str, root: Path) -> tuple[Verdicts, Problems]:
    """Verdicts for every quote and excerpt, and a problem for each one not found."""
    found: dict[Loc, Verdict] = {}
    problems = Problems()
    try:
        article = article_for(root / source_text)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        where = document.position(("source", "text"))
        problems.add(where, f"source.text {source_text!r} cannot be read: {reason}")
        return Verdicts(), problems
    for excerpt in excerpts(document.data):
        result = article.find(excerpt.text)
        if isinstance(result, Verdict):
            found[excerpt.loc] = result
            continue
        problems.add(
            document.position(excerpt.loc), *_explain_miss(excerpt.kind, source_text, result)
        )
    return Verdicts(found), problems


def _explain_miss(kind: str, source_text: str, miss: Miss) -> tuple[str, str]:
    if miss.out_of_order:
        return (
            f'{kind} not found in {source_text} as written: "{miss.longest_match}" is in the '
            "article, but before the part that precedes it here",
            "keep the parts around ... or [brackets] in the article's order",
        )
    matched = f'"{miss.longest_match}"' if miss.longest_match else "nothing"
    return (
        f"{kind} not found in {source_text}; the longest part that matched: {matched}",
        "copy the words exactly from the article; mark a cut with ... "
        "and your own words with [brackets]",
    )
