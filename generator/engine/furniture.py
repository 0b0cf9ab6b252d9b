"""Page furniture: the lines of a stored page that are not the article's words.

Photo captions and credits, editor's notes, video lines, datelines and date
stamps, bylines, navigation and share buttons, script and template leftovers.
`engine.article` asks this module about each line; a quote found only here is
nobody's words.
"""

from __future__ import annotations

import re
from enum import StrEnum


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
    def described(self) -> str:
        """With its article, for messages: "an editor's note", "a photo caption"."""
        if self is Kind.CLUTTER:
            return "page clutter"
        return ("an " if self.value[0] in "aeiou" else "a ") + self.value

    @property
    def is_text(self) -> bool:
        """Whether words here are the article's own (a quote may be verified here)."""
        return self in (Kind.BODY, Kind.HEADLINE, Kind.HEADING)


MORE_FROM = re.compile(
    r"^(?:More from|More stories from|Read more from|Related:|You might also like|"
    r"More on this story|Related (?:stories|articles|coverage))\b"
)
# Each line of every article passes these patterns, so none starts with `\b` or ignores
# case (either stops `re` from skipping ahead to a literal); `_at_word` checks the
# boundary on the rare line that holds the words.
_EDITOR_NOTE = re.compile(r"[Ee][Dd][Ii][Tt][Oo][Rr][’'][Ss] [Nn][Oo][Tt][Ee]\b")
_SIGN_UP = re.compile(r"[Ss][Ii][Gg][Nn] [Uu][Pp] [Hh][Ee][Rr][Ee]\b")
_VIDEO = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*Source:")
_CAPTION_START = re.compile(r"In this (?:image|photo|file photo|picture|handout)|FILE\b")
_CAPTION = re.compile(
    r"\((?:L|R|C|left|right|center|centre|top|bottom|front|back)\)"
    r"|\(Photo (?:by|credit|:)|\((?:Credits?|Photo|Picture):"
)
_CAPTION_LABEL = re.compile(
    r"(?:PHOTO|Photo|Picture|Image|Credits?|Photo credit):\s*\S|Credit\.\.\."
)
_AGENCY = r"AP|AFP|Reuters|REUTERS|Getty Images|EPA|Xinhua|Sputnik|TASS|Bloomberg|Pool|Handout"
_CREDIT_END = re.compile(rf"\([^()]*\b(?:via|{_AGENCY})\b[^()]*\)\s*$")
_CREDIT_LINE = re.compile(rf"(?:\b(?:{_AGENCY})\b|^Courtesy of\b|/)")
_DATELINE = re.compile(r"^[\w .,()’'-]{0,40}\s[—–-]$")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
)
# A line that is only a date or a time stamp, with at most a few words around it.
_DATE_LINE = re.compile(
    rf"^[-–—•|\s]*(?:[A-Z][\w. ]{{0,40}}[-–—|,]\s*)?(?:\w+day,?\s*)?"
    rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})(?:[,|\s]+\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?)?"
    r"[\s|,-]*$",
    re.IGNORECASE,
)
_CLUTTER = re.compile(
    r"^(?:Skip to (?:main )?content|Advertisement|Share this (?:article|story)|"
    r"Sign up for|Subscribe|Listen to this article|Read more:?$|Read More\W*$|"
    r"Accessibility links|Breaking News$|Posted:|Updated:|Close$|Menu$|Comments$|"
    r"Copy/paste|Copy to clipboard|By using this (?:site|website)|"
    r"We[’']re sorry, this feature|This (?:article|story) was published|"
    r"This was published \d|Powered by automated translation|Any use of materials|"
    r"Enable breadcrumbs|Show more$|Load more$|Print$|Email$|Share$|Ad$)",
    re.IGNORECASE,
)
# Template leftovers and markup: a body paragraph never holds these.
_TEMPLATE = re.compile(r"\{\{|\}\}|</?[a-z]+[^>]*>|\.(?:twig|php|aspx?|html?)\b|/includes/")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")  # "ArrowArtboardCreated": widget labels run together
_SCRIPT = re.compile(
    r"^(?:<[a-z]|[\w$.]+\((?:function|\{|['\"\d)])|(?:var|let|const) \w+ ?=|function\b"
    r"|window\.|document\.)"
)
BYLINE = re.compile(r"^(?:By|Words by|Reporting by|Written by)\s+(?:[a-z]+\s+){0,3}[A-Z]")
# Site navigation: a short line made only of these words is page chrome, not a headline.
_NAVIGATION = frozenset((
    "home", "news", "social", "channels", "menu", "search", "archive", "sections", "topics",
    "share", "follow", "subscribe", "login", "more", "latest", "live", "video", "videos",
    "audio", "podcasts", "newsletters", "trending", "popular", "watch", "listen", "opinion",
))


def has_quote(text: str) -> bool:
    return any(mark in text for mark in "“”\"‘’«»")


def furniture_kind(line: str) -> Kind | None:
    """The kind of furniture a line is, or None when it may be article text."""
    line = " ".join(line.split())
    if _EDITOR_NOTE.match(line) or _at_word(_SIGN_UP, line):
        return Kind.EDITORS_NOTE
    if _VIDEO.search(line):
        return Kind.VIDEO
    if (
        _CAPTION_START.match(line) or _CAPTION.search(line) or _at_word(_CAPTION_LABEL, line)
        or _CREDIT_END.search(line)
    ):
        return Kind.CAPTION
    if _DATELINE.match(line) or _DATE_LINE.match(line):
        return Kind.DATELINE
    if _CLUTTER.match(line) or _is_widget(line):
        return Kind.CLUTTER
    if len(line.split()) <= 8 and _CREDIT_LINE.search(line) and not has_quote(line):
        return Kind.CAPTION
    return None


def _at_word(pattern: re.Pattern[str], line: str) -> bool:
    """Whether `pattern` matches where a word starts (the `\\b` it leaves out)."""
    return any(
        m.start() == 0 or not (line[m.start() - 1].isalnum() or line[m.start() - 1] == "_")
        for m in pattern.finditer(line)
    )


def _is_widget(line: str) -> bool:
    """Navigation, buttons, scripts and template leftovers: words no reporter wrote."""
    if has_quote(line):
        return False
    words = line.split()
    letters = 3 if len(line) > 12 else sum(ch.isalpha() for ch in line)
    return bool(
        _SCRIPT.match(line)
        or _TEMPLATE.search(line)
        or letters <= 2
        or len(_GLUED.findall(line)) >= 3
        or ("©" in line and len(words) <= 12)
    )


def is_short_widget(lines: tuple[str, ...]) -> bool:
    """A paragraph of one short line that no sentence is: "MENU", "twitter", "• Topic"."""
    line = " ".join(" ".join(lines).split())
    if len(lines) != 1 or has_quote(line):
        return False
    words = line.split()
    return (
        (len(words) == 1 and not line.endswith((".", "?", "!")))
        or (len(words) <= 3 and all(w.casefold() in _NAVIGATION for w in words))
        or (len(words) <= 6 and line.upper() == line)
        or (len(words) <= 4 and line.startswith("•"))
    )
