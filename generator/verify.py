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
from .problems import Problem

_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
_SPACE = re.compile(r"\s+")
_OMISSION = re.compile(r"\.\.\.|\[[^\]]*\]")
_EDGE = string.punctuation + " "


def normalise(text: str) -> str:
    """Both sides of a comparison go through this; see the contract's list."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    return _SPACE.sub(" ", text).casefold()


def pieces(quote: str) -> list[str]:
    """The parts of a quote that must appear in order, omissions cut out."""
    text = unicodedata.normalize("NFKC", quote)  # turns "…" into "..."
    parts = (normalise(part).strip(_EDGE) for part in _OMISSION.split(text))
    return [part for part in parts if part]


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


class Article:
    """An article's normalised text, with paragraph boundaries to report hits."""

    def __init__(self, text: str):
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        self.starts: list[int] = []
        chunks: list[str] = []
        offset = 0
        for para in paras:
            chunk = normalise(para).strip()
            self.starts.append(offset)
            chunks.append(chunk)
            offset += len(chunk) + 1
        self.text = " ".join(chunks)

    def find(self, quote: str) -> Verdict | Miss:
        parts = pieces(quote)
        if not parts:
            return Miss("")
        cursor = 0
        first = None
        for part in parts:
            match = _bounded(part).search(self.text, cursor)
            if match is None:
                return Miss(self.longest_match(part))
            first = match.start() if first is None else first
            cursor = match.end()
        return Verdict(True, bisect.bisect_right(self.starts, first))

    def longest_match(self, piece: str) -> str:
        """The longest run of whole words of `piece` found in the article."""
        words = piece.split(" ")
        best = ""
        for start in range(len(words)):
            end = start + len(best.split(" ")) if best else start + 1
            while end <= len(words) and _bounded(" ".join(words[start:end])).search(self.text):
                best = " ".join(words[start:end])
                end += 1
        return best


@lru_cache(maxsize=4096)
def _bounded(piece: str) -> re.Pattern[str]:
    """A piece matches whole words only: "West" must not match inside "Western"."""
    before = r"(?<!\w)" if piece[:1].isalnum() else ""
    after = r"(?!\w)" if piece[-1:].isalnum() else ""
    return re.compile(before + re.escape(piece) + after)


@lru_cache(maxsize=256)
def load_article(path: Path, mtime_ns: int) -> Article:
    """Articles are shared by many briefings; parse each version once."""
    return Article(path.read_text(encoding="utf-8", errors="replace"))


def article_for(path: Path) -> Article:
    return load_article(path, path.stat().st_mtime_ns)


def excerpts(data: object) -> list[tuple[tuple, str, str]]:
    """Every quote and evidence excerpt of a document, read from its raw data.

    Raw data, not the model, so that a file with an unrelated mistake (a typo in
    a key) still has its quotes checked in the same run.
    """
    if not isinstance(data, dict):
        return []
    found: list[tuple[tuple, str, str]] = []
    for i, quote in _items(data.get("quotes")):
        if isinstance(quote, dict) and isinstance(quote.get("text"), str):
            found.append((("quotes", i, "text"), "quote", quote["text"]))
    for i, claim in _items(data.get("key_claims")):
        if isinstance(claim, dict):
            for j, text in _items(claim.get("evidence")):
                if isinstance(text, str):
                    found.append((("key_claims", i, "evidence", j), "evidence", text))
    return found


def _items(value: object) -> list[tuple[int, object]]:
    return list(enumerate(value)) if isinstance(value, list) else []


def verify_document(
    document: Document, source_text: str, root: Path
) -> tuple[dict[tuple, Verdict], list[Problem]]:
    """Verdicts for every quote and excerpt, keyed by their place in the YAML."""
    article = article_for(root / source_text)
    verdicts: dict[tuple, Verdict] = {}
    problems: list[Problem] = []
    for loc, kind, text in excerpts(document.data):
        result = article.find(text)
        if isinstance(result, Verdict):
            verdicts[loc] = result
            continue
        matched = f'"{result.longest_match}"' if result.longest_match else "nothing"
        problems.append(
            Problem(
                document.position(loc),
                f"{kind} not found in {source_text}; the longest part that matched: {matched}",
                "copy the words exactly from the article; mark a cut with ... "
                "and your own words with [brackets]",
            )
        )
    return verdicts, problems
