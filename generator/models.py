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

from .load import RESERVED_SLUGS, SLUG_MAX

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SUMMARY_MAX_PARAGRAPHS = 3


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
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a real date") from None
    return value


def _summary_paragraphs(text: str) -> str:
    if len(paragraphs(text)) > SUMMARY_MAX_PARAGRAPHS:
        raise ValueError(f"has more than {SUMMARY_MAX_PARAGRAPHS} paragraphs")
    return text


def paragraphs(text: str) -> list[str]:
    """Paragraphs of an editor's text, whichever YAML block style wrote it.

    In a folded scalar (`>`, the style the README recommends) a blank line
    between paragraphs arrives as a single newline; in a literal one (`|`)
    paragraphs are separated by blank lines and single newlines only wrap.
    """
    text = text.strip()
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [" ".join(p.split()) for p in re.split(separator, text) if p.strip()]


Text = Annotated[str, StringConstraints(min_length=1, max_length=2000), AfterValidator(_not_blank)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=120), AfterValidator(_not_blank)]
Detail = Annotated[
    str, StringConstraints(min_length=1, max_length=300), AfterValidator(_not_blank)
]
Slug = Annotated[
    str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX), AfterValidator(_not_reserved)
]
Url = Annotated[
    str,
    StringConstraints(max_length=2000),
    AfterValidator(_http_url),
    Field(json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://", "format": "uri"}),
]
Day = Annotated[date, BeforeValidator(_iso_date_text)]


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

    @property
    def key(self) -> str:
        return self.id or slugify(self.name)


class Source(Strict):
    outlet: Name
    published: Day
    url: Url | None = None
    authors: list[Name] = Field(default_factory=list)
    text: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = Field(
        None, description="The article's plain text, relative to the project root."
    )


class KeyClaim(Strict):
    claim: Text
    by: Name | None = Field(None, description="An analyst id or name, or any other name.")
    evidence: list[Text] = Field(default_factory=list)


class Quote(Strict):
    text: Text
    speaker: Name
    context: Text | None = None


class Briefing(Strict):
    title: Annotated[
        str, StringConstraints(min_length=1, max_length=200), AfterValidator(_not_blank)
    ]
    source: Source
    summary: Annotated[
        str,
        StringConstraints(min_length=1, max_length=4000),
        AfterValidator(_not_blank),
        AfterValidator(_summary_paragraphs),
    ]
    topics: list[Slug] = Field(default_factory=list)
    analysts: list[Analyst] = Field(default_factory=list)
    key_claims: list[KeyClaim] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list)
