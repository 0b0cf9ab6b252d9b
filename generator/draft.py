"""`briefings new`: draft a briefing from an article, ready for an editor to finish.

The draft is only useful if it can be trusted as far as it goes, so every part
the tool fills in is checked the way `briefings check` checks an editor's work:
each quote is looked up in the article with `verify.Article.find` (one that
is not found verbatim is dropped, with a warning), and the finished text is
run through the whole pipeline in a scratch copy of the project before
anything is written. What the tool cannot know (the summary, the key claims,
sometimes the title) is a placeholder starting with "TODO", valid as written
so that the new file passes `briefings check` straight away.

Nothing is ever overwritten: not an existing briefing, not a different seed
file of the same name.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from pydantic import ValidationError

from .extract import Extraction, FoundQuote, extract
from .load import SLUG_MAX, is_slug, load_document
from .models import Analyst, slugify
from .pipeline import BRIEFINGS_DIR, check_project
from .problems import Position, Problem, Severity, display_path
from .verify import Article, Miss

SEEDS_DIR = "seeds"
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/briefing.schema.json"
TODO_TITLE = "TODO: title"
TODO_SUMMARY = "TODO: summarise the article in 1-3 short paragraphs, in your own words."
TODO_CLAIM = (
    "TODO: the article's main claim, in your own words; add one entry per claim, "
    "with evidence copied from the article."
)
NAME_MAX = 120
DETAIL_MAX = 300
TEXT_MAX = 2000
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
    title: str | None = None


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


@dataclass
class Outcome:
    """What `create` did: the files it wrote (if any) and everything worth telling."""

    problems: list[Problem] = field(default_factory=list)
    briefing: Path | None = None
    seed: Path | None = None
    copied: bool = False
    draft: Draft | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


# --- Planning ------------------------------------------------------------------------


def read_article(path: Path, root: Path) -> tuple[str | None, list[Problem]]:
    """The article as UTF-8 text; anything else is a problem, not a traceback."""
    where = Position(display_path(path, root))
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None, [Problem(where, "the article is not UTF-8 text", "save it as UTF-8")]
    except OSError as error:
        return None, [Problem(where, f"cannot read the article: {error.strerror}")]
    if not text.strip():
        return None, [Problem(where, "the article is empty")]
    return text, []


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


def plan(request: Request, text: str) -> tuple[Draft, list[Problem]]:
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
    )
    draft.analysts = analysts_of(extraction, existing_analysts(request.root))
    problems = fill_quotes(draft, extraction, Article(text), display_path(seed, request.root))
    return draft, problems


def existing_analysts(root: Path) -> dict[str, str]:
    """Name -> id of every analyst already in the project, so a person keeps one id."""
    known: dict[str, str] = {}
    for path in sorted((root / BRIEFINGS_DIR).glob("*.yaml")):
        document, _ = load_document(path, root)
        data = document.data if document else None
        analysts = data.get("analysts") if isinstance(data, dict) else None
        for analyst in analysts if isinstance(analysts, list) else []:
            name = analyst.get("name") if isinstance(analyst, dict) else None
            if isinstance(name, str):
                given = analyst.get("id")
                known.setdefault(name, given if isinstance(given, str) else slugify(name))
    return known


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


def fill_quotes(draft: Draft, extraction: Extraction, article: Article, seed: str) -> list[Problem]:
    """Keep the quotes that verify, speakers as analyst ids or names; warn about the rest."""
    ids = {analyst.name: analyst.id for analyst in draft.analysts}
    lines = {p.number: p.line for p in extraction.paragraphs}
    problems = []
    for quote in extraction.quotes:
        reason = _unusable(quote, article)
        if reason:
            problems.append(
                Problem(
                    Position(seed, lines.get(quote.paragraph, 1)),
                    f"quote left out of the draft, {reason}: “{_short(quote.text)}”",
                    severity=Severity.WARNING,
                )
            )
            continue
        speaker = _speaker(quote, ids)
        draft.quotes.append(DraftQuote(quote.text, speaker, speaker in ids.values()))
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


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- YAML ----------------------------------------------------------------------------


def scalar(value: str) -> str:
    """A double-quoted YAML scalar on one line: safe for any text, and kept verbatim."""
    return yaml.safe_dump(value, default_style='"', allow_unicode=True, width=2**30).rstrip("\n")


def identifier(value: str) -> str:
    """An id as written by hand (`id: ali-wyne`), quoted only if YAML would misread it."""
    plain = yaml.safe_load(value) == value if is_slug(value) else False
    return value if plain else scalar(value)


def render(draft: Draft) -> str:
    """The briefing file, with comments where the editor has work to do."""
    request = draft.request
    lines = [
        SCHEMA_LINE,
        f"# Drafted by `briefings new` from {draft.seed}.",
        "# Replace every TODO, check each analyst and quote against the article, and keep",
        "# only the quotes worth keeping.",
    ]
    if draft.title is None:
        lines.append("# TODO: no headline was found in the article's text; write the title.")
    lines.append(f"title: {scalar(draft.title or TODO_TITLE)}")
    lines += [
        "source:",
        f"  outlet: {scalar(request.outlet)}",
        f"  published: {request.published.isoformat()}",
    ]
    if request.url:
        lines.append(f"  url: {scalar(request.url)}")
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
        item = f" “{_short(' '.join(phrase.split()), 60)}”;"
        if len(line) > 1 and len(line) + len(item) > width:
            lines.append(line)
            line = "#"
        line += item
    lines.append(line.rstrip(";"))
    return lines


# --- Writing -------------------------------------------------------------------------


def preflight(draft: Draft, yaml_text: str, article: bytes) -> list[Problem]:
    """Run `briefings check` on the draft in a scratch project: the file must pass as written."""
    with tempfile.TemporaryDirectory(prefix="briefings-new-") as scratch:
        root = Path(scratch)
        seed = root / draft.seed
        seed.parent.mkdir(parents=True, exist_ok=True)
        seed.write_bytes(article)
        (root / BRIEFINGS_DIR).mkdir()
        (root / BRIEFINGS_DIR / f"{draft.slug}.yaml").write_text(yaml_text, encoding="utf-8")
        return check_project(root).errors


def refusals(draft: Draft) -> list[Problem]:
    """Reasons not to write at all: a bad slug, an existing briefing, a clashing seed."""
    root = draft.request.root
    target = root / BRIEFINGS_DIR / f"{draft.slug}.yaml"
    where = Position(display_path(target, root))
    if not is_slug(draft.slug):
        return [Problem(where, f"{draft.slug!r} is not a valid slug",
                        "use lower-case letters, digits and single hyphens, at most "
                        f"{SLUG_MAX} characters (--slug)")]
    if target.exists():
        return [Problem(where, "a briefing with this slug already exists; `briefings new` "
                        "never overwrites", "choose another --slug, or remove the file first")]
    seed, copy = seed_path(draft.request)
    if copy and seed.exists() and seed.read_bytes() != draft.request.article.read_bytes():
        return [Problem(Position(display_path(seed, root)),
                        "a different file with this name is already in seeds/",
                        "rename the article file, or draft from the copy in seeds/")]
    return []


def create(request: Request) -> Outcome:
    """Draft, check and write the briefing (and the seed copy); see the module docstring."""
    outcome = Outcome()
    text, problems = read_article(request.article, request.root)
    if text is None:
        outcome.problems = problems
        return outcome
    draft, warnings = plan(request, text)
    outcome.draft = draft
    outcome.problems = warnings + refusals(draft)
    if outcome.errors:
        return outcome
    yaml_text = render(draft)
    article = request.article.read_bytes()
    failed = preflight(draft, yaml_text, article)
    if failed:
        outcome.problems += failed
        return outcome
    _write(request, draft, yaml_text, article, outcome)
    return outcome


def _write(request: Request, draft: Draft, yaml_text: str, article: bytes,
           outcome: Outcome) -> None:
    """Exclusive creation: a file that appeared meanwhile is never replaced.

    When the briefing cannot be written, a seed copied by this run is removed
    again, so a failed `new` leaves the project as it was.
    """
    root = request.root
    seed, copy = seed_path(request)
    copy = copy and not seed.exists()
    target = root / BRIEFINGS_DIR / f"{draft.slug}.yaml"
    copied = False
    try:
        if copy:
            seed.parent.mkdir(parents=True, exist_ok=True)
            with seed.open("xb") as handle:
                copied = True
                handle.write(article)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(yaml_text)
    except OSError as error:
        if copied:
            seed.unlink(missing_ok=True)
        where = Position(display_path(target, root))
        reason = "it already exists" if isinstance(error, FileExistsError) else error.strerror
        outcome.problems.append(Problem(where, f"cannot write the draft: {reason}"))
        return
    outcome.briefing, outcome.seed, outcome.copied = target, seed, copied
    outcome.problems += after_check(root, target)


def after_check(root: Path, target: Path) -> list[Problem]:
    """The new file within the whole project (analyst ids are shared across briefings)."""
    shown = display_path(target, root)
    return [p for p in check_project(root).problems if p.position.path == shown]
