"""Prove that every quote and evidence excerpt is in the article, as a newsroom means it.

"Verified" means: the words are in the article's own text (not a caption or
a byline), unaltered in meaning, and each passage is where the contract
allows it (see "Verbatim checking" in BRIEFING_FORMAT.md). The notation is
read by `quote_marks`, insertions are judged by `insertions`, and passages
are looked up by `lookup` and `passages`; this module runs that over every
quote and excerpt of a briefing and turns each failure into a problem at the
quote's line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .article import PARAGRAPH_BREAK
from .load import Document
from .lookup import UNVERIFIED, Article, Miss, Verdict
from .models import TEXT_MAX
from .problems import Problems
from .quote_marks import normalise

__all__ = [
    "PARAGRAPH_BREAK",
    "UNVERIFIED",
    "Article",
    "Miss",
    "Verdict",
    "Verdicts",
    "normalise",
    "verify_document",
]


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
        if len(excerpt.text) > TEXT_MAX:
            continue  # validation says it is too long; it is not searched
        result = article.find(excerpt.text)
        if isinstance(result, Verdict):
            found[excerpt.loc] = result
            continue
        problems.add(
            document.position(excerpt.loc), *_explain_miss(excerpt.kind, source_text, result)
        )
    return Verdicts(found), problems


def _explain_miss(kind: str, source_text: str, miss: Miss) -> tuple[str, str]:
    if miss.reason == "not found":
        matched = f'"{miss.longest_match}"' if miss.longest_match else "nothing"
        return (
            f"{kind} not found in {source_text}; the longest part that matched: {matched}",
            miss.hint,
        )
    return f"{kind} not verified against {source_text}: {miss.reason}", miss.hint
