"""load -> validate -> verify per file, then link: what `briefings check` runs.

Every file goes as far through the stages as it can, so one run reports every
problem of every file. Nothing downstream (rendering, writing) runs unless the
problems hold no error; that decision is the builder's.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .attribution import check_attribution, extraction_for
from .link import Catalog, link
from .load import Document, load_document
from .models import Briefing
from .problems import Problems
from .project import Project
from .stamp import Stat, file_stat
from .story import Story, check_story
from .validate import check_source_text, source_text_of, validate_model
from .verify import Verdicts, article_for, verify_document
from .workers import fork_map, worker_count


@dataclass(frozen=True)
class CheckedFile:
    """One briefing file after load, validate and verify: the hand-off to linking.

    `document` keeps the YAML position of every value (for messages), `briefing`
    the typed model, `verdicts` where each quote and excerpt stands in the
    article. `briefing` is None when the file cannot be published at all.
    """

    path: Path
    inputs: Inputs
    problems: Problems
    document: Document | None = None
    briefing: Briefing | None = None
    verdicts: Verdicts = field(default_factory=Verdicts)

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def display(self) -> str:
        return self.document.display if self.document else self.path.name


@dataclass
class CheckResult:
    catalog: Catalog
    problems: Problems
    count: int
    files: list[CheckedFile] = field(default_factory=list)
    story: Story = field(default_factory=Story)

    def sources(self) -> list[tuple[str, Stat]]:
        """The articles verified against, each with its stat from before it was read."""
        return [
            (checked.inputs.source_text, checked.inputs.source_stat)
            for checked in self.files
            if checked.briefing is not None and checked.inputs.source_text
        ]


# Per-file outcomes by path. `mkdocs serve` keeps one across rebuilds (the
# builder does), so a save re-checks the saved file only; the rest are reused
# while the file and its article have the same mtime and size. Linking always reruns.
CheckCache = dict[Path, CheckedFile]


@dataclass(frozen=True)
class Inputs:
    """What a checked file depends on, stat'ed before reading: the file, and its article."""

    yaml_stat: Stat
    source_text: str | None = None
    source_stat: Stat = None

    @classmethod
    def of(cls, yaml_stat: Stat, root: Path, source_text: str | None) -> Inputs:
        source = file_stat(os.path.join(root, source_text)) if source_text else None
        return cls(yaml_stat, source_text, source)


def stale(known: CheckedFile, root: Path) -> bool:
    """Whether the file or its article changed since `known` was checked (mtime, size)."""
    return known.inputs != Inputs.of(file_stat(known.path), root, known.inputs.source_text)


def check_file(path: Path, root: Path) -> CheckedFile:
    return _verified(_read(path, root))


@dataclass
class _Read:
    """A file loaded and validated, not yet verified: what the verifying step needs."""

    path: Path
    root: Path
    inputs: Inputs
    problems: Problems
    document: Document | None = None
    briefing: Briefing | None = None
    source_ok: bool = False


def _read(path: Path, root: Path) -> _Read:
    yaml_stat = file_stat(path)  # before reading: a save during the check makes the stamp stale
    document, problems = load_document(path, root)
    if document is None:
        return _Read(path, root, Inputs(yaml_stat), problems)
    source_text = source_text_of(document)
    inputs = Inputs.of(yaml_stat, root, source_text)
    # A bad source.text stops verification and linking, not the field checks.
    source_problems = check_source_text(document, root)
    briefing, found = validate_model(document)
    problems.extend(source_problems).extend(found)
    source_ok = source_text is not None and not source_problems.errors
    if source_problems.errors:
        briefing = None
    return _Read(path, root, inputs, problems, document, briefing, source_ok)


def _verification(read: _Read) -> tuple[Verdicts, Problems]:
    """The quotes against the article, and who said them: the costly part, run in workers."""
    if not read.source_ok or read.document is None:
        return Verdicts(), Problems()
    source_text = read.inputs.source_text
    assert source_text is not None
    verdicts, found = verify_document(read.document, source_text, read.root)
    # --- who said it (engine/attribution.py): verified quotes of a valid briefing ---
    if read.briefing is not None:
        found.extend(_attribution(read.document, read.briefing, read.root / source_text, verdicts))
    # --- end who said it ---
    return verdicts, found


def _verified(read: _Read, verification: tuple[Verdicts, Problems] | None = None) -> CheckedFile:
    verdicts, found = verification if verification is not None else _verification(read)
    read.problems.extend(found)
    return CheckedFile(
        read.path, read.inputs, read.problems, read.document, read.briefing, verdicts
    )


def _attribution(
    document: Document, briefing: Briefing, path: Path, verdicts: Verdicts
) -> Problems:
    """The article's credit for each quote and claim, read from the verifier's cached text."""
    try:
        article = article_for(path)
    except OSError:
        return Problems()  # verification has said why the article cannot be read
    text = article.text
    reading = lambda: extraction_for(path, text)  # noqa: E731 -- only when a passage needs it
    return check_attribution(document, briefing, text, verdicts, reading, article.structure)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one bulk pass, then restore it.

    A check allocates hundreds of thousands of small, acyclic objects (YAML
    positions, models, verdicts) that reference counting frees; the cyclic
    collector would rescan that growing heap again and again for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_project(
    project: Project, cache: CheckCache | None = None, workers: int | str = 1
) -> CheckResult:
    """`workers`: processes that verify quotes ("auto": one per core); a preview server,
    whose builds are incremental and threaded, always verifies in its own process."""
    with collector_paused():
        return _check_project(project, cache, workers)


def _check_project(project: Project, cache: CheckCache | None, workers: int | str) -> CheckResult:
    root = project.root
    problems = project.input_problems()
    checked: list[CheckedFile] = []
    outcomes: list[CheckedFile] = []
    files = project.briefing_files(problems)
    fresh = {}
    for path in files:
        known = cache.get(path) if cache is not None else None
        if known is None or stale(known, root):
            fresh[path] = _read(path, root)
    reads = list(fresh.values())
    verifications = fork_map(_verification, reads, worker_count(workers, len(reads)))
    checked_now = {
        read.path: _verified(read, v) for read, v in zip(reads, verifications, strict=True)
    }
    for path in files:
        outcome = checked_now.get(path) or cache[path]  # type: ignore[index]
        if cache is not None:
            cache[path] = outcome
        outcomes.append(outcome)
        problems.extend(outcome.problems)
        if outcome.briefing is not None:
            checked.append(outcome)
    if cache is not None:
        for gone in set(cache) - set(files):
            del cache[gone]
    catalog, found = link(checked)
    problems.extend(found)
    story, found = check_story(project, catalog, outcomes)
    problems.extend(found)
    return CheckResult(catalog, problems, len(files), outcomes, story)
