"""A quick look at one passage of an article, for `check`: is it plainly credited, or plainly not?

Reading a whole article (people, mentions, every cue) costs far more than
verifying quotes in it, and most passages need much less: a quote followed
by "said Jane Doe" is Jane Doe's, and a sentence with no quote marks and no
speech verb is the writer's narration. This module decides those two cases
from the passage's own paragraph; anything else ("he said", a description,
a quote carried over from the paragraph before, a name that does not match)
is left to the full reading (`extract`), which `check` runs only then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..engine.article import ArticleText, Kind, Paragraph
from .lexicon import ACCORDING_TO, SAY, SAY_RE, words
from .names import RUN, word_class
from .quotes import blot, find_spans
from .reading import sentences

# a whole run, not a possessive ("said Jane Doe's spokesman" is not Jane Doe's credit)
_NAME = rf"((?:{RUN.pattern}))(?![’']s|[’']? [A-Z])"
_APPOSITIVE = r"(?:, [^,·]{1,120},)?"
_SAID_NAME = re.compile(rf"^[\s,;:—–-]*(?:{SAY})\s+(?:[a-z][\w-]* ){{0,4}}{_NAME}")
_NAME_SAID = re.compile(
    rf"^[\s,;:—–-]*{_NAME}{_APPOSITIVE} (?:[a-z]+ly )?(?:{SAY})(?![\w’'-])"
)
_INTRO = re.compile(
    rf"(?:^|[.;] ){_NAME}{_APPOSITIVE} (?:[a-z]+ly )?(?:{SAY})(?![\w’'-])[^·“”\"]{{0,80}}:\s*$"
)


@dataclass(frozen=True)
class Glance:
    """What the paragraph alone says: `kind` is "named" (a quote with `names` next to a
    cue), "reported" (reported speech of `names` or `org`), "narration", "furniture"
    (with `place`), or "unsure"."""

    kind: str
    names: tuple[str, ...] = ()
    place: Kind | None = None
    org: str | None = None


@dataclass(frozen=True)
class _Para:
    text: str  # the paragraph as in the file, line breaks as spaces: offsets stay the file's
    blotted: str
    spans: tuple
    sentences: tuple[tuple[int, int], ...]


@lru_cache(maxsize=1024)
def _read(text: str, start: int, end: int) -> _Para:
    raw = text[start:end].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    spans = tuple(s for s in find_spans(raw) if s.closed or not s.single)
    blotted = blot(raw, list(spans))
    return _Para(raw, blotted, spans, tuple(sentences(blotted)))


def glance(text: str, article: ArticleText, where: tuple[int, int]) -> Glance:
    """The quick verdict on the passage at file offsets `where` (see the module docstring)."""
    paragraph = _paragraph(article, where[0])
    if paragraph is None:
        return Glance("unsure")
    if not paragraph.kind.is_text:
        return Glance("furniture", place=paragraph.kind)
    if "\n" in text[paragraph.start : paragraph.end].strip():
        return Glance("unsure")  # several lines: perhaps pasted paragraphs, read in full
    fast = _closed_and_named(text, where, paragraph)
    if fast is not None:
        return fast
    para = _read(text, paragraph.start, paragraph.end)
    start = where[0] - paragraph.start
    if start >= len(para.text):
        return Glance("unsure")
    spans = [s for s in para.spans if s.start <= start < s.end]
    sentence = next((s for s in para.sentences if s[0] <= start < s[1]), (0, len(para.text)))
    if spans:
        span = spans[0]
        if not (span.opened and span.closed):
            return Glance("unsure")
        after = para.blotted[span.end : sentence[1]]
        before = para.blotted[max(sentence[0], span.start - 160) : span.start]
        match = _SAID_NAME.match(after) or _NAME_SAID.match(after) or _INTRO.search(before)
        if match is None or _is_pronoun(match.group(1)):
            return Glance("unsure")  # "he said": who "he" is takes the full reading
        return Glance("named", (match.group(1),))
    words = para.blotted[sentence[0] : sentence[1]]
    if "·" in words:
        return Glance("unsure")
    if not SAY_RE.search(words) and not ACCORDING_TO.search(words):
        return Glance("narration")
    return _reported(words)


_CLOSE = re.compile(r"[.,!?…]?(?:[”»\"]|’’|'')")
_OPEN = re.compile(r"[“«\"]|‘‘|''")
_MARKS = re.compile("[“”\"«»‘]|(?<![\\w])[’']|[’'](?![\\w])")  # not "O’Brien"


def _closed_and_named(text: str, where: tuple[int, int], paragraph: Paragraph) -> Glance | None:
    """ "...,” said Jane Doe" right after the passage: named without reading the paragraph.

    The commonest credit in news copy, read from the raw text: a double closing mark
    right after the passage (after an opening one earlier in the paragraph), then a
    speech verb and a name. Anything else is left to the paragraph's reading.
    """
    close = _CLOSE.match(text, where[1])
    if close is None or not _OPEN.search(text, paragraph.start, where[0] + 1):
        return None
    tail = text[close.end() : min(paragraph.end, close.end() + 240)]
    match = _SAID_NAME.match(tail) or _NAME_SAID.match(tail)
    if match is None or _is_pronoun(match.group(1)) or _MARKS.search(match.group()):
        return None  # a quote mark inside the credit: the paragraph's reading decides
    return Glance("named", (match.group(1),))


_GROUPS = words(
    "officials analysts experts diplomats investors sources observers critics economists "
    "it they we people scientists researchers leaders ministers governments"
)
_SUBJECT = re.compile(rf"((?:{RUN.pattern}))(?:[’']s)?(?: \w+ly| has| have| had| also)* $")


def _reported(words: str) -> Glance:
    """Reported speech whose every subject is plain: a name, an organisation, a group."""
    names: list[str] = []
    orgs: list[str] = []
    cues = [(m.start(), m.end(), False) for m in SAY_RE.finditer(words)]
    cues += [(m.start(), m.end(), True) for m in ACCORDING_TO.finditer(words)]
    for start, end, according in cues:
        if according:
            after = words[end:].split()
            subject = RUN.match(words[end:].lstrip())
            text = subject.group() if subject else (after[0] if after else "")
        else:
            subject = _SUBJECT.search(words[:start])
            before = words[:start].split()
            text = subject.group(1) if subject else (before[-1] if before else "")
        if subject and _is_pronoun(text):
            return Glance("unsure")  # "She said that ...": the full reading resolves her
        if subject and not any(word_class(t) in ("org", "place") for t in text.split()):
            names.append(text)
        elif subject or text.lower() in _GROUPS:
            orgs.append(text)
        else:
            return Glance("unsure")
    return Glance("reported", tuple(names), org=orgs[0] if orgs else None)


_PRONOUNS = words("he she they it we i him her them his its their")


def _is_pronoun(name: str) -> bool:
    return name.strip().lower() in _PRONOUNS


def _paragraph(article: ArticleText, offset: int) -> Paragraph | None:
    for paragraph in article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph
    return None
