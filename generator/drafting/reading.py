"""An article prepared for attribution: reading units, their quotes, sentences and offsets.

The article's structure (which paragraphs are body text, which are captions,
datelines and other furniture, and the headline) comes from `engine.article`,
the same reading `check` verifies against, so a drafted quote's paragraph is
the one the verifier reports.

A unit is what a reader takes for a paragraph. Usually that is a paragraph
of the file; but text pasted with single newlines between paragraphs arrives
as one block, and treating it as one paragraph would let the speaker of one
paragraph's quote leak into the next. So a block whose every line ends a
sentence, and whose next line starts a new one, is read line by line. The other
way round, a copy that broke its lines mid-sentence, every line stored as a paragraph,
is read with the broken lines joined (`wrapped`).

Every unit keeps, for each character of its (white-space collapsed) text,
the offset in the file, so that `check` can map a verified passage back to
the quote marks and sentence around it.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field

from ..engine.article import ArticleText, Kind, Paragraph, read_article
from .lexicon import PLACES, words, words_in
from .names import RUN
from .namewords import SHORT_GIVEN
from .quotes import Span, blot, find_spans, link_units
from .wrapped import broken_line

_ABBREVIATIONS = words(
    "Mr Mrs Ms Dr Prof St Gen Sen Sens Rep Reps Gov Lt Col Sgt Capt Adm Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec No vs Jr Sr Inc Corp Ltd Co Mt Ft Rev Fr Va Calif Mass Coun Amb "
    "Pres Supt Insp Det Atty"
)
_LINE_END = re.compile(r"[.!?:”\"’'»)]$")
_LINE_START = re.compile(r"^[A-Z0-9“\"‘'«(–—•-]")


@dataclass
class Unit:
    """One paragraph as a reader sees it, ready for attribution."""

    index: int
    paragraph: Paragraph
    kind: Kind
    text: str
    offsets: list[int]  # the file offset of each character of `text`, and of its end
    spans: list[Span] = field(default_factory=list)
    blotted: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # paragraphs after the first that a line broken mid-sentence joined to it (`wrapped`)
    joined: list[Paragraph] = field(default_factory=list)
    # every capitalised run the article writes outside quotes: a name is read against the
    # forms the article gives it elsewhere (`names.split_run`)
    written: frozenset[str] = frozenset()

    @property
    def only_quote(self) -> bool:
        """The paragraph is one quote and nothing else: a turn of whoever spoke around it."""
        return len(self.spans) == 1 and not words_in(
            self.text[: self.spans[0].start] + self.text[self.spans[0].end :]
        )

    def paragraph_at(self, start: int) -> Paragraph:
        """The paragraph of the file that `text[start]` is in."""
        at = self.offsets[min(start, len(self.offsets) - 1)]
        return next((p for p in reversed(self.joined) if p.start <= at), self.paragraph)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file's (start, end) of `text[start:end]`."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        if self.text[end - 1].isspace():
            return self.offsets[start], self.offsets[end - 1] + 1
        return self.offsets[start], self.offsets[end]  # past an entity the character came from

    def local(self, offset: int) -> int | None:
        """Where a file offset falls in `text`, or None when outside this unit."""
        if not self.offsets[0] <= offset < self.offsets[-1]:
            return None
        for i, at in enumerate(self.offsets):
            if at >= offset:
                return i
        return None

    def sentence_at(self, offset: int) -> tuple[int, int]:
        for sentence in self.sentences:
            if sentence[0] <= offset < sentence[1]:
                return sentence
        return (0, len(self.text))


# "&quot;", "&#8220;", "&apos;": text pasted from a feed that kept its HTML escapes
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")


def _decoded(raw: str, base: int) -> list[tuple[str, int]]:
    """Each character with its file offset, an HTML entity read as the character it stands
    for (at the entity's offset): marks written "&quot;" are marks to a reader."""
    chars: list[tuple[str, int]] = []
    cursor = 0
    for match in _ENTITY.finditer(raw):
        chars.extend((raw[i], base + i) for i in range(cursor, match.start()))
        decoded = html.unescape(match.group())
        if decoded == match.group():
            chars.extend((raw[i], base + i) for i in range(match.start(), match.end()))
        else:
            chars.extend((ch, base + match.start()) for ch in decoded)
        cursor = match.end()
    chars.extend((raw[i], base + i) for i in range(cursor, len(raw)))
    return chars


def collapse(raw: str, base: int) -> tuple[str, list[int]]:
    """White space runs to one space, ends trimmed, entities decoded; with each character's
    file offset, and the offset where the text ends."""
    kept: list[str] = []
    offsets: list[int] = []
    space: int | None = None
    for ch, at in _decoded(raw, base):
        if ch.isspace():
            space = at if space is None and kept else space
            continue
        if space is not None:
            kept.append(" ")
            offsets.append(space)
            space = None
        kept.append(ch)
        offsets.append(at)
    ending = re.match(r"\S*", raw[offsets[-1] - base :]).end() if offsets else 0
    offsets.append(offsets[-1] + max(ending, 1) if offsets else base)
    return "".join(kept), offsets


def _pieces(paragraph: Paragraph, text: str) -> list[tuple[int, int]]:
    """The (start, end) file offsets of the paragraph's units: lines when pasted, else whole."""
    raw = text[paragraph.start : paragraph.end]
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", raw) if m.group().strip()]
    if paragraph.kind is Kind.HEADLINE:
        return [(paragraph.start + lines[0][0], paragraph.start + lines[0][1])]
    stripped = [raw[a:b].strip() for a, b in lines]
    pasted = len(lines) > 1 and all(
        _LINE_END.search(one) and _LINE_START.match(two)
        for one, two in itertools.pairwise(stripped)
    )
    if not pasted:
        return [(paragraph.start, paragraph.end)]
    return [(paragraph.start + a, paragraph.start + b) for a, b in lines]


def read_units(text: str, article: ArticleText) -> list[Unit]:
    """The article's text units in reading order: headline, headings and body."""
    units: list[Unit] = []
    seen_headline: set[str] = set()
    for paragraph in article.paragraphs:
        if not paragraph.kind.is_text:
            continue
        for start, end in _pieces(paragraph, text):
            unit_text, offsets = collapse(text[start:end], start)
            if not unit_text:
                continue
            if paragraph.kind is Kind.HEADLINE:
                if unit_text in seen_headline:
                    continue
                seen_headline.add(unit_text)
            last = units[-1] if units else None
            if last is not None and broken_line(
                last.text, (last.joined or [last.paragraph])[-1], unit_text, paragraph
            ):
                last.text += " " + unit_text  # the space stands where the line broke
                last.offsets += offsets
                last.joined.append(paragraph)
                continue
            units.append(Unit(len(units), paragraph, paragraph.kind, unit_text, offsets))
    for unit in units:
        unit.spans = find_spans(unit.text)
    link_units(units)
    for unit in units:
        unit.blotted = blot(unit.text, unit.spans).translate(_COMMAS)
        unit.sentences = sentences(unit.blotted)
    written = frozenset(match.group() for unit in units for match in RUN.finditer(unit.blotted))
    for unit in units:
        unit.written = written
    return units


# Copy that passed through an Arabic or East Asian desk writes their commas: read as ours.
_COMMAS = str.maketrans({"\u060c": ",", "\uff0c": ",", "\u3001": ","})
_LAST_WORD = re.compile(r"(\w+)\.?$")
_AFTER_LOWER = re.compile(r"\b[a-z]+ $")
# A stop, then space, then a capital or a mark; or an opening curly mark right after the
# stop, the space lost in pasting ("... it reports.“Growth is slowing,” said X.", or with
# the mark turned: "... it reports.”·····,” said X.", a quote's words blotted after it)
_BOUNDARY = re.compile(
    r"[.!?][”\"’')\]]*\s+(?=[“\"‘'(\[–—-]?\s?[A-Z0-9·])|[.!?](?=[“«]\S|”·)"
)


def sentences(blotted: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, found outside quotes; "U.S." and "Mr." do not end one."""
    bounds = [0]
    for match in _BOUNDARY.finditer(blotted):
        at = match.start() + 1  # the word before the stop, read from a short window
        word = _LAST_WORD.search(blotted, max(0, at - 40), at)
        if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        if word and word.group(1) in SHORT_GIVEN and _AFTER_LOWER.search(blotted, 0, word.start()):
            continue  # "said Ma. Lourdes Doe": a given name cut short (`names`)
        bounds.append(match.end())
    bounds.append(len(blotted))
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


def article_body(text: str) -> tuple[str | None, list[Paragraph]]:
    """The headline (if the text starts with one) and the body paragraphs, in order."""
    article = read_article(text)
    return article.title, article.body()


# "JANE DOE, SENIOR FELLOW, EXAMPLE INSTITUTE" over a wire factbox's quotes: a name, then
# a post and an organisation, all in capitals, on a line of its own with no quote marks; a
# round-up may set a bar after the name ("JANE DOE | ECONOMIST, EXAMPLE BANK"), join the
# firm to the post by "AT", and close the line with the city the person works in
_CAPITAL_CREDIT = re.compile(
    r"(?m)^([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){1,3})"
    r"((?:(?:,| \|) [A-Z][A-Z’'.&-]*(?: [A-Z][A-Z’'.&-]*)*)"
    r"(?:, [A-Z][A-Z’'.&-]*(?: [A-Z&][A-Z’'.&-]*)*)*)(, [A-Z][A-Z’'.&-]*(?: [A-Z&][A-Z’'.&-]*)*)$"
)
_SMALL = words("OF FOR AND THE AT IN ON DE")


def credit_lines_in_capitals(text: str) -> str:
    """Credit lines in capitals set as copy sets them, letter for letter in place (every
    offset stays the file's): the name and the organisation in title case, the post between
    them in lower case but for places ("Japan chair"), so each reads as what it is."""
    def title(words_: str) -> str:
        return re.sub(r"[A-Z][A-Z’'.&-]*", lambda w: w.group().lower() if (
            w.group() in _SMALL and w.start()) else w.group()[0] + w.group()[1:].lower(), words_)

    def post(words_: str) -> str:
        return re.sub(r"[A-Z][A-Z’'.&-]*", lambda w: (
            w.group()[0] + w.group()[1:].lower() if w.group().title() in PLACES
            else w.group().lower()), words_)

    def line(match: re.Match[str]) -> str:  # the bar read as the comma it stands for
        bar = match.group(2).startswith(" |")
        rest = (", " + match.group(2)[2:] if bar else match.group(2)) + match.group(3)
        # the post ends at its "AT" or its comma; the firm follows, then perhaps the city
        end = re.match(r", (?:(?!, ).)*?(?: AT |(?=, ))", rest)
        end_at = end.end() if end else len(rest) - len(match.group(3))
        return title(match.group(1)) + post(rest[:end_at]) + title(rest[end_at:])
    return _CAPITAL_CREDIT.sub(line, text)
