"""An article's plain text as a reader meets it: headline, byline, body, and page furniture.

Verification and drafting both read articles through this module, so that
"article text" means one thing: a quote found only in a photo caption is not
somebody's words, and "¶11" counts the body paragraphs a reader sees on the
article's page, not the lines of our seed file.

A paragraph is a block of the file separated by a blank line. Each one gets
a `Kind`; only `BODY` paragraphs are numbered. What counts as furniture:
photo captions and credits, "Editor's Note ... Sign up here" lines, video
lines ("02:14 - Source: CNN"), datelines ("Hong Kong CNN —"), bylines,
navigation clutter ("Skip to content"), and a "More from ..." block: the
whole tail of the page when it ends the article, only its links when it is a
widget mid-article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import BYLINE, MORE_FROM, Kind, furniture_kind, has_quote, is_short_widget

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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


def _is_heading(paragraph: Paragraph) -> bool:
    """A section heading ("New alliance?"): one short line that is not a sentence."""
    text = paragraph.text
    return (
        len(paragraph.lines) == 1
        and len(text.split()) <= 8
        and not has_quote(text)
        and not text.endswith((".", ",", ";", ":"))
    )


def _is_more_from(paragraph: Paragraph) -> bool:
    first = paragraph.lines[0].strip()
    return len(paragraph.lines) == 1 and bool(MORE_FROM.match(first)) and len(first.split()) <= 8


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
    """Classify every paragraph; number the body paragraphs as a reader counts them.

    A byte-order mark counts as white space, so that offsets stay those of the file.
    """
    found = blocks(" " + text[1:] if text.startswith("\ufeff") else text)
    kinds: list[Kind] = []
    title: str | None = None
    trailing = _trailing_more_from(found)
    for position, paragraph in enumerate(found):
        if position >= trailing:
            kinds.append(Kind.MORE_FROM)
            continue
        kind = _furniture(paragraph, kinds)
        if kind is not None:
            kinds.append(kind)
            continue
        if Kind.BODY not in kinds:
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
    _captions_printed_twice(found, kinds)
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


def _captions_printed_twice(found: list[Paragraph], kinds: list[Kind]) -> None:
    """An image's alt text printed above its caption ("Putin." then "Putin. Credit: ...")."""
    for i in range(len(found) - 1):
        here, after = found[i].text, found[i + 1].text
        if kinds[i + 1] is Kind.CAPTION and kinds[i] is not Kind.CAPTION and (
            after.startswith(here) and len(here) < len(after)
        ):
            kinds[i] = Kind.CAPTION


def _furniture(paragraph: Paragraph, kinds: list[Kind]) -> Kind | None:
    """What kind of furniture a paragraph is (any furniture line makes it so), or None."""
    if _is_more_from(paragraph) or (kinds and kinds[-1] is Kind.MORE_FROM and _teaser(paragraph)):
        return Kind.MORE_FROM  # a widget of links mid-article: the article goes on after it
    found = next((k for k in map(furniture_kind, paragraph.lines) if k is not None), None)
    if found is None and len(paragraph.lines) == 1 and BYLINE.match(paragraph.text):
        return Kind.BYLINE if len(paragraph.text.split()) <= 10 else None
    return Kind.CLUTTER if found is None and is_short_widget(paragraph.lines) else found


def _teaser(paragraph: Paragraph) -> bool:
    """A link under a "More from" line: a headline, not a sentence of the article."""
    return len(paragraph.lines) == 1 and guess_title(paragraph) is not None


def _trailing_more_from(found: list[Paragraph]) -> int:
    """Where a trailing "More from ..." block starts (everything after it is teasers).

    A "More from Business" widget mid-article is a line of links (short
    headlines) and then the article goes on; only that widget is furniture.
    A block whose first item is a picture or a teaser with its summary, or
    whose items are all links, ends the page: all of it is furniture. The
    tail of a page comes after the article has begun: a "More from this show"
    line with nothing but a headline above it is the page's navigation.
    """
    for position, paragraph in enumerate(found):
        if not _is_more_from(paragraph) or not any(
            guess_title(p) is None and not _furniture(p, []) for p in found[:position]
        ):
            continue
        rest = [p for p in found[position + 1 :] if not _furniture(p, [])]
        links = 0
        while links < len(rest) and _teaser(rest[links]):
            links += 1
        if not links or links == len(rest):
            return position
    return len(found)


def _looks_like_byline(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return len(paragraph.lines) == 1 and (
        bool(BYLINE.match(text)) or (len(text.split()) <= 4 and not text.endswith("."))
    )
