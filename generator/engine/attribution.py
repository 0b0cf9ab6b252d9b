"""Check who said it: the article's own credit for each verified quote and claim.

Verification proves the words are in the article; this proves the briefing
gives them to the person the article gives them to (see "Attribution
checking" in BRIEFING_FORMAT.md). The article is read by the drafting
engine (`drafting.extract`), the same reading `briefings new` drafts from,
once per version of the article file.

A quote is credited by the quote marks it stands in ("..., said X", a
pronoun or a description that stands for X, a quote carried over from the
paragraph before); words outside quote marks by reported speech ("X said
that ...", "according to X"); anything else is the writer's narration. What
the article credits to someone else, or to no one, is a warning that names
what the article says, unless the editor marked the attribution inferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .article import ArticleText, Kind, read_article
from .load import Document
from .models import Briefing
from .problems import Problems
from .verify import Verdict, Verdicts, evidence_loc, quote_loc

if TYPE_CHECKING:
    from ..drafting.extract import Extraction, Passage
    from ..drafting.quick import Glance


def _extract(text: str, stretch: bool = False) -> Extraction:
    """The drafting engine's reading (imported here: the drafting package imports the engine)."""
    from ..drafting.extract import extract

    return extract(text, stretch=stretch)

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|professor|sir|dame)\.?$")
_WORD = re.compile(r"[\w’'-]+")
_JOINED = re.compile(r",\s*|\s+and\s+|\s*&\s*")
QUOTE_HINT = (
    "fix the speaker, or mark `speaker_inferred: true` if you infer who said it "
    "from elsewhere in the article"
)
CLAIM_HINT = (
    "fix `by`, or mark `by_inferred: true` if the article implies it without "
    "crediting these words to them"
)


@lru_cache(maxsize=256)
def _extraction(path: Path, mtime_ns: int, text: str) -> Extraction:
    return _extract(text)


def extraction_for(path: Path, text: str) -> Extraction:
    """The article's reading, once per version of the file (keyed like `verify.load_article`)."""
    return _extraction(path, path.stat().st_mtime_ns, text)


def _window(structure: ArticleText, where: tuple[int, int]) -> tuple[int, int]:
    """The passage's paragraph with the one before and after: enough for most credits."""
    paragraphs = structure.paragraphs
    at = next((i for i, p in enumerate(paragraphs) if p.start <= where[0] < p.end), 0)
    return paragraphs[max(at - 1, 0)].start, paragraphs[min(at + 1, len(paragraphs) - 1)].end


@lru_cache(maxsize=1024)
def _local(text: str, start: int, end: int) -> Extraction:
    """The reading of a few paragraphs only, at their own offsets in the file."""
    return _extract(" " * start + text[start:end] + " " * (len(text) - end), stretch=True)


@lru_cache(maxsize=4096)
def _tokens(name: str) -> frozenset[str]:
    """A name's words, honorifics dropped (cached: the same names come back every quote)."""
    words = _WORD.findall(name.casefold().replace("’", "'"))
    return frozenset(w for w in words if len(w) > 1 and not _HONORIFIC.match(w))


def same_person(one: str, other: str) -> bool:
    """ "Putin" is "Vladimir Putin" and "Vladimir V. Putin"; "Jane Doe" is not "John Doe"."""
    a, b = _tokens(one), _tokens(other)
    return bool(a and b) and (a <= b or b <= a)


def _names(text: str) -> list[str]:
    """ "Xi Jinping and Vladimir Putin" -> both names."""
    return [part for part in _JOINED.split(text) if part.strip()]


def _matches(speaker: str, people: list[str]) -> bool:
    return any(same_person(a, b) for a in _names(speaker) for b in people)


def _overlap(passage: Passage, start: int, end: int) -> int:
    return min(passage.end, end) - max(passage.start, start)


class Credited:
    """What the article credits one verified passage to."""

    def __init__(self, reading: Extraction | None, where: tuple[int, int],
                 place: Kind | None = None, seen: Glance | None = None):
        start, end = where
        passages = reading.passages if reading is not None else []
        quoted = [p for p in passages if p.kind != "reported" and _overlap(p, *where) > 0]
        self.place = place or (_place(reading, start) if reading is not None else None)
        self.quoted = bool(quoted)
        self.term = self.inferred = False
        # Read from a few paragraphs only, a credit to nobody may be someone named earlier.
        self.confident = not any(p.unresolved or not (p.speakers or p.org) for p in quoted)
        self.org: str | None = None
        self.people: list[str] = []
        if quoted:
            main = max(quoted, key=lambda p: _overlap(p, *where))
            self.people = [p.name for q in quoted for p in q.speakers]
            self.org, self.term, self.inferred = main.org, main.kind == "term", main.inferred
        else:
            reported = [
                p for p in passages
                if p.kind == "reported" and p.start <= start and end <= p.end + 1
            ]
            self.people = [person.name for p in reported for person in p.speakers]
            self.org = next((p.org for p in reported if p.org), None)
            self.confident = bool(reported) and not any(p.unresolved for p in reported)
        if seen is not None and seen.kind == "reported":
            self.people, self.org = list(seen.names), seen.org

    @property
    def narration(self) -> bool:
        return not (self.people or self.org or self.quoted or self.place)

    def says(self) -> str:
        """Who the article credits, as a message names it."""
        if self.people:
            return " and ".join(dict.fromkeys(self.people))
        if self.org:
            return self.org
        return f"nobody: {self.nobody()}"

    def nobody(self) -> str:
        """Why nobody is credited: furniture, an unattributed quote, or narration."""
        if self.place is not None:
            return f"they are {self.place.described}"
        if self.term:
            return "they are a term in quote marks"
        if self.quoted:
            return "the article quotes them without saying who said them"
        return "they are the writer's narration"


def _place(reading: Extraction, offset: int) -> Kind | None:
    """The kind of furniture the offset is in, if it is not the article's text."""
    if reading.article is None:
        return None
    for paragraph in reading.article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return None if paragraph.kind.is_text else paragraph.kind
    return None


def _message(credited: Credited, name: str, what: str) -> str:
    if credited.inferred:
        return (
            f"the article does not say who said these words: the quotes around them are "
            f"{credited.says()}'s"
        )
    if credited.people or credited.org:
        return f"{what} credited to {credited.says()} in the article, not to {name}"
    return f"the article does not credit these words to anyone: {credited.nobody()}"


def check_attribution(
    document: Document, briefing: Briefing, article_text: str, verdicts: Verdicts,
    reading: Extraction | Callable[[], Extraction] | None = None,
    structure: ArticleText | None = None,
) -> Problems:
    """A warning for each quote or claim the article credits to someone else, or to no one.

    A quick look at the passage's own paragraph settles the plain cases (a
    quote next to "said <the speaker>", a sentence of narration); the whole
    article is read only for the rest, at most once.
    """
    from ..drafting.quick import glance

    problems = Problems()
    article = _Lazy(article_text, reading, structure)
    ids = {analyst.key: analyst.name for analyst in briefing.analysts}
    for i, quote in enumerate(briefing.quotes):
        where = _where(verdicts.quote(i))
        if quote.speaker_inferred or where is None:
            continue
        if _mistyped_id(quote.speaker, ids):
            continue  # validation names the id it looks like; the credit is checked after
        speaker = ids.get(quote.speaker, quote.speaker)
        seen = glance(article_text, article.structure, where)
        if seen.kind == "named" and _matches(speaker, list(seen.names)):
            continue
        credited = article.credited(where, seen)
        if credited.inferred or not _matches(speaker, credited.people):
            position = document.position(("quotes", i, "speaker"))
            problems.warn(position, _message(credited, speaker, "quote"), QUOTE_HINT)
    for i, claim in enumerate(briefing.key_claims):
        if claim.by is None or claim.by_inferred or _mistyped_id(claim.by, ids):
            continue
        by = ids.get(claim.by, claim.by)
        writer = [briefing.source.outlet, *briefing.source.authors]
        found = [_where(verdicts.evidence(i, j)) for j in range(len(claim.evidence))]
        places = [where for where in found if where is not None]
        seen = [glance(article_text, article.structure, where) for where in places]
        if any(g.kind in ("named", "reported") and _matches(by, list(g.names)) for g in seen):
            continue
        credits = [article.credited(where, g) for where, g in zip(places, seen, strict=True)]
        if not credits or any(_matches(by, c.people) for c in credits):
            continue
        if by in writer and any(c.narration for c in credits):
            continue  # `by` is the outlet or its writer, and these are the writer's words
        says = "; ".join(dict.fromkeys(c.says() for c in credits))
        problems.warn(
            document.position(("key_claims", i, "by")),
            f"the article does not credit this claim's evidence to {by}: it credits {says}",
            CLAIM_HINT,
        )
    return problems


class _Lazy:
    """The article's structure now, its full reading only when a passage needs it."""

    def __init__(self, text: str, reading: object, structure: ArticleText | None):
        self.text = text
        self._reading = reading
        self.structure = structure or read_article(text)

    def credited(self, where: tuple[int, int], seen: Glance) -> Credited:
        if seen.kind in ("narration", "furniture", "reported"):
            return Credited(None, where, seen.place, seen)
        if self._reading is None or callable(self._reading):
            local = Credited(_local(self.text, *_window(self.structure, where)), where)
            if local.confident and local.people:
                return local  # a person is credited: nothing earlier in the article changes it
        if self._reading is None:
            self._reading = _extract(self.text)
        elif callable(self._reading):
            self._reading = self._reading()
        return Credited(self._reading, where)


def _mistyped_id(name: str, ids: dict[str, str]) -> bool:
    return name not in ids and "-" in name and name == name.lower() and " " not in name


def _where(verdict: Verdict) -> tuple[int, int] | None:
    return verdict.where if verdict.verified else None


__all__ = ["check_attribution", "evidence_loc", "extraction_for", "quote_loc", "same_person"]
