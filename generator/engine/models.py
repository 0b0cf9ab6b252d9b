"""The briefing contract (shared/BRIEFING_FORMAT.md) as typed, strict models.

Strict mode is the point: YAML 1.1 reads `NO` as false and `2022` as a number,
and a briefing that silently published "False" as an outlet would be wrong in
public. Every field here is named in the contract; the JSON Schema that editors'
tools use is generated from these classes (`briefings schema`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cached_property, lru_cache
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

# The contract's limits and patterns, in one place: the drafting tool and the CLI
# import them rather than copying them.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG_PATTERN)
SLUG_MAX = 80
# Each section's listing page is `<section>/index.md`; a page of that name would replace it.
RESERVED_SLUGS = frozenset({"index"})
FILE_MAX_BYTES = 1024 * 1024
TITLE_MAX = 200
TEXT_MAX = 2000
NAME_MAX = 120
DETAIL_MAX = 300
SUMMARY_MAX = 4000
SOURCE_TEXT_MAX = 500
URL_MAX = 2000
SUMMARY_MAX_PARAGRAPHS = 3
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# Invisible characters that can reorder or hide text ("Trojan Source"): bidirectional
# controls, zero-width spaces, word joiners and stray byte-order marks. The joiners
# that scripts and emoji need (U+200C, U+200D) are not among them.
INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def is_slug(text: str) -> bool:
    return len(text) <= SLUG_MAX and bool(SLUG_RE.match(text))


def parse_day(text: str) -> date | None:
    """A date written as the contract writes it (YYYY-MM-DD), if it is a real one."""
    if not DATE_PATTERN.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@lru_cache(maxsize=1 << 16)  # an analyst's key is asked for on every page that names them
def slugify(text: str) -> str:
    """The default analyst id: the ASCII slug of a name ("" when it has none)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:SLUG_MAX].strip("-")


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("must not be empty or only spaces")
    return text


def _not_reserved(slug: str) -> str:
    if slug in RESERVED_SLUGS:
        raise ValueError(f"{slug!r} is reserved for the section's index page")
    return slug


def _http_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an http:// or https:// address")
    if any(ch.isspace() or ord(ch) < 32 or ch in "<>\"'`" for ch in text):
        raise ValueError("must not contain spaces, quotes or angle brackets")
    return text


def _iso_date_text(value: object) -> object:
    """Accept a quoted "2022-02-03" too: quoting a date is a reasonable habit."""
    if isinstance(value, str) and DATE_PATTERN.fullmatch(value):
        day = parse_day(value)
        if day is None:
            raise ValueError(f"{value!r} is not a real date")
        return day
    return value


def _summary_paragraphs(text: str) -> str:
    if len(editor_paragraphs(text)) > SUMMARY_MAX_PARAGRAPHS:
        raise ValueError(f"has more than {SUMMARY_MAX_PARAGRAPHS} paragraphs")
    return text


def editor_paragraphs(text: str) -> list[str]:
    """Paragraphs of an editor's text, whichever YAML block style wrote it.

    In a folded scalar (`>`, the style the README recommends) a blank line
    between paragraphs arrives as a single newline; in a literal one (`|`)
    paragraphs are separated by blank lines and single newlines only wrap.
    """
    text = text.strip()
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [" ".join(p.split()) for p in re.split(separator, text) if p.strip()]


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=TEXT_MAX), AfterValidator(_not_blank)
]
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=NAME_MAX), AfterValidator(_not_blank)
]
Detail = Annotated[
    str, StringConstraints(min_length=1, max_length=DETAIL_MAX), AfterValidator(_not_blank)
]
Title = Annotated[
    str, StringConstraints(min_length=1, max_length=TITLE_MAX), AfterValidator(_not_blank)
]
Slug = Annotated[
    str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX), AfterValidator(_not_reserved)
]
Url = Annotated[
    str,
    StringConstraints(max_length=URL_MAX),
    AfterValidator(_http_url),
    Field(json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://", "format": "uri"}),
]
Day = Annotated[date, BeforeValidator(_iso_date_text)]
CLAIM_REF_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*#[1-9][0-9]{0,2}$"


def _claim_ref(text: str) -> str:
    if not re.fullmatch(CLAIM_REF_PATTERN, text) or len(text) > SLUG_MAX + 4:
        raise ValueError(
            f"{text!r} is not a claim reference: a briefing's slug, '#' and the claim's "
            "number, e.g. 2022-02-02-putin-xi-olympic-meeting#11"
        )
    return text


ClaimRef = Annotated[
    str, AfterValidator(_claim_ref), Field(json_schema_extra={"pattern": CLAIM_REF_PATTERN})
]
SourceText = Annotated[str, StringConstraints(min_length=1, max_length=SOURCE_TEXT_MAX)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Analyst(Strict):
    """An expert as one article presents them; `id` is shared across briefings."""

    name: Name
    id: Slug | None = Field(None, description="Global id; defaults to the slug of the name.")
    role: Detail | None = Field(None, description="As the article describes them at the time.")
    affiliation: Detail | None = Field(None, description="Likewise, as the article gives it.")

    @model_validator(mode="after")
    def _has_an_id(self) -> Analyst:
        if self.id is None and not slugify(self.name):
            raise ValueError(f"the name {self.name!r} has no ASCII slug; give this analyst an id")
        if self.key in RESERVED_SLUGS:
            raise ValueError(f"the id {self.key!r} is reserved; give this analyst another id")
        return self

    @cached_property
    def key(self) -> str:
        """Kept once made: linking and every page listing the analyst ask for it."""
        return self.id or slugify(self.name)


class Source(Strict):
    outlet: Name
    published: Day
    published_latest: Day | None = Field(
        None,
        description="When the date is inferred: the latest it can be (`published` is the "
        "earliest).",
    )
    url: Url | None = None
    authors: list[Name] = Field(default_factory=list)
    text: SourceText | None = Field(
        None, description="The article's plain text, relative to the project root."
    )

    @model_validator(mode="after")
    def _a_range_in_order(self) -> Source:
        if self.published_latest is not None and self.published_latest <= self.published:
            raise ValueError(
                "published_latest must be after published (the earliest date it can be)"
            )
        return self


class KeyClaim(Strict):
    claim: Text
    by: Name | None = Field(None, description="An analyst id or name, or any other name.")
    by_inferred: bool = Field(
        False,
        description="True when the article does not credit the claim to `by` in so many words.",
    )
    evidence: list[Text] = Field(default_factory=list)
    reverses: ClaimRef | None = Field(
        None,
        description="An earlier claim this one reverses: that briefing's slug, '#', and the "
        "claim's number in it (1 is the first), e.g. 2022-02-02-putin-xi-olympic-meeting#11.",
    )

    @model_validator(mode="after")
    def _inferred_needs_a_name(self) -> KeyClaim:
        if self.by_inferred and self.by is None:
            raise ValueError("by_inferred is set, but the claim has no `by`")
        return self


class Quote(Strict):
    text: Text
    speaker: Name
    speaker_inferred: bool = Field(
        False, description="True when the article does not name the speaker at these words."
    )
    context: Text | None = None


class Briefing(Strict):
    title: Title
    title_by_editor: bool = Field(
        False,
        description="True when `title` is the editor's description, not the article's headline.",
    )
    source: Source
    summary: Annotated[
        str,
        StringConstraints(min_length=1, max_length=SUMMARY_MAX),
        AfterValidator(_not_blank),
        AfterValidator(_summary_paragraphs),
    ]
    topics: list[Slug] = Field(default_factory=list)
    analysts: list[Analyst] = Field(default_factory=list)
    key_claims: list[KeyClaim] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list)
