"""The draft plan: what `briefings new` will write, before it becomes YAML.

Every quote the extraction found is looked up in the article the way `check`
looks it up; one that is not found verbatim is left out, with a warning.
Analysts keep the id they already have in the project (from the checked
catalog), so one person keeps one page. The contract's limits come from the
models, never copied here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from ..engine.link import Catalog
from ..engine.models import DETAIL_MAX, NAME_MAX, SLUG_MAX, TEXT_MAX, Analyst, slugify
from ..engine.problems import Position, Problems, display_path
from ..engine.project import SEEDS_DIR
from ..engine.verify import Article, Miss
from .extract import Extraction, FoundQuote, extract

SLUG_WORDS = 8


@dataclass(frozen=True)
class Request:
    """What the editor asked for: `briefings new ARTICLE` and its options."""

    article: Path
    root: Path
    outlet: str
    published: date
    url: str | None = None
    slug: str | None = None
    title: str | None = None  # given by the editor (--title): not known to be the headline
    published_latest: date | None = None  # the date is inferred: the latest it can be


@dataclass(frozen=True)
class DraftAnalyst:
    name: str
    id: str
    role: str | None
    affiliation: str | None


@dataclass(frozen=True)
class DraftQuote:
    text: str
    speaker: str  # an analyst id when `analyst`, else the speaker's name
    analyst: bool = False
    inferred: bool = False  # the article does not name the speaker at these words


@dataclass
class Draft:
    """The briefing as the tool fills it in, before it becomes YAML."""

    slug: str
    title: str | None
    seed: str  # source.text: the article's path in the project
    request: Request
    analysts: list[DraftAnalyst] = field(default_factory=list)
    quotes: list[DraftQuote] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

    @property
    def title_by_editor(self) -> bool:
        """The title is not the article's own headline: the editor's, or still to write."""
        return self.request.title is not None or self.title is None



def seed_path(request: Request) -> tuple[Path, bool]:
    """Where the article lives in the project, and whether it must be copied there."""
    seeds = (request.root / SEEDS_DIR).resolve()
    article = request.article.resolve()
    if article.is_relative_to(seeds):
        return article, False
    return seeds / request.article.name, True


def default_slug(published: date, title: str | None, article: Path) -> str:
    """`<date>-<first words of the title>`, or of the file name when there is no title."""
    words = slugify(title).split("-")[:SLUG_WORDS] if title else []
    stem = "-".join(words) or slugify(article.stem) or "article"
    return f"{published.isoformat()}-{stem}"[:SLUG_MAX].strip("-")


def plan(request: Request, text: str, catalog: Catalog) -> tuple[Draft, Problems]:
    """Extract, then keep what verifies; the problems are warnings about what was left out."""
    extraction = extract(text)
    title = request.title or extraction.title
    seed, _ = seed_path(request)
    root = request.root.resolve()
    draft = Draft(
        slug=request.slug or default_slug(request.published, title, request.article),
        title=title,
        seed=seed.relative_to(root).as_posix() if seed.is_relative_to(root) else seed.name,
        request=request,
        unattributed=extraction.unattributed,
        authors=[a for a in extraction.authors if len(a) <= NAME_MAX and a != request.outlet],
    )
    draft.analysts = analysts_of(extraction, existing_analysts(catalog))
    problems = fill_quotes(draft, extraction, Article(text), display_path(seed, request.root))
    return draft, problems


def existing_analysts(catalog: Catalog) -> dict[str, str]:
    """Name -> id of every analyst already in the project, so a person keeps one id."""
    return {profile.name: profile.id for profile in catalog.analysts.values()}


def analysts_of(extraction: Extraction, known: dict[str, str]) -> list[DraftAnalyst]:
    """The article's analysts, each with an id that means the same person project-wide."""
    taken = {ident: name for name, ident in known.items()}
    result = []
    for i, person in enumerate(extraction.analysts, 1):
        if len(person.name) > NAME_MAX:
            continue
        ident = known.get(person.name) or _free_id(
            slugify(person.name) or f"analyst-{i}", person.name, taken
        )
        taken[ident] = person.name
        role, affiliation = _detail(person.role), _detail(person.affiliation)
        result.append(DraftAnalyst(person.name, ident, role, affiliation))
    return result


def _free_id(ident: str, name: str, taken: dict[str, str]) -> str:
    """The slug of the name, numbered when another person has it or the models refuse it."""
    stem = ident[: SLUG_MAX - 6].rstrip("-")
    candidate, n = ident, 2
    while taken.get(candidate, name) != name or not _usable_id(candidate):
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def _usable_id(ident: str) -> bool:
    """Whatever the contract says of ids (reserved words too), asked of the model itself."""
    try:
        Analyst(name="x", id=ident)
    except ValidationError:
        return False
    return True


def _detail(text: str | None) -> str | None:
    return text if text and len(text) <= DETAIL_MAX else None


def fill_quotes(draft: Draft, extraction: Extraction, article: Article, seed: str) -> Problems:
    """Keep the quotes that verify, speakers as analyst ids or names; warn about the rest."""
    ids = {analyst.name: analyst.id for analyst in draft.analysts}
    lines = {p.index: p.line for p in extraction.paragraphs}
    problems = Problems()
    for quote in extraction.quotes:
        reason = _unusable(quote, article)
        if reason:
            problems.warn(
                Position(seed, lines.get(quote.paragraph, 1)),
                f"quote left out of the draft, {reason}: “{shorten(quote.text)}”",
            )
            continue
        speaker = _speaker(quote, ids)
        draft.quotes.append(
            DraftQuote(quote.text, speaker, speaker in ids.values(), quote.inferred)
        )
    return problems


def _unusable(quote: FoundQuote, article: Article) -> str | None:
    if len(quote.text) > TEXT_MAX:
        return f"longer than {TEXT_MAX} characters"
    if len(quote.speaker_name) > NAME_MAX:
        return "its speakers' names are too long"
    if isinstance(article.find(quote.text), Miss):
        return "not found verbatim in the article"
    return None


def _speaker(quote: FoundQuote, ids: dict[str, str]) -> str:
    if len(quote.speakers) == 1 and quote.speakers[0].name in ids:
        return ids[quote.speakers[0].name]
    return quote.speaker_name


def verifies(quote: str, text: str) -> bool:
    """Whether `check` would find `quote` in the article `text` (the scorer asks this too)."""
    return not isinstance(_article(text).find(quote), Miss)


@lru_cache(maxsize=8)
def _article(text: str) -> Article:
    return Article(text)


def shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


