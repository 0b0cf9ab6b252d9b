"""An article's plain text as a reader meets it: headline, byline, body, and page furniture.

Verification and drafting both read articles through this module, so that
"article text" means one thing: a quote found only in a photo caption is not
somebody's words, and "¶11" counts the body paragraphs a reader sees on the
article's page, not the lines of our seed file.

A paragraph is a block of the file separated by a blank line. Each one gets
a `Kind`; only `BODY` paragraphs are numbered. What counts as furniture:
photo captions and credits, "Editor's Note ... Sign up here" lines, video
lines ("02:14 - Source: CNN"), datelines ("Hong Kong CNN —"), bylines,
navigation clutter ("Skip to content") and a "More from ..." block with
everything after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Kind(StrEnum):
    BODY = "body"
    HEADLINE = "headline"
    HEADING = "heading"
    BYLINE = "byline"
    CAPTION = "photo caption"
    EDITORS_NOTE = "editor's note"
    VIDEO = "video line"
    DATELINE = "dateline"
    CLUTTER = "page clutter"
    MORE_FROM = "\"More from\" block"

    @property
    def is_text(self) -> bool:
        """Whether words here are the article's own (a quote may be verified here)."""
        return self in (Kind.BODY, Kind.HEADLINE, Kind.HEADING)


@dataclass(frozen=True)
class Paragraph:
    """A blank-line separated block of the file.

    `index` counts every block of the file (1-based); `number` counts body
    paragraphs only, as a reader would (None for anything else); `line` is the
    file line it starts on; `start` and `end` are offsets in the text.
    """

    index: int
    line: int
    start: int
    end: int
    lines: tuple[str, ...]
    kind: Kind = Kind.BODY
    number: int | None = None

    @property
    def text(self) -> str:
        return " ".join(" ".join(line.split()) for line in self.lines).strip()


def blocks(text: str) -> list[Paragraph]:
    """The file's blank-line separated blocks, in order, not yet classified."""
    found: list[Paragraph] = []
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)]
    start = 0
    for end, after in [*breaks, (len(text), len(text))]:
        block = text[start:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            line = text.count("\n", 0, start + lead) + 1
            lines = tuple(line for line in block.splitlines() if line.strip())
            found.append(Paragraph(len(found) + 1, line, start + lead, end, lines))
        start = after
    return found


# --- Furniture ------------------------------------------------------------------

_MORE_FROM = re.compile(r"^(?:More from|More stories from|Read more from|Related:)\s")
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
_CLUTTER = re.compile(
    r"^(?:Skip to (?:main )?content|Advertisement|Share this (?:article|story)|"
    r"Sign up for|Subscribe|Listen to this article|Read more:?$)",
    re.IGNORECASE,
)
_SCRIPT = re.compile(r"^(?:<[a-z]|\w+\s*\(|var |function\b|window\.|document\.)")
_BYLINE = re.compile(r"^(?:By|Words by|Reporting by)\s+[A-Z]")


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in "“”\"‘’«»")


def furniture_kind(line: str) -> Kind | None:
    """The kind of furniture a line is, or None when it may be article text."""
    line = " ".join(line.split())
    if _EDITOR_NOTE.search(line):
        return Kind.EDITORS_NOTE
    if _VIDEO.search(line):
        return Kind.VIDEO
    if _CAPTION.search(line) or _CREDIT_END.search(line):
        return Kind.CAPTION
    if _DATELINE.match(line):
        return Kind.DATELINE
    if _CLUTTER.match(line) or (_SCRIPT.match(line) and not _has_quote(line)):
        return Kind.CLUTTER
    if len(line.split()) <= 8 and _CREDIT_LINE.search(line) and not _has_quote(line):
        return Kind.CAPTION
    return None


def _is_heading(paragraph: Paragraph) -> bool:
    """A section heading ("New alliance?"): one short line that is not a sentence."""
    text = paragraph.text
    return (
        len(paragraph.lines) == 1
        and len(text.split()) <= 8
        and not _has_quote(text)
        and not text.endswith((".", ",", ";", ":"))
    )


def _is_more_from(paragraph: Paragraph) -> bool:
    first = paragraph.lines[0].strip()
    return bool(_MORE_FROM.match(first)) and len(first.split()) <= 8


def guess_title(paragraph: Paragraph) -> str | None:
    """The first line, when it reads as a headline rather than the start of a paragraph.

    A headline stands alone (at most a short byline under it), is short, and is
    not a sentence: no full stop inside or at its end, even behind a quote mark.
    """
    line = " ".join(paragraph.lines[0].split())
    words = line.split()
    if not 2 <= len(words) <= 20 or len(line) > 200 or line[0].islower():
        return None
    if line.rstrip("”\"’')").endswith((".", ",", ";", ":", "—", "–", "-")):
        return None
    if re.search(r"[.!?][”\"’')]* [A-Z“\"]", line):
        return None
    byline = all(
        len(extra.split()) <= 4 and not extra.rstrip().endswith(".")
        for extra in paragraph.lines[1:]
    )
    return line if byline else None


@dataclass(frozen=True)
class ArticleText:
    """An article's paragraphs, each with its kind, and its headline if the text has one."""

    paragraphs: tuple[Paragraph, ...]
    title: str | None

    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind is Kind.BODY]

    def text_paragraphs(self) -> list[Paragraph]:
        """Where the article's own words are: body, headline and headings."""
        return [p for p in self.paragraphs if p.kind.is_text]


def read_article(text: str) -> ArticleText:
    """Classify every paragraph; number the body paragraphs as a reader counts them."""
    found = blocks(text.removeprefix("\ufeff"))
    kinds: list[Kind] = []
    title: str | None = None
    more_from = False
    for paragraph in found:
        if more_from or _is_more_from(paragraph):
            more_from = True
            kinds.append(Kind.MORE_FROM)
            continue
        furniture = [furniture_kind(line) for line in paragraph.lines]
        kind = next((k for k in furniture if k is not None), None)
        if kind is not None:
            kinds.append(kind)
            continue
        if not any(k in (Kind.BODY,) for k in kinds):
            candidate = guess_title(paragraph)
            if title is None and candidate is not None:
                title = candidate
                kinds.append(Kind.HEADLINE)
                continue
            if title is not None and " ".join(paragraph.lines[0].split()) == title:
                kinds.append(Kind.HEADLINE)  # a headline printed twice
                continue
            if title is not None and _looks_like_byline(paragraph):
                kinds.append(Kind.BYLINE)
                continue
        kinds.append(Kind.HEADING if _is_heading(paragraph) else Kind.BODY)
    numbered: list[Paragraph] = []
    count = 0
    for paragraph, kind in zip(found, kinds, strict=True):
        number = None
        if kind is Kind.BODY:
            count += 1
            number = count
        numbered.append(
            Paragraph(
                paragraph.index, paragraph.line, paragraph.start, paragraph.end,
                paragraph.lines, kind, number,
            )
        )
    return ArticleText(tuple(numbered), title)


def _looks_like_byline(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return len(paragraph.lines) == 1 and (
        bool(_BYLINE.match(text)) or (len(text.split()) <= 4 and not text.endswith("."))
    )
