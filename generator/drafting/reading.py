"""An article's plain text as structure: paragraphs, page furniture, quotes, sentences.

The first half of reading an article for `briefings new` (`extract` does the
second: who is quoted). Paragraphs are split and numbered exactly as
`verify.Article` splits them, so a drafted quote's paragraph is the one the
verifier reports. Page furniture is not article text: captions and photo
credits, "Editor's Note ... Sign up here." lines, video lines ("02:14 -
Source: CNN"), datelines, section headings, and a trailing "More from ..."
block with everything after it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..engine.verify import PARAGRAPH_BREAK


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col Sgt Capt Jan Feb Mar Apr Jun Jul Aug Sep "
    "Sept Oct Nov Dec No vs"
)

# --- Page furniture ------------------------------------------------------------

_MORE_FROM = re.compile(r"^More from\b")
_EDITOR_NOTE = re.compile(r"^Editor[’']s Note\b|\bSign up here\b", re.IGNORECASE)
_VIDEO = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*Source:")
_CAPTION = re.compile(
    r"\((?:L|R|C|left|right|center|centre|top|bottom|front|back)\)"
    r"|^In this (?:image|photo|file photo|picture|handout)"
    r"|^(?:FILE PHOTO|FILE)\b"
)
_AGENCY = r"AP|AFP|Reuters|REUTERS|Getty Images|EPA|Xinhua|Sputnik|TASS|Bloomberg|Pool|Handout"
_CREDIT_END = re.compile(rf"\([^()]*\b(?:via|{_AGENCY})\b[^()]*\)\s*$")
_CREDIT_LINE = re.compile(rf"(?:\b(?:{_AGENCY})\b|^Courtesy of\b|/)")
_DATELINE = re.compile(r"^[\w .,()’'-]{0,40}\s[—–-]$")


@dataclass(frozen=True)
class Paragraph:
    """A blank-line separated block of the file; `number` counts as verify does (1-based)."""

    number: int
    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(" ".join(line.split()) for line in self.lines).strip()


def article_paragraphs(text: str) -> list[Paragraph]:
    """The file's paragraphs, split and numbered exactly as `verify.Article` splits them."""
    found: list[Paragraph] = []
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)]
    start = 0
    for end, after in [*breaks, (len(text), len(text))]:
        block = text[start:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            line = text.count("\n", 0, start + lead) + 1
            lines = tuple(line for line in block.splitlines() if line.strip())
            found.append(Paragraph(len(found) + 1, line, lines))
        start = after
    return found


def is_furniture(line: str) -> bool:
    """Captions, credits, newsletter notes, video lines and datelines: not the article."""
    line = " ".join(line.split())
    if _EDITOR_NOTE.search(line) or _VIDEO.search(line) or _CAPTION.search(line):
        return True
    if _CREDIT_END.search(line) or _DATELINE.match(line):
        return True
    return len(line.split()) <= 8 and bool(_CREDIT_LINE.search(line)) and not _has_quote(line)


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '“”"')


def is_heading(paragraph: Paragraph) -> bool:
    """A section heading ("New alliance?"): one short line that is not a sentence."""
    text = paragraph.text
    return (
        len(paragraph.lines) == 1
        and len(text.split()) <= 8
        and not _has_quote(text)
        and not text.endswith((".", ",", ";", ":"))
    )


def content(paragraphs_: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs before any "More from ..." block, without page furniture."""
    kept = []
    for paragraph in paragraphs_:
        if _MORE_FROM.match(paragraph.lines[0].strip()) and len(paragraph.lines[0].split()) <= 8:
            break
        if not any(is_furniture(line) for line in paragraph.lines):
            kept.append(paragraph)
    return kept


def guess_title(kept: list[Paragraph]) -> str | None:
    """The first line, when it reads as a headline rather than the start of a paragraph.

    A headline stands alone (at most a short byline under it), is short, and is
    not a sentence: no full stop inside or at its end, even behind a quote mark.
    """
    if not kept:
        return None
    first = kept[0]
    line = " ".join(first.lines[0].split())
    words = line.split()
    if not 2 <= len(words) <= 20 or len(line) > 200 or line[0].islower():
        return None
    if line.rstrip("”\"’')").endswith((".", ",", ";", ":", "—", "–", "-")):
        return None
    if re.search(r"[.!?][”\"’')]* [A-Z“\"]", line):
        return None
    byline = all(
        len(extra.split()) <= 4 and not extra.rstrip().endswith(".") for extra in first.lines[1:]
    )
    return line if byline else None


def body(kept: list[Paragraph], title: str | None) -> list[Paragraph]:
    """Article paragraphs: without the headline (and its repeats and byline) or headings."""
    start = 0
    while title and start < len(kept) and " ".join(kept[start].lines[0].split()) == title:
        start += 1
    return [p for p in kept[start:] if not is_heading(p)]


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
