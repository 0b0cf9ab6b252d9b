"""The open data's tables: their columns (one definition for the files, the data package and
the Data page) and their rows, read from the catalog.

Positions are 1-based, as a reader counts quotes on a page; ids are built
from slugs and positions only, so the same briefing file gives the same ids
in every build.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.link import Catalog, Entry, PersonRef
from ..engine.verify import Verdict
from . import formats
from .routes import ANALYST, BRIEFING

# The licence of the editors' work (README, "Open data"): one place to change it.
LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International licence",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type: string, integer, boolean, date, array
    description: str
    required: bool = False
    format: str | None = None

    def schema(self) -> dict:
        out: dict = {"name": self.name, "type": self.type, "description": self.description}
        if self.format:
            out["format"] = self.format
        if self.required:
            out["constraints"] = {"required": True}
        return out


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)
    # column -> (table, column) it points to
    references: dict[str, tuple[str, str]] = field(default_factory=dict)


def _id(description: str) -> Column:
    return Column("id", "string", description, required=True)


_BRIEFING_ID = Column("briefing_id", "string", "The briefing's slug", required=True)
_INDEX = Column("index", "integer", "Position in the briefing, from 1", required=True)
_VERIFIED = Column("verified", "boolean", "Whether the words were found in the article's text",
                   required=True)
_VERDICT = Column("verdict", "string", "Where they were found, or `unverified`", required=True)
_PARAGRAPH = Column("paragraph", "integer", "The article's body paragraph (from 1), if found there")

TABLES: tuple[Table, ...] = (
    Table("briefings", "Briefings", "one briefing: the article it summarises", (
        _id("The briefing's slug (its page is briefings/<slug>/)"),
        Column("title", "string", "The article's headline, or the editor's title", True),
        Column("title_by_editor", "boolean", "True when the title is the editor's", True),
        Column("outlet", "string", "Who published the article", True),
        Column("published", "date", "Publication date; the earliest it can be if inferred", True),
        Column("published_latest", "date", "If the date is inferred: the latest it can be"),
        Column("url", "string", "The article's address", format="uri"),
        Column("authors", "array", "The article's authors"),
        Column("summary", "string", "The editor's summary (paragraphs a blank line apart)", True),
        Column("topics", "array", "Topic slugs"),
        Column("text_on_file", "boolean", "Whether quotes were checked against the text", True),
        Column("page", "string", "The briefing's page, from the site's root", True),
    )),
    Table("analysts", "Analysts", "one person quoted or cited, across briefings", (
        _id("The analyst's id, shared by every briefing"),
        Column("name", "string", "Their name", True),
        Column("page", "string", "Their page, from the site's root", True),
    )),
    Table("appearances", "Appearances", "an analyst in one briefing, as described there", (
        _BRIEFING_ID,
        Column("analyst_id", "string", "The analyst's id", True),
        Column("role", "string", "Their role, as the article gave it then"),
        Column("affiliation", "string", "Their affiliation, as the article gave it then"),
    ), key=("briefing_id", "analyst_id"), references={
        "briefing_id": ("briefings", "id"), "analyst_id": ("analysts", "id"),
    }),
    Table("quotes", "Quotes", "one verbatim quote and its verdict", (
        _id("<briefing slug>/quote-<index>"), _BRIEFING_ID, _INDEX,
        Column("text", "string", "The quote, verbatim", True),
        Column("speaker", "string", "Who said it, as the briefing names them", True),
        Column("speaker_analyst_id", "string", "The speaker's analyst id, if an analyst"),
        Column("speaker_inferred", "boolean", "True when the editor inferred the speaker", True),
        Column("context", "string", "The editor's note on the context"),
        _VERIFIED, _VERDICT, _PARAGRAPH,
    ), references={"briefing_id": ("briefings", "id"), "speaker_analyst_id": ("analysts", "id")}),
    Table("claims", "Key claims", "one key claim, in the editor's words", (
        _id("<briefing slug>/claim-<index>"), _BRIEFING_ID, _INDEX,
        Column("claim", "string", "The claim, in the editor's words", True),
        Column("by", "string", "Who makes it; empty: the article itself"),
        Column("by_analyst_id", "string", "Their analyst id, if an analyst"),
        Column("by_inferred", "boolean", "True when the editor inferred who makes it", True),
        Column("evidence_count", "integer", "How many evidence excerpts support it", True),
    ), references={"briefing_id": ("briefings", "id"), "by_analyst_id": ("analysts", "id")}),
    Table("evidence", "Evidence", "one verbatim excerpt supporting a claim, and its verdict", (
        _id("<briefing slug>/claim-<index>/evidence-<index>"),
        Column("claim_id", "string", "The claim it supports", True), _BRIEFING_ID, _INDEX,
        Column("text", "string", "The excerpt, verbatim", True),
        _VERIFIED, _VERDICT, _PARAGRAPH,
    ), references={"claim_id": ("claims", "id"), "briefing_id": ("briefings", "id")}),
)


def rows(catalog: Catalog) -> dict[str, list[dict]]:
    """Every table's rows, briefings newest first and everything else in their order."""
    tables: dict[str, list[dict]] = {table.name: [] for table in TABLES}
    for entry in catalog.entries:
        briefing_rows(entry, tables)
    tables["analysts"] = analyst_rows(catalog)["analysts"]
    return tables


def analyst_rows(catalog: Catalog) -> dict[str, list[dict]]:
    return {
        "analysts": [
            {
                "id": analyst_id, "name": formats.one_line(profile.name),
                "page": formats.page_url(ANALYST.path(analyst_id)),
            }
            for analyst_id, profile in catalog.analysts.items()
        ]
    }


def briefing_rows(entry: Entry, tables: dict[str, list[dict]]) -> None:
    """One briefing's rows, added to `tables` (the briefing, appearances, quotes, claims...)."""
    b, slug = entry.briefing, entry.slug
    source = b.source
    tables["briefings"].append({
        "id": slug,
        "title": formats.one_line(b.title),
        "title_by_editor": b.title_by_editor,
        "outlet": formats.one_line(source.outlet),
        "published": source.published.isoformat(),
        "published_latest": source.published_latest.isoformat()
        if source.published_latest else None,
        "url": formats.markup.url(source.url) if source.url else None,
        "authors": [formats.one_line(name) for name in source.authors],
        "summary": formats.paragraphs(b.summary),
        "topics": list(dict.fromkeys(b.topics)),
        "text_on_file": entry.verified,
        "page": formats.page_url(BRIEFING.path(slug)),
    })
    seen = set()
    for analyst in b.analysts:
        if analyst.key in seen:
            continue
        seen.add(analyst.key)
        tables["appearances"].append({
            "briefing_id": slug, "analyst_id": analyst.key,
            "role": _text(analyst.role), "affiliation": _text(analyst.affiliation),
        })
    for i, linked in enumerate(entry.quotes, 1):
        tables["quotes"].append({
            "id": f"{slug}/quote-{i}", "briefing_id": slug, "index": i,
            "text": formats.one_line(linked.quote.text),
            **_who("speaker", linked.speaker),
            "speaker_inferred": linked.quote.speaker_inferred,
            "context": _text(linked.quote.context),
            **_verdict(linked.verdict),
        })
    for i, linked in enumerate(entry.claims, 1):
        claim_id = f"{slug}/claim-{i}"
        tables["claims"].append({
            "id": claim_id, "briefing_id": slug, "index": i,
            "claim": formats.one_line(linked.claim.claim),
            **_who("by", linked.by),
            "by_inferred": linked.claim.by_inferred,
            "evidence_count": len(linked.evidence),
        })
        for j, (text, verdict) in enumerate(linked.evidence, 1):
            tables["evidence"].append({
                "id": f"{claim_id}/evidence-{j}", "claim_id": claim_id,
                "briefing_id": slug, "index": j, "text": formats.one_line(text),
                **_verdict(verdict),
            })


def _text(value: str | None) -> str | None:
    return formats.one_line(value) if value else None


def _who(column: str, person: PersonRef | None) -> dict:
    return {
        column: formats.one_line(person.name) if person else None,
        f"{column}_analyst_id": person.analyst_id if person else None,
    }


def _verdict(verdict: Verdict) -> dict:
    return {
        "verified": verdict.verified,
        "verdict": verdict.label,
        "paragraph": verdict.paragraph if verdict.verified else None,
    }
