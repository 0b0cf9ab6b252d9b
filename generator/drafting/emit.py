"""The draft as YAML: the contract's fields, with comments where the editor has work to do."""

from __future__ import annotations

import yaml

from ..engine.models import is_slug
from ..schema import MODELINE
from .plan import Draft, DraftAnalyst, DraftQuote, shorten

TODO_TITLE = "TODO: title"
TODO_SUMMARY = "TODO: summarise the article in 1-3 short paragraphs, in your own words."
TODO_CLAIM = (
    "TODO: the article's main claim, in your own words; add one entry per claim, "
    "with evidence copied from the article."
)


def scalar(value: str) -> str:
    """A double-quoted YAML scalar on one line: safe for any text, and kept verbatim."""
    return yaml.safe_dump(value, default_style='"', allow_unicode=True, width=2**30).rstrip("\n")


def identifier(value: str) -> str:
    """An id as written by hand (`id: ali-wyne`), quoted only if YAML would misread it."""
    plain = yaml.safe_load(value) == value if is_slug(value) else False
    return value if plain else scalar(value)


def to_yaml(draft: Draft) -> str:
    """The briefing file, with comments where the editor has work to do."""
    request = draft.request
    lines = [
        MODELINE,
        f"# Drafted by `briefings new` from {draft.seed}.",
        "# Replace every TODO, check each analyst and quote against the article, and keep",
        "# only the quotes worth keeping.",
    ]
    if draft.title is None:
        lines.append("# TODO: no headline was found in the article's text; write the title.")
    lines.append(f"title: {scalar(draft.title or TODO_TITLE)}")
    if draft.title_by_editor:
        if request.title is not None:
            lines.append("# The title was given with --title: set title_by_editor to false if it")
            lines.append("# is the article's own headline.")
        lines.append("title_by_editor: true")
    lines += [
        "source:",
        f"  outlet: {scalar(request.outlet)}",
        f"  published: {request.published.isoformat()}",
    ]
    if request.published_latest:
        lines.append("  # The date is inferred: published is the earliest it can be.")
        lines.append(f"  published_latest: {request.published_latest.isoformat()}")
    if request.url:
        lines.append(f"  url: {scalar(request.url)}")
    if draft.authors:
        lines.append("  # From the article's byline.")
        lines.append(f"  authors: [{', '.join(scalar(a) for a in draft.authors)}]")
    lines.append(f"  text: {scalar(draft.seed)}")
    lines += ["summary: >", f"  {TODO_SUMMARY}"]
    lines += _analyst_lines(draft.analysts)
    lines += ["key_claims:", f"  - claim: {scalar(TODO_CLAIM)}"]
    lines += _quote_lines(draft.quotes)
    lines += _unattributed_lines(draft.unattributed)
    return "\n".join(lines) + "\n"


def _analyst_lines(analysts: list[DraftAnalyst]) -> list[str]:
    if not analysts:
        return ["analysts: []"]
    lines = ["analysts:"]
    for analyst in analysts:
        lines += [f"  - name: {scalar(analyst.name)}", f"    id: {identifier(analyst.id)}"]
        if analyst.role:
            lines.append(f"    role: {scalar(analyst.role)}")
        if analyst.affiliation:
            lines.append(f"    affiliation: {scalar(analyst.affiliation)}")
    return lines


def _quote_lines(quotes: list[DraftQuote]) -> list[str]:
    if not quotes:
        return ["quotes: []"]
    lines = ["quotes:"]
    for quote in quotes:
        speaker = identifier(quote.speaker) if quote.analyst else scalar(quote.speaker)
        lines += [f"  - text: {scalar(quote.text)}", f"    speaker: {speaker}"]
        if quote.inferred:
            lines += [
                "    # No attribution at these words: the speaker is the one of the quotes",
                "    # around them. Check it, then keep or drop speaker_inferred.",
                "    speaker_inferred: true",
            ]
    return lines


def _unattributed_lines(phrases: list[str], width: int = 96) -> list[str]:
    """Quoted phrases with no named speaker, listed so the editor knows they were seen."""
    if not phrases:
        return []
    lines = [
        "# Not drafted: phrases in quote marks with no named speaker (scare quotes, terms,",
        "# or the words of a country or an institution):",
    ]
    line = "#"
    for phrase in phrases:
        item = f" “{shorten(' '.join(phrase.split()), 60)}”;"
        if len(line) > 1 and len(line) + len(item) > width:
            lines.append(line)
            line = "#"
        line += item
    lines.append(line.rstrip(";"))
    return lines
