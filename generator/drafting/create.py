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

import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.check import check_project
from ..engine.inputs import ARTICLE_MAX_BYTES
from ..engine.models import SLUG_MAX, is_slug
from ..engine.problems import Position, Problem, Problems, display_path
from ..engine.project import BRIEFINGS_DIR, Project
from .emit import to_yaml
from .plan import Draft, Request, plan, seed_path


@dataclass
class Outcome:
    """What `create` did: the files it wrote (if any) and everything worth telling."""

    problems: Problems = field(default_factory=Problems)
    briefing: Path | None = None
    seed: Path | None = None
    copied: bool = False
    draft: Draft | None = None


def read_article(path: Path, root: Path) -> tuple[str | None, Problems]:
    """The article as UTF-8 text; anything else is a problem, not a traceback."""
    where = Position(display_path(path, root))
    problems = Problems()
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            problems.add(where, "the article is not a regular file (a device or a pipe?)")
            return None, problems
        if status.st_size > ARTICLE_MAX_BYTES:
            problems.add(
                where,
                f"the article is {status.st_size // 1024} KiB, over the limit of "
                f"{ARTICLE_MAX_BYTES // 1024 // 1024} MiB for an article's text",
                "save the article's own text only, without the page around it",
            )
            return None, problems
        with path.open("rb") as handle:
            text = handle.read(ARTICLE_MAX_BYTES + 1).decode("utf-8")
    except UnicodeDecodeError:
        problems.add(where, "the article is not UTF-8 text", "save it as UTF-8")
        return None, problems
    except OSError as error:
        problems.add(where, f"cannot read the article: {error.strerror}")
        return None, problems
    if not text.strip():
        problems.add(where, "the article is empty")
        return None, problems
    return text, problems


def preflight(draft: Draft, yaml_text: str, article: bytes) -> list[Problem]:
    """Run `briefings check` on the draft in a scratch project: the file must pass as written."""
    with tempfile.TemporaryDirectory(prefix="briefings-new-") as scratch:
        root = Path(scratch)
        seed = root / draft.seed
        seed.parent.mkdir(parents=True, exist_ok=True)
        seed.write_bytes(article)
        (root / BRIEFINGS_DIR).mkdir()
        (root / BRIEFINGS_DIR / f"{draft.slug}.yaml").write_text(yaml_text, encoding="utf-8")
        return check_project(Project.at(root)).problems.errors


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
    outcome.problems.extend(problems)
    if text is None:
        return outcome
    catalog = check_project(Project.at(request.root)).catalog
    draft, warnings = plan(request, text, catalog)
    outcome.draft = draft
    outcome.problems.extend(warnings).extend(refusals(draft))
    if outcome.problems.errors:
        return outcome
    yaml_text = to_yaml(draft)
    article = request.article.read_bytes()
    failed = preflight(draft, yaml_text, article)
    if failed:
        outcome.problems.extend(failed)
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
        outcome.problems.add(where, f"cannot write the draft: {reason}")
        return
    outcome.briefing, outcome.seed, outcome.copied = target, seed, copied
    outcome.problems.extend(after_check(root, target))


def after_check(root: Path, target: Path) -> Problems:
    """The new file within the whole project (analyst ids are shared across briefings)."""
    problems = check_project(Project.at(root)).problems
    return problems.in_file(display_path(target, root))
